package goals

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestTScoreProperties checks, on random small instances with a fixed seed,
// properties that follow from the formula: the order of the goals does not
// matter, scaling all weights does not matter, all levels 0 give 50, and
// negating all levels mirrors T around 50.
func TestTScoreProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(6, 2026))
	for range 2000 {
		n := 1 + rng.IntN(8)
		levels := make([]int, n)
		weights := make([]float64, n)
		for i := range levels {
			levels[i] = rng.IntN(5) - 2
			weights[i] = 0.1 + 5*rng.Float64()
		}
		rho := rng.Float64()
		base, err := TScoreRho(levels, weights, rho)
		require.NoError(t, err)

		perm := rng.Perm(n)
		pl, pw := make([]int, n), make([]float64, n)
		for i, j := range perm {
			pl[i], pw[i] = levels[j], weights[j]
		}
		got, err := TScoreRho(pl, pw, rho)
		require.NoError(t, err)
		require.InDelta(t, base, got, 1e-9, "permuted goals")

		scaled := slices.Clone(weights)
		for i := range scaled {
			scaled[i] *= 7.5
		}
		got, err = TScoreRho(levels, scaled, rho)
		require.NoError(t, err)
		require.InDelta(t, base, got, 1e-9, "scaled weights")

		neg := make([]int, n)
		for i := range neg {
			neg[i] = -levels[i]
		}
		got, err = TScoreRho(neg, weights, rho)
		require.NoError(t, err)
		require.InDelta(t, 100-base, got, 1e-9, "negated levels")

		got, err = TScoreRho(make([]int, n), weights, rho)
		require.NoError(t, err)
		require.Equal(t, 50.0, got, "all levels 0")
	}
}

// TestTrackProperties checks on random goals that progress is monotone in
// the value (in the direction of the goal), that Fraction is Raw clamped,
// and that the input order of the check-ins does not matter.
func TestTrackProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 2026))
	start := date(2026, 1, 1)
	for range 2000 {
		b := math.Round(rng.NormFloat64() * 100)
		delta := 1 + math.Round(rng.Float64()*50)
		g := Goal{Title: "x", Baseline: Float(b), Start: start, Due: start.AddDate(0, 0, 30+rng.IntN(300))}
		s := 1.0
		switch rng.IntN(3) {
		case 0:
			g.Direction, g.Target = Increase, Float(b+delta)
		case 1:
			g.Direction, g.Target, s = Decrease, Float(b-delta), -1
		default:
			lo := b + delta*(0.5+rng.Float64())
			g.Direction, g.Band = Within, &Band{Min: lo, Max: lo + delta}
		}
		now := start.AddDate(0, 0, rng.IntN(400))
		v1 := b + s*rng.NormFloat64()*delta
		v2 := v1 + s*rng.Float64()*delta // at least as far along
		p1, err := Track(g, []CheckIn{{Time: start, Value: v1}}, now, StatusConfig{})
		require.NoError(t, err)
		p2, err := Track(g, []CheckIn{{Time: start, Value: v2}}, now, StatusConfig{})
		require.NoError(t, err)
		if g.Direction != Within && p2.Raw < p1.Raw-1e-12 {
			t.Fatalf("%v goal from %v: progress of %v is %v, of %v is %v", g.Direction, b, v2, p2.Raw, v1, p1.Raw)
		}
		require.Equal(t, clamp01(p1.Raw), p1.Fraction)

		cs := make([]CheckIn, 1+rng.IntN(6))
		for i := range cs {
			cs[i] = CheckIn{Time: start.Add(time.Duration(rng.IntN(400*24)) * time.Hour), Value: b + rng.NormFloat64()*delta}
		}
		want, err := Track(g, cs, now, StatusConfig{})
		require.NoError(t, err)
		rev := slices.Clone(cs)
		slices.Reverse(rev)
		got, err := Track(g, rev, now, StatusConfig{})
		require.NoError(t, err)
		if !sameTimes(cs) {
			require.Equal(t, want, got)
		}
	}
}

// sameTimes reports whether two check-ins share a time (their order then
// depends on the input order, by design).
func sameTimes(cs []CheckIn) bool {
	for i := range cs {
		for j := range i {
			if cs[i].Time.Equal(cs[j].Time) {
				return true
			}
		}
	}
	return false
}
