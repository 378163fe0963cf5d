package stable

import (
	"errors"

	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/fault"
)

// Sentinel errors of stable matching.
var (
	// ErrPreferences means preference lists are malformed: an index out of
	// range, a person listed twice, a capacity that is negative or of the
	// wrong length, tie ranks of the wrong length or decreasing.
	ErrPreferences = errors.New("stable: malformed preferences")
	// ErrInvalidMatching means a matching breaks a capacity, pairs two
	// people who do not both list each other, or has the wrong shape.
	ErrInvalidMatching = errors.New("stable: invalid matching")
	// ErrConfig means a setting is out of its documented range: a capacity
	// of the wrong length or below zero, or a proposer that is no Side.
	ErrConfig = errors.New("stable: bad setting")
	// ErrNoStableMatching means a peer programme has no stable matching
	// (see [Roommates]).
	ErrNoStableMatching = errors.New("stable: no stable matching exists")
	// ErrUnknownEnum means a text names no Side. It is [enum.ErrUnknown],
	// the one unknown-name sentinel of the module.
	ErrUnknownEnum = enum.ErrUnknown
)

// FieldError is the module's one field error: the field path (JSON names,
// such as "mentees[3][1]" or "capacity[2]"), the value, a stable code, the
// sentinel it unwraps to and its message in English and Dutch. Every
// error for bad preferences, matchings and settings is one; several are
// joined (errors.Join).
type FieldError = fault.Error

// The messages of the package's FieldErrors, one per code. The capacity
// and matching-shape messages (codes capacityLength, negative,
// matchingLength, mentorOutOfRange, overCapacity) are shared with the
// other matching packages and bound to this package's sentinels.
var (
	msgIndexRange = fault.Message{Code: "indexOutOfRange", Err: ErrPreferences,
		EN: "is not a %s: want an index from 0 to below %d", NL: "is geen %s: verwacht een index vanaf 0 en kleiner dan %d"}
	msgListedTwice = fault.Duplicate.With(ErrPreferences)
	msgProposer    = fault.Message{Code: "undeclaredSide", Err: ErrConfig,
		EN: "is not a side; use SideMentee or SideMentor", NL: "is geen geldige kant; kies SideMentee of SideMentor"}
	msgMenteeUnlisted = fault.Message{Code: "mentorNotListed", Err: ErrInvalidMatching,
		EN: "is a mentor this mentee does not list", NL: "is een mentor die niet op de lijst van deze mentee staat"}
	msgMentorUnlisted = fault.Message{Code: "menteeNotListed", Err: ErrInvalidMatching,
		EN: "is a mentor who does not list this mentee", NL: "is een mentor op wiens lijst deze mentee niet staat"}

	msgSelfListed = fault.Message{Code: "selfListed", Err: ErrPreferences,
		EN: "is the person whose list this is", NL: "is de persoon van wie deze lijst is"}
	msgNoStable = fault.Message{Code: "noStableMatching", Err: ErrNoStableMatching,
		EN: "is left with nobody once the rotation %s is eliminated, so no stable matching exists",
		NL: "houdt niemand over na het elimineren van de rotatie %s, dus er bestaat geen stabiele koppeling"}
	msgPartnerLength = fault.Message{Code: "partnerLength", Err: ErrInvalidMatching,
		EN: "has length %d, want %d (one entry per person)", NL: "heeft lengte %d, verwacht %d (één per persoon)"}
	msgPartnerRange = fault.Message{Code: "partnerOutOfRange", Err: ErrInvalidMatching,
		EN: "is not a partner: want -1 (none) or another person's index below %d",
		NL: "is geen partner: verwacht -1 (geen) of de index van een ander, kleiner dan %d"}
	msgNotPairedBack = fault.Message{Code: "notPairedBack", Err: ErrInvalidMatching,
		EN: "is paired with someone whose partner is %d",
		NL: "is gekoppeld aan iemand wiens partner %d is"}
	msgNotMutual = fault.Message{Code: "notMutual", Err: ErrInvalidMatching,
		EN: "is a partner the two do not both list",
		NL: "is een partner die niet op beider lijst staat"}
	msgRanksLength   = fault.Length.With(ErrPreferences)
	msgRanksDecrease = fault.Message{Code: "ranksDecrease", Err: ErrPreferences,
		EN: "is %d, below the rank %d before it: ranks must not decrease along a list (equal ranks are a tie)",
		NL: "is %d, lager dan de rang %d ervoor: rangen mogen in een lijst niet dalen (gelijke rangen staan gelijk)"}
)

// messages lists every message of the package (for fault.CheckTable).
var messages = []fault.Message{msgIndexRange, msgListedTwice, msgProposer, msgMenteeUnlisted, msgMentorUnlisted,
	msgRanksLength, msgRanksDecrease, msgSelfListed, msgNoStable,
	msgPartnerLength, msgPartnerRange, msgNotPairedBack, msgNotMutual}
