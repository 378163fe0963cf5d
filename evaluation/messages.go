package evaluation

import "github.com/mentorkit/mentorkit/internal/fault"

// The messages of this package's errors, one per code. Every error the
// package returns for bad input is one of these, instantiated with the
// field, the ID (where a subject has one) and the value.
var (
	msgNotFinite   = fault.NotFinite.With(ErrOutOfRange)
	msgNegative    = fault.Negative.With(ErrOutOfRange)
	msgBetween     = fault.Between.With(ErrOutOfRange)
	msgProbability = fault.Probability.With(ErrOutOfRange)
	msgTooFew      = fault.TooFew.With(ErrEmpty)
	msgLength      = fault.Length.With(ErrLength)
	msgRequired    = fault.Required.With(ErrOutOfRange)
	msgDuplicate   = fault.Duplicate.With(ErrOutOfRange)

	msgMoreInvalid = fault.Message{Code: "moreInvalid", Err: ErrOutOfRange,
		EN: "has %d more invalid values (not listed)", NL: "bevat nog %d ongeldige waarden (niet getoond)"}
	msgAtLeast = fault.Message{Code: "tooSmall", Err: ErrEmpty,
		EN: "must be at least %d", NL: "moet minstens %d zijn"}
	msgUndeclared = fault.Message{Code: "undeclaredEnum", Err: ErrUnknownEnum,
		EN: "is not a declared %s", NL: "is geen geldige waarde voor %s"}
	msgMethodNotOffered = fault.Message{Code: "methodNotOffered", Err: ErrUnknownEnum,
		EN: "is not a method of %s; use one of %s", NL: "is geen methode van %s; kies uit %s"}
	msgNoCells = fault.Message{Code: "noCells", Err: ErrEmpty,
		EN: "has no cells", NL: "bevat geen cellen"}
	msgTableTooLarge = fault.Message{Code: "tableTooLarge", Err: ErrOutOfRange,
		EN: "has a total above %d; use ChiSquare, which agrees closely for tables this large",
		NL: "heeft een totaal boven %d; gebruik ChiSquare, dat bij zulke grote tabellen nauwelijks afwijkt"}
	msgTotalOverflow = fault.Message{Code: "totalOverflow", Err: ErrOutOfRange,
		EN: "has a total too large for a float64", NL: "heeft een totaal dat te groot is voor een float64"}
	msgZeroExpected = fault.Message{Code: "zeroExpected", Err: ErrZeroExpected,
		EN: "has an expected frequency of zero (its row or column sums to zero)",
		NL: "heeft een verwachte frequentie van nul (de rij of kolom telt op tot nul)"}
	msgAllZero = fault.Message{Code: "allZero", Err: ErrAllZero,
		EN: "has only zero differences; the test needs ZeroSplit or a non-zero difference",
		NL: "bevat alleen verschillen van nul; de toets heeft ZeroSplit of een verschil ongelijk aan nul nodig"}
	msgNoRows = fault.Message{Code: "noRows", Err: ErrEmpty,
		EN: "has no rows", NL: "bevat geen rijen"}
	msgBeyondFollowUp = fault.Message{Code: "beyondFollowUp", Err: ErrBeyondFollowUp,
		EN: "is after the last observed time %v", NL: "ligt na de laatst waargenomen tijd %v"}
	msgBeforeFirst = fault.Message{Code: "beforeFirstTime", Err: ErrOutOfRange,
		EN: "is before the first observed time %v", NL: "ligt voor de eerst waargenomen tijd %v"}
	msgDiffers = fault.Message{Code: "differs", Err: ErrOutOfRange,
		EN: "differs from %s = %v", NL: "wijkt af van %s = %v"}
	msgSingleGroup = fault.Message{Code: "singleGroup", Err: ErrEmpty,
		EN: "has a single group; the test compares at least two", NL: "bevat één groep; de toets vergelijkt er minstens twee"}
	msgTooManyGroups = fault.Message{Code: "tooManyGroups", Err: ErrOutOfRange,
		EN: "has %d groups, at most %d (the variance matrix is k×k)", NL: "bevat %d groepen, hoogstens %d (de variantiematrix is k×k)"}
	msgSingular = fault.Message{Code: "singular", Err: ErrSingular,
		EN: "give a singular log-rank variance matrix (no information at the event times)",
		NL: "geven een singuliere variantiematrix voor de log-ranktoets (geen informatie op de tijden van de gebeurtenissen)"}
	msgRNGRequired = fault.Message{Code: "rngRequired", Err: ErrOutOfRange,
		EN: "is required when the test is not exact", NL: "is verplicht als de toets niet exact is"}
	msgNoTreated = fault.Message{Code: "noTreated", Err: ErrEmpty,
		EN: "has no treated (mentored) subject", NL: "bevat niemand die aan het programma deelnam"}
	msgNoControl = fault.Message{Code: "noControl", Err: ErrEmpty,
		EN: "has no control subject", NL: "bevat niemand om mee te vergelijken"}
)

// messages lists every message of the package (for fault.CheckTable).
var messages = []fault.Message{
	msgNotFinite, msgNegative, msgBetween, msgProbability, msgTooFew, msgLength, msgRequired, msgDuplicate,
	msgMoreInvalid, msgAtLeast, msgUndeclared, msgMethodNotOffered, msgNoCells, msgTableTooLarge,
	msgTotalOverflow, msgZeroExpected, msgAllZero, msgNoRows, msgBeyondFollowUp, msgBeforeFirst,
	msgDiffers, msgSingleGroup, msgTooManyGroups, msgSingular, msgRNGRequired, msgNoTreated, msgNoControl,
}
