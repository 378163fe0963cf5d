package pairing

import (
	"slices"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/matching"
	"github.com/mentorkit/mentorkit/mentoring"
	"gonum.org/v1/gonum/mat"
)

// Capacity by column duplication: mentor m with r free places becomes r
// identical columns ("places"), so a one-to-one assignment of mentees to
// places is exactly a capacitated pairing. Forbidden pairs and "unmatched"
// share the value 0, so every instance is feasible and the optimum of the
// assignment equals the optimum of the pairing; the value of an allowed
// pair is its score plus the bonuses of the lexicographic objectives:
//
//	value(e, place k of m) = score + B + (k < minFill(m) ? L : 0)
//
// with B = n+1 under PriorityParticipation (0 otherwise) and L = (B+1)(n+1),
// n the number of mentees: one more matched mentee (B) outweighs any score
// difference (at most n), and one more minimum place filled (L) outweighs
// any change in B·matched + score. BenchmarkCapacity compares this with
// the alternative of a min-cost flow (see the package documentation).

// pairState is a solved pairing: the mentor of every mentee and what WhyNot
// needs from the solve.
type pairState struct {
	owner   *Pairing // the Pairing that solved it (others rebuild the state from a Result's pairs)
	assign  []int32  // mentor of each mentee, -1 when unmatched
	dropped []bool   // group mentors dissolved (nil when none)
	// mixDropped marks the group mentors whose circle was dissolved
	// because it could not meet Rules.CircleMix (nil when none).
	mixDropped []bool
	locked     []bool // mentee e's pair is a lock
	// Duals of the assignment (in value units): uE per mentee line
	// (lineOfE[e], -1 when the mentee was not free), vS per place; the
	// places of mentor m are slotStart[m] to slotStart[m+1]-1.
	lineOfE   []int32
	uE        []float64
	slotStart []int32
	vS        []float64
	// kept[line] lists the mentors kept on the sparse path (sorted); nil
	// on the dense path, where every pair is in the problem. placeOf[line]
	// is the place the sparse solver gave the line, -1 for its private
	// "unmatched" column (nil on the dense path).
	kept    [][]int32
	placeOf []int32
	// rounds and priced count the sparse solves and the left-out pairs
	// the column generation added back.
	rounds, priced int
	// zeros[line] are the line's allowed mentors of score about 0 (at
	// most zeroScore), recorded by the scoring pass for finish under
	// PriorityScore (nil otherwise, and once the solve is done).
	zeros [][]pairCand
	dense bool
	// truncated would be set if the sparse path left out an allowed pair
	// that could improve the optimum; the column generation prices every
	// left-out pair, so it stays false (Result.Exact).
	truncated bool
	// bonus[j] is the bonus of place j (B, plus L for a minimum place);
	// fillMin the minimum places per mentor of the solve.
	bonus   []float64
	fillMin int
}

// pairSolveOpts are the variations of one solve.
type pairSolveOpts struct {
	forceE, forceM int    // an extra lock (WhyNot), -1 for none
	dropped        []bool // mentors left out (group circles)
	fillMin        int    // places per mentor that earn the bonus L
	// keep (nil outside Rematch) is each mentee's mentor to keep, -1 for
	// none, and penalty the value of keeping one: the circle mix weighs
	// them as Rematch's solve does (see Pairing.keepingBonuses).
	keep    []int32
	penalty float64
}

// solve runs one capacitated assignment.
func (p *Pairing) solve(o pairSolveOpts) (*pairState, error) {
	nE, nM := len(p.mentees), len(p.mentors)
	st := &pairState{owner: p, assign: make([]int32, nE), locked: make([]bool, nE), dropped: o.dropped, lineOfE: make([]int32, nE), slotStart: make([]int32, nM+1)}
	rem := make([]int, nM)
	taken := make([]int, nM)
	for m := range rem {
		taken[m] = p.lockN[m]
		if o.dropped == nil || !o.dropped[m] {
			rem[m] = p.capacity[m] - p.lockN[m]
		}
	}
	for e := range st.assign {
		st.assign[e] = p.lockOf[e]
		st.locked[e] = p.lockOf[e] >= 0
	}
	if o.forceE >= 0 {
		st.assign[o.forceE] = int32(o.forceM)
		st.locked[o.forceE] = true
		rem[o.forceM]--
		taken[o.forceM]++
	}
	var free []int
	for e := range st.assign {
		st.lineOfE[e] = -1
		if st.assign[e] < 0 {
			st.lineOfE[e] = int32(len(free))
			free = append(free, e)
		}
	}
	var slotM []int32
	var slotBonus []float64
	for m := range nM {
		st.slotStart[m] = int32(len(slotM))
		fill, hard := max(0, o.fillMin-taken[m]), max(0, p.minOf(m)-taken[m])
		for k := range rem[m] {
			slotM = append(slotM, int32(m))
			b := p.bonusB
			switch {
			case k < hard:
				b += p.bonusH
			case k < fill:
				b += p.bonusL
			}
			slotBonus = append(slotBonus, b)
		}
	}
	st.slotStart[nM] = int32(len(slotM))
	st.bonus, st.fillMin = slotBonus, o.fillMin
	nF, nS := len(free), len(slotM)
	st.uE = make([]float64, nF)
	st.vS = make([]float64, nS)
	if p.bonusB == 0 {
		st.zeros = make([][]pairCand, nF)
	}
	if nF == 0 || nS == 0 {
		st.dense = true
		return st, p.done(st, rem)
	}
	if p.cfg.DenseLimit >= 0 && nF*nS <= p.cfg.DenseLimit {
		if err := p.solveDense(st, free, slotM, slotBonus); err != nil {
			return nil, err
		}
	} else {
		if err := p.solveSparse(st, free, slotM, slotBonus); err != nil {
			return nil, err
		}
	}
	// Forbidden pairs carry the value 0 of "unmatched": undo them.
	for _, e := range free {
		if m := st.assign[e]; m >= 0 {
			if r, _, err := p.forbidden(e, int(m), true); err != nil {
				return nil, err
			} else if r != RuleNone {
				st.assign[e] = -1
			} else {
				rem[m]--
			}
		}
	}
	return st, p.done(st, rem)
}

