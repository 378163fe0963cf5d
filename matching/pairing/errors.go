package pairing

import (
	"errors"

	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/matching"
	"github.com/mentorkit/mentorkit/matching/stable"
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
	// out of range, the Rematcher's IDs, capacities and penalty; and every
	// ErrOtherProgramme).
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
	// ErrOtherProgramme means a stored Result or State does not belong to
	// the programme and settings it is used with: another programme ID,
	// a [Fingerprint] part that differs (solve again, or use the Pairing
	// it came from), or pairs this pairing could not form. It unwraps to
	// ErrConfig.
	ErrOtherProgramme error = &subError{"pairing: result or state of another programme", ErrConfig}
)

// subError is a sentinel that is also a case of a broader one.
type subError struct {
	msg    string
	parent error
}

func (e *subError) Error() string { return e.msg }
func (e *subError) Unwrap() error { return e.parent }

// FieldError is mentorkit's one error shape for bad input: the field path
// (JSON names, such as "rules.locks[2].mentorId"), the ID of the person
// (or, for a pair, the relationship ID programme/mentor/mentee) it
// concerns, the value, a stable Code, the sentinel it unwraps to and the
// message in English and Dutch. Several are joined with errors.Join.
type FieldError = fault.Error

// The message table: every error of the package, by code.
var (
	msgWeight              = fault.Message{Code: "badWeight", Err: ErrWeight, EN: "must be finite and non-negative", NL: "moet een eindig getal van 0 of meer zijn"}
	msgWeightsZero         = fault.Message{Code: "weightsAllZero", Err: ErrWeight, EN: "are all zero; give at least one criterion a positive weight", NL: "zijn allemaal 0; geef minstens één criterium een positief gewicht"}
	msgScorerMissing       = fault.Message{Code: "scorerMissing", Err: ErrCriterion, EN: "is missing: a custom criterion needs a Scorer", NL: "ontbreekt: een eigen criterium heeft een Scorer nodig"}
	msgCriterionNameEmpty  = fault.Message{Code: "criterionNameEmpty", Err: ErrCriterion, EN: "is empty: a custom criterion needs a name", NL: "is leeg: een eigen criterium heeft een naam nodig"}
	msgCriterionBuiltin    = fault.Message{Code: "criterionNameBuiltIn", Err: ErrCriterion, EN: "is the name of a built-in criterion", NL: "is de naam van een ingebouwd criterium"}
	msgCriterionRepeated   = fault.Message{Code: "criterionNameRepeated", Err: ErrCriterion, EN: "repeats the name of %s", NL: "is al de naam van %s"}
	msgCriterionRange      = fault.Message{Code: "criterionOutOfRange", Err: ErrCriterion, EN: "criterion %q scored mentor %q with mentee %q outside 0 to 1", NL: "criterium %q gaf mentor %q met mentee %q een score buiten 0 tot 1"}
	msgRange               = fault.Between.With(ErrConfig)
	msgNegative            = fault.Negative.With(ErrConfig)
	msgRequired            = fault.Required.With(ErrConfig)
	msgDuplicate           = fault.Duplicate.With(ErrDuplicateID)
	msgPriority            = fault.Message{Code: "unknownPriority", Err: ErrConfig, EN: "is not a declared Priority", NL: "is geen bekende prioriteit"}
	msgManagerDiffers      = fault.Message{Code: "managerDiffers", Err: ErrDuplicateID, EN: "differs from manager %q given for the same person in the directory or in their other role", NL: "wijkt af van leidinggevende %q die voor dezelfde persoon in het personeelsbestand of bij de andere rol staat"}
	msgNotInDirectory      = fault.Message{Code: "notInDirectory", Err: ErrUnknownID, EN: "is not in the directory, so the reporting line cannot be checked", NL: "staat niet in het personeelsbestand; de rapportagelijn is niet te controleren"}
	msgUnknownMentor       = fault.Message{Code: "unknownMentor", Err: ErrUnknownID, EN: "is not a mentor of programme %q", NL: "is geen mentor in programma %q"}
	msgUnknownMentee       = fault.Message{Code: "unknownMentee", Err: ErrUnknownID, EN: "is not a mentee of programme %q", NL: "is geen mentee in programma %q"}
	msgLockBreaksRule      = fault.Message{Code: "lockBreaksRule", Err: ErrLock, EN: "locks a pair that breaks rule %s", NL: "legt een koppel vast dat regel %s overtreedt"}
	msgMenteeLocked        = fault.Message{Code: "menteeLockedTwice", Err: ErrLock, EN: "is already locked to mentor %q", NL: "is al vastgelegd bij mentor %q"}
	msgLockOverCapacity    = fault.Message{Code: "lockOverCapacity", Err: ErrLock, EN: "is locked to more mentees than its %d places", NL: "heeft meer vastgelegde mentees dan de %d plaatsen"}
	msgGroupAlternatives   = fault.Message{Code: "groupAlternatives", Err: ErrConfig, EN: "is a group programme; alternatives are for one-to-one pairings", NL: "is een groepsprogramma; alternatieven zijn er alleen voor één-op-één koppelingen"}
	msgPenalty             = fault.Message{Code: "badPenalty", Err: ErrConfig, EN: "must be finite and non-negative", NL: "moet een eindig getal van 0 of meer zijn"}
	msgScoresMissing       = fault.Message{Code: "scoresMissing", Err: matching.ErrShape, EN: "are missing", NL: "ontbreken"}
	msgScoresShape         = fault.Message{Code: "scoresShape", Err: matching.ErrShape, EN: "must be mentees × mentors (%d×%d)", NL: "moeten mentees × mentoren zijn (%d×%d)"}
	msgScoresLength        = fault.Length.With(matching.ErrShape)
	msgScoreNaN            = fault.Message{Code: "scoreNaN", Err: matching.ErrNaN, EN: "is NaN", NL: "is geen getal (NaN)"}
	msgScorePosInf         = fault.Message{Code: "scorePosInf", Err: matching.ErrForbiddenSign, EN: "is +Inf; forbid a pair with -Inf", NL: "is +Inf; verbied een koppel met -Inf"}
	msgScoreRange          = fault.Message{Code: "scoreTooLarge", Err: matching.ErrRange, EN: "exceeds matching.MaxMagnitude", NL: "is groter dan matching.MaxMagnitude"}
	msgAlreadyMentee       = fault.Message{Code: "alreadyMentee", Err: ErrDuplicateID, EN: "is already a mentee", NL: "is al mentee"}
	msgAlreadyMentor       = fault.Message{Code: "alreadyMentor", Err: ErrDuplicateID, EN: "is already a mentor", NL: "is al mentor"}
	msgNotMentee           = fault.Message{Code: "notMentee", Err: ErrUnknownID, EN: "is not a mentee", NL: "is geen mentee"}
	msgNotMentor           = fault.Message{Code: "notMentor", Err: ErrUnknownID, EN: "is not a mentor", NL: "is geen mentor"}
	msgStablePeersFormat   = fault.Message{Code: "stablePeersFormat", Err: ErrConfig, EN: "is %q; stable peer pairs are for a peer programme", NL: "is %q; stabiele peerkoppels zijn er alleen voor een peerprogramma"}
	msgStablePeersTwoLocks = fault.Message{Code: "peerLockedTwice", Err: ErrLock, EN: "locks peer %q into a second pair (it is locked with %q); a stable split into pairs gives each peer one partner", NL: "legt peer %q vast in een tweede koppel (die is al vastgelegd met %q); bij een stabiele indeling in koppels heeft elke peer één partner"}
	msgNoStablePeers       = fault.Message{Code: "noStablePeers", Err: stable.ErrNoStableMatching, EN: "have no stable pairing: %s is left with nobody acceptable once the rotation %s is taken out (pairs of a peer and its first choice left at that point); change a ranking or a rule of one of them", NL: "zijn niet stabiel in koppels in te delen: %s houdt niemand over die acceptabel is nadat de rotatie %s is weggenomen (paren van een peer en de eerste keuze die die peer op dat moment nog heeft); pas een voorkeur of regel van een van hen aan"}
)

