package evaluation

import (
	"math"

	"github.com/mentorkit/mentorkit/internal/fault"
)

// FisherConfig holds the settings of FisherExact. The zero value is
// scipy's default.
type FisherConfig struct {
	// Confidence is the level of the conditional odds-ratio interval,
	// strictly between 0 and 1; 0 means 0.95 (the default of scipy's
	// odds_ratio(...).confidence_interval and R's fisher.test).
	Confidence float64 `json:"confidence,omitempty"`
	// Alternative is the alternative hypothesis about the odds ratio; the
	// zero value is TwoSided. Greater tests an odds ratio above 1 (a
	// larger top-left cell), as R's fisher.test and scipy.
	Alternative Alternative `json:"alternative,omitempty"`
}

// Fisher is the result of Fisher's exact test on a 2×2 table
// [[a, b], [c, d]].
type Fisher struct {
	// OddsRatio is the sample odds ratio a·d/(b·c) that scipy's
	// fisher_exact reports: +Inf when b or c is 0, NaN when a row or column
	// sums to 0.
	OddsRatio float64 `json:"oddsRatio"`
	// PValue is the two-sided p-value: the total probability, under the
	// hypergeometric null with the table's margins, of all tables no more
	// probable than the observed one (within a relative 1e-14, as scipy).
	// It is 1 when a row or column sums to 0. Under Less it is P(X <= a),
	// under Greater P(X >= a).
	PValue float64 `json:"pValue"`
	// ConditionalOR is the conditional maximum-likelihood estimate of the
	// odds ratio, the one R's fisher.test reports: the non-centrality of
	// Fisher's non-central hypergeometric distribution whose mean is a.
	// 0 or +Inf when a is at the end of its support, NaN when a margin is 0.
	ConditionalOR float64 `json:"conditionalOR"`
	// CILow and CIHigh bound the exact conditional interval for the odds
	// ratio at Confidence ([0, +Inf] when a margin is 0); one-sided under
	// Less ([0, upper]) and Greater ([lower, +Inf]).
	CILow  float64 `json:"ciLow"`
	CIHigh float64 `json:"ciHigh"`
	// Confidence is the level of the interval.
	Confidence float64 `json:"confidence"`
	// Alternative is the alternative hypothesis tested.
	Alternative Alternative `json:"alternative"`
	// N is the table total a+b+c+d.
	N int `json:"n"`
}