// solveDense is the dense path: every free mentee's row over every place
// (forbidden pairs worth 0, as unmatched), solved by the dense solver.
func (p *Pairing) solveDense(st *pairState, free []int, slotM []int32, slotBonus []float64) error {
	nF, nS := len(free), len(slotM)
	row := make([]float64, len(p.mentors))
	var sc pairScratch
	st.dense = true
	menteeRows := nF <= nS
	data := make([]float64, nF*nS)
	for i, e := range free {
		if err := p.scoreRowPruned(e, row, &sc); err != nil {
			return err
		}
		if st.zeros != nil {
			for m, s := range row {
				if s >= 0 && s <= zeroScore {
					st.zeros[i] = append(st.zeros[i], pairCand{m: int32(m), s: s})
				}
			}
		}
		for j, m := range slotM {
			v := 0.0
			if s := row[m]; s >= 0 {
				v = s + slotBonus[j]
			}
			if menteeRows {
				data[i*nS+j] = v
			} else {
				data[j*nF+i] = v
			}
		}
	}
	var a matching.Assignment
	var s matching.Solver
	if menteeRows {
		if err := s.Assign(mat.NewDense(nF, nS, data), matching.Maximize, &a); err != nil {
			return err
		}
		copy(st.uE, a.U)
		copy(st.vS, a.V)
		for i, j := range a.RowToCol {
			if j >= 0 {
				st.assign[free[i]] = slotM[j]
			}
		}
	} else {
		if err := s.Assign(mat.NewDense(nS, nF, data), matching.Maximize, &a); err != nil {
			return err
		}
		copy(st.uE, a.V)
		copy(st.vS, a.U)
		for j, i := range a.RowToCol {
			if i >= 0 {
				st.assign[free[i]] = slotM[j]
			}
		}
	}
	return nil
}

// zeroScore is the largest score recorded in pairState.zeros: far above
// the rounding of an optimal solve, so no pair it leaves with a free place
// is missed.
const zeroScore = 1e-9

// done completes a solve: finish, then the check of the hard minimums.
func (p *Pairing) done(st *pairState, rem []int) error {
	err := p.finish(st, rem)
	st.zeros = nil
	if err != nil {
		return err
	}
	return p.checkMinimums(st)
}

// finish gives unmatched free mentees an allowed mentor with a free place
// where one exists. Only pairs of score 0 (under PriorityScore) can be
// left so by an optimal solve, so this keeps the optimum and prefers
// matching to not matching; mentees and mentors in index order. The
// candidates are the pairs of score (about) 0 the solve's one scoring
// pass recorded (st.zeros), so no row is scored again.
func (p *Pairing) finish(st *pairState, rem []int) error {
	if p.bonusB > 0 {
		// Under PriorityParticipation every allowed pair is worth at least
		// B > 0 more than leaving its mentee out, so an optimal solve
		// leaves no such pair with a free place: nothing to score.
		return nil
	}
	free := 0
	for _, r := range rem {
		free += r
	}
	for e, m := range st.assign {
		if free == 0 {
			return nil
		}
		if m >= 0 || st.lineOfE[e] < 0 || st.zeros == nil {
			continue
		}
		best, bestS := -1, 0.0
		for _, z := range st.zeros[st.lineOfE[e]] {
			if rem[z.m] > 0 && (best < 0 || z.s > bestS) {
				best, bestS = int(z.m), z.s
			}
		}
		if best >= 0 {
			st.assign[e] = int32(best)
			rem[best]--
			free--
		}
	}
	return nil
}

// pairCand is a kept candidate mentor with its score.
type pairCand struct {
	m int32
	s float64
}

// pairCandHeap is a min-heap of the best candidates so far: the root is the
// worst (lowest score, then highest mentor index). It is hand-written so
// that pushing a candidate allocates nothing (container/heap boxes every
// element in an interface); BenchmarkTopK compares it with container/heap
// and with sorting the whole row.
type pairCandHeap []pairCand

