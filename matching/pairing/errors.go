package pairing

import (
	"errors"

	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/matching"
)

// Sentinel errors of mentor–mentee pairing. Every error of this package is
// a *[FieldError] that unwraps to one of them (or to one of the mentoring
// package's sentinels, for a programme that fails mentoring's own
// validation, or to one of package matching's for the Rematcher's
// scores), so callers can test with errors.Is.
var (
	// ErrUnknownID means an ID names no participant on the side it is
	// used for (a lock, ban, previous pair or query).
	ErrUnknownID = errors.New("pairing: unknown participant ID")
	// ErrDuplicateID means a person ID appears twice.
	ErrDuplicateID = errors.New("pairing: duplicate ID")
	// ErrWeight means a weight is negative, NaN or infinite, or all weights
	// are zero.
	ErrWeight = errors.New("pairing: bad weight")
	// ErrConfig means a setting is out of its documented range (a negative
	// capacity, a minimum score outside [0, 1], a working day of no length,
	// Candidates above MaxCandidates, an alternatives or suggestions count
	// out of range, a WhyNot query on a result of another Pairing, the
	// Rematcher's IDs, capacities and penalty).
	ErrConfig = errors.New("pairing: bad setting")
	// ErrLock means a lock breaks a rule, or locks conflict with each other
	// or with a capacity.
	ErrLock = errors.New("pairing: lock cannot be honoured")
	// ErrCriterion means a custom criterion returned a value outside [0, 1]
	// or NaN, or has no scorer or an empty or duplicate name.
	ErrCriterion = errors.New("pairing: bad custom criterion")
	// ErrUnknownEnum means a text (in JSON) names no value of a pairing
	// enum ([Priority], [Rule], [Reason], [Criterion]), or an undeclared
	// value is marshalled. It is the module's one unknown-enum sentinel.
	ErrUnknownEnum = enum.ErrUnknown
)

// FieldError is mentorkit's one error shape for bad input: the field path
// (JSON names, such as "rules.locks[2].mentorId"), the ID of the person
// (or, for a pair, the relationship ID programme/mentor/mentee) it
// concerns, the value, a stable Code, the sentinel it unwraps to and the
// message in English and Dutch. Several are joined with errors.Join.
type FieldError = fault.Error

