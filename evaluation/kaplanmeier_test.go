package evaluation_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/stretchr/testify/require"
)

func toEvents(e []int) []bool {
	out := make([]bool, len(e))
	for i, v := range e {
		out[i] = v == 1
	}
	return out
}

var transforms = map[string]evaluation.Transform{"log": evaluation.TransformLog, "log-log": evaluation.TransformLogLog}

// TestKaplanMeierRefdata checks testdata/kaplan_meier.json: R 4.2.2,
// survival 3.5.3 survfit(Surv(time, event) ~ 1, conf.type, conf.int),
// summary(fit, censored = TRUE) and print.survfit's median.
func TestKaplanMeierRefdata(t *testing.T) {
	type in struct {
		Time      []float64
		Event     []int
		ConfType  string  `json:"conf_type"`
		ConfLevel float64 `json:"conf_level"`
	}
	type out struct {
		N            int
		NEvents      int `json:"n_events"`
		Time         []num
		NRisk        []int `json:"n_risk"`
		NEvent       []int `json:"n_event"`
		NCensor      []int `json:"n_censor"`
		Surv         []num
		StdErr       []num `json:"std_err"`
		StdErrSurv   []num `json:"std_err_surv"`
		Lower, Upper []num
		Median       num
		MedianLower  num `json:"median_lower"`
		MedianUpper  num `json:"median_upper"`
	}
	for _, c := range loadRef[in, out](t, "kaplan_meier") {
		t.Run(c.Name, func(t *testing.T) {
			tr, ok := transforms[c.Input.ConfType]
			require.True(t, ok)
			got, err := evaluation.KaplanMeierWith(c.Input.Time, toEvents(c.Input.Event),
				evaluation.SurvivalConfig{Confidence: c.Input.ConfLevel, Transform: tr})
			require.NoError(t, err)
			e := c.Expected
			require.Equal(t, e.N, got.N)
			require.Equal(t, e.NEvents, got.Events)
			require.Equal(t, e.NRisk, got.AtRisk)
			require.Equal(t, e.NEvent, got.Died)
			require.Equal(t, e.NCensor, got.Censored)
			requireClose(t, c.Tolerance,
				[][]float64{vals(e.Time), vals(e.Surv), vals(e.StdErr), vals(e.StdErrSurv), vals(e.Lower), vals(e.Upper)},
				[][]float64{got.Time, got.Surv, got.StdErr, got.StdErrSurv, got.Lower, got.Upper})
			requireClose(t, c.Tolerance,
				[]float64{e.Median.V, e.MedianLower.V, e.MedianUpper.V},
				[]float64{got.Median.Time, got.Median.Lower, got.Median.Upper})
			require.Equal(t, []bool{!e.Median.Null, !e.MedianLower.Null, !e.MedianUpper.Null},
				[]bool{got.Median.Reached, got.Median.LowerReached, got.Median.UpperReached})
		})
	}
}

// TestKaplanMeierAtR checks Curve.At against R 4.2.2 / survival 3.5.3
// summary(survfit(...), times = ...) (testdata/r_extra.json), including a
// time before the first event, a time between rows and the last time.
func TestKaplanMeierAtR(t *testing.T) {
	cases, tol := loadRExtra(t)
	for _, name := range []string{"aml_maintained_at_times", "aml_maintained_at_times_loglog"} {
		t.Run(name, func(t *testing.T) {
			c := cases[name]
			var in struct {
				Time     []float64
				Event    []int
				ConfType string `json:"conf_type"`
				Times    []float64
			}
			var e struct {
				Times, Surv  []num
				StdErr       []num `json:"std_err"`
				Lower, Upper []num
				NRisk        []int `json:"n_risk"`
			}
			require.NoError(t, json.Unmarshal(c.Input, &in))
			require.NoError(t, json.Unmarshal(c.Expected, &e))
			curve, err := evaluation.KaplanMeierWith(in.Time, toEvents(in.Event), evaluation.SurvivalConfig{Transform: transforms[in.ConfType]})
			require.NoError(t, err)
			var surv, se, lo, hi []float64
			var risk []int
			for _, at := range in.Times {
				p, err := curve.At(at)
				require.NoError(t, err)
				surv, se, lo, hi = append(surv, p.Surv), append(se, p.StdErrSurv), append(lo, p.Lower), append(hi, p.Upper)
				risk = append(risk, p.AtRisk)
			}
			requireClose(t, tol, [][]float64{vals(e.Surv), vals(e.StdErr), vals(e.Lower), vals(e.Upper)}, [][]float64{surv, se, lo, hi})
			require.Equal(t, e.NRisk, risk)
		})
	}
}

func TestKaplanMeierAtErrors(t *testing.T) {
	c, err := evaluation.KaplanMeier([]float64{1, 2, 3}, []bool{true, false, true})
	require.NoError(t, err)
	_, err = c.At(3.5)
	require.ErrorIs(t, err, evaluation.ErrBeyondFollowUp)
	_, err = c.At(math.NaN())
	require.ErrorIs(t, err, evaluation.ErrOutOfRange)
	_, err = evaluation.Curve{}.At(1)
	require.ErrorIs(t, err, evaluation.ErrEmpty)
	// A curve put together by hand (or decoded) with rows missing from
	// some slices: an error naming the slice, not an index panic.
	_, err = evaluation.Curve{Time: []float64{1, 2}, Surv: []float64{0.5, 0.25}}.At(1.5)
	require.ErrorIs(t, err, evaluation.ErrLength)
	require.ErrorContains(t, err, "c.atRisk")
	short := c
	short.Upper = short.Upper[:1]
	_, err = short.At(2.5)
	require.ErrorIs(t, err, evaluation.ErrLength)
	require.ErrorContains(t, err, "c.upper")
}

