package plots

import (
	"errors"

	"github.com/mentorkit/mentorkit/internal/fault"
)

// FieldError is the error of bad input: the field, the value, a stable code
// and the message in English and Dutch (the module's one field error).
type FieldError = fault.Error

var (
	// ErrEmpty is wrapped by errors for input with nothing to draw.
	ErrEmpty = errors.New("plots: nothing to draw")
	// ErrInvalid is wrapped by errors for a value that cannot be drawn.
	ErrInvalid = errors.New("plots: invalid input")
)

// The messages of this package's errors, one per code.
var (
	msgNotFinite = fault.NotFinite.With(ErrInvalid)
	msgLength    = fault.Length.With(ErrInvalid)
	msgNothing   = fault.Message{Code: "nothingToDraw", Err: ErrEmpty,
		EN: "has nothing to draw", NL: "bevat niets om te tekenen"}
	msgRange = fault.Message{Code: "rangeNotDrawable", Err: ErrInvalid,
		EN: "spans a range that cannot be drawn (from %v to %v)", NL: "beslaat een bereik dat niet te tekenen is (van %v tot %v)"}
	msgNegativeBins = fault.Message{Code: "negativeBins", Err: ErrInvalid,
		EN: "must not be negative", NL: "mag niet negatief zijn"}
)

// messages lists every message for the table check.
var messages = []fault.Message{msgNotFinite, msgLength, msgNothing, msgNegativeBins, msgRange}
