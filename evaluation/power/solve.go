package power

import "math"

// root finds x in [lo, hi] with f(x) = 0 for a continuous f whose values
// at the ends have opposite signs, by Brent's method (zeroin) to a
// relative 4e-16. ok is false when the ends do not bracket a root or a
// value is NaN.
func root(f func(float64) float64, lo, hi float64) (x float64, ok bool) {
	a, b := lo, hi
	fa, fb := f(a), f(b)
	switch {
	case math.IsNaN(fa) || math.IsNaN(fb):
		return math.NaN(), false
	case fa == 0:
		return a, true
	case fb == 0:
		return b, true
	case (fa > 0) == (fb > 0):
		return math.NaN(), false
	}
	c, fc := a, fa
	d := b - a
	e := d
	for range 300 {
		if (fb > 0) == (fc > 0) {
			c, fc = a, fa
			d = b - a
			e = d
		}
		if math.Abs(fc) < math.Abs(fb) {
			a, b, c = b, c, b
			fa, fb, fc = fb, fc, fb
		}
		tol := 4e-16*math.Abs(b) + 1e-300
		m := 0.5 * (c - b)
		if math.Abs(m) <= tol || fb == 0 {
			return b, true
		}
		if math.Abs(e) >= tol && math.Abs(fa) > math.Abs(fb) {
			s := fb / fa
			var p, q float64
			if a == c {
				p, q = 2*m*s, 1-s
			} else {
				q0, r := fa/fc, fb/fc
				p = s * (2*m*q0*(q0-r) - (b-a)*(r-1))
				q = (q0 - 1) * (r - 1) * (s - 1)
			}
			if p > 0 {
				q = -q
			} else {
				p = -p
			}
			if 2*p < math.Min(3*m*q-math.Abs(tol*q), math.Abs(e*q)) {
				e, d = d, p/q
			} else {
				d, e = m, m
			}
		} else {
			d, e = m, m
		}
		a, fa = b, fb
		switch {
		case math.Abs(d) > tol:
			b += d
		case m > 0:
			b += tol
		default:
			b -= tol
		}
		fb = f(b)
		if math.IsNaN(fb) {
			return math.NaN(), false
		}
	}
	return b, true
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