// worse reports whether a ranks below b.
func pairWorse(a, b pairCand) bool {
	if a.s != b.s {
		return a.s < b.s
	}
	return a.m > b.m
}

// push adds c.
func (h *pairCandHeap) push(c pairCand) {
	*h = append(*h, c)
	a := *h
	for i := len(a) - 1; i > 0; {
		parent := (i - 1) / 2
		if !pairWorse(a[i], a[parent]) {
			break
		}
		a[i], a[parent] = a[parent], a[i]
		i = parent
	}
}

// replaceRoot puts c in place of the worst candidate.
func (h pairCandHeap) replaceRoot(c pairCand) {
	h[0] = c
	for i := 0; ; {
		l, r, w := 2*i+1, 2*i+2, i
		if l < len(h) && pairWorse(h[l], h[w]) {
			w = l
		}
		if r < len(h) && pairWorse(h[r], h[w]) {
			w = r
		}
		if w == i {
			return
		}
		h[i], h[w] = h[w], h[i]
		i = w
	}
}

// pairTopK returns the k best allowed mentors of a scored row among those
// with a free place, by score (ties by mentor index), sorted by mentor:
// O(n log k) for a row of n mentors.
func pairTopK(row []float64, hasPlace func(m int) bool, k int, h *pairCandHeap) []int32 {
	*h = (*h)[:0]
	for m, s := range row {
		if s < 0 || !hasPlace(m) {
			continue
		}
		c := pairCand{m: int32(m), s: s}
		if len(*h) < k {
			h.push(c)
		} else if pairWorse((*h)[0], c) {
			h.replaceRoot(c)
		}
	}
	out := make([]int32, len(*h))
	for i, c := range *h {
		out[i] = c.m
	}
	slices.Sort(out)
	return out
}

// addMinimums records the mentors' minimums (MinCapacity, which
// mentoring has checked against Capacity): a minimum in a group programme,
// or above the places left once Config.Load is counted, is an error
// naming the mentor. p.minCap stays nil when no mentor has a minimum.
func (p *Pairing) addMinimums(prog mentoring.Programme, load map[string]int, errs *fault.Collector) {
	for i, q := range prog.Participants {
		m, ok := p.mentorIdx[q.Person.ID]
		if q.MinCapacity <= 0 || !ok || p.mentors[m].Role != q.Role {
			continue
		}
		f := participantField(i, "minCapacity")
		switch {
		case prog.Format == mentoring.FormatGroup:
			errs.Add(msgMinCapacityGroup.New(f, q.Person.ID, q.MinCapacity))
			continue
		case q.MinCapacity > p.capacity[m]:
			errs.Add(msgMinCapacityLoad.New(f, q.Person.ID, q.MinCapacity, p.capacity[m], load[q.Person.ID]))
			continue
		}
		if p.minCap == nil {
			p.minCap = make([]int, len(p.mentors))
		}
		p.minCap[m] = q.MinCapacity
	}
}

// minOf returns mentor m's hard minimum (0 when none).
func (p *Pairing) minOf(m int) int {
	if p.minCap == nil {
		return 0
	}
	return p.minCap[m]
}

// checkMinimums returns, when the solved pairing leaves a mentor below
// its hard minimum, one *FieldError (ErrMinCapacity) per such mentor in
// mentor ID order saying why: the rules allow fewer mentees than the
// minimum (with the count per first rule broken), or the allowed mentees
// are needed elsewhere. The solve maximised the minimum places filled
// (bonusH) before anything else, so a shortfall means that no pairing
// reaches every minimum. Mentors left out (dropped) are not checked.
func (p *Pairing) checkMinimums(st *pairState) error {
	if p.minCap == nil {
		return nil
	}
	n := make([]int, len(p.mentors))
	for _, m := range st.assign {
		if m >= 0 {
			n[m]++
		}
	}
	var errs fault.Collector
	for m, need := range p.minCap {
		if n[m] >= need || (st.dropped != nil && st.dropped[m]) {
			continue
		}
		var counts [numRules]int
		var takers []string // the mentors of its allowed mentees, by ID
		for e := range p.mentees {
			r, _, err := p.forbidden(e, m, true)
			if err != nil {
				return err
			}
			if l := p.lockOf[e]; r == RuleNone && l >= 0 && int(l) != m {
				r = RuleLockedElsewhere
			}
			counts[r]++
			if a := st.assign[e]; r == RuleNone && a >= 0 && int(a) != m {
				takers = append(takers, p.mentorID(int(a)))
			}
		}
		allowed := counts[RuleNone]
		var list []RuleCount
		for r := RuleSelf; r < numRules; r++ {
			if counts[r] > 0 {
				list = append(list, RuleCount{Rule: r, Count: counts[r]})
			}
		}
		id := p.mentorID(m)
		if allowed < need {
			errs.Add(msgMinCapacityTooFew.New("minCapacity", id, need, allowed, len(p.mentees), ruleCountText(list)))
		} else {
			errs.Add(msgMinCapacityTaken.New("minCapacity", id, need, n[m], allowed, idList(takers)))
		}
	}
	return errs.Err()
}
