package report

import (
	"math"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
)

// ROI is the return on investment of a programme that keeps people: the
// turnover cost its higher retention avoids, against what it costs. Every
// range is the image of the retention difference's interval, so it has
// the same confidence.
type ROI struct {
	// Participants is the number of people in the programme.
	Participants int `json:"participants"`
	// AvoidedLeavers is RetentionDiff·Participants: how many fewer people
	// left over the horizon than would have at the comparison group's
	// rate; AvoidedLower and AvoidedUpper bound it.
	AvoidedLeavers float64 `json:"avoidedLeavers"`
	AvoidedLower   float64 `json:"avoidedLower"`
	AvoidedUpper   float64 `json:"avoidedUpper"`
	// Benefit is AvoidedLeavers·CostPerLeaver (in the caller's currency),
	// with its bounds.
	Benefit      float64 `json:"benefit"`
	BenefitLower float64 `json:"benefitLower"`
	BenefitUpper float64 `json:"benefitUpper"`
	// CostPerLeaver and Cost (the programme's total cost) are the inputs.
	CostPerLeaver float64 `json:"costPerLeaver"`
	Cost          float64 `json:"cost"`
	// Net is Benefit - Cost, with its bounds.
	Net      float64 `json:"net"`
	NetLower float64 `json:"netLower"`
	NetUpper float64 `json:"netUpper"`
	// Ratio is Net/Cost (0.5 is a 50% return), with its bounds; NaN when
	// Cost is 0.
	Ratio      float64 `json:"ratio"`
	RatioLower float64 `json:"ratioLower"`
	RatioUpper float64 `json:"ratioUpper"`
	// Confidence is the level of every range, that of the retention
	// difference.
	Confidence float64 `json:"confidence"`
}

// ReturnOnInvestment computes the ROI of a programme from the difference
// in retention between its participants and a comparison group over a
// horizon (retention = 1 - leaving rate, so the difference in retention
// equals the difference in leaving rates the other way round),
// the number of participants, the cost of replacing one leaver and the
// programme's total cost over the same horizon (Phillips, 1997, Return on
// Investment in Training and Performance Improvement Programs):
//
//	avoided = (retention_participants - retention_others)·participants
//	benefit = avoided·costPerLeaver,  net = benefit - cost,  ratio = net/cost
//
// All are linear and increasing in the difference, so the bounds are those
// of retention's interval (Lower, Upper of an [evaluation.NewcombeInterval], with the
// participants as group 1) carried through the same formulas. The result
// is causal only as far as the retention difference is: prefer a matched
// or randomised comparison.
//
// Errors (*[FieldError], joined): participants < 1
// ([evaluation.ErrEmpty]), a non-finite or negative cost or cost per
// leaver, a retention difference or bound outside [-1, 1], bounds that do
// not hold the difference, a confidence outside (0, 1)
// ([evaluation.ErrOutOfRange]).
func ReturnOnInvestment(retention evaluation.ProportionDiff, participants int, costPerLeaver, cost float64) (ROI, error) {
	var c fault.Collector
	if participants < 1 {
		c.Add(msgAtLeast.At("participants", participants, 1))
	}
	c.Add(checkAmount("costPerLeaver", costPerLeaver))
	c.Add(checkAmount("cost", cost))
	for _, f := range []struct {
		name string
		v    float64
	}{{"retention.diff", retention.Diff}, {"retention.lower", retention.Lower}, {"retention.upper", retention.Upper}} {
		if !(f.v >= -1 && f.v <= 1) {
			c.Add(msgBetween.At(f.name, f.v, -1, 1))
		}
	}
	if retention.Lower > retention.Diff || retention.Diff > retention.Upper {
		c.Add(msgIntervalOrder.At("retention", nil))
	}
	if !(retention.Confidence > 0 && retention.Confidence < 1) {
		c.Add(msgProbability.At("retention.confidence", retention.Confidence))
	}
	if err := c.Err(); err != nil {
		return ROI{}, err
	}
	n := float64(participants)
	r := ROI{Participants: participants, CostPerLeaver: costPerLeaver, Cost: cost, Confidence: retention.Confidence}
	r.AvoidedLeavers, r.AvoidedLower, r.AvoidedUpper = retention.Diff*n, retention.Lower*n, retention.Upper*n
	r.Benefit, r.BenefitLower, r.BenefitUpper = r.AvoidedLeavers*costPerLeaver, r.AvoidedLower*costPerLeaver, r.AvoidedUpper*costPerLeaver
	r.Net, r.NetLower, r.NetUpper = r.Benefit-cost, r.BenefitLower-cost, r.BenefitUpper-cost
	r.Ratio, r.RatioLower, r.RatioUpper = math.NaN(), math.NaN(), math.NaN()
	if cost > 0 {
		r.Ratio, r.RatioLower, r.RatioUpper = r.Net/cost, r.NetLower/cost, r.NetUpper/cost
	}
	return r, nil
}

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (r ROI) MarshalJSON() ([]byte, error) { return jsonx.Marshal(r) }

// UnmarshalJSON reads what MarshalJSON writes.
func (r *ROI) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, r) }
