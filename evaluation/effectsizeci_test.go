package evaluation_test

import (
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/evaluation"
)

// TestEffectSizeIntervalRefdata checks testdata/effect_size_ci.json, made
// by testdata/make_report_refdata.R with R 4.2.2: the noncentral-t bounds
// from pt(q, df, ncp) inverted by uniroot(tol = 1e-13), the normal bounds
// from qnorm and Hedges & Olkin's variance.
func TestEffectSizeIntervalRefdata(t *testing.T) {
	type in struct {
		Kind       string
		X, Y       []float64
		Confidence float64
	}
	type out struct {
		D           num
		DLower      num  `json:"d_lower"`
		DUpper      num  `json:"d_upper"`
		GLower      *num `json:"g_lower"`
		GUpper      *num `json:"g_upper"`
		NormalLower num  `json:"normal_lower"`
		NormalUpper num  `json:"normal_upper"`
	}
	for _, c := range loadRef[in, out](t, "effect_size_ci") {
		t.Run(c.Name, func(t *testing.T) {
			exact := evaluation.EffectSizeConfig{Confidence: c.Input.Confidence}
			normal := evaluation.EffectSizeConfig{Confidence: c.Input.Confidence, Method: evaluation.MethodNormal}
			want := []float64{c.Expected.D.V, c.Expected.DLower.V, c.Expected.DUpper.V, c.Expected.NormalLower.V, c.Expected.NormalUpper.V}
			switch c.Input.Kind {
			case "two-sample":
				a, err := evaluation.CohensD(c.Input.X, c.Input.Y, exact)
				require.NoError(t, err)
				b, err := evaluation.CohensD(c.Input.X, c.Input.Y, normal)
				require.NoError(t, err)
				requireClose(t, c.Tolerance, want, []float64{a.D, a.DLower, a.DUpper, b.DLower, b.DUpper})
				requireClose(t, c.Tolerance, []float64{c.Expected.GLower.V, c.Expected.GUpper.V}, []float64{a.GLower, a.GUpper})
				require.Equal(t, evaluation.MethodNoncentralT, a.Method)
			case "paired":
				a, err := evaluation.CohensDZ(c.Input.X, c.Input.Y, exact)
				require.NoError(t, err)
				b, err := evaluation.CohensDZ(c.Input.X, c.Input.Y, normal)
				require.NoError(t, err)
				requireClose(t, c.Tolerance, want, []float64{a.DZ, a.Lower, a.Upper, b.Lower, b.Upper})
			default:
				t.Fatalf("unknown kind %q", c.Input.Kind)
			}
		})
	}
}

// TestEffectSizeIntervalProperties: the interval holds d, widens with the
// level, is antisymmetric in the order of the samples and narrows with n.
func TestEffectSizeIntervalProperties(t *testing.T) {
	x := []float64{5.1, 4.8, 6.0, 5.5, 5.9, 6.2, 4.9, 5.3}
	y := []float64{4.2, 4.5, 5.0, 4.1, 4.8, 5.2, 4.4}
	a, err := evaluation.CohensD(x, y, evaluation.EffectSizeConfig{})
	require.NoError(t, err)
	b, err := evaluation.CohensD(y, x, evaluation.EffectSizeConfig{})
	require.NoError(t, err)
	require.InDelta(t, -a.DLower, b.DUpper, 1e-9)
	require.InDelta(t, -a.DUpper, b.DLower, 1e-9)
	w, err := evaluation.CohensD(x, y, evaluation.EffectSizeConfig{Confidence: 0.99})
	require.NoError(t, err)
	require.Less(t, w.DLower, a.DLower)
	require.Greater(t, w.DUpper, a.DUpper)
	require.True(t, a.DLower < a.D && a.D < a.DUpper)
	x4 := append(append(append(append([]float64{}, x...), x...), x...), x...)
	y4 := append(append(append(append([]float64{}, y...), y...), y...), y...)
	l, err := evaluation.CohensD(x4, y4, evaluation.EffectSizeConfig{})
	require.NoError(t, err)
	require.Less(t, l.DUpper-l.DLower, a.DUpper-a.DLower)
	// Zero effect: a symmetric interval around 0.
	z, err := evaluation.CohensDZ([]float64{1, 2, 3, 4}, []float64{2, 1, 4, 3}, evaluation.EffectSizeConfig{})
	require.NoError(t, err)
	require.InDelta(t, 0, z.DZ, 1e-15)
	require.InDelta(t, -z.Lower, z.Upper, 1e-9)
}

