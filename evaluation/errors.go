package evaluation

import (
	"errors"
	"math"

	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/fault"
)

// Sentinel errors. Every error this package returns wraps one of them, so a
// caller can test the kind of problem with errors.Is whatever the details.
var (
	// ErrEmpty reports an input with too few values for the statistic to
	// exist: an empty sample, a table without cells.
	ErrEmpty = errors.New("evaluation: not enough data")
	// ErrLength reports inputs that must have the same length and do not:
	// paired samples, durations and events, ragged table rows.
	ErrLength = errors.New("evaluation: lengths differ")
	// ErrOutOfRange reports a value outside its documented range: NaN or an
	// infinity in data, a negative count, a confidence level outside (0, 1).
	ErrOutOfRange = errors.New("evaluation: value out of range")
	// ErrUnknownEnum reports a setting (Method, ZeroMethod, Transform) that
	// is not one of the declared constants, or a Method the function does
	// not offer. It is the one unknown-enum sentinel of mentorkit, so
	// errors.Is matches it whichever package reported the value.
	ErrUnknownEnum = enum.ErrUnknown
	// ErrZeroExpected reports a contingency table whose expected frequency
	// is zero somewhere (a row or column that sums to zero); scipy raises
	// ValueError there.
	ErrZeroExpected = errors.New("evaluation: zero expected frequency")
	// ErrAllZero reports a Wilcoxon signed-rank test whose differences are
	// all zero under ZeroWilcox or ZeroPratt; scipy raises ValueError there.
	ErrAllZero = errors.New("evaluation: all differences are zero")
	// ErrSingular reports a log-rank variance matrix that cannot be
	// inverted; R's solve raises an error there.
	ErrSingular = errors.New("evaluation: singular variance matrix")
	// ErrBeyondFollowUp reports a time after the last observed time of a
	// survival curve, where the curve says nothing (R's summary.survfit
	// drops such times).
	ErrBeyondFollowUp = errors.New("evaluation: time beyond the follow-up")
)

// FieldError is the error of one bad value: its field path ("x[3]",
// "table[1][0]", "subjects[12].covariates[0]", "cfg.confidence"), the ID
// of the subject it belongs to where there is one, the value, a stable
// code and its message in English and Dutch. It unwraps to one of the
// sentinels above. It is the one field-error type of mentorkit: errors.As
// finds it under any package's name.
type FieldError = fault.Error

// maxListed bounds the number of per-element errors joined for one
// argument, so that a million bad values give a readable error.
const maxListed = 10

// checkFinite reports every NaN or infinite element of x (up to maxListed,
// then a count of the rest).
func checkFinite(arg string, x []float64) error {
	var c fault.Collector
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
	return c.Err()
}

// checkSample checks that x has at least minLen values, all finite.
func checkSample(arg string, x []float64, minLen int) error {
	if len(x) < minLen {
		return msgTooFew.At(arg, nil, len(x), minLen)
	}
	return checkFinite(arg, x)
}

// checkConfidence resolves a zero confidence level to def and checks that
// the result lies strictly between 0 and 1.
func checkConfidence(arg string, c, def float64) (float64, error) {
	if c == 0 {
		return def, nil
	}
	if !(c > 0 && c < 1) {
		return 0, msgProbability.At(arg, c)
	}
	return c, nil
}

// checkCount checks a number of trials n (at least 1) and a count of
// successes k in [0, n], naming them nName and kName.
func checkCount(kName string, k int, nName string, n int) error {
	if n < 1 {
		return msgAtLeast.At(nName, n, 1)
	}
	if k < 0 || k > n {
		return msgBetween.At(kName, k, 0, n)
	}
	return nil
}

// checkNonNegative reports a value that is NaN, infinite or negative.
func checkNonNegative(field, id string, v float64) *FieldError {
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0):
		return msgNotFinite.New(field, id, v)
	case v < 0:
		return msgNegative.New(field, id, v)
	}
	return nil
}
