package evaluation_test

import (
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/stretchr/testify/require"
)

// TestFisherExactRefdata checks testdata/fisher_exact_2x2.json: scipy 1.10.1
// fisher_exact (sample odds ratio, p) and contingency.odds_ratio
// (conditional MLE and its 95% interval).
func TestFisherExactRefdata(t *testing.T) {
	type in struct{ Table [2][2]int }
	type out struct {
		Oddsratio, Pvalue num
		CMLE              num   `json:"oddsratio_conditional_mle"`
		CI                []num `json:"conditional_ci95"`
	}
	for _, c := range loadRef[in, out](t, "fisher_exact_2x2") {
		t.Run(c.Name, func(t *testing.T) {
			got, err := evaluation.FisherExact(c.Input.Table, evaluation.FisherConfig{})
			require.NoError(t, err)
			want := []float64{c.Expected.Oddsratio.V, c.Expected.Pvalue.V, c.Expected.CMLE.V, c.Expected.CI[0].V, c.Expected.CI[1].V}
			requireClose(t, c.Tolerance, want, []float64{got.OddsRatio, got.PValue, got.ConditionalOR, got.CILow, got.CIHigh})
		})
	}
}

func TestFisherExactErrors(t *testing.T) {
	_, err := evaluation.FisherExact([2][2]int{{1, -2}, {3, 4}}, evaluation.FisherConfig{Confidence: 2})
	require.ErrorIs(t, err, evaluation.ErrOutOfRange)
	require.ErrorContains(t, err, "table[0][1] = -2")
	require.ErrorContains(t, err, "cfg.confidence = 2")
}

// TestFisherExactProperties: transposing the table changes nothing, swapping
// the rows inverts the odds ratios and swaps the interval, and the p-value
// lies in (0, 1]; the conditional MLE lies inside its interval.
func TestFisherExactProperties(t *testing.T) {
	for a := 0; a <= 6; a++ {
		for b := 0; b <= 5; b++ {
			for c := 0; c <= 4; c++ {
				for d := 0; d <= 6; d += 2 {
					r, err := evaluation.FisherExact([2][2]int{{a, b}, {c, d}}, evaluation.FisherConfig{})
					require.NoError(t, err)
					tr, _ := evaluation.FisherExact([2][2]int{{a, c}, {b, d}}, evaluation.FisherConfig{})
					sw, _ := evaluation.FisherExact([2][2]int{{c, d}, {a, b}}, evaluation.FisherConfig{})
					require.True(t, r.PValue > 0 && r.PValue <= 1, "p = %v", r.PValue)
					require.InDelta(t, r.PValue, tr.PValue, 1e-12)
					require.InDelta(t, r.PValue, sw.PValue, 1e-12)
					if math.IsNaN(r.ConditionalOR) {
						continue
					}
					if math.IsInf(r.ConditionalOR, 1) {
						require.True(t, math.IsInf(tr.ConditionalOR, 1))
					} else {
						require.InEpsilon(t, r.ConditionalOR+1, tr.ConditionalOR+1, 1e-9)
					}
					require.True(t, r.CILow <= r.ConditionalOR && r.ConditionalOR <= r.CIHigh)
					if r.ConditionalOR > 0 && !math.IsInf(r.ConditionalOR, 1) {
						require.InEpsilon(t, 1/r.ConditionalOR, sw.ConditionalOR, 1e-9)
						require.InEpsilon(t, 1/r.CIHigh, sw.CILow, 1e-9)
					}
				}
			}
		}
	}
}

// TestFisherExactHugeTable checks that a table whose total would overflow
// int, or whose exact distribution would need gigabytes, is an error: with
// {{MaxInt, 1}, {1, 1}} the margins overflowed and a wrong p-value came
// back; with billions per cell the support alone is gigabytes.
func TestFisherExactHugeTable(t *testing.T) {
	for _, table := range [][2][2]int{
		{{math.MaxInt, 1}, {1, 1}},
		{{math.MaxInt, math.MaxInt}, {math.MaxInt, math.MaxInt}},
		{{3_000_000_000, 3_000_000_000}, {3_000_000_000, 3_000_000_000}},
		{{5_000_000, 5_000_001}, {0, 0}}, // 10,000,001 in total
	} {
		_, err := evaluation.FisherExact(table, evaluation.FisherConfig{})
		require.ErrorIs(t, err, evaluation.ErrOutOfRange, "%v", table)
		require.ErrorContains(t, err, "table")
	}
}

func FuzzFisherExact(f *testing.F) {
	f.Add(7, 3, 2, 8, 0.95)
	f.Fuzz(func(t *testing.T, a, b, c, d int, conf float64) {
		// Tables up to 5,000 per cell are computed; beyond 10,000,000 in
		// total the function must refuse at once, without overflowing.
		const limit, refused = 5000, 10_000_000
		if (a > limit || b > limit || c > limit || d > limit) && max(a, b, c, d) <= refused {
			return
		}
		for alt := range evaluation.Alternative(3) {
			r, err := evaluation.FisherExact([2][2]int{{a, b}, {c, d}}, evaluation.FisherConfig{Confidence: conf, Alternative: alt})
			if err != nil {
				if !errors.Is(err, evaluation.ErrOutOfRange) {
					t.Fatal(err)
				}
				return
			}
			if !(r.PValue > 0 && r.PValue <= 1) || r.CILow > r.CIHigh {
				t.Fatalf("%+v", r)
			}
		}
	})
}

func ExampleFisherExact() {
	// Promoted / not promoted among 10 mentored and 10 other employees.
	r, err := evaluation.FisherExact([2][2]int{{7, 3}, {2, 8}}, evaluation.FisherConfig{})
	if err != nil {
		panic(err)
	}
	fmt.Printf("sample OR %.2f, conditional MLE %.2f (95%% CI %.2f to %.1f), p = %.4f\n",
		r.OddsRatio, r.ConditionalOR, r.CILow, r.CIHigh, r.PValue)
	// Output: sample OR 9.33, conditional MLE 8.15 (95% CI 0.88 to 127.0), p = 0.0698
}
