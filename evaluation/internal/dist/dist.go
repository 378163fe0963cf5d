// Package dist holds the distribution functions that evaluation's
// subpackages share: the noncentral t distribution (for power and sample
// size) and thin wrappers of the normal and Student's t that return NaN
// instead of panicking on bad parameters.
//
// The noncentral t is Lenth's series as package evaluation evaluated it
// when this package was written (issue 22 is making evaluation's own
// evaluation exact over a wider range; once it lands, evaluation's
// noncentral t belongs here and the two become one).
package dist

import (
	"math"

	"gonum.org/v1/gonum/mathext"
	"gonum.org/v1/gonum/stat/distuv"
)

// NormSF is the upper tail P(Z > z) of the standard normal (erfc, so the
// far tail keeps its relative accuracy).
func NormSF(z float64) float64 { return 0.5 * math.Erfc(z/math.Sqrt2) }

// NormCDF is P(Z <= z) of the standard normal.
func NormCDF(z float64) float64 { return 0.5 * math.Erfc(-z/math.Sqrt2) }

// NormQuantile is the p quantile of the standard normal; NaN outside
// [0, 1].
func NormQuantile(p float64) float64 {
	if !(p >= 0 && p <= 1) {
		return math.NaN()
	}
	return distuv.UnitNormal.Quantile(p)
}

// TQuantile is the p quantile of Student's t with df degrees of freedom;
// NaN for df <= 0, NaN arguments or p outside (0, 1).
func TQuantile(p, df float64) float64 {
	if math.IsNaN(df) || !(df > 0) || !(p > 0 && p < 1) {
		return math.NaN()
	}
	if math.IsInf(df, 1) {
		return NormQuantile(p)
	}
	return distuv.StudentsT{Mu: 0, Sigma: 1, Nu: df}.Quantile(p)
}

// tTwoSided is 2·P(T_df > |t|).
func tTwoSided(t, df float64) float64 {
	switch {
	case math.IsNaN(t) || math.IsNaN(df) || !(df > 0):
		return math.NaN()
	case math.IsInf(t, 0):
		return 0
	case math.IsInf(df, 1):
		return 2 * NormSF(math.Abs(t))
	}
	return mathext.RegIncBeta(0.5*df, 0.5, df/(df+t*t))
}

// NoncentralTCDF is the distribution function P(T <= t) of the noncentral
// t distribution with df degrees of freedom and noncentrality delta, by
// the series of Lenth (1989, "Algorithm AS 243", Applied Statistics 38,
// 185-189) for t >= 0,
//
//	F(t) = Φ(-δ) + ½ Σ_j [p_j·I_x(j+½, ν/2) + q_j·I_x(j+1, ν/2)]
//	p_j = e^{-λ}λ^j/j!, q_j = δ/√2·e^{-λ}λ^j/Γ(j+3/2), λ = δ²/2,
//	x = t²/(t²+ν),
//
// and F(t; ν, δ) = 1 - F(-t; ν, -δ) for t < 0. The sum starts at the
// largest Poisson weight and runs both ways until the weights fall below
// 1e-17. For |δ| > 50 or ν > 4·10⁵ it uses the normal approximation of
// Abramowitz & Stegun 26.7.10, as R's pnt does beyond its series. NaN for
// NaN arguments or df <= 0.
func NoncentralTCDF(t, df, delta float64) float64 {
	switch {
	case math.IsNaN(t) || math.IsNaN(df) || math.IsNaN(delta) || !(df > 0) || math.IsInf(delta, 0):
		return math.NaN()
	case math.IsInf(t, 1):
		return 1
	case math.IsInf(t, -1):
		return 0
	}
	if t < 0 {
		return 1 - NoncentralTCDF(-t, df, -delta)
	}
	if delta == 0 {
		if t == 0 {
			return 0.5
		}
		return 1 - 0.5*tTwoSided(t, df)
	}
	base := NormSF(delta) // Φ(-δ)
	if t == 0 {
		return base
	}
	if df > 4e5 || math.Abs(delta) > 50 {
		s := 1 / (4 * df)
		return NormCDF((t*(1-s) - delta) / math.Sqrt(1+t*t*2*s))
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
