package evaluation_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/stretchr/testify/require"
)

// TestMannWhitneyRefdata checks testdata/mann_whitney_u.json: scipy 1.10.1
// mannwhitneyu(x, y, use_continuity, alternative="two-sided", method).
func TestMannWhitneyRefdata(t *testing.T) {
	type in struct {
		X, Y          []float64
		UseContinuity bool `json:"use_continuity"`
		Alternative   string
		Method        string
	}
	type out struct {
		Statistic, U2, Pvalue num
		MethodUsed            string `json:"method_used"`
		ContinuityApplied     bool   `json:"continuity_applied"`
	}
	for _, c := range loadRef[in, out](t, "mann_whitney_u") {
		t.Run(c.Name, func(t *testing.T) {
			require.Equal(t, "two-sided", c.Input.Alternative)
			cfg := evaluation.MannWhitneyConfig{NoCorrection: !c.Input.UseContinuity, Method: methodNames[c.Input.Method]}
			got, err := evaluation.MannWhitneyU(c.Input.X, c.Input.Y, cfg)
			require.NoError(t, err)
			require.Equal(t, methodNames[c.Expected.MethodUsed], got.Method)
			require.Equal(t, c.Expected.ContinuityApplied, got.ContinuityApplied)
			e := c.Expected
			requireClose(t, c.Tolerance, []float64{e.Statistic.V, e.U2.V, e.Pvalue.V}, []float64{got.U1, got.U2, got.PValue})
		})
	}
}

// TestMannWhitneyExactWithTiesFollowsR: asking for the exact method on tied
// data falls back to the normal approximation, as R 4.2.2
// wilcox.test(x, y, exact = TRUE) does (testdata/r_extra.json).
func TestMannWhitneyExactWithTiesFollowsR(t *testing.T) {
	cases, tol := loadRExtra(t)
	c := cases["mannwhitney_ties_exact_requested"]
	var in struct{ X, Y []float64 }
	var e struct{ U1, Pvalue num }
	require.NoError(t, json.Unmarshal(c.Input, &in))
	require.NoError(t, json.Unmarshal(c.Expected, &e))
	got, err := evaluation.MannWhitneyU(in.X, in.Y, evaluation.MannWhitneyConfig{Method: evaluation.MethodExact})
	require.NoError(t, err)
	require.Equal(t, evaluation.MethodAsymptotic, got.Method)
	requireClose(t, tol, []float64{e.U1.V, e.Pvalue.V}, []float64{got.U1, got.PValue})
}

// TestMannWhitneyExactCounts checks the exact distribution against hand
// counts: with n1 = n2 = 3 there are C(6,3) = 20 arrangements, of which
// U = 9, 8, 7 occur 1, 1, 2 times (U counts pairs x > y), so
// P(U >= 7) = 4/20 and the two-sided p for U1 = 7 is 0.4; for U1 = 9 it
// is 0.1. For n1 = 1 every U in 0..n2 has probability 1/(n2+1).
func TestMannWhitneyExactCounts(t *testing.T) {
	r, err := evaluation.MannWhitneyU([]float64{4, 5, 2}, []float64{1, 3, 0}, evaluation.MannWhitneyConfig{})
	require.NoError(t, err)
	require.Equal(t, 8.0, r.U1)
	require.InDelta(t, 2*2.0/20, r.PValue, 1e-15) // P(U >= 8) = 2/20
	r, err = evaluation.MannWhitneyU([]float64{4, 5, 6}, []float64{1, 3, 2}, evaluation.MannWhitneyConfig{})
	require.NoError(t, err)
	require.InDelta(t, 0.1, r.PValue, 1e-15)
	r, err = evaluation.MannWhitneyU([]float64{4.5, 5, 2}, []float64{1, 3, 4}, evaluation.MannWhitneyConfig{})
	require.NoError(t, err)
	require.Equal(t, 7.0, r.U1)
	require.InDelta(t, 0.4, r.PValue, 1e-15)
	r, err = evaluation.MannWhitneyU([]float64{10}, []float64{1, 2, 3, 4, 5, 6, 7}, evaluation.MannWhitneyConfig{Method: evaluation.MethodExact})
	require.NoError(t, err)
	require.InDelta(t, 2.0/8, r.PValue, 1e-15)
}

