package pairing

import (
	"math"
	"slices"
)

// The two ways circles are made to meet Rules.CircleMix when the circles
// formed without it break it: exact search over every assignment on small
// programmes, and a repair by exchanges (then dissolving) on larger ones.

// mixSpace is the number of complete assignments of the free mentees
// (capped just above the exact limit), with each free mentee's options.
func (w *mixWork) mixSpace() (int, [][]int32, error) {
	opts := make([][]int32, len(w.assign))
	space := 1
	for e := range w.assign {
		if w.fixed[e] {
			continue
		}
		for m := range w.p.mentors {
			s, err := w.pairScore(e, m)
			if err != nil {
				return 0, nil, err
			}
			if !math.IsNaN(s) && w.p.capacity[m] > w.p.lockN[m] {
				opts[e] = append(opts[e], int32(m))
			}
		}
		space = min(space*(1+len(opts[e])), mixExactLimit+1)
	}
	return space, opts, nil
}

// value is the solve's objective of the current assignment (see
// Pairing.objective, with the group minimum as fillMin).
func (w *mixWork) value() float64 {
	p := w.p
	v := 0.0
	for m, ms := range w.members {
		for _, e := range ms {
			s, _ := w.pairScore(int(e), m) // cached: checked when offered
			if math.IsNaN(s) {
				s, _ = p.score(int(e), m) // a lock the rules would not allow
			}
			v += s + w.bonusB
		}
		v += w.bonusL * float64(min(len(ms), p.groupMin))
	}
	return v
}

// feasible reports whether every circle has a size it may have and meets
// the mix (circles a lock holds are exempt).
func (w *mixWork) feasible() bool {
	for m, ms := range w.members {
		if len(ms) == 0 || w.held[m] {
			continue
		}
		if len(ms) < w.p.groupMin || w.shortOf(m, ms) > 0 {
			return false
		}
	}
	return true
}

// exact finds the assignment of greatest objective among those whose
// circles all meet the mix, by enumerating every assignment of the free
// mentees (the first in enumeration order on a tie: mentors by index,
// then unmatched). Leaving every free mentee out is always feasible.
func (w *mixWork) exact(opts [][]int32) {
	best := slices.Clone(w.assign)
	for e := range best {
		if !w.fixed[e] {
			best[e] = -1
		}
	}
	for m := range w.members {
		w.members[m] = w.members[m][:0]
	}
	for e, m := range best {
		if m >= 0 {
			w.members[m] = append(w.members[m], int32(e))
		}
	}
	bestV := math.Inf(-1)
	cur := slices.Clone(best)
	var rec func(e int)
	rec = func(e int) {
		for e < len(cur) && w.fixed[e] {
			e++
		}
		if e == len(cur) {
			if w.feasible() {
				if v := w.value(); v > bestV {
					bestV = v
					copy(best, cur)
				}
			}
			return
		}
		for _, m := range opts[e] {
			if len(w.members[m]) >= w.p.capacity[m] {
				continue
			}
			cur[e] = m
			w.members[m] = append(w.members[m], int32(e))
			rec(e + 1)
			w.members[m] = w.members[m][:len(w.members[m])-1]
		}
		cur[e] = -1
		rec(e + 1)
	}
	rec(0)
	w.setAssign(best)
}

// setAssign replaces the assignment and rebuilds the circles.
func (w *mixWork) setAssign(a []int32) {
	copy(w.assign, a)
	for m := range w.members {
		w.members[m] = w.members[m][:0]
	}
	for e, m := range w.assign {
		if m >= 0 {
			w.members[m] = append(w.members[m], int32(e))
		}
	}
}

// mixMove is one exchange of the repair: mentee a goes from circle from
// to circle to (-1: the waiting list), and mentee b (-1: none) the other
// way.
type mixMove struct {
	a, b     int
	from, to int
	gain     int     // shortfall removed
	dv       float64 // change of the objective
}

// better orders moves: more shortfall removed, then more objective; the
// first found wins a tie.
func (x mixMove) better(y mixMove) bool {
	if x.gain != y.gain {
		return x.gain > y.gain
	}
	return x.dv > y.dv
}

