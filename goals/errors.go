package goals

import (
	"errors"
	"fmt"

	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/fault"
)

// Sentinel errors. Every error this package returns wraps one of them, so a
// caller can test the kind of problem with errors.Is whatever the details.
var (
	// ErrMissing reports a required value that is empty or zero.
	ErrMissing = errors.New("goals: required value missing")
	// ErrOutOfRange reports a number outside its documented range, NaN or
	// an infinity.
	ErrOutOfRange = errors.New("goals: value out of range")
	// ErrDuplicate reports a value that must be unique and is not.
	ErrDuplicate = errors.New("goals: duplicate value")
	// ErrUnknownEnum reports an enum value ([Direction], [Commitment],
	// [LinkKind], [Language], [Status], [Decision], [Severity],
	// [Criterion]) that is not one of the declared constants, including
	// unknown text in JSON. It is the module's one unknown-enum sentinel,
	// so errors.Is matches it whichever package's enum failed.
	ErrUnknownEnum = enum.ErrUnknown
	// ErrTimeOrder reports times in the wrong order, such as a due date
	// before the start.
	ErrTimeOrder = errors.New("goals: times out of order")
	// ErrInconsistent reports fields that contradict each other, such as a
	// band on a goal whose direction is increase.
	ErrInconsistent = errors.New("goals: inconsistent fields")
	// ErrNotMeasurable reports a goal that lacks what a computation needs:
	// a baseline, a target or band, a start or a due date, or a target
	// beyond its baseline in the goal's direction.
	ErrNotMeasurable = errors.New("goals: goal not measurable")
	// ErrTooFewCheckIns reports too few check-ins (or too few distinct
	// check-in times) for a forecast or the four-point rule.
	ErrTooFewCheckIns = errors.New("goals: too few check-ins")
	// ErrLength reports slices whose lengths must match and do not, or an
	// empty input where no answer exists.
	ErrLength = errors.New("goals: lengths do not match")
)

// FieldError is one problem with one value of the caller's input: the
// field path in JSON names with indexes in brackets ("checkIns[2].value",
// "levels[1]"), the ID of the goal it concerns where the function has the
// goal, the value, a stable Code and the message in English and Dutch. It
// unwraps to one of the package's sentinels. Several are joined into one
// flat list (each element of Unwrap() []error is a *FieldError).
//
// It is the module's one field-error type: the same type as the FieldError
// of every other mentorkit package.
type FieldError = fault.Error

