package colgen

import (
	"errors"
	"fmt"
	"math"

	"github.com/mentorkit/mentorkit/matching"
)

// DefaultInitial is the number of pairs each row starts with when
// Problem.Initial is 0 or less.
const DefaultInitial = 40

// ErrProblem means a Problem is malformed (see the package doc, Errors).
var ErrProblem = errors.New("colgen: malformed problem")

// Problem is a sparse assignment of rows to the places of mentors (see the
// package doc for the value of a pair at a place). The zero value is an
// empty problem.
type Problem struct {
	RowStart   []int     // len rows+1 (or empty: no rows); RowStart[0] = 0, non-decreasing, last = len(Mentor)
	Mentor     []int32   // mentor of each pair, in [0, mentors), at most once per row
	Value      []float64 // base value of each pair, finite; len(Mentor)
	PlaceStart []int     // len mentors+1 (or empty: no mentors); PlaceStart[0] = 0, non-decreasing; last = places
	RowBonus   []float64 // per row, finite; nil reads as zeros
	PlaceBonus []float64 // per place, finite; nil reads as zeros
	Initial    int       // pairs each row starts with; 0 or less means DefaultInitial
}

// Solve returns the place of each row in an optimal assignment of p, -1
// for a row left unmatched (in its private column). See the package doc
// for the method, the contract and the errors; p is not modified.
func Solve(p Problem) ([]int, error) {
	rows, places, err := p.check()
	if err != nil {
		return nil, err
	}
	out := make([]int, rows)
	for i := range out {
		out[i] = -1
	}
	if rows == 0 {
		return out, nil
	}
	s := state{Problem: p, rows: rows, places: places}
	if s.RowBonus == nil {
		s.RowBonus = make([]float64, rows)
	}
	if s.PlaceBonus == nil {
		s.PlaceBonus = make([]float64, places)
	}
	s.scale = maxAbs(s.Value) + maxAbs(s.RowBonus) + maxAbs(s.PlaceBonus)
	if math.IsInf(s.scale, 0) {
		return nil, fmt.Errorf("%w: the largest |Value| and bonuses sum beyond the float64 range", ErrProblem)
	}
	s.start()
	var solver matching.SparseSolver
	var a matching.Assignment
	for {
		s.candidates()
		if err := solver.Assign(s.c, matching.Maximize, &a); err != nil { // every row has its own column: never infeasible
			return nil, err
		}
		if s.price(a) == 0 {
			break
		}
	}
	for i, j := range a.RowToCol {
		if j >= 0 && j < places {
			out[i] = j
		}
	}
	return out, nil
}

// state is one Solve: the problem with its bonuses filled in, the pairs
// taken so far and the restricted problem's buffers.
type state struct {
	Problem
	rows, places int
	scale        float64 // max|Value| + max|RowBonus| + max|PlaceBonus|
	in           []bool  // pair k is in the restricted problem
	entries      int     // (pair, place) entries of the pairs in
	c            matching.Candidates
}

// start marks each row's Initial best pairs (value at the best place,
// ties by lower index; pairs whose mentor has no place left out).
func (s *state) start() {
	n := s.Initial
	if n <= 0 {
		n = DefaultInitial
	}
	mentors := max(len(s.PlaceStart)-1, 0)
	best := make([]float64, mentors) // the mentor's largest place bonus
	for m := range best {
		best[m] = math.Inf(-1)
		for j := s.PlaceStart[m]; j < s.PlaceStart[m+1]; j++ {
			best[m] = max(best[m], s.PlaceBonus[j])
		}
	}
	s.in = make([]bool, len(s.Mentor))
	var order []rankedPair
	for i := range s.rows {
		order = order[:0]
		for k := s.RowStart[i]; k < s.RowStart[i+1]; k++ {
			if b := best[s.Mentor[k]]; !math.IsInf(b, -1) {
				order = append(order, rankedPair{s.Value[k] + b, k})
			}
		}
		for _, q := range topPairs(order, n) {
			s.take(q.k)
		}
	}
}

// take marks pair k as in the restricted problem.
func (s *state) take(k int) {
	s.in[k] = true
	m := s.Mentor[k]
	s.entries += s.PlaceStart[m+1] - s.PlaceStart[m]
}

// candidates writes the restricted problem into s.c: the pairs in at each
// of their places, in pair then place order, then the row's own column.
func (s *state) candidates() {
	c := &s.c
	c.Rows, c.Cols = s.rows, s.places+s.rows
	if n := s.entries + s.rows; cap(c.Col) < n {
		c.Col, c.Value = make([]int, 0, n), make([]float64, 0, n)
	}
	c.RowStart, c.Col, c.Value = append(c.RowStart[:0], 0), c.Col[:0], c.Value[:0]
	for i := range s.rows {
		r := s.RowBonus[i]
		for k := s.RowStart[i]; k < s.RowStart[i+1]; k++ {
			if !s.in[k] {
				continue
			}
			x, m := s.Value[k]+r, s.Mentor[k]
			for j := s.PlaceStart[m]; j < s.PlaceStart[m+1]; j++ {
				c.Col = append(c.Col, j)
				c.Value = append(c.Value, x+s.PlaceBonus[j])
			}
		}
		c.Col = append(c.Col, s.places+i)
		c.Value = append(c.Value, 0)
		c.RowStart = append(c.RowStart, len(c.Col))
	}
}

// price adds every pair left out with a reduced cost value − u_i − v_j
// above the tolerance at one of its places, and returns how many it added.
func (s *state) price(a matching.Assignment) int {
	tol := s.tolerance(a)
	added := 0
	for i := range s.rows {
		r, u := s.RowBonus[i], a.U[i]
		for k := s.RowStart[i]; k < s.RowStart[i+1]; k++ {
			if s.in[k] {
				continue
			}
			x, m := s.Value[k]+r, s.Mentor[k]
			for j := s.PlaceStart[m]; j < s.PlaceStart[m+1]; j++ {
				if x+s.PlaceBonus[j]-u-a.V[j] > tol {
					s.take(k)
					added++
					break
				}
			}
		}
	}
	return added
}

// tolerance is the pricing tolerance for the duals of a (see the package
// doc, Numerics).
func (s *state) tolerance(a matching.Assignment) float64 {
	scale := max(1, s.scale, maxAbs(a.U), maxAbs(a.V))
	return 4 * 0x1p-52 * scale * (2 + math.Log2(float64(1+2*s.rows+s.places)))
}

// maxAbs is the largest |x| of xs, 0 when empty.
func maxAbs(xs []float64) float64 {
	m := 0.0
	for _, x := range xs {
		m = max(m, math.Abs(x))
	}
	return m
}
