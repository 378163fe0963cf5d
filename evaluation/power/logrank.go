package power

import (
	"math"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/mentorkit/mentorkit/evaluation/internal/dist"
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
)

// LogRankDesign holds the settings of a survival (time-to-leaving) plan
// for the log-rank test. The zero value is a two-sided test at the 5%
// level with equal groups in which everyone's event is observed.
type LogRankDesign struct {
	// Alternative is the test's alternative; TwoSided (the zero value)
	// uses z_{1-α/2}, Less and Greater z_{1-α} (the formulas do not depend
	// on the direction beyond that).
	Alternative evaluation.Alternative `json:"alternative"`
	// Confidence is 1 minus the significance level, strictly between 0
	// and 1; 0 means 0.95.
	Confidence float64 `json:"confidence,omitempty"`
	// Allocation is the share of people in the group whose hazard is HR
	// times the other's, strictly between 0 and 1; 0 means 1/2.
	Allocation float64 `json:"allocation,omitempty"`
	// EventShare is the probability that a person's event (leaving) is
	// observed during follow-up, in (0, 1]; 0 means 1.
	EventShare float64 `json:"eventShare,omitempty"`
}

// Required is the number of events a formula asks for and the people
// that takes, real and rounded up.
type Required struct {
	// Events is the number of events d; EventsCeiling its ceiling.
	Events        float64 `json:"events"`
	EventsCeiling float64 `json:"eventsCeiling"`
	// Total is the number of people d/EventShare (both groups together);
	// TotalCeiling is the ceiling of that real number (not of
	// EventsCeiling/EventShare).
	Total        float64 `json:"total"`
	TotalCeiling float64 `json:"totalCeiling"`
}

// LogRankPlan is a survival plan by both formulas.
type LogRankPlan struct {
	// HR is the hazard ratio planned for, Power the power.
	HR    float64 `json:"hr"`
	Power float64 `json:"power"`
	// ZAlpha is z_{1-α/s} (s = 2 two-sided), ZBeta z_{Power}.
	ZAlpha float64 `json:"zAlpha"`
	ZBeta  float64 `json:"zBeta"`
	// Schoenfeld (1983): d = (z_α + z_β)² / (p(1-p)·(log HR)²), p the
	// allocation.
	Schoenfeld Required `json:"schoenfeld"`
	// Freedman (1982): d = (z_α + z_β)²·(p·HR + 1 - p)² / (p(1-p)(HR - 1)²).
	Freedman Required `json:"freedman"`
	// Confidence, Alternative, Allocation and EventShare are the design's,
	// defaults resolved.
	Confidence  float64                `json:"confidence"`
	Alternative evaluation.Alternative `json:"alternative"`
	Allocation  float64                `json:"allocation"`
	EventShare  float64                `json:"eventShare"`
}

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (d LogRankDesign) MarshalJSON() ([]byte, error) { return jsonx.Marshal(d) }

// UnmarshalJSON reads what MarshalJSON writes.
func (d *LogRankDesign) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, d) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (r Required) MarshalJSON() ([]byte, error) { return jsonx.Marshal(r) }

// UnmarshalJSON reads what MarshalJSON writes.
func (r *Required) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, r) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (p LogRankPlan) MarshalJSON() ([]byte, error) { return jsonx.Marshal(p) }

// UnmarshalJSON reads what MarshalJSON writes.
func (p *LogRankPlan) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, p) }

func (d LogRankDesign) check(power float64) (LogRankPlan, *fault.Collector) {
	var errs fault.Collector
	conf, err := confidence("design.confidence", d.Confidence)
	errs.Add(err)
	errs.Add(checkAlternative("design.alternative", d.Alternative))
	alloc := d.Allocation
	if alloc == 0 {
		alloc = 0.5
	}
	errs.Add(checkProb("design.allocation", alloc))
	share := d.EventShare
	if share == 0 {
		share = 1
	}
	if !(share > 0 && share <= 1) {
		errs.Add(msgEventShare.At("design.eventShare", d.EventShare))
	}
	errs.Add(checkProb("power", power))
	s := 1.0
	if d.Alternative == evaluation.TwoSided {
		s = 2
	}
	p := LogRankPlan{Power: power, Confidence: conf, Alternative: d.Alternative, Allocation: alloc, EventShare: share,
		ZAlpha: dist.NormQuantile(1 - (1-conf)/s), ZBeta: dist.NormQuantile(power)}
	return p, &errs
}

func (p LogRankPlan) required(events float64) Required {
	total := events / p.EventShare
	return Required{Events: events, EventsCeiling: math.Ceil(events), Total: total, TotalCeiling: math.Ceil(total)}
}

// LogRankEvents is the number of events, and of people, a log-rank test
// needs to detect the hazard ratio hr with the given power, by
// Schoenfeld's and Freedman's formulas. Nothing but the *Ceiling fields
// is rounded. Errors: hr not finite, <= 0 or 1, a power outside (0, 1),
// a bad design.
func LogRankEvents(d LogRankDesign, hr, power float64) (LogRankPlan, error) {
	p, errs := d.check(power)
	if !finite(hr) || !(hr > 0) {
		errs.Add(msgPositive.At("hr", hr))
	} else if hr == 1 {
		errs.Add(msgZeroEffect.At("hr", hr, 1))
	}
	if err := errs.Err(); err != nil {
		return LogRankPlan{}, err
	}
	p.HR = hr
	a := p.Allocation
	z := p.ZAlpha + p.ZBeta
	z2 := z * z
	lg := math.Log(hr)
	p.Schoenfeld = p.required(z2 / (a * (1 - a) * lg * lg))
	f := a*hr + 1 - a
	p.Freedman = p.required(z2 * f * f / (a * (1 - a) * (hr - 1) * (hr - 1)))
	return p, nil
}

// LogRankDetectable is the smallest hazard ratio below 1 that a log-rank
// test with the given number of events detects with the given power, by
// Schoenfeld's formula solved for the ratio:
// HR = exp(-(z_α + z_β)/√(p(1-p)·events)); 1/HR is the detectable ratio
// above 1. The plan's Schoenfeld events equal the events given. Errors:
// events below 1 or not finite, a power outside (0, 1), a bad design,
// [ErrNoSolution] when the power is at or below the significance level.
func LogRankDetectable(d LogRankDesign, events, power float64) (LogRankPlan, error) {
	p, errs := d.check(power)
	if !finite(events) || !(events >= 1) {
		errs.Add(msgAtLeast.At("events", events, 1))
	}
	if err := errs.Err(); err != nil {
		return LogRankPlan{}, err
	}
	z := p.ZAlpha + p.ZBeta
	if !(z > 0) {
		return LogRankPlan{}, msgNoSolution.At("power", power, "a power at or below the significance level needs no effect")
	}
	a := p.Allocation
	p.HR = math.Exp(-z / math.Sqrt(a*(1-a)*events))
	p.Schoenfeld = p.required(events)
	f := a*p.HR + 1 - a
	p.Freedman = p.required(z * z * f * f / (a * (1 - a) * (p.HR - 1) * (p.HR - 1)))
	return p, nil
}
