package feedback

import "github.com/mentorkit/mentorkit/internal/fault"

// The package's messages, one per code. Each completes "<field> …" and is
// instantiated with Message.New (with the respondent, subject or
// relationship ID) or Message.At (without one).
var (
	// Common messages bound to this package's sentinels.
	msgRequired    = fault.Required.With(ErrInvalid)
	msgDuplicate   = fault.Duplicate.With(ErrDuplicate) // arg: where it appeared first
	msgNegative    = fault.Negative.With(ErrOutOfRange)
	msgBetween     = fault.Between.With(ErrOutOfRange) // args: the bounds
	msgProbability = fault.Probability.With(ErrOutOfRange)

	// Instruments and policies.
	msgScaleReversed = fault.Message{Code: "scaleReversed", Err: ErrInvalid,
		EN: "has minimum %d, which must be below its maximum %d",
		NL: "heeft minimum %d, dat kleiner moet zijn dan het maximum %d"}
	msgScaleTooWide = fault.Message{Code: "scaleTooWide", Err: ErrOutOfRange,
		EN: "has %d points; at most %d are allowed",
		NL: "heeft %d punten; er zijn er hoogstens %d toegestaan"}
	msgNoItems = fault.Message{Code: "noItems", Err: ErrTooFew,
		EN: "is empty; an instrument needs at least one item",
		NL: "is leeg; een vragenlijst heeft minstens één vraag nodig"}
	msgSubscaleScale = fault.Message{Code: "subscaleScale", Err: ErrInvalid,
		EN: "differs from the scale of %s; the items of subscale %q share one scale",
		NL: "wijkt af van de schaal van %s; de vragen van subschaal %q hebben één schaal"}
	msgNoText = fault.Message{Code: "noText", Err: ErrInvalid,
		EN: "is empty; give the wording in at least one language",
		NL: "is leeg; geef de tekst in minstens één taal"}
	msgEmptyText = fault.Message{Code: "emptyText", Err: ErrInvalid,
		EN: "has an empty language tag or an empty wording",
		NL: "heeft een lege taalcode of een lege tekst"}
	msgPolicyFloor = fault.Message{Code: "policyFloor", Err: ErrOutOfRange,
		EN: "must be 0 (the default, %d) or at least %d",
		NL: "moet 0 zijn (de standaard, %d) of minstens %d"}

	// Responses.
	msgUnknownItem = fault.Message{Code: "unknownItem", Err: ErrUnknownItem,
		EN: "is not an item of instrument %q",
		NL: "is geen vraag van vragenlijst %q"}
	msgAnswerOffScale = fault.Message{Code: "answerOffScale", Err: ErrOutOfRange,
		EN: "is off the scale of item %s, %d to %d",
		NL: "valt buiten de schaal van vraag %s, %d tot en met %d"}
	msgMoreDuplicates = fault.Message{Code: "moreDuplicateRespondents", Err: ErrDuplicate,
		EN: "hold %d more responses from a respondent who answered about the same subject before; one response per respondent per subject",
		NL: "bevatten nog %d ingevulde vragenlijsten van iemand die al eerder over hetzelfde onderwerp antwoordde; één per respondent per onderwerp"}
	msgNotListed = fault.Message{Code: "valueNotListed", Err: ErrInvalid,
		EN: "has a value of dimension %s that is not one of its listed values",
		NL: "heeft een waarde voor dimensie %s die niet bij de opgegeven waarden hoort"}

	// Ledgers.
	msgLedgerSurvey = fault.Message{Code: "ledgerSurvey", Err: ErrInvalid,
		EN: "belongs to another survey; this report is of instrument %q",
		NL: "hoort bij een andere vragenlijst; dit rapport gaat over vragenlijst %q"}
	msgThresholdLowered = fault.Message{Code: "thresholdLowered", Err: ErrOutOfRange,
		EN: "is below the minimum %d of the earlier release; lowering it needs a recorded override",
		NL: "ligt onder het minimum %d van de eerdere publicatie; verlagen kan alleen met een vastgelegde uitzondering"}
	msgKeyChanged = fault.Message{Code: "groupingKeyChanged", Err: ErrInvalid,
		EN: "puts this response in %q; the ledger's release %q put it in %q (the grouping must keep its meaning across releases)",
		NL: "plaatst deze respons in %q; de publicatie %q uit het logboek plaatste hem in %q (een indeling moet tussen publicaties dezelfde betekenis houden)"}
	msgOverride = fault.Message{Code: "overrideMismatch", Err: ErrInvalid,
		EN: "must go from %d to %d and name who decided and why",
		NL: "moet van %d naar %d gaan en vermelden wie besloot en waarom"}

	// Report specifications.
	msgTrim = fault.Message{Code: "trimRange", Err: ErrOutOfRange,
		EN: "must be at least 0 and below 0.5",
		NL: "moet minstens 0 en kleiner dan 0,5 zijn"}
	msgTooManyDimensions = fault.Message{Code: "tooManyDimensions", Err: ErrOutOfRange,
		EN: "has %d dimensions; at most %d are allowed",
		NL: "bevat %d dimensies; er zijn er hoogstens %d toegestaan"}
	msgNoGroupings = fault.Message{Code: "noGroupings", Err: ErrTooFew,
		EN: "is empty; a report needs at least one grouping",
		NL: "is leeg; een rapport heeft minstens één indeling nodig"}
	msgTooManyCells = fault.Message{Code: "tooManyCells", Err: ErrOutOfRange,
		EN: "lists %d combinations of values; at most %d are allowed",
		NL: "geeft %d combinaties van waarden; er zijn er hoogstens %d toegestaan"}
	msgUnknownDimension = fault.Message{Code: "unknownDimension", Err: ErrInvalid,
		EN: "is not a dimension of the report",
		NL: "is geen dimensie van het rapport"}
	msgNoResponses = fault.Message{Code: "noResponses", Err: ErrTooFew,
		EN: "is empty; a report needs at least one response",
		NL: "is leeg; een rapport heeft minstens één ingevulde vragenlijst nodig"}
	msgNoResponsesAbout = fault.Message{Code: "noResponsesAbout", Err: ErrTooFew,
		EN: "has no responses about it",
		NL: "heeft geen ingevulde vragenlijsten over zich"}

	// Statistics.
	msgNoRatings = fault.Message{Code: "noRatings", Err: ErrTooFew,
		EN: "holds no ratings",
		NL: "bevat geen scores"}
	msgNPSCounts = fault.Message{Code: "npsCounts", Err: ErrShape,
		EN: "has %d counts; want 11, one per rating 0 to 10",
		NL: "bevat %d aantallen; verwacht 11, één per score 0 tot en met 10"}

	// The self-check.
	msgNoHealth = fault.Message{Code: "noHealth", Err: ErrInvalid,
		EN: "is empty; take the health from mentoring.AssessHealth",
		NL: "is leeg; gebruik de uitkomst van mentoring.AssessHealth"}
	msgSessionCount = fault.Message{Code: "sessionCount", Err: ErrInvalid,
		EN: "holds %d sessions, but the health was assessed over %d; pass the same sessions",
		NL: "bevat %d sessies, maar de gezondheid is over %d sessies beoordeeld; geef dezelfde sessies mee"}
	msgOtherRelationship = fault.Message{Code: "otherRelationship", Err: ErrInvalid,
		EN: "is not the relationship of the health, %q",
		NL: "is niet de relatie van de gezondheidsbeoordeling, %q"}
	msgIndexRange = fault.Message{Code: "indexRange", Err: ErrOutOfRange,
		EN: "must lie between 0 and 100, or be NaN when the cell was not released",
		NL: "moet tussen 0 en 100 liggen, of NaN zijn als de cel niet is vrijgegeven"}
)

// messages lists every message of the package; the tests check the table.
var messages = []fault.Message{
	msgRequired, msgDuplicate, msgNegative, msgBetween, msgProbability,
	msgScaleReversed, msgScaleTooWide, msgNoItems, msgSubscaleScale, msgNoText, msgEmptyText, msgPolicyFloor,
	msgUnknownItem, msgAnswerOffScale, msgMoreDuplicates, msgNotListed,
	msgTrim, msgTooManyDimensions, msgNoGroupings, msgTooManyCells, msgUnknownDimension, msgNoResponses, msgNoResponsesAbout,
	msgNoRatings, msgNPSCounts,
	msgNoHealth, msgSessionCount, msgOtherRelationship, msgIndexRange,
	msgLedgerSurvey, msgThresholdLowered, msgOverride, msgKeyChanged,
}
