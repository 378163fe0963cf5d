package capmat

import (
	"math"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/matching"
	"gonum.org/v1/gonum/mat"
)

// Input validates a score matrix (Maximize rules) and a capacity (nil:
// 1 each) and copies them.
func Input(scores mat.Matrix, capacity []int, errConfig error) (val []float64, r, c int, capa []int, err error) {
	r, c, err = matching.CheckMatrix(scores, matching.Maximize)
	if err != nil {
		return nil, 0, 0, nil, err
	}
	var pr fault.Collector
	capa = make([]int, c)
	if capacity == nil {
		for j := range capa {
			capa[j] = 1
		}
	} else {
		copy(capa, capacity)
		CheckCapacity(&pr, capacity, c, errConfig)
	}
	if err := pr.Err(); err != nil {
		return nil, 0, 0, nil, err
	}
	val = make([]float64, r*c)
	for i := range r {
		for j := range c {
			val[i*c+j] = scores.At(i, j)
		}
	}
	return val, r, c, capa, nil
}

// CheckCapacity adds to pr the problems of a capacity given for n mentors:
// a length other than n, or a place count below zero. A nil capacity (one
// place each) has none. The errors wrap sentinel.
func CheckCapacity(pr *fault.Collector, capacity []int, n int, sentinel error) {
	if capacity == nil {
		return
	}
	if len(capacity) != n {
		pr.Add(msgCapacityLength.With(sentinel).At("capacity", len(capacity), len(capacity), n))
		return
	}
	for j, x := range capacity {
		if x < 0 {
			pr.Add(fault.Negative.With(sentinel).At(fault.Index("capacity", j), x))
		}
	}
}

// Optimum returns the largest-total matching of rows to columns within
// the capacities, rows free to stay unmatched: the dense solver on rows ×
// (places + one private "unmatched" column per row of value 0).
func Optimum(val []float64, r, c int, capa []int) ([]int, float64, error) {
	var placeCol []int
	for j, x := range capa {
		for range min(x, r) {
			placeCol = append(placeCol, j)
		}
	}
	s := len(placeCol)
	w := s + r
	data := make([]float64, r*w)
	inf := math.Inf(-1)
	for i := range r {
		row := data[i*w : (i+1)*w]
		for k, j := range placeCol {
			row[k] = val[i*c+j]
		}
		for k := s; k < w; k++ {
			if k-s != i {
				row[k] = inf
			}
		}
	}
	mm := make([]int, r)
	if r == 0 {
		return mm, 0, nil
	}
	a, err := matching.Assign(mat.NewDense(r, w, data), matching.Maximize)
	if err != nil {
		return nil, 0, err
	}
	var tot float64
	for i, k := range a.RowToCol {
		mm[i] = -1
		if k >= 0 && k < s {
			mm[i] = placeCol[k]
			tot += val[i*c+placeCol[k]]
		}
	}
	return mm, tot, nil
}

// CheckMatching checks a matching against validated scores and
// capacities: a pair on a -Inf score is forbidden.
func CheckMatching(val []float64, r, c int, capa []int, mm []int, errInvalid error) error {
	return CheckAssignment(mm, r, capa, errInvalid, func(e, m int) (fault.Message, bool) {
		return msgForbiddenPair, math.IsInf(val[e*c+m], -1)
	})
}

// CheckAssignment checks mm, the mentor of each of r mentees (-1 for
// none), against the capacity of each mentor: one entry per mentee, every
// mentor in range and within its capacity, and no pair that refuse
// rejects (refuse returns the message to report and true). It returns
// every problem found, joined, each wrapping sentinel.
func CheckAssignment(mm []int, r int, capa []int, sentinel error, refuse func(e, m int) (fault.Message, bool)) error {
	var pr fault.Collector
	if len(mm) != r {
		pr.Add(msgMatchingLength.With(sentinel).At("menteeToMentor", len(mm), len(mm), r))
		return pr.Err()
	}
	load := make([]int, len(capa))
	for e, m := range mm {
		if m == -1 {
			continue
		}
		f := fault.Index("menteeToMentor", e)
		if m < -1 || m >= len(capa) {
			pr.Add(msgMentorRange.With(sentinel).At(f, m, len(capa)))
			continue
		}
		if msg, refused := refuse(e, m); refused {
			pr.Add(msg.With(sentinel).At(f, m))
			continue
		}
		load[m]++
	}
	for m, l := range load {
		if l > capa[m] {
			pr.Add(msgOverCapacity.With(sentinel).At(fault.Index("mentor", m), l, capa[m]))
		}
	}
	return pr.Err()
}

// The messages of the field errors; callers bind their own sentinel with
// [fault.Message.With].
var (
	msgCapacityLength = fault.Message{Code: "capacityLength", EN: "has %d entries, want one per mentor (%d)", NL: "heeft %d waarden, verwacht er één per mentor (%d)"}
	msgMatchingLength = fault.Message{Code: "matchingLength", EN: "has %d entries, want one per mentee (%d)", NL: "heeft %d waarden, verwacht er één per mentee (%d)"}
	msgMentorRange    = fault.Message{Code: "mentorOutOfRange", EN: "is no mentor: want -1 (none) or a mentor index below %d", NL: "is geen mentor: verwacht -1 (geen) of een mentorindex onder %d"}
	msgForbiddenPair  = fault.Message{Code: "forbiddenPair", EN: "is a forbidden pair", NL: "is een verboden koppel"}
	msgOverCapacity   = fault.Message{Code: "overCapacity", EN: "has more mentees than its capacity %d", NL: "heeft meer mentees dan de %d plaatsen die er zijn"}
)

// Messages lists every message of the package, for [fault.CheckTable].
var Messages = []fault.Message{msgCapacityLength, fault.Negative, msgMatchingLength, msgMentorRange, msgForbiddenPair, msgOverCapacity}
