package fair

import (
	"math"
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
	nE := len(pr.t.MenteeIDs)
	alpha, beta := make([][]float64, len(pr.extra)), make([][]float64, len(pr.extra))
	for j, g := range pr.extra {
		alpha[j], beta[j] = make([]float64, len(g.values)), make([]float64, len(g.values))
	}
	pr.bonus = make([]float64, nE)
	defer func() { pr.bonus = nil }()
	res := overlapResult{bound: math.Inf(1)}
	best := math.Inf(-1)
	theta, stale := 1.0, 0
	for it := range lagrangeIterations {
		res.iters = it + 1
		for e := range pr.bonus {
			b := 0.0
			for j, g := range pr.extra {
				b += alpha[j][g.of[e]] - beta[j][g.of[e]]
			}
			pr.bonus[e] = b
		}
		x, counts, err := pr.solve(d)
		if err != nil {
			return overlapResult{}, err // the exact part alone cannot be met
		}
		value, real := 0.0, 0.0
		for e, m := range x {
			if m >= 0 {
				value += pr.t.Scores.At(e, m) + pr.bonus[e]
				real += pr.t.Scores.At(e, m)
			}
		}
		l, norm, feasible := value, 0.0, true
		grads := make([][2][]float64, len(pr.extra))
		for j, g := range pr.extra {
			c := countGroups(g, x)
			grads[j] = [2][]float64{make([]float64, len(c)), make([]float64, len(c))}
			for k := range c {
				l -= alpha[j][k] * float64(g.lo[k])
				ga := float64(c[k] - g.lo[k])
				gb := 0.0
				if g.hi[k] >= 0 {
					l += beta[j][k] * float64(g.hi[k])
					gb = float64(g.hi[k] - c[k])
				}
				feasible = feasible && ga >= 0 && gb >= 0
				if ga < 0 || alpha[j][k] > 0 {
					norm += ga * ga
				}
				if gb < 0 || beta[j][k] > 0 {
					norm += gb * gb
				}
				grads[j][0][k], grads[j][1][k] = ga, gb
			}
		}
		if l < res.bound-1e-12 {
			res.bound, stale = l, 0
		} else if stale++; stale >= 5 {
			theta, stale = theta/2, 0
		}
		if feasible && real > best {
			best, res.x, res.counts = real, x, counts
		}
		if (feasible && res.bound-best <= 1e-9) || norm == 0 {
			break
		}
		target := best
		if math.IsInf(best, -1) {
			target = l - 1 // no feasible value yet: aim one score point below
		}
		step := theta * math.Max(l-target, 1e-6) / norm
		for j := range pr.extra {
			for k := range alpha[j] {
				alpha[j][k] = math.Max(0, alpha[j][k]-step*grads[j][0][k])
				beta[j][k] = math.Max(0, beta[j][k]-step*grads[j][1][k])
			}
		}
	}
	if res.x == nil {
		return overlapResult{}, msgOverlapNone.New("mentees", "", len(pr.extra)+1, res.iters, res.bound)
	}
	return res, nil
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
