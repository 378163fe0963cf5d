package report

import (
	"math"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/mentorkit/mentorkit/internal/fault"
)

// ROI is the return on investment of a programme that keeps people: the
// turnover cost its higher retention avoids, against what it costs. Every
// range is the image of the retention difference's interval, so it has
// the same confidence.
type ROI struct {
	// Participants is the number of people in the programme.
	Participants int
	// AvoidedLeavers is RetentionDiff·Participants: how many fewer people
	// left over the horizon than would have at the comparison group's
	// rate; AvoidedLower and AvoidedUpper bound it.
	AvoidedLeavers, AvoidedLower, AvoidedUpper float64
	// Benefit is AvoidedLeavers·CostPerLeaver (in the caller's currency),
	// with its bounds.
	Benefit, BenefitLower, BenefitUpper float64
	// CostPerLeaver and Cost (the programme's total cost) are the inputs.
	CostPerLeaver, Cost float64
	// Net is Benefit - Cost, with its bounds.
	Net, NetLower, NetUpper float64
	// Ratio is Net/Cost (0.5 is a 50% return), with its bounds; NaN when
	// Cost is 0.
	Ratio, RatioLower, RatioUpper float64
	Confidence                    float64
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
// of retention's interval (Lower, Upper of a evaluation.NewcombeInterval, with the
// participants as group 1) carried through the same formulas. The result
// is causal only as far as the retention difference is: prefer a matched
// or randomised comparison.
//
// Errors (*InputError, joined): participants < 1 (evaluation.ErrEmpty), a
// non-finite or negative cost or cost per leaver, a retention difference
// or bound outside [-1, 1], bounds that do not hold the difference, a
// confidence outside (0, 1) (evaluation.ErrOutOfRange).
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
