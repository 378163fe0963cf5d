package power

import (
	"math"

	"github.com/mentorkit/mentorkit/evaluation/internal/dist"
)

// root finds x in [lo, hi] with f(x) = 0 for a continuous f whose values
// at the ends have opposite signs, by Brent's method (dist.Zero) to a
// relative 4e-16. ok is false when the ends do not bracket a root or a
// value is NaN.
func root(f func(float64) float64, lo, hi float64) (x float64, ok bool) {
	fa, fb := f(lo), f(hi)
	if fa != 0 && fb != 0 && (fa > 0) == (fb > 0) {
		return math.NaN(), false
	}
	return dist.Zero(f, lo, hi, fa, fb, 4e-16, 2.5e-285, 300)
}

// increasingRoot solves f(x) = target for f increasing on [lo, ∞): it
// doubles hi (up to limit) until f(hi) >= target. ok is false when
// f(lo) > target (below returns true then) or f never reaches target.
func increasingRoot(f func(float64) float64, target, lo, hi, limit float64) (x float64, below, ok bool) {
	g := func(x float64) float64 { return f(x) - target }
	if v := g(lo); v > 0 {
		return lo, true, false
	} else if v == 0 {
		return lo, false, true
	}
	for g(hi) < 0 {
		if hi >= limit {
			return math.NaN(), false, false
		}
		lo, hi = hi, min(2*hi, limit)
	}
	x, ok = root(g, lo, hi)
	return x, false, ok
}
