package evaluation_test

import (
	"encoding/json"
	"errors"
	"math"
	"testing"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/mentorkit/mentorkit/internal/jsontest"
	"github.com/stretchr/testify/require"
)

// altIn is the input of a case of testdata/alternative_tests.json.
type altIn struct {
	Test      string
	X, Y      []float64
	Mu        float64
	ConfLevel float64 `json:"conf_level"`
	Exact     *bool
	Correct   bool
	Table     [2][2]int
	X1, N1    int
	X2, N2    int
}

// altOut is one alternative's expected values.
type altOut struct {
	Statistic  num
	Pvalue     num
	Df         num
	Stderr     num
	Estimate   json.RawMessage
	ConfInt    []num  `json:"conf_int"`
	MethodUsed string `json:"method_used"`
	Continuity *bool  `json:"continuity_applied"`
}

type altExpected struct {
	Less, Greater *altOut
	Error         string
}

// TestAlternativeRefdata checks testdata/alternative_tests.json (R 4.2.2
// t.test, wilcox.test, fisher.test and prop.test with alternative =
// "less" and "greater"; the Fisher interval roots converged).
func TestAlternativeRefdata(t *testing.T) {
	cases := loadRef[altIn, altExpected](t, "alternative_tests")
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			if c.Expected.Error != "" {
				altErrorCase(t, c.Input)
				return
			}
			for _, alt := range []evaluation.Alternative{evaluation.Less, evaluation.Greater} {
				want := c.Expected.Less
				if alt == evaluation.Greater {
					want = c.Expected.Greater
				}
				require.NotNil(t, want)
				t.Run(alt.String(), func(t *testing.T) { checkAlt(t, c.Tolerance, c.Input, alt, want) })
			}
		})
	}
}

// altErrorCase: R's t.test stops on constant data ("data are essentially
// constant"). The t-tests here follow scipy there, as documented on
// TTestOneSample: t = +Inf for a mean above mu, so p(greater) = 0 and
// p(less) = 1, with a zero-width interval at the mean.
func altErrorCase(t *testing.T, in altIn) {
	require.Equal(t, "t_one_sample", in.Test)
	for _, alt := range []evaluation.Alternative{evaluation.Less, evaluation.Greater} {
		got, err := evaluation.TTestOneSample(in.X, in.Mu, evaluation.TTestConfig{Confidence: in.ConfLevel, Alternative: alt})
		require.NoError(t, err)
		require.True(t, math.IsInf(got.Statistic, 1))
		require.Equal(t, map[evaluation.Alternative]float64{evaluation.Less: 1, evaluation.Greater: 0}[alt], got.PValue)
	}
}

