package evaluation

import (
	"math"

	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/fault"
)

// TTestConfig holds the settings of the t-tests. The zero value is the
// default of scipy and R.
type TTestConfig struct {
	// Confidence is the level of the confidence interval, strictly between
	// 0 and 1; 0 means 0.95 (R's t.test conf.level default).
	Confidence float64 `json:"confidence,omitempty"`
	// Alternative is the alternative hypothesis; the zero value is
	// TwoSided. Less and Greater give the one-sided p-value and the
	// one-sided interval of R's t.test (the bound uses the t quantile at
	// Confidence, the other end is ±Inf).
	Alternative Alternative `json:"alternative,omitempty"`
}

// TTestKind names the variant of a t-test a TTest reports; the zero value
// is unset (a TTest not made by this package). Its text form is
// "oneSample", "paired", "student" or "welch".
type TTestKind uint8

// The t-test variants.
const (
	OneSample TTestKind = iota + 1 // TTestOneSample
	Paired                         // TTestPaired
	Student                        // TTestStudent, pooled variance
	Welch                          // TTestWelch, unequal variances
)

var tTestKindTable = enum.New[TTestKind]("t-test kind", "", "oneSample", "paired", "student", "welch")

// String returns the kind's name ("welch"), "unset" for the zero value.
func (k TTestKind) String() string { return tTestKindTable.String(k) }

// MarshalText returns the kind's name ("" when unset).
func (k TTestKind) MarshalText() ([]byte, error) { return tTestKindTable.Marshal(k) }

// UnmarshalText parses a name, ignoring case; unknown text wraps
// [ErrUnknownEnum].
func (k *TTestKind) UnmarshalText(b []byte) error { return tTestKindTable.Unmarshal(b, k) }

// TTest is the result of a t-test with its confidence interval.
// The tests rescale data beyond 2^±400 in magnitude by a power of two
// (exactly) before summing squares, so t, DF and p stay right where
// float64 squares would over- or underflow (scipy gives NaN there; R's
// long-double sums agree with these functions).
type TTest struct {
	// Statistic is t = Estimate'/StdErr, where Estimate' is Estimate - mu
	// for the one-sample test and Estimate otherwise. It is ±Inf when the
	// standard error is 0 and the estimate is not, NaN when both are 0 or
	// when a sample is too small, as scipy.
	Statistic float64 `json:"statistic"`
	// DF is the degrees of freedom: n-1 (one-sample, paired), n1+n2-2
	// (Student) or the Welch–Satterthwaite value (Welch, NaN when both
	// variances are 0).
	DF float64 `json:"df"`
	// PValue is the p-value under Alternative: 2·P(T_DF > |t|) for
	// TwoSided, P(T_DF < t) for Less, P(T_DF > t) for Greater (R's pt); 0
	// or 1 for t = ±Inf, NaN for t = NaN.
	PValue float64 `json:"pValue"`
	// Estimate is the sample mean (one-sample), the mean of the differences
	// x[i]-y[i] (paired) or mean(x) - mean(y) (two-sample).
	Estimate float64 `json:"estimate"`
	// StdErr is the standard error of Estimate.
	StdErr float64 `json:"stdErr"`
	// CILow and CIHigh bound the confidence interval for the population
	// value of Estimate (for the one-sample test the mean itself, not the
	// mean minus mu): Estimate ± t_{DF, (1+Confidence)/2}·StdErr. Under
	// Less it is (-Inf, Estimate + t_{DF, Confidence}·StdErr], under
	// Greater [Estimate - t_{DF, Confidence}·StdErr, +Inf), as R's t.test.
	// NaN where DF or StdErr is undefined.
	CILow  float64 `json:"ciLow"`
	CIHigh float64 `json:"ciHigh"`
	// Confidence is the level of the interval.
	Confidence float64 `json:"confidence"`
	// N1 and N2 are the sample sizes (N2 is 0 for the one-sample test; for
	// the paired test both are the number of pairs).
	N1 int `json:"n1"`
	N2 int `json:"n2"`
	// Kind is OneSample, Paired, Student or Welch.
	Kind TTestKind `json:"kind"`
	// Alternative is the alternative hypothesis tested.
	Alternative Alternative `json:"alternative"`
}

