package reliability

import "github.com/mentorkit/mentorkit/internal/fault"

// The package's error messages (see feedback's table for the conventions).
var (
	msgRequired    = fault.Required.With(ErrInvalid)
	msgNotFinite   = fault.NotFinite.With(ErrNaN)
	msgBetween     = fault.Between.With(ErrOutOfRange) // args: the bounds
	msgProbability = fault.Probability.With(ErrOutOfRange)
	msgTooFew      = fault.TooFew.With(ErrTooFew) // args: count found, count needed

	msgNilMatrix = fault.Message{Code: "nilMatrix", Err: ErrShape,
		EN: "is missing (nil)",
		NL: "ontbreekt (nil)"}
	msgEmptyMatrix = fault.Message{Code: "emptyMatrix", Err: ErrShape,
		EN: "has no rows or no columns",
		NL: "heeft geen rijen of geen kolommen"}
	msgMatrixTooSmall = fault.Message{Code: "matrixTooSmall", Err: ErrTooFew,
		EN: "has %d rows and %d columns; needs at least %d rows and %d columns",
		NL: "heeft %d rijen en %d kolommen; er zijn minstens %d rijen en %d kolommen nodig"}
	msgTooFewComplete = fault.Message{Code: "tooFewComplete", Err: ErrTooFew,
		EN: "has %d complete rows of %d items; needs at least 2 of each",
		NL: "heeft %d volledige rijen van %d vragen; van beide zijn er minstens 2 nodig"}
	msgNoPairable = fault.Message{Code: "noPairable", Err: ErrTooFew,
		EN: "has %d pairable values; alpha needs two values in one unit",
		NL: "heeft %d te koppelen waarden; alpha heeft twee waarden in één eenheid nodig"}
	msgUndeclaredLevel = fault.Message{Code: "unknownLevel", Err: ErrUnknownEnum,
		EN: "is not a declared level of measurement",
		NL: "is geen bekend meetniveau"}
)

// messages lists every message, for the table's check.
var messages = []fault.Message{
	msgRequired, msgNotFinite, msgBetween, msgProbability, msgTooFew,
	msgNilMatrix, msgEmptyMatrix, msgMatrixTooSmall, msgTooFewComplete, msgNoPairable, msgUndeclaredLevel,
}
