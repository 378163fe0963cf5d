package dist

import (
	"math"
	"slices"
)

// The noncentral t distribution, T = (Z + δ)/√(V/ν) with Z standard normal
// and V chi-square with ν degrees of freedom, by one integral over the
// denominator: with U = √(V/ν) and g its density,
//
//	P(T ≤ t) = ∫₀^∞ Φ(t·u − δ) g(u) du,   P(T > t) = ∫₀^∞ Φ(δ − t·u) g(u) du.
//
// Both integrands are log-concave (Φ and g are), so each has one mode: it
// is found by bisection on the derivative of the logarithm, the range is
// cut where the integrand has fallen by e⁻⁶⁰ on either side, and the rest
// is adaptive Gauss–Kronrod (7/15) to a relative 1e-15, on panels that
// also split at the step of Φ(t·u − δ) (u = δ/t, width 1/|t|), with a
// budget of 60,000 evaluations. g is written as R's dgamma writes it
// (Loader's saddle-point form, stirlerr and bd0), so it keeps its relative
// accuracy at large ν; the normal tail uses erfc and its asymptotic series
// beyond it. The argument t·u − δ is formed with one rounding (FMA, then
// offsets from the mode), so the integrand is smooth to the last bits. Unlike a series in the
// Poisson weights of δ²/2 (AS 243), the work does not grow with δ, and
// each tail is computed directly, so a tiny tail keeps its relative
// accuracy too. Against a 50-digit reference over df 1 … 10⁶ and δ to
// ±10⁴ (testdata/nct_grid.json, bench/refgen/nct_grid.py) the worst
// relative error of either tail is pinned by TestNoncentralTGrid.

// NoncentralTCDF is P(T ≤ t) for the noncentral t with df degrees of freedom and
// noncentrality delta. NaN for NaN arguments or df <= 0; tested for
// df >= 1 (below 1, g is unbounded at 0 and the quadrature is not made
// for it).
func NoncentralTCDF(t, df, delta float64) float64 {
	lo, _ := NoncentralTTails(t, df, delta)
	return lo
}

// NoncentralTSF is P(T > t), computed directly (not as 1 − NoncentralTCDF).
func NoncentralTSF(t, df, delta float64) float64 {
	_, up := NoncentralTTails(t, df, delta)
	return up
}

// NoncentralTTails returns both tails P(T ≤ t) and P(T > t); the smaller one is
// integrated and the other is its complement.
func NoncentralTTails(t, df, delta float64) (lower, upper float64) {
	switch {
	case math.IsNaN(t) || math.IsNaN(df) || math.IsNaN(delta) || !(df > 0):
		return math.NaN(), math.NaN()
	case math.IsInf(delta, 0):
		if math.IsInf(t, 0) && (t > 0) == (delta > 0) {
			return math.NaN(), math.NaN()
		}
		if delta > 0 {
			return 0, 1
		}
		return 1, 0
	case math.IsInf(t, 1):
		return 1, 0
	case math.IsInf(t, -1):
		return 0, 1
	case t == 0:
		return NormSF(delta), NormSF(-delta)
	case math.IsInf(df, 1):
		return NormSF(delta - t), NormSF(t - delta)
	}
	// Guess the smaller tail from the median of U (about 1).
	if t < delta {
		lower = nctIntegral(t, df, delta)
		if lower <= 0.5 {
			return lower, 1 - lower
		}
		upper = nctIntegral(-t, df, -delta)
		return 1 - upper, upper
	}
	upper = nctIntegral(-t, df, -delta)
	if upper <= 0.5 {
		return 1 - upper, upper
	}
	lower = nctIntegral(t, df, delta)
	return lower, 1 - lower
}

