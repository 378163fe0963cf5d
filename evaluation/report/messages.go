package report

import (
	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/mentorkit/mentorkit/internal/fault"
)

// FieldError is the error of one bad value: its field path
// ("records[12].exit", "cfg.confidence"), the ID of the record it belongs
// to, the value, a stable code and its message in English and Dutch. It is
// the one field-error type of mentorkit; errors.As finds it under any
// package's name.
type FieldError = fault.Error

// The messages of this package's errors, by code. They unwrap to the
// sentinels of package evaluation.
var (
	msgNoRecords = fault.Message{Code: "noRecords", Err: evaluation.ErrEmpty,
		EN: "has no records", NL: "bevat geen medewerkers"}
	msgRequired    = fault.Required.With(evaluation.ErrOutOfRange)
	msgNegative    = fault.Negative.With(evaluation.ErrOutOfRange)
	msgNotFinite   = fault.NotFinite.With(evaluation.ErrOutOfRange)
	msgDuplicate   = fault.Duplicate.With(evaluation.ErrOutOfRange)
	msgBetween     = fault.Between.With(evaluation.ErrOutOfRange)
	msgProbability = fault.Probability.With(evaluation.ErrOutOfRange)
	msgLength      = fault.Length.With(evaluation.ErrLength)
	msgAfterEnd    = fault.Message{Code: "startAfterEnd", Err: evaluation.ErrOutOfRange,
		EN: "is after the report's end date %s", NL: "ligt na de einddatum van het rapport (%s)"}
	msgExitBeforeStart = fault.Message{Code: "exitBeforeStart", Err: evaluation.ErrOutOfRange,
		EN: "is before the start date %s", NL: "ligt voor de begindatum (%s)"}
	msgCauseWithoutExit = fault.Message{Code: "causeWithoutExit", Err: evaluation.ErrOutOfRange,
		EN: "is %s but the record has no exit", NL: "is %s maar de medewerker is niet uit dienst"}
	msgUnknownCause = fault.Message{Code: "unknownExitCause", Err: evaluation.ErrUnknownEnum,
		EN: "is not a known exit cause", NL: "is geen bekende reden van vertrek"}
	msgAtLeast = fault.Message{Code: "tooSmall", Err: evaluation.ErrEmpty,
		EN: "must be at least %d", NL: "moet minstens %d zijn"}
	msgIntervalOrder = fault.Message{Code: "intervalOrder", Err: evaluation.ErrOutOfRange,
		EN: "does not hold lower <= diff <= upper", NL: "voldoet niet aan ondergrens ≤ verschil ≤ bovengrens"}
)

// messages lists every message of the package (for fault.CheckTable).
var messages = []fault.Message{
	msgNoRecords, msgRequired, msgNegative, msgNotFinite, msgDuplicate, msgBetween,
	msgProbability, msgLength, msgAfterEnd, msgExitBeforeStart, msgAtLeast, msgIntervalOrder,
	msgCauseWithoutExit, msgUnknownCause,
}
