package evaluation

import (
	"math"

	"github.com/mentorkit/mentorkit/internal/fault"
)

// TwoProportionConfig holds the settings of TwoProportionZTest. The zero
// value is statsmodels' proportions_ztest and R's prop.test(correct =
// FALSE): no continuity correction, two-sided, a 95% interval.
type TwoProportionConfig struct {
	// Alternative is the alternative hypothesis about p1 - p2; the zero
	// value is TwoSided. Greater tests p1 > p2.
	Alternative Alternative `json:"alternative,omitempty"`
	// Correction switches on Yates' continuity correction as R's
	// prop.test applies it (its default, correct = TRUE): the statistic
	// and the interval shrink by min(0.5, |p1-p2|/(1/n1+1/n2)).
	Correction bool `json:"correction,omitempty"`
	// Confidence is the level of the interval for p1 - p2, strictly
	// between 0 and 1; 0 means 0.95 (R's conf.level default).
	Confidence float64 `json:"confidence,omitempty"`
}

// ZTest is the result of a two-proportion z-test.
type ZTest struct {
	Z       float64 `json:"z"`       // sign(p1 - p2)·√ChiSquare: (p1 - p2)/SE without the correction; NaN when the pooled proportion is 0 or 1
	PValue  float64 `json:"pValue"`  // under Alternative: 2·P(Z > |z|), P(Z < z) or P(Z > z); NaN with Z
	Diff    float64 `json:"diff"`    // p1 - p2, the difference of the sample proportions
	PPooled float64 `json:"pPooled"` // (count1 + count2)/(n1 + n2)
	N1      int     `json:"n1"`
	N2      int     `json:"n2"` // the two sample sizes
	// ChiSquare is Pearson's X² of the 2×2 table of successes and failures
	// against the pooled expectation, with Yates' term under Correction:
	// R's prop.test statistic. Without the correction it equals Z².
	ChiSquare float64 `json:"chiSquare"`
	// CILow and CIHigh bound R's prop.test interval for p1 - p2: the
	// unpooled Wald interval Diff ± (z_q·√(Σ p(1-p)/n) + Yates·(1/n1+1/n2)),
	// z_q the normal quantile at (1+Confidence)/2 (two-sided) or
	// Confidence (one-sided), clipped to [-1, 1]; under Less the lower end
	// is -1, under Greater the upper end is 1.
	CILow  float64 `json:"ciLow"`
	CIHigh float64 `json:"ciHigh"`
	// Confidence is the level of the interval.
	Confidence float64 `json:"confidence"`
	// Alternative is the alternative hypothesis tested; Correction whether
	// Yates' correction was applied.
	Alternative Alternative `json:"alternative"`
	Correction  bool        `json:"correction"`
}

// TwoProportionZTest tests whether two binomial proportions, count1 of n1
// and count2 of n2, are equal, with the pooled-variance z statistic, as
// statsmodels proportions_ztest([count1, count2], [n1, n2]) does and, with
// cfg.Correction, as R's prop.test(c(count1, count2), c(n1, n2)):
//
//	p = (count1+count2)/(n1+n2), SE = √(p(1-p)(1/n1 + 1/n2))
//	z = (count1/n1 - count2/n2)/SE
//
// The sign of z is that of p1 - p2. When the pooled proportion is 0 or 1
// the standard error is 0 and, as statsmodels does, Z, ChiSquare and
// PValue are NaN (R reports NaN too). Without the correction it is R's
// prop.test(correct=FALSE) with z² as the chi-square statistic; with it,
// X² = Σ(|O-E| - Y)²/E over the four cells with
// Y = min(0.5, |p1-p2|/(1/n1+1/n2)) and z = sign(p1-p2)·√X².
//
// n1 and n2 must be at least 1 and each count in [0, n]; otherwise the
// error joins a *[FieldError] per problem ([ErrEmpty], [ErrOutOfRange];
// a bad Confidence or Alternative too).
func TwoProportionZTest(count1, n1, count2, n2 int, cfg TwoProportionConfig) (ZTest, error) {
	conf, confErr := checkConfidence("cfg.confidence", cfg.Confidence, 0.95)
	if err := fault.Join(checkCount("count1", count1, "n1", n1), checkCount("count2", count2, "n2", n2),
		confErr, checkAlternative("cfg.alternative", cfg.Alternative)); err != nil {
		return ZTest{}, err
	}
	f1, f2 := float64(n1), float64(n2)
	p1 := float64(count1) / f1
	p2 := float64(count2) / f2
	pooled := (float64(count1) + float64(count2)) / (f1 + f2) // int sums could overflow
	se := math.Sqrt(pooled * (1 - pooled) * (1/f1 + 1/f2))
	diff := p1 - p2
	alt := cfg.Alternative
	r := ZTest{Z: math.NaN(), Diff: diff, PPooled: pooled, N1: n1, N2: n2,
		Confidence: conf, Alternative: alt, Correction: cfg.Correction}
	yates := 0.0
	if cfg.Correction {
		yates = min(0.5, math.Abs(diff)/(1/f1+1/f2))
	}
	if se > 0 {
		if cfg.Correction {
			r.ChiSquare = yatesChiSquare(float64(count1), f1, float64(count2), f2, pooled, yates)
			r.Z = sign(diff) * math.Sqrt(r.ChiSquare)
		} else {
			r.Z = diff / se
			r.ChiSquare = r.Z * r.Z
		}
	} else {
		r.ChiSquare = math.NaN()
	}
	r.PValue = alt.normP(r.Z)
	width := func(q float64) float64 {
		return q*math.Sqrt(p1*(1-p1)/f1+p2*(1-p2)/f2) + yates*(1/f1+1/f2)
	}
	switch alt {
	case Less:
		r.CILow, r.CIHigh = -1, min(diff+width(normQuantile(conf)), 1)
	case Greater:
		r.CILow, r.CIHigh = max(diff-width(normQuantile(conf)), -1), 1
	default:
		w := width(normQuantile(0.5 + 0.5*conf))
		r.CILow, r.CIHigh = max(diff-w, -1), min(diff+w, 1)
	}
	return r, nil
}

// yatesChiSquare is Σ(|O-E| - y)²/E over the 2×2 table of successes and
// failures of two samples, E from the pooled proportion p.
func yatesChiSquare(c1, n1, c2, n2, p, y float64) float64 {
	var x2 float64
	for _, cell := range [4][2]float64{{c1, n1 * p}, {n1 - c1, n1 * (1 - p)}, {c2, n2 * p}, {n2 - c2, n2 * (1 - p)}} {
		d := math.Abs(cell[0]-cell[1]) - y
		x2 += d * d / cell[1]
	}
	return x2
}
