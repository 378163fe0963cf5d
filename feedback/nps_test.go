package feedback

import (
	"testing"

	"github.com/stretchr/testify/require"
)

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
