package reliability

import (
	"github.com/mentorkit/mentorkit/feedback"
	"github.com/mentorkit/mentorkit/internal/fault"
)

// Sentinel errors: the feedback package's own, so errors.Is matches either
// name.
var (
	// ErrInvalid reports a malformed value (a level left unset).
	ErrInvalid = feedback.ErrInvalid
	// ErrOutOfRange reports a parameter outside its allowed range (a
	// confidence level, a rating off the scale).
	ErrOutOfRange = feedback.ErrOutOfRange
	// ErrNaN reports NaN or ±Inf where a finite number is required.
	ErrNaN = feedback.ErrNaN
	// ErrShape reports a matrix missing or without rows or columns.
	ErrShape = feedback.ErrShape
	// ErrTooFew reports too few observations for the statistic to exist
	// (fewer than two respondents, items, raters or pairable values).
	ErrTooFew = feedback.ErrTooFew
	// ErrUnknownEnum reports a [Level] that is not one of the declared
	// constants, or unknown text for one in JSON.
	ErrUnknownEnum = feedback.ErrUnknownEnum
)

// FieldError is the module's one field error: the field path, the value,
// a stable code and the message in English and Dutch.
type FieldError = fault.Error
