package power

import (
	"math"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/mentorkit/mentorkit/evaluation/internal/dist"
	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
)

// PropMethod is the approximation a two-proportion plan uses. The zero
// value is Normal. Its text form is "normal" or "arcsine".
type PropMethod uint8

const (
	// Normal is R's power.prop.test: the normal approximation of the
	// pooled two-proportion z-test,
	// power = Φ((√n·|p1-p2| - z·√((p1+p2)(1-(p1+p2)/2))) / √(p1(1-p1)+p2(1-p2))).
	Normal PropMethod = iota
	// Arcsine is pwr::pwr.2p.test: Cohen's effect size
	// h = 2·asin√p1 - 2·asin√p2, power = Φ̄(z - h·√(n/2)); its two-sided
	// power always counts both tails (Strict is implied).
	Arcsine
)

var propMethodTable = enum.New[PropMethod]("proportion method", "normal", "arcsine")

// String returns "normal" or "arcsine".
func (m PropMethod) String() string { return propMethodTable.String(m) }

// MarshalText returns the method's name; an undeclared value is an error
// wrapping [evaluation.ErrUnknownEnum].
func (m PropMethod) MarshalText() ([]byte, error) { return propMethodTable.Marshal(m) }

// UnmarshalText parses a name, ignoring case.
func (m *PropMethod) UnmarshalText(b []byte) error { return propMethodTable.Unmarshal(b, m) }

// PropDesign holds the settings of a two-proportion plan. The zero value
// is R's power.prop.test default: the normal approximation, two-sided,
// sig.level 0.05, strict = FALSE.
type PropDesign struct {
	// Method is the approximation; the zero value is Normal.
	Method PropMethod `json:"method"`
	// Alternative is the test's alternative about p1 - p2; the zero value
	// is TwoSided. Greater plans for p1 > p2, Less for p1 < p2 (R's
	// power.prop.test "one.sided" is whichever matches the proportions).
	Alternative evaluation.Alternative `json:"alternative"`
	// Strict counts a two-sided rejection in the wrong tail as power too
	// (R's strict = TRUE); Arcsine always does, as pwr.
	Strict bool `json:"strict,omitempty"`
	// Confidence is 1 minus the significance level, strictly between 0
	// and 1; 0 means 0.95.
	Confidence float64 `json:"confidence,omitempty"`
}

// PropResult is a two-proportion plan with every quantity filled in.
type PropResult struct {
	// P1 and P2 are the proportions of the two groups (P1 of the
	// programme's group, say, P2 of the comparison group).
	P1 float64 `json:"p1"`
	P2 float64 `json:"p2"`
	// H is Cohen's effect size 2·asin√P1 - 2·asin√P2 (whichever Method).
	H float64 `json:"h"`
	// N is the number per group, not rounded.
	N float64 `json:"n"`
	// Power is the probability that the test rejects; Confidence is 1
	// minus the significance level.
	Power      float64 `json:"power"`
	Confidence float64 `json:"confidence"`
	// Method, Alternative and Strict repeat the design.
	Method      PropMethod             `json:"method"`
	Alternative evaluation.Alternative `json:"alternative"`
	Strict      bool                   `json:"strict"`
}

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (d PropDesign) MarshalJSON() ([]byte, error) { return jsonx.Marshal(d) }

// UnmarshalJSON reads what MarshalJSON writes.
func (d *PropDesign) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, d) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (r PropResult) MarshalJSON() ([]byte, error) { return jsonx.Marshal(r) }

// UnmarshalJSON reads what MarshalJSON writes.
func (r *PropResult) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, r) }

func cohenH(p1, p2 float64) float64 {
	return 2*math.Asin(math.Sqrt(p1)) - 2*math.Asin(math.Sqrt(p2))
}

func (d PropDesign) check() (PropResult, *fault.Collector) {
	var errs fault.Collector
	conf, err := confidence("design.confidence", d.Confidence)
	errs.Add(err)
	if !propMethodTable.Declared(d.Method) {
		errs.Add(msgUndeclared.At("design.method", int(d.Method), "PropMethod"))
	}
	errs.Add(checkAlternative("design.alternative", d.Alternative))
	return PropResult{Confidence: conf, Method: d.Method, Alternative: d.Alternative, Strict: d.Strict}, &errs
}

// power is the power for n per group at p1, p2 under r's settings.
func (r PropResult) power(p1, p2, n float64) float64 {
	alpha := 1 - r.Confidence
	if r.Method == Arcsine {
		h := cohenH(p1, p2) * math.Sqrt(n/2)
		switch r.Alternative {
		case evaluation.Greater:
			return dist.NormSF(dist.NormQuantile(1-alpha) - h)
		case evaluation.Less:
			return dist.NormCDF(dist.NormQuantile(alpha) - h)
		}
		h = math.Abs(h)
		return dist.NormSF(dist.NormQuantile(1-alpha/2)-h) + dist.NormCDF(dist.NormQuantile(alpha/2)-h)
	}
	diff, tside := math.Abs(p1-p2), 2.0
	switch r.Alternative {
	case evaluation.Greater:
		diff, tside = p1-p2, 1
	case evaluation.Less:
		diff, tside = p2-p1, 1
	}
	q := dist.NormQuantile(1 - alpha/tside)
	pooled := math.Sqrt((p1 + p2) * (1 - (p1+p2)/2))
	sd := math.Sqrt(p1*(1-p1) + p2*(1-p2))
	pw := dist.NormCDF((math.Sqrt(n)*diff - q*pooled) / sd)
	if r.Strict && tside == 2 {
		pw += dist.NormSF((math.Sqrt(n)*diff + q*pooled) / sd)
	}
	return pw
}

