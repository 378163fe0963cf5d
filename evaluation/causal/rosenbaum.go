package causal

import (
	"math"
	"slices"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
)

// MaxExactPairs is the largest number of non-zero pairs for which
// [Rosenbaum] computes the exact bound and its critical Γ; the convolution
// takes O(n³) time per Γ.
// Beyond it PUpperExact is NaN (the normal bound differs from the exact one
// by less than 0.01 from about 30 pairs on).
const MaxExactPairs = 200

// SensitivityConfig sets the Γ values and the level of [Rosenbaum].
type SensitivityConfig struct {
	// Gammas are the values of Γ ≥ 1 to report, in the caller's order;
	// nil means 1, 1.5, 2, 3.
	Gammas []float64 `json:"gammas"`
	// Confidence is 1 − α of the one-sided test; 0 means 0.95. The Γ at
	// which significance is lost is where the upper bound reaches α.
	Confidence float64 `json:"confidence,omitempty"`
}

// Bound is the range of the one-sided p-value of the signed-rank test when
// hidden bias may change the odds of treatment within a pair by up to Γ.
type Bound struct {
	Gamma float64 `json:"gamma"`
	// PUpper is the upper bound 1 − Φ((T⁺ − EUpper)/√Var) of the p-value
	// for "treated > control": if it is below α, a hidden bias of size Γ
	// cannot explain the effect away.
	PUpper float64 `json:"pUpper"`
	// PLower is the lower bound, 1 − Φ((T⁺ − ELower)/√Var).
	PLower float64 `json:"pLower"`
	EUpper float64 `json:"eUpper"` // Γ/(1+Γ)·Σr
	ELower float64 `json:"eLower"` // 1/(1+Γ)·Σr
	Var    float64 `json:"var"`    // Γ/(1+Γ)²·Σr², the same for both bounds
	ZUpper float64 `json:"zUpper"` // (T⁺ − EUpper)/√Var
	// PUpperExact is the exact upper bound P(Σ rᵢBᵢ ≥ T⁺) with independent
	// Bᵢ ~ Bernoulli(Γ/(1+Γ)) (NaN beyond MaxExactPairs pairs).
	PUpperExact float64 `json:"pUpperExact"`
}

// Sensitivity is the result of [Rosenbaum].
type Sensitivity struct {
	Pairs       int     `json:"pairs"`       // pairs with a non-zero difference
	ZeroDropped int     `json:"zeroDropped"` // pairs with a zero difference, dropped
	TPlus       float64 `json:"tPlus"`       // T⁺, the sum of the ranks of the positive differences
	SumRanks    float64 `json:"sumRanks"`    // Σr = n(n+1)/2
	SumRanksSq  float64 `json:"sumRanksSq"`  // Σr² (average ranks for ties)
	Bounds      []Bound `json:"bounds"`      // one per Γ, in the order asked
	Confidence  float64 `json:"confidence"`  // the level used
	// GammaCritical is the Γ at which the normal upper bound reaches α:
	// up to it, hidden bias cannot explain the effect away. It is NaN when
	// the effect is not significant even at Γ = 1 (no hidden bias needed),
	// +Inf when no Γ below 1e6 reaches α.
	GammaCritical float64 `json:"gammaCritical"`
	// GammaCriticalExact is the same Γ for the exact bound (NaN beyond
	// MaxExactPairs pairs or when not significant at Γ = 1).
	GammaCriticalExact float64 `json:"gammaCriticalExact"`
}

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (s Sensitivity) MarshalJSON() ([]byte, error) { return jsonx.Marshal(s) }

// UnmarshalJSON reads what MarshalJSON writes.
func (s *Sensitivity) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, s) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (b Bound) MarshalJSON() ([]byte, error) { return jsonx.Marshal(b) }

// UnmarshalJSON reads what MarshalJSON writes.
func (b *Bound) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, b) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (c SensitivityConfig) MarshalJSON() ([]byte, error) { return jsonx.Marshal(c) }

// UnmarshalJSON reads what MarshalJSON writes.
func (c *SensitivityConfig) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, c) }

