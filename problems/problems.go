package problems

import (
	"github.com/mentorkit/mentorkit/internal/fault"
)

// Text is a message in English and Dutch; it is the type of every
// FieldError's Text.
type Text = fault.Text

// Problem is one thing wrong with a caller's input, ready to show next to
// the field of a form.
type Problem struct {
	// Field is the JSON path of the offending value ("participants[2].person.id");
	// empty when the problem concerns the whole input or is not a field error.
	Field string `json:"field,omitempty"`
	// ID is the ID of the person, relationship, goal or response concerned;
	// empty when none applies.
	ID string `json:"id,omitempty"`
	// Code is the stable machine-readable code ("duplicateId"); empty for an
	// error that carries none.
	Code string `json:"code,omitempty"`
	// Message says what is wrong, in English and Dutch. For a field error it
	// completes the field ("is required", "is verplicht").
	Message Text `json:"message"`
}

// coded is the shape of mentorkit's typed errors that are not field errors.
type coded interface {
	Code() string
	Message(dutch bool) string
}

// List flattens err into its problems, in the order of the error tree. It
// returns nil for a nil error and never an empty list for a non-nil one.
// Wrappers (fmt.Errorf with %w) are looked through; a wrapper's own text is
// dropped when it wraps a FieldError or coded error, and kept as the message
// of a leaf that is neither.
func List(err error) []Problem {
	if err == nil {
		return nil
	}
	var out []Problem
	var walk func(e error)
	walk = func(e error) {
		if e == nil {
			return
		}
		if fe, ok := e.(*fault.Error); ok {
			out = append(out, Problem{Field: fe.Field, ID: fe.ID, Code: fe.Code, Message: fe.Text})
			return
		}
		if c, ok := e.(coded); ok {
			out = append(out, Problem{Code: c.Code(), Message: Text{EN: c.Message(false), NL: c.Message(true)}})
			return
		}
		switch u := e.(type) {
		case interface{ Unwrap() []error }:
			for _, inner := range u.Unwrap() {
				walk(inner)
			}
			return
		case interface{ Unwrap() error }:
			if inner := u.Unwrap(); inner != nil && reportable(inner) {
				walk(inner)
				return
			}
		}
		out = append(out, Problem{Message: Text{EN: e.Error(), NL: e.Error()}})
	}
	walk(err)
	return out
}

// reportable reports whether err holds a field error or coded error
// somewhere in its tree, so a wrapper around it can be looked through.
func reportable(err error) bool {
	switch e := err.(type) {
	case *fault.Error, coded:
		return true
	case interface{ Unwrap() []error }:
		for _, inner := range e.Unwrap() {
			if reportable(inner) {
				return true
			}
		}
	case interface{ Unwrap() error }:
		if inner := e.Unwrap(); inner != nil {
			return reportable(inner)
		}
	}
	return false
}