// TTestOneSample tests whether the mean of x equals mu, as
// scipy.stats.ttest_1samp(x, mu) and R's t.test(x, mu = mu) do:
//
//	t = (mean - mu)/(s/√n), DF = n - 1
//
// with s the sample standard deviation (n-1 denominator). x needs at least
// one value; with one value DF is 0 and everything but Estimate is NaN, as
// scipy. Errors (*[FieldError], joined): empty x (ErrEmpty), a non-finite
// value or mu (ErrOutOfRange), a confidence outside (0, 1), an undeclared
// Alternative (ErrUnknownEnum).
//
// Constant data give t = ±Inf (or NaN when the mean equals mu) and the
// matching p-value, as scipy; R's t.test stops with "data are essentially
// constant" there instead.
func TTestOneSample(x []float64, mu float64, cfg TTestConfig) (TTest, error) {
	conf, err := checkTTest(cfg, x, nil, false)
	if err == nil && (math.IsNaN(mu) || math.IsInf(mu, 0)) {
		err = msgNotFinite.At("mu", mu)
	}
	if err != nil {
		return TTest{}, err
	}
	e := scaleExp([]float64{mu}, x)
	r := oneSample(scaled(x, e), math.Ldexp(mu, -e), conf, cfg.Alternative)
	r.unscale(e)
	r.Kind = OneSample
	return r, nil
}

// TTestPaired tests whether the mean of the differences x[i] - y[i] is 0,
// as scipy.stats.ttest_rel(x, y) and R's t.test(x, y, paired = TRUE) do:
// it is the one-sample test on the differences, with DF = n - 1 and the
// interval for the mean difference. x and y must have the same length, at
// least 1; errors as TTestOneSample, plus ErrLength.
func TTestPaired(x, y []float64, cfg TTestConfig) (TTest, error) {
	conf, err := checkTTest(cfg, x, y, true)
	if err == nil && len(x) != len(y) {
		err = msgLength.At("y", nil, len(y), len(x), "x")
	}
	if err != nil {
		return TTest{}, err
	}
	e := scaleExp(nil, x, y)
	d := make([]float64, len(x))
	for i := range x {
		d[i] = math.Ldexp(x[i], -e) - math.Ldexp(y[i], -e)
	}
	r := oneSample(d, 0, conf, cfg.Alternative)
	r.unscale(e)
	r.N2, r.Kind = r.N1, Paired
	return r, nil
}

func oneSample(x []float64, mu, conf float64, alt Alternative) TTest {
	n := len(x)
	mean, v := meanVar(x)
	se := math.Sqrt(v / float64(n))
	df := float64(n - 1)
	t := (mean - mu) / se
	lo, hi := alt.interval(mean, se, conf, func(p float64) float64 { return tQuantile(p, df) })
	return TTest{
		Statistic: t, DF: df, PValue: alt.tP(t, df),
		Estimate: mean, StdErr: se,
		CILow: lo, CIHigh: hi, Confidence: conf, N1: n, Alternative: alt,
	}
}

// TTestStudent tests whether two independent samples have equal means,
// assuming equal variances, as scipy.stats.ttest_ind(x, y) and R's
// t.test(x, y, var.equal = TRUE) do:
//
//	s_p² = (SS_x + SS_y)/(n1 + n2 - 2), SE = s_p·√(1/n1 + 1/n2)
//	t = (mean(x) - mean(y))/SE, DF = n1 + n2 - 2
//
// SS is the sum of squared deviations from the sample's mean. The
// interval is R's, for mean(x) - mean(y) (scipy 1.10.1 gives none). A
// sample of one value contributes SS = 0, as in R; scipy 1.10.1 returns
// NaN there instead. Each sample needs at least one value; with
// one value in each, DF is 0 and the rest NaN. Errors as TTestOneSample.
func TTestStudent(x, y []float64, cfg TTestConfig) (TTest, error) {
	conf, err := checkTTest(cfg, x, y, true)
	if err != nil {
		return TTest{}, err
	}
	e := scaleExp(nil, x, y)
	x, y = scaled(x, e), scaled(y, e)
	n1, n2 := float64(len(x)), float64(len(y))
	mx, my := sum(x)/n1, sum(y)/n2
	df := n1 + n2 - 2
	sp2 := (sumSqDev(x, mx) + sumSqDev(y, my)) / df
	se := math.Sqrt(sp2 * (1/n1 + 1/n2))
	r := twoSample(mx-my, se, df, df, conf, cfg.Alternative, len(x), len(y), Student)
	r.unscale(e)
	return r, nil
}

