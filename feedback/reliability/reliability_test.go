package reliability

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat"
)

func TestReliabilityItems(t *testing.T) {
	// Alpha-if-deleted must equal CronbachAlpha (checked against psych) of
	// the matrix without that column, and the item-rest correlation must
	// equal gonum's Pearson correlation of the item with the sum of the
	// others, for random data with missing answers dropped listwise.
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 50 {
		n, k := 6+rng.IntN(30), 3+rng.IntN(5)
		m := mat.NewDense(n, k, nil)
		for i := range n {
			base := rng.IntN(5)
			for j := range k {
				m.Set(i, j, float64(1+(base+rng.IntN(3))%5))
			}
		}
		m.Set(rng.IntN(n), rng.IntN(k), math.NaN())
		rev := []int{rng.IntN(k)}
		rep, err := Reliability(m, ReliabilityConfig{Reverse: rev})
		require.NoError(t, err)
		require.Equal(t, n-1, rep.NObs, "trial %d", trial)
		// Complete rows, reverse keyed by hand as 6 − x.
		var rows [][]float64
		for i := range n {
			row := mat.Row(nil, i, m)
			if hasNaN(mat.NewDense(1, k, row)) {
				continue
			}
			row[rev[0]] = 6 - row[rev[0]]
			rows = append(rows, row)
		}
		for c := range k {
			sub := mat.NewDense(len(rows), k-1, nil)
			item := make([]float64, len(rows))
			rest := make([]float64, len(rows))
			for i, row := range rows {
				col := 0
				for j, v := range row {
					if j == c {
						item[i] = v
						continue
					}
					sub.Set(i, col, v)
					rest[i] += v
					col++
				}
			}
			want, err := CronbachAlpha(sub)
			require.NoError(t, err)
			require.InDelta(t, want, rep.Items[c].AlphaIfDeleted, 1e-12, "trial %d item %d", trial, c)
			require.InDelta(t, stat.Correlation(item, rest, nil), rep.Items[c].ItemRestR, 1e-12, "trial %d item %d", trial, c)
		}
	}
}

func TestReliabilityErrors(t *testing.T) {
	tests := []struct {
		name string
		m    mat.Matrix
		cfg  ReliabilityConfig
		want error
	}{
		{"nil", nil, ReliabilityConfig{}, ErrShape},
		{"one item", mat.NewDense(3, 1, []float64{1, 2, 3}), ReliabilityConfig{}, ErrTooFew},
		{"one complete row", mat.NewDense(2, 2, []float64{1, 2, math.NaN(), 3}), ReliabilityConfig{}, ErrTooFew},
		{"inf", mat.NewDense(2, 2, []float64{1, 2, math.Inf(1), 3}), ReliabilityConfig{}, ErrNaN},
		{"reverse out of range", mat.NewDense(2, 2, []float64{1, 2, 2, 3}), ReliabilityConfig{Reverse: []int{2}}, ErrOutOfRange},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Reliability(tc.m, tc.cfg)
			require.ErrorIs(t, err, tc.want)
		})
	}
	_, err := CronbachAlpha(mat.NewDense(2, 2, []float64{1, 2, math.NaN(), 3}))
	require.ErrorIs(t, err, ErrNaN)
	require.ErrorContains(t, err, "items[1][0]")
	a, err := CronbachAlpha(mat.NewDense(3, 2, []float64{2, 2, 2, 2, 2, 2}))
	require.NoError(t, err)
	require.True(t, math.IsNaN(a), "zero total variance gives NaN, as psych")
}

func TestReliabilityMagnitudes(t *testing.T) {
	// Alpha and the correlations do not change when every answer is
	// multiplied by one constant. Refdata case two_items_n5 (psych 2.2.9:
	// alpha 8/9) at 1e±200: the squares under- or overflowed float64 and
	// alpha came out NaN, where R's long-double sums still give 8/9. Means
	// and SDs scale with the data: the items' means are 3 and 3, their
	// SDs √2.5 (by hand: deviations −2, −1, 0, 1, 2 in some order).
	base := []float64{1, 2, 2, 1, 3, 4, 4, 3, 5, 5}
	for _, c := range []float64{1, 1e200, 1e-200} {
		data := make([]float64, len(base))
		for i, v := range base {
			data[i] = v * c
		}
		m := mat.NewDense(5, 2, data)
		a, err := CronbachAlpha(m)
		require.NoError(t, err)
		require.InDelta(t, 8.0/9, a, 1e-12, "scale %g", c)
		rep, err := Reliability(m, ReliabilityConfig{})
		require.NoError(t, err)
		require.InDelta(t, 8.0/9, rep.RawAlpha, 1e-12, "scale %g", c)
		require.InDelta(t, 0.8, rep.AverageR, 1e-12, "scale %g", c) // cov 8/4 = 2 over var 2.5
		require.InEpsilon(t, 3*c, rep.Items[0].Mean, 1e-12, "scale %g", c)
		require.InEpsilon(t, math.Sqrt(2.5)*c, rep.Items[1].SD, 1e-12, "scale %g", c)
	}
}
