package evaluation_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/stretchr/testify/require"
)

// TestCohensDRefdata checks testdata/effect_size_two_sample.json (published
// formulas: Cohen's d with the pooled SD, Hedges' g with the approximate J
// of statsmodels and the exact gamma-function J).
func TestCohensDRefdata(t *testing.T) {
	type in struct{ X, Y []float64 }
	type out struct {
		MeanX    num `json:"mean_x"`
		MeanY    num `json:"mean_y"`
		PooledSD num `json:"pooled_sd"`
		CohensD  num `json:"cohens_d"`
		JApprox  num `json:"J_approx"`
		GApprox  num `json:"hedges_g_approx"`
		JExact   num `json:"J_exact"`
		GExact   num `json:"hedges_g_exact"`
	}
	for _, c := range loadRef[in, out](t, "effect_size_two_sample") {
		t.Run(c.Name, func(t *testing.T) {
			got, err := evaluation.CohensD(c.Input.X, c.Input.Y, evaluation.EffectSizeConfig{})
			require.NoError(t, err)
			e := c.Expected
			requireClose(t, c.Tolerance,
				[]float64{e.MeanX.V, e.MeanY.V, e.PooledSD.V, e.CohensD.V, e.JApprox.V, e.GApprox.V, e.JExact.V, e.GExact.V},
				[]float64{got.MeanX, got.MeanY, got.PooledSD, got.D, got.JApprox, got.GApprox, got.JExact, got.GExact})
		})
	}
}

// TestCohensDZRefdata checks testdata/effect_size_paired_dz.json
// (d_z = mean(d)/sd(d)).
func TestCohensDZRefdata(t *testing.T) {
	type in struct{ X, Y []float64 }
	type out struct {
		MeanDiff num `json:"mean_diff"`
		SDDiff   num `json:"sd_diff"`
		DZ       num `json:"d_z"`
	}
	for _, c := range loadRef[in, out](t, "effect_size_paired_dz") {
		t.Run(c.Name, func(t *testing.T) {
			got, err := evaluation.CohensDZ(c.Input.X, c.Input.Y, evaluation.EffectSizeConfig{})
			require.NoError(t, err)
			e := c.Expected
			requireClose(t, c.Tolerance, []float64{e.MeanDiff.V, e.SDDiff.V, e.DZ.V}, []float64{got.MeanDiff, got.SDDiff, got.DZ})
		})
	}
}

// TestHedgesJ checks the corrections against hand calculations: for m = 2,
// J = Γ(1)/(√1·Γ(1/2)) = 1/√π = 0.5641895835477563 and the approximation
// 1 - 3/(4·4 - 9) = 4/7; for m = 1, J = 0 (Γ(0) is infinite) and
// 1 - 3/(4·3-9) = 0; for large m, J = 1 - 3/(4m - 1) + O(m⁻²).
func TestHedgesJ(t *testing.T) {
	r, err := evaluation.CohensD([]float64{1, 2}, []float64{3, 5}, evaluation.EffectSizeConfig{})
	require.NoError(t, err)
	require.InDelta(t, 0.5641895835477563, r.JExact, 1e-15)
	require.InDelta(t, 4.0/7, r.JApprox, 1e-15)
	r, err = evaluation.CohensD([]float64{1}, []float64{3, 5}, evaluation.EffectSizeConfig{})
	require.NoError(t, err)
	require.Equal(t, 0.0, r.JExact)
	require.Equal(t, 0.0, r.JApprox)
	big := make([]float64, 2000)
	for i := range big {
		big[i] = float64(i % 7)
	}
	r, err = evaluation.CohensD(big[:1000], big[1000:], evaluation.EffectSizeConfig{})
	require.NoError(t, err)
	require.InDelta(t, 1-3/(4*1998.0-1), r.JExact, 1e-7)
}

func TestEffectSizeErrors(t *testing.T) {
	_, err := evaluation.CohensD(nil, []float64{1}, evaluation.EffectSizeConfig{})
	require.ErrorIs(t, err, evaluation.ErrEmpty)
	_, err = evaluation.CohensDZ([]float64{1, 2}, []float64{1}, evaluation.EffectSizeConfig{})
	require.ErrorIs(t, err, evaluation.ErrLength)
}

func FuzzCohensD(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5}, 2)
	f.Fuzz(func(t *testing.T, data []byte, split int) {
		vals := make([]float64, len(data))
		for i, b := range data {
			vals[i] = float64(b)
		}
		if split < 0 || split > len(vals) {
			split = len(vals) / 2
		}
		x, y := vals[:split], vals[split:]
		if _, err := evaluation.CohensD(x, y, evaluation.EffectSizeConfig{}); err != nil && !errors.Is(err, evaluation.ErrEmpty) {
			t.Fatal(err)
		}
		if _, err := evaluation.CohensDZ(x, y, evaluation.EffectSizeConfig{}); err != nil && !errors.Is(err, evaluation.ErrEmpty) && !errors.Is(err, evaluation.ErrLength) {
			t.Fatal(err)
		}
	})
}

func ExampleCohensD() {
	// From testdata/effect_size_two_sample.json, case groups_n12_n15:
	// d = 0.7540533301539475, g (exact J) = 0.7311644783788844.
	x := []float64{6.38, 5.62, 5.72, 4.95, 5.1, 5.49, 6.99, 4.5, 6.51, 3.74, 4.49, 5.54}
	y := []float64{4.53, 3.62, 4.57, 5.91, 3.46, 3.31, 3.72, 4.8, 5.2, 5.18, 5.34, 5.61, 3.81, 4.94, 6.53}
	r, err := evaluation.CohensD(x, y, evaluation.EffectSizeConfig{})
	if err != nil {
		panic(err)
	}
	fmt.Printf("d = %.3f, Hedges' g = %.3f\n", r.D, r.GExact)
	// Output: d = 0.754, Hedges' g = 0.731
}

func ExampleCohensDZ() {
	// d = x - y = 1, 2 → mean 1.5, sd 0.7071, d_z = 2.1213 (hand calculation).
	r, err := evaluation.CohensDZ([]float64{4, 5.5}, []float64{3, 3.5}, evaluation.EffectSizeConfig{})
	if err != nil {
		panic(err)
	}
	fmt.Printf("d_z = %.4f\n", r.DZ)
	// Output: d_z = 2.1213
}