func checkAlt(t *testing.T, tol tolerance, in altIn, alt evaluation.Alternative, want *altOut) {
	ci := func() []float64 { return vals(want.ConfInt) }
	switch in.Test {
	case "t_one_sample", "t_paired", "t_student", "t_welch":
		cfg := evaluation.TTestConfig{Confidence: in.ConfLevel, Alternative: alt}
		var got evaluation.TTest
		var err error
		var est float64
		switch in.Test {
		case "t_one_sample":
			got, err = evaluation.TTestOneSample(in.X, in.Mu, cfg)
			require.NoError(t, json.Unmarshal(want.Estimate, &est))
		case "t_paired":
			got, err = evaluation.TTestPaired(in.X, in.Y, cfg)
			if in.Mu != 0 { // R's mu: the one-sample test of the differences
				d := make([]float64, len(in.X))
				for i := range d {
					d[i] = in.X[i] - in.Y[i]
				}
				got, err = evaluation.TTestOneSample(d, in.Mu, cfg)
			}
			require.NoError(t, json.Unmarshal(want.Estimate, &est))
		default:
			test := evaluation.TTestStudent
			if in.Test == "t_welch" {
				test = evaluation.TTestWelch
			}
			// R's mu: the test of x - mu against y; the estimate and
			// interval are for mean(x) - mean(y), so mu is added back.
			got, err = test(shifted(in.X, in.Mu), in.Y, cfg)
			got.Estimate, got.CILow, got.CIHigh = got.Estimate+in.Mu, got.CILow+in.Mu, got.CIHigh+in.Mu
			var means [2]float64
			require.NoError(t, json.Unmarshal(want.Estimate, &means))
			est = means[0] - means[1]
		}
		require.NoError(t, err)
		require.Equal(t, alt, got.Alternative)
		requireClose(t, tol,
			append([]float64{want.Statistic.V, want.Pvalue.V, want.Df.V, est, want.Stderr.V}, ci()...),
			[]float64{got.Statistic, got.PValue, got.DF, got.Estimate, got.StdErr, got.CILow, got.CIHigh})
	case "wilcox_signed_rank", "wilcox_rank_sum":
		method := rExact(in)
		var stat, p float64
		var used evaluation.Method
		if in.Test == "wilcox_signed_rank" {
			x, y := in.X, in.Y
			if in.Mu != 0 { // R's mu: the test of x - y - mu (or x - mu)
				x, y = make([]float64, len(in.X)), nil
				for i, v := range in.X {
					x[i] = v - in.Mu
					if in.Y != nil {
						x[i] -= in.Y[i]
					}
				}
			}
			got, err := evaluation.WilcoxonSignedRank(x, y, evaluation.WilcoxonConfig{Correction: in.Correct, Method: method, Alternative: alt})
			require.NoError(t, err)
			stat, p, used = got.Statistic, got.PValue, got.Method
		} else {
			got, err := evaluation.MannWhitneyU(shifted(in.X, in.Mu), in.Y, evaluation.MannWhitneyConfig{NoCorrection: !in.Correct, Method: method, Alternative: alt})
			require.NoError(t, err)
			stat, p, used = got.U1, got.PValue, got.Method
			require.Equal(t, *want.Continuity, got.ContinuityApplied)
		}
		wantUsed := map[string]evaluation.Method{"exact": evaluation.MethodExact, "normal": evaluation.MethodAsymptotic}[want.MethodUsed]
		require.Equal(t, wantUsed, used)
		requireClose(t, tol, []float64{want.Statistic.V, want.Pvalue.V}, []float64{stat, p})
	case "fisher_exact_2x2":
		got, err := evaluation.FisherExact(in.Table, evaluation.FisherConfig{Confidence: in.ConfLevel, Alternative: alt})
		require.NoError(t, err)
		var est num
		require.NoError(t, json.Unmarshal(want.Estimate, &est))
		requireClose(t, tol, append([]float64{want.Pvalue.V, est.V}, ci()...),
			[]float64{got.PValue, got.ConditionalOR, got.CILow, got.CIHigh})
	case "prop_test_2":
		got, err := evaluation.TwoProportionZTest(in.X1, in.N1, in.X2, in.N2,
			evaluation.TwoProportionConfig{Correction: in.Correct, Confidence: in.ConfLevel, Alternative: alt})
		require.NoError(t, err)
		var est [2]float64
		require.NoError(t, json.Unmarshal(want.Estimate, &est))
		requireClose(t, tol, append([]float64{want.Statistic.V, want.Pvalue.V, est[0] - est[1]}, ci()...),
			[]float64{got.ChiSquare, got.PValue, got.Diff, got.CILow, got.CIHigh})
	default:
		t.Fatalf("unknown test %q", in.Test)
	}
}

// TestAlternativeTwoSidedUnchanged: TwoSided is the zero value, and the
// two one-sided p-values of a continuous test sum to 1 with the smaller
// one half the two-sided p-value (t-test, by the symmetry of t).
func TestAlternativeTwoSidedUnchanged(t *testing.T) {
	x := []float64{5.1, 4.9, 6.2, 5.8, 6.0, 5.5, 5.3}
	y := []float64{4.1, 4.6, 5.0, 4.4, 5.2, 4.8}
	two, err := evaluation.TTestWelch(x, y, evaluation.TTestConfig{})
	require.NoError(t, err)
	less, err := evaluation.TTestWelch(x, y, evaluation.TTestConfig{Alternative: evaluation.Less})
	require.NoError(t, err)
	greater, err := evaluation.TTestWelch(x, y, evaluation.TTestConfig{Alternative: evaluation.Greater})
	require.NoError(t, err)
	require.Equal(t, evaluation.TwoSided, two.Alternative)
	require.InDelta(t, 1, less.PValue+greater.PValue, 1e-15)
	require.InDelta(t, two.PValue/2, greater.PValue, 1e-16)
	require.True(t, math.IsInf(greater.CIHigh, 1) && math.IsInf(less.CILow, -1))
	// The one-sided bound at 95% is the two-sided bound at 90%.
	ninety, err := evaluation.TTestWelch(x, y, evaluation.TTestConfig{Confidence: 0.9})
	require.NoError(t, err)
	require.InDelta(t, ninety.CILow, greater.CILow, 1e-12)
	require.InDelta(t, ninety.CIHigh, less.CIHigh, 1e-12)
}

// shifted returns x - mu.
func shifted(x []float64, mu float64) []float64 {
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = v - mu
	}
	return out
}

