package pairing

import (
	"slices"
)

// circles forms group-mentoring circles: each mentor takes up to the group
// maximum (and its capacity); the first groupMin places of every mentor
// carry the bonus L, so the solve fills circles up to the minimum before it
// grows any beyond it. While some circle stays between 1 and groupMin-1
// mentees, the smallest such circle without a lock (ties: lower total
// score, then mentor ID) is dissolved, its mentor left out, and the
// problem solved again. Each solve is exact; the dissolving order is a
// heuristic (forming circles with lower bounds is a fixed-charge problem,
// NP-hard in general), at most one solve per mentor.
//
// With Rules.CircleMix, circles that all meet the mix are kept as they
// are; otherwise applyMix searches every assignment (small programmes) or
// repairs by exchanges, naming a circle to dissolve when the repair
// cannot meet the mix, after which the problem is solved again with only
// the mentors dissolved for the mix left out (at most one solve per
// mentor per mix dissolution).
func (p *Pairing) circles(o pairSolveOpts) (*pairState, error) {
	return p.formCircles(o, p.solve)
}

// formCircles is the formation Pairing.circles describes, over solve,
// which pairs the mentees with every mentor but o.dropped: Solve's exact
// solve, or Rematch's keeping solve (then o carries the kept pairs and
// the penalty, which the mix weighs as that solve does).
func (p *Pairing) formCircles(o pairSolveOpts, solve func(pairSolveOpts) (*pairState, error)) (*pairState, error) {
	mix, err := p.compileMix()
	if err != nil {
		return nil, err
	}
	o.fillMin = p.groupMin
	o.dropped = make([]bool, len(p.mentors))
	var formed []bool // mentors with a circle before the mix was applied
	var mixOut []bool // mentors dissolved for the mix
	for {
		st, err := solve(o)
		if err != nil {
			return nil, err
		}
		n := make([]int, len(p.mentors))
		total := make([]float64, len(p.mentors))
		for e, m := range st.assign {
			if m >= 0 {
				n[m]++
				s, err := p.score(e, int(m))
				if err != nil {
					return nil, err
				}
				total[m] += s
			}
		}
		worst := -1
		for m := range p.mentors {
			if n[m] == 0 || n[m] >= p.groupMin || p.lockN[m] > 0 || m == o.forceM {
				continue
			}
			if worst < 0 || n[m] < n[worst] || (n[m] == n[worst] && total[m] < total[worst]) {
				worst = m
			}
		}
		if worst < 0 && mix == nil {
			return st, nil
		}
		if worst < 0 {
			if formed == nil {
				formed = make([]bool, len(p.mentors))
				for m := range formed {
					formed[m] = n[m] > 0
				}
			}
			worst, err = p.applyMix(mix, st, o, formed)
			if err != nil {
				return nil, err
			}
			if worst < 0 {
				return st, nil
			}
			// Dissolved for the mix: mentors dissolved below the minimum
			// get another chance, as the circles will differ now.
			if mixOut == nil {
				mixOut = make([]bool, len(p.mentors))
			}
			mixOut[worst] = true
			o.dropped = slices.Clone(mixOut)
			continue
		}
		o.dropped = slices.Clone(o.dropped)
		o.dropped[worst] = true
	}
}

// circleList groups the pairs (sorted by mentor, mentee) into circles.
func (p *Pairing) circleList(pairs []Match) []Circle {
	var out []Circle
	for i := 0; i < len(pairs); {
		j := i
		c := Circle{MentorID: pairs[i].MentorID}
		var sum float64
		for ; j < len(pairs) && pairs[j].MentorID == c.MentorID; j++ {
			c.MenteeIDs = append(c.MenteeIDs, pairs[j].MenteeID)
			sum += pairs[j].Score
		}
		c.MeanScore = sum / float64(len(c.MenteeIDs))
		c.BelowMin = len(c.MenteeIDs) < p.groupMin
		out = append(out, c)
		i = j
	}
	return out
}
