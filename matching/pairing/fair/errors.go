package fair

import (
	"errors"

	"github.com/mentorkit/mentorkit/internal/fault"
)

// Sentinel errors of fair pairing. Every error about the fairness settings
// is a *[FieldError] that unwraps to one of them; errors of the programme
// and of the pairing settings are those of [pairing.New].
var (
	// ErrConfig means a fairness setting is out of its range (a negative
	// bound, a minimum above the maximum, a rate outside [0, 1], a value
	// listed twice, an empty attribute) or asks what fair pairing does not
	// support (see the package documentation).
	ErrConfig = errors.New("fair: bad setting")
	// ErrUnknownGroup means a grouping names an attribute that no
	// participant of that side has, or a bound names a value nobody has.
	ErrUnknownGroup = errors.New("fair: unknown group")
	// ErrInfeasible means the bounds cannot all be met together with the
	// rules, capacities and locks; the error says which group falls short,
	// how many allowed partners it has and how many it could reach.
	ErrInfeasible = errors.New("fair: bounds cannot be met")
)

// FieldError is mentorkit's one error shape for bad input (see
// [fault.Error]): the field path in the fairness settings' JSON names
// ("mentees.bounds[1].min"), the person ID where one applies, the value,
// a stable code and the message in English and Dutch.
type FieldError = fault.Error
