package evaluation_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/stretchr/testify/require"
)

type ttestOut struct {
	Statistic, Df, Pvalue num
	Mean                  num
	MeanDiff              num `json:"mean_diff"`
	CILow                 num `json:"ci_low"`
	CIHigh                num `json:"ci_high"`
}

// TestTTestOneSampleRefdata checks testdata/ttest_one_sample.json: scipy
// 1.10.1 ttest_1samp(x, mu) and its confidence_interval(confidence).
func TestTTestOneSampleRefdata(t *testing.T) {
	type in struct {
		X              []float64
		Mu, Confidence float64
	}
	for _, c := range loadRef[in, ttestOut](t, "ttest_one_sample") {
		t.Run(c.Name, func(t *testing.T) {
			got, err := evaluation.TTestOneSample(c.Input.X, c.Input.Mu, evaluation.TTestConfig{Confidence: c.Input.Confidence})
			require.NoError(t, err)
			e := c.Expected
			requireClose(t, c.Tolerance,
				[]float64{e.Statistic.V, e.Df.V, e.Pvalue.V, e.Mean.V, e.CILow.V, e.CIHigh.V},
				[]float64{got.Statistic, got.DF, got.PValue, got.Estimate, got.CILow, got.CIHigh})
		})
	}
}

// TestTTestPairedRefdata checks testdata/ttest_paired.json: scipy 1.10.1
// ttest_rel(x, y) and its confidence_interval(confidence).
func TestTTestPairedRefdata(t *testing.T) {
	type in struct {
		X, Y       []float64
		Confidence float64
	}
	for _, c := range loadRef[in, ttestOut](t, "ttest_paired") {
		t.Run(c.Name, func(t *testing.T) {
			got, err := evaluation.TTestPaired(c.Input.X, c.Input.Y, evaluation.TTestConfig{Confidence: c.Input.Confidence})
			require.NoError(t, err)
			e := c.Expected
			requireClose(t, c.Tolerance,
				[]float64{e.Statistic.V, e.Df.V, e.Pvalue.V, e.MeanDiff.V, e.CILow.V, e.CIHigh.V},
				[]float64{got.Statistic, got.DF, got.PValue, got.Estimate, got.CILow, got.CIHigh})
		})
	}
}

// TestTTestTwoSampleRefdata checks testdata/ttest_student.json and
// testdata/ttest_welch.json: scipy 1.10.1 ttest_ind(x, y, equal_var=...),
// with the Welch–Satterthwaite df.
func TestTTestTwoSampleRefdata(t *testing.T) {
	type in struct{ X, Y []float64 }
	for file, test := range map[string]func([]float64, []float64, evaluation.TTestConfig) (evaluation.TTest, error){
		"ttest_student": evaluation.TTestStudent,
		"ttest_welch":   evaluation.TTestWelch,
	} {
		for _, c := range loadRef[in, ttestOut](t, file) {
			t.Run(file+"/"+c.Name, func(t *testing.T) {
				got, err := test(c.Input.X, c.Input.Y, evaluation.TTestConfig{})
				require.NoError(t, err)
				e := c.Expected
				requireClose(t, c.Tolerance,
					[]float64{e.Statistic.V, e.Df.V, e.Pvalue.V}, []float64{got.Statistic, got.DF, got.PValue})
			})
		}
	}
}

// rExtraCase is a case of testdata/r_extra.json, produced by
// testdata/r_extra.R with R 4.2.2 and survival 3.5.3.
type rExtraCase struct {
	Name     string
	Source   string
	Input    json.RawMessage
	Expected json.RawMessage
}

func loadRExtra(t *testing.T) (map[string]rExtraCase, tolerance) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "r_extra.json"))
	require.NoError(t, err)
	var f struct {
		Tolerance tolerance
		Cases     []rExtraCase
	}
	require.NoError(t, json.Unmarshal(b, &f))
	out := make(map[string]rExtraCase, len(f.Cases))
	for _, c := range f.Cases {
		out[c.Name] = c
	}
	return out, f.Tolerance
}

