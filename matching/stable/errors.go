package stable

import (
	"errors"
	"fmt"
)

// ErrConfig means a setting is out of its documented range: a capacity of
// the wrong length or below zero, or a proposer that is neither side.
var ErrConfig = errors.New("stable: bad setting")

// InputError reports one problem with the input: where (Field, a path
// such as "capacity[2]"), the value found and what is wrong. It unwraps
// to one of the package's sentinels; several are joined with errors.Join.
type InputError struct {
	Field   string
	Value   any
	Problem string
	Err     error
}

// Error formats the problem as "stable: FIELD = VALUE: PROBLEM".
func (e *InputError) Error() string {
	if e.Value == nil {
		return fmt.Sprintf("stable: %s: %s", e.Field, e.Problem)
	}
	return fmt.Sprintf("stable: %s = %v: %s", e.Field, e.Value, e.Problem)
}

// Unwrap returns the sentinel.
func (e *InputError) Unwrap() error { return e.Err }

// problems collects InputErrors.
type problems struct{ errs []error }

func (p *problems) add(field string, value any, problem string, sentinel error) {
	p.errs = append(p.errs, &InputError{Field: field, Value: value, Problem: problem, Err: sentinel})
}

func (p *problems) err() error { return errors.Join(p.errs...) }
