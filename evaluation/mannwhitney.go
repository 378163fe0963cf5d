package evaluation

import (
	"math"

	"github.com/mentorkit/mentorkit/internal/fault"
)

// MannWhitneyConfig holds the settings of MannWhitneyU. The zero value is
// scipy 1.10.1's default: use_continuity=True, method="auto",
// alternative="two-sided".
type MannWhitneyConfig struct {
	// NoCorrection switches the continuity correction of the normal
	// approximation off; it is on by default, as in scipy
	// (use_continuity=True) and R (correct=TRUE).
	NoCorrection bool `json:"noCorrection,omitempty"`
	// Method is MethodExact or MethodAsymptotic; unset chooses as scipy's
	// method="auto" (see MannWhitneyU).
	Method Method `json:"method,omitempty"`
	// Alternative is the alternative hypothesis; the zero value is
	// TwoSided. Greater tests whether x tends to be larger than y, as R's
	// wilcox.test(x, y) and scipy.
	Alternative Alternative `json:"alternative,omitempty"`
}

// MannWhitney is the result of a Mann–Whitney U test.
type MannWhitney struct {
	// U1 is the U statistic of x, R1 - n1(n1+1)/2 with R1 the sum of the
	// (mid)ranks of x in the pooled sample: scipy's statistic and R's W.
	U1 float64 `json:"u1"`
	// U2 is n1·n2 - U1, the U statistic of y.
	U2 float64 `json:"u2"`
	// Z is the standardised statistic of the normal approximation, NaN for
	// the exact method.
	Z float64 `json:"z"`
	// PValue is the p-value under Alternative.
	PValue float64 `json:"pValue"`
	// Method is MethodExact or MethodAsymptotic, whichever was used.
	Method Method `json:"method"`
	// Alternative is the alternative hypothesis tested.
	Alternative Alternative `json:"alternative"`
	// ContinuityApplied reports whether the continuity correction entered
	// the p-value (only the approximation uses it).
	ContinuityApplied bool `json:"continuityApplied"`
	// Ties reports tied values in the pooled sample.
	Ties bool `json:"ties"`
	N1   int  `json:"n1"`
	N2   int  `json:"n2"`
}

