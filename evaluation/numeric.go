package evaluation

import (
	"math"
	"slices"

	"github.com/mentorkit/mentorkit/evaluation/internal/dist"
	"gonum.org/v1/gonum/mathext"
	"gonum.org/v1/gonum/stat/distuv"
)

// This file holds the distribution functions and small numeric helpers the
// tests share. Each wraps gonum behind the argument checks gonum leaves to
// its callers (gonum panics on bad parameters; these return NaN).

// meanVar returns the mean and the sample variance (n-1 denominator) of x,
// computed in two passes as numpy and R do. The variance is NaN for n < 2.
func meanVar(x []float64) (mean, variance float64) {
	mean = sum(x) / float64(len(x))
	if len(x) < 2 {
		return mean, math.NaN()
	}
	return mean, sumSqDev(x, mean) / float64(len(x)-1)
}

func sum(x []float64) float64 {
	var s float64
	for _, v := range x {
		s += v
	}
	return s
}

// sumSqDev returns the sum of squared deviations of x from m.
func sumSqDev(x []float64, m float64) float64 {
	var s float64
	for _, v := range x {
		d := v - m
		s += d * d
	}
	return s
}

// normSF is the upper tail P(Z > z) of the standard normal, accurate in the
// far tail (it uses erfc, not 1 - erf).
func normSF(z float64) float64 { return 0.5 * math.Erfc(z/math.Sqrt2) }

// normQuantile is the standard normal quantile; NaN outside [0, 1].
func normQuantile(p float64) float64 {
	if !(p >= 0 && p <= 1) {
		return math.NaN()
	}
	return distuv.UnitNormal.Quantile(p)
}

// tTwoSided is the two-sided p-value 2·P(T_df > |t|), computed as the
// regularised incomplete beta I_{df/(df+t²)}(df/2, 1/2). It is 0 for
// t = ±Inf and NaN for NaN arguments or df <= 0.
func tTwoSided(t, df float64) float64 {
	switch {
	case math.IsNaN(t) || math.IsNaN(df) || !(df > 0):
		return math.NaN()
	case math.IsInf(t, 0):
		return 0
	case math.IsInf(df, 1):
		return 2 * normSF(math.Abs(t))
	}
	return mathext.RegIncBeta(0.5*df, 0.5, df/(df+t*t))
}

// tQuantile is the p quantile of Student's t with df degrees of freedom;
// NaN for df <= 0, NaN arguments or p outside (0, 1).
func tQuantile(p, df float64) float64 {
	if math.IsNaN(df) || !(df > 0) || !(p > 0 && p < 1) {
		return math.NaN()
	}
	if math.IsInf(df, 1) {
		return normQuantile(p)
	}
	return distuv.StudentsT{Mu: 0, Sigma: 1, Nu: df}.Quantile(p)
}

// chi2SF is the upper tail P(X > x) of the chi-square distribution with df
// degrees of freedom; NaN for NaN x or df <= 0.
func chi2SF(x, df float64) float64 {
	switch {
	case math.IsNaN(x) || !(df > 0):
		return math.NaN()
	case x <= 0:
		return 1
	case math.IsInf(x, 1):
		return 0
	}
	_, q := gammaIncTails(0.5*df, 0.5*x)
	return q
}

// midranks returns the ranks of x (1-based, ties get the mean of the ranks
// they span, as scipy.stats.rankdata's "average") and the tie term
// Σ(t³ - t) over the groups of t equal values. x is not modified.
func midranks(x []float64) (ranks []float64, tieTerm float64) {
	n := len(x)
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		switch {
		case x[a] < x[b]:
			return -1
		case x[a] > x[b]:
			return 1
		}
		return 0
	})
	ranks = make([]float64, n)
	for i := 0; i < n; {
		j := i + 1
		for j < n && x[idx[j]] == x[idx[i]] {
			j++
		}
		r := 0.5 * float64(i+1+j) // mean of ranks i+1 .. j
		for k := i; k < j; k++ {
			ranks[idx[k]] = r
		}
		if t := float64(j - i); t > 1 {
			tieTerm += t*t*t - t
		}
		i = j
	}
	return ranks, tieTerm
}

// scaleExp returns the exponent e of a power of two that brings the
// largest magnitude among the samples and the extra values into [0.5, 1)
// when that magnitude lies beyond 2^±400, where squares and sums of
// squares over- or underflow, and 0 otherwise. Scaling by 2^−e is exact,
// so statistics that do not depend on the unit (t, p, d) come out right
// and those that do are scaled back by 2^e.
func scaleExp(extra []float64, samples ...[]float64) int {
	var top float64
	for _, v := range extra {
		top = max(top, math.Abs(v))
	}
	for _, x := range samples {
		for _, v := range x {
			top = max(top, math.Abs(v))
		}
	}
	if top == 0 || (top < 0x1p400 && top > 0x1p-400) {
		return 0
	}
	_, e := math.Frexp(top)
	return e
}

// scaled returns x·2^−e: x itself when e is 0, a new slice otherwise.
func scaled(x []float64, e int) []float64 {
	if e == 0 {
		return x
	}
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = math.Ldexp(v, -e)
	}
	return out
}

// gammaIncTails returns the regularised incomplete gamma functions
// P(a, x) and Q(a, x) = 1 − P(a, x) for a > 0, x >= 0: the smaller one
// directly (the series of P for x < a + 1, Legendre's continued fraction
// of Q by Lentz's method beyond), the other as its complement. The common
// factor x^a·e^(−x)/Γ(a+1) is Loader's saddle-point form (logDpoisRaw), so
// it keeps its relative accuracy for large a, where exp(a·log x − x −
// lgamma(a+1)) loses a·ε. NaN for NaN arguments, a <= 0 or x < 0.
func gammaIncTails(a, x float64) (p, q float64) {
	switch {
	case math.IsNaN(a) || math.IsNaN(x) || !(a > 0) || x < 0:
		return math.NaN(), math.NaN()
	case x == 0:
		return 0, 1
	case math.IsInf(x, 1):
		return 1, 0
	case math.IsInf(a, 1):
		return 0, 1
	}
	d := math.Exp(dist.LogDpois(a, x)) // x^a e^−x / Γ(a+1)
	const eps = 1e-17
	if x < a+1 {
		// P = D·Σ_k x^k / ((a+1)…(a+k))
		sum, term := 1.0, 1.0
		for k := 1.0; k < 1e7; k++ {
			term *= x / (a + k)
			sum += term
			if term < eps*sum {
				break
			}
		}
		p = d * sum
		return p, 1 - p
	}
	// Q = D·a·1/(x+1−a− 1·(1−a)/(x+3−a− 2·(2−a)/(x+5−a− …)))
	const tiny = 1e-300
	b := x + 1 - a
	c := 1 / tiny
	e := 1 / b
	h := e
	for i := 1.0; i < 1e7; i++ {
		an := -i * (i - a)
		b += 2
		e = an*e + b
		if math.Abs(e) < tiny {
			e = tiny
		}
		c = b + an/c
		if math.Abs(c) < tiny {
			c = tiny
		}
		e = 1 / e
		del := e * c
		h *= del
		if math.Abs(del-1) < eps {
			break
		}
	}
	q = d * a * h
	return 1 - q, q
}
