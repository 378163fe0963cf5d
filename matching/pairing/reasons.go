package pairing

import (
	"cmp"
	"errors"
	"math"
	"slices"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
	"github.com/mentorkit/mentorkit/mentoring"
)

// ReasonChangesTried is the most single changes [Pairing.Reasons] tries
// per unmatched mentee, each at the cost of one solve: the candidates are
// taken best pair score first (ties by mentor ID, one more place before a
// relaxed rule) until one matches the mentee, so the search costs at most
// ReasonChangesTried solves per unmatched mentee and none for a matched
// one.
const ReasonChangesTried = 8

// Obstacle is what keeps one mentor from an unmatched mentee: the rules
// that forbid the pair, or the mentor's places taken by other mentees.
type Obstacle struct {
	MentorID string `json:"mentorId"`
	// Rules are every rule the pair breaks, in Rule order (as
	// [Explanation].Rules); Rules[0] is the first one checked. Empty when
	// the pair is allowed.
	Rules []Rule `json:"rules,omitempty"`
	// Full is set when the pair is allowed but every place of the mentor
	// is taken; TakenBy are the mentees holding them in the result, by ID.
	// An allowed pair that is not Full is one the optimum leaves apart
	// although the mentor has a free place (a group circle dissolved, or
	// a pair adding nothing to the objective).
	Full    bool     `json:"full,omitempty"`
	TakenBy []string `json:"takenBy,omitempty"`
	// Score is the pair's score, allowed or not.
	Score float64 `json:"score"`
	// Text says it in English and Dutch.
	Text fault.Text `json:"text"`
}

// Remedy is one change to the programme after which the re-solved
// optimum matches a mentee: one more place for a mentor, or one rule
// relaxed for one pair.
type Remedy struct {
	// MentorID is the mentor who gets one more place (Rule is RuleNone),
	// or the mentor of the pair whose Rule is relaxed.
	MentorID string `json:"mentorId"`
	Rule     Rule   `json:"rule,omitempty"`
	// MatchedWith is the mentee's mentor in the re-solved optimum (after
	// one more place for MentorID, the mentee may take another mentor's
	// place that a moved mentee frees).
	MatchedWith string `json:"matchedWith"`
	// Gain is how much the solver's objective (see [WhyNot].ObjectiveLoss)
	// rises with the change: positive for a relaxed rule, at least 0 for
	// a place.
	Gain float64 `json:"gain"`
	// Text says it in English and Dutch.
	Text fault.Text `json:"text"`
}

// MenteeReasons are every obstacle between an unmatched mentee and the
// mentors, summarised, with the single change that would match them.
type MenteeReasons struct {
	MenteeID string `json:"menteeId"`
	// Obstacles has one entry per mentor of the programme, by mentor ID.
	Obstacles []Obstacle `json:"obstacles"`
	// Rules counts, per rule in Rule order, the mentors whose pair with
	// the mentee breaks it (a mentor breaking two rules counts under
	// both); Full counts the allowed mentors whose places are all taken.
	Rules []RuleCount `json:"rules,omitempty"`
	Full  int         `json:"full"`
	// Remedy is the first single change, in the order tried (see
	// [ReasonChangesTried]), after which the optimum matches the mentee;
	// nil when none of the Tried candidates does.
	Remedy *Remedy `json:"remedy,omitempty"`
	// Tried counts the candidate changes examined, Solved those that
	// took a solve (the others the duals ruled out).
	Tried  int `json:"tried"`
	Solved int `json:"solved"`
	// Text summarises the obstacles and the change in English and Dutch.
	Text fault.Text `json:"text"`
}

// MarshalJSON writes o by the module's number rule.
func (o Obstacle) MarshalJSON() ([]byte, error) { return jsonx.Marshal(o) }

// UnmarshalJSON reads o by the module's number rule.
func (o *Obstacle) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, o) }

// MarshalJSON writes c by the module's number rule.
func (c Remedy) MarshalJSON() ([]byte, error) { return jsonx.Marshal(c) }

// UnmarshalJSON reads c by the module's number rule.
func (c *Remedy) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, c) }

// MarshalJSON writes r by the module's number rule.
func (r MenteeReasons) MarshalJSON() ([]byte, error) { return jsonx.Marshal(r) }