func TestKaplanMeierErrors(t *testing.T) {
	_, err := evaluation.KaplanMeier(nil, nil)
	require.ErrorIs(t, err, evaluation.ErrEmpty)
	_, err = evaluation.KaplanMeierWith([]float64{1, -2, math.Inf(1)}, []bool{true},
		evaluation.SurvivalConfig{Confidence: 1.5, Transform: 3})
	require.ErrorIs(t, err, evaluation.ErrLength)
	require.ErrorIs(t, err, evaluation.ErrOutOfRange)
	require.ErrorIs(t, err, evaluation.ErrUnknownEnum)
	require.ErrorContains(t, err, "durations[1] = -2")
	require.ErrorContains(t, err, "durations[2] = +Inf")
	var ie *evaluation.FieldError
	require.ErrorAs(t, err, &ie)
}

// TestKaplanMeierProperties: without censoring the curve is the empirical
// survival function (k/n after the k-th of n distinct deaths); the
// estimate does not depend on the order of the records; the inputs are
// not modified.
func TestKaplanMeierProperties(t *testing.T) {
	d := []float64{5, 3, 9, 1, 7}
	c, err := evaluation.KaplanMeier(d, []bool{true, true, true, true, true})
	require.NoError(t, err)
	require.Equal(t, []float64{1, 3, 5, 7, 9}, c.Time)
	for i, s := range c.Surv {
		require.InDelta(t, float64(4-i)/5, s, 1e-15)
	}
	require.Equal(t, []float64{5, 3, 9, 1, 7}, d)
	a, err := evaluation.KaplanMeier([]float64{2, 2, 3, 1, 4, 4}, []bool{true, false, true, false, true, false})
	require.NoError(t, err)
	b, err := evaluation.KaplanMeier([]float64{4, 1, 3, 2, 4, 2}, []bool{false, false, true, false, true, true})
	require.NoError(t, err)
	requireClose(t, tolerance{Abs: 0}, a, b)
}

func FuzzKaplanMeier(f *testing.F) {
	f.Add([]byte{3, 1, 4, 1, 5, 9, 2, 6}, uint16(0x5a5a), 0.95, false)
	f.Fuzz(func(t *testing.T, data []byte, mask uint16, conf float64, loglog bool) {
		d := make([]float64, len(data))
		ev := make([]bool, len(data))
		for i, b := range data {
			d[i] = float64(b % 32)
			ev[i] = mask&(1<<(i%16)) != 0
		}
		cfg := evaluation.SurvivalConfig{Confidence: conf}
		if loglog {
			cfg.Transform = evaluation.TransformLogLog
		}
		c, err := evaluation.KaplanMeierWith(d, ev, cfg)
		if err != nil {
			if !errors.Is(err, evaluation.ErrEmpty) && !errors.Is(err, evaluation.ErrOutOfRange) {
				t.Fatal(err)
			}
			return
		}
		prev := 1.0
		for i, s := range c.Surv {
			if s > prev || s < 0 || c.Lower[i] > s || c.Upper[i] < s && !math.IsNaN(c.Upper[i]) {
				t.Fatalf("row %d: %+v", i, c)
			}
			prev = s
		}
		if _, err := c.At(c.Time[len(c.Time)-1] / 2); err != nil {
			t.Fatal(err)
		}
	})
}

func ExampleKaplanMeier() {
	// Months until leaving, true = left, false = still employed (censored).
	// survival::aml, maintained group (testdata/kaplan_meier.json): R gives
	// median 31, 95% CI 18 to NA (not reached).
	months := []float64{9, 13, 13, 18, 23, 28, 31, 34, 45, 48, 161}
	left := []bool{true, true, false, true, true, false, true, true, false, true, false}
	c, err := evaluation.KaplanMeier(months, left)
	if err != nil {
		panic(err)
	}
	m := c.Median
	fmt.Printf("median %v months, 95%% CI from %v, upper reached: %v\n", m.Time, m.Lower, m.UpperReached)
	p, err := c.At(24)
	if err != nil {
		panic(err)
	}
	fmt.Printf("S(24) = %.3f (%.3f to %.3f)\n", p.Surv, p.Lower, p.Upper)
	// Output:
	// median 31 months, 95% CI from 18, upper reached: false
	// S(24) = 0.614 (0.377 to 0.999)
}

func ExampleKaplanMeierWith() {
	// The same data with a 90% interval on the log-log scale. R 4.2.2,
	// survival 3.5.3: survfit(..., conf.type = "log-log", conf.int = 0.9)
	// prints median 31, 0.9LCL 18, 0.9UCL 48; summary(fit, times = 24)
	// gives 0.6136363636 (0.3234555109 to 0.8095344364).
	months := []float64{9, 13, 13, 18, 23, 28, 31, 34, 45, 48, 161}
	left := []bool{true, true, false, true, true, false, true, true, false, true, false}
	c, err := evaluation.KaplanMeierWith(months, left,
		evaluation.SurvivalConfig{Confidence: 0.9, Transform: evaluation.TransformLogLog})
	if err != nil {
		panic(err)
	}
	fmt.Printf("median %v (90%% CI %v to %v)\n", c.Median.Time, c.Median.Lower, c.Median.Upper)
	p, err := c.At(24)
	if err != nil {
		panic(err)
	}
	fmt.Printf("S(24) = %.4f (%.4f to %.4f)\n", p.Surv, p.Lower, p.Upper)
	// Output:
	// median 31 (90% CI 18 to 48)
	// S(24) = 0.6136 (0.3235 to 0.8095)
}