// Rosenbaum computes Rosenbaum's sensitivity bounds for the Wilcoxon
// signed-rank test on matched pairs (Rosenbaum 2002, Observational Studies,
// §4.3): treated[i] and control[i] are the outcomes of pair i; the
// alternative is "treated > control".
//
// Differences d = treated − control of zero are dropped (as R's wilcox.test
// and rbounds::psens do), the others ranked by |d| with average ranks for
// exact ties, and T⁺ is the sum of the ranks of the positive d. At Γ = 1 the
// bounds equal wilcox.test(paired = TRUE, exact = FALSE, correct = FALSE,
// alternative = "greater"); there is no continuity correction.
//
// Errors: lengths that differ (ErrLength), NaN or ±Inf (ErrOutOfRange), a
// Γ below 1 or not finite (ErrOutOfRange), a confidence outside (0, 1),
// no pair (ErrEmpty) or only zero differences (ErrAllZero). Inputs are not
// modified. Cost O(n log n) plus O(n³) per Γ for the exact bound
// (about 40 evaluations for its critical Γ).
func Rosenbaum(treated, control []float64, cfg SensitivityConfig) (Sensitivity, error) {
	var c fault.Collector
	if len(treated) != len(control) {
		c.Add(msgLength.At("control", nil, len(control), len(treated), "treated"))
	}
	if len(treated) == 0 {
		c.Add(msgTooFew.At("treated", nil, 0, 1))
	}
	checkFinite(&c, "treated", treated)
	checkFinite(&c, "control", control)
	gammas := cfg.Gammas
	if gammas == nil {
		gammas = []float64{1, 1.5, 2, 3}
	}
	for i, g := range gammas {
		if !(g >= 1) || math.IsInf(g, 0) {
			c.Add(msgGammaBelowOne.At(fault.Index("cfg.gammas", i), g))
		}
	}
	conf := checkConfidence(&c, "cfg.confidence", cfg.Confidence, 0.95)
	if err := c.Err(); err != nil {
		return Sensitivity{}, err
	}
	var d []float64
	for i := range treated {
		if v := treated[i] - control[i]; v != 0 {
			d = append(d, v)
		}
	}
	if len(d) == 0 {
		return Sensitivity{}, msgAllZero.At("control", nil)
	}
	s := Sensitivity{Pairs: len(d), ZeroDropped: len(treated) - len(d), Confidence: conf}
	ranks := absRanks(d)
	for i, r := range ranks {
		s.SumRanks += r
		s.SumRanksSq += r * r
		if d[i] > 0 {
			s.TPlus += r
		}
	}
	var dist *exactDist
	if len(d) <= MaxExactPairs {
		dist = newExactDist(ranks, s.TPlus)
	}
	for _, g := range gammas {
		s.Bounds = append(s.Bounds, s.bound(g, dist))
	}
	alpha := 1 - conf
	s.GammaCritical = criticalGamma(alpha, func(g float64) float64 { return s.bound(g, nil).PUpper })
	s.GammaCriticalExact = math.NaN()
	if dist != nil {
		s.GammaCriticalExact = criticalGamma(alpha, dist.upper)
	}
	return s, nil
}

// bound computes the bounds at one Γ.
func (s Sensitivity) bound(g float64, dist *exactDist) Bound {
	pp := g / (1 + g)
	pm := 1 / (1 + g)
	b := Bound{Gamma: g, EUpper: pp * s.SumRanks, ELower: pm * s.SumRanks, Var: pp * pm * s.SumRanksSq}
	sd := math.Sqrt(b.Var)
	b.ZUpper = (s.TPlus - b.EUpper) / sd
	b.PUpper = normSF(b.ZUpper)
	b.PLower = normSF((s.TPlus - b.ELower) / sd)
	b.PUpperExact = math.NaN()
	if dist != nil {
		b.PUpperExact = dist.upper(g)
	}
	return b
}

// criticalGamma finds the Γ ≥ 1 where the increasing p(Γ) reaches alpha, by
// bisection on log Γ.
func criticalGamma(alpha float64, p func(float64) float64) float64 {
	if p(1) >= alpha {
		return math.NaN()
	}
	lo, hi := 1.0, 2.0
	for p(hi) < alpha {
		lo = hi
		hi *= 2
		if hi > 1e6 {
			return math.Inf(1)
		}
	}
	for range 200 {
		mid := math.Sqrt(lo * hi)
		if mid <= lo || mid >= hi {
			break
		}
		if p(mid) < alpha {
			lo = mid
		} else {
			hi = mid
		}
		if hi-lo <= 1e-10*hi {
			break
		}
	}
	return hi
}

// absRanks ranks |d| with average ranks for exact ties (ranks from 1).
func absRanks(d []float64) []float64 {
	idx := make([]int, len(d))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		x, y := math.Abs(d[a]), math.Abs(d[b])
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	})
	ranks := make([]float64, len(d))
	for i := 0; i < len(idx); {
		j := i
		for j+1 < len(idx) && math.Abs(d[idx[j+1]]) == math.Abs(d[idx[i]]) {
			j++
		}
		avg := float64(i+j)/2 + 1
		for k := i; k <= j; k++ {
			ranks[idx[k]] = avg
		}
		i = j + 1
	}
	return ranks
}

// exactDist evaluates P(Σ rᵢBᵢ ≥ T⁺) for Bᵢ ~ Bernoulli(p) by convolution
// over the doubled ranks, which are integers (average ranks are multiples
// of one half).
type exactDist struct {
	r2    []int // doubled ranks
	total int
	t2    int // doubled T⁺
}

func newExactDist(ranks []float64, tplus float64) *exactDist {
	e := &exactDist{t2: int(math.Round(2 * tplus))}
	for _, r := range ranks {
		v := int(math.Round(2 * r))
		e.r2 = append(e.r2, v)
		e.total += v
	}
	return e
}

// upper returns the exact upper-tail probability at Γ.
func (e *exactDist) upper(g float64) float64 {
	p := g / (1 + g)
	q := 1 / (1 + g)
	f := make([]float64, e.total+1)
	f[0] = 1
	top := 0
	for _, r := range e.r2 {
		for s := top; s >= 0; s-- {
			if f[s] == 0 {
				continue
			}
			f[s+r] += f[s] * p
			f[s] *= q
		}
		top += r
	}
	var tail float64
	for s := top; s >= e.t2; s-- {
		tail += f[s]
	}
	return math.Min(tail, 1)
}
