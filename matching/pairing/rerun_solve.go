package pairing

import (
	"math"

	"github.com/mentorkit/mentorkit/matching"
)

// rematchCandidates is how many best mentors each free mentee starts with
// in keepingAssign (a variable for tests).
var rematchCandidates = 40

// keepingAssign solves the assignment of Rematch by column generation.
// Row i (a free mentee) has the allowed pairs k = start[i] … start[i+1]-1
// with mentor ms[k] and value val[k] + slotBonus[j] at place j of that
// mentor (places slotStart[m] … slotStart[m+1]-1), and a private
// "unmatched" column of value 0. Each row starts with its
// rematchCandidates best pairs; the sparse solver's duals (u per row, v
// per place, v ≥ 0) then price every pair left out, value − u − v, and
// the pairs that could improve the optimum (a positive reduced cost above
// the rounding tolerance) are added and the problem solved again, until
// none is left: the duals then certify the optimum over every allowed
// pair. entries is the number of (pair, place) entries in all. It returns
// the place of each row, -1 for unmatched.
func keepingAssign(ms []int32, val []float64, start, slotStart []int, slotBonus []float64, entries int) ([]int, error) {
	rows, nS := len(start)-1, len(slotBonus)
	out := make([]int, rows)
	for i := range out {
		out[i] = -1
	}
	if rows == 0 {
		return out, nil
	}
	best := func(k int) float64 { // the pair's value at its best place
		m := ms[k]
		if slotStart[m] == slotStart[m+1] {
			return math.Inf(-1)
		}
		return val[k] + slotBonus[slotStart[m]]
	}
	in := make([]bool, len(ms))
	var order []rankedPair
	for i := range rows {
		order = order[:0]
		for k := start[i]; k < start[i+1]; k++ {
			if v := best(k); !math.IsInf(v, -1) {
				order = append(order, rankedPair{v, k})
			}
		}
		for _, q := range topPairs(order, rematchCandidates) {
			in[q.k] = true
		}
	}
	var solver matching.SparseSolver
	var a matching.Assignment
	for {
		c := matching.Candidates{Rows: rows, Cols: nS + rows, RowStart: make([]int, 1, rows+1),
			Col: make([]int, 0, min(entries, rows*2*rematchCandidates)+rows), Value: make([]float64, 0, min(entries, rows*2*rematchCandidates)+rows)}
		for i := range rows {
			for k := start[i]; k < start[i+1]; k++ {
				if !in[k] {
					continue
				}
				for j := slotStart[ms[k]]; j < slotStart[ms[k]+1]; j++ {
					c.Col = append(c.Col, j)
					c.Value = append(c.Value, val[k]+slotBonus[j])
				}
			}
			c.Col = append(c.Col, nS+i)
			c.Value = append(c.Value, 0)
			c.RowStart = append(c.RowStart, len(c.Col))
		}
		if err := solver.Assign(c, matching.Maximize, &a); err != nil { // every row has its own column: never infeasible
			return nil, err
		}
		if keepingPrice(ms, val, start, slotStart, slotBonus, in, a) == 0 {
			break
		}
	}
	for i, j := range a.RowToCol {
		if j >= 0 && j < nS {
			out[i] = j
		}
	}
	return out, nil
}

// keepingPrice adds to in every left-out pair with a positive reduced
// cost value − u_i − v_j at one of its places, above a tolerance scaled
// to the values and duals as matching.VerifySparse scales it, and
// returns how many it added.
func keepingPrice(ms []int32, val []float64, start, slotStart []int, slotBonus []float64, in []bool, a matching.Assignment) int {
	rows := len(start) - 1
	s := 1.0
	for _, x := range a.U {
		s = max(s, math.Abs(x))
	}
	for j, x := range a.V {
		s = max(s, math.Abs(x))
		if j < len(slotBonus) {
			s = max(s, 1+slotBonus[j])
		}
	}
	for _, x := range val {
		s = max(s, math.Abs(x))
	}
	tol := 4 * 0x1p-52 * s * (2 + math.Log2(float64(1+2*rows+len(slotBonus))))
	added := 0
	for i := range rows {
		for k := start[i]; k < start[i+1]; k++ {
			if in[k] {
				continue
			}
			for j := slotStart[ms[k]]; j < slotStart[ms[k]+1]; j++ {
				if val[k]+slotBonus[j]-a.U[i]-a.V[j] > tol {
					in[k] = true
					added++
					break
				}
			}
		}
	}
	return added
}

// rankedPair is an allowed pair k with its value v at its best place.
type rankedPair struct {
	v float64
	k int
}

// before ranks a above b: higher value, then lower index.
func (a rankedPair) before(b rankedPair) bool { return a.v > b.v || (a.v == b.v && a.k < b.k) }

// topPairs returns the n best of list (all when there are at most n),
// reordering list: a quickselect, O(len(list)) on average, with the
// middle element as pivot.
func topPairs(list []rankedPair, n int) []rankedPair {
	if len(list) <= n {
		return list
	}
	lo, hi := 0, len(list) // the n-th best lies in list[lo:hi]
	for hi-lo > 1 {
		pivot := list[lo+(hi-lo)/2]
		// Three-way partition of list[lo:hi]: better, equal (the pivot
		// itself: indices are distinct), worse.
		i, j := lo, hi
		for k := lo; k < j; {
			switch {
			case list[k].before(pivot):
				list[i], list[k] = list[k], list[i]
				i++
				k++
			case pivot.before(list[k]):
				j--
				list[k], list[j] = list[j], list[k]
			default:
				k++
			}
		}
		// list[lo:i] better, list[i:j] the pivot, list[j:hi] worse.
		switch {
		case n <= i:
			hi = i
		case n <= j:
			return list[:n]
		default:
			lo = j
		}
	}
	return list[:n]
}
