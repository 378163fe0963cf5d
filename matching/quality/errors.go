package quality

import (
	"errors"

	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/matching"
)

var (
	// ErrConfig means a setting is out of its documented range: a capacity
	// of the wrong length or below zero, a negative TopK, a missing rng,
	// an unset or undeclared strategy, an instance's view that forbids
	// other pairs than its scores, or a wait outside 0 to 2³⁰.
	ErrConfig = errors.New("quality: bad setting")
	// ErrUnknownID means a result names a participant that the group map
	// does not know.
	ErrUnknownID = errors.New("quality: unknown participant ID")
	// ErrUnknownEnum means a text names no Strategy. It is
	// [enum.ErrUnknown], the one unknown-name sentinel of the module.
	ErrUnknownEnum = enum.ErrUnknown
)

// FieldError is the module's one field error: the field path (JSON names,
// such as "capacity[2]" or "pairs[0].menteeId"), the ID of the participant
// or instance it concerns, the value, a stable code, the sentinel it
// unwraps to and its message in English and Dutch. Several are joined
// (errors.Join).
type FieldError = fault.Error

// The messages of the package's FieldErrors, one per code. The capacity
// and matching messages (codes capacityLength, negative, matchingLength,
// mentorOutOfRange, forbiddenPair, overCapacity) are shared with the other
// matching packages and bound to ErrConfig and stable.ErrInvalidMatching.
var (
	msgTopK     = fault.Negative.With(ErrConfig)
	msgRNG      = fault.Required.With(ErrConfig)
	msgStrategy = fault.Message{Code: "undeclaredStrategy", Err: ErrConfig,
		EN: "is not a strategy; use one of %s", NL: "is geen bekende strategie; kies uit %s"}
	msgLength    = fault.Length.With(matching.ErrShape)
	msgNotFinite = fault.Message{Code: "notFinite", Err: matching.ErrNaN,
		EN: "is not a finite number, but the mentee is matched", NL: "is geen eindig getal, terwijl de mentee wel gekoppeld is"}
	msgNoGroup = fault.Message{Code: "noGroup", Err: ErrUnknownID,
		EN: "names a mentee without a group", NL: "noemt een mentee die in geen enkele groep is ingedeeld"}
	msgViewShape = fault.Message{Code: "viewShape", Err: matching.ErrShape,
		EN: "has %d × %d entries, want %d × %d (the scores' shape)", NL: "heeft %d × %d waarden, verwacht %d × %d (de vorm van de scores)"}
	msgViewForbidden = fault.Message{Code: "viewForbidden", Err: ErrConfig,
		EN: "must forbid (-Infinity) exactly the pairs the scores forbid", NL: "moet precies de paren uitsluiten (-Infinity) die de scores uitsluiten"}
	msgWait = fault.Between.With(ErrConfig)
)

// messages lists every message of the package (for fault.CheckTable).
var messages = []fault.Message{msgTopK, msgRNG, msgStrategy, msgLength, msgNotFinite, msgNoGroup, msgViewShape, msgViewForbidden, msgWait}
