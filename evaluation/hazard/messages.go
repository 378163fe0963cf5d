package hazard

import "github.com/mentorkit/mentorkit/internal/fault"

// The messages of this package's errors, one per code.
var (
	msgNotFinite   = fault.NotFinite.With(ErrOutOfRange)
	msgNegative    = fault.Negative.With(ErrOutOfRange)
	msgProbability = fault.Probability.With(ErrOutOfRange)
	msgTooFew      = fault.TooFew.With(ErrEmpty)
	msgLength      = fault.Length.With(ErrLength)

	msgMoreInvalid = fault.Message{Code: "moreInvalid", Err: ErrOutOfRange,
		EN: "has %d more invalid values (not listed)", NL: "bevat nog %d ongeldige waarden (niet getoond)"}
	msgUndeclared = fault.Message{Code: "undeclaredEnum", Err: ErrUnknownEnum,
		EN: "is not a declared %s", NL: "is geen geldige waarde voor %s"}
	msgStatus = fault.Message{Code: "negativeStatus", Err: ErrOutOfRange,
		EN: "must be 0 (censored) or a cause code of 1 or more",
		NL: "moet 0 (gecensureerd) of een oorzaakcode van 1 of hoger zijn"}
	msgTooManyGroups = fault.Message{Code: "tooManyGroups", Err: ErrOutOfRange,
		EN: "has %d groups, at most %d (the variance matrix is k×k)",
		NL: "bevat %d groepen, hoogstens %d (de variantiematrix is k×k)"}
)

// messages lists every message of the package (for fault.CheckTable).
var messages = []fault.Message{
	msgNotFinite, msgNegative, msgProbability, msgTooFew, msgLength,
	msgMoreInvalid, msgUndeclared, msgStatus, msgTooManyGroups,
}
