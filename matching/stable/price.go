package stable

import (
	"math"

	"github.com/mentorkit/mentorkit/internal/jsonx"

	"github.com/mentorkit/mentorkit/matching/internal/capmat"
	"gonum.org/v1/gonum/mat"
)

// Price compares a stable matching with the best matching on the
// same scores: what stability costs in total score.
type Price struct {
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

// MarshalJSON writes p with the module's JSON rule (internal/jsonx): an
// infinite Ratio is the string "Infinity".
func (p Price) MarshalJSON() ([]byte, error) { return jsonx.Marshal(p) }

// UnmarshalJSON reads what MarshalJSON writes.
func (p *Price) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, p) }

// PriceOfStability measures a matching (typically Match's, on
// preferences from PreferencesFromScores(scores, nil, capacity)) against
// the optimal assignment on scores, mentees (rows) × mentors (columns),
// with -Inf for forbidden pairs and capacity per mentor (nil: 1 each).
// The optimum maximises the total score, leaving a mentee unmatched
// where that is better (as a matching may). Scores are meant to be
// non-negative, as pairing scores are; with negative scores the optimum
// leaves those pairs out.
//
// Errors: the entry errors of Assign (ErrShape, ErrNaN,
// ErrForbiddenSign for +Inf, ErrRange); a *FieldError wrapping ErrConfig
// for a capacity of the wrong length or below zero, ErrInvalidMatching
// for a matching of the wrong length, out of range, on a forbidden pair
// or over a capacity. Inputs are not modified.
func PriceOfStability(scores mat.Matrix, capacity []int, menteeToMentor []int) (Price, error) {
	val, r, c, capa, err := capmat.Input(scores, capacity, ErrConfig)
	if err != nil {
		return Price{}, err
	}
	if err := capmat.CheckMatching(val, r, c, capa, menteeToMentor, ErrInvalidMatching); err != nil {
		return Price{}, err
	}
	var res Price
	for e, m := range menteeToMentor {
		if m >= 0 {
			res.Stable += val[e*c+m]
		}
	}
	res.OptimalMatching, res.Optimal, err = capmat.Optimum(val, r, c, capa)
	if err != nil {
		return Price{}, err
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
