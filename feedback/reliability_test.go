package feedback

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