// TestTTestTwoSampleIntervalR checks the two-sample intervals, which scipy
// 1.10.1 does not give, against R 4.2.2 t.test (testdata/r_extra.json from
// testdata/r_extra.R), including Student's test with a sample of one value
// (R pools it with SS = 0; scipy returns NaN).
func TestTTestTwoSampleIntervalR(t *testing.T) {
	cases, tol := loadRExtra(t)
	for _, name := range []string{"student_n12_n15_95", "student_n12_n15_90", "welch_mentored_vs_control_95", "welch_n2_each_99", "student_n1_vs_n3"} {
		t.Run(name, func(t *testing.T) {
			c, ok := cases[name]
			require.True(t, ok)
			var in struct {
				X, Y       []float64
				VarEqual   bool `json:"var_equal"`
				Confidence float64
			}
			var e ttestOut
			require.NoError(t, json.Unmarshal(c.Input, &in))
			require.NoError(t, json.Unmarshal(c.Expected, &e))
			test := evaluation.TTestWelch
			if in.VarEqual {
				test = evaluation.TTestStudent
			}
			got, err := test(in.X, in.Y, evaluation.TTestConfig{Confidence: in.Confidence})
			require.NoError(t, err)
			requireClose(t, tol,
				[]float64{e.Statistic.V, e.Df.V, e.Pvalue.V, e.CILow.V, e.CIHigh.V},
				[]float64{got.Statistic, got.DF, got.PValue, got.CILow, got.CIHigh})
		})
	}
}

func TestTTestErrors(t *testing.T) {
	_, err := evaluation.TTestOneSample(nil, 0, evaluation.TTestConfig{})
	require.ErrorIs(t, err, evaluation.ErrEmpty)
	_, err = evaluation.TTestOneSample([]float64{1, math.Inf(1)}, math.NaN(), evaluation.TTestConfig{})
	require.ErrorIs(t, err, evaluation.ErrOutOfRange)
	require.ErrorContains(t, err, "x[1] = +Inf")
	_, err = evaluation.TTestPaired([]float64{1, 2}, []float64{1}, evaluation.TTestConfig{})
	require.ErrorIs(t, err, evaluation.ErrLength)
	_, err = evaluation.TTestWelch([]float64{1, 2}, nil, evaluation.TTestConfig{Confidence: -1})
	require.ErrorIs(t, err, evaluation.ErrEmpty)
	require.ErrorIs(t, err, evaluation.ErrOutOfRange)
	var ie *evaluation.FieldError
	require.ErrorAs(t, err, &ie)
}

// TestTTestProperties: paired equals one-sample on the differences; the
// interval excludes the null value exactly when p < 1 - confidence; the
// inputs are not modified.
func TestTTestProperties(t *testing.T) {
	x := []float64{3.1, 4.7, 2.2, 5.0, 3.9, 4.4, 3.3}
	y := []float64{2.8, 4.1, 2.9, 4.2, 3.0, 4.5, 2.6}
	xc := append([]float64(nil), x...)
	p, err := evaluation.TTestPaired(x, y, evaluation.TTestConfig{})
	require.NoError(t, err)
	d := make([]float64, len(x))
	for i := range x {
		d[i] = x[i] - y[i]
	}
	o, err := evaluation.TTestOneSample(d, 0, evaluation.TTestConfig{})
	require.NoError(t, err)
	require.Equal(t, o.Statistic, p.Statistic)
	require.Equal(t, o.CILow, p.CILow)
	require.Equal(t, xc, x)
	for _, conf := range []float64{0.5, 0.8, 0.9, 0.95, 0.99} {
		for _, test := range []func([]float64, []float64, evaluation.TTestConfig) (evaluation.TTest, error){
			evaluation.TTestPaired, evaluation.TTestStudent, evaluation.TTestWelch} {
			r, err := test(x, y, evaluation.TTestConfig{Confidence: conf})
			require.NoError(t, err)
			excludes := r.CILow > 0 || r.CIHigh < 0
			require.Equal(t, r.PValue < 1-conf, excludes, "%s conf %v: %+v", r.Kind, conf, r)
		}
	}
}