// MannWhitneyU runs the Mann–Whitney U test (Wilcoxon rank-sum test) of x
// against y, as scipy.stats.mannwhitneyu 1.10.1 does.
//
// Method: unset (scipy's "auto") uses the normal approximation when both samples have
// more than 8 values or the pooled sample has ties, and the exact
// distribution otherwise. MethodExact with ties falls back to the
// approximation, as R's wilcox.test does (scipy would use the distribution
// without ties, which does not apply), and so does a request with
// n1·n2 > 250 000, where the approximation is accurate and the exact
// distribution would be costly.
//
// Exact: p = min(1, 2·P(U >= max(U1, U2))) from the null distribution of U
// (the coefficients of the Gaussian binomial [n1+n2 choose n1]_q, built in
// O(min(n1,n2)²·max(n1,n2)) time as probabilities, so the absolute error is
// about 1e-15). Under Greater p = P(U >= U1), under Less p = P(U <= U1).
//
// Approximation: z = (max(U1, U2) - n1n2/2 - 0.5·cc)/σ with the
// tie-corrected σ² = n1n2/12·((n+1) - Σ(t³-t)/(n(n-1))), cc = 1 with the
// continuity correction, p = min(1, 2·P(Z > z)). When every value is tied
// σ = 0 and, as scipy, p is 1 with the correction and NaN without it.
// Under Less and Greater z = (U1 - n1n2/2 - c)/σ with c = -0.5 and +0.5
// under the correction (R and scipy), and p = P(Z < z) or P(Z > z).
//
// Errors (*[FieldError], joined): an empty sample (ErrEmpty), non-finite
// values (ErrOutOfRange), an unknown Method or Alternative (ErrUnknownEnum). Inputs are
// not modified.
func MannWhitneyU(x, y []float64, cfg MannWhitneyConfig) (MannWhitney, error) {
	method, mErr := cfg.Method.resolve("cfg.method", "MannWhitneyU", 0, MethodExact, MethodAsymptotic)
	if err := fault.Join(sampleErrs("x", x, 1, "y", y, 1), mErr, checkAlternative("cfg.alternative", cfg.Alternative)); err != nil {
		return MannWhitney{}, err
	}
	n1, n2 := len(x), len(y)
	pooled := make([]float64, 0, n1+n2)
	pooled = append(append(pooled, x...), y...)
	ranks, tieTerm := midranks(pooled)
	var r1 float64
	for _, r := range ranks[:n1] {
		r1 += r
	}
	f1, f2 := float64(n1), float64(n2)
	u1 := r1 - f1*(f1+1)/2
	alt := cfg.Alternative
	res := MannWhitney{U1: u1, U2: f1*f2 - u1, Ties: tieTerm > 0, N1: n1, N2: n2, Z: math.NaN(), Alternative: alt}
	if method == 0 && n1 > 8 && n2 > 8 { // scipy's "auto"
		method = MethodAsymptotic
	}
	if method != MethodAsymptotic {
		method = MethodExact
	}
	if res.Ties || n1*n2 > maxExactMWU {
		method = MethodAsymptotic
	}
	res.Method = method
	u, cc := max(res.U1, res.U2), 0.5
	switch alt {
	case Greater:
		u = res.U1
	case Less:
		u, cc = res.U1, -0.5
	}
	if method == MethodExact {
		switch alt {
		case Greater:
			res.PValue = mwuSF(n1, n2, int(res.U1))
		case Less: // P(U1 <= u) = P(U2 >= n1n2 - u) and U2 has U1's law
			res.PValue = mwuSF(n1, n2, int(res.U2))
		default:
			res.PValue = min(1, 2*mwuSF(n1, n2, int(u)))
		}
		return res, nil
	}
	n := f1 + f2
	sigma := math.Sqrt(f1 * f2 / 12 * ((n + 1) - tieTerm/(n*(n-1))))
	num := u - f1*f2/2
	if !cfg.NoCorrection {
		num -= cc
		res.ContinuityApplied = true
	}
	res.Z = num / sigma
	if alt == TwoSided {
		res.PValue = min(1, 2*normSF(res.Z))
	} else {
		res.PValue = alt.normP(res.Z)
	}
	return res, nil
}

// maxExactMWU bounds n1·n2 for the exact distribution of U.
const maxExactMWU = 250_000

// mwuSF is P(U >= u) under H0 for samples of n1 and n2 values without
// ties. The distribution of U is that of the coefficients of the Gaussian
// binomial Π_{i=1..m} (1 - q^{k+i})/(1 - q^i), m = min(n1, n2),
// k = max(n1, n2); each factor is applied as a multiplication by
// (1 - q^{k+i}) and a division by (1 - q^i), then rescaled by i/(k+i) so
// the coefficients stay probabilities.
func mwuSF(n1, n2, u int) float64 {
	m, k := min(n1, n2), max(n1, n2)
	size := m*k + 1
	c := make([]float64, size)
	c[0] = 1
	deg := 0
	for i := 1; i <= m; i++ {
		// multiply by (1 - q^(k+i)): degree grows by k+i (capped at size).
		shift := k + i
		top := min(deg+shift, size-1)
		for s := top; s >= shift; s-- {
			c[s] -= c[s-shift]
		}
		// divide by (1 - q^i): e[s] = c[s] + e[s-i].
		deg += k
		for s := i; s <= deg; s++ {
			c[s] += c[s-i]
		}
		for s := deg + 1; s <= top; s++ {
			c[s] = 0
		}
		scale := float64(i) / float64(shift)
		for s := 0; s <= deg; s++ {
			c[s] *= scale
		}
	}
	if u <= 0 {
		return 1
	}
	if u >= size {
		return 0
	}
	var p float64
	for s := u; s < size; s++ {
		p += max(c[s], 0)
	}
	return p
}