// circleShort is a circle's shortfall, 0 for a circle a lock holds.
func (w *mixWork) circleShort(m int, members []int32) int {
	if m < 0 || w.held[m] {
		return 0
	}
	return w.shortOf(m, members)
}

// sizeOK says whether mentor m may have a circle of n.
func (w *mixWork) sizeOK(m, n int) bool {
	if n > w.p.capacity[m] || (n > 0 && w.off != nil && w.off[m]) {
		return false
	}
	return n == 0 || w.held[m] || n >= w.p.groupMin
}

// with returns members with mentee out removed and in (>= 0) added, in a
// scratch slice.
func with(dst, members []int32, out, in int) []int32 {
	dst = dst[:0]
	for _, e := range members {
		if int(e) != out {
			dst = append(dst, e)
		}
	}
	if in >= 0 {
		dst = append(dst, int32(in))
	}
	return dst
}

// side evaluates one circle c of a move: it loses out and gains in (-1:
// nobody). It returns the shortfall removed and the score change, or
// false when a pair is forbidden or the size not allowed.
func (w *mixWork) side(c, out, in int, buf *[]int32) (int, float64, bool, error) {
	if c < 0 {
		return 0, 0, true, nil
	}
	*buf = with(*buf, w.members[c], out, in)
	if !w.sizeOK(c, len(*buf)) {
		return 0, 0, false, nil
	}
	gain := w.circleShort(c, w.members[c]) - w.circleShort(c, *buf)
	dv := 0.0
	if out >= 0 {
		s, _ := w.pairScore(out, c) // in the circle, so scored
		if !math.IsNaN(s) {
			dv -= s
		}
	}
	if in >= 0 {
		s, err := w.pairScore(in, c)
		if err != nil || math.IsNaN(s) {
			return 0, 0, false, err
		}
		dv += s
	}
	return gain, dv, true, nil
}

// evalMove fills in the gain and objective change of a move, or returns
// false when the move is not allowed.
func (w *mixWork) evalMove(mv *mixMove, bufA, bufB *[]int32) (bool, error) {
	g1, d1, ok, err := w.side(mv.from, mv.a, mv.b, bufA)
	if err != nil || !ok {
		return false, err
	}
	g2, d2, ok, err := w.side(mv.to, mv.b, mv.a, bufB)
	if err != nil || !ok {
		return false, err
	}
	in := func(c int) int {
		if c >= 0 {
			return 1
		}
		return 0
	}
	dMatched := in(mv.to) - in(mv.from)
	if mv.b >= 0 {
		dMatched = 0 // b moves the other way
	}
	mv.gain, mv.dv = g1+g2, d1+d2+w.bonusB*float64(dMatched)
	return true, nil
}

// bestMove is the best exchange that lowers the total shortfall, or
// false when none does.
func (w *mixWork) bestMove() (mixMove, bool, error) {
	var best mixMove
	found := false
	var bufA, bufB []int32
	try := func(mv mixMove) error {
		ok, err := w.evalMove(&mv, &bufA, &bufB)
		if err != nil || !ok || mv.gain <= 0 {
			return err
		}
		if !found || mv.better(best) {
			best, found = mv, true
		}
		return nil
	}
	for m, ms := range w.members {
		if w.circleShort(m, ms) == 0 {
			continue
		}
		for _, a32 := range slices.Clone(ms) {
			a := int(a32)
			if w.fixed[a] {
				continue
			}
			// a to the waiting list or to another circle, or swapped
			// with anyone outside the circle.
			if err := try(mixMove{a: a, b: -1, from: m, to: -1}); err != nil {
				return mixMove{}, false, err
			}
			for to := range w.members {
				if to != m {
					if err := try(mixMove{a: a, b: -1, from: m, to: to}); err != nil {
						return mixMove{}, false, err
					}
				}
			}
			for b, mb := range w.assign {
				if !w.fixed[b] && int(mb) != m {
					if err := try(mixMove{a: a, b: b, from: m, to: int(mb)}); err != nil {
						return mixMove{}, false, err
					}
				}
			}
		}
		// anyone outside joins the circle.
		for b, mb := range w.assign {
			if !w.fixed[b] && int(mb) != m {
				if err := try(mixMove{a: b, b: -1, from: int(mb), to: m}); err != nil {
					return mixMove{}, false, err
				}
			}
		}
	}
	return best, found, nil
}

