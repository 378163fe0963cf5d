package mentoring

import "github.com/mentorkit/mentorkit/internal/fault"

// The messages of every error the package returns, one per code. Each
// English template completes "<field> …"; the Dutch one says the same as a
// Dutch HR system would, with the same verbs in the same order.
var (
	// Values that must be given.
	msgRequired       = fault.Required.With(ErrMissing)
	msgChoiceRequired = fault.Message{Code: "choiceRequired", Err: ErrMissing,
		EN: "is required: choose one of %s", NL: "is verplicht; kies uit %s"}
	msgBlank = fault.Message{Code: "blank", Err: ErrMissing,
		EN: "is only white space", NL: "bevat alleen spaties"}
	msgNoWords = fault.Message{Code: "noWords", Err: ErrMissing,
		EN: "has no words", NL: "bevat geen woorden"}
	msgPadded = fault.Message{Code: "padded", Err: ErrOutOfRange,
		EN: "has leading or trailing white space", NL: "begint of eindigt met een spatie"}
	msgEmptyKey = fault.Message{Code: "emptyKey", Err: ErrMissing,
		EN: "has an empty key", NL: "bevat een lege sleutel"}
	msgZeroTime = fault.Message{Code: "zeroTime", Err: ErrMissing,
		EN: "is not set: give a date", NL: "is leeg; geef een datum op"}
	msgNoResponsibilities = fault.Message{Code: "noResponsibilities", Err: ErrMissing,
		EN: "needs at least one responsibility", NL: "geef minstens één verantwoordelijkheid op"}
	msgNoMentees = fault.Message{Code: "noMentees", Err: ErrMissing,
		EN: "needs at least one mentee", NL: "voeg minstens één mentee toe"}
	msgNoHistory = fault.Message{Code: "noHistory", Err: ErrMissing,
		EN: "needs at least the proposal record (use Propose)", NL: "mist het voorstel waarmee elke relatie begint (gebruik Propose)"}
	msgReasonRequired = fault.Message{Code: "reasonRequired", Err: ErrMissing,
		EN: "ending a relationship needs a reason", NL: "geef een reden op om de relatie te beëindigen"}
	msgTopicRequired = fault.Message{Code: "topicRequired", Err: ErrMissing,
		EN: "reverse mentoring needs a topic the mentor offers", NL: "geef bij omgekeerd mentorschap een onderwerp op dat de mentor aanbiedt"}

	// Numbers and times out of range.
	msgBetween    = fault.Between.With(ErrOutOfRange)
	msgNegative   = fault.Negative.With(ErrOutOfRange)
	msgOwnManager = fault.Message{Code: "ownManager", Err: ErrOutOfRange,
		EN: "a person is not their own manager", NL: "iemand kan niet zijn eigen leidinggevende zijn"}
	msgMentorCapacity = fault.Message{Code: "mentorCapacity", Err: ErrOutOfRange,
		EN: "must be 1 to %d for the role %s", NL: "moet tussen 1 en %d liggen voor de rol %s"}
	msgCapacityNotMentor = fault.Message{Code: "capacityNotMentor", Err: ErrOutOfRange,
		EN: "only mentoring roles have a capacity", NL: "alleen mentoren hebben een capaciteit; laat dit op 0"}
	msgMinCapacity = fault.Message{Code: "minCapacityRange", Err: ErrOutOfRange,
		EN: "must be from 0 to the capacity %d", NL: "moet tussen 0 en de capaciteit %d liggen"}
	msgCadence = fault.Message{Code: "cadenceRange", Err: ErrOutOfRange,
		EN: "must be from 0 to %d days", NL: "moet tussen 0 en %d dagen liggen"}
	msgSessionDuration = fault.Message{Code: "sessionDuration", Err: ErrOutOfRange,
		EN: "must be more than 0 and at most %d hours", NL: "moet langer dan 0 en hoogstens %d uur duren"}
	msgGroupSizeNotGroup = fault.Message{Code: "groupSizeNotGroup", Err: ErrOutOfRange,
		EN: "only a group programme has a group size", NL: "alleen een groepsprogramma heeft een groepsgrootte"}
	msgGroupMinAboveMax = fault.Message{Code: "groupMinAboveMax", Err: ErrOutOfRange,
		EN: "minimum %d exceeds maximum %d once defaults apply", NL: "minimum %d is groter dan maximum %d (met de standaardwaarden ingevuld)"}
	msgOverdueAfter = fault.Message{Code: "overdueAfterRange", Err: ErrOutOfRange,
		EN: "must be a finite number of cadences, at least 1", NL: "moet een eindig aantal keer de cadans zijn, minstens 1"}
	msgStalledAfter = fault.Message{Code: "stalledAfterRange", Err: ErrOutOfRange,
		EN: "must be finite and at least overdueAfter (%v)", NL: "moet eindig zijn en minstens overdueAfter (%v)"}
	msgNotNewState = fault.Message{Code: "stateNotNew", Err: ErrOutOfRange,
		EN: "a new relationship has no state yet", NL: "een nieuwe relatie heeft nog geen status"}
	msgNotNewHistory = fault.Message{Code: "historyNotNew", Err: ErrOutOfRange,
		EN: "a new relationship has no history yet", NL: "een nieuwe relatie heeft nog geen geschiedenis"}
	msgReasonNotEnding = fault.Message{Code: "reasonNotEnding", Err: ErrOutOfRange,
		EN: "only ending a relationship takes a reason", NL: "alleen bij het beëindigen van een relatie hoort een reden"}
	msgDeclineStarted = fault.Message{Code: "declineStarted", Err: ErrOutOfRange,
		EN: "only a proposed relationship can be declined, this one was %s", NL: "alleen een voorgestelde relatie kan worden afgewezen; deze was al %s"}

	// Times out of order.
	msgEndBeforeStart = fault.Message{Code: "endBeforeStart", Err: ErrTimeOrder,
		EN: "must be after the start, %s", NL: "moet na de startdatum (%s) liggen"}
	msgBeforeProgrammeStart = fault.Message{Code: "beforeProgrammeStart", Err: ErrTimeOrder,
		EN: "is before the programme starts", NL: "ligt vóór de start van het programma"}
	msgAfterProgrammeEnd = fault.Message{Code: "afterProgrammeEnd", Err: ErrTimeOrder,
		EN: "is after the programme ends", NL: "ligt na het einde van het programma"}
	msgBeforePrevious = fault.Message{Code: "beforePreviousTransition", Err: ErrTimeOrder,
		EN: "is before the previous transition at %s", NL: "ligt vóór de vorige overgang (%s)"}
	msgNowBeforeProposal = fault.Message{Code: "nowBeforeProposal", Err: ErrTimeOrder,
		EN: "is before relationship %q was proposed at %s", NL: "ligt vóór het voorstel van relatie %q (%s)"}
	msgBeforeProposal = fault.Message{Code: "beforeProposal", Err: ErrTimeOrder,
		EN: "is before relationship %q was proposed", NL: "ligt vóór het voorstel van relatie %q"}

	// Uniqueness and references.
	msgDuplicate    = fault.Duplicate.With(ErrDuplicate)
	msgPairRepeated = fault.Message{Code: "pairRepeated", Err: ErrDuplicate,
		EN: "is already mentored by %s on the same topic in %s", NL: "wordt al door %s op hetzelfde onderwerp begeleid in %s"}
	msgOtherRelationship = fault.Message{Code: "otherRelationship", Err: ErrUnknownReference,
		EN: "is not relationship %q", NL: "hoort niet bij relatie %q"}
	msgOtherProgramme = fault.Message{Code: "otherProgramme", Err: ErrUnknownReference,
		EN: "is not programme %q", NL: "hoort niet bij programma %q"}
	msgUnknownRelationship = fault.Message{Code: "unknownRelationship", Err: ErrUnknownReference,
		EN: "is not a relationship of programme %q", NL: "is geen relatie van programma %q"}
	msgNotMember = fault.Message{Code: "notMember", Err: ErrUnknownReference,
		EN: "is neither the mentor nor a mentee of relationship %q", NL: "is mentor noch mentee in relatie %q"}
	msgNotParticipant = fault.Message{Code: "notParticipant", Err: ErrUnknownReference,
		EN: "is not a participant of the programme", NL: "doet niet mee aan het programma"}

	// Enums.
	msgUndeclared = fault.Message{Code: "undeclaredEnum", Err: ErrUnknownEnum,
		EN: "is not a declared %s", NL: "is geen geldige waarde voor %s"}
	msgUnknownFinding = fault.Message{Code: "unknownFindingCode", Err: ErrUnknownEnum,
		EN: "is not a readiness finding code", NL: "is geen bekende code van de gereedheidscontrole"}

	// Lifecycle.
	msgIllegalTransition = fault.Message{Code: "illegalTransition", Err: ErrIllegalTransition,
		EN: "cannot move from %s to %s", NL: "kan niet van %s naar %s"}
	msgStateMismatch = fault.Message{Code: "stateMismatch", Err: ErrIllegalTransition,
		EN: "differs from the last transition's state %s", NL: "wijkt af van de status van de laatste overgang (%s)"}
	msgBadFirstRecord = fault.Message{Code: "badFirstRecord", Err: ErrIllegalTransition,
		EN: "the history must start with the proposal record (from unset to proposed)", NL: "de geschiedenis moet beginnen met het voorstel (van leeg naar proposed)"}
	msgBrokenHistory = fault.Message{Code: "brokenHistory", Err: ErrIllegalTransition,
		EN: "does not continue from the previous state %s", NL: "sluit niet aan op de vorige status %s"}

	// The format's rules.
	msgSelfMentoring = fault.Message{Code: "selfMentoring", Err: ErrSelfMentoring,
		EN: "the mentor cannot be their own mentee", NL: "de mentor kan niet zijn eigen mentee zijn"}
	msgMutualMentoring = fault.Message{Code: "mutualMentoring", Err: ErrMutualMentoring,
		EN: "already mentors %s on the same topic in %s", NL: "begeleidt %s al op hetzelfde onderwerp in %s"}
	msgNotInverted = fault.Message{Code: "notInverted", Err: ErrNotInverted,
		EN: "is not more senior than reverse mentor %s (%s, %v years against %s, %v years)",
		NL: "is niet senior genoeg voor omgekeerde mentor %s (%s, %v jaar tegenover %s, %v jaar)"}
	msgTopicNotOffered = fault.Message{Code: "topicNotOffered", Err: ErrTopicNotOffered,
		EN: "is not among the topics %s offers", NL: "hoort niet bij de onderwerpen die %s aanbiedt"}
	msgOutsidePeerBand = fault.Message{Code: "outsidePeerBand", Err: ErrOutsidePeerBand,
		EN: "is outside the peer band of %s (%s, %v years against %s, %v years; band %v years and one level)",
		NL: "valt buiten de peerband van %s (%s, %v jaar tegenover %s, %v jaar; band %v jaar en één niveau)"}
	msgRoleNotInFormat = fault.Message{Code: "roleNotInFormat", Err: ErrRoleMismatch,
		EN: "does not fit a %s programme", NL: "past niet in een programma van de vorm %s"}
	msgCannotMentor = fault.Message{Code: "roleCannotMentor", Err: ErrRoleMismatch,
		EN: "is a %s, who does not mentor", NL: "heeft de rol %s en kan dus geen mentor zijn"}
	msgCannotBeMentored = fault.Message{Code: "roleCannotBeMentored", Err: ErrRoleMismatch,
		EN: "is a %s, who is not mentored", NL: "heeft de rol %s en kan dus geen mentee zijn"}
	msgOneMentee = fault.Message{Code: "oneMentee", Err: ErrGroupSize,
		EN: "a relationship in a %s programme has one mentee", NL: "een relatie in een programma van de vorm %s heeft één mentee"}
	msgGroupMentees = fault.Message{Code: "groupMentees", Err: ErrGroupSize,
		EN: "a %s relationship has %d to %d mentees", NL: "een relatie van de vorm %s heeft %d tot en met %d mentees"}
	msgCapacityExceeded = fault.Message{Code: "capacityExceeded", Err: ErrCapacity,
		EN: "now has %d mentees in open relationships, capacity %d", NL: "heeft nu %d mentees in lopende relaties, maar een capaciteit van %d"}
	msgFlashSecondSession = fault.Message{Code: "flashSecondSession", Err: ErrTooManySessions,
		EN: "already had its single flash session in %s", NL: "had zijn enige flashsessie al in %s"}
	msgSameOrganisation = fault.Message{Code: "sameOrganisation", Err: ErrSameOrganisation,
		EN: "must come from another organisation than the mentor (%q against %q)", NL: "moet uit een andere organisatie komen dan de mentor (%q tegenover %q)"}

	// Time zones and languages.
	msgUnknownZone = fault.Message{Code: "unknownTimeZone", Err: ErrUnknownZone,
		EN: "is not a time zone: give an IANA name such as Europe/Amsterdam or an offset such as UTC+01:00",
		NL: "is geen tijdzone; geef een IANA-naam zoals Europe/Amsterdam of een tijdsverschil met UTC zoals UTC+01:00"}
	msgZoneOffsetRange = fault.Message{Code: "zoneOffsetRange", Err: ErrOutOfRange,
		EN: "is an offset outside UTC-12:00 to UTC+14:00", NL: "is een tijdsverschil buiten het bereik UTC-12:00 tot en met UTC+14:00"}
	msgUnknownLanguage = fault.Message{Code: "unknownLanguage", Err: ErrUnknownLanguage,
		EN: "is not a known language: give a BCP 47 tag such as nl or en-GB, or a name such as Dutch",
		NL: "is geen bekende taal; geef een BCP 47-code zoals nl of en-GB, of een naam zoals Nederlands"}
)

