package evaluation

import (
	"errors"
	"fmt"
	"math"
	"strconv"
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
	// ErrUnknownOption reports a configuration enum (Method, ZeroMethod,
	// Transform) that is not one of the declared constants.
	ErrUnknownOption = errors.New("evaluation: unknown option")
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

// InputError is one problem with one argument: which argument (with its
// index in brackets where it has one, for example "x[3]" or
// "table[1][0]"), the offending value and what is wrong. It unwraps to one
// of the package's sentinel errors. Functions join several InputErrors with
// errors.Join.
type InputError struct {
	// Arg names the argument, or the element of it, that is wrong.
	Arg string
	// Value is the offending value (a copy), or nil where there is none.
	Value any
	// Problem says in plain English what is wrong.
	Problem string
	// Err is the sentinel the error unwraps to.
	Err error
}

// Error formats the problem as "evaluation: ARG = VALUE: PROBLEM", leaving
// out " = VALUE" where there is no value.
func (e *InputError) Error() string {
	if e.Value == nil {
		return "evaluation: " + e.Arg + ": " + e.Problem
	}
	return fmt.Sprintf("evaluation: %s = %v: %s", e.Arg, e.Value, e.Problem)
}

// Unwrap returns the sentinel error.
func (e *InputError) Unwrap() error { return e.Err }

func inputErr(arg string, value any, sentinel error, problem string) error {
	return &InputError{Arg: arg, Value: value, Problem: problem, Err: sentinel}
}

func indexed(arg string, i int) string { return arg + "[" + strconv.Itoa(i) + "]" }

// maxListed bounds the number of per-element errors joined for one
// argument, so that a million bad values give a readable error.
const maxListed = 10

// checkFinite reports every NaN or infinite element of x (up to maxListed,
// then a count of the rest).
func checkFinite(arg string, x []float64) error {
	var errs []error
	bad := 0
	for i, v := range x {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			bad++
			if bad <= maxListed {
				errs = append(errs, inputErr(indexed(arg, i), v, ErrOutOfRange, "not a finite number"))
			}
		}
	}
	if bad > maxListed {
		errs = append(errs, inputErr(arg, nil, ErrOutOfRange,
			strconv.Itoa(bad-maxListed)+" more values are not finite numbers"))
	}
	return errors.Join(errs...)
}

// checkSample checks that x has at least minLen values, all finite.
func checkSample(arg string, x []float64, minLen int) error {
	if len(x) < minLen {
		return inputErr(arg, nil, ErrEmpty, fmt.Sprintf("has %d values, needs at least %d", len(x), minLen))
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
		return 0, inputErr(arg, c, ErrOutOfRange, "must lie strictly between 0 and 1")
	}
	return c, nil
}

// joinErrs is errors.Join that returns nil for an empty list.
func joinErrs(errs []error) error {
	if len(errs) == 0 {
		return nil
	}
	return errors.Join(errs...)
}
