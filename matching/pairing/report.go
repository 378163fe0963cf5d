package pairing

import (
	"encoding/binary"

	"github.com/mentorkit/mentorkit/matching/stable"
)

// The unmatched of a result, with their reasons, in one pass that follows
// the allowed pairs. The rules that partition people — a shared language
// and the time-zone gap — depend on what each side is on its own (a zone,
// a set of languages), so people are grouped into classes by those, and
// a class of mentors that a class of mentees may not have (by those two
// rules) is counted as a whole, under the language rule when the two
// share no language and else under the time-zone rule. Only the pairs of
// compatible classes are checked one by one, for their first rule, and
// without scoring them unless the minimum score or the peer direction
// needs the score. An organisation where no pair is allowed costs
// O(people · classes), not a check per pair.

// sideClasses groups one side's people by what the partitioning rules
// read.
type sideClasses struct {
	members [][]int32 // indices per class, ascending
}

// classes groups the mentors (mentor) or the mentees by zone (when the
// gap rule is on) and languages (when the language rule is); one class
// when neither is.
func (p *Pairing) classes(mentor bool) sideClasses {
	f, r := p.sc.f, &p.rules
	n := f.nE
	if mentor {
		n = f.nM
	}
	var c sideClasses
	index := map[string]int{}
	var key []byte
	for i := range n {
		key = key[:0]
		if r.maxGap > 0 {
			z := f.tzM
			if !mentor {
				z = f.tzE
			}
			key = binary.LittleEndian.AppendUint32(key, uint32(z[i]))
		}
		if r.sharedLang {
			lang := &f.langM
			if !mentor {
				lang = &f.langE
			}
			for _, w := range lang.row(i) {
				key = binary.LittleEndian.AppendUint64(key, w)
			}
		}
		k, ok := index[string(key)]
		if !ok {
			k = len(c.members)
			index[string(key)] = k
			c.members = append(c.members, nil)
		}
		c.members[k] = append(c.members[k], int32(i))
	}
	return c
}

// partitionRule returns the partitioning rule that forbids mentee e with
// mentor m (the language rule first, as in Rule order), or RuleNone.
func (p *Pairing) partitionRule(e, m int32) Rule {
	f, r := p.sc.f, &p.rules
	if r.sharedLang && pairAnd(f.langE.row(int(e)), f.langM.row(int(m))) == 0 {
		return RuleNoSharedLanguage
	}
	if r.maxGap > 0 && tooFarApart(r.maxGap, f.zoneGap[f.tzE[e]+f.tzM[m]]) {
		return RuleTimeZoneGap
	}
	return RuleNone
}

// unmatchedCounter counts one person's partners: allowed, full (mentees
// only) and forbidden per rule.
type unmatchedCounter struct {
	counts  [numRules]int
	allowed int
	full    int
}

// rules returns the counts per rule, in Rule order.
func (u *unmatchedCounter) rules() []RuleCount {
	var out []RuleCount
	for r := RuleSelf; r < numRules; r++ {
		if u.counts[r] > 0 {
			out = append(out, RuleCount{Rule: r, Count: u.counts[r]})
		}
	}
	return out
}

// unmatched lists the participants st leaves without a partner, mentees
// first, then mentors, each by ID, with their reasons; n[m] is the
// number of mentees of mentor m. One pass over the mentees (each read
// once) checks the pairs of compatible classes for the unmatched on both
// sides; the pairs of incompatible classes are counted per class.
func (p *Pairing) unmatched(st *pairState, n []int) ([]Unmatched, error) {
	rp := newReport(p, st, n)
	for a, es := range rp.menteeC.members {
		rp.classCounts(a, es)
		for _, e := range es {
			if err := rp.mentee(a, int(e)); err != nil {
				return nil, err
			}
		}
	}
	var out []Unmatched
	for e, m := range st.assign {
		if m >= 0 {
			continue
		}
		c := rp.menteeCount[e]
		u := Unmatched{ID: p.menteeID(e), Side: stable.SideMentee, Reason: ReasonCapacityExhausted, Allowed: c.allowed, Full: c.full, Rules: c.rules()}
		if c.allowed == 0 {
			u.Reason = ReasonNoAllowedMentor
		}
		out = append(out, u)
	}
	for m, k := range n {
		if k > 0 {
			continue
		}
		c := rp.mentorCount[m]
		u := Unmatched{ID: p.mentorID(m), Side: stable.SideMentor, Reason: ReasonNotNeeded, Allowed: c.allowed}
		switch {
		case c.allowed == 0:
			u.Reason = ReasonNoAllowedMentee
			u.Rules = c.rules()
		case st.mixDropped != nil && st.mixDropped[m]:
			u.Reason = ReasonCircleMix
		case st.dropped != nil && st.dropped[m]:
			u.Reason = ReasonGroupTooSmall
		}
		out = append(out, u)
	}
	return out, nil
}