// TestMannWhitneyExactLarge checks the exact distribution on larger
// samples against scipy 1.10.1 mannwhitneyu(x, y, method="exact"), values
// printed by testdata/scipy_extra.py: 30 against 30 gives U = 465,
// p = 0.8315004828724888 (asymptotic 0.8302552839111963); 14 against 25
// gives U = 147, p = 0.42555572257993596.
func TestMannWhitneyExactLarge(t *testing.T) {
	tol := tolerance{Rel: 1e-9, Abs: 1e-12}
	x := make([]float64, 30)
	y := make([]float64, 30)
	for i := range x {
		x[i] = float64(2*i) + 0.7
		y[i] = float64(2*i) + 0.3*float64(i%3)
	}
	for m, want := range map[evaluation.Method]float64{
		evaluation.MethodExact:      0.8315004828724888,
		evaluation.MethodAsymptotic: 0.8302552839111963,
	} {
		r, err := evaluation.MannWhitneyU(x, y, evaluation.MannWhitneyConfig{Method: m})
		require.NoError(t, err)
		require.Equal(t, m, r.Method)
		requireClose(t, tol, []float64{465, want}, []float64{r.U1, r.PValue})
	}
	x, y = x[:0], y[:0]
	for v := 1; v < 41; v += 3 {
		x = append(x, float64(v))
	}
	for v := 0; len(y) < 25; v += 2 {
		y = append(y, float64(v)+0.5)
	}
	r, err := evaluation.MannWhitneyU(x, y, evaluation.MannWhitneyConfig{Method: evaluation.MethodExact})
	require.NoError(t, err)
	requireClose(t, tol, []float64{147, 0.42555572257993596}, []float64{r.U1, r.PValue})
}

func TestMannWhitneyErrors(t *testing.T) {
	_, err := evaluation.MannWhitneyU([]float64{1}, nil, evaluation.MannWhitneyConfig{Method: 9})
	require.ErrorIs(t, err, evaluation.ErrEmpty)
	require.ErrorIs(t, err, evaluation.ErrUnknownEnum)
}

func FuzzMannWhitneyU(f *testing.F) {
	f.Add([]byte{1, 200, 3, 4, 90, 6, 128}, 3, uint8(0), false)
	f.Fuzz(func(t *testing.T, data []byte, split int, method uint8, noCC bool) {
		if len(data) > 300 {
			return
		}
		v := make([]float64, len(data))
		for i, b := range data {
			v[i] = float64(b % 64)
		}
		if split < 0 || split > len(v) {
			split = len(v) / 2
		}
		alt := evaluation.Alternative(method / 4 % 4)
		r, err := evaluation.MannWhitneyU(v[:split], v[split:], evaluation.MannWhitneyConfig{NoCorrection: noCC, Method: evaluation.Method(method % 4), Alternative: alt})
		if err != nil {
			if !errors.Is(err, evaluation.ErrEmpty) && !errors.Is(err, evaluation.ErrUnknownEnum) {
				t.Fatal(err)
			}
			return
		}
		if r.PValue < 0 || r.PValue > 1 || r.U1+r.U2 != float64(r.N1*r.N2) {
			t.Fatalf("%+v", r)
		}
	})
}

func ExampleMannWhitneyU() {
	// Days to first promotion review, mentored versus not
	// (testdata/mann_whitney_u.json, case exact_small_no_ties: scipy
	// 1.10.1 gives U = 38, p = 0.013986013986013986, exact).
	mentored := []float64{12.1, 15.3, 9.8, 20.4, 17.7, 14.2}
	others := []float64{8.3, 11.0, 7.5, 13.9, 10.2, 6.1, 9.1}
	r, err := evaluation.MannWhitneyU(mentored, others, evaluation.MannWhitneyConfig{})
	if err != nil {
		panic(err)
	}
	fmt.Printf("U = %v, p = %.4f (%v)\n", r.U1, r.PValue, r.Method)
	// Output: U = 38, p = 0.0140 (exact)
}
