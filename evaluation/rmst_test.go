package evaluation_test

import (
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/evaluation"
)

// TestRestrictedMeanRefdata checks testdata/rmst.json: R 4.2.2 survival
// 3.5.3 summary(survfit(...), rmean = tau)$table, made by
// testdata/make_report_refdata.R (aml, the first 60 rows of lung, a seeded
// retention set with ties and a curve that reaches 0).
func TestRestrictedMeanRefdata(t *testing.T) {
	type in struct {
		Time       []float64
		Event      []int
		Tau        float64
		Confidence float64
	}
	type out struct {
		Rmean   num
		SeRmean num `json:"se_rmean"`
	}
	for _, c := range loadRef[in, out](t, "rmst") {
		t.Run(c.Name, func(t *testing.T) {
			ev := make([]bool, len(c.Input.Event))
			for i, e := range c.Input.Event {
				ev[i] = e == 1
			}
			curve, err := evaluation.KaplanMeierWith(c.Input.Time, ev, evaluation.SurvivalConfig{Confidence: c.Input.Confidence})
			require.NoError(t, err)
			r, err := curve.RestrictedMean(c.Input.Tau)
			require.NoError(t, err)
			requireClose(t, c.Tolerance, []float64{c.Expected.Rmean.V, c.Expected.SeRmean.V}, []float64{r.Mean, r.StdErr})
			z := 1.959963984540054 // qnorm(0.975)
			require.InDelta(t, r.Mean-z*r.StdErr, r.Lower, 1e-9)
			require.InDelta(t, r.Mean+z*r.StdErr, r.Upper, 1e-9)
			require.Equal(t, len(c.Input.Time), r.N)
		})
	}
}

// TestRestrictedMeanByHand: subjects leave at 2 and 4 and one is censored
// at 6. S = 1 on [0, 2), 2/3 on [2, 4), 1/3 on [4, 6]. Up to 5:
// 2 + 2·2/3 + 1·1/3 = 11/3. Variance: the area after 4 is 1/3, after 2 it
// is 4/3 + 1/3 = 5/3; d/(n(n-d)) is 1/(3·2) at 2 and 1/(2·1) at 4, so
// Var = (5/3)²/6 + (1/3)²/2 = 25/54 + 1/18 = 28/54.
func TestRestrictedMeanByHand(t *testing.T) {
	c, err := evaluation.KaplanMeier([]float64{2, 4, 6}, []bool{true, true, false})
	require.NoError(t, err)
	r, err := c.RestrictedMean(5)
	require.NoError(t, err)
	require.InDelta(t, 11.0/3, r.Mean, 1e-15)
	require.InDelta(t, math.Sqrt(28.0/54), r.StdErr, 1e-15)
}

func TestDiffRMST(t *testing.T) {
	a := evaluation.RMST{Tau: 36, Mean: 30, StdErr: 0.6, Confidence: 0.95}
	b := evaluation.RMST{Tau: 36, Mean: 28, StdErr: 0.8, Confidence: 0.95}
	d, err := evaluation.DiffRMST(a, b)
	require.NoError(t, err)
	// se = √(0.36 + 0.64) = 1; z = 2; p = 2·(1 - Φ(2)) = 0.0455002638963584
	// (R: 2*pnorm(-2)).
	require.InDelta(t, 2, d.Diff, 1e-15)
	require.InDelta(t, 1, d.StdErr, 1e-15)
	require.InDelta(t, 0.0455002638963584, d.PValue, 1e-15)
	require.InDelta(t, 2-1.959963984540054, d.Lower, 1e-12)
	_, err = evaluation.DiffRMST(a, evaluation.RMST{Tau: 12, Confidence: 0.9})
	require.ErrorIs(t, err, evaluation.ErrOutOfRange)
	require.ErrorContains(t, err, "b.tau")
	require.ErrorContains(t, err, "b.confidence")
}

