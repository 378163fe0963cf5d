package power

import (
	"math"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/mentorkit/mentorkit/evaluation/internal/dist"
	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
)

// Kind is the t-test a design plans for. The zero value is TwoSample, R's
// default type. Its text form is "twoSample", "oneSample" or "paired".
type Kind uint8

// The t-tests.
const (
	TwoSample Kind = iota // two independent groups of N each (Student's t)
	OneSample             // one group of N against a fixed value
	Paired                // N pairs; SD is that of the within-pair differences
)

var kindTable = enum.New[Kind]("t-test kind", "twoSample", "oneSample", "paired")

// String returns the kind's name.
func (k Kind) String() string { return kindTable.String(k) }

// MarshalText returns the kind's name; an undeclared value is an error
// wrapping [evaluation.ErrUnknownEnum].
func (k Kind) MarshalText() ([]byte, error) { return kindTable.Marshal(k) }

// UnmarshalText parses a name, ignoring case.
func (k *Kind) UnmarshalText(b []byte) error { return kindTable.Unmarshal(b, k) }

// TDesign holds the settings of a t-test plan. The zero value is R's
// power.t.test default: two samples, two-sided, sig.level 0.05, sd 1,
// strict = FALSE.
type TDesign struct {
	// Kind is the test; the zero value is TwoSample.
	Kind Kind `json:"kind"`
	// Alternative is the test's alternative; the zero value is TwoSided.
	// R's alternative = "one.sided" is Greater with a positive Delta;
	// Less plans for a negative Delta.
	Alternative evaluation.Alternative `json:"alternative"`
	// Strict counts, for a two-sided test, a rejection in the wrong tail
	// as power too (R's strict = TRUE).
	Strict bool `json:"strict,omitempty"`
	// Confidence is 1 minus the significance level, strictly between 0
	// and 1; 0 means 0.95 (R's sig.level = 0.05).
	Confidence float64 `json:"confidence,omitempty"`
	// SD is the standard deviation of the outcome (of the differences for
	// Paired), in the unit of Delta; 0 means 1 (R's default), so that
	// Delta is then an effect in standard deviations.
	SD float64 `json:"sd,omitempty"`
}

// TResult is a t-test plan, every quantity filled in as R's power.t.test
// reports it.
type TResult struct {
	// N is the number per group (pairs for Paired), not rounded.
	N float64 `json:"n"`
	// Delta is the true difference in means (the mean difference for
	// Paired and OneSample) and SD the standard deviation it is measured
	// against.
	Delta float64 `json:"delta"`
	SD    float64 `json:"sd"`
	// Power is the probability that the test rejects at the level.
	Power float64 `json:"power"`
	// Confidence is 1 minus the significance level.
	Confidence float64 `json:"confidence"`
	// Kind, Alternative and Strict repeat the design.
	Kind        Kind                   `json:"kind"`
	Alternative evaluation.Alternative `json:"alternative"`
	Strict      bool                   `json:"strict"`
}

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (d TDesign) MarshalJSON() ([]byte, error) { return jsonx.Marshal(d) }

// UnmarshalJSON reads what MarshalJSON writes.
func (d *TDesign) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, d) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (r TResult) MarshalJSON() ([]byte, error) { return jsonx.Marshal(r) }

// UnmarshalJSON reads what MarshalJSON writes.
func (r *TResult) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, r) }

// tPlan is a checked design.
type tPlan struct {
	TResult
	tsample, tside float64
}

func (d TDesign) check() (tPlan, *fault.Collector) {
	var errs fault.Collector
	conf, err := confidence("design.confidence", d.Confidence)
	errs.Add(err)
	sd := d.SD
	if sd == 0 {
		sd = 1
	}
	if !finite(sd) || !(sd > 0) {
		errs.Add(msgPositive.At("design.sd", d.SD))
	}
	if !kindTable.Declared(d.Kind) {
		errs.Add(msgUndeclared.At("design.kind", int(d.Kind), "Kind"))
	}
	errs.Add(checkAlternative("design.alternative", d.Alternative))
	p := tPlan{TResult: TResult{SD: sd, Confidence: conf, Kind: d.Kind, Alternative: d.Alternative, Strict: d.Strict},
		tsample: 1, tside: 1}
	if d.Kind == TwoSample {
		p.tsample = 2
	}
	if d.Alternative == evaluation.TwoSided {
		p.tside = 2
	}
	return p, &errs
}

// power is R's power.t.test body for n per group and the effect in
// standard deviations es: the noncentral t with ν = (n-1)·tsample and
// noncentrality √(n/tsample)·es beyond the critical value
// q = t_{1-α/tside, ν}, plus the wrong tail when Strict.
func (p tPlan) power(n, es float64) float64 {
	alpha := 1 - p.Confidence
	nu := (n - 1) * p.tsample
	q := dist.TQuantile(1-alpha/p.tside, nu)
	ncp := math.Sqrt(n/p.tsample) * es
	switch p.Alternative {
	case evaluation.Less:
		return dist.NoncentralTCDF(-q, nu, ncp)
	case evaluation.Greater:
		return 1 - dist.NoncentralTCDF(q, nu, ncp)
	}
	ncp = math.Abs(ncp)
	pw := 1 - dist.NoncentralTCDF(q, nu, ncp)
	if p.Strict {
		pw += dist.NoncentralTCDF(-q, nu, ncp)
	}
	return pw
}

