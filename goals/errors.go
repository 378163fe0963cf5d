package goals

import (
	"errors"
	"fmt"
)

// Sentinel errors. Every error this package returns wraps one of them, so a
// caller can test the kind of problem with errors.Is whatever the details.
var (
	// ErrMissing reports a required value that is empty or zero.
	ErrMissing = errors.New("goals: required value missing")
	// ErrOutOfRange reports a number outside its documented range, NaN or
	// an infinity.
	ErrOutOfRange = errors.New("goals: value out of range")
	// ErrDuplicate reports a value that must be unique and is not.
	ErrDuplicate = errors.New("goals: duplicate value")
	// ErrUnknownEnum reports an enum value (Direction, Commitment, LinkKind,
	// Language, Status, Decision) that is not one of the declared
	// constants, including an unknown string in JSON.
	ErrUnknownEnum = errors.New("goals: unknown enum value")
	// ErrTimeOrder reports times in the wrong order, such as a due date
	// before the start.
	ErrTimeOrder = errors.New("goals: times out of order")
	// ErrInconsistent reports fields that contradict each other, such as a
	// band on a goal whose direction is increase.
	ErrInconsistent = errors.New("goals: inconsistent fields")
	// ErrNotMeasurable reports a goal that lacks what a computation needs:
	// a baseline, a target or band, a start or a due date, or a target
	// beyond its baseline in the goal's direction.
	ErrNotMeasurable = errors.New("goals: goal not measurable")
	// ErrTooFewCheckIns reports too few check-ins (or too few distinct
	// check-in times) for a forecast or the four-point rule.
	ErrTooFewCheckIns = errors.New("goals: too few check-ins")
	// ErrLength reports slices whose lengths must match and do not, or an
	// empty input where no answer exists.
	ErrLength = errors.New("goals: lengths do not match")
)

// FieldError is one validation problem: which field, the value found there
// and what is wrong with it. It unwraps to one of the package's sentinel
// errors. Several FieldErrors are joined with errors.Join.
type FieldError struct {
	// Field is the path of the offending value in JSON names, with indexes
	// in brackets, for example "milestones[2].title" or "levels[3]".
	Field string
	// Value is the offending value (a copy), or nil where there is none.
	Value any
	// Problem says in plain English what is wrong.
	Problem string
	// Err is the sentinel the error unwraps to.
	Err error
}

// Error formats the problem as "goals: FIELD = VALUE: PROBLEM", leaving out
// "= VALUE" when there is no value.
func (e *FieldError) Error() string {
	if e.Value == nil {
		return fmt.Sprintf("goals: %s: %s", e.Field, e.Problem)
	}
	return fmt.Sprintf("goals: %s = %v: %s", e.Field, e.Value, e.Problem)
}

// Unwrap returns the sentinel.
func (e *FieldError) Unwrap() error { return e.Err }

// fieldErr builds a *FieldError.
func fieldErr(field string, value any, err error, problem string) error {
	return &FieldError{Field: field, Value: value, Problem: problem, Err: err}
}

// join is errors.Join that flattens joined errors, so a caller ranging over
// Unwrap() []error sees every *FieldError at one level.
func join(errs ...error) error {
	var flat []error
	for _, err := range errs {
		if err == nil {
			continue
		}
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			flat = append(flat, j.Unwrap()...)
		} else {
			flat = append(flat, err)
		}
	}
	return errors.Join(flat...)
}