// The messages of stored results and states (fingerprint.go, restore.go)
// and of re-matching a running programme (state.go).
var (
	msgOtherProgramme     = fault.Message{Code: "resultFromOtherProgramme", Err: ErrOtherProgramme, EN: "is not programme %q", NL: "is niet programma %q"}
	msgOtherParticipants  = fault.Message{Code: "otherParticipants", Err: ErrOtherProgramme, EN: "differs: the participants (or their profiles, zones or capacities) are not those it was solved with", NL: "wijkt af: de deelnemers (of hun profielen, tijdzones of capaciteit) zijn niet die waarmee is gekoppeld"}
	msgOtherConfig        = fault.Message{Code: "otherConfig", Err: ErrOtherProgramme, EN: "differs: the settings (weights, rules, load, priority or limits) are not those it was solved with", NL: "wijkt af: de instellingen (gewichten, regels, belasting, prioriteit of grenzen) zijn niet die waarmee is gekoppeld"}
	msgOtherCriteria      = fault.Message{Code: "otherCriteria", Err: ErrOtherProgramme, EN: "differs: the custom criteria (names, versions or weights) are not those it was solved with", NL: "wijkt af: de eigen criteria (namen, versies of gewichten) zijn niet die waarmee is gekoppeld"}
	msgOtherDirectory     = fault.Message{Code: "otherDirectory", Err: ErrOtherProgramme, EN: "differs: the participants' reporting lines are not those it was solved with", NL: "wijkt af: de rapportagelijnen van de deelnemers zijn niet die waarmee is gekoppeld"}
	msgOtherTZData        = fault.Message{Code: "otherTzData", Err: ErrOtherProgramme, EN: "differs: it was solved with another release of the time zone table", NL: "wijkt af: er is gekoppeld met een andere versie van de tijdzonetabel"}
	msgNoFingerprint      = fault.Message{Code: "noFingerprint", Err: ErrOtherProgramme, EN: "is missing: a result built by hand or stored by an older version cannot be checked against the programme; solve again", NL: "ontbreekt: een zelf opgestelde of door een oudere versie opgeslagen uitkomst is niet tegen het programma te controleren; koppel opnieuw"}
	msgResultPair         = fault.Message{Code: "resultPairNotAllowed", Err: ErrOtherProgramme, EN: "pairs %q with %q, which this pairing cannot form (%s)", NL: "koppelt %q aan %q, wat deze koppeling niet kan vormen (%s)"}
	msgResultOverCap      = fault.Message{Code: "resultOverCapacity", Err: ErrOtherProgramme, EN: "gives mentor %q more mentees than its %d places", NL: "geeft mentor %q meer mentees dan de %d plaatsen"}
	msgResultTwice        = fault.Message{Code: "resultMenteeTwice", Err: ErrOtherProgramme, EN: "pairs mentee %q a second time", NL: "koppelt mentee %q een tweede keer"}
	msgStateOther         = fault.Message{Code: "stateFromOtherProgramme", Err: ErrOtherProgramme, EN: "is the state of another programme, not of %q", NL: "is de stand van een ander programma, niet van %q"}
	msgEventKind          = fault.Message{Code: "unknownEventKind", Err: ErrConfig, EN: "is not a declared event kind", NL: "is geen bekende soort gebeurtenis"}
	msgEventOutcome       = fault.Message{Code: "unknownOutcome", Err: ErrConfig, EN: "is not a declared end reason", NL: "is geen bekende reden van beëindigen"}
	msgEventNotActive     = fault.Message{Code: "eventPairNotActive", Err: ErrUnknownID, EN: "ends the relationship of mentor %q and mentee %q, which is not active", NL: "beëindigt de relatie van mentor %q en mentee %q, die niet loopt"}
	msgEventEnded         = fault.Message{Code: "eventPairEnded", Err: ErrUnknownID, EN: "ends the relationship of mentor %q and mentee %q, which already ended at %s", NL: "beëindigt de relatie van mentor %q en mentee %q, die al op %s is geëindigd"}
	msgEventUnknownPerson = fault.Message{Code: "unknownPerson", Err: ErrUnknownID, EN: "is not a participant of programme %q", NL: "is geen deelnemer aan programma %q"}
	msgResultLock         = fault.Message{Code: "resultLockNotHeld", Err: ErrOtherProgramme, EN: "does not hold the lock of mentee %q with mentor %q", NL: "houdt de vastlegging van mentee %q bij mentor %q niet aan"}
)

