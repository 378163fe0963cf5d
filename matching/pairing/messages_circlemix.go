package pairing

import (
	"errors"

	"github.com/mentorkit/mentorkit/internal/fault"
)

// ErrCircleMix reports a circle mix (Rules.CircleMix) that the programme
// cannot meet, or a circle that does not meet it; each is a *FieldError
// saying which requirement, which circle or mentor, and who is short.
var ErrCircleMix = errors.New("pairing: circle mix cannot be met")

// The messages of the circle mix (TestCircleMixMessages checks them with
// the package's other tables).
var (
	msgMixBounds = fault.Message{Code: "circleMixBounds", Err: ErrConfig,
		EN: "is %d, below the minimum %d",
		NL: "is %d, lager dan het minimum %d"}
	msgMixAboveGroup = fault.Message{Code: "circleMixAboveGroup", Err: ErrConfig,
		EN: "asks %d mentees per circle, more than the %d places of a circle",
		NL: "vraagt %d mentees per kring, meer dan de %d plaatsen van een kring"}
	msgMixNoAttribute = fault.Message{Code: "circleMixNoAttribute", Err: ErrConfig,
		EN: "names %q, which no mentee of the programme states",
		NL: "noemt %q, dat bij geen enkele mentee van het programma is ingevuld"}
	msgMixTooFewValue = fault.Message{Code: "circleMixTooFewMentees", Err: ErrCircleMix,
		EN: "cannot be met by any circle: %d mentees have %s = %q, and a circle needs at least %d",
		NL: "is door geen enkele kring te halen: %d mentees hebben %s = %q, en een kring heeft er minstens %d nodig"}
	msgMixTooFewValues = fault.Message{Code: "circleMixTooFewValues", Err: ErrCircleMix,
		EN: "cannot be met by any circle: the mentees state %d different values of %s, and a circle needs at least %d",
		NL: "is door geen enkele kring te halen: de mentees vullen %d verschillende waarden van %s in, en een kring heeft er minstens %d nodig"}
	msgMixRelativeValue = fault.Message{Code: "circleMixRelativeValue", Err: ErrConfig,
		EN: "is set together with otherThanMentor, which compares with the mentor's own value",
		NL: "is ingevuld samen met otherThanMentor, dat met de eigen waarde van de mentor vergelijkt"}
	msgMixOtherLow = fault.Message{Code: "circleMixOtherShort", Err: ErrCircleMix,
		EN: "the circle of %s has %d mentees whose %s differs from the mentor's; at least %d are required",
		NL: "de kring van %s heeft %d mentees bij wie %s verschilt van die van de mentor; er zijn er minstens %d nodig"}
	msgMixOtherHigh = fault.Message{Code: "circleMixOtherOver", Err: ErrCircleMix,
		EN: "the circle of %s has %d mentees whose %s differs from the mentor's; at most %d are allowed",
		NL: "de kring van %s heeft %d mentees bij wie %s verschilt van die van de mentor; er zijn er hoogstens %d toegestaan"}
	msgMixValueLow = fault.Message{Code: "circleMixValueShort", Err: ErrCircleMix,
		EN: "the circle of %s has %d mentees with %s = %q; at least %d are required",
		NL: "de kring van %s heeft %d mentees met %s = %q; er zijn er minstens %d nodig"}
	msgMixValueHigh = fault.Message{Code: "circleMixValueOver", Err: ErrCircleMix,
		EN: "the circle of %s has %d mentees with %s = %q; at most %d are allowed",
		NL: "de kring van %s heeft %d mentees met %s = %q; er zijn er hoogstens %d toegestaan"}
	msgMixDistinctLow = fault.Message{Code: "circleMixDistinctShort", Err: ErrCircleMix,
		EN: "the circle of %s has %d different values of %s; at least %d are required",
		NL: "de kring van %s heeft %d verschillende waarden van %s; er zijn er minstens %d nodig"}
	msgMixSharedHigh = fault.Message{Code: "circleMixSharedOver", Err: ErrCircleMix,
		EN: "the circle of %s has %d mentees with %s = %q; at most %d may share one value",
		NL: "de kring van %s heeft %d mentees met %s = %q; hoogstens %d mogen dezelfde waarde hebben"}
	msgMixDissolvedFew = fault.Message{Code: "circleMixDissolvedShort", Err: ErrCircleMix,
		EN: "the circle of %s was dissolved: of its %d allowed mentees %d count towards %s, and a circle needs at least %d",
		NL: "de kring van %s is opgeheven: van de %d toegestane mentees tellen er %d mee voor %s, en een kring heeft er minstens %d nodig"}
	msgMixDissolvedTaken = fault.Message{Code: "circleMixDissolvedTaken", Err: ErrCircleMix,
		EN: "the circle of %s was dissolved: its %d allowed mentees could meet the mix (%s), but not while the other circles kept the mentees they need for it",
		NL: "de kring van %s is opgeheven: de %d toegestane mentees konden aan de samenstelling (%s) voldoen, maar niet zolang de andere kringen de mentees hielden die zij daarvoor nodig hebben"}
)

// circleMixMessages is the table of this file.
var circleMixMessages = []fault.Message{msgMixBounds, msgMixAboveGroup, msgMixNoAttribute, msgMixTooFewValue,
	msgMixTooFewValues, msgMixValueLow, msgMixValueHigh, msgMixDistinctLow, msgMixSharedHigh, msgMixDissolvedFew,
	msgMixDissolvedTaken, msgMixRelativeValue, msgMixOtherLow, msgMixOtherHigh}