func TestEffectSizeIntervalDegenerate(t *testing.T) {
	// Zero pooled SD: d is ±Inf and the interval NaN; one value per group:
	// no degrees of freedom.
	for _, tc := range []struct{ x, y []float64 }{
		{[]float64{2, 2, 2}, []float64{1, 1}},
		{[]float64{2}, []float64{1}},
	} {
		r, err := evaluation.CohensD(tc.x, tc.y, evaluation.EffectSizeConfig{})
		require.NoError(t, err)
		require.True(t, math.IsNaN(r.DLower) && math.IsNaN(r.DUpper), "%+v", r)
	}
	r, err := evaluation.CohensDZ([]float64{3}, []float64{1}, evaluation.EffectSizeConfig{})
	require.NoError(t, err)
	require.True(t, math.IsNaN(r.Lower) && math.IsNaN(r.Upper))
}

func TestEffectSizeIntervalErrors(t *testing.T) {
	_, err := evaluation.CohensD(nil, []float64{1, math.Inf(1)}, evaluation.EffectSizeConfig{Confidence: 2, Method: 7})
	for _, s := range []error{evaluation.ErrEmpty, evaluation.ErrOutOfRange, evaluation.ErrUnknownEnum} {
		require.ErrorIs(t, err, s)
	}
	for _, arg := range []string{"x", "y[1]", "cfg.confidence", "cfg.method"} {
		require.ErrorContains(t, err, arg)
	}
	_, err = evaluation.CohensDZ([]float64{1, 2}, []float64{1}, evaluation.EffectSizeConfig{})
	require.ErrorIs(t, err, evaluation.ErrLength)
}

func FuzzCohensDInterval(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7}, 3, 0.95, false)
	f.Fuzz(func(t *testing.T, data []byte, split int, conf float64, normal bool) {
		vals := make([]float64, len(data))
		for i, b := range data {
			vals[i] = float64(int(b)-128) / 8
		}
		if split < 0 || split > len(vals) {
			split = len(vals) / 2
		}
		cfg := evaluation.EffectSizeConfig{Confidence: conf}
		if normal {
			cfg.Method = evaluation.MethodNormal
		}
		ok := func(err error) bool {
			if err == nil {
				return true
			}
			if !errors.Is(err, evaluation.ErrEmpty) && !errors.Is(err, evaluation.ErrOutOfRange) && !errors.Is(err, evaluation.ErrLength) {
				t.Fatal(err)
			}
			return false
		}
		x, y := vals[:split], vals[split:]
		// The noncentral-t interval need not hold d (with few degrees of
		// freedom d overstates |δ|); it must be ordered. The normal one is
		// symmetric around d.
		holds := func(d, lo, hi float64) bool {
			tol := 1e-9 * (1 + math.Abs(d))
			return lo <= hi+tol && (!normal || lo <= d+tol && d <= hi+tol)
		}
		if r, err := evaluation.CohensD(x, y, cfg); ok(err) && !math.IsNaN(r.DLower) && !holds(r.D, r.DLower, r.DUpper) {
			t.Fatalf("%+v", r)
		}
		if r, err := evaluation.CohensDZ(x, y[:min(len(x), len(y))], cfg); ok(err) && !math.IsNaN(r.Lower) && !holds(r.DZ, r.Lower, r.Upper) {
			t.Fatalf("%+v", r)
		}
	})
}

func ExampleCohensD_interval() {
	mentored := []float64{5.1, 4.8, 6.0, 5.5, 5.9, 6.2, 4.9, 5.3}
	others := []float64{4.2, 4.5, 5.0, 4.1, 4.8, 5.2, 4.4}
	r, err := evaluation.CohensD(mentored, others, evaluation.EffectSizeConfig{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("d = %.2f [%.2f, %.2f], g = %.2f [%.2f, %.2f] (%s)\n",
		r.D, r.DLower, r.DUpper, r.GExact, r.GLower, r.GUpper, r.Method)
	// Output:
	// d = 1.81 [0.56, 3.01], g = 1.70 [0.53, 2.83] (noncentralT)
}

// Engagement of ten mentees before and after; R 4.2.2 gives d_z =
// 1.3348 with the noncentral-t interval [0.4491, 2.1841]
// (testdata/effect_size_ci.json, case dz_engagement_0.95).
func ExampleCohensDZ_interval() {
	after := []float64{3.9, 4.1, 3.2, 4.5, 3.8, 4.0, 3.6, 4.4, 3.7, 4.2}
	before := []float64{3.5, 4.0, 3.3, 4.0, 3.4, 3.6, 3.6, 4.1, 3.2, 3.9}
	r, err := evaluation.CohensDZ(after, before, evaluation.EffectSizeConfig{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("d_z = %.4f [%.4f, %.4f], n = %d\n", r.DZ, r.Lower, r.Upper, r.N)
	// Output:
	// d_z = 1.3348 [0.4491, 2.1841], n = 10
}
