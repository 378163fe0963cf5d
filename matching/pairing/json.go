package pairing

import (
	"errors"
	"strconv"
)

// ErrUnknownName means a JSON string names no value of a pairing enum
// (Priority, Rule, Reason, Side, Criterion).
var ErrUnknownName = errors.New("pairing: unknown name")

// pairMarshal returns the name of x among names, or an error for an
// undeclared value.
func pairMarshal(kind string, names []string, x int) ([]byte, error) {
	if x < 0 || x >= len(names) {
		return nil, &InputError{Field: kind, Value: x, Problem: "is not a declared " + kind, Err: ErrUnknownName}
	}
	return []byte(names[x]), nil
}

// pairUnmarshal returns the index of text among names.
func pairUnmarshal(kind string, names []string, text []byte) (int, error) {
	for i, n := range names {
		if n == string(text) {
			return i, nil
		}
	}
	return 0, &InputError{Field: kind, Value: strconv.Quote(string(text)), Problem: "is not a " + kind + " name", Err: ErrUnknownName}
}

var priorityNames = []string{"score", "participation"}

// MarshalText writes the priority as "score" or "participation".
func (p Priority) MarshalText() ([]byte, error) {
	return pairMarshal("Priority", priorityNames, int(p))
}

// UnmarshalText reads "score" or "participation"; anything else is an
// error wrapping ErrUnknownName and leaves p unchanged.
func (p *Priority) UnmarshalText(text []byte) error {
	i, err := pairUnmarshal("Priority", priorityNames, text)
	if err == nil {
		*p = Priority(i)
	}
	return err
}

// MarshalText writes the rule's name ("reportingLine").
func (r Rule) MarshalText() ([]byte, error) { return pairMarshal("Rule", ruleNames[:], int(r)) }

// UnmarshalText reads a rule's name; an unknown name is an error wrapping
// ErrUnknownName and leaves r unchanged.
func (r *Rule) UnmarshalText(text []byte) error {
	i, err := pairUnmarshal("Rule", ruleNames[:], text)
	if err == nil {
		*r = Rule(i)
	}
	return err
}

// MarshalText writes the reason's name ("capacityExhausted").
func (r Reason) MarshalText() ([]byte, error) { return pairMarshal("Reason", reasonNames, int(r)) }

// UnmarshalText reads a reason's name; an unknown name is an error
// wrapping ErrUnknownName and leaves r unchanged.
func (r *Reason) UnmarshalText(text []byte) error {
	i, err := pairUnmarshal("Reason", reasonNames, text)
	if err == nil {
		*r = Reason(i)
	}
	return err
}

// MarshalText writes the criterion's name ("careerGoals").
func (c Criterion) MarshalText() ([]byte, error) {
	return pairMarshal("Criterion", criterionNames[:], int(c))
}

// UnmarshalText reads a criterion's name; an unknown name is an error
// wrapping ErrUnknownName and leaves c unchanged.
func (c *Criterion) UnmarshalText(text []byte) error {
	i, err := pairUnmarshal("Criterion", criterionNames[:], text)
	if err == nil {
		*c = Criterion(i)
	}
	return err
}