// TestTTestDegenerate: with zero variances the intervals collapse to the
// estimate (t_q·0 = 0), as scipy's one-sample interval does; the Welch
// test uses df = 1 there, as scipy does internally.
func TestTTestDegenerate(t *testing.T) {
	r, err := evaluation.TTestWelch([]float64{5, 5, 5}, []float64{3, 3}, evaluation.TTestConfig{})
	require.NoError(t, err)
	require.True(t, math.IsNaN(r.DF))
	require.Equal(t, []float64{math.Inf(1), 0, 2, 2}, []float64{r.Statistic, r.PValue, r.CILow, r.CIHigh})
	r, err = evaluation.TTestStudent([]float64{5, 5, 5}, []float64{3, 3}, evaluation.TTestConfig{})
	require.NoError(t, err)
	require.Equal(t, []float64{math.Inf(1), 3, 0, 2, 2}, []float64{r.Statistic, r.DF, r.PValue, r.CILow, r.CIHigh})
	require.Equal(t, evaluation.Student, r.Kind)
}

// TestTTestWelchScale checks that the Welch–Satterthwaite DF does not
// depend on the unit of the data. R 4.2.2 t.test(mentored, others) gives
// df = 9.6516115718229134, p = 0.0046269737318666154 and the interval
// 0.28609133848081963 to 1.18533723294775095 (the data of
// ExampleTTestWelch). Scaled by 1e-100 or 1e100 the variances' squares
// under- or overflow: R and scipy then give df = NaN (scipy also p with
// df = 1), but t, DF and p are invariant under a common scale and the
// interval scales with it.
func TestTTestWelchScale(t *testing.T) {
	tol := tolerance{Rel: 1e-7, Abs: 0}
	for _, scale := range []float64{1, 1e-100, 1e100} {
		t.Run(fmt.Sprint(scale), func(t *testing.T) {
			mentored := []float64{4.1, 3.8, 4.5, 4.0, 3.6, 4.4, 4.2}
			others := []float64{3.2, 3.9, 3.1, 3.6, 2.8, 3.5}
			for i := range mentored {
				mentored[i] *= scale
			}
			for i := range others {
				others[i] *= scale
			}
			r, err := evaluation.TTestWelch(mentored, others, evaluation.TTestConfig{})
			require.NoError(t, err)
			requireClose(t, tol,
				[]float64{3.6638026722366108, 9.6516115718229134, 0.0046269737318666154, 0.28609133848081963, 1.18533723294775095},
				[]float64{r.Statistic, r.DF, r.PValue, r.CILow / scale, r.CIHigh / scale})
		})
	}
}