// FisherExact runs Fisher's exact test on the 2×2 table
// [[a, b], [c, d]] = table, as scipy.stats.fisher_exact (p-value and sample
// odds ratio) and scipy.stats.contingency.odds_ratio(kind="conditional")
// (conditional MLE and its interval, which R's fisher.test also reports,
// there only to about 1e-4 because of uniroot) do.
//
// The p-value sums the null probabilities of every table with
// P ≤ P(observed)·(1+1e-14); R uses 1+1e-7, which matters only for tables
// whose probabilities agree to between 7 and 14 digits. The interval solves
// P(X ≥ a; ψ) = α/2 for the lower end and P(X ≤ a; ψ) = α/2 for the upper
// end, α = 1 - Confidence, with X non-central hypergeometric. Under
// Greater the p-value is P(X >= a; 1) and the interval [ψ_L, +Inf) with
// P(X >= a; ψ_L) = α; under Less P(X <= a; 1) and [0, ψ_U] with
// P(X <= a; ψ_U) = α, as R's fisher.test (which solves these roots only to
// about 1e-4; here they are converged).
//
// Probabilities are computed in log space from log-gamma, so large counts
// do not overflow; the cost is O(min(a+b, a+c)) per evaluation and about
// 200 evaluations per root (a total of 4,000,000 takes about 15 s).
//
// Every cell must be non-negative and the total at most 10,000,000 (the
// exact distribution of larger tables takes minutes and gigabytes, and
// larger totals could overflow int); otherwise the error joins
// *[FieldError] values wrapping [ErrOutOfRange] (an undeclared Alternative
// wraps [ErrUnknownEnum]).
func FisherExact(table [2][2]int, cfg FisherConfig) (Fisher, error) {
	var errs fault.Collector
	for i := range table {
		for j, v := range table[i] {
			if v < 0 {
				errs.Add(msgNegative.At(cell(i, j), v))
			}
		}
	}
	if errs.Len() == 0 {
		// Each cell is checked before summing, so the total cannot overflow.
		total := 0
		for i := range table {
			for _, v := range table[i] {
				total += min(v, maxFisherTotal+1)
			}
		}
		if total > maxFisherTotal {
			errs.Add(msgTableTooLarge.At("table", table, maxFisherTotal))
		}
	}
	conf, err := checkConfidence("cfg.confidence", cfg.Confidence, 0.95)
	errs.Add(err)
	errs.Add(checkAlternative("cfg.alternative", cfg.Alternative))
	if err := errs.Err(); err != nil {
		return Fisher{}, err
	}
	a, b, c, d := table[0][0], table[0][1], table[1][0], table[1][1]
	alt := cfg.Alternative
	res := Fisher{Confidence: conf, N: a + b + c + d, Alternative: alt}
	if a+b == 0 || c+d == 0 || a+c == 0 || b+d == 0 {
		res.OddsRatio, res.PValue, res.ConditionalOR = math.NaN(), 1, math.NaN()
		res.CILow, res.CIHigh = 0, math.Inf(1)
		return res, nil
	}
	if b > 0 && c > 0 {
		res.OddsRatio = float64(a) * float64(d) / (float64(b) * float64(c))
	} else {
		res.OddsRatio = math.Inf(1)
	}
	h := newHypergeom(a+b, c+d, a+c)
	alpha := 0.5 * (1 - conf)
	switch alt {
	case Less:
		res.PValue, alpha = min(1, h.cdf(a, 1)), 1-conf
	case Greater:
		res.PValue, alpha = min(1, h.sf(a, 1)), 1-conf
	default:
		res.PValue = h.twoSided(a)
	}
	res.ConditionalOR = h.conditionalMLE(a)
	res.CILow, res.CIHigh = 0, math.Inf(1)
	if res.OddsRatio != 0 && alt != Less {
		res.CILow = solveIncreasing(func(psi float64) float64 { return h.sf(a, psi) - alpha })
	}
	if !math.IsInf(res.OddsRatio, 1) && alt != Greater {
		res.CIHigh = solveIncreasing(func(psi float64) float64 { return alpha - h.cdf(a, psi) })
	}
	return res, nil
}

// maxFisherTotal bounds the table total of FisherExact: a table of
// 4,000,000 already takes about 15 s.
const maxFisherTotal = 10_000_000

// hypergeom is the distribution of the top-left cell X of a 2×2 table with
// row sums n1, n2 and first column sum m, under Fisher's non-central
// hypergeometric law with odds ratio ψ: P(X = x) ∝ C(n1,x)·C(n2,m-x)·ψ^x
// on x = lo..hi.
type hypergeom struct {
	n1, n2, m int
	lo, hi    int
	logw      []float64 // log C(n1,x) + log C(n2,m-x) for x = lo..hi
}

func newHypergeom(n1, n2, m int) hypergeom {
	lo, hi := max(0, m-n2), min(n1, m)
	h := hypergeom{n1: n1, n2: n2, m: m, lo: lo, hi: hi, logw: make([]float64, hi-lo+1)}
	for x := lo; x <= hi; x++ {
		h.logw[x-lo] = logChoose(n1, x) + logChoose(n2, m-x)
	}
	return h
}

func logChoose(n, k int) float64 {
	a, _ := math.Lgamma(float64(n + 1))
	b, _ := math.Lgamma(float64(k + 1))
	c, _ := math.Lgamma(float64(n - k + 1))
	return a - b - c
}

