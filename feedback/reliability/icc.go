package reliability

import (
	"math"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat/distuv"

	"github.com/mentorkit/mentorkit/internal/jsonx"
)

// ICCConfig sets the intervals of ICC. The zero value gives 95 %
// intervals, psych::ICC's default (its alpha = 0.05).
type ICCConfig struct {
	// Confidence is the intervals' coverage, in (0, 1); 0 means 0.95.
	// psych::ICC's alpha is 1 − Confidence.
	Confidence float64 `json:"confidence,omitempty"`
}

// ICCEstimate is one intraclass correlation with its F test and interval.
type ICCEstimate struct {
	ICC   float64 `json:"icc"`
	F     float64 `json:"f"`
	DF1   float64 `json:"df1"`
	DF2   float64 `json:"df2"`
	P     float64 `json:"p"` // upper tail of F(DF1, DF2) at F
	Lower float64 `json:"lower"`
	Upper float64 `json:"upper"`
}

// ICCResult holds the six Shrout–Fleiss (1979) intraclass correlations and
// the two-way ANOVA mean squares they come from.
type ICCResult struct {
	// ICC1 is ICC(1,1), one-way random; ICC2 is ICC(2,1), two-way random,
	// absolute agreement; ICC3 is ICC(3,1), two-way mixed, consistency.
	// The k versions are the reliabilities of the mean of the k raters.
	ICC1  ICCEstimate `json:"icc1"`
	ICC2  ICCEstimate `json:"icc2"`
	ICC3  ICCEstimate `json:"icc3"`
	ICC1k ICCEstimate `json:"icc1k"`
	ICC2k ICCEstimate `json:"icc2k"`
	ICC3k ICCEstimate `json:"icc3k"`
	// MSB between targets, MSJ between raters (judges), MSE residual, MSW
	// within targets.
	MSB float64 `json:"msb"`
	MSJ float64 `json:"msj"`
	MSE float64 `json:"mse"`
	MSW float64 `json:"msw"`
	N   int     `json:"n"` // targets
	K   int     `json:"k"` // raters
	// Confidence is the intervals' coverage used (0.95 for a zero config).
	Confidence float64 `json:"confidence"`
}

// MarshalJSON writes the config by the module's number rule.
func (c ICCConfig) MarshalJSON() ([]byte, error) { return jsonx.Marshal(c) }

// UnmarshalJSON reads what MarshalJSON writes.
func (c *ICCConfig) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, c) }

// MarshalJSON writes the estimate by the module's number rule (NaN as "NaN").
func (e ICCEstimate) MarshalJSON() ([]byte, error) { return jsonx.Marshal(e) }

// UnmarshalJSON reads what MarshalJSON writes.
func (e *ICCEstimate) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, e) }

// MarshalJSON writes the result by the module's number rule (NaN as "NaN").
func (r ICCResult) MarshalJSON() ([]byte, error) { return jsonx.Marshal(r) }

// UnmarshalJSON reads what MarshalJSON writes.
func (r *ICCResult) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, r) }