// PropPower is the power of a two-proportion test with n per group when
// the true proportions are p1 and p2, as R's power.prop.test(n, p1, p2,
// sig.level, alternative, strict) (Normal) or pwr.2p.test(h = ES.h(p1,
// p2), n, sig.level, alternative) (Arcsine). Errors: p1 or p2 outside (0,
// 1), p1 = p2, n below 2, a bad design.
func PropPower(d PropDesign, p1, p2, n float64) (PropResult, error) {
	r, errs := d.check()
	errs.Add(checkProb("p1", p1))
	errs.Add(checkProb("p2", p2))
	errs.Add(checkN("n", n))
	if errs.Len() == 0 && p1 == p2 {
		errs.Add(msgZeroEffect.At("p2", p2, p1))
	}
	if err := errs.Err(); err != nil {
		return PropResult{}, err
	}
	r.P1, r.P2, r.H, r.N = p1, p2, cohenH(p1, p2), n
	r.Power = r.power(p1, p2, n)
	return r, nil
}

// PropSampleSize is the number per group a two-proportion test needs to
// detect p1 against p2 with the given power (R's power.prop.test or
// pwr.2p.test solving for n), converged. When 2 per group already give
// more power, N is 2 and Power what 2 give. Errors as PropPower, a power
// outside (0, 1), and [ErrNoSolution] when the alternative points the
// other way.
func PropSampleSize(d PropDesign, p1, p2, power float64) (PropResult, error) {
	r, errs := d.check()
	errs.Add(checkProb("p1", p1))
	errs.Add(checkProb("p2", p2))
	errs.Add(checkProb("power", power))
	if errs.Len() == 0 && p1 == p2 {
		errs.Add(msgZeroEffect.At("p2", p2, p1))
	}
	if err := errs.Err(); err != nil {
		return PropResult{}, err
	}
	n, below, ok := increasingRoot(func(n float64) float64 { return r.power(p1, p2, n) }, power, 2, 64, 1e12)
	if !ok && !below {
		return PropResult{}, msgNoSolution.At("power", power, "no sample size up to 10^12 per group gives this power for these proportions and alternative")
	}
	r.P1, r.P2, r.H, r.N, r.Power = p1, p2, cohenH(p1, p2), n, power
	if below {
		r.Power = r.power(p1, p2, n)
	}
	return r, nil
}

// PropDetectable is the minimum detectable effect of a two-proportion
// test with n per group: the proportion P2 nearest to p1 that the test
// tells apart from p1 with the given power (R's power.prop.test solving
// for p2, pwr.2p.test solving for h), converged. P2 lies above p1 under
// TwoSided and Less (as R searches [p1, 1]) and below p1 under Greater.
// Errors as PropPower; [ErrNoSolution] when even a proportion of 0 or 1
// is not detected, or the power is at or below the significance level.
func PropDetectable(d PropDesign, p1, n, power float64) (PropResult, error) {
	r, errs := d.check()
	errs.Add(checkProb("p1", p1))
	errs.Add(checkN("n", n))
	errs.Add(checkProb("power", power))
	if err := errs.Err(); err != nil {
		return PropResult{}, err
	}
	// Move p2 away from p1 by t in (0, 1): towards 1, or towards 0 under
	// Greater. The power grows with t.
	end := 1.0
	if r.Alternative == evaluation.Greater {
		end = 0
	}
	at := func(t float64) float64 { return p1 + t*(end-p1) }
	f := func(t float64) float64 { return r.power(p1, at(t), n) - power }
	lo, hi := 0.0, 1.0
	if f(lo) >= 0 || !(f(hi) > 0) {
		return PropResult{}, msgNoSolution.At("power", power, "no proportion is detected with this power by this sample")
	}
	t, ok := root(f, lo, hi)
	if !ok {
		return PropResult{}, msgNoSolution.At("power", power, "no proportion is detected with this power by this sample")
	}
	p2 := at(t)
	r.P1, r.P2, r.H, r.N, r.Power = p1, p2, cohenH(p1, p2), n, power
	return r, nil
}

// PropConfidence is the highest confidence level (the smallest
// significance level) at which a two-proportion test with n per group
// tells p1 from p2 with the given power (R's power.prop.test or
// pwr.2p.test solving for sig.level), converged; d.Confidence is ignored.
// Errors as PropPower, a power outside (0, 1), and [ErrNoSolution] when
// no level in (0, 1) gives the power.
func PropConfidence(d PropDesign, p1, p2, n, power float64) (PropResult, error) {
	d.Confidence = 0
	r, errs := d.check()
	errs.Add(checkProb("p1", p1))
	errs.Add(checkProb("p2", p2))
	errs.Add(checkN("n", n))
	errs.Add(checkProb("power", power))
	if errs.Len() == 0 && p1 == p2 {
		errs.Add(msgZeroEffect.At("p2", p2, p1))
	}
	if err := errs.Err(); err != nil {
		return PropResult{}, err
	}
	f := func(alpha float64) float64 {
		q := r
		q.Confidence = 1 - alpha
		return q.power(p1, p2, n) - power
	}
	alpha, ok := root(f, 1e-10, 1-1e-10)
	if !ok {
		return PropResult{}, msgNoSolution.At("power", power, "no significance level gives this power for these proportions and n")
	}
	r.P1, r.P2, r.H, r.N, r.Power, r.Confidence = p1, p2, cohenH(p1, p2), n, power, 1-alpha
	return r, nil
}
