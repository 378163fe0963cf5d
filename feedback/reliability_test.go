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

func TestNPSInterval(t *testing.T) {
	// textbook_10 of nps.json: 4 promoters, 3 detractors of 10, NPS 10.
	// By hand: p = .4, d = .3, Var = (p + d − (p − d)²)/n = .069, SE =
	// 100·√.069 = 26.2678510731274; z(0.975) = 1.959963984540054 from the
	// normal table; half-width 51.4840...
	got, err := NPS([]int{10, 9, 9, 8, 7, 7, 6, 5, 3, 10}, NPSConfig{})
	require.NoError(t, err)
	require.InDelta(t, 26.2678510731274, got.SE, 1e-9)
	require.InDelta(t, 10-1.959963984540054*26.2678510731274, got.Lower, 1e-9)
	require.InDelta(t, 10+1.959963984540054*26.2678510731274, got.Upper, 1e-9)
	// All promoters: SE 0, the interval is the point, within −100..100.
	got, err = NPS([]int{9, 10}, NPSConfig{Confidence: 0.9})
	require.NoError(t, err)
	require.Equal(t, [3]float64{100, 100, 100}, [3]float64{got.Lower, got.Score, got.Upper})
	_, err = NPS([]int{5, 11}, NPSConfig{})
	require.ErrorIs(t, err, ErrOutOfRange)
	require.ErrorContains(t, err, "ratings[1]")
	_, err = NPS(nil, NPSConfig{})
	require.ErrorIs(t, err, ErrTooFew)
	_, err = NPS([]int{5}, NPSConfig{Confidence: 1})
	require.ErrorIs(t, err, ErrOutOfRange)
	_, err = NPSFromDistribution(make([]int, 10), NPSConfig{})
	require.ErrorIs(t, err, ErrShape)
}

func TestRWG(t *testing.T) {
	// By hand: 4, 4, 5, 5, 4 on 1..5: mean 4.4, s² = (3·0.16 + 2·0.36)/4 =
	// 0.3; σ²_EU = (25 − 1)/12 = 2; r_wg = 1 − 0.3/2 = 0.85.
	got, err := RWG([]float64{4, 4, 5, 5, 4}, LikertScale(5))
	require.NoError(t, err)
	require.InDelta(t, 0.85, got, 1e-12)
	// Two items: 4, 4, 5, 5, 4 (s² = 0.3 as above) and 2, 3, 3, 3, 4 (mean
	// 3, SS = 2, s² = 0.5). s̄² = 0.4, ratio 0.2, r_wg(J) = 2·0.8/(2·0.8 +
	// 0.2) = 8/9.
	m := mat.NewDense(5, 2, []float64{4, 2, 4, 3, 5, 3, 5, 3, 4, 4})
	got, err = RWGJ(m, LikertScale(5))
	require.NoError(t, err)
	require.InDelta(t, 8.0/9, got, 1e-12)
	_, err = RWG([]float64{4, 6}, LikertScale(5))
	require.ErrorIs(t, err, ErrOutOfRange)
	_, err = RWG([]float64{4}, LikertScale(5))
	require.ErrorIs(t, err, ErrTooFew)
	_, err = RWGJ(mat.NewDense(2, 1, []float64{1, math.NaN()}), LikertScale(5))
	require.ErrorIs(t, err, ErrNaN)
}

func TestStatErrors(t *testing.T) {
	_, err := ICC(mat.NewDense(1, 3, []float64{1, 2, 3}), ICCConfig{})
	require.ErrorIs(t, err, ErrTooFew)
	_, err = ICC(mat.NewDense(2, 2, []float64{1, 2, 3, math.NaN()}), ICCConfig{})
	require.ErrorIs(t, err, ErrNaN)
	_, err = ICC(mat.NewDense(2, 2, []float64{1, 2, 3, 4}), ICCConfig{Alpha: 2})
	require.ErrorIs(t, err, ErrOutOfRange)
	_, err = KrippendorffAlpha(mat.NewDense(2, 2, []float64{1, 2, 3, 4}), 0)
	require.ErrorIs(t, err, ErrInvalid)
	_, err = KrippendorffAlpha(mat.NewDense(2, 2, []float64{1, math.NaN(), math.NaN(), 4}), Interval)
	require.ErrorIs(t, err, ErrTooFew)
	got, err := KrippendorffAlpha(mat.NewDense(2, 2, []float64{3, 3, 3, 3}), Interval)
	require.NoError(t, err)
	require.True(t, math.IsNaN(got.Alpha), "no variation: alpha undefined")
}
