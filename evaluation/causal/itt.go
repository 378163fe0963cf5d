package causal

import (
	"math"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
	"gonum.org/v1/gonum/stat/distuv"
)

// EffectConfig sets the level of the intervals of [IntentionToTreat] and
// [ComplierEffect].
type EffectConfig struct {
	// Confidence is the level of the two-sided interval; 0 means 0.95.
	Confidence float64 `json:"confidence,omitempty"`
}

// Effect is a difference estimated from a randomised design, with its
// large-sample (normal) standard error, interval and two-sided p-value.
type Effect struct {
	Estimate float64 `json:"estimate"`
	SE       float64 `json:"se"`
	Lower    float64 `json:"lower"`
	Upper    float64 `json:"upper"`
	P        float64 `json:"p"` // 2Φ(−|estimate/se|)
}

// ITT is the intention-to-treat comparison: everyone analysed as
// randomised, whether or not they took the programme.
type ITT struct {
	// Effect is mean(y | assigned) − mean(y | not assigned), with the
	// unpooled (Neyman) standard error √(s₁²/n₁ + s₀²/n₀), which is the
	// HC2 sandwich error of the regression of y on the offer.
	Effect          Effect  `json:"effect"`
	MeanAssigned    float64 `json:"meanAssigned"`
	MeanNotAssigned float64 `json:"meanNotAssigned"`
	Assigned        int     `json:"assigned"`
	NotAssigned     int     `json:"notAssigned"`
	Confidence      float64 `json:"confidence"`
}

// CACE is the complier average causal effect: the effect of taking the
// programme among those who take it when offered and only then (Angrist,
// Imbens and Rubin 1996), under the exclusion restriction and
// monotonicity.
type CACE struct {
	// Effect is the Wald (instrumental-variable) estimate ITT_y / ITT_d,
	// with the delta-method standard error
	// √(Var(ITT_y) − 2·CACE·Cov(ITT_y, ITT_d) + CACE²·Var(ITT_d)) / |ITT_d|,
	// which equals the HC2 sandwich standard error of two-stage least
	// squares with the offer as the instrument (checked against R).
	// NaN when ITT_d is 0 (see Reason).
	Effect Effect `json:"effect"`
	// Outcome is the ITT on the outcome, ITT_y.
	Outcome ITT `json:"outcome"`
	// TakeUp is the ITT on taking the programme, ITT_d: the share of
	// compliers.
	TakeUp ITT `json:"takeUp"`
	// Reason says why Effect is NaN ("" otherwise).
	Reason string `json:"reason,omitempty"`
}

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (e Effect) MarshalJSON() ([]byte, error) { return jsonx.Marshal(e) }

// UnmarshalJSON reads what MarshalJSON writes.
func (e *Effect) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, e) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (r ITT) MarshalJSON() ([]byte, error) { return jsonx.Marshal(r) }

// UnmarshalJSON reads what MarshalJSON writes.
func (r *ITT) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, r) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (r CACE) MarshalJSON() ([]byte, error) { return jsonx.Marshal(r) }

// UnmarshalJSON reads what MarshalJSON writes.
func (r *CACE) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, r) }

// MarshalJSON writes the value by the module's number rule.
func (c EffectConfig) MarshalJSON() ([]byte, error) { return jsonx.Marshal(c) }

// UnmarshalJSON reads what MarshalJSON writes.
func (c *EffectConfig) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, c) }

// groupStats holds the sums of one arm.
type groupStats struct {
	n           int
	my, md      float64 // means of y and d
	vy, vd, cyd float64 // sample variances and covariance (n − 1)
}

func arm(assigned []bool, want bool, y, d []float64) groupStats {
	var g groupStats
	for i, a := range assigned {
		if a == want {
			g.n++
			g.my += y[i]
			g.md += d[i]
		}
	}
	g.my /= float64(g.n)
	g.md /= float64(g.n)
	for i, a := range assigned {
		if a == want {
			dy, dd := y[i]-g.my, d[i]-g.md
			g.vy += dy * dy
			g.vd += dd * dd
			g.cyd += dy * dd
		}
	}
	f := float64(g.n - 1)
	g.vy, g.vd, g.cyd = g.vy/f, g.vd/f, g.cyd/f
	return g
}

