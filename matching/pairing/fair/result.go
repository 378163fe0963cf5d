package fair

import (
	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/matching/stable"
	"github.com/mentorkit/mentorkit/mentoring"
)

// result builds the Result of an assignment x (mentee → mentor column).
func (pr *problem) result(p *pairing.Pairing, prog mentoring.Programme, pcfg pairing.Config, x []int, counts []int) (Result, error) {
	t := pr.t
	res := Result{
		ProgrammeID: prog.ID, Priority: pcfg.Priority, Mentees: len(t.MenteeIDs), Mentors: len(t.MentorIDs),
		Exact: true, Fingerprint: p.Fingerprint(), Pairs: []pairing.Match{},
	}
	if res.Priority == 0 {
		res.Priority = pairing.PriorityScore
	}
	byMentor := make([][]int, len(t.MentorIDs))
	locked := make([]bool, len(t.MenteeIDs))
	for _, l := range t.Locks {
		locked[l.Row] = true
	}
	for e, m := range x {
		if m < 0 {
			res.UnmatchedMentees = append(res.UnmatchedMentees, t.MenteeIDs[e])
			continue
		}
		byMentor[m] = append(byMentor[m], e) // mentees ascend by ID
	}
	for m, es := range byMentor {
		for _, e := range es {
			ex, err := p.Explain(t.MentorIDs[m], t.MenteeIDs[e])
			if err != nil {
				return Result{}, err
			}
			res.Pairs = append(res.Pairs, pairing.Match{MentorID: ex.MentorID, MenteeID: ex.MenteeID, Score: ex.Score, Breakdown: ex.Breakdown, Locked: locked[e], Topic: ex.Topic})
			res.TotalScore += ex.Score
			res.Matched++
		}
	}
	res.Bound = res.TotalScore
	res.Groups = pr.groupCounts(counts)
	for _, g := range pr.extra {
		for k, c := range countGroups(g, x) {
			gc := GroupCount{Side: g.side, Attribute: g.attr, Value: g.values[k], Members: g.members[k], Allowed: g.allowed[k], Count: c, Min: g.lo[k]}
			if g.hi[k] >= 0 {
				h := g.hi[k]
				gc.Max = &h
			}
			res.Groups = append(res.Groups, gc)
		}
	}
	return res, nil
}

// groupCounts lists every group with its count and bounds.
func (pr *problem) groupCounts(counts []int) []GroupCount {
	var out []GroupCount
	i := 0
	if pr.mentee == nil {
		i = 1 // the one ungrouped mentee node
	}
	for _, g := range []*grouping{pr.mentee, pr.mentor} {
		if g == nil {
			continue
		}
		for k, v := range g.values {
			c := GroupCount{Side: g.side, Attribute: g.attr, Value: v, Members: g.members[k], Allowed: g.allowed[k], Count: counts[i], Min: g.lo[k]}
			if g.hi[k] >= 0 {
				h := g.hi[k]
				c.Max = &h
			}
			out = append(out, c)
			i++
		}
	}
	return out
}

// outcome values an assignment by the table's scores.
func (pr *problem) outcome(x []int) Outcome {
	var o Outcome
	for e, m := range x {
		if m >= 0 {
			o.Matched++
			o.TotalScore += pr.t.Scores.At(e, m)
		}
	}
	return o
}

// prices solves once without any bound and once without each bound.
func (pr *problem) prices(cfg Config, res Result) *Prices {
	ps := &Prices{Bounds: []Price{}}
	if o, err := pr.run(drop{all: true}); err == nil {
		ps.Unconstrained = pr.outcome(o.x)
	}
	for _, g := range []*grouping{pr.mentee, pr.mentor} {
		if g == nil {
			continue
		}
		var gc Grouping
		if g.side == stable.SideMentor {
			gc = cfg.Mentors[0]
		} else {
			gc = cfg.Mentees[0]
		}
		for _, b := range gc.Bounds {
			k := 0
			for k < len(g.values) && g.values[k] != b.Value {
				k++
			}
			r, err := pr.run(drop{side: g.side, group: k})
			if err != nil {
				continue // dropping a bound only relaxes a feasible problem
			}
			o := pr.outcome(r.x)
			ps.Bounds = append(ps.Bounds, Price{Side: g.side, Attribute: g.attr, Value: b.Value, Without: o, Price: o.TotalScore - res.TotalScore})
		}
	}
	return ps
}
