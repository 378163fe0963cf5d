package feedback

import (
	"errors"

	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/fault"
)

// Sentinel errors. Every error the package returns matches one of them with
// errors.Is; most arrive as a [*FieldError] that names the place.
var (
	// ErrInvalid reports a malformed value: an empty ID, a reversed scale,
	// a missing rater group, a dimension that does not exist.
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
	// ErrUnknownEnum reports a [Suppression] (or a reliability.Level) that
	// is not one of the declared constants, or unknown text for one in
	// JSON. It is the
	// module's one unknown-enum sentinel, shared with every package.
	ErrUnknownEnum = enum.ErrUnknown
)

// FieldError is the module's one field error: the field path in JSON names
// ("responses[3].answers[1].value"), the ID of the respondent, subject or
// relationship it concerns ("" where none), the offending value, a stable
// code ("answerOffScale") and the message in English and Dutch. It unwraps
// to one of the sentinels above and marshals to JSON with all of these.
type FieldError = fault.Error