// messages lists the whole table (tests check it with fault.CheckTable).
var messages = []fault.Message{
	msgWeight, msgWeightsZero, msgScorerMissing, msgCriterionNameEmpty, msgCriterionBuiltin,
	msgCriterionRepeated, msgCriterionRange, msgRange, msgNegative, msgRequired, msgDuplicate,
	msgPriority, msgManagerDiffers, msgNotInDirectory, msgUnknownMentor, msgUnknownMentee, msgLockBreaksRule,
	msgMenteeLocked, msgLockOverCapacity, msgGroupAlternatives, msgPenalty,
	msgScoresMissing, msgScoresShape, msgScoresLength, msgScoreNaN, msgScorePosInf, msgScoreRange,
	msgAlreadyMentee, msgAlreadyMentor, msgNotMentee, msgNotMentor, msgStablePeersFormat, msgStablePeersTwoLocks, msgNoStablePeers,
	msgOtherProgramme, msgOtherParticipants, msgOtherConfig, msgOtherCriteria, msgOtherDirectory, msgOtherTZData, msgNoFingerprint,
	msgResultPair, msgResultOverCap, msgResultTwice, msgResultLock,
	msgStateOther, msgEventKind, msgEventOutcome, msgEventNotActive, msgEventEnded, msgEventUnknownPerson,
}

// pairID is the ID a pair's errors carry: the ID Result.Relationships
// gives the relationship the pair would become.
func pairID(programmeID, mentorID, menteeID string) string {
	return programmeID + "/" + mentorID + "/" + menteeID
}