// TestTTestMagnitudes checks every t-test and effect size on data in
// units of 1e±200, against the same data in units of 1: t, DF, p, d and g
// do not depend on the unit and the estimates, errors and intervals scale
// with it. The unscaled values are those of ExampleTTestWelch (R 4.2.2:
// Welch t = 3.6638026722366108). At 1e200 the squares overflowed and at
// 1e-200 they underflowed: t came out NaN or ±Inf. R's long-double sums
// survive 1e±200; scipy does not.
func TestTTestMagnitudes(t *testing.T) {
	mentored := []float64{4.1, 3.8, 4.5, 4.0, 3.6, 4.4, 4.2}
	others := []float64{3.2, 3.9, 3.1, 3.6, 2.8, 3.5, 3.0}
	scaled := func(x []float64, c float64) []float64 {
		out := make([]float64, len(x))
		for i, v := range x {
			out[i] = v * c
		}
		return out
	}
	cfg := evaluation.TTestConfig{}
	type run func(x, y []float64, c float64) (evaluation.TTest, error)
	runs := map[string]run{
		"one-sample": func(x, _ []float64, c float64) (evaluation.TTest, error) {
			return evaluation.TTestOneSample(x, 3.5*c, cfg)
		},
		"paired":  func(x, y []float64, _ float64) (evaluation.TTest, error) { return evaluation.TTestPaired(x, y, cfg) },
		"student": func(x, y []float64, _ float64) (evaluation.TTest, error) { return evaluation.TTestStudent(x, y, cfg) },
		"welch":   func(x, y []float64, _ float64) (evaluation.TTest, error) { return evaluation.TTestWelch(x, y, cfg) },
	}
	tol := tolerance{Rel: 1e-12, Abs: 0}
	for name, f := range runs {
		want, err := f(mentored, others, 1)
		require.NoError(t, err)
		for _, c := range []float64{1e200, 1e-200} {
			got, err := f(scaled(mentored, c), scaled(others, c), c)
			require.NoError(t, err)
			requireClose(t, tol,
				[]float64{want.Statistic, want.DF, want.PValue, want.Estimate, want.StdErr, want.CILow, want.CIHigh},
				[]float64{got.Statistic, got.DF, got.PValue, got.Estimate / c, got.StdErr / c, got.CILow / c, got.CIHigh / c})
			if t.Failed() {
				t.Fatalf("%s at scale %g", name, c)
			}
		}
	}
	d, err := evaluation.CohensD(mentored, others, evaluation.EffectSizeConfig{})
	require.NoError(t, err)
	dz, err := evaluation.CohensDZ(mentored, others, evaluation.EffectSizeConfig{})
	require.NoError(t, err)
	for _, c := range []float64{1e200, 1e-200} {
		got, err := evaluation.CohensD(scaled(mentored, c), scaled(others, c), evaluation.EffectSizeConfig{})
		require.NoError(t, err)
		requireClose(t, tol, []float64{d.D, d.GExact, d.MeanX, d.PooledSD}, []float64{got.D, got.GExact, got.MeanX / c, got.PooledSD / c})
		gotz, err := evaluation.CohensDZ(scaled(mentored, c), scaled(others, c), evaluation.EffectSizeConfig{})
		require.NoError(t, err)
		requireClose(t, tol, []float64{dz.DZ, dz.MeanDiff, dz.SDDiff}, []float64{gotz.DZ, gotz.MeanDiff / c, gotz.SDDiff / c})
	}
}

func FuzzTTest(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6}, 3, 0.95)
	f.Fuzz(func(t *testing.T, data []byte, split int, conf float64) {
		vals := make([]float64, len(data))
		for i, b := range data {
			vals[i] = float64(int(b)-128) / 8
		}
		if split < 0 || split > len(vals) {
			split = len(vals) / 2
		}
		x, y := vals[:split], vals[split:]
		for alt := range evaluation.Alternative(4) {
			cfg := evaluation.TTestConfig{Confidence: conf, Alternative: alt}
			check := func(r evaluation.TTest, err error) {
				if err != nil {
					if !errors.Is(err, evaluation.ErrEmpty) && !errors.Is(err, evaluation.ErrOutOfRange) && !errors.Is(err, evaluation.ErrLength) && !errors.Is(err, evaluation.ErrUnknownEnum) {
						t.Fatal(err)
					}
					return
				}
				if r.PValue < 0 || r.PValue > 1 {
					t.Fatalf("%+v", r)
				}
			}
			check(evaluation.TTestOneSample(x, 0.5, cfg))
			check(evaluation.TTestPaired(x, y, cfg))
			check(evaluation.TTestStudent(x, y, cfg))
			check(evaluation.TTestWelch(x, y, cfg))
		}
	})
}

