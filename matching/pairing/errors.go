package pairing

import (
	"errors"
	"fmt"
)

// Sentinel errors of mentor–mentee pairing. Pairing errors wrap one of
// them (or one of the mentoring package's sentinels, for a programme that
// fails mentoring's own validation), so callers can test with errors.Is.
var (
	// ErrUnknownID means an ID names no participant on the side it is
	// used for (a lock, ban, previous pair or query).
	ErrUnknownID = errors.New("pairing: unknown participant ID")
	// ErrDuplicateID means a person ID appears twice.
	ErrDuplicateID = errors.New("pairing: duplicate ID")
	// ErrWeight means a weight is negative, NaN or infinite, or all weights
	// are zero.
	ErrWeight = errors.New("pairing: bad weight")
	// ErrConfig means a setting is out of its documented range (a negative
	// capacity, a minimum score outside [0, 1], a working day of no length,
	// an alternatives or suggestions count out of range, a WhyNot query on
	// a result of another Pairing, the Rematcher's IDs, capacities and
	// penalty).
	ErrConfig = errors.New("pairing: bad setting")
	// ErrLock means a lock breaks a rule, or locks conflict with each other
	// or with a capacity.
	ErrLock = errors.New("pairing: lock cannot be honoured")
	// ErrCriterion means a custom criterion returned a value outside [0, 1]
	// or NaN, or has an empty or duplicate name.
	ErrCriterion = errors.New("pairing: bad custom criterion")
)

// InputError reports one problem with the pairing input: where (Field, a
// path such as "rules.locks[2].mentorId"), the value found and what is
// wrong. It unwraps to one of the sentinels above; several are joined with
// errors.Join.
type InputError struct {
	Field   string
	Value   any
	Problem string
	Err     error
}

// Error formats the problem as "pairing: FIELD = VALUE: PROBLEM".
func (e *InputError) Error() string {
	if e.Value == nil {
		return fmt.Sprintf("pairing: %s: %s", e.Field, e.Problem)
	}
	return fmt.Sprintf("pairing: %s = %v: %s", e.Field, e.Value, e.Problem)
}

// Unwrap returns the sentinel.
func (e *InputError) Unwrap() error { return e.Err }

// CriterionError reports a custom criterion that scored a pair outside
// [0, 1]. It unwraps to ErrCriterion.
type CriterionError struct {
	Criterion          string
	MentorID, MenteeID string
	Value              float64
}

// Error names the criterion, the pair and the value.
func (e *CriterionError) Error() string {
	return fmt.Sprintf("%v: %q scored mentor %q with mentee %q as %v, want a value in [0, 1]", ErrCriterion, e.Criterion, e.MentorID, e.MenteeID, e.Value)
}

// Unwrap returns ErrCriterion.
func (e *CriterionError) Unwrap() error { return ErrCriterion }

// pairProblems collects InputErrors.
type pairProblems struct{ errs []error }

func (p *pairProblems) add(field string, value any, problem string, sentinel error) {
	p.errs = append(p.errs, &InputError{Field: field, Value: value, Problem: problem, Err: sentinel})
}

func (p *pairProblems) err() error { return errors.Join(p.errs...) }
