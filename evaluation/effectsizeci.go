package evaluation

import (
	"math"
	"strconv"
)

// IntervalMethod selects how an effect-size interval is built. The zero
// value is the exact noncentral-t interval.
type IntervalMethod int

const (
	// NoncentralT inverts the noncentral t distribution of the t
	// statistic (Steiger & Fouladi, 1997; Hedges & Olkin, 1985, ch. 5):
	// exact under normality, as R's MBESS and effectsize packages give it.
	NoncentralT IntervalMethod = iota
	// NormalApprox is d ± z·se(d) with Hedges and Olkin's (1985, eq. 5.15)
	// large-sample variance, the one meta-analyses use.
	NormalApprox
)

// String returns "noncentral-t" or "normal".
func (m IntervalMethod) String() string {
	switch m {
	case NoncentralT:
		return "noncentral-t"
	case NormalApprox:
		return "normal"
	}
	return "IntervalMethod(" + strconv.Itoa(int(m)) + ")"
}

// EffectSizeConfig holds the settings of the effect-size intervals. The
// zero value is a 95% noncentral-t interval.
type EffectSizeConfig struct {
	// Confidence is the level of the interval; 0 means 0.95.
	Confidence float64
	Method     IntervalMethod
}

// EffectSizeInterval is Cohen's d and Hedges' g of two independent
// samples with their confidence intervals.
type EffectSizeInterval struct {
	// EffectSize holds the point estimates (CohensD).
	EffectSize
	// DLower and DUpper bound the interval for the population δ.
	DLower, DUpper float64
	// GLower and GUpper are the d bounds times JExact, the interval that
	// goes with GExact (NaN where JExact is).
	GLower, GUpper float64
	Confidence     float64
	Method         IntervalMethod
}

// CohensDInterval returns CohensD(x, y) with an interval for the
// population standardised mean difference δ = (μx - μy)/σ.
//
// NoncentralT: with t = d/√(1/n1 + 1/n2) the Student t statistic and
// ν = n1 + n2 - 2, the bounds are δ_L·√(1/n1 + 1/n2) and δ_U·√(1/n1 + 1/n2)
// where the noncentral t CDF F(t; ν, δ_L) = (1+c)/2 and
// F(t; ν, δ_U) = (1-c)/2. It matches R 4.2.2's pt(t, ν, ncp) solved by
// uniroot (testdata/effect_size_ci.R).
//
// NormalApprox: d ± z·√((n1+n2)/(n1·n2) + d²/(2(n1+n2))).
//
// The noncentral-t interval is exact for δ but, with few degrees of
// freedom, need not contain d itself: d overstates |δ| there (that is
// what Hedges' correction corrects). Hedges' g bounds are the d bounds
// times the exact J. Needs n1 + n2 >= 3
// and a positive pooled SD for an interval; otherwise the bounds are NaN
// (the point estimates follow CohensD). Errors as CohensD, plus
// ErrOutOfRange for the confidence and ErrUnknownOption for the method.
// Cost: about 100 evaluations of the noncentral t CDF (tens of
// microseconds).
func CohensDInterval(x, y []float64, cfg EffectSizeConfig) (EffectSizeInterval, error) {
	conf, err := checkEffectConfig(cfg)
	es, err2 := CohensD(x, y)
	if err := joinErrs(nonNil(err2, err)); err != nil {
		return EffectSizeInterval{}, err
	}
	n1, n2 := float64(es.N1), float64(es.N2)
	scale := math.Sqrt(1/n1 + 1/n2)
	lo, hi := dInterval(es.D, scale, n1+n2-2, conf, cfg.Method, 2*(n1+n2))
	return EffectSizeInterval{
		EffectSize: es, DLower: lo, DUpper: hi,
		GLower: es.JExact * lo, GUpper: es.JExact * hi,
		Confidence: conf, Method: cfg.Method,
	}, nil
}

// PairedEffectSizeInterval is d_z of paired samples with its interval.
type PairedEffectSizeInterval struct {
	PairedEffectSize
	// Lower and Upper bound the interval for the population δ_z.
	Lower, Upper float64
	Confidence   float64
	Method       IntervalMethod
}

// CohensDZInterval returns CohensDZ(x, y) with an interval for the
// population δ_z = μ_d/σ_d of the differences d = x - y.
//
// NoncentralT: with t = d_z·√n and ν = n - 1, the bounds are δ_L/√n and
// δ_U/√n where F(t; ν, δ_L) = (1+c)/2 and F(t; ν, δ_U) = (1-c)/2.
// NormalApprox: d_z ± z·√(1/n + d_z²/(2n)).
//
// Needs n >= 2 and a positive SD of the differences for an interval;
// otherwise the bounds are NaN. Errors as CohensDZ, plus those of the
// config (see CohensDInterval).
func CohensDZInterval(x, y []float64, cfg EffectSizeConfig) (PairedEffectSizeInterval, error) {
	conf, err := checkEffectConfig(cfg)
	es, err2 := CohensDZ(x, y)
	if err := joinErrs(nonNil(err2, err)); err != nil {
		return PairedEffectSizeInterval{}, err
	}
	n := float64(es.N)
	lo, hi := dInterval(es.DZ, 1/math.Sqrt(n), n-1, conf, cfg.Method, 2*n)
	return PairedEffectSizeInterval{PairedEffectSize: es, Lower: lo, Upper: hi, Confidence: conf, Method: cfg.Method}, nil
}

// dInterval is the interval of a standardised difference d whose t
// statistic is d/scale with df degrees of freedom; the normal variance is
// scale² + d²/v1. NaN bounds where d or df is not usable.
func dInterval(d, scale, df, conf float64, m IntervalMethod, v1 float64) (lo, hi float64) {
	if !(df >= 1) || math.IsNaN(d) || math.IsInf(d, 0) {
		return math.NaN(), math.NaN()
	}
	if m == NormalApprox {
		z := normQuantile(0.5 + 0.5*conf)
		se := math.Sqrt(scale*scale + d*d/v1)
		return d - z*se, d + z*se
	}
	dl, du := nctDeltaInterval(d/scale, df, conf)
	return dl * scale, du * scale
}

func checkEffectConfig(cfg EffectSizeConfig) (float64, error) {
	conf, err := checkConfidence("cfg.Confidence", cfg.Confidence, 0.95)
	if cfg.Method != NoncentralT && cfg.Method != NormalApprox {
		err = joinErrs(nonNil(err, inputErr("cfg.Method", int(cfg.Method), ErrUnknownOption, "not a declared IntervalMethod")))
	}
	return conf, err
}

// nonNil returns the non-nil errors of errs.
func nonNil(errs ...error) []error {
	out := errs[:0:0]
	for _, e := range errs {
		if e != nil {
			out = append(out, e)
		}
	}
	return out
}
