package learn

import (
	"errors"

	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/fault"
)

// Sentinels of the package's errors; every *[FieldError] unwraps to one.
var (
	// ErrOutOfRange reports a value outside its range: a NaN or infinite
	// outcome, a score outside [0, 1], a binary outcome other than 0 or 1,
	// a bad setting.
	ErrOutOfRange = errors.New("learn: value out of range")
	// ErrBreakdown reports breakdowns that do not fit together: an empty
	// or repeated criterion name, or pairs that list different criteria.
	ErrBreakdown = errors.New("learn: inconsistent breakdowns")
	// ErrEmpty reports too little data to fit: fewer pairs than the
	// criteria need, no criterion with data, a single outcome class.
	ErrEmpty = errors.New("learn: not enough data")
	// ErrSeparated reports binary outcomes that the criteria separate
	// perfectly, so that no finite weights exist.
	ErrSeparated = errors.New("learn: outcomes separated")
	// ErrUnknownEnum is internal/enum's sentinel for unknown enum text.
	ErrUnknownEnum = enum.ErrUnknown
)

// FieldError is mentorkit's field error (see internal/fault).
type FieldError = fault.Error

var (
	msgNotFinite   = fault.NotFinite.With(ErrOutOfRange)
	msgBetween     = fault.Between.With(ErrOutOfRange)
	msgNegative    = fault.Negative.With(ErrOutOfRange)
	msgProbability = fault.Probability.With(ErrOutOfRange)
	msgRequired    = fault.Required.With(ErrBreakdown)
	msgDuplicate   = fault.Duplicate.With(ErrBreakdown)
	msgTooFew      = fault.TooFew.With(ErrEmpty)

	msgNotBinary = fault.Message{Code: "notBinary", Err: ErrOutOfRange,
		EN: "must be 0 (ended early) or 1 (completed) for a binary outcome",
		NL: "moet 0 (voortijdig beëindigd) of 1 (afgerond) zijn bij een tweewaardige uitkomst"}
	msgMissingKind = fault.Message{Code: "undeclaredMissing", Err: ErrOutOfRange,
		EN: "is not a declared missing side", NL: "is geen geldige waarde voor ontbrekende gegevens"}
	msgUndeclared = fault.Message{Code: "undeclaredEnum", Err: ErrUnknownEnum,
		EN: "is not a declared %s", NL: "is geen geldige waarde voor %s"}
	msgInconsistent = fault.Message{Code: "inconsistentBreakdown", Err: ErrBreakdown,
		EN: "lists the criteria %s, but pairs[0] lists %s",
		NL: "noemt de criteria %s, maar pairs[0] noemt %s"}
	msgNoCriterion = fault.Message{Code: "noCriterionData", Err: ErrEmpty,
		EN: "has no criterion that was scored for any pair",
		NL: "bevat geen criterium dat bij enig koppel is gescoord"}
	msgSingleClass = fault.Message{Code: "singleClass", Err: ErrEmpty,
		EN: "has only outcome %v; a binary outcome needs pairs that completed and pairs that ended early",
		NL: "bevat alleen uitkomst %v; een tweewaardige uitkomst vraagt om afgeronde en voortijdig beëindigde koppels"}
	msgFolds = fault.Message{Code: "badFolds", Err: ErrOutOfRange,
		EN: "must be 0 (the default, 5) or between 2 and the number of pairs %d",
		NL: "moet 0 (de standaard, 5) zijn of tussen 2 en het aantal koppels %d liggen"}
	msgRNGRequired = fault.Message{Code: "rngRequired", Err: ErrOutOfRange,
		EN: "is required for the cross-validation folds and the bootstrap",
		NL: "is verplicht voor de kruisvalidatie en de bootstrap"}
	msgSeparated = fault.Message{Code: "separated", Err: ErrSeparated,
		EN: "are separated by the criteria (%d of %d pairs fitted exactly); no finite weights exist",
		NL: "worden door de criteria volledig gescheiden (%d van %d koppels exact voorspeld); er bestaan geen eindige gewichten"}
	msgFitFailed = fault.Message{Code: "fitFailed", Err: ErrEmpty,
		EN: "could not be fitted: %v", NL: "konden niet worden geschat: %v"}

	messages = []fault.Message{msgNotFinite, msgBetween, msgNegative, msgProbability, msgRequired,
		msgDuplicate, msgTooFew, msgNotBinary, msgMissingKind, msgUndeclared, msgInconsistent,
		msgNoCriterion, msgSingleClass, msgFolds, msgRNGRequired, msgSeparated, msgFitFailed}
)
