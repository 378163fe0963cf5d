package matching

import (
	"math"
	"strconv"

	"gonum.org/v1/gonum/mat"
)

// StabilityPrice compares a stable matching with the best matching on the
// same scores: what stability costs in total score.
type StabilityPrice struct {
	// Optimal is the largest total score of any matching of mutually
	// acceptable pairs (finite scores) within the capacities; Stable the
	// total of the matching given.
	Optimal float64 `json:"optimal"`
	Stable  float64 `json:"stable"`
	// Loss is Optimal - Stable (>= 0 up to rounding).
	Loss float64 `json:"loss"`
	// Ratio is Optimal / Stable, the price of stability of the instance
	// (Anshelevich et al., FOCS 2004): 1 when both are 0, +Inf when only
	// Stable is 0.
	Ratio float64 `json:"ratio"`
	// OptimalMatching is the mentor of each mentee in the optimum, -1 for
	// none.
	OptimalMatching []int `json:"optimalMatching"`
}

// PriceOfStability measures a matching (typically Stable's, on
// preferences from PreferencesFromScores(scores, nil, capacity)) against
// the optimal assignment on scores, mentees (rows) × mentors (columns),
// with -Inf for forbidden pairs and capacity per mentor (nil: 1 each).
// The optimum maximises the total score, leaving a mentee unmatched
// where that is better (as a matching may). Scores are meant to be
// non-negative, as pairing scores are; with negative scores the optimum
// leaves those pairs out.
//
// Errors: the entry errors of Assign (ErrShape, ErrNaN,
// ErrForbiddenSign for +Inf, ErrRange); *InputError wrapping ErrConfig
// for a capacity of the wrong length or below zero, ErrInvalidMatching
// for a matching of the wrong length, out of range, on a forbidden pair
// or over a capacity. Inputs are not modified.
func PriceOfStability(scores mat.Matrix, capacity []int, menteeToMentor []int) (StabilityPrice, error) {
	val, r, c, capa, err := CapInput(scores, capacity)
	if err != nil {
		return StabilityPrice{}, err
	}
	if err := CapCheckMatching(val, r, c, capa, menteeToMentor); err != nil {
		return StabilityPrice{}, err
	}
	var res StabilityPrice
	for e, m := range menteeToMentor {
		if m >= 0 {
			res.Stable += val[e*c+m]
		}
	}
	res.OptimalMatching, res.Optimal, err = CapOptimum(val, r, c, capa)
	if err != nil {
		return StabilityPrice{}, err
	}
	res.Loss = res.Optimal - res.Stable
	switch {
	case res.Stable == 0 && res.Optimal == 0:
		res.Ratio = 1
	case res.Stable == 0:
		res.Ratio = math.Inf(1)
	default:
		res.Ratio = res.Optimal / res.Stable
	}
	return res, nil
}

// CapInput validates a score matrix (Maximize rules) and a capacity (nil:
// 1 each) and copies them.
func CapInput(scores mat.Matrix, capacity []int) (val []float64, r, c int, capa []int, err error) {
	r, c, err = CheckMatrix(scores, Maximize)
	if err != nil {
		return nil, 0, 0, nil, err
	}
	var pr pairProblems
	capa = make([]int, c)
	switch {
	case capacity == nil:
		for j := range capa {
			capa[j] = 1
		}
	case len(capacity) != c:
		pr.add("capacity", len(capacity), "must have one entry per mentor ("+strconv.Itoa(c)+")", ErrConfig)
	default:
		for j, x := range capacity {
			if x < 0 {
				pr.add("capacity["+strconv.Itoa(j)+"]", x, "must not be negative", ErrConfig)
			}
			capa[j] = x
		}
	}
	if err := pr.err(); err != nil {
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

// CapOptimum returns the largest-total matching of rows to columns within
// the capacities, rows free to stay unmatched: the dense solver on rows ×
// (places + one private "unmatched" column per row of value 0).
func CapOptimum(val []float64, r, c int, capa []int) ([]int, float64, error) {
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
	a, err := Assign(mat.NewDense(r, w, data), Maximize)
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

// CapCheckMatching checks a matching against validated scores and
// capacities.
func CapCheckMatching(val []float64, r, c int, capa []int, mm []int) error {
	var pr pairProblems
	if len(mm) != r {
		pr.add("menteeToMentor", len(mm), "must have one entry per mentee ("+strconv.Itoa(r)+")", ErrInvalidMatching)
		return pr.err()
	}
	load := make([]int, c)
	for e, m := range mm {
		f := func() string { return "menteeToMentor[" + strconv.Itoa(e) + "]" }
		switch {
		case m < -1 || m >= c:
			pr.add(f(), m, "is out of range [-1, "+strconv.Itoa(c)+")", ErrInvalidMatching)
		case m >= 0 && math.IsInf(val[e*c+m], -1):
			pr.add(f(), m, "is a forbidden pair", ErrInvalidMatching)
		case m >= 0:
			load[m]++
		}
	}
	for m, l := range load {
		if l > capa[m] {
			pr.add("mentor["+strconv.Itoa(m)+"]", l, "has more mentees than its capacity "+strconv.Itoa(capa[m]), ErrInvalidMatching)
		}
	}
	return pr.err()
}
