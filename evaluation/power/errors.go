package power

import (
	"errors"
	"math"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/mentorkit/mentorkit/internal/fault"
)

// ErrNoSolution reports a planning question without an answer: the power
// asked for is not reached by any sample size or effect in the direction
// of the alternative (for instance two equal proportions, or a power at or
// below the significance level).
var ErrNoSolution = errors.New("power: no design reaches the power asked for")

// FieldError is mentorkit's one error for a bad value (see
// [evaluation.FieldError]).
type FieldError = fault.Error

var (
	msgNotFinite   = fault.NotFinite.With(evaluation.ErrOutOfRange)
	msgProbability = fault.Probability.With(evaluation.ErrOutOfRange)
	msgAtLeast     = fault.Message{Code: "tooSmall", Err: evaluation.ErrOutOfRange,
		EN: "must be at least %v", NL: "moet minstens %v zijn"}
	msgPositive = fault.Message{Code: "notPositive", Err: evaluation.ErrOutOfRange,
		EN: "must be greater than 0", NL: "moet groter dan 0 zijn"}
	msgZeroEffect = fault.Message{Code: "zeroEffect", Err: evaluation.ErrOutOfRange,
		EN: "must differ from %v: no sample detects no effect", NL: "moet verschillen van %v: geen steekproef ontdekt geen effect"}
	msgEventShare = fault.Message{Code: "notShare", Err: evaluation.ErrOutOfRange,
		EN: "must lie in (0, 1]", NL: "moet groter dan 0 en hoogstens 1 zijn"}
	msgUndeclared = fault.Message{Code: "undeclaredEnum", Err: evaluation.ErrUnknownEnum,
		EN: "is not a declared %s", NL: "is geen geldige waarde voor %s"}
	msgNoSolution = fault.Message{Code: "noSolution", Err: ErrNoSolution,
		EN: "cannot be reached: %s", NL: "is niet haalbaar: %s"}
)

// messages lists every message of the package (for fault.CheckTable).
var messages = []fault.Message{msgNotFinite, msgProbability, msgAtLeast, msgPositive, msgZeroEffect,
	msgEventShare, msgUndeclared, msgNoSolution}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// checkProb reports v outside (0, 1).
func checkProb(field string, v float64) error {
	if !(v > 0 && v < 1) {
		return msgProbability.At(field, v)
	}
	return nil
}

// checkN reports an n below 2 or not finite.
func checkN(field string, n float64) error {
	if !finite(n) || !(n >= 2) {
		return msgAtLeast.At(field, n, 2)
	}
	return nil
}

// confidence resolves a zero confidence to 0.95 and checks the rest.
func confidence(field string, c float64) (float64, error) {
	if c == 0 {
		return 0.95, nil
	}
	return c, checkProb(field, c)
}

func checkAlternative(field string, a evaluation.Alternative) error {
	if b, err := a.MarshalText(); err != nil || len(b) == 0 {
		return msgUndeclared.At(field, int(a), "Alternative")
	}
	return nil
}
