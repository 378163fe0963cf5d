package evaluation

import "math"

// WilsonInterval returns the Wilson score interval for a binomial
// proportion: successes out of n trials at the given confidence level
// (for example 0.95). It is the interval of statsmodels
// proportion_confint(method="wilson") and of R's prop.test(correct=FALSE):
//
//	z = Φ⁻¹(1 - (1-confidence)/2), p̂ = successes/n
//	centre = (p̂ + z²/(2n)) / (1 + z²/n)
//	half   = z·√(p̂(1-p̂)/n + z²/(4n²)) / (1 + z²/n)
//	[lo, hi] = [centre - half, centre + half]
//
// There is no continuity correction. The formula gives exactly 0 at
// successes = 0 and 1 at successes = n; there the endpoint is returned as
// that exact value (statsmodels leaves a rounding error of about 1e-17).
// Source: Wilson (1927), J. Am. Stat. Assoc. 22(158), 209-212.
//
// n must be at least 1, successes in [0, n] and confidence strictly between
// 0 and 1; otherwise the error is a *[FieldError] wrapping [ErrEmpty] (n)
// or [ErrOutOfRange].
func WilsonInterval(successes, n int, confidence float64) (lo, hi float64, err error) {
	if err := checkCount("successes", successes, "n", n); err != nil {
		return 0, 0, err
	}
	if !(confidence > 0 && confidence < 1) {
		return 0, 0, msgProbability.At("confidence", confidence)
	}
	nf := float64(n)
	p := float64(successes) / nf
	z := normQuantile(1 - (1-confidence)/2)
	z2 := z * z
	denom := 1 + z2/nf
	centre := (p + z2/(2*nf)) / denom
	half := z * math.Sqrt(p*(1-p)/nf+z2/(4*nf*nf)) / denom
	lo, hi = centre-half, centre+half
	if successes == 0 {
		lo = 0
	}
	if successes == n {
		hi = 1
	}
	return lo, hi, nil
}
