package matching

import (
	"errors"

	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/fault"
)

// ErrConfig means a setting is out of its documented range: KBest's k, a
// capacity of the wrong length or below zero, a lock or ban outside the
// matrix, a lock on a forbidden entry or two locks on one row.
var ErrConfig = errors.New("matching: bad setting")

// ErrUnknownEnum means a text names no Objective. It is [enum.ErrUnknown],
// the one unknown-name sentinel of the module.
var ErrUnknownEnum = enum.ErrUnknown

// FieldError is the module's one field error: the field path, the value,
// a stable code, the sentinel it unwraps to and its message in English and
// Dutch. KBest's setting errors are FieldErrors wrapping ErrConfig.
type FieldError = fault.Error

// The messages of the package's FieldErrors, one per code.
var (
	msgK              = fault.Message{Code: "kOutOfRange", Err: ErrConfig, EN: "must lie between 0 and %d", NL: "moet tussen 0 en %d liggen"}
	msgCapacityLength = fault.Message{Code: "capacityLength", Err: ErrConfig, EN: "has %d entries, want one per column (%d)", NL: "heeft %d waarden, verwacht er één per kolom (%d)"}
	msgNegative       = fault.Negative.With(ErrConfig)
	msgOutside        = fault.Message{Code: "outsideMatrix", Err: ErrConfig, EN: "lies outside the %d×%d matrix", NL: "ligt buiten de %d×%d-matrix"}
	msgLockForbidden  = fault.Message{Code: "lockForbidden", Err: ErrConfig, EN: "locks a forbidden entry", NL: "legt een verboden combinatie vast"}
	msgLockTwice      = fault.Message{Code: "lockTwice", Err: ErrConfig, EN: "locks row %d again (locks[%d])", NL: "legt rij %d opnieuw vast (locks[%d])"}
)

// messages lists every message of the package.
var messages = []fault.Message{msgK, msgCapacityLength, msgNegative, msgOutside, msgLockForbidden, msgLockTwice}