// weights returns the probabilities of x = lo..hi for odds ratio psi > 0.
func (h hypergeom) weights(psi float64) []float64 {
	lp := math.Log(psi)
	w := make([]float64, len(h.logw))
	top := math.Inf(-1)
	for i, l := range h.logw {
		w[i] = l + float64(h.lo+i)*lp
		top = max(top, w[i])
	}
	var s float64
	for i := range w {
		w[i] = math.Exp(w[i] - top)
		s += w[i]
	}
	for i := range w {
		w[i] /= s
	}
	return w
}

// twoSided is scipy's two-sided p-value for the observation x under the
// central law. The probabilities come from the ratio recurrence
// P(x+1)/P(x) = (n1-x)(m-x)/((x+1)(n2-m+x+1)) walked out from the mode,
// so that two tables of equal probability (a symmetric table) compare
// equal to within a few ulps, well inside scipy's relative 1e-14.
func (h hypergeom) twoSided(x int) float64 {
	k := len(h.logw)
	w := make([]float64, k)
	mode := 0
	for i, l := range h.logw {
		if l > h.logw[mode] {
			mode = i
		}
	}
	w[mode] = 1
	n1, n2, m := h.n1, h.n2, h.m
	for i := mode; i+1 < k; i++ {
		v := h.lo + i
		w[i+1] = w[i] * (float64(n1-v) * float64(m-v)) / (float64(v+1) * float64(n2-m+v+1))
	}
	for i := mode; i > 0; i-- {
		v := h.lo + i // P(v-1) = P(v)·v(n2-m+v)/((n1-v+1)(m-v+1))
		w[i-1] = w[i] * (float64(v) * float64(n2-m+v)) / (float64(n1-v+1) * float64(m-v+1))
	}
	limit := w[x-h.lo] * (1 + 1e-14)
	var p, total float64
	for _, v := range w {
		total += v
		if v <= limit {
			p += v
		}
	}
	return min(p/total, 1)
}

func (h hypergeom) mean(psi float64) float64 {
	var m float64
	for i, v := range h.weights(psi) {
		m += float64(h.lo+i) * v
	}
	return m
}

// cdf is P(X ≤ x; psi), summed from the nearer tail.
func (h hypergeom) cdf(x int, psi float64) float64 {
	w := h.weights(psi)
	var s float64
	for i := 0; i <= x-h.lo; i++ {
		s += w[i]
	}
	return s
}

// sf is P(X ≥ x; psi).
func (h hypergeom) sf(x int, psi float64) float64 {
	w := h.weights(psi)
	var s float64
	for i := x - h.lo; i < len(w); i++ {
		s += w[i]
	}
	return s
}

// conditionalMLE solves E[X; ψ] = x for ψ; 0 or +Inf at the ends of the
// support.
func (h hypergeom) conditionalMLE(x int) float64 {
	switch x {
	case h.lo:
		return 0
	case h.hi:
		return math.Inf(1)
	}
	return solveIncreasing(func(psi float64) float64 { return h.mean(psi) - float64(x) })
}

// solveIncreasing finds the root of an increasing function f on (0, ∞),
// as scipy's _solve does: bracket by doubling or halving from 1, then
// refine (bisection on log ψ, to the last bit). It returns 0 or +Inf when
// the bracket runs out of range.
func solveIncreasing(f func(float64) float64) float64 {
	lo, hi := 1.0, 1.0
	v := f(1)
	switch {
	case v == 0:
		return 1
	case v > 0:
		for f(lo) > 0 {
			lo /= 2
			if lo < 1e-300 {
				return 0
			}
		}
		hi = 2 * lo
	default:
		for f(hi) < 0 {
			hi *= 2
			if hi > 1e300 {
				return math.Inf(1)
			}
		}
		lo = hi / 2
	}
	for range 200 {
		mid := math.Sqrt(lo * hi)
		if !(mid > lo && mid < hi) {
			break
		}
		if f(mid) < 0 {
			lo = mid
		} else {
			hi = mid
		}
	}
	return 0.5 * (lo + hi)
}