// rExact maps R's exact argument to a Method: TRUE is MethodExact (which
// falls back to the normal approximation with ties or zeros, as R), FALSE
// MethodAsymptotic, and NULL R's default (exact below 50 values: the
// non-zero differences, or each sample), where the functions' own default
// is scipy's.
func rExact(in altIn) evaluation.Method {
	if in.Exact != nil {
		if *in.Exact {
			return evaluation.MethodExact
		}
		return evaluation.MethodAsymptotic
	}
	small := len(in.X) < 50 && len(in.Y) < 50
	if in.Test == "wilcox_signed_rank" {
		n := 0
		for i := range in.X {
			d := in.X[i]
			if in.Y != nil {
				d -= in.Y[i]
			}
			if d != 0 {
				n++
			}
		}
		small = n < 50
	}
	if small {
		return evaluation.MethodExact
	}
	return evaluation.MethodAsymptotic
}

// TestAlternativeErrors: an undeclared Alternative is refused by every
// test that takes one.
func TestAlternativeErrors(t *testing.T) {
	bad := evaluation.Alternative(7)
	x := []float64{1, 2, 3}
	_, e1 := evaluation.TTestOneSample(x, 0, evaluation.TTestConfig{Alternative: bad})
	_, e2 := evaluation.WilcoxonSignedRank(x, nil, evaluation.WilcoxonConfig{Alternative: bad})
	_, e3 := evaluation.MannWhitneyU(x, x, evaluation.MannWhitneyConfig{Alternative: bad})
	_, e4 := evaluation.FisherExact([2][2]int{{1, 2}, {3, 4}}, evaluation.FisherConfig{Alternative: bad})
	_, e5 := evaluation.TwoProportionZTest(1, 2, 1, 2, evaluation.TwoProportionConfig{Alternative: bad})
	for i, err := range []error{e1, e2, e3, e4, e5} {
		require.ErrorIs(t, err, evaluation.ErrUnknownEnum, i)
		var fe *evaluation.FieldError
		require.True(t, errors.As(err, &fe))
		require.Equal(t, "cfg.alternative", fe.Field)
	}
	var a evaluation.Alternative
	require.NoError(t, a.UnmarshalText([]byte("GREATER")))
	require.Equal(t, evaluation.Greater, a)
	require.ErrorIs(t, a.UnmarshalText([]byte("above")), evaluation.ErrUnknownEnum)
	b, err := evaluation.TwoSided.MarshalText()
	require.NoError(t, err)
	require.Equal(t, "twoSided", string(b))
}

// TestAlternativeJSON round-trips the configs and results that carry an
// Alternative, with the infinite interval ends.
func TestAlternativeJSON(t *testing.T) {
	x := []float64{3.1, 2.2, 4.5, 3.3, 2.9}
	r, err := evaluation.TTestOneSample(x, 3, evaluation.TTestConfig{Alternative: evaluation.Greater})
	require.NoError(t, err)
	jsontest.RoundTrip(t, r)
	jsontest.RoundTrip(t, evaluation.TTestConfig{Confidence: 0.9, Alternative: evaluation.Less})
	f, err := evaluation.FisherExact([2][2]int{{9, 4}, {3, 10}}, evaluation.FisherConfig{Alternative: evaluation.Less})
	require.NoError(t, err)
	jsontest.RoundTrip(t, f)
	jsontest.RoundTrip(t, evaluation.FisherConfig{Alternative: evaluation.Greater})
	z, err := evaluation.TwoProportionZTest(18, 60, 9, 55, evaluation.TwoProportionConfig{Correction: true, Alternative: evaluation.Greater})
	require.NoError(t, err)
	jsontest.RoundTrip(t, z)
	jsontest.RoundTrip(t, evaluation.TwoProportionConfig{Correction: true, Confidence: 0.9, Alternative: evaluation.Less})
	w, err := evaluation.WilcoxonSignedRank(x, nil, evaluation.WilcoxonConfig{Alternative: evaluation.Less})
	require.NoError(t, err)
	jsontest.RoundTrip(t, w)
	jsontest.RoundTrip(t, evaluation.WilcoxonConfig{Alternative: evaluation.Greater})
	m, err := evaluation.MannWhitneyU(x, []float64{1, 2}, evaluation.MannWhitneyConfig{Alternative: evaluation.Greater})
	require.NoError(t, err)
	jsontest.RoundTrip(t, m)
	jsontest.RoundTrip(t, evaluation.MannWhitneyConfig{Alternative: evaluation.Less})
}
