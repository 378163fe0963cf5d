package main

import (
	"math"
	"time"

	"github.com/mentorkit/mentorkit/evaluation/report"
	"github.com/mentorkit/mentorkit/mentoring"
)

// The outcome model, made up for the example and stated here in full.
// Everyone may leave during the year: the monthly hazard is 0.15/12 (15 %
// a year), times e^0.5 for juniors and mediors, and for a mentee times
// 1.1 − 0.8·fit of their first relationship (a pair that clicks keeps the
// mentee; one that does not, hardly). Engagement on a 1–5 survey is 3.2 +
// N(0, 0.5²) before and rises by 0.05 + N(0, 0.3²), plus 0.35·fit for
// mentees, after the year; one in ten does not answer each time. Promotion
// has probability 0.08, plus 0.08·fit for mentees, for those who stay.
const monthDays = 365.2425 / 12

// drawLeavers draws who leaves during the year and when.
func drawLeavers(y *year) {
	rng := newRand(y.seed, streamLeavers)
	fit := y.menteeFit()
	y.leaves = map[string]time.Time{}
	for _, p := range y.org {
		h := 0.15 / 12 * math.Exp(0.5*junior(p))
		if f, ok := fit[p.ID]; ok {
			h *= 1.1 - 0.8*f
		}
		months := rng.ExpFloat64() / h
		if at := y.start.Add(time.Duration(months * monthDays * float64(day))).Truncate(day); at.Before(y.end) {
			y.leaves[p.ID] = at
		}
	}
}

// menteeFit returns, for every mentee in a relationship, the mean fit of
// their relationships so far.
func (y *year) menteeFit() map[string]float64 {
	fits := map[string][]float64{}
	for _, t := range y.tracks {
		for _, r := range t.rels {
			for _, m := range r.MenteeIDs {
				fits[m] = append(fits[m], t.fit[r.ID])
			}
		}
	}
	out := make(map[string]float64, len(fits))
	for m, fs := range fits {
		out[m] = mean(fs)
	}
	return out
}

func junior(p mentoring.Person) float64 {
	if p.Seniority.Level <= mentoring.LevelMedior {
		return 1
	}
	return 0
}

// records builds the evaluation records of everyone in the organisation
// with report.Records: mentored means a mentee of a relationship that
// started, whatever became of it. Session ratings, GAS T-scores and the
// recommend answer come from the year; engagement and promotion from the
// model above.
func (y *year) records() ([]report.Record, error) {
	rng := newRand(y.seed, streamOutcomes)
	fit := y.menteeFit()
	ratings := map[string][]float64{}
	var rels []mentoring.Relationship
	for _, t := range y.tracks {
		rels = append(rels, t.rels...)
		for _, r := range t.rels {
			for _, s := range t.sessions[r.ID] {
				for k, m := range r.MenteeIDs {
					if x := t.ratings[s.ID][k]; !math.IsNaN(x) { // NaN: had left the circle
						ratings[m] = append(ratings[m], x)
					}
				}
			}
		}
	}
	outcomes := make([]report.Outcome, len(y.org))
	for i, p := range y.org {
		f, mentored := fit[p.ID]
		o := report.Outcome{PersonID: p.ID, Exit: y.leaves[p.ID], Covariates: []float64{p.Seniority.Years, junior(p)}}
		before := clamp(3.2+0.5*rng.NormFloat64(), 1, 5)
		after := clamp(before+0.05+0.35*f+0.3*rng.NormFloat64(), 1, 5)
		answeredBefore, answeredAfter := rng.Float64() >= 0.1, rng.Float64() >= 0.1
		if answeredBefore && answeredAfter && o.Exit.IsZero() {
			o.Engagement = &report.Change{Before: before, After: after}
		}
		o.Promoted = o.Exit.IsZero() && rng.Float64() < 0.08+0.08*f
		if mentored {
			if t, ok := y.gas[p.ID]; ok {
				o.GASTScore = &t
			}
			o.SessionRatings = ratings[p.ID]
			if v, ok := y.recommend[p.ID]; ok {
				o.Recommend = &v
			}
		}
		outcomes[i] = o
	}
	return report.Records(y.org, rels, outcomes, y.start)
}
