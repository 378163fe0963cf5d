package evaluation

import (
	"math"

	"github.com/mentorkit/mentorkit/internal/fault"
)

// RMST is the restricted mean survival time of a Kaplan–Meier curve: the
// area under the curve from 0 to Tau, the expected time (in the curve's
// units) a subject stays event-free during the first Tau.
type RMST struct {
	// Tau is the truncation time.
	Tau float64 `json:"tau"`
	// Mean is ∫₀^Tau S(t) dt.
	Mean float64 `json:"mean"`
	// StdErr is its standard error (see Curve.RestrictedMean).
	StdErr float64 `json:"stdErr"`
	// Lower and Upper bound the normal interval Mean ± z·StdErr at
	// Confidence (the curve's level).
	Lower      float64 `json:"lower"`
	Upper      float64 `json:"upper"`
	Confidence float64 `json:"confidence"`
	// N is the number of subjects of the curve.
	N int `json:"n"`
}

// RestrictedMean returns the restricted mean survival time up to tau, as
// R's print.survfit(fit, rmean = tau) and summary(fit, rmean = tau)$table
// (survival 3.5.3, survmean) give it:
//
//	Mean = Σ_i (t_{i+1} - t_i)·S(t_i), with t_0 = 0, S(t_0) = 1 and the
//	       last interval ending at tau
//	Var  = Σ_{event times t_i <= tau} A_i²·d_i/(n_i(n_i - d_i))
//
// where A_i is the area under the curve from t_i to tau and a time whose
// events empty the risk set contributes 0 (as survmean does). The interval
// is Mean ± z·StdErr with z the normal quantile at the curve's Confidence
// (Royston & Parmar, 2013, BMC Med. Res. Methodol. 13:152).
//
// tau past the last observed time extends the curve flat to tau, as R
// does; a caller who wants no extrapolation chooses tau within the
// follow-up of every group compared. tau must be finite and not before the
// first observed time (R stops with "Truncation point ... is < smallest
// survival"): otherwise a *[FieldError] wrapping [ErrOutOfRange]. An empty
// curve is ErrEmpty, a curve whose Confidence is outside (0, 1) (not made
// by KaplanMeier) ErrOutOfRange, and one whose AtRisk, Died or Surv has
// another length than Time ErrLength. O(n).
func (c Curve) RestrictedMean(tau float64) (RMST, error) {
	if len(c.Time) == 0 {
		return RMST{}, msgNoRows.At("c", nil)
	}
	if math.IsNaN(tau) || math.IsInf(tau, 0) {
		return RMST{}, msgNotFinite.At("tau", tau)
	}
	if err := c.checkRows(rowLen{"atRisk", len(c.AtRisk)}, rowLen{"died", len(c.Died)}, rowLen{"surv", len(c.Surv)}); err != nil {
		return RMST{}, err
	}
	if !(c.Confidence > 0 && c.Confidence < 1) {
		return RMST{}, msgProbability.At("c.confidence", c.Confidence)
	}
	if tau < c.Time[0] {
		return RMST{}, msgBeforeFirst.At("tau", tau, c.Time[0])
	}
	// k rows have Time <= tau (at least one).
	k := 0
	for k < len(c.Time) && c.Time[k] <= tau {
		k++
	}
	// Area of each rectangle: [0, t_0) at S = 1, then [t_i, t_{i+1}) at
	// S(t_i), the last one ending at tau.
	var mean float64
	prevT, prevS := 0.0, 1.0
	for i := range k {
		mean += (c.Time[i] - prevT) * prevS
		prevT, prevS = c.Time[i], c.Surv[i]
	}
	mean += (tau - prevT) * prevS
	// Variance: walk back from tau accumulating the area after each time.
	var v, after float64
	next := tau
	for i := k - 1; i >= 0; i-- {
		after += (next - c.Time[i]) * c.Surv[i]
		next = c.Time[i]
		n, d := c.AtRisk[i], c.Died[i]
		if d > 0 && n > d {
			v += after * after * float64(d) / (float64(n) * float64(n-d))
		}
	}
	se := math.Sqrt(v)
	z := normQuantile(0.5 + 0.5*c.Confidence)
	return RMST{
		Tau: tau, Mean: mean, StdErr: se,
		Lower: mean - z*se, Upper: mean + z*se,
		Confidence: c.Confidence, N: c.N,
	}, nil
}

// RMSTDifference is the difference of two restricted mean survival times
// with its normal interval.
type RMSTDifference struct {
	Tau    float64 `json:"tau"`
	Diff   float64 `json:"diff"`   // a.Mean - b.Mean
	StdErr float64 `json:"stdErr"` // √(se_a² + se_b²), the groups being independent
	// Lower and Upper bound Diff ± z·StdErr; PValue is 2·P(Z > |Diff/StdErr|)
	// (NaN when StdErr is 0).
	Lower      float64 `json:"lower"`
	Upper      float64 `json:"upper"`
	PValue     float64 `json:"pValue"`
	Confidence float64 `json:"confidence"`
}

// DiffRMST compares the restricted mean survival times of two independent
// groups, a minus b, with the normal interval and test of Royston & Parmar
// (2013) and survRM2's rmst2. Both must have the same Tau and Confidence
// (*[FieldError] wrapping [ErrOutOfRange] naming "b.tau" or
// "b.confidence"; "a.confidence" when that is outside (0, 1)).
func DiffRMST(a, b RMST) (RMSTDifference, error) {
	var errs fault.Collector
	if a.Tau != b.Tau {
		errs.Add(msgDiffers.At("b.tau", b.Tau, "a.tau", a.Tau))
	}
	switch {
	case !(a.Confidence > 0 && a.Confidence < 1):
		errs.Add(msgProbability.At("a.confidence", a.Confidence))
	case a.Confidence != b.Confidence:
		errs.Add(msgDiffers.At("b.confidence", b.Confidence, "a.confidence", a.Confidence))
	}
	if err := errs.Err(); err != nil {
		return RMSTDifference{}, err
	}
	d := a.Mean - b.Mean
	se := math.Hypot(a.StdErr, b.StdErr)
	z := normQuantile(0.5 + 0.5*a.Confidence)
	p := math.NaN()
	if se > 0 {
		p = 2 * normSF(math.Abs(d)/se)
	}
	return RMSTDifference{Tau: a.Tau, Diff: d, StdErr: se, Lower: d - z*se, Upper: d + z*se, PValue: p, Confidence: a.Confidence}, nil
}
