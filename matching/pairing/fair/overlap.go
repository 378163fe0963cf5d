package fair

import (
	"math"
	"slices"
)

// lagrangeIterations is the number of subgradient steps for overlapping
// groupings.
const lagrangeIterations = 60

// overlapResult is the outcome of solveOverlap.
type overlapResult struct {
	x      []int
	counts []int // the exact groupings' counts, as solve returns them
	bound  float64
	iters  int
}

// solveOverlap handles the mentee groupings after the first by Lagrangian
// relaxation: their bounds are moved into the objective with multipliers
// α ≥ 0 (lower bounds) and β ≥ 0 (upper bounds), which add to every pair
// score of a mentee the sum of α − β over its groups; the rest (the first
// mentee grouping, the mentor grouping, rules, places, locks) is solved
// exactly by the flow. Each relaxed solve gives
//
//	L(α, β) = max Σ (score + bonus) − Σ α·lo + Σ β·hi,
//
// an upper bound on the linear-programming optimum (hence on the best
// pairing) under all bounds; the multipliers follow projected subgradient
// steps (Polyak's step towards the best feasible value, halved after five
// steps without a better bound). Every relaxed solution that meets all
// bounds is a candidate, and the best is returned with the smallest L
// seen. d drops bounds of the exact groupings (d.all drops every bound,
// the overlapping ones too).
func (pr *problem) solveOverlap(d drop) (overlapResult, error) {
	if d.all {
		x, counts, err := pr.solve(d)
		return overlapResult{x: x, counts: counts, bound: math.NaN()}, err
	}
	cons := pr.constraints()
	lambda := make([]float64, len(cons))
	pr.bonus = make([]float64, len(pr.t.MenteeIDs))
	defer func() { pr.bonus = nil }()
	res := overlapResult{bound: math.Inf(1)}
	best := math.Inf(-1)
	theta, stale := 1.0, 0
	grad := make([]float64, len(cons))
	for it := range lagrangeIterations {
		res.iters = it + 1
		for e := range pr.bonus {
			b := 0.0
			for c, cn := range cons {
				b += lambda[c] * cn.coef[cn.g.of[e]]
			}
			pr.bonus[e] = b
		}
		x, counts, err := pr.solve(d)
		if err != nil {
			return overlapResult{}, err // the exact part alone cannot be met
		}
		l, real := 0.0, 0.0
		for e, m := range x {
			if m >= 0 {
				l += pr.t.Scores.At(e, m) + pr.bonus[e]
				real += pr.t.Scores.At(e, m)
			}
		}
		norm, feasible := 0.0, true
		for c, cn := range cons {
			l -= lambda[c] * cn.rhs
			gc := -cn.rhs
			for k, n := range countGroups(cn.g, x) {
				gc += cn.coef[k] * float64(n)
			}
			grad[c] = gc
			feasible = feasible && gc >= -1e-9
			if gc < 0 || lambda[c] > 0 {
				norm += gc * gc
			}
		}
		if l < res.bound-1e-12 {
			res.bound, stale = l, 0
		} else if stale++; stale >= 5 {
			theta, stale = theta/2, 0
		}
		if feasible && real > best {
			best, res.x, res.counts = real, x, counts
		} else if !feasible {
			if y, ok := pr.repair(cons, x); ok {
				if v := pr.outcome(y).TotalScore; v > best {
					best, res.x, res.counts = v, y, pr.exactCounts(y)
				}
			}
		}
		if (feasible && res.bound-best <= 1e-9) || norm == 0 {
			break
		}
		target := best
		if math.IsInf(best, -1) {
			target = l - 1 // no feasible value yet: aim one score point below
		}
		step := theta * math.Max(l-target, 1e-6) / norm
		for c := range lambda {
			lambda[c] = math.Max(0, lambda[c]-step*grad[c])
		}
	}
	if res.x == nil {
		return overlapResult{}, msgOverlapNone.New("mentees", "", len(pr.extra)+1, res.iters, res.bound)
	}
	return res, nil
}

// constraint is a relaxed constraint Σ_e coef[group of e]·matched_e ≥ rhs
// over one mentee grouping.
type constraint struct {
	g    *grouping
	coef []float64
	rhs  float64
}

// relaxed reports whether some constraint is solved by relaxation.
func (pr *problem) relaxed() bool {
	if len(pr.extra) > 0 || (pr.mentee != nil && pr.mentee.ratio > 0) {
		return true
	}
	return pr.mentee != nil && slices.ContainsFunc(pr.mentee.share, func(r float64) bool { return r > 0 })
}

