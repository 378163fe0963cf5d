package evaluation_test

import (
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/stretchr/testify/require"
)

// TestPAdjustRefdata checks testdata/p_adjust_holm.json and
// testdata/p_adjust_bh.json (R 4.2.2 p.adjust, statsmodels 0.13.5
// multipletests).
func TestPAdjustRefdata(t *testing.T) {
	type in struct {
		Pvalues []float64
		Alpha   float64
	}
	type out struct {
		Adjusted []float64
		Reject   []bool
	}
	for file, adjust := range map[string]func([]float64, float64) (evaluation.Adjusted, error){
		"p_adjust_holm": evaluation.Holm,
		"p_adjust_bh":   evaluation.BenjaminiHochberg,
	} {
		for _, c := range loadRef[in, out](t, file) {
			t.Run(file+"/"+c.Name, func(t *testing.T) {
				before := append([]float64(nil), c.Input.Pvalues...)
				got, err := adjust(c.Input.Pvalues, c.Input.Alpha)
				require.NoError(t, err)
				requireClose(t, c.Tolerance, c.Expected.Adjusted, got.P)
				require.Equal(t, c.Expected.Reject, got.Reject)
				require.Equal(t, before, c.Input.Pvalues)
			})
		}
	}
}

func TestPAdjustEdges(t *testing.T) {
	r, err := evaluation.Holm(nil, 0.05)
	require.NoError(t, err)
	require.Empty(t, r.P)
	_, err = evaluation.BenjaminiHochberg([]float64{0.1, 1.5, math.NaN()}, 0)
	require.ErrorIs(t, err, evaluation.ErrOutOfRange)
	require.ErrorContains(t, err, "pvalues[1] = 1.5")
	require.ErrorContains(t, err, "pvalues[2] = NaN")
	require.ErrorContains(t, err, "alpha = 0")
}

// TestPAdjustProperties: adjusted p-values are at least the raw ones, at
// most 1, Holm's at least BH's, and the order of the p-values is kept.
func TestPAdjustProperties(t *testing.T) {
	p := []float64{0.01, 0.2, 0.003, 0.04, 0.04, 0.5, 0.0001, 0.9}
	h, err := evaluation.Holm(p, 0.05)
	require.NoError(t, err)
	b, err := evaluation.BenjaminiHochberg(p, 0.05)
	require.NoError(t, err)
	for i := range p {
		require.GreaterOrEqual(t, b.P[i], p[i])
		require.GreaterOrEqual(t, h.P[i], b.P[i])
		require.LessOrEqual(t, h.P[i], 1.0)
		for j := range p {
			if p[i] < p[j] {
				require.LessOrEqual(t, h.P[i], h.P[j])
				require.LessOrEqual(t, b.P[i], b.P[j])
			}
		}
	}
}

func FuzzPAdjust(f *testing.F) {
	f.Add([]byte{1, 50, 255, 0}, 0.05)
	f.Fuzz(func(t *testing.T, data []byte, alpha float64) {
		p := make([]float64, len(data))
		for i, b := range data {
			p[i] = float64(b) / 250
		}
		for _, adjust := range []func([]float64, float64) (evaluation.Adjusted, error){evaluation.Holm, evaluation.BenjaminiHochberg} {
			r, err := adjust(p, alpha)
			if err != nil {
				if !errors.Is(err, evaluation.ErrOutOfRange) {
					t.Fatal(err)
				}
				continue
			}
			for i, v := range r.P {
				if v < p[i] || v > 1 {
					t.Fatalf("p[%d] = %v adjusted to %v", i, p[i], v)
				}
			}
		}
	})
}

func ExampleHolm() {
	// Eight outcomes of one programme (testdata/p_adjust_holm.json).
	p := []float64{0.012, 0.049, 0.003, 0.21, 0.04, 0.0005, 0.8, 0.049}
	r, err := evaluation.Holm(p, 0.05)
	if err != nil {
		panic(err)
	}
	fmt.Println(r.P)
	fmt.Println(r.Reject)
	// Output:
	// [0.07200000000000001 0.2 0.021 0.42 0.2 0.004 0.8 0.2]
	// [false false true false false true false false]
}

func ExampleBenjaminiHochberg() {
	// The same outcomes (testdata/p_adjust_bh.json).
	p := []float64{0.012, 0.049, 0.003, 0.21, 0.04, 0.0005, 0.8, 0.049}
	r, err := evaluation.BenjaminiHochberg(p, 0.05)
	if err != nil {
		panic(err)
	}
	for i := range p {
		fmt.Printf("%.4f→%.4f %v\n", p[i], r.P[i], r.Reject[i])
	}
	// Output:
	// 0.0120→0.0320 true
	// 0.0490→0.0653 false
	// 0.0030→0.0120 true
	// 0.2100→0.2400 false
	// 0.0400→0.0653 false
	// 0.0005→0.0040 true
	// 0.8000→0.8000 false
	// 0.0490→0.0653 false
}