// nctIntegral is ∫₀^∞ Φ(t·u − δ) g(u) du, the lower tail at t (the upper
// tail is nctIntegral(−t, ν, −δ)). t is finite and nonzero.
func nctIntegral(t, df, delta float64) float64 {
	h := chiDensity(df)
	logf := func(u float64) float64 { return logNormCDF(math.FMA(t, u, -delta)) + h.log(u) }
	// d/du log f = t·φ(x)/Φ(x) + (ν−1)/u − ν·u, decreasing in u.
	deriv := func(u float64) float64 {
		return t*millsInv(math.FMA(t, u, -delta)) + (df-1)/u - df*u
	}
	lo, hi := 0.0, 1.0
	for i := 0; deriv(hi) > 0 && i < 2100; i++ {
		lo, hi = hi, 2*hi
	}
	if deriv(math.SmallestNonzeroFloat64) <= 0 {
		hi = 0
	}
	for range 2200 {
		m := 0.5 * (lo + hi)
		if m <= lo || m >= hi {
			break
		}
		if deriv(m) > 0 {
			lo = m
		} else {
			hi = m
		}
	}
	mode := 0.5 * (lo + hi)
	top := logf(mode)
	if math.IsInf(top, -1) || math.IsNaN(top) {
		return 0
	}
	// Cut where the integrand has fallen by e⁻⁶⁰ (relative 1e-26).
	step := 1e-3 * math.Max(mode, 1/math.Sqrt(df))
	step = math.Min(step, 1e-3/math.Abs(t))
	edge := func(dir float64) float64 {
		x, s := 0.0, step
		for range 2100 {
			y := x + dir*s
			if mode+y <= 0 {
				return -mode
			}
			if logf(mode+y) < top-60 {
				return y
			}
			x, s = y, 2*s
		}
		return x
	}
	a, b := edge(-1), edge(1)
	// The integrand in the offset s = u − mode, so that t·u − δ is
	// x₀ + t·s with x₀ rounded once: no rounding noise of t·u.
	x0 := math.FMA(t, mode, -delta)
	q := gkQuad{f: func(s float64) float64 {
		u := mode + s
		if u <= 0 {
			return 0
		}
		return math.Exp(logNormCDF(x0+t*s) + h.log(u))
	}, budget: 60000}
	// Panels: eight equal ones, and around the step of Φ(t·u − δ) at
	// u = δ/t (width 1/|t|) doubling outwards, so no panel straddles it.
	cuts := make([]float64, 0, 9+2*64)
	for i := range 9 {
		cuts = append(cuts, a+(b-a)*float64(i)/8)
	}
	if c := delta/t - mode; delta/t > 0 && c > a && c < b {
		cuts = append(cuts, c)
		for w := 1 / math.Abs(t); w < b-a; w *= 2 {
			cuts = append(cuts, c-w, c+w)
		}
	}
	slices.Sort(cuts)
	var est float64
	parts := make([]float64, len(cuts)-1)
	errs := make([]float64, len(cuts)-1)
	for i := range parts {
		lo, hi := max(a, cuts[i]), min(b, cuts[i+1])
		if hi > lo {
			parts[i], errs[i] = q.gk15(lo, hi)
			est += parts[i]
		}
	}
	var total float64
	for i := range parts {
		lo, hi := max(a, cuts[i]), min(b, cuts[i+1])
		if errs[i] <= 1e-15*est || hi <= lo {
			total += parts[i]
			continue
		}
		total += q.adapt(lo, hi, 1e-15*est, 50)
	}
	return min(1, total)
}

// gkQuad is adaptive Gauss–Kronrod quadrature of f with a budget of
// function evaluations.
type gkQuad struct {
	f      func(float64) float64
	budget int
}

// adapt estimates ∫_a^b f by halving until the Gauss–Kronrod differences
// of the halves are below tol or below 1e-14 of the halves themselves.
func (q *gkQuad) adapt(a, b, tol float64, depth int) float64 {
	m := 0.5 * (a + b)
	l, el := q.gk15(a, m)
	r, er := q.gk15(m, b)
	if depth == 0 || q.budget <= 0 || el+er <= max(tol, 1e-14*(l+r)) || m <= a || m >= b {
		return l + r
	}
	return q.adapt(a, m, 0.5*tol, depth-1) + q.adapt(m, b, 0.5*tol, depth-1)
}

// Gauss–Kronrod 7/15 nodes and weights on [-1, 1] (QUADPACK's qk15).
var (
	gkX = [8]float64{0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
		0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
		0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
		0.207784955007898467600689403773245, 0}
	gkWK = [8]float64{0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
		0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
		0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
		0.204432940075298892414161999234649, 0.209482141084727828012999174891714}
	gkWG = [4]float64{0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
		0.381830050505118944950369775488975, 0.417959183673469387755102040816327}
)

// gk15 is the 15-point Kronrod estimate of ∫_a^b f and its distance from
// the 7-point Gauss estimate.
func (q *gkQuad) gk15(a, b float64) (k, diff float64) {
	q.budget -= 15
	f := q.f
	c, h := 0.5*(a+b), 0.5*(b-a)
	fc := f(c)
	k = gkWK[7] * fc
	g := gkWG[3] * fc
	for i := range 7 {
		y := f(c-h*gkX[i]) + f(c+h*gkX[i])
		k += gkWK[i] * y
		if i%2 == 1 {
			g += gkWG[i/2] * y
		}
	}
	return k * h, math.Abs((k - g) * h)
}

// chiDens is the density g of U = √(V/ν), V chi-square with ν degrees of
// freedom: g(u) = 2ν·u·f_V(ν·u²), with f_V the gamma(ν/2, scale 2)
// density in R's dgamma form.
type chiDens struct {
	df, shape float64
	small     bool
	at0       float64 // g(0): nonzero only for ν = 1
}

