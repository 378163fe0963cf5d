package goals

import (
	"errors"
	"math"
	"strconv"
)

// DefaultRho is the intercorrelation of goal scores that Kiresuk and
// Sherman (1968) assumed for the GAS T-score, and the value DESIGN.md fixes
// for TScore.
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
// single goal at +2 scores 70. See TScoreRho for the errors.
func TScore(levels []int, weights []float64) (float64, error) {
	return TScoreRho(levels, weights, DefaultRho)
}

// TScoreRho is TScore with the intercorrelation ρ given (0 ≤ ρ ≤ 1).
//
// Errors, all reported together: no levels (ErrLength); len(weights) !=
// len(levels) (ErrLength); a level outside −2..+2, a weight that is
// negative, NaN or infinite, all weights zero, or ρ outside 0–1 or NaN
// (ErrOutOfRange). Each names the index and the value. Inputs are not
// modified.
func TScoreRho(levels []int, weights []float64, rho float64) (float64, error) {
	var errs []error
	if len(levels) == 0 {
		errs = append(errs, fieldErr("levels", 0, ErrLength, "GAS needs at least one goal"))
	}
	if len(weights) != len(levels) {
		errs = append(errs, fieldErr("weights", len(weights), ErrLength, "needs one weight per level ("+strconv.Itoa(len(levels))+")"))
	}
	if !(rho >= 0 && rho <= 1) {
		errs = append(errs, fieldErr("rho", rho, ErrOutOfRange, "must lie in 0–1"))
	}
	for i, x := range levels {
		if x < MinLevel || x > MaxLevel {
			errs = append(errs, fieldErr("levels["+strconv.Itoa(i)+"]", x, ErrOutOfRange, "must lie in −2..+2"))
		}
	}
	// T does not change when all weights are scaled by one factor, so they
	// are divided by the largest first: Σwᵢ² cannot overflow.
	var wmax float64
	for i, w := range weights {
		if !(w >= 0) || math.IsInf(w, 0) {
			errs = append(errs, fieldErr("weights["+strconv.Itoa(i)+"]", w, ErrOutOfRange, "must be a finite number ≥ 0"))
			continue
		}
		wmax = math.Max(wmax, w)
	}
	var sw, sw2, swx float64
	if len(errs) == 0 && wmax > 0 {
		for i, w := range weights {
			w /= wmax
			sw += w
			sw2 += w * w
			swx += w * float64(levels[i])
		}
	}
	if len(errs) == 0 && sw == 0 {
		errs = append(errs, fieldErr("weights", nil, ErrOutOfRange, "are all zero"))
	}
	if len(errs) > 0 {
		return 0, errors.Join(errs...)
	}
	return 50 + 10*swx/math.Sqrt((1-rho)*sw2+rho*sw*sw), nil
}
