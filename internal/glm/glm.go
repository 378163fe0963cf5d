package glm

import (
	"errors"
	"math"

	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
)

// Sentinels of the package's errors.
var (
	// ErrOutOfRange reports a value outside its range: NaN or ±Inf, y
	// outside [0, 1], a negative weight or setting.
	ErrOutOfRange = errors.New("glm: value out of range")
	// ErrLength reports a column or weight vector whose length differs from y's.
	ErrLength = errors.New("glm: lengths differ")
	// ErrEmpty reports no observation with positive weight.
	ErrEmpty = errors.New("glm: not enough data")
)

// FieldError is mentorkit's field error (see internal/fault).
type FieldError = fault.Error

var (
	msgNotFinite  = fault.NotFinite.With(ErrOutOfRange)
	msgNegative   = fault.Negative.With(ErrOutOfRange)
	msgBetween    = fault.Between.With(ErrOutOfRange)
	msgLength     = fault.Length.With(ErrLength)
	msgTooFew     = fault.TooFew.With(ErrEmpty)
	msgMoreBad    = fault.Message{Code: "moreInvalid", Err: ErrOutOfRange, EN: "has %d more invalid values (not listed)", NL: "bevat nog %d ongeldige waarden (niet getoond)"}
	msgNoWeight   = fault.Message{Code: "noPositiveWeight", Err: ErrEmpty, EN: "has no positive weight", NL: "bevat geen positief gewicht"}
	messages      = []fault.Message{msgNotFinite, msgNegative, msgBetween, msgLength, msgTooFew, msgMoreBad, msgNoWeight}
	separationTab = enum.New[Separation]("separation", "none", "quasiComplete", "complete")
)

// SeparationTol is how close to its 0/1 outcome a fitted probability must
// come for the observation to be examined as separated; it is confirmed
// only when further Newton steps keep pushing its linear predictor towards
// ±∞ (see Logistic).
const SeparationTol = 1e-6

// Separation says whether a hyperplane separates the outcomes, in which
// case the maximum-likelihood estimate does not exist.
type Separation uint8

// The kinds of separation. The zero value, SeparationNone, is a real
// answer: no separation was found.
const (
	SeparationNone          Separation = iota // the MLE exists
	SeparationQuasiComplete                   // some observations are fitted exactly
	SeparationComplete                        // every observation is fitted exactly
)

// String returns the lowerCamel name ("none", "quasiComplete", "complete").
func (s Separation) String() string { return separationTab.String(s) }

// MarshalText writes the name.
func (s Separation) MarshalText() ([]byte, error) { return separationTab.Marshal(s) }

// UnmarshalText reads a name (case-insensitive).
func (s *Separation) UnmarshalText(b []byte) error { return separationTab.Unmarshal(b, s) }

// Config tunes the fit. The zero value is R's glm.control().
type Config struct {
	// MaxIter is the largest number of IRLS iterations; 0 means 25 (R's maxit).
	MaxIter int `json:"maxIter,omitempty"`
	// Epsilon is the convergence tolerance on the relative change of the
	// deviance, |dev − dev_old|/(|dev| + 0.1); 0 means 1e-8 (R's epsilon).
	Epsilon float64 `json:"epsilon,omitempty"`
	// OmitIntercept fits the model without an intercept column.
	OmitIntercept bool `json:"omitIntercept,omitempty"`
	// NonNegative, when not nil, has one entry per column of x (the
	// intercept is always free): true holds that column's coefficient at
	// or above 0. Each IRLS step then solves its weighted least-squares
	// problem under the bounds (Lawson–Hanson active set) and halves a
	// step that raises the deviance; the result is the constrained
	// maximum-likelihood estimate. Nil or all false is the unconstrained
	// fit, bit for bit.
	NonNegative []bool `json:"nonNegative,omitempty"`
}

// nonnegFull returns the bounds over all p coefficients (intercept
// first), or nil when no coefficient is bounded.
func (c Config) nonnegFull(d design) []bool {
	on := false
	for _, b := range c.NonNegative {
		on = on || b
	}
	if !on {
		return nil
	}
	out := make([]bool, 0, d.p)
	if d.intercept {
		out = append(out, false)
	}
	return append(out, c.NonNegative...)
}