// ICC computes the intraclass correlations of ratings (rows = targets,
// columns = raters, complete data) by the exact two-way ANOVA, as
// psych::ICC(lmer = FALSE) 2.2.9 does, including its interval formulas
// (McGraw & Wong 1996 for ICC(2,1)):
//
//	ICC(2,1) = (MSB − MSE) / (MSB + (k−1)·MSE + k·(MSJ − MSE)/n)
//	ICC(3,1) = (MSB − MSE) / (MSB + (k−1)·MSE)
//
// It needs at least 2 targets and 2 raters ([ErrTooFew]) and finite values
// ([ErrNaN]); a Confidence outside (0, 1) is [ErrOutOfRange]. With zero residual variance the F statistics are +Inf or NaN,
// as in R. Ratings beyond 2^±400 in magnitude are rescaled by a power of
// two first, so the ICCs, F and intervals stay exact; the mean squares
// are in the squared unit of the ratings (and may then be +Inf or 0).
func ICC(ratings mat.Matrix, cfg ICCConfig) (ICCResult, error) {
	conf := cfg.Confidence
	if conf == 0 {
		conf = 0.95
	}
	if !(conf > 0 && conf < 1) {
		return ICCResult{}, msgProbability.At("cfg.confidence", cfg.Confidence)
	}
	level := (1 + conf) / 2 // the upper quantile of the two-sided interval: 1 − alpha/2 in psych
	data, n, k, err := readMatrix(ratings, "ratings", false)
	if err != nil {
		return ICCResult{}, err
	}
	if n < 2 || k < 2 {
		return ICCResult{}, msgMatrixTooSmall.At("ratings", dims(n, k), n, k, 2, 2)
	}
	e := rescale(data) // the ICCs do not depend on the unit; the mean squares are scaled back by 2^(2e)
	var grand float64
	rowMean := make([]float64, n)
	colMean := make([]float64, k)
	for i := range n {
		for j := range k {
			v := data[i*k+j]
			rowMean[i] += v
			colMean[j] += v
			grand += v
		}
	}
	nf, kf := float64(n), float64(k)
	grand /= nf * kf
	for i := range rowMean {
		rowMean[i] /= kf
	}
	for j := range colMean {
		colMean[j] /= nf
	}
	var ssb, ssj, sst float64
	for i := range n {
		ssb += (rowMean[i] - grand) * (rowMean[i] - grand)
	}
	ssb *= kf
	for j := range k {
		ssj += (colMean[j] - grand) * (colMean[j] - grand)
	}
	ssj *= nf
	for _, v := range data {
		sst += (v - grand) * (v - grand)
	}
	sse := math.Max(0, sst-ssb-ssj)
	res := ICCResult{N: n, K: k, Confidence: conf}
	res.MSB = ssb / (nf - 1)
	res.MSJ = ssj / (kf - 1)
	res.MSE = sse / ((nf - 1) * (kf - 1))
	res.MSW = (sst - ssb) / (nf * (kf - 1))
	msb, msj, mse, msw := res.MSB, res.MSJ, res.MSE, res.MSW
	res.MSB, res.MSJ, res.MSE, res.MSW = math.Ldexp(msb, 2*e), math.Ldexp(msj, 2*e), math.Ldexp(mse, 2*e), math.Ldexp(msw, 2*e)

	q, upper := fQuantile, fUpper

	// One-way: ICC(1,1) and ICC(1,k).
	df1n, df1d := nf-1, nf*(kf-1)
	f1 := msb / msw
	p1 := upper(f1, df1n, df1d)
	f1l := f1 / q(level, df1n, df1d)
	f1u := f1 * q(level, df1d, df1n)
	res.ICC1 = ICCEstimate{ICC: (msb - msw) / (msb + (kf-1)*msw), F: f1, DF1: df1n, DF2: df1d, P: p1,
		Lower: (f1l - 1) / (f1l + kf - 1), Upper: (f1u - 1) / (f1u + kf - 1)}
	res.ICC1k = ICCEstimate{ICC: (msb - msw) / msb, F: f1, DF1: df1n, DF2: df1d, P: p1,
		Lower: 1 - 1/f1l, Upper: 1 - 1/f1u}

	// Two-way: ICC(3,1), ICC(3,k) (consistency) and ICC(2,1), ICC(2,k).
	df2n, df2d := nf-1, (nf-1)*(kf-1)
	f3 := msb / mse
	p3 := upper(f3, df2n, df2d)
	f3l := f3 / q(level, df2n, df2d)
	f3u := f3 * q(level, df2d, df2n)
	res.ICC3 = ICCEstimate{ICC: (msb - mse) / (msb + (kf-1)*mse), F: f3, DF1: df2n, DF2: df2d, P: p3,
		Lower: (f3l - 1) / (f3l + kf - 1), Upper: (f3u - 1) / (f3u + kf - 1)}
	res.ICC3k = ICCEstimate{ICC: (msb - mse) / msb, F: f3, DF1: df2n, DF2: df2d, P: p3,
		Lower: 1 - 1/f3l, Upper: 1 - 1/f3u}

	icc2 := (msb - mse) / (msb + (kf-1)*mse + kf*(msj-mse)/nf)
	fj := msj / mse
	a := kf*icc2*fj + nf*(1+(kf-1)*icc2) - kf*icc2
	vn := (kf - 1) * (nf - 1) * a * a
	b := nf*(1+(kf-1)*icc2) - kf*icc2
	vd := (nf-1)*kf*kf*icc2*icc2*fj*fj + b*b
	v := vn / vd
	fu := q(level, nf-1, v)
	fl := q(level, v, nf-1)
	l2 := nf * (msb - fu*mse) / (fu*(kf*msj+(kf*nf-kf-nf)*mse) + nf*msb)
	u2 := nf * (fl*msb - mse) / (kf*msj + (kf*nf-kf-nf)*mse + nf*fl*msb)
	res.ICC2 = ICCEstimate{ICC: icc2, F: f3, DF1: df2n, DF2: df2d, P: p3, Lower: l2, Upper: u2}
	res.ICC2k = ICCEstimate{ICC: (msb - mse) / (msb + (msj-mse)/nf), F: f3, DF1: df2n, DF2: df2d, P: p3,
		Lower: l2 * kf / (1 + l2*(kf-1)), Upper: u2 * kf / (1 + u2*(kf-1))}
	return res, nil
}

// fQuantile is the F(d1, d2) quantile at p, NaN where the degrees of
// freedom are not positive and finite (gonum panics there; with constant
// ratings the Satterthwaite df of ICC(2,1) is 0 or NaN).
func fQuantile(p, d1, d2 float64) float64 {
	if !validDF(d1) || !validDF(d2) {
		return math.NaN()
	}
	return distuv.F{D1: d1, D2: d2}.Quantile(p)
}

// fUpper is the upper tail of F(d1, d2) at f: NaN for NaN f or bad
// degrees of freedom, 0 at +Inf.
func fUpper(f, d1, d2 float64) float64 {
	switch {
	case math.IsNaN(f) || !validDF(d1) || !validDF(d2):
		return math.NaN()
	case math.IsInf(f, 1):
		return 0
	case f <= 0:
		return 1
	}
	return distuv.F{D1: d1, D2: d2}.Survival(f)
}

func validDF(d float64) bool { return d > 0 && !math.IsInf(d, 0) }