func chiDensity(df float64) chiDens {
	c := chiDens{df: df, shape: 0.5 * df, small: df < 2}
	if df == 1 {
		c.at0 = math.Sqrt(2 / math.Pi)
	}
	return c
}

// log returns log g(u) for u > 0.
func (c chiDens) log(u float64) float64 {
	if u == 0 {
		return math.Log(c.at0)
	}
	v := c.df * u * u
	x := 0.5 * v // v/scale
	if c.small {
		// f_V(v) = dpois(shape, v/2)·shape/v, g = dpois(shape, v/2)·ν/u.
		return LogDpois(c.shape, x) + math.Log(c.df/u)
	}
	// f_V(v) = dpois(shape−1, v/2)/2, g = dpois(shape−1, v/2)·ν·u.
	return LogDpois(c.shape-1, x) + math.Log(c.df*u)
}

// LogDpois is the log of e^{−λ}λ^x/Γ(x+1) for real x >= 0, by Loader's
// form −stirlerr(x) − bd0(x, λ) − ½·log(2πx) (R's dpois_raw).
func LogDpois(x, lambda float64) float64 {
	switch {
	case lambda == 0:
		if x == 0 {
			return 0
		}
		return math.Inf(-1)
	case math.IsInf(lambda, 1) || x < 0:
		return math.Inf(-1)
	case x <= lambda*math.SmallestNonzeroFloat64 || x == 0:
		return -lambda
	case lambda < x*math.SmallestNonzeroFloat64:
		lg, _ := math.Lgamma(x + 1)
		return -lambda + x*math.Log(lambda) - lg
	}
	return -stirlerr(x) - bd0(x, lambda) - 0.5*math.Log(2*math.Pi*x)
}

// stirlerr is log Γ(n+1) − (n+½)·log n + n − ½·log 2π, the error of
// Stirling's formula (Loader 2000; R's stirlerr).
func stirlerr(n float64) float64 {
	const (
		s0 = 1.0 / 12
		s1 = 1.0 / 360
		s2 = 1.0 / 1260
		s3 = 1.0 / 1680
		s4 = 1.0 / 1188
	)
	if n <= 15 {
		lg, _ := math.Lgamma(n + 1)
		return lg - (n+0.5)*math.Log(n) + n - 0.5*math.Log(2*math.Pi)
	}
	nn := n * n
	switch {
	case n > 500:
		return (s0 - s1/nn) / n
	case n > 80:
		return (s0 - (s1-s2/nn)/nn) / n
	case n > 35:
		return (s0 - (s1-(s2-s3/nn)/nn)/nn) / n
	}
	return (s0 - (s1-(s2-(s3-s4/nn)/nn)/nn)/nn) / n
}

// bd0 is x·log(x/np) + np − x, summed as a series where x is close to np
// so it keeps its relative accuracy (Loader 2000; R's bd0).
func bd0(x, np float64) float64 {
	if math.Abs(x-np) < 0.1*(x+np) {
		v := (x - np) / (x + np)
		s := (x - np) * v
		if math.Abs(s) < math.SmallestNonzeroFloat64 {
			return s
		}
		ej := 2 * x * v
		v *= v
		for j := 1; j < 1000; j++ {
			ej *= v
			s1 := s + ej/float64(2*j+1)
			if s1 == s {
				return s1
			}
			s = s1
		}
	}
	return x*math.Log(x/np) + np - x
}

// logNormCDF is log Φ(z); below −37 (where erfc underflows) by the
// asymptotic series of the Mills ratio.
func logNormCDF(z float64) float64 {
	switch {
	case z > 5:
		return math.Log1p(-NormSF(z))
	case z > -37:
		return math.Log(NormCDF(z))
	}
	r := 1 / (z * z)
	s := 1 - r*(1-3*r*(1-5*r*(1-7*r*(1-9*r))))
	return -0.5*z*z - math.Log(-z) - 0.5*math.Log(2*math.Pi) + math.Log(s)
}

// millsInv is φ(z)/Φ(z), the derivative of log Φ.
func millsInv(z float64) float64 {
	if z > -37 {
		return math.Exp(-0.5*z*z-0.5*math.Log(2*math.Pi)) / NormCDF(z)
	}
	r := 1 / (z * z)
	s := 1 - r*(1-3*r*(1-5*r*(1-7*r*(1-9*r))))
	return -z / s
}

