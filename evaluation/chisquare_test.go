package evaluation_test

import (
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/stretchr/testify/require"
)

// TestChiSquareRefdata checks testdata/chi2_contingency.json: scipy 1.10.1
// chi2_contingency(table, correction).
func TestChiSquareRefdata(t *testing.T) {
	type in struct {
		Table      [][]float64
		Correction bool
	}
	type out struct {
		Statistic, Pvalue num
		Dof               int
		ExpectedFreq      [][]float64 `json:"expected_freq"`
		YatesApplied      bool        `json:"yates_applied"`
		Error             string
	}
	for _, c := range loadRef[in, out](t, "chi2_contingency") {
		t.Run(c.Name, func(t *testing.T) {
			got, err := evaluation.ChiSquare(c.Input.Table, evaluation.ChiSquareConfig{NoCorrection: !c.Input.Correction})
			if c.Expected.Error != "" {
				// scipy: "The internally computed table of expected
				// frequencies has a zero element at (0, 1)."
				require.ErrorIs(t, err, evaluation.ErrZeroExpected)
				require.ErrorContains(t, err, "table[0][1]")
				return
			}
			require.NoError(t, err)
			require.Equal(t, c.Expected.Dof, got.DF)
			require.Equal(t, c.Expected.YatesApplied, got.YatesApplied)
			requireClose(t, c.Tolerance,
				[]float64{c.Expected.Statistic.V, c.Expected.Pvalue.V}, []float64{got.Statistic, got.PValue})
			requireClose(t, c.Tolerance, c.Expected.ExpectedFreq, got.Expected)
		})
	}
}

func TestChiSquareErrors(t *testing.T) {
	tests := []struct {
		name     string
		table    [][]float64
		sentinel error
		contains string
	}{
		{"nil", nil, evaluation.ErrEmpty, "table"},
		{"empty row", [][]float64{{}}, evaluation.ErrEmpty, "table"},
		{"ragged", [][]float64{{1, 2}, {3}}, evaluation.ErrLength, "table[1]"},
		{"negative", [][]float64{{1, -2}, {3, 4}}, evaluation.ErrOutOfRange, "table[0][1] = -2"},
		{"NaN", [][]float64{{1, 2}, {math.NaN(), 4}}, evaluation.ErrOutOfRange, "table[1][0] = NaN"},
		{"zero row", [][]float64{{0, 0}, {3, 4}}, evaluation.ErrZeroExpected, "table[0][0]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := evaluation.ChiSquare(tc.table, evaluation.ChiSquareConfig{})
			require.ErrorIs(t, err, tc.sentinel)
			require.ErrorContains(t, err, tc.contains)
		})
	}
}

// TestChiSquareTwoByTwoIsZSquared: without correction, the 2×2 statistic
// is the square of the two-proportion z (a textbook identity), and the
// input is not modified.
func TestChiSquareTwoByTwoIsZSquared(t *testing.T) {
	for a := 0; a <= 10; a++ {
		for c := 0; c <= 8; c++ {
			table := [][]float64{{float64(a), float64(10 - a)}, {float64(c), float64(8 - c)}}
			r, err := evaluation.ChiSquare(table, evaluation.ChiSquareConfig{NoCorrection: true})
			if a+c == 0 || a+c == 18 {
				require.ErrorIs(t, err, evaluation.ErrZeroExpected)
				continue
			}
			require.NoError(t, err)
			z, err := evaluation.TwoProportionZTest(a, 10, c, 8, evaluation.TwoProportionConfig{})
			require.NoError(t, err)
			require.InDelta(t, z.Z*z.Z, r.Statistic, 1e-9)
			require.InDelta(t, z.PValue, r.PValue, 1e-9)
			require.Equal(t, float64(a), table[0][0])
		}
	}
}

func FuzzChiSquare(f *testing.F) {
	f.Add(20.0, 15.0, 10.0, 25.0, 3.0, 4.0, uint8(2), false)
	f.Fuzz(func(t *testing.T, a, b, c, d, e, g float64, cols uint8, noCorr bool) {
		cells := []float64{a, b, c, d, e, g}
		w := int(cols%3) + 1
		var table [][]float64
		for i := 0; i+w <= len(cells); i += w {
			table = append(table, cells[i:i+w])
		}
		r, err := evaluation.ChiSquare(table, evaluation.ChiSquareConfig{NoCorrection: noCorr})
		if err != nil {
			if !errors.Is(err, evaluation.ErrOutOfRange) && !errors.Is(err, evaluation.ErrZeroExpected) &&
				!errors.Is(err, evaluation.ErrEmpty) && !errors.Is(err, evaluation.ErrLength) {
				t.Fatal(err)
			}
			return
		}
		if r.Statistic < 0 || !(r.PValue >= 0 && r.PValue <= 1) && !math.IsNaN(r.Statistic) {
			t.Fatalf("%+v", r)
		}
	})
}

func ExampleChiSquare() {
	// Retention (stayed, left) by programme format. Output checked with
	// scipy 1.10.1: chi2_contingency → 5.174758601931184, 0.07521690287833345.
	table := [][]float64{
		{12, 18}, // one-to-one
		{25, 15}, // group
		{20, 10}, // peer
	}
	r, err := evaluation.ChiSquare(table, evaluation.ChiSquareConfig{})
	if err != nil {
		panic(err)
	}
	fmt.Printf("X² = %.3f on %d df, p = %.4f, Yates applied: %v\n", r.Statistic, r.DF, r.PValue, r.YatesApplied)
	// Output: X² = 5.175 on 2 df, p = 0.0752, Yates applied: false
}