// UnmarshalJSON reads r by the module's number rule.
func (r *MenteeReasons) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, r) }

// relaxable reports whether a rule may be relaxed for one pair: never
// the ones that protect people (the same person, a reporting line or one
// that cannot be checked, both directions of a mutual pair) or that
// define the format (a reverse mentor less senior and offering a wanted
// topic: a reverse relationship needs the topic; a cross-organisation
// pair from two organisations), nor a participant's own dismissal of the
// other: an administrator does not overrule it for a remedy.
func relaxable(r Rule) bool {
	switch r {
	case RuleSelf, RuleReportingLine, RuleUnknownReportingLine, RulePeerDirection, RuleLockedElsewhere,
		RuleReverseSeniority, RuleReverseTopic, RuleSameOrganisation, RuleDismissed:
		return false
	}
	return r > RuleNone && r < numRules
}

// Reasons explains, for every mentee res leaves unmatched (by mentee ID),
// what keeps each mentor from them and which single change would match
// them. res is a result of this Pairing's Solve or a stored one of the
// same programme and settings (see [Pairing.WhyNot]); a change is judged
// against this Pairing's optimum.
//
// The candidate changes are one more place for a mentor whose places are
// all taken (not beyond the group maximum in a group programme), and the
// rule of a pair that breaks exactly one rule, when that rule is
// relaxable: the department, language, time-zone, peer-band, previous-pair,
// ban and minimum-score rules (never RuleSelf, the reporting-line rules,
// RulePeerDirection, nor the rules that define a reverse or
// cross-organisation programme). A place is judged by solving again with
// it; a relaxed rule by solving again with the pair locked, since the optimum
// with the pair allowed is the better of the current one and the one
// that holds the pair: the change matches the mentee when the forced
// objective is strictly above the current one. At most
// [ReasonChangesTried] candidates are tried per unmatched mentee, best
// pair score first, and the first that matches them is named.
//
// Cost: one [Pairing.Explain] per unmatched mentee and mentor, plus at
// most ReasonChangesTried solves per unmatched mentee. A relaxed rule
// whose pair the solver's duals already price out (a positive reduced
// cost at every place of the mentor, the bound of [WhyNot]) is counted
// as tried without a solve. When many mentees are unmatched, one more
// place often goes to another of them, so several places are tried: on
// 600 mentees × 200 mentors with 200 unmatched (BenchmarkReasons, one
// run, loaded 2-core machine) 981 candidates, 645 solves, 4.8 s. On
// the large-organisation path (Result.Exact false) each solve keeps the
// same candidates, so a change is judged by the same approximation.
//
// Errors: ErrOtherProgramme when res is of another programme or settings
// (as for WhyNot), and a *FieldError (ErrCriterion) from a custom
// criterion.
func (p *Pairing) Reasons(res Result) ([]MenteeReasons, error) {
	st, opt, err := p.restore(res)
	if err != nil {
		return nil, err
	}
	holders := make([][]string, len(p.mentors)) // by mentee ID: mentees are sorted
	for e, m := range st.assign {
		if m >= 0 {
			holders[m] = append(holders[m], p.menteeID(e))
		}
	}
	base, _, _, err := p.objective(opt) // the optimum a change must beat
	if err != nil {
		return nil, err
	}
	var out []MenteeReasons
	for e, m := range st.assign {
		if m >= 0 {
			continue
		}
		r, err := p.menteeReasons(st, e, holders, base)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

// reasonCandidate is a change to try for one mentee.
type reasonCandidate struct {
	m     int
	rule  Rule // RuleNone: one more place
	score float64
}

// menteeReasons builds the reasons of unmatched mentee e.
func (p *Pairing) menteeReasons(st *pairState, e int, holders [][]string, base float64) (MenteeReasons, error) {
	r := MenteeReasons{MenteeID: p.menteeID(e), Obstacles: make([]Obstacle, 0, len(p.mentors))}
	var counts [numRules]int
	var cands []reasonCandidate
	for m := range p.mentors {
		x, err := p.explain(e, m)
		if err != nil {
			return MenteeReasons{}, err
		}
		o := Obstacle{MentorID: p.mentorID(m), Rules: x.Rules, Score: x.Score}
		free := p.capacity[m] - len(holders[m])
		switch {
		case len(x.Rules) > 0:
			for _, rule := range x.Rules {
				counts[rule]++
			}
			if len(x.Rules) == 1 && relaxable(x.Rules[0]) && p.lockN[m] < p.capacity[m] { // locks holding every place: the pair cannot be forced
				cands = append(cands, reasonCandidate{m: m, rule: x.Rules[0], score: x.Score})
			}
		case free <= 0:
			o.Full, o.TakenBy = true, holders[m]
			r.Full++
			if p.format != mentoring.FormatGroup || p.capacity[m] < p.groupMax {
				cands = append(cands, reasonCandidate{m: m, score: x.Score})
			}
		}
		o.Text = p.obstacleText(o)
		r.Obstacles = append(r.Obstacles, o)
	}
	for rule := RuleSelf; rule < numRules; rule++ {
		if counts[rule] > 0 {
			r.Rules = append(r.Rules, RuleCount{Rule: rule, Count: counts[rule]})
		}
	}
	slices.SortStableFunc(cands, func(a, b reasonCandidate) int {
		return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(p.mentorID(a.m), p.mentorID(b.m)), cmp.Compare(a.rule, b.rule))
	})
	cands = cands[:min(len(cands), ReasonChangesTried)]
	for _, c := range cands {
		r.Tried++
		if c.rule != RuleNone && p.forcingLoses(st, e, c.m, c.score) {
			continue
		}
		r.Solved++
		ch, ok, err := p.tryRemedy(st, e, c, base)
		if err != nil {
			return MenteeReasons{}, err
		}
		if ok {
			r.Remedy = &ch
			break
		}
	}
	r.Text = p.reasonsText(r)
	return r, nil
}

// tryRemedy solves again with one candidate change and reports whether
// the optimum then matches mentee e.
func (p *Pairing) tryRemedy(st *pairState, e int, c reasonCandidate, base float64) (Remedy, bool, error) {
	o := pairSolveOpts{forceE: -1, forceM: -1, fillMin: st.fillMin}
	q := p
	if c.rule == RuleNone {
		cp := *p
		cp.capacity = slices.Clone(p.capacity)
		cp.capacity[c.m]++
		q = &cp
	} else {
		o.forceE, o.forceM = e, c.m
	}
	var next *pairState
	var err error
	if q.format == mentoring.FormatGroup {
		next, err = q.circles(o)
	} else {
		next, err = q.solve(o)
	}
	if errors.Is(err, ErrMinCapacity) {
		// Forcing the pair leaves a mentor below its minimum: not a
		// change that helps.
		return Remedy{}, false, nil
	}
	if err != nil {
		return Remedy{}, false, err
	}
	obj, _, _, err := q.objective(next)
	if err != nil {
		return Remedy{}, false, err
	}
	if next.assign[e] < 0 || (c.rule != RuleNone && !(obj > base)) {
		return Remedy{}, false, nil
	}
	ch := Remedy{MentorID: p.mentorID(c.m), Rule: c.rule, MatchedWith: p.mentorID(int(next.assign[e])), Gain: obj - base}
	ch.Text = p.remedyText(ch)
	return ch, true, nil
}

// forcingLoses reports whether the solver's duals prove that forcing the
// pair (e, m) of score s lowers the objective: its reduced cost
// u_e + v_j - (s + bonus_j) is positive (above a rounding margin) at
// every place j of m. The duals stay feasible with the pair allowed, so
// the current optimum stays optimal and relaxing the rule cannot match
// e: the solve is saved. Only when the duals cover every allowed pair
// (an exact solve: dense, or sparse after column generation), outside
// group programmes (as for WhyNot's bound).
func (p *Pairing) forcingLoses(st *pairState, e, m int, s float64) bool {
	line := st.lineOfE[e]
	if line < 0 || st.truncated || p.format == mentoring.FormatGroup || st.slotStart[m] == st.slotStart[m+1] {
		return false
	}
	best := math.Inf(1)
	for j := st.slotStart[m]; j < st.slotStart[m+1]; j++ {
		best = min(best, st.uE[line]+st.vS[j]-(s+st.bonus[j]))
	}
	return best > 1e-9
}