// apply carries out a move.
func (w *mixWork) apply(mv mixMove) {
	w.assign[mv.a] = int32(mv.to)
	if mv.b >= 0 {
		w.assign[mv.b] = int32(mv.from)
	}
	w.setAssign(w.assign)
}

// repair applies the best exchange while one lowers the total shortfall
// (each lowers it by at least one, so there are at most as many as the
// shortfall at the start), then returns the circle, not held by a lock,
// still furthest from the mix (ties: lower total score, then mentor
// index), or -1 when every circle meets it.
func (w *mixWork) repair() (int, error) {
	for {
		mv, ok, err := w.bestMove()
		if err != nil {
			return -1, err
		}
		if !ok {
			break
		}
		w.apply(mv)
	}
	worst, worstShort, worstScore := -1, 0, 0.0
	for m, ms := range w.members {
		d := w.circleShort(m, ms)
		if d == 0 {
			continue
		}
		total := 0.0
		for _, e := range ms {
			s, _ := w.pairScore(int(e), m)
			total += s
		}
		if worst < 0 || d > worstShort || (d == worstShort && total < worstScore) {
			worst, worstShort, worstScore = m, d, total
		}
	}
	return worst, nil
}

// mixPolishPasses bounds the passes of polish.
const mixPolishPasses = 3

// polish raises the objective of circles that all meet the mix by
// single moves and swaps that keep every circle within its sizes and the
// mix (first improvement, in mentee order), for at most mixPolishPasses
// passes over the mentees.
func (w *mixWork) polish() error {
	var bufA, bufB []int32
	for range mixPolishPasses {
		improved := false
		for a := range w.assign {
			if w.fixed[a] {
				continue
			}
			for to := -1; to < len(w.members); to++ {
				for b := -1; b < len(w.assign); b++ {
					from := int(w.assign[a])
					if to == from || (b >= 0 && (w.fixed[b] || int(w.assign[b]) != to || b == a)) {
						continue
					}
					mv := mixMove{a: a, b: b, from: from, to: to}
					ok, err := w.evalMove(&mv, &bufA, &bufB)
					if err != nil {
						return err
					}
					if ok && mv.gain == 0 && mv.dv > 1e-12 {
						w.apply(mv)
						improved = true
					}
				}
			}
		}
		if !improved {
			break
		}
	}
	return nil
}

// applyMix makes the circles of st meet the mix. It returns done when st
// now does (its assignment replaced when needed), or the mentor whose
// circle the caller should dissolve before solving again.
func (p *Pairing) applyMix(mix []mixReq, st *pairState, o pairSolveOpts, formed []bool) (dissolve int, err error) {
	w := p.newMixWork(mix, st, o)
	if w.feasible() {
		p.markMix(st, w, formed, false)
		return -1, nil
	}
	space, opts, err := w.mixSpace()
	if err != nil {
		return -1, err
	}
	if space <= mixExactLimit {
		w.exact(opts)
		p.markMix(st, w, formed, true)
		return -1, nil
	}
	worst, err := w.repair()
	if err != nil || worst >= 0 {
		return worst, err
	}
	if err := w.polish(); err != nil {
		return -1, err
	}
	p.markMix(st, w, formed, true)
	return -1, nil
}

// markMix writes the final assignment into st and marks the mentors
// whose circle of the mix-blind solve is gone because of the mix.
func (p *Pairing) markMix(st *pairState, w *mixWork, formed []bool, changed bool) {
	if changed && !slices.Equal(st.assign, w.assign) {
		st.assign = slices.Clone(w.assign)
		for e := range st.lineOfE {
			st.lineOfE[e] = -1 // the duals no longer describe this assignment
		}
	}
	st.dropped = slices.Clone(st.dropped)
	for m, ms := range w.members {
		if len(ms) > 0 {
			st.dropped[m] = false
			continue
		}
		if formed[m] {
			if st.mixDropped == nil {
				st.mixDropped = make([]bool, len(p.mentors))
			}
			st.mixDropped[m] = true
			st.dropped[m] = true
		}
	}
}
