package pairing

import (
	"math"
	"slices"

	"github.com/mentorkit/mentorkit/internal/fault"
)

// restore returns the solve state behind res and the state of this
// Pairing's own optimum (the same when res came from its Solve).
//
// A Result from this Pairing's Solve carries its state. Any other — one
// decoded from JSON, one of an earlier solve, one of a re-matching — is
// accepted when its programme ID and [Fingerprint] equal this Pairing's
// and its pairs are ones this Pairing could form (every pair allowed, no
// mentee twice, no mentor beyond its places, every lock held). The state
// is then rebuilt by solving again: when the result's pairs are the
// optimum's, the optimum's state serves as it is; when they are another
// pairing of the same objective value, the optimum's duals certify them
// too (any optimal dual solution is complementary to any optimal
// assignment), so the state takes the result's pairs with those duals;
// otherwise (a re-matching that kept pairs for stability, a result of
// older code) it takes the result's pairs without duals, so WhyNot gives
// no Bound and its losses are measured from the result's pairs.
func (p *Pairing) restore(res Result) (st, opt *pairState, err error) {
	if res.st != nil && res.st.owner == p {
		return res.st, res.st, nil
	}
	if err := p.compareFingerprint("result", res.ProgrammeID, res.Fingerprint); err != nil {
		return nil, nil, err
	}
	assign, err := p.assignmentOf(res.Pairs)
	if err != nil {
		return nil, nil, err
	}
	opt, err = p.solveProgramme()
	if err != nil {
		return nil, nil, err
	}
	if slices.Equal(assign, opt.assign) {
		return opt, opt, nil
	}
	c := *opt
	c.assign = assign
	c.locked = make([]bool, len(assign))
	for e := range assign {
		c.locked[e] = p.lockOf[e] >= 0
	}
	objR, _, _, err := p.objective(&c)
	if err != nil {
		return nil, nil, err
	}
	objO, _, _, err := p.objective(opt)
	if err != nil {
		return nil, nil, err
	}
	if objR < objO-1e-9*math.Max(1, math.Abs(objO)) {
		// Not an optimum: the duals do not certify these pairs.
		c.lineOfE = make([]int32, len(assign))
		for e := range c.lineOfE {
			c.lineOfE[e] = -1
		}
	}
	return &c, opt, nil
}

// assignmentOf reads a result's pairs as the mentor index of each mentee
// (-1 unmatched), checking that this Pairing could form them.
func (p *Pairing) assignmentOf(pairs []Match) ([]int32, error) {
	assign := make([]int32, len(p.mentees))
	for e := range assign {
		assign[e] = -1
	}
	n := make([]int, len(p.mentors))
	var errs fault.Collector
	for i, q := range pairs {
		f := fault.Index("result.pairs", i)
		e, m, err := p.lookup(f, q.MentorID, q.MenteeID)
		if err != nil {
			errs.Add(err)
			continue
		}
		id := pairID(p.programmeID, q.MentorID, q.MenteeID)
		if assign[e] >= 0 {
			errs.Add(msgResultTwice.New(f, id, q.MenteeID, q.MenteeID))
			continue
		}
		if l := p.lockOf[e]; l < 0 || int(l) != m {
			r, _, err := p.forbidden(e, m, true)
			if err != nil {
				return nil, err
			}
			if r != RuleNone {
				errs.Add(msgResultPair.New(f, id, q.MenteeID, q.MentorID, q.MenteeID, r.String()))
				continue
			}
		}
		assign[e] = int32(m)
		n[m]++
	}
	for m, k := range n {
		if k > p.capacity[m] {
			errs.Add(msgResultOverCap.New("result.pairs", p.mentorID(m), k, p.mentorID(m), p.capacity[m]))
		}
	}
	for e, l := range p.lockOf {
		if l >= 0 && assign[e] != l {
			errs.Add(msgResultLock.New("result.pairs", p.menteeID(e), p.menteeID(e), p.menteeID(e), p.mentorID(int(l))))
		}
	}
	return assign, errs.Err()
}