// Fit is a fitted logistic regression. Slices indexed by coefficient hold
// the intercept first (unless omitted), then the columns in input order.
type Fit struct {
	Coef    []float64   `json:"coef"`    // coefficients; NaN where aliased or separated
	SE      []float64   `json:"se"`      // standard errors from the inverse information at the fit
	Z       []float64   `json:"z"`       // Wald z = coef/se
	P       []float64   `json:"p"`       // two-sided Wald p-value 2Φ(−|z|)
	Aliased []bool      `json:"aliased"` // true where a column is collinear with earlier ones (R's NA)
	Cov     [][]float64 `json:"cov"`     // (X'WX)⁻¹ over all coefficients; NaN rows and columns where aliased

	N            int     `json:"n"`            // observations with positive weight
	Deviance     float64 `json:"deviance"`     // residual deviance −2·loglik for 0/1 outcomes
	NullDeviance float64 `json:"nullDeviance"` // deviance of the intercept-only (or empty) model
	DFResidual   int     `json:"dfResidual"`   // N − number of estimated coefficients
	DFNull       int     `json:"dfNull"`       // N − 1 (N without an intercept)
	// LogLik is R's binomial log-likelihood: Σ log dbinom(round(w·y),
	// round(w), μ) over the observations with w > 0, which is
	// Σ (y log μ + (1−y) log(1−μ)) for 0/1 outcomes with unit weights and
	// includes the binomial coefficients when w counts trials. (R rounds
	// non-integer weights here, and so does LogLik.)
	LogLik     float64 `json:"logLik"`
	AIC        float64 `json:"aic"`        // −2·LogLik + 2·(number of estimated coefficients), as R's AIC
	Iterations int     `json:"iterations"` // IRLS iterations used
	Converged  bool    `json:"converged"`  // the deviance criterion was met within MaxIter

	// Fitted are the probabilities μ = 1/(1+exp(−x'b)), in input order.
	Fitted []float64 `json:"fitted"`
	// Separation is the kind of separation found.
	Separation Separation `json:"separation"`
	// Separated lists, in increasing order, the observations fitted
	// exactly because of separation (empty without separation).
	Separated []int `json:"separated,omitempty"`
	// AtBound is true for a coefficient that Config.NonNegative holds at
	// its bound 0 (nil without bounds). Such a coefficient is 0 with NaN
	// standard error, z and p; the standard errors of the others are
	// those of the model with it fixed at 0.
	AtBound []bool `json:"atBound,omitempty"`
}

// MarshalJSON writes the fit by the module's number rule (NaN as "NaN").
func (f Fit) MarshalJSON() ([]byte, error) { return jsonx.Marshal(f) }

// UnmarshalJSON reads what MarshalJSON writes.
func (f *Fit) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, f) }

// MarshalJSON writes the config by the module's number rule.
func (c Config) MarshalJSON() ([]byte, error) { return jsonx.Marshal(c) }

// UnmarshalJSON reads what MarshalJSON writes.
func (c *Config) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, c) }

const maxListed = 10

func checkValues(c *fault.Collector, name string, v []float64, check func(float64) *fault.Error) {
	bad := 0
	for i, x := range v {
		if e := check(x); e != nil {
			bad++
			if bad <= maxListed {
				e.Field = fault.Index(name, i)
				c.Add(e)
			}
		}
	}
	if bad > maxListed {
		c.Add(msgMoreBad.At(name, nil, bad-maxListed))
	}
}

func finite(x float64) *fault.Error {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return msgNotFinite.At("", x)
	}
	return nil
}

// validate checks the inputs of Logistic.
func validate(y []float64, x [][]float64, w []float64, cfg Config) error {
	return validateInputs(y, x, w, cfg, true)
}

// validateInputs checks the inputs of Logistic (unit: y in [0, 1]) and
// LeastSquares.
func validateInputs(y []float64, x [][]float64, w []float64, cfg Config, unit bool) error {
	var c fault.Collector
	checkValues(&c, "y", y, func(v float64) *fault.Error {
		if e := finite(v); e != nil {
			return e
		}
		if unit && (v < 0 || v > 1) {
			return msgBetween.At("", v, 0, 1)
		}
		return nil
	})
	for j, col := range x {
		name := fault.Index("x", j)
		if len(col) != len(y) {
			c.Add(msgLength.At(name, nil, len(col), len(y), "y"))
			continue
		}
		checkValues(&c, name, col, finite)
	}
	if w != nil {
		if len(w) != len(y) {
			c.Add(msgLength.At("w", nil, len(w), len(y), "y"))
		} else {
			checkValues(&c, "w", w, func(v float64) *fault.Error {
				if e := finite(v); e != nil {
					return e
				}
				if v < 0 {
					return msgNegative.At("", v)
				}
				return nil
			})
		}
	}
	if cfg.NonNegative != nil && len(cfg.NonNegative) != len(x) {
		c.Add(msgLength.At("cfg.nonNegative", nil, len(cfg.NonNegative), len(x), "x"))
	}
	if cfg.MaxIter < 0 {
		c.Add(msgNegative.At("cfg.maxIter", cfg.MaxIter))
	}
	if !(cfg.Epsilon >= 0 && cfg.Epsilon < 1) {
		c.Add(msgBetween.At("cfg.epsilon", cfg.Epsilon, 0, 1))
	}
	if len(y) == 0 {
		c.Add(msgTooFew.At("y", nil, 0, 1))
	}
	if err := c.Err(); err != nil {
		return err
	}
	if w != nil {
		for _, v := range w {
			if v > 0 {
				return nil
			}
		}
		return msgNoWeight.At("w", nil)
	}
	return nil
}