// The messages of the package's errors, one per code. The templates
// complete "<field> …".
var (
	msgRequired   = fault.Required.With(ErrMissing)
	msgNotFinite  = fault.NotFinite.With(ErrOutOfRange)
	msgNegative   = fault.Negative.With(ErrOutOfRange)
	msgBetween    = fault.Between.With(ErrOutOfRange)
	msgDuplicate  = fault.Duplicate.With(ErrDuplicate)
	msgTooFew     = fault.TooFew.With(ErrTooFewCheckIns)
	msgLength     = fault.Length.With(ErrLength)
	msgNoLinkKind = fault.Message{Code: "noLinkKind", Err: ErrMissing,
		EN: "is required: objective or careerGoal", NL: "is verplicht: objective of careerGoal"}
	msgBadDirection = fault.Message{Code: "unknownDirection", Err: ErrUnknownEnum,
		EN: "is not a declared direction", NL: "is geen geldige richting"}
	msgBadCommitment = fault.Message{Code: "unknownCommitment", Err: ErrUnknownEnum,
		EN: "is not a declared commitment", NL: "is geen geldige mate van toezegging"}
	msgBadLinkKind = fault.Message{Code: "unknownLinkKind", Err: ErrUnknownEnum,
		EN: "is not a declared link kind", NL: "is geen geldige soort koppeling"}
	msgTargetOnWithin = fault.Message{Code: "targetOnWithin", Err: ErrInconsistent,
		EN: "is not used by a goal that stays within a band; give a band",
		NL: "hoort niet bij een doel dat binnen een bandbreedte moet blijven; geef een bandbreedte"}
	msgBandOnTarget = fault.Message{Code: "bandOnTarget", Err: ErrInconsistent,
		EN: "is not used by a goal that must increase or decrease; give a target",
		NL: "hoort niet bij een doel dat moet stijgen of dalen; geef een streefwaarde"}
	msgBandReversed = fault.Message{Code: "bandReversed", Err: ErrOutOfRange,
		EN: "has its minimum above its maximum", NL: "heeft een minimum dat boven het maximum ligt"}
	msgDueBeforeStart = fault.Message{Code: "dueBeforeStart", Err: ErrTimeOrder,
		EN: "is before the start, %s", NL: "ligt vóór de startdatum, %s"}
	msgDueNotAfterStart = fault.Message{Code: "dueNotAfterStart", Err: ErrTimeOrder,
		EN: "must be after the start, %s, to measure progress", NL: "moet na de startdatum (%s) liggen om voortgang te meten"}
	msgMilestoneBeforeStart = fault.Message{Code: "milestoneBeforeStart", Err: ErrTimeOrder,
		EN: "is before the goal's start, %s", NL: "ligt vóór de startdatum van het doel, %s"}
	msgNeeded = fault.Message{Code: "neededForProgress", Err: ErrNotMeasurable,
		EN: "is needed to measure progress", NL: "is nodig om voortgang te meten"}
	msgTargetIsBaseline = fault.Message{Code: "targetEqualsBaseline", Err: ErrNotMeasurable,
		EN: "equals the baseline: there is nothing to progress", NL: "is gelijk aan de nulmeting: er valt geen voortgang te boeken"}
	msgTargetBelowBaseline = fault.Message{Code: "targetBelowBaseline", Err: ErrNotMeasurable,
		EN: "is below the baseline %s of a goal that must increase", NL: "ligt onder de nulmeting %s van een doel dat moet stijgen"}
	msgTargetAboveBaseline = fault.Message{Code: "targetAboveBaseline", Err: ErrNotMeasurable,
		EN: "is above the baseline %s of a goal that must decrease", NL: "ligt boven de nulmeting %s van een doel dat moet dalen"}
	msgNoGoalLine = fault.Message{Code: "noGoalLine", Err: ErrNotMeasurable,
		EN: "lies inside the band already, so there is no goal line", NL: "ligt al binnen de bandbreedte, dus er is geen doellijn"}
	msgOneTime = fault.Message{Code: "checkInsAtOneTime", Err: ErrTooFewCheckIns,
		EN: "are all at one time; a forecast needs two different times", NL: "liggen allemaal op hetzelfde moment; een prognose vraagt twee verschillende momenten"}
	msgNoneBeforeDue = fault.Message{Code: "noCheckInBeforeDue", Err: ErrTooFewCheckIns,
		EN: "has no check-in at or before the due date", NL: "bevat geen check-in op of vóór de einddatum"}
	msgNoLevels = fault.Message{Code: "noLevels", Err: ErrLength,
		EN: "is empty: Goal Attainment Scaling needs at least one goal", NL: "is leeg: Goal Attainment Scaling vraagt minstens één doel"}
	msgWeightsZero = fault.Message{Code: "allWeightsZero", Err: ErrOutOfRange,
		EN: "are all zero", NL: "zijn allemaal nul"}
	msgGap = fault.Message{Code: "gapOutOfRange", Err: ErrOutOfRange,
		EN: "must be above 0 and at most 1", NL: "moet groter dan 0 en hoogstens 1 zijn"}
	msgGapOrder = fault.Message{Code: "atRiskBelowBehind", Err: ErrOutOfRange,
		EN: "must not be below behindGap (%s)", NL: "mag niet kleiner zijn dan behindGap (%s)"}
)

// withNumbers builds the error of m with each number written as the
// language writes it (98,765.5 in the English text, 98.765,5 in the
// Dutch); m's templates take one %s per number.
func withNumbers(m fault.Message, field, id string, value any, nums ...float64) *FieldError {
	e := m.New(field, id, value)
	en, nl := make([]any, len(nums)), make([]any, len(nums))
	for i, x := range nums {
		en[i], nl[i] = num(English, x), num(Dutch, x)
	}
	e.Text = fault.Text{EN: fmt.Sprintf(m.EN, en...), NL: fmt.Sprintf(m.NL, nl...)}
	return e
}

// messages is the package's message table: every message its errors use.
var messages = []fault.Message{
	msgRequired, msgNotFinite, msgNegative, msgBetween, msgDuplicate, msgTooFew, msgLength,
	msgNoLinkKind, msgBadDirection, msgBadCommitment, msgBadLinkKind,
	msgTargetOnWithin, msgBandOnTarget, msgBandReversed,
	msgDueBeforeStart, msgDueNotAfterStart, msgMilestoneBeforeStart,
	msgNeeded, msgTargetIsBaseline, msgTargetBelowBaseline, msgTargetAboveBaseline, msgNoGoalLine,
	msgOneTime, msgNoneBeforeDue, msgNoLevels, msgWeightsZero, msgGap, msgGapOrder,
}