// checkArms validates the common inputs and returns the confidence.
func checkArms(assigned []bool, y []float64, took []bool, cfg EffectConfig) (float64, error) {
	var c fault.Collector
	conf := checkConfidence(&c, "cfg.confidence", cfg.Confidence, 0.95)
	if len(y) != len(assigned) {
		c.Add(msgLength.At("y", nil, len(y), len(assigned), "assigned"))
	}
	if took != nil && len(took) != len(assigned) {
		c.Add(msgLength.At("took", nil, len(took), len(assigned), "assigned"))
	}
	checkFinite(&c, "y", y)
	if err := c.Err(); err != nil {
		return 0, err
	}
	var n1 int
	for _, a := range assigned {
		if a {
			n1++
		}
	}
	if n1 < 2 {
		c.Add(msgTooFew.At("assigned (offered)", nil, n1, 2))
	}
	if n0 := len(assigned) - n1; n0 < 2 {
		c.Add(msgTooFew.At("assigned (not offered)", nil, n0, 2))
	}
	return conf, c.Err()
}

func effect(est, se, conf float64) Effect {
	zq := distuv.UnitNormal.Quantile((1 + conf) / 2)
	e := Effect{Estimate: est, SE: se, Lower: est - zq*se, Upper: est + zq*se, P: math.NaN()}
	if se > 0 {
		e.P = math.Erfc(math.Abs(est/se) / math.Sqrt2)
	} else if se == 0 {
		e.P = 0
		if est == 0 {
			e.P = 1
		}
	}
	return e
}

func itt(g1, g0 groupStats, conf float64, mean func(groupStats) float64, v func(groupStats) float64) ITT {
	est := mean(g1) - mean(g0)
	se := math.Sqrt(v(g1)/float64(g1.n) + v(g0)/float64(g0.n))
	return ITT{Effect: effect(est, se, conf), MeanAssigned: mean(g1), MeanNotAssigned: mean(g0),
		Assigned: g1.n, NotAssigned: g0.n, Confidence: conf}
}

// IntentionToTreat compares the outcome y between those assigned (offered
// a place) and the others, as randomised. The interval and p-value are
// large-sample normal ones on the unpooled standard error.
//
// Errors: lengths that differ (ErrLength), a non-finite y or confidence
// (ErrOutOfRange), fewer than two people in an arm (ErrEmpty; a single
// group cannot be compared). Cost O(n).
func IntentionToTreat(assigned []bool, y []float64, cfg EffectConfig) (ITT, error) {
	conf, err := checkArms(assigned, y, nil, cfg)
	if err != nil {
		return ITT{}, err
	}
	d := make([]float64, len(y))
	g1, g0 := arm(assigned, true, y, d), arm(assigned, false, y, d)
	return itt(g1, g0, conf, func(g groupStats) float64 { return g.my }, func(g groupStats) float64 { return g.vy }), nil
}

// ComplierEffect estimates the complier average causal effect when not
// everyone offered a place takes it (and perhaps some not offered do):
// assigned is the randomised offer, took whether the person took the
// programme, y the outcome. It is the Wald estimator ITT_y / ITT_d, with
// a delta-method standard error (see [CACE]).
//
// When take-up does not differ between the arms (ITT_d = 0) the offer is
// no instrument: Effect is NaN and Reason says so. Errors as
// [IntentionToTreat], and took of another length (ErrLength).
func ComplierEffect(assigned, took []bool, y []float64, cfg EffectConfig) (CACE, error) {
	if took == nil {
		took = []bool{}
	}
	conf, err := checkArms(assigned, y, took, cfg)
	if err != nil {
		return CACE{}, err
	}
	d := make([]float64, len(y))
	for i, t := range took {
		if t {
			d[i] = 1
		}
	}
	g1, g0 := arm(assigned, true, y, d), arm(assigned, false, y, d)
	out := CACE{
		Outcome: itt(g1, g0, conf, func(g groupStats) float64 { return g.my }, func(g groupStats) float64 { return g.vy }),
		TakeUp:  itt(g1, g0, conf, func(g groupStats) float64 { return g.md }, func(g groupStats) float64 { return g.vd }),
	}
	a, b := out.Outcome.Effect.Estimate, out.TakeUp.Effect.Estimate
	if b == 0 {
		n := math.NaN()
		out.Effect = Effect{n, n, n, n, n}
		out.Reason = "take-up is the same in both arms: the offer changes nothing, so no complier effect is identified"
		return out, nil
	}
	cace := a / b
	va := out.Outcome.Effect.SE * out.Outcome.Effect.SE
	vb := out.TakeUp.Effect.SE * out.TakeUp.Effect.SE
	cov := g1.cyd/float64(g1.n) + g0.cyd/float64(g0.n)
	v := (va - 2*cace*cov + cace*cace*vb) / (b * b)
	out.Effect = effect(cace, math.Sqrt(math.Max(v, 0)), conf)
	return out, nil
}
