package pairing

import (
	"math"
	"slices"

	"github.com/mentorkit/mentorkit/matching"
)

// The large-organisation path (above Config.DenseLimit) and its column
// generation. Each free mentee keeps its Candidates best allowed mentors
// (expanded to their places) plus a private "unmatched" column of value
// 0, and the sparse solver finds the optimum over the pairs kept. Its
// duals (u per mentee, v per place) certify that optimum for the whole
// problem when no left-out allowed pair has a positive reduced cost
// value(e, j) − u_e − v_j (the pricing); a pair that has one is the only
// kind that can improve the optimum, so it is added to its mentee's
// candidates and the problem is solved again, until none is left. The
// result is then exact, with the duals a certificate over every allowed
// pair (the solve's Result.Exact is true).
//
// Pricing does not score every left-out pair: a mentee's left-out
// mentors score at most σ_e, the lowest score it kept, so a mentor m can
// only price in when σ_e + max_j(bonus_j − v_j) − u_e exceeds the
// tolerance; only those pairs are scored (one scoreMentors call per
// mentee and round).

// pairScratch holds the buffers of the pruned scoring of one solve.
type pairScratch struct {
	cand   []int32
	scores []float64
}

// scoreRowPruned is scoreRow that scores only the mentors the
// partitioning rules leave (allowedCandidates); the others are -1.
func (p *Pairing) scoreRowPruned(e int, row []float64, sc *pairScratch) error {
	cand := p.allowedCandidates(e, sc.cand)
	if cand == nil {
		return p.scoreRow(e, row)
	}
	for m := range row {
		row[m] = -1
	}
	sc.scores = slices.Grow(sc.scores[:0], len(cand))[:len(cand)]
	if err := p.scoreMentors(e, cand, sc.scores); err != nil {
		return err
	}
	for k, m := range cand {
		row[m] = sc.scores[k]
	}
	return nil
}

// pairTopKList is pairTopK over a list of mentors ms with their scores
// (-1: forbidden). It also returns sigma, the lowest score kept, when an
// allowed mentor with a place was left out (else -Inf: nothing left out).
func pairTopKList(ms []int32, scores []float64, hasPlace func(m int) bool, k int, h *pairCandHeap) (kept []int32, keptScores []float64, sigma float64) {
	*h = (*h)[:0]
	out := false
	for i, m := range ms {
		s := scores[i]
		if s < 0 || !hasPlace(int(m)) {
			continue
		}
		c := pairCand{m: m, s: s}
		switch {
		case len(*h) < k:
			h.push(c)
		case pairWorse((*h)[0], c):
			h.replaceRoot(c)
			out = true
		default:
			out = true
		}
	}
	a := slices.Clone(*h)
	slices.SortFunc(a, func(x, y pairCand) int { return int(x.m) - int(y.m) })
	kept, keptScores = make([]int32, len(a)), make([]float64, len(a))
	sigma = math.Inf(-1)
	for i, c := range a {
		kept[i], keptScores[i] = c.m, c.s
	}
	if out && len(*h) > 0 {
		sigma = (*h)[0].s
	}
	return kept, keptScores, sigma
}

// pairSparse is the state of the column generation over one solve.
type pairSparse struct {
	free       []int
	slotM      []int32
	slotBonus  []float64
	keptScores [][]float64 // scores of st.kept[i]
	sigma      []float64   // bound on the left-out scores of each line, -Inf when none is left out
	solver     matching.SparseSolver
	a          matching.Assignment
	rounds     int // solves
	added      int // pairs priced in
}

// solveSparse is the large-organisation path (see the top of the file).
func (p *Pairing) solveSparse(st *pairState, free []int, slotM []int32, slotBonus []float64) error {
	nF := len(free)
	sp := &pairSparse{free: free, slotM: slotM, slotBonus: slotBonus, keptScores: make([][]float64, nF), sigma: make([]float64, nF)}
	st.kept = make([][]int32, nF)
	var h pairCandHeap
	var sc pairScratch
	hasPlace := func(m int) bool { return st.slotStart[m+1] > st.slotStart[m] }
	col := newPairColumnKeep(st)
	for i, e := range free {
		cand := p.allowedCandidates(e, sc.cand)
		if cand == nil {
			cand = p.prune.all
		}
		sc.scores = slices.Grow(sc.scores[:0], len(cand))[:len(cand)]
		if err := p.scoreMentors(e, cand, sc.scores); err != nil {
			return err
		}
		st.kept[i], sp.keptScores[i], sp.sigma[i] = pairTopKList(cand, sc.scores, hasPlace, p.cfg.Candidates, &h)
		col.add(i, cand, sc.scores)
		if st.zeros != nil {
			for k, s := range sc.scores {
				if s >= 0 && s <= zeroScore {
					st.zeros[i] = append(st.zeros[i], pairCand{m: cand[k], s: s})
				}
			}
		}
	}
	col.merge(st, sp)
	for {
		if err := p.sparseRound(st, sp); err != nil {
			return err
		}
		added, err := p.price(st, sp, &sc)
		if err != nil {
			return err
		}
		if added == 0 {
			break
		}
	}
	st.truncated = false
	st.rounds, st.priced = sp.rounds, sp.added
	st.placeOf = make([]int32, nF)
	for i, j := range sp.a.RowToCol {
		st.placeOf[i] = -1
		if j >= 0 && j < len(slotM) {
			st.assign[free[i]] = slotM[j]
			st.placeOf[i] = int32(j)
		}
	}
	return nil
}

