package goals

import (
	"math"

	"github.com/mentorkit/mentorkit/internal/fault"
)

// DefaultRho is the intercorrelation of goal scores that Kiresuk and
// Sherman (1968) assumed for the GAS T-score, and the one [TScore] uses.
const DefaultRho = 0.3

// MinLevel and MaxLevel bound the Goal Attainment Scaling levels: −2 much
// less than expected, −1 less, 0 the expected outcome, +1 more, +2 much
// more than expected.
const (
	MinLevel = -2
	MaxLevel = 2
)

// TScore returns the Goal Attainment Scaling T-score of Kiresuk & Sherman
// (1968, "Goal attainment scaling: a general method for evaluating
// comprehensive community mental health programs", Community Mental Health
// Journal 4(6)) with ρ = DefaultRho = 0.3:
//
//	T = 50 + 10·Σwᵢxᵢ / √((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²)
//
// levels[i] is goal i's attainment xᵢ in −2..+2 and weights[i] its weight
// wᵢ. T is 50 when every goal reaches its expected level; with ρ = 0.3 a
// single goal at +2 scores 70. See [TScoreRho] for the errors.
func TScore(levels []int, weights []float64) (float64, error) {
	return TScoreRho(levels, weights, DefaultRho)
}

// TScoreRho is TScore with the intercorrelation ρ given (0 ≤ ρ ≤ 1).
//
// Errors, all reported together as [*FieldError]s without an ID: no levels
// ([ErrLength]); len(weights) != len(levels) ([ErrLength]); a level outside
// −2..+2, a weight that is negative, NaN or infinite, all weights zero, or
// ρ outside 0–1 or NaN ([ErrOutOfRange]). Each names the index and the
// value. Inputs are not modified.
func TScoreRho(levels []int, weights []float64, rho float64) (float64, error) {
	var errs fault.Collector
	if len(levels) == 0 {
		errs.Add(msgNoLevels.At("levels", nil))
	}
	if len(weights) != len(levels) {
		errs.Add(msgLength.At("weights", len(weights), len(weights), len(levels), "levels"))
	}
	if !(rho >= 0 && rho <= 1) {
		errs.Add(msgBetween.At("rho", rho, 0, 1))
	}
	for i, x := range levels {
		if x < MinLevel || x > MaxLevel {
			errs.Add(msgBetween.At(fault.Index("levels", i), x, MinLevel, MaxLevel))
		}
	}
	// T does not change when all weights are scaled by one factor, so they
	// are divided by the largest first: Σwᵢ² cannot overflow.
	var wmax float64
	for i, w := range weights {
		switch {
		case math.IsNaN(w) || math.IsInf(w, 0):
			errs.Add(msgNotFinite.At(fault.Index("weights", i), w))
		case w < 0:
			errs.Add(msgNegative.At(fault.Index("weights", i), w))
		default:
			wmax = math.Max(wmax, w)
		}
	}
	var sw, sw2, swx float64
	if errs.Len() == 0 && wmax > 0 {
		for i, w := range weights {
			w /= wmax
			sw += w
			sw2 += w * w
			swx += w * float64(levels[i])
		}
	}
	if errs.Len() == 0 && sw == 0 {
		errs.Add(msgWeightsZero.At("weights", nil))
	}
	if errs.Len() > 0 {
		return 0, errs.Err()
	}
	return 50 + 10*swx/math.Sqrt((1-rho)*sw2+rho*sw*sw), nil
}