// NoncentralTQuantile is the p quantile of the noncentral t: the t with
// P(T ≤ t) = p, to a relative 1e-14. NaN outside (0, 1).
func NoncentralTQuantile(p, df, delta float64) float64 {
	if !(p > 0 && p < 1) || math.IsNaN(df) || !(df > 0) || math.IsNaN(delta) || math.IsInf(delta, 0) {
		return math.NaN()
	}
	// P(T ≤ t) − p increases in t; the tail nearer p is compared.
	f := func(t float64) float64 {
		lo, up := NoncentralTTails(t, df, delta)
		if p > 0.5 {
			return (1 - p) - up
		}
		return lo - p
	}
	return nctRoot(f, delta, math.Max(1, math.Abs(delta)))
}

// NoncentralTDeltaInterval returns the noncentralities δ_L <= δ_U for which the
// observed t is the (1+c)/2 and (1-c)/2 quantile of the noncentral t with
// df degrees of freedom: F(t; df, δ_L) = (1+c)/2, F(t; df, δ_U) = (1-c)/2
// (the confidence interval for δ by inverting the distribution, Steiger &
// Fouladi 1997). Each root is bracketed by doubling and found by Brent's
// method to 1e-14·max(1, |δ|); the tail nearer the target is compared, so
// the (1+c)/2 bound is as accurate as the other.
func NoncentralTDeltaInterval(t, df, c float64) (lo, hi float64) {
	return nctSolve(t, df, 0.5+0.5*c), nctSolve(t, df, 0.5-0.5*c)
}

// nctSolve returns the δ with P(T ≤ t; df, δ) = target.
func nctSolve(t, df, target float64) float64 {
	// P(T ≤ t) decreases in δ, so −(it − target) increases.
	f := func(d float64) float64 {
		lo, up := NoncentralTTails(t, df, d)
		if target > 0.5 {
			return up - (1 - target)
		}
		return target - lo
	}
	return nctRoot(f, t, math.Max(1, math.Abs(t)))
}

// nctRoot finds the root of an increasing f near start: brackets
// it by doubling steps from start, then Brent's method to a tolerance of
// 1e-14·max(1, |x|).
func nctRoot(f func(float64) float64, start, step float64) float64 {
	a, b := start-step, start+step
	fa, fb := f(a), f(b)
	for s := step; fa > 0 && !math.IsInf(a, 0); s *= 2 {
		b, fb = a, fa
		a -= s
		fa = f(a)
	}
	for s := step; fb < 0 && !math.IsInf(b, 0); s *= 2 {
		a, fa = b, fb
		b += s
		fb = f(b)
	}
	if math.IsNaN(fa) || math.IsNaN(fb) || fa > 0 || fb < 0 {
		return math.NaN()
	}
	return brent(f, a, b, fa, fb)
}

// brent is Zero with the tolerance the interval inversions use.
func brent(f func(float64) float64, a, b, fa, fb float64) float64 {
	x, _ := Zero(f, a, b, fa, fb, 0.5e-14, 1, 200)
	return x
}

// Zero finds x in the bracket [a, b] with f(x) = 0 by Brent's method
// (zeroin); fa and fb are f(a) and f(b), of opposite signs or zero. It
// stops when the bracket is within rel·max(floor, |x|) or after maxIter
// steps. ok is false when f gives NaN.
func Zero(f func(float64) float64, a, b, fa, fb, rel, floor float64, maxIter int) (x float64, ok bool) {
	switch {
	case math.IsNaN(fa) || math.IsNaN(fb):
		return math.NaN(), false
	case fa == 0:
		return a, true
	case fb == 0:
		return b, true
	}
	c, fc := a, fa
	d := b - a
	e := d
	for range maxIter {
		if (fb > 0) == (fc > 0) {
			c, fc = a, fa
			d = b - a
			e = d
		}
		if math.Abs(fc) < math.Abs(fb) {
			a, b, c = b, c, b
			fa, fb, fc = fb, fc, fb
		}
		tol := rel * math.Max(floor, math.Abs(b))
		m := 0.5 * (c - b)
		if math.Abs(m) <= tol || fb == 0 {
			return b, true
		}
		if math.Abs(e) >= tol && math.Abs(fa) > math.Abs(fb) {
			var p, q float64
			s := fb / fa
			if a == c {
				p, q = 2*m*s, 1-s
			} else {
				qq, r := fa/fc, fb/fc
				p = s * (2*m*qq*(qq-r) - (b-a)*(r-1))
				q = (qq - 1) * (r - 1) * (s - 1)
			}
			if p > 0 {
				q = -q
			} else {
				p = -p
			}
			if 2*p < min(3*m*q-math.Abs(tol*q), math.Abs(e*q)) {
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
		if fb = f(b); math.IsNaN(fb) {
			return math.NaN(), false
		}
	}
	return b, true
}