// messages lists every message above; the tests check the table with
// fault.CheckTable.
var messages = []fault.Message{
	msgRequired, msgChoiceRequired, msgBlank, msgNoWords, msgPadded, msgEmptyKey, msgZeroTime,
	msgNoResponsibilities, msgNoMentees, msgNoHistory, msgReasonRequired, msgTopicRequired,
	msgBetween, msgNegative, msgOwnManager, msgMentorCapacity, msgCapacityNotMentor, msgMinCapacity, msgCadence,
	msgSessionDuration, msgGroupSizeNotGroup, msgGroupMinAboveMax, msgOverdueAfter, msgStalledAfter,
	msgNotNewState, msgNotNewHistory, msgReasonNotEnding, msgDeclineStarted,
	msgEndBeforeStart, msgBeforeProgrammeStart, msgAfterProgrammeEnd, msgBeforePrevious,
	msgNowBeforeProposal, msgBeforeProposal,
	msgDuplicate, msgPairRepeated, msgOtherRelationship, msgOtherProgramme, msgUnknownRelationship,
	msgNotMember, msgNotParticipant,
	msgUndeclared, msgUnknownFinding,
	msgIllegalTransition, msgStateMismatch, msgBadFirstRecord, msgBrokenHistory,
	msgSelfMentoring, msgMutualMentoring, msgNotInverted, msgTopicNotOffered, msgOutsidePeerBand,
	msgRoleNotInFormat, msgCannotMentor, msgCannotBeMentored, msgOneMentee, msgGroupMentees,
	msgCapacityExceeded, msgFlashSecondSession, msgSameOrganisation,
	msgUnknownZone, msgZoneOffsetRange, msgUnknownLanguage,
}
