package rounds

import (
	"errors"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/matching/pairing"
)

var (
	// ErrConfig means a setting is out of its documented range: a cutoff
	// outside [0, 1], a negative or non-finite week weight or end
	// probability, an undeclared wait mode, rounds outside 1 to MaxRounds, a
	// missing random source, a blank or repeated ID. It is
	// [pairing.ErrConfig], so one errors.Is serves both packages.
	ErrConfig = pairing.ErrConfig
	// ErrUnknownID means a state names a person who is not a participant
	// on that side. It is [pairing.ErrUnknownID].
	ErrUnknownID = pairing.ErrUnknownID
	// ErrOtherProgramme means a state belongs to another programme. It is
	// [pairing.ErrOtherProgramme] (and unwraps to ErrConfig).
	ErrOtherProgramme = pairing.ErrOtherProgramme
	// ErrTime means a time in a state lies after the round's now.
	ErrTime = errors.New("rounds: time after now")
)

// FieldError is the module's one field error: the field path (JSON
// names, such as "state.waiting[2].since"), the person's ID, the value,
// a stable code, the sentinel it unwraps to and its message in English
// and Dutch. Several are joined (errors.Join).
type FieldError = fault.Error

// The messages of the package's FieldErrors, one per code.
var (
	msgRange    = fault.Between.With(ErrConfig)
	msgNotFin   = fault.NotFinite.With(ErrConfig)
	msgNegative = fault.Negative.With(ErrConfig)
	msgRequired = fault.Required.With(ErrConfig)
	msgDup      = fault.Duplicate.With(ErrConfig)
	msgWait     = fault.Message{Code: "undeclaredWaitMode", Err: ErrConfig,
		EN: "is not a wait mode; use first or weight", NL: "is geen bekende wachtwijze; kies first of weight"}
	msgRounds = fault.Message{Code: "roundsOutOfRange", Err: ErrConfig,
		EN: "is %d; from 1 to %d rounds are possible", NL: "is %d; er zijn 1 tot %d rondes mogelijk"}
	msgMentee = fault.Message{Code: "unknownMentee", Err: ErrUnknownID,
		EN: "names %q, who is no mentee of programme %q", NL: "noemt %q, die geen mentee is in programma %q"}
	msgMentor = fault.Message{Code: "unknownMentor", Err: ErrUnknownID,
		EN: "names %q, who is no mentor of programme %q", NL: "noemt %q, die geen mentor is in programma %q"}
	msgFuture = fault.Message{Code: "afterNow", Err: ErrTime,
		EN: "lies after now (%s)", NL: "ligt na het tijdstip van de ronde (%s)"}
	msgOther = fault.Message{Code: "otherProgramme", Err: ErrOtherProgramme,
		EN: "is the state of programme %q, not of %q", NL: "is de stand van programma %q, niet van %q"}
	msgBoth = fault.Message{Code: "activeAndWaiting", Err: ErrConfig,
		EN: "waits while paired in %s", NL: "wacht terwijl die al gekoppeld is in %s"}
	msgMix = fault.Message{Code: "circleMixInRounds", Err: ErrConfig,
		EN: "has %d requirement(s), but rounds pair one mentor with one mentee per meeting and form no circles: remove the mix, or form circles with pairing.Solve",
		NL: "bevat %d eis(en), maar rondes koppelen per gesprek één mentor aan één mentee en vormen geen groepen: haal de eisen weg, of vorm groepen met pairing.Solve"}
)

// checkNoMix refuses a circle mix, which rounds cannot apply, rather
// than dropping it.
func checkNoMix(cfg pairing.Config, errs *fault.Collector, field string) {
	if n := len(cfg.Rules.CircleMix); n > 0 {
		errs.Add(msgMix.At(field, n, n))
	}
}

// messages lists every message of the package (for fault.CheckTable).
var messages = []fault.Message{msgRange, msgNotFin, msgNegative, msgRequired, msgDup, msgWait, msgRounds,
	msgMentee, msgMentor, msgFuture, msgOther, msgBoth, msgMix}

// errText is the sentinel of the texts below: explanations, not errors,
// sharing the message table's shape.
var errText = errors.New("rounds: text")

// The texts of obstacles to "everyone has met".
var (
	txtTooMany = fault.Message{Code: "tooManyPartners", Err: errText,
		EN: "%s has %d allowed partners, more than the %d rounds", NL: "%s heeft %d toegestane partners, meer dan de %d rondes"}
	txtFew = fault.Message{Code: "fewPartners", Err: errText,
		EN: "%s has %d allowed partners, fewer than the %d rounds: sits out once all are met", NL: "%s heeft %d toegestane partners, minder dan de %d rondes: slaat over zodra die allemaal gezien zijn"}
	txtNone = fault.Message{Code: "noPartner", Err: errText,
		EN: "%s has no allowed partner", NL: "%s heeft geen enkele toegestane partner"}
	txtCutoff = fault.Message{Code: "belowCutoff", Err: errText,
		EN: "%s has %d unmet allowed partners scoring below the cutoff", NL: "%s heeft %d nog niet ontmoete toegestane partners met een score onder de drempel"}
	txtOdd = fault.Message{Code: "oddPool", Err: errText,
		EN: "a pool of %d people needs %d rounds: one sits out each round", NL: "een groep van %d personen heeft %d rondes nodig: elke ronde slaat er één over"}
	txtApart = fault.Message{Code: "keptApart", Err: errText,
		EN: "%s has %d unmet allowed partners the rounds did not reach (places taken, pairs that last)", NL: "%s heeft %d nog niet ontmoete toegestane partners die de rondes niet bereikten (plaatsen bezet, koppels die doorlopen)"}
)

// texts lists the obstacle texts (for fault.CheckTable).
var texts = []fault.Message{txtTooMany, txtFew, txtNone, txtOdd, txtCutoff, txtApart}