// TPower is the power of a t-test with n per group (pairs for Paired) to
// detect a true difference delta, as R's power.t.test(n, delta, sd,
// sig.level, type, alternative, strict). Errors: n below 2, delta zero or
// not finite, a bad design (see the package doc).
func TPower(d TDesign, n, delta float64) (TResult, error) {
	p, errs := d.check()
	errs.Add(checkN("n", n))
	errs.Add(checkEffect("delta", delta, 0))
	if err := errs.Err(); err != nil {
		return TResult{}, err
	}
	r := p.TResult
	r.N, r.Delta = n, delta
	r.Power = p.power(n, delta/p.SD)
	return r, nil
}

// TSampleSize is the number per group (pairs for Paired) a t-test needs
// to detect delta with the given power, as R's power.t.test(delta, sd,
// sig.level, power, …) solving for n, converged. When 2 per group already
// give more power, N is 2 and Power what 2 give (R would report a root
// below 2). Errors as TPower, a power outside (0, 1), and [ErrNoSolution]
// when no n reaches the power (a delta in the direction the alternative
// does not test).
func TSampleSize(d TDesign, delta, power float64) (TResult, error) {
	p, errs := d.check()
	errs.Add(checkEffect("delta", delta, 0))
	errs.Add(checkProb("power", power))
	if err := errs.Err(); err != nil {
		return TResult{}, err
	}
	es := delta / p.SD
	n, below, ok := increasingRoot(func(n float64) float64 { return p.power(n, es) }, power, 2, 64, 1e12)
	if !ok && !below {
		return TResult{}, msgNoSolution.At("power", power, "no sample size up to 10^12 per group gives this power for this delta and alternative")
	}
	r := p.TResult
	r.N, r.Delta, r.Power = n, delta, power
	if below {
		r.Power = p.power(n, es)
	}
	return r, nil
}

// TDetectable is the minimum detectable effect: the smallest true
// difference a t-test with n per group detects with the given power, as
// R's power.t.test(n, sd, sig.level, power, …) solving for delta,
// converged. Delta is positive, or negative under Less. Because the power
// depends on Delta/SD only, SD/Delta·delta is also the largest standard
// deviation at which a given delta stays detectable (R solving for sd).
// Errors as TSampleSize; [ErrNoSolution] when the power is at or below
// what a zero effect gives (the significance level).
func TDetectable(d TDesign, n, power float64) (TResult, error) {
	p, errs := d.check()
	errs.Add(checkN("n", n))
	errs.Add(checkProb("power", power))
	if err := errs.Err(); err != nil {
		return TResult{}, err
	}
	sign := 1.0
	if p.Alternative == evaluation.Less {
		sign = -1
	}
	f := func(es float64) float64 { return p.power(n, sign*es) }
	es, below, ok := increasingRoot(f, power, 0, 1, 1e7)
	if !ok || below || es == 0 {
		return TResult{}, msgNoSolution.At("power", power, "a power at or below the significance level needs no effect")
	}
	r := p.TResult
	r.N, r.Power = n, power
	r.Delta = sign * es * p.SD
	return r, nil
}

// checkEffect reports an effect that is not finite or equals null.
func checkEffect(field string, v, null float64) error {
	if !finite(v) {
		return msgNotFinite.At(field, v)
	}
	if v == null {
		return msgZeroEffect.At(field, v, null)
	}
	return nil
}

// TConfidence is the highest confidence level (the smallest significance
// level) at which a t-test with n per group detects delta with the given
// power, as R's power.t.test(n, delta, sd, power, sig.level = NULL, …)
// solving for sig.level, converged; d.Confidence is ignored. Errors as
// TPower, a power outside (0, 1), and [ErrNoSolution] when even a level
// near 1 gives less power (or a level near 0 more).
func TConfidence(d TDesign, n, delta, power float64) (TResult, error) {
	d.Confidence = 0
	p, errs := d.check()
	errs.Add(checkN("n", n))
	errs.Add(checkEffect("delta", delta, 0))
	errs.Add(checkProb("power", power))
	if err := errs.Err(); err != nil {
		return TResult{}, err
	}
	es := delta / p.SD
	f := func(alpha float64) float64 {
		q := p
		q.Confidence = 1 - alpha
		return q.power(n, es) - power
	}
	alpha, ok := root(f, 1e-10, 1-1e-10)
	if !ok {
		return TResult{}, msgNoSolution.At("power", power, "no significance level gives this power for this n and delta")
	}
	r := p.TResult
	r.N, r.Delta, r.Power, r.Confidence = n, delta, power, 1-alpha
	return r, nil
}