// constraints lists the relaxed constraints: the bounds of the mentee
// groupings after the first, and the rate ratios of every mentee grouping
// (rate_k − r·rate_j ≥ 0 for every ordered pair of groups) and the
// shares of all matched mentees (count_k − r·Σ_j count_j ≥ 0).
func (pr *problem) constraints() []constraint {
	var cons []constraint
	unit := func(g *grouping, k int, sign float64) []float64 {
		c := make([]float64, len(g.values))
		c[k] = sign
		return c
	}
	for _, g := range pr.extra {
		for k := range g.values {
			if g.lo[k] > 0 {
				cons = append(cons, constraint{g, unit(g, k, 1), float64(g.lo[k])})
			}
			if g.hi[k] >= 0 {
				cons = append(cons, constraint{g, unit(g, k, -1), -float64(g.hi[k])})
			}
		}
	}
	for _, g := range append([]*grouping{pr.mentee}, pr.extra...) {
		if g == nil {
			continue
		}
		for k, r := range g.share {
			if r > 0 {
				c := make([]float64, len(g.values))
				for j := range c {
					c[j] = -r
				}
				c[k] = 1 - r
				cons = append(cons, constraint{g, c, 0})
			}
		}
		if g.ratio == 0 {
			continue
		}
		for k := range g.values {
			for j := range g.values {
				if j != k {
					c := make([]float64, len(g.values))
					c[k] = 1 / float64(g.members[k])
					c[j] = -g.ratio / float64(g.members[j])
					cons = append(cons, constraint{g, c, 0})
				}
			}
		}
	}
	return cons
}

// countGroups counts the matched mentees per group of g.
func countGroups(g *grouping, x []int) []int {
	c := make([]int, len(g.values))
	for e, m := range x {
		if m >= 0 {
			c[g.of[e]]++
		}
	}
	return c
}

// repair makes a relaxed solution meet the relaxed constraints by
// unmatching mentees, lowest score first, from the group a violated
// constraint counts against (the larger rate of a ratio, a group above
// its maximum), never a locked mentee nor one whose leaving breaks a
// minimum (of any mentee grouping, or of the mentor grouping when it is
// the mentor's only mentee). It reports false when some constraint stays
// violated (a minimum, or nobody left to unmatch).
func (pr *problem) repair(cons []constraint, x []int) ([]int, bool) {
	y := slices.Clone(x)
	load := make([]int, len(pr.t.MentorIDs))
	for _, m := range y {
		if m >= 0 {
			load[m]++
		}
	}
	groups := append([]*grouping{pr.mentee}, pr.extra...)
	for range len(y) + 1 {
		c := pr.violated(cons, y)
		if c < 0 {
			return y, true
		}
		cn := cons[c]
		worst, ws := -1, math.Inf(1)
		for e, m := range y {
			if m < 0 || cn.coef[cn.g.of[e]] >= 0 || pr.lockOf[e] >= 0 || !pr.removable(groups, e, m, y, load) {
				continue
			}
			if s := pr.t.Scores.At(e, m); s < ws {
				worst, ws = e, s
			}
		}
		if worst < 0 {
			return nil, false
		}
		load[y[worst]]--
		y[worst] = -1
	}
	return nil, false
}

// violated returns the first relaxed constraint y breaks, or −1.
func (pr *problem) violated(cons []constraint, y []int) int {
	for c, cn := range cons {
		v := -cn.rhs
		for k, n := range countGroups(cn.g, y) {
			v += cn.coef[k] * float64(n)
		}
		if v < -1e-9 {
			return c
		}
	}
	return -1
}

// removable reports whether unmatching e (from mentor m) keeps every
// minimum.
func (pr *problem) removable(groups []*grouping, e, m int, y, load []int) bool {
	for _, g := range groups {
		if g != nil && g.lo[g.of[e]] > 0 && countGroups(g, y)[g.of[e]] <= g.lo[g.of[e]] {
			return false
		}
	}
	if g := pr.mentor; g != nil && load[m] == 1 && g.lo[g.of[m]] > 0 {
		used := 0
		for m2, l := range load {
			if l > 0 && g.of[m2] == g.of[m] {
				used++
			}
		}
		if used <= g.lo[g.of[m]] {
			return false
		}
	}
	return true
}

// exactCounts counts the first mentee grouping's and the mentor
// grouping's groups in y, as solve returns them.
func (pr *problem) exactCounts(y []int) []int {
	var out []int
	if pr.mentee != nil {
		out = append(out, countGroups(pr.mentee, y)...)
	} else {
		n := 0
		for _, m := range y {
			if m >= 0 {
				n++
			}
		}
		out = append(out, n)
	}
	if g := pr.mentor; g != nil {
		c := make([]int, len(g.values))
		seen := make([]bool, len(pr.t.MentorIDs))
		for _, m := range y {
			if m >= 0 && !seen[m] {
				seen[m] = true
				c[g.of[m]]++
			}
		}
		out = append(out, c...)
	}
	return out
}