// TTestWelch tests whether two independent samples have equal means
// without assuming equal variances, as scipy.stats.ttest_ind(x, y,
// equal_var=False) and R's t.test(x, y) do:
//
//	SE² = s_x²/n1 + s_y²/n2, t = (mean(x) - mean(y))/SE
//	DF = SE⁴ / ((s_x²/n1)²/(n1-1) + (s_y²/n2)²/(n2-1))
//
// DF is computed in a form that does not depend on the unit of the data,
// so it stays right for values of order 1e±80, where R and scipy
// under- or overflow to NaN.
//
// When both variances are 0 the DF formula is 0/0 and DF is reported as
// NaN; the p-value and interval then use DF = 1, as scipy does internally
// (t is ±Inf or NaN, so the p-value is 0 or NaN and the interval is the
// point estimate). A sample of one value has no variance: everything but
// Estimate is NaN, as scipy (R raises). Errors as TTestOneSample.
func TTestWelch(x, y []float64, cfg TTestConfig) (TTest, error) {
	conf, err := checkTTest(cfg, x, y, true)
	if err != nil {
		return TTest{}, err
	}
	e := scaleExp(nil, x, y)
	x, y = scaled(x, e), scaled(y, e)
	n1, n2 := float64(len(x)), float64(len(y))
	mx, vx := meanVar(x)
	my, vy := meanVar(y)
	a, b := vx/n1, vy/n2
	// DF in the scale-free form 1/(w²/(n1-1) + (1-w)²/(n2-1)), w = a/(a+b):
	// squaring a and b themselves under- or overflows for data of order
	// 1e±80, where R and scipy then report NaN.
	w := a / (a + b)
	df := 1 / (w*w/(n1-1) + (1-w)*(1-w)/(n2-1))
	se := math.Sqrt(a + b)
	dfUsed := df
	if math.IsNaN(df) && !math.IsNaN(se) {
		dfUsed = 1
	}
	r := twoSample(mx-my, se, df, dfUsed, conf, cfg.Alternative, len(x), len(y), Welch)
	r.unscale(e)
	return r, nil
}

// unscale multiplies the values in the data's unit by 2^e (see scaleExp).
func (r *TTest) unscale(e int) {
	if e == 0 {
		return
	}
	r.Estimate, r.StdErr = math.Ldexp(r.Estimate, e), math.Ldexp(r.StdErr, e)
	r.CILow, r.CIHigh = math.Ldexp(r.CILow, e), math.Ldexp(r.CIHigh, e)
}

func twoSample(diff, se, df, dfUsed, conf float64, alt Alternative, n1, n2 int, kind TTestKind) TTest {
	t := diff / se
	lo, hi := alt.interval(diff, se, conf, func(p float64) float64 { return tQuantile(p, dfUsed) })
	return TTest{
		Statistic: t, DF: df, PValue: alt.tP(t, dfUsed),
		Estimate: diff, StdErr: se,
		CILow: lo, CIHigh: hi, Confidence: conf,
		N1: n1, N2: n2, Kind: kind, Alternative: alt,
	}
}

// checkTTest checks the configuration and the samples (y may be nil for a
// one-sample test, twoSamples false) and returns the confidence level to use.
func checkTTest(cfg TTestConfig, x, y []float64, twoSamples bool) (float64, error) {
	var c fault.Collector
	conf, err := checkConfidence("cfg.confidence", cfg.Confidence, 0.95)
	c.Add(err)
	c.Add(checkAlternative("cfg.alternative", cfg.Alternative))
	c.Add(checkSample("x", x, 1))
	if twoSamples {
		c.Add(checkSample("y", y, 1))
	}
	return conf, c.Err()
}
