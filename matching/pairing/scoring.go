package pairing

import (
	"math"

	"github.com/mentorkit/mentorkit/mentoring"
)

// pairScorer scores pairs from compiled features. It is read-only once
// built, so several goroutines may share it.
type pairScorer struct {
	f         *pairFeatures
	share     [numCriteria]float64 // w_k / Σw, 0 for switched-off criteria
	custom    []CustomCriterion
	custShare []float64
	invNeed   []float64 // 1 / needSum per mentee, 0 when the mentee wants nothing
	day       float64   // working-day length L in minutes
	invDay    float64
	invGap    float64 // 1 / ExperienceGapYears
	invBand   float64 // 1 / peer band
	mentees   []*mentoring.Participant
	mentors   []*mentoring.Participant
}

// criterion computes criterion k for mentee e and mentor m.
func (s *pairScorer) criterion(k Criterion, e, m int) float64 {
	f := s.f
	switch k {
	case CriterionSkills:
		if s.invNeed[e] == 0 {
			return 0
		}
		lv := f.mentLvl[m*f.nWant : (m+1)*f.nWant]
		lo, hi := f.wantOff[e], f.wantOff[e+1]
		want, lvl, need := f.want[lo:hi], f.wantLvl[lo:hi], f.wantNeed[lo:hi]
		var acc float64
		for i, t := range want {
			c := (float64(lv[t]) - lvl[i]) * 0.5
			if c <= 0 {
				continue
			}
			if c > 1 {
				c = 1
			}
			acc += need[i] * c
		}
		return acc * s.invNeed[e]
	case CriterionInterests:
		inter := pairAnd(f.interestsE.row(e), f.interestsM.row(m))
		union := int(f.interestsE.n[e]) + int(f.interestsM.n[m]) - inter
		if union == 0 {
			return 0
		}
		return float64(inter) / float64(union)
	case CriterionCareerGoals:
		n := f.goalsE.n[e]
		if n == 0 {
			return 0
		}
		return float64(pairAnd(f.goalsE.row(e), f.goalsM.row(m))) * (1 / float64(n))
	case CriterionPersonality:
		if !f.hasPE[e] || !f.hasPM[m] {
			return 0.5
		}
		return personalitySimilarity(&f.persE[e], &f.persM[m])
	case CriterionLanguages:
		n := min(f.langE.n[e], f.langM.n[m])
		if n == 0 {
			return 0
		}
		return float64(pairAnd(f.langE.row(e), f.langM.row(m))) / float64(n)
	case CriterionWorkingHours:
		d := float64(pairTZGap(f.tzE[e], f.tzM[m]))
		if d >= s.day {
			return 0
		}
		return (s.day - d) * s.invDay
	case CriterionExperience:
		d := f.yearsM[m] - f.yearsE[e]
		switch f.modeM[m] {
		case pairModeReverse:
			return pairClamp01(-d * s.invGap)
		case pairModePeer:
			return math.Max(0, 1-math.Abs(d)*s.invBand)
		}
		return pairClamp01(d * s.invGap)
	case CriterionLocation:
		if f.locE[e] >= 0 && f.locE[e] == f.locM[m] {
			return 1
		}
		return 0
	}
	return 0
}

// builtin returns the weighted sum of the built-in criteria for the pair.
// It allocates nothing.
func (s *pairScorer) builtin(e, m int) float64 {
	var sc float64
	for k := range numCriteria {
		if w := s.share[k]; w != 0 {
			sc += w * s.criterion(Criterion(k), e, m)
		}
	}
	return sc
}

// score returns the pair's score, or a *CriterionError when a custom
// criterion returns a value outside [0, 1].
func (s *pairScorer) score(e, m int) (float64, error) {
	sc := s.builtin(e, m)
	for i, c := range s.custom {
		v := c.Scorer.Score(s.mentors[m], s.mentees[e])
		if !(v >= 0 && v <= 1) {
			return 0, &CriterionError{Criterion: c.Scorer.Name(), MentorID: s.mentors[m].Person.ID, MenteeID: s.mentees[e].Person.ID, Value: v}
		}
		sc += s.custShare[i] * v
	}
	if sc > 1 { // rounding of the weighted mean
		sc = 1
	}
	return sc, nil
}

// breakdown returns the contributions of every criterion with a positive
// weight, built-ins first in Criterion order, then the custom ones in
// the caller's order.
func (s *pairScorer) breakdown(e, m int) ([]Contribution, error) {
	out := make([]Contribution, 0, numCriteria+len(s.custom))
	for k := range numCriteria {
		if w := s.share[k]; w != 0 {
			v := s.criterion(Criterion(k), e, m)
			out = append(out, Contribution{Criterion: Criterion(k).String(), Score: v, Share: w, Points: w * v})
		}
	}
	for i, c := range s.custom {
		if s.custShare[i] == 0 {
			continue
		}
		v := c.Scorer.Score(s.mentors[m], s.mentees[e])
		if !(v >= 0 && v <= 1) {
			return nil, &CriterionError{Criterion: c.Scorer.Name(), MentorID: s.mentors[m].Person.ID, MenteeID: s.mentees[e].Person.ID, Value: v}
		}
		out = append(out, Contribution{Criterion: c.Scorer.Name(), Score: v, Share: s.custShare[i], Points: s.custShare[i] * v})
	}
	return out, nil
}