func ExampleTTestWelch() {
	// Engagement scores of mentored and other employees. R 4.2.2
	// t.test(mentored, others) gives t = 3.6638, df = 9.65161,
	// p-value = 0.004627, 95% CI 0.28609134 to 1.18533723.
	mentored := []float64{4.1, 3.8, 4.5, 4.0, 3.6, 4.4, 4.2}
	others := []float64{3.2, 3.9, 3.1, 3.6, 2.8, 3.5}
	r, err := evaluation.TTestWelch(mentored, others, evaluation.TTestConfig{})
	if err != nil {
		panic(err)
	}
	fmt.Printf("t = %.3f, df = %.2f, p = %.4f, difference %.2f (95%% CI %.2f to %.2f)\n",
		r.Statistic, r.DF, r.PValue, r.Estimate, r.CILow, r.CIHigh)
	// Output: t = 3.664, df = 9.65, p = 0.0046, difference 0.74 (95% CI 0.29 to 1.19)
}

func ExampleTTestOneSample() {
	// Satisfaction scores against the target of 3.5. R 4.2.2
	// t.test(x, mu = 3.5) gives t = 0.664999, df = 9, p-value = 0.52272.
	x := []float64{4.35, 6.09, 4.56, 3.35, 3.21, 3.94, 2.69, 2.37, 2.58, 4.25}
	r, err := evaluation.TTestOneSample(x, 3.5, evaluation.TTestConfig{})
	if err != nil {
		panic(err)
	}
	fmt.Printf("mean %.3f, t(%v) = %.3f, p = %.3f\n", r.Estimate, r.DF, r.Statistic, r.PValue)
	// Output: mean 3.739, t(9) = 0.665, p = 0.523
}

func ExampleTTestPaired() {
	// Engagement after and before the programme for 20 mentees
	// (testdata/ttest_paired.json, case engagement_post_vs_pre_n20: scipy
	// 1.10.1 gives t = 3.2116826809392087, p = 0.004592292785039461, 95% CI
	// 0.09561087550932837 to 0.4533891244906718).
	after := []float64{3.94, 3.18, 3.01, 4.7, 2.52, 3.25, 3.94, 2.85, 3.83, 3.17, 3.46, 4.79, 3.33, 3.3, 3.87, 3.37, 3.97, 3.54, 4.07, 3.61}
	before := []float64{3.76, 3.12, 2.54, 3.93, 2.29, 2.98, 3.25, 2.8, 3.01, 3.59, 3.26, 4.47, 3.1, 3.17, 3.91, 3.82, 4.01, 3.04, 3.59, 2.57}
	r, err := evaluation.TTestPaired(after, before, evaluation.TTestConfig{})
	if err != nil {
		panic(err)
	}
	fmt.Printf("mean gain %.4f (95%% CI %.4f to %.4f), t(%v) = %.3f, p = %.4f\n",
		r.Estimate, r.CILow, r.CIHigh, r.DF, r.Statistic, r.PValue)
	// Output: mean gain 0.2745 (95% CI 0.0956 to 0.4534), t(19) = 3.212, p = 0.0046
}

func ExampleTTestStudent() {
	// testdata/ttest_student.json, case groups_n12_n15 (scipy 1.10.1:
	// t = 1.946957326558988, df 25, p = 0.06285788636709148) and R 4.2.2
	// t.test(x, y, var.equal = TRUE) for the interval (-0.041469580055828174,
	// 1.4758029133891613; testdata/r_extra.json).
	x := []float64{6.38, 5.62, 5.72, 4.95, 5.1, 5.49, 6.99, 4.5, 6.51, 3.74, 4.49, 5.54}
	y := []float64{4.53, 3.62, 4.57, 5.91, 3.46, 3.31, 3.72, 4.8, 5.2, 5.18, 5.34, 5.61, 3.81, 4.94, 6.53}
	r, err := evaluation.TTestStudent(x, y, evaluation.TTestConfig{})
	if err != nil {
		panic(err)
	}
	fmt.Printf("t(%v) = %.3f, p = %.4f, 95%% CI %.4f to %.4f\n", r.DF, r.Statistic, r.PValue, r.CILow, r.CIHigh)
	// Output: t(25) = 1.947, p = 0.0629, 95% CI -0.0415 to 1.4758
}
