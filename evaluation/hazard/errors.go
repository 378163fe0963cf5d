package hazard

import (
	"math"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/mentorkit/mentorkit/internal/fault"
)

// The sentinels are evaluation's: every error of this package wraps one
// of them, so errors.Is works the same whichever package reported it.
var (
	// ErrEmpty reports too few values: no subjects, no covariates.
	ErrEmpty = evaluation.ErrEmpty
	// ErrLength reports inputs that must have the same length and do not:
	// time and event, a covariate column, strata, status, group.
	ErrLength = evaluation.ErrLength
	// ErrOutOfRange reports a value outside its documented range: NaN or
	// an infinity in data, a negative status, a confidence outside (0, 1).
	ErrOutOfRange = evaluation.ErrOutOfRange
	// ErrUnknownEnum reports an undeclared [Ties] or [CoefStatus].
	ErrUnknownEnum = evaluation.ErrUnknownEnum
)

// FieldError is mentorkit's one field error (see [evaluation.FieldError]):
// field path ("covariates[2][17]"), value, code, English and Dutch text.
type FieldError = fault.Error

// maxListed bounds the per-element errors joined for one argument.
const maxListed = 10

// checkFinite reports every NaN or infinite element of x (up to maxListed,
// then a count of the rest).
func checkFinite(c *fault.Collector, arg string, x []float64) {
	bad := 0
	for i, v := range x {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			bad++
			if bad <= maxListed {
				c.Add(msgNotFinite.At(fault.Index(arg, i), v))
			}
		}
	}
	if bad > maxListed {
		c.Add(msgMoreInvalid.At(arg, nil, bad-maxListed))
	}
}
