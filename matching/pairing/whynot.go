package pairing

import (
	"math"
	"slices"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/mentoring"
)

// WhyNot says why a mentor and a mentee were not paired, and what pairing
// them would cost.
type WhyNot struct {
	MentorID string `json:"mentorId"`
	MenteeID string `json:"menteeId"`
	// Paired is true when the result pairs them after all (nothing to
	// explain; the costs are zero).
	Paired bool `json:"paired"`
	// CurrentMentorID is the mentee's mentor in the result, "" when the
	// mentee is unmatched.
	CurrentMentorID string `json:"currentMentorId,omitempty"`
	// Explanation is the pair's score and breakdown, with every rule that
	// forbids it. When Explanation.Rules is not empty, or Blocked is set,
	// the pair cannot be forced and the costs below are zero.
	Explanation Explanation `json:"explanation"`
	// Blocked is set when the pair breaks no rule but cannot be formed:
	// the mentee is locked to another mentor, or every place of the mentor
	// is held by locks (RuleLockedElsewhere).
	Blocked bool `json:"blocked,omitempty"`
	// Bound is a lower bound on ObjectiveLoss from the solver's duals: the
	// reduced cost u_e + v_j - value(e, j), minimised over the mentor's
	// places j (LP duality: forcing x_ej = 1 lowers the optimum by at
	// least the reduced cost). HasBound is false when the pair was not in
	// the solved problem (a candidate not kept on the large-organisation
	// path) and in group programmes, whose circles come from several
	// solves (see Pairing.Solve).
	Bound    float64 `json:"bound"`
	HasBound bool    `json:"hasBound"`
	// ObjectiveLoss is the exact loss of the solver's objective when the
	// pair is forced, by solving again with the pair locked (in a group
	// programme: forming the circles again with the pair locked). The objective
	// is the total score, plus B per matched mentee under
	// PriorityParticipation, plus L per minimum place filled under
	// AtLeastOne or in a group programme (see Config).
	ObjectiveLoss float64 `json:"objectiveLoss"`
	// ScoreLoss and MatchedLoss split the exact loss: total score and
	// number of matched mentees lost (negative when forcing gains).
	ScoreLoss   float64 `json:"scoreLoss"`
	MatchedLoss int     `json:"matchedLoss"`
	// Text says the answer in English and Dutch: the pair is formed, the
	// rules that forbid it, or what forcing it costs.
	Text fault.Text `json:"text"`
}

// WhyNot explains why mentorID and menteeID are not a pair in res: the
// rules that forbid the pair, or how much forcing it would cost — a quick
// lower bound from the duals and the exact loss from solving again with
// the pair locked (the cost of one Solve). res is a result of this
// Pairing's Solve, or a stored one (decoded from JSON, of an earlier
// solve or of a re-matching) of the same programme and settings, checked
// by its [Fingerprint]; the solve state is then rebuilt at the cost of
// one more Solve. When res is not an optimum (a re-matching that kept
// pairs for stability) there is no Bound, and the losses are measured
// from res's pairs (negative when forcing the pair does better).
//
// Errors: ErrUnknownID for an ID that is not a mentor (mentee) of the
// programme; ErrOtherProgramme when res is of another programme, differs
// in a Fingerprint part (one *FieldError per part) or holds pairs this
// Pairing cannot form; and a *FieldError (ErrCriterion) from a custom
// criterion.
func (p *Pairing) WhyNot(res Result, mentorID, menteeID string) (WhyNot, error) {
	e, m, err := p.lookup("", mentorID, menteeID)
	if err != nil {
		return WhyNot{}, err
	}
	st, _, err := p.restore(res)
	if err != nil {
		return WhyNot{}, err
	}
	x, err := p.explain(e, m)
	if err != nil {
		return WhyNot{}, err
	}
	w := WhyNot{MentorID: mentorID, MenteeID: menteeID, Explanation: x}
	if cur := st.assign[e]; cur >= 0 {
		w.CurrentMentorID = p.mentorID(int(cur))
		w.Paired = int(cur) == m
	}
	if w.Paired || len(x.Rules) > 0 {
		w.Text = p.whyNotText(w)
		return w, nil
	}
	if (p.lockOf[e] >= 0 && int(p.lockOf[e]) != m) || p.lockN[m] >= p.capacity[m] {
		w.Blocked = true
		w.Explanation.Rules = []Rule{RuleLockedElsewhere}
		w.Text = p.whyNotText(w)
		return w, nil
	}

	// The dual bound (not for groups: their circles come from several
	// solves, and the forced pairing may use a mentor the base left out).
	// The duals are feasible over every allowed pair once the solve is
	// exact (dense, or sparse after column generation).
	if line := st.lineOfE[e]; line >= 0 && p.format != mentoring.FormatGroup && (!st.truncated || slices.Contains(st.kept[line], int32(m))) {
		s, err := p.score(e, m)
		if err != nil {
			return WhyNot{}, err
		}
		best := math.Inf(1)
		for j := st.slotStart[m]; j < st.slotStart[m+1]; j++ {
			rc := st.uE[line] + st.vS[j] - (s + st.bonus[j])
			best = min(best, rc)
		}
		if !math.IsInf(best, 1) {
			w.Bound, w.HasBound = max(best, 0), true
		}
	}

	// The exact loss.
	o := pairSolveOpts{forceE: e, forceM: m}
	if p.cfg.AtLeastOne {
		o.fillMin = 1
	}
	var forced *pairState
	if p.format == mentoring.FormatGroup {
		forced, err = p.circles(o)
	} else {
		forced, err = p.solve(o)
	}
	if err != nil {
		return WhyNot{}, err
	}
	objA, scoreA, nA, err := p.objective(st)
	if err != nil {
		return WhyNot{}, err
	}
	objB, scoreB, nB, err := p.objective(forced)
	if err != nil {
		return WhyNot{}, err
	}
	w.ObjectiveLoss, w.ScoreLoss, w.MatchedLoss = objA-objB, scoreA-scoreB, nA-nB
	w.Text = p.whyNotText(w)
	return w, nil
}

// objective returns the solver objective of a state (see WhyNot), its
// total score and the number matched.
func (p *Pairing) objective(st *pairState) (obj, score float64, matched int, err error) {
	n := make([]int, len(p.mentors))
	for e, m := range st.assign {
		if m < 0 {
			continue
		}
		s, err := p.score(e, int(m))
		if err != nil {
			return 0, 0, 0, err
		}
		score += s
		matched++
		n[m]++
	}
	// The places of a hard minimum (MinCapacity) earn bonusH, then those
	// up to fillMin bonusL, as the solve values them.
	hard, filled := 0, 0
	for m, k := range n {
		h := p.minOf(m)
		hard += min(k, h)
		filled += max(0, min(k, st.fillMin)-h)
	}
	obj = score + p.bonusB*float64(matched) + p.bonusH*float64(hard) + p.bonusL*float64(filled)
	return obj, score, matched, nil
}
