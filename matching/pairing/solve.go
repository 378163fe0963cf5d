package pairing

import (
	"cmp"
	"slices"

	"github.com/mentorkit/mentorkit/mentoring"
)

// Solve forms the optimal pairs: every mentor takes at most its capacity
// (a group mentor at most the group maximum), locks hold, no rule is
// broken, and the Priority is optimised exactly (see the package
// documentation for the method). A group programme forms circles (see
// Circle and the package documentation). Mentees no mentor may take are
// reported in Result.Unmatched with the reason, not as an error.
//
// Reporting the unmatched follows the allowed pairs: people are grouped
// by time zone and languages when the time-zone-gap or shared-language
// rule is on, a group of mentors those rules forbid to a group of
// mentees is counted as a whole, and only the other pairs are checked
// one by one (scored only when the minimum score or the peer direction
// needs it), so an organisation where no pair is allowed costs O(people
// · groups).
//
// Errors: a *FieldError (ErrCriterion) from a custom criterion, and one
// *FieldError per mentor left short (ErrMinCapacity) when no pairing
// gives every mentor its MinCapacity.
func (p *Pairing) Solve() (Result, error) {
	st, err := p.solveProgramme()
	if err != nil {
		return Result{}, err
	}
	return p.result(st)
}

// solveProgramme solves one-to-one (or capacity-bounded) pairing, or, for a
// group programme, the circles.
func (p *Pairing) solveProgramme() (*pairState, error) {
	o := pairSolveOpts{forceE: -1, forceM: -1}
	if p.cfg.AtLeastOne {
		o.fillMin = 1
	}
	if p.format != mentoring.FormatGroup {
		return p.solve(o)
	}
	return p.circles(o)
}

// result turns a solved state into a Result.
func (p *Pairing) result(st *pairState) (Result, error) {
	res := Result{ProgrammeID: p.programmeID, Format: p.format, Priority: p.cfg.Priority, Mentees: len(p.mentees), Mentors: len(p.mentors), Exact: !st.truncated, st: st, TZDataVersion: mentoring.TZDataVersion, Fingerprint: p.Fingerprint()}
	if !st.dense {
		res.Candidates = p.cfg.Candidates
	}
	n := make([]int, len(p.mentors))
	for e, m := range st.assign {
		if m < 0 {
			continue
		}
		x, err := p.explain(e, int(m))
		if err != nil {
			return Result{}, err
		}
		res.Pairs = append(res.Pairs, Match{MentorID: x.MentorID, MenteeID: x.MenteeID, Score: x.Score, Breakdown: x.Breakdown, Locked: st.locked[e], Topic: x.Topic})
		n[m]++
	}
	slices.SortFunc(res.Pairs, func(a, b Match) int {
		return cmp.Or(cmp.Compare(a.MentorID, b.MentorID), cmp.Compare(a.MenteeID, b.MenteeID))
	})
	for _, q := range res.Pairs {
		res.TotalScore += q.Score
	}
	res.Matched = len(res.Pairs)
	if res.Matched > 0 {
		res.MeanScore = res.TotalScore / float64(res.Matched)
	}
	if p.format == mentoring.FormatGroup {
		res.Circles = p.circleList(res.Pairs)
	}

	// The unmatched, with reasons.
	var err error
	if res.Unmatched, err = p.unmatched(st, n); err != nil {
		return Result{}, err
	}
	return res, nil
}

// topic returns the mentee's wanted topic that mentor m covers best, as the
// mentee wrote it, or "".
func (p *Pairing) topic(e, m int) string {
	f := p.sc.f
	lo, hi := f.wantOff[e], f.wantOff[e+1]
	lv := f.mentLvl[m*f.nWant : (m+1)*f.nWant]
	best, bestC := -1, 0.0
	for i := lo; i < hi; i++ {
		if lv[f.want[i]] == 0 {
			continue
		}
		c := pairClamp01((float64(lv[f.want[i]]) - f.wantLvl[i]) / 2)
		if best < 0 || c > bestC {
			best, bestC = int(f.want[i]), c
		}
	}
	if best < 0 {
		return ""
	}
	key := f.topicKey[best]
	for _, t := range p.mentees[e].WantsToDevelop {
		if pairTerm(t) == key {
			// The mentor must offer the topic: use the mentor's wording.
			for _, o := range p.mentors[m].Offers {
				if pairTerm(o) == key {
					return o
				}
			}
			return t
		}
	}
	return key
}