func TestRestrictedMeanErrors(t *testing.T) {
	c, err := evaluation.KaplanMeier([]float64{2, 4, 6}, []bool{true, true, false})
	require.NoError(t, err)
	for _, tau := range []float64{math.NaN(), math.Inf(1), 1.5, -1} {
		_, err := c.RestrictedMean(tau)
		require.ErrorIs(t, err, evaluation.ErrOutOfRange, "tau %v", tau)
		var ie *evaluation.FieldError
		require.True(t, errors.As(err, &ie))
		require.Equal(t, "tau", ie.Field)
	}
	_, err = evaluation.Curve{}.RestrictedMean(3)
	require.ErrorIs(t, err, evaluation.ErrEmpty)
	// A hand-built or decoded curve whose rows disagree is an error, not an
	// index out of range.
	short := c
	short.Died = short.Died[:1]
	_, err = short.RestrictedMean(5)
	require.ErrorIs(t, err, evaluation.ErrLength)
	var ie *evaluation.FieldError
	require.True(t, errors.As(err, &ie))
	require.Equal(t, "c.died", ie.Field)
}

func FuzzRestrictedMean(f *testing.F) {
	f.Add([]byte{3, 5, 5, 8, 13}, []byte{1, 0, 1, 1, 0}, 6.0)
	f.Fuzz(func(t *testing.T, times, events []byte, tau float64) {
		d := make([]float64, len(times))
		for i, b := range times {
			d[i] = float64(b)
		}
		ev := make([]bool, len(times))
		for i := range ev {
			ev[i] = i < len(events) && events[i]&1 == 1
		}
		c, err := evaluation.KaplanMeier(d, ev)
		if err != nil {
			return
		}
		r, err := c.RestrictedMean(tau)
		if err != nil {
			if !errors.Is(err, evaluation.ErrOutOfRange) {
				t.Fatal(err)
			}
			return
		}
		if r.Mean < 0 || r.Mean > tau*(1+1e-12) || !(r.StdErr >= 0) {
			t.Fatalf("tau %v: %+v", tau, r)
		}
	})
}

// Months to leaving of eight mentees (true) or still there (false) after
// up to three years. By hand: S is 1 until 5, 7/8 until 12, 6/8 until 20
// and 0.6 to 36, so the area is 5 + 7·7/8 + 8·6/8 + 16·0.6 = 26.725; the
// variance is 21.725²/56 + 15.6²/42 + 9.6²/20 = 18.830, se 4.339, and
// the interval 26.725 ± 1.96·4.339.
func ExampleCurve_RestrictedMean() {
	months := []float64{5, 12, 12, 20, 36, 36, 36, 36}
	left := []bool{true, true, false, true, false, false, false, false}
	c, err := evaluation.KaplanMeier(months, left)
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := c.RestrictedMean(36)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("of the first 36 months, %.1f on average (95%% CI %.1f to %.1f)\n", r.Mean, r.Lower, r.Upper)
	// Output:
	// of the first 36 months, 26.7 on average (95% CI 18.2 to 35.2)
}

// Two groups followed for 36 months: mentored people stayed 30.2 months
// on average (se 0.6), the others 27.5 (se 0.3). The difference is 2.7
// with se √(0.36 + 0.09) = 0.6708, so the interval is 2.7 ± 1.96·0.6708
// and z = 4.025 (p = 2·Φ(-4.025) = 5.7e-5).
func ExampleDiffRMST() {
	mentored := evaluation.RMST{Tau: 36, Mean: 30.2, StdErr: 0.6, Confidence: 0.95}
	others := evaluation.RMST{Tau: 36, Mean: 27.5, StdErr: 0.3, Confidence: 0.95}
	d, err := evaluation.DiffRMST(mentored, others)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%.1f months [%.2f, %.2f], p = %.1e\n", d.Diff, d.Lower, d.Upper, d.PValue)
	// Output:
	// 2.7 months [1.39, 4.01], p = 5.7e-05
}