// report is the working state of unmatched.
type report struct {
	p                *Pairing
	st               *pairState
	n                []int
	withScore        bool
	mentorC, menteeC sideClasses
	idle             [][]int32           // unmatched mentors per mentor class
	menteeCount      []*unmatchedCounter // by mentee, nil for a matched one
	mentorCount      []*unmatchedCounter // by mentor, nil for one with mentees
	compat           []int8              // partition rule of the current mentee class with each mentor class
}

func newReport(p *Pairing, st *pairState, n []int) *report {
	rp := &report{p: p, st: st, n: n, withScore: p.cfg.MinScore > 0 || p.peerE != nil,
		mentorC: p.classes(true), menteeC: p.classes(false),
		menteeCount: make([]*unmatchedCounter, len(st.assign)), mentorCount: make([]*unmatchedCounter, len(n))}
	rp.idle = make([][]int32, len(rp.mentorC.members))
	for b, ms := range rp.mentorC.members {
		for _, m := range ms {
			if n[m] == 0 {
				rp.idle[b] = append(rp.idle[b], m)
				rp.mentorCount[m] = &unmatchedCounter{}
			}
		}
	}
	for e, m := range st.assign {
		if m < 0 {
			rp.menteeCount[e] = &unmatchedCounter{}
		}
	}
	rp.compat = make([]int8, len(rp.mentorC.members))
	return rp
}

// classCounts sets compat for mentee class a (members es) and counts the
// class as a whole for the unmatched mentors its partition rules forbid.
func (rp *report) classCounts(a int, es []int32) {
	for b, ms := range rp.mentorC.members {
		r := rp.p.partitionRule(es[0], ms[0])
		rp.compat[b] = int8(r)
		if r == RuleNone {
			continue
		}
		for _, m := range rp.idle[b] {
			rp.mentorCount[m].counts[r] += len(es)
		}
	}
}

// mentee checks mentee e (of class a) with the mentors of compatible
// classes: all of them when e is unmatched, else the unmatched ones.
func (rp *report) mentee(a, e int) error {
	me := rp.menteeCount[e]
	var x *menteeView
	for b, ms := range rp.mentorC.members {
		if r := Rule(rp.compat[b]); r != RuleNone {
			if me != nil {
				me.counts[r] += len(ms)
			}
			continue
		}
		list := ms
		if me == nil {
			list = rp.idle[b]
		}
		for _, m := range list {
			if x == nil {
				v := rp.p.view(e)
				x = &v
			}
			r, err := rp.check(e, int(m), x)
			if err != nil {
				return err
			}
			if me != nil {
				me.add(r, rp.n[m] >= rp.p.capacity[m])
			}
			if c := rp.mentorCount[m]; c != nil {
				c.add(r, false)
			}
		}
	}
	return nil
}

// check returns the first rule that forbids (e, m), RuleNone when the
// pair is allowed; x is e's view. It scores the pair only when the
// minimum score or the peer direction needs it.
func (rp *report) check(e, m int, x *menteeView) (Rule, error) {
	p := rp.p
	if rp.withScore {
		r, _, err := p.forbidden(e, m, true)
		return r, err
	}
	v := x.pair(p.sc.f, m)
	if r := p.rules.first(p.sc.f, x, &v); r != RuleNone {
		return r, nil
	}
	return p.banned(e, m), nil
}

// add counts one partner: allowed (and full) or forbidden by r.
func (u *unmatchedCounter) add(r Rule, full bool) {
	if r != RuleNone {
		u.counts[r]++
		return
	}
	u.allowed++
	if full {
		u.full++
	}
}
