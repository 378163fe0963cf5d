package causal

import (
	"errors"
	"math"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/mentorkit/mentorkit/internal/fault"
	"gonum.org/v1/gonum/mathext"
	"gonum.org/v1/gonum/stat/distuv"
)

// Sentinel errors. Every error of this package wraps one of them; the
// first four are evaluation's own, so errors.Is works with either package.
var (
	// ErrEmpty reports too little data: no pair, no treated or no control
	// subject, a single group.
	ErrEmpty = evaluation.ErrEmpty
	// ErrLength reports slices that must have the same length and do not.
	ErrLength = evaluation.ErrLength
	// ErrOutOfRange reports a value outside its range: NaN or ±Inf, a Γ
	// below 1, a confidence outside (0, 1), a caliper that is not positive.
	ErrOutOfRange = evaluation.ErrOutOfRange
	// ErrAllZero reports matched pairs whose differences are all zero.
	ErrAllZero = evaluation.ErrAllZero
	// ErrSeparation reports a propensity model whose maximum-likelihood
	// estimate does not exist because the covariates separate the treated
	// from the controls (complete or quasi-complete separation).
	ErrSeparation = errors.New("causal: treatment separated by the covariates")
	// ErrUnknownEnum reports a setting that is not a declared constant.
	ErrUnknownEnum = evaluation.ErrUnknownEnum
)

// FieldError is mentorkit's one field error (internal/fault): field path,
// subject ID, value, code and message in English and Dutch.
type FieldError = fault.Error

// maxListed bounds the per-element errors listed for one argument.
const maxListed = 10

// checkFinite reports the NaN and infinite elements of x.
func checkFinite(c *fault.Collector, arg string, x []float64) {
	bad := 0
	for i, v := range x {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			bad++
			if bad <= maxListed {
				c.Add(msgNotFinite.At(fault.Index(arg, i), v))
			}
		}
	}
	if bad > maxListed {
		c.Add(msgMoreInvalid.At(arg, nil, bad-maxListed))
	}
}

// checkConfidence reports a confidence outside (0, 1); 0 means def.
func checkConfidence(c *fault.Collector, field string, v float64, def float64) float64 {
	if v == 0 {
		return def
	}
	if !(v > 0 && v < 1) {
		c.Add(msgProbability.At(field, v))
	}
	return v
}

// normSF is the upper tail 1 − Φ(z).
func normSF(z float64) float64 { return 0.5 * math.Erfc(z/math.Sqrt2) }

// tTwoSided is 2·P(T_df > |t|).
func tTwoSided(t, df float64) float64 {
	if math.IsNaN(t) || !(df > 0) {
		return math.NaN()
	}
	if math.IsInf(t, 0) {
		return 0
	}
	return mathext.RegIncBeta(0.5*df, 0.5, df/(df+t*t))
}

// tQuantile is the p-quantile of Student's t with df degrees of freedom.
func tQuantile(p, df float64) float64 {
	if !(df > 0) {
		return math.NaN()
	}
	return distuv.StudentsT{Mu: 0, Sigma: 1, Nu: df}.Quantile(p)
}