// sparseRound builds the candidates kept so far and solves them.
func (p *Pairing) sparseRound(st *pairState, sp *pairSparse) error {
	nF, nS := len(sp.free), len(sp.slotM)
	c := matching.Candidates{Rows: nF, Cols: nS + nF, RowStart: make([]int, 1, nF+1)}
	for i := range nF {
		for k, m := range st.kept[i] {
			for j := st.slotStart[m]; j < st.slotStart[m+1]; j++ {
				c.Col = append(c.Col, int(j))
				c.Value = append(c.Value, sp.keptScores[i][k]+sp.slotBonus[j])
			}
		}
		c.Col = append(c.Col, nS+i)
		c.Value = append(c.Value, 0)
		c.RowStart = append(c.RowStart, len(c.Col))
	}
	sp.rounds++
	// Every row has its own column, so never ErrInfeasible.
	if err := sp.solver.Assign(c, matching.Maximize, &sp.a); err != nil {
		return err
	}
	copy(st.uE, sp.a.U)
	copy(st.vS, sp.a.V[:nS])
	return nil
}

// price adds to the kept candidates every left-out allowed pair with a
// positive reduced cost (above the rounding tolerance of the duals) and
// returns how many it added.
func (p *Pairing) price(st *pairState, sp *pairSparse, sc *pairScratch) (int, error) {
	nM := len(p.mentors)
	// gain[m] = max over m's places of bonus_j − v_j; the magnitude s of
	// values and duals sets the tolerance.
	gain := make([]float64, nM)
	s := 1.0
	for m := range nM {
		gain[m] = math.Inf(-1)
		for j := st.slotStart[m]; j < st.slotStart[m+1]; j++ {
			gain[m] = max(gain[m], sp.slotBonus[j]-st.vS[j])
			s = max(s, math.Abs(st.vS[j]), 1+sp.slotBonus[j])
		}
	}
	for _, u := range st.uE {
		s = max(s, math.Abs(u))
	}
	// A pair priced in needlessly (its reduced cost is rounding) costs
	// only time; one left out could cost optimality, so the margin is a
	// few units in the last place of the largest magnitude, below
	// matching.VerifySparse's.
	tol := 8 * 0x1p-52 * s
	added := 0
	var batch []int32
	for i, e := range sp.free {
		if math.IsInf(sp.sigma[i], -1) {
			continue
		}
		u, bound := st.uE[i], sp.sigma[i]
		cand := p.allowedCandidates(e, sc.cand)
		batch = batch[:0]
		kept := st.kept[i]
		visit := func(m int32) {
			if bound+gain[m]-u > tol {
				if _, in := slices.BinarySearch(kept, m); !in {
					batch = append(batch, m)
				}
			}
		}
		if cand == nil {
			for m := range int32(nM) {
				visit(m)
			}
		} else {
			for _, m := range cand {
				visit(m)
			}
		}
		if len(batch) == 0 {
			continue
		}
		sc.scores = slices.Grow(sc.scores[:0], len(batch))[:len(batch)]
		if err := p.scoreMentors(e, batch, sc.scores); err != nil {
			return 0, err
		}
		for k, m := range batch {
			if v := sc.scores[k]; v >= 0 && v+gain[m]-u > tol {
				at, _ := slices.BinarySearch(st.kept[i], m)
				st.kept[i] = slices.Insert(st.kept[i], at, m)
				sp.keptScores[i] = slices.Insert(sp.keptScores[i], at, v)
				added++
			}
		}
	}
	sp.added += added
	return added, nil
}

// pairColumnKeep keeps, besides each mentee's best mentors, each mentor's
// best mentees: 2·places + 2 of them. A mentor whom no mentee ranks high
// would otherwise start without candidates, and the column generation
// would price its pairs in round after round.
type pairColumnKeep struct {
	heaps []pairCandHeap // per mentor, of (line, score); pairCand.m holds the line
	limit []int
	// floor[m] is the score a mentee must beat to enter mentor m's heap:
	// -1 while it has room (every allowed score is at least 0), +Inf for
	// a mentor without places; lines come in increasing order, so on a
	// tie the newcomer ranks below (pairWorse) and stays out.
	floor []float64
}

func newPairColumnKeep(st *pairState) *pairColumnKeep {
	nM := len(st.slotStart) - 1
	c := &pairColumnKeep{heaps: make([]pairCandHeap, nM), limit: make([]int, nM), floor: make([]float64, nM)}
	for m := range nM {
		c.floor[m] = math.Inf(1)
		if n := int(st.slotStart[m+1] - st.slotStart[m]); n > 0 {
			c.limit[m], c.floor[m] = 2*n+2, -1
		}
	}
	return c
}

// add offers line i's scored mentors.
func (c *pairColumnKeep) add(i int, ms []int32, scores []float64) {
	for k, m := range ms {
		s := scores[k]
		if s <= c.floor[m] {
			continue
		}
		h := &c.heaps[m]
		x := pairCand{m: int32(i), s: s}
		if len(*h) < c.limit[m] {
			h.push(x)
		} else {
			h.replaceRoot(x)
		}
		if len(*h) == c.limit[m] {
			c.floor[m] = (*h)[0].s
		}
	}
}

// merge adds each mentor's kept mentees to their lines' candidates (the
// lines' bounds sigma stay valid: only mentors are added).
func (c *pairColumnKeep) merge(st *pairState, sp *pairSparse) {
	for m, h := range c.heaps {
		for _, x := range h {
			i := x.m
			at, in := slices.BinarySearch(st.kept[i], int32(m))
			if !in {
				st.kept[i] = slices.Insert(st.kept[i], at, int32(m))
				sp.keptScores[i] = slices.Insert(sp.keptScores[i], at, x.s)
			}
		}
	}
}
