package fair

import "github.com/mentorkit/mentorkit/internal/fault"

// The messages of this package's errors, one per code.
var (
	msgRequired  = fault.Required.With(ErrConfig)
	msgNegative  = fault.Negative.With(ErrConfig)
	msgBetween   = fault.Between.With(ErrConfig)
	msgDuplicate = fault.Duplicate.With(ErrConfig)

	msgMinAboveMax = fault.Message{Code: "minAboveMax", Err: ErrConfig,
		EN: "minimum %d is above the maximum %d", NL: "het minimum %d ligt boven het maximum %d"}
	msgTooManyGroupings = fault.Message{Code: "overlappingGroupings", Err: ErrConfig,
		EN: "has %d groupings; fair pairing takes one grouping of mentors (overlapping groupings only for mentees)",
		NL: "bevat %d indelingen; eerlijk koppelen werkt met één indeling van mentoren (overlappende indelingen alleen voor mentees)"}
	msgMentorMax = fault.Message{Code: "mentorMaxNeedsCapacityOne", Err: ErrConfig,
		EN: "caps the mentors with a mentee, which fair pairing supports only when every mentor of the group takes one mentee; mentor %s takes %d (with more places the problem is NP-hard)",
		NL: "begrenst het aantal mentoren met een mentee, wat eerlijk koppelen alleen ondersteunt als elke mentor van de groep één mentee neemt; mentor %s neemt er %d (met meer plaatsen is het probleem NP-moeilijk)"}
	msgNotSupported = fault.Message{Code: "notSupported", Err: ErrConfig,
		EN: "is not supported by fair pairing (%s)", NL: "wordt bij eerlijk koppelen niet ondersteund (%s)"}
	msgUnknownAttribute = fault.Message{Code: "unknownAttribute", Err: ErrUnknownGroup,
		EN: "names an attribute no %s has", NL: "noemt een kenmerk dat geen enkele %s heeft"}
	msgUnknownValue = fault.Message{Code: "unknownGroupValue", Err: ErrUnknownGroup,
		EN: "names a value of %s that no %s has", NL: "noemt een waarde van %s die geen enkele %s heeft"}
	msgMenteeMin = fault.Message{Code: "menteeMinUnreachable", Err: ErrInfeasible,
		EN: "asks for at least %d matched mentees from %s; the group has %d mentees, %d of whom have an allowed mentor, and at most %d can be matched within the capacities, locks and other bounds",
		NL: "vraagt minstens %d gekoppelde mentees uit %s; de groep telt %d mentees, van wie %d een toegestane mentor hebben, en hoogstens %d zijn te koppelen binnen de capaciteit, de vastgezette koppels en de andere grenzen"}
	msgMentorMin = fault.Message{Code: "mentorMinUnreachable", Err: ErrInfeasible,
		EN: "asks for at least %d mentors with a mentee from %s; the group has %d mentors, %d of whom have a place and an allowed mentee, and at most %d can get one within the capacities, locks and other bounds",
		NL: "vraagt minstens %d mentoren met een mentee uit %s; de groep telt %d mentoren, van wie %d een plaats en een toegestane mentee hebben, en hoogstens %d kunnen er een krijgen binnen de capaciteit, de vastgezette koppels en de andere grenzen"}
	msgLockBlocked = fault.Message{Code: "lockAgainstBound", Err: ErrInfeasible,
		EN: "is locked to mentor %s, but the maximum of %s leaves no room for the pair",
		NL: "is vastgezet op mentor %s, maar het maximum van %s laat geen ruimte voor dit koppel"}
)

var msgOverlapNone = fault.Message{Code: "overlapNoPairing", Err: ErrInfeasible,
	EN: "found no pairing that meets the bounds of all %d groupings in %d Lagrangian steps (bound %.4g); the bounds may be unreachable together, or need more steps",
	NL: "vond geen koppeling die aan de grenzen van alle %d indelingen voldoet in %d Lagrange-stappen (grens %.4g); de grenzen zijn samen mogelijk onhaalbaar, of er zijn meer stappen nodig"}

// messages is the package's message table, checked by the tests.
var messages = []fault.Message{
	msgRequired, msgNegative, msgBetween, msgDuplicate, msgMinAboveMax, msgTooManyGroupings,
	msgMentorMax, msgNotSupported, msgUnknownAttribute, msgUnknownValue, msgMenteeMin,
	msgMentorMin, msgLockBlocked, msgOverlapNone,
}