// The message table: every error of the package, by code.
var (
	msgWeight             = fault.Message{Code: "badWeight", Err: ErrWeight, EN: "must be finite and non-negative", NL: "moet een eindig getal van 0 of meer zijn"}
	msgWeightsZero        = fault.Message{Code: "weightsAllZero", Err: ErrWeight, EN: "are all zero; give at least one criterion a positive weight", NL: "zijn allemaal 0; geef minstens één criterium een positief gewicht"}
	msgScorerMissing      = fault.Message{Code: "scorerMissing", Err: ErrCriterion, EN: "is missing: a custom criterion needs a Scorer", NL: "ontbreekt: een eigen criterium heeft een Scorer nodig"}
	msgCriterionNameEmpty = fault.Message{Code: "criterionNameEmpty", Err: ErrCriterion, EN: "is empty: a custom criterion needs a name", NL: "is leeg: een eigen criterium heeft een naam nodig"}
	msgCriterionBuiltin   = fault.Message{Code: "criterionNameBuiltIn", Err: ErrCriterion, EN: "is the name of a built-in criterion", NL: "is de naam van een ingebouwd criterium"}
	msgCriterionRepeated  = fault.Message{Code: "criterionNameRepeated", Err: ErrCriterion, EN: "repeats the name of %s", NL: "is al de naam van %s"}
	msgCriterionRange     = fault.Message{Code: "criterionOutOfRange", Err: ErrCriterion, EN: "criterion %q scored mentor %q with mentee %q outside 0 to 1", NL: "criterium %q gaf mentor %q met mentee %q een score buiten 0 tot 1"}
	msgRange              = fault.Between.With(ErrConfig)
	msgNegative           = fault.Negative.With(ErrConfig)
	msgRequired           = fault.Required.With(ErrConfig)
	msgDuplicate          = fault.Duplicate.With(ErrDuplicateID)
	msgPriority           = fault.Message{Code: "unknownPriority", Err: ErrConfig, EN: "is not a declared Priority", NL: "is geen bekende prioriteit"}
	msgManagerDiffers     = fault.Message{Code: "managerDiffers", Err: ErrDuplicateID, EN: "differs from manager %q given for the same person in the directory or in their other role", NL: "wijkt af van leidinggevende %q die voor dezelfde persoon in het personeelsbestand of bij de andere rol staat"}
	msgNotInDirectory     = fault.Message{Code: "notInDirectory", Err: ErrUnknownID, EN: "is not in the directory, so the reporting line cannot be checked", NL: "staat niet in het personeelsbestand; de rapportagelijn is niet te controleren"}
	msgUnknownMentor      = fault.Message{Code: "unknownMentor", Err: ErrUnknownID, EN: "is not a mentor of programme %q", NL: "is geen mentor in programma %q"}
	msgUnknownMentee      = fault.Message{Code: "unknownMentee", Err: ErrUnknownID, EN: "is not a mentee of programme %q", NL: "is geen mentee in programma %q"}
	msgLockBreaksRule     = fault.Message{Code: "lockBreaksRule", Err: ErrLock, EN: "locks a pair that breaks rule %s", NL: "legt een koppel vast dat regel %s overtreedt"}
	msgMenteeLocked       = fault.Message{Code: "menteeLockedTwice", Err: ErrLock, EN: "is already locked to mentor %q", NL: "is al vastgelegd bij mentor %q"}
	msgLockOverCapacity   = fault.Message{Code: "lockOverCapacity", Err: ErrLock, EN: "is locked to more mentees than its %d places", NL: "heeft meer vastgelegde mentees dan de %d plaatsen"}
	msgForeignResult      = fault.Message{Code: "foreignResult", Err: ErrConfig, EN: "is not a result of this pairing's Solve", NL: "is geen uitkomst van Solve van deze koppeling"}
	msgGroupAlternatives  = fault.Message{Code: "groupAlternatives", Err: ErrConfig, EN: "is a group programme; alternatives are for one-to-one pairings", NL: "is een groepsprogramma; alternatieven zijn er alleen voor één-op-één koppelingen"}
	msgPenalty            = fault.Message{Code: "badPenalty", Err: ErrConfig, EN: "must be finite and non-negative", NL: "moet een eindig getal van 0 of meer zijn"}
	msgScoresMissing      = fault.Message{Code: "scoresMissing", Err: matching.ErrShape, EN: "are missing", NL: "ontbreken"}
	msgScoresShape        = fault.Message{Code: "scoresShape", Err: matching.ErrShape, EN: "must be mentees × mentors (%d×%d)", NL: "moeten mentees × mentoren zijn (%d×%d)"}
	msgScoresLength       = fault.Length.With(matching.ErrShape)
	msgScoreNaN           = fault.Message{Code: "scoreNaN", Err: matching.ErrNaN, EN: "is NaN", NL: "is geen getal (NaN)"}
	msgScorePosInf        = fault.Message{Code: "scorePosInf", Err: matching.ErrForbiddenSign, EN: "is +Inf; forbid a pair with -Inf", NL: "is +Inf; verbied een koppel met -Inf"}
	msgScoreRange         = fault.Message{Code: "scoreTooLarge", Err: matching.ErrRange, EN: "exceeds matching.MaxMagnitude", NL: "is groter dan matching.MaxMagnitude"}
	msgAlreadyMentee      = fault.Message{Code: "alreadyMentee", Err: ErrDuplicateID, EN: "is already a mentee", NL: "is al mentee"}
	msgAlreadyMentor      = fault.Message{Code: "alreadyMentor", Err: ErrDuplicateID, EN: "is already a mentor", NL: "is al mentor"}
	msgNotMentee          = fault.Message{Code: "notMentee", Err: ErrUnknownID, EN: "is not a mentee", NL: "is geen mentee"}
	msgNotMentor          = fault.Message{Code: "notMentor", Err: ErrUnknownID, EN: "is not a mentor", NL: "is geen mentor"}
)

// messages lists the whole table (tests check it with fault.CheckTable).
var messages = []fault.Message{
	msgWeight, msgWeightsZero, msgScorerMissing, msgCriterionNameEmpty, msgCriterionBuiltin,
	msgCriterionRepeated, msgCriterionRange, msgRange, msgNegative, msgRequired, msgDuplicate,
	msgPriority, msgManagerDiffers, msgNotInDirectory, msgUnknownMentor, msgUnknownMentee, msgLockBreaksRule,
	msgMenteeLocked, msgLockOverCapacity, msgForeignResult, msgGroupAlternatives, msgPenalty,
	msgScoresMissing, msgScoresShape, msgScoresLength, msgScoreNaN, msgScorePosInf, msgScoreRange,
	msgAlreadyMentee, msgAlreadyMentor, msgNotMentee, msgNotMentor,
}

// pairID is the ID a pair's errors carry: the ID Result.Relationships
// gives the relationship the pair would become.
func pairID(programmeID, mentorID, menteeID string) string {
	return programmeID + "/" + mentorID + "/" + menteeID
}
