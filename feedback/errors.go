package feedback

import (
	"errors"
	"fmt"
)

// Sentinel errors. Every error the package returns matches one of them with
// errors.Is; most arrive wrapped in a *FieldError that names the place.
var (
	// ErrInvalid reports a malformed value: an empty ID, a reversed scale,
	// an unknown enum, a policy below the floor.
	ErrInvalid = errors.New("feedback: invalid input")
	// ErrDuplicate reports an ID that must be unique but appears twice.
	ErrDuplicate = errors.New("feedback: duplicate")
	// ErrUnknownItem reports an answer to an item the instrument does not have.
	ErrUnknownItem = errors.New("feedback: unknown item")
	// ErrOutOfRange reports an answer or parameter outside its allowed range.
	ErrOutOfRange = errors.New("feedback: out of range")
	// ErrNaN reports NaN or ±Inf where a finite number is required.
	ErrNaN = errors.New("feedback: not a finite number")
	// ErrShape reports a matrix or slice of the wrong size.
	ErrShape = errors.New("feedback: wrong shape")
	// ErrTooFew reports too few observations for the statistic to exist
	// (fewer than two respondents, items, raters or pairable values).
	ErrTooFew = errors.New("feedback: too few observations")
)

// FieldError says which field held which value and why it was rejected. It
// unwraps to one of the package's sentinel errors.
type FieldError struct {
	Field  string // path of the field, e.g. "responses[3].answers[1].value"
	Value  any    // the offending value; nil when there is none to show
	Reason string // what was expected, e.g. "the scale is 1..5"
	Err    error  // the sentinel; errors.Is matches through it
}

// Error implements error: "<sentinel>: <field> = <value> (<reason>)".
func (e *FieldError) Error() string {
	s := fmt.Sprintf("%v: %s", e.Err, e.Field)
	if e.Value != nil {
		s += fmt.Sprintf(" = %v", e.Value)
	}
	if e.Reason != "" {
		s += " (" + e.Reason + ")"
	}
	return s
}

// Unwrap returns the sentinel.
func (e *FieldError) Unwrap() error { return e.Err }

func fieldErr(err error, value any, reason, field string) error {
	return &FieldError{Field: field, Value: value, Reason: reason, Err: err}
}
