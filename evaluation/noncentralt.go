package evaluation

import (
	"math"

	"gonum.org/v1/gonum/mathext"
)

// nctCDF is the distribution function P(T <= t) of the noncentral t
// distribution with df degrees of freedom and noncentrality delta, by the
// series of Lenth (1989, "Algorithm AS 243", Applied Statistics 38,
// 185-189) for t >= 0,
//
//	F(t) = Φ(-δ) + ½ Σ_j [p_j·I_x(j+½, ν/2) + q_j·I_x(j+1, ν/2)]
//	p_j = e^{-λ}λ^j/j!, q_j = δ/√2·e^{-λ}λ^j/Γ(j+3/2), λ = δ²/2,
//	x = t²/(t²+ν),
//
// and F(t; ν, δ) = 1 - F(-t; ν, -δ) for t < 0. Unlike AS 243 the sum
// starts at the largest Poisson weight (j = ⌊λ⌋) and runs both ways until
// the weights fall below 1e-17, so large noncentralities do not underflow.
// For |δ| > 50 or ν > 4·10⁵ it uses the normal approximation of
// Abramowitz & Stegun 26.7.10, Φ((t(1-s) - δ)/√(1 + 2t²s)) with
// s = 1/(4ν), as R's pnt does beyond its series (|δ| > 37.6).
// Arguments must be finite with df > 0 (the callers check).
func nctCDF(t, df, delta float64) float64 {
	if t < 0 {
		return 1 - nctCDF(-t, df, -delta)
	}
	if delta == 0 {
		if t == 0 {
			return 0.5
		}
		return 1 - 0.5*tTwoSided(t, df)
	}
	base := normSF(delta) // Φ(-δ)
	if t == 0 {
		return base
	}
	if df > 4e5 || math.Abs(delta) > 50 {
		// Abramowitz & Stegun 26.7.10, as R's pnt beyond its series.
		s := 1 / (4 * df)
		return normCDF((t*(1-s) - delta) / math.Sqrt(1+t*t*2*s))
	}
	x := t * t / (t*t + df)
	lam := 0.5 * delta * delta
	logLam := math.Log(lam)
	logAbsD := math.Log(math.Abs(delta)) - 0.5*math.Ln2
	sign := 1.0
	if delta < 0 {
		sign = -1
	}
	term := func(j int) (sum, weight float64) {
		jf := float64(j)
		lg1, _ := math.Lgamma(jf + 1)
		lg2, _ := math.Lgamma(jf + 1.5)
		lp := -lam + jf*logLam - lg1
		lq := -lam + jf*logLam - lg2 + logAbsD
		p, q := math.Exp(lp), sign*math.Exp(lq)
		return p*mathext.RegIncBeta(jf+0.5, 0.5*df, x) + q*mathext.RegIncBeta(jf+1, 0.5*df, x), math.Abs(p) + math.Abs(q)
	}
	const tiny = 1e-17
	mode := int(lam)
	var s float64
	for j := mode; ; j++ {
		v, w := term(j)
		s += v
		if w < tiny && j > mode || j > mode+100000 {
			break
		}
	}
	for j := mode - 1; j >= 0; j-- {
		v, w := term(j)
		s += v
		if w < tiny {
			break
		}
	}
	return min(1, max(0, base+0.5*s))
}

// nctDeltaInterval returns the noncentralities δ_L <= δ_U for which the
// observed t is the (1+c)/2 and (1-c)/2 quantile of the noncentral t with
// df degrees of freedom: F(t; df, δ_L) = (1+c)/2, F(t; df, δ_U) = (1-c)/2
// (the confidence interval for δ by inverting the distribution, Steiger &
// Fouladi 1997). F decreases in δ; each root is bracketed by doubling and
// found by bisection to a relative 1e-13.
func nctDeltaInterval(t, df, c float64) (lo, hi float64) {
	return nctSolve(t, df, 0.5+0.5*c), nctSolve(t, df, 0.5-0.5*c)
}

func nctSolve(t, df, target float64) float64 {
	f := func(d float64) float64 { return nctCDF(t, df, d) - target }
	// F is decreasing in δ: find a < b with f(a) > 0 > f(b).
	step := math.Max(1, math.Abs(t))
	a, b := t-step, t+step
	for i := 0; f(a) < 0 && i < 60; i++ {
		a -= step
		step *= 2
	}
	step = math.Max(1, math.Abs(t))
	for i := 0; f(b) > 0 && i < 60; i++ {
		b += step
		step *= 2
	}
	for range 200 {
		m := 0.5 * (a + b)
		if m == a || m == b || b-a <= 1e-13*math.Max(1, math.Abs(m)) {
			break
		}
		if f(m) > 0 {
			a = m
		} else {
			b = m
		}
	}
	return 0.5 * (a + b)
}
