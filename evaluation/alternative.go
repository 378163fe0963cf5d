package evaluation

import (
	"math"

	"github.com/mentorkit/mentorkit/internal/enum"
)

// Alternative is the alternative hypothesis of a test. The zero value is
// TwoSided, the default of R and scipy. Its text form is "twoSided",
// "less" or "greater"; parsing ignores case, and unknown text wraps
// [ErrUnknownEnum].
//
// Less and Greater state the direction of the first sample (x, count1, the
// top-left cell) against the second or the hypothesised value: Less tests
// H1: location(x) < location(y) (or < mu), as R's alternative = "less".
// One-sided tests report a one-sided interval, with -Inf (Less) or +Inf
// (Greater) — or the end of the parameter's range, such as 0 for an odds
// ratio or ±1 for a difference of proportions — on the open side, as R.
type Alternative uint8

// The alternatives.
const (
	TwoSided Alternative = iota // H1: the parameter differs from its null value
	Less                        // H1: the parameter is below its null value
	Greater                     // H1: the parameter is above its null value
)

var alternativeTable = enum.New[Alternative]("alternative", "twoSided", "less", "greater")

// String returns "twoSided", "less" or "greater".
func (a Alternative) String() string { return alternativeTable.String(a) }

// MarshalText returns the alternative's name; an undeclared value is an
// error wrapping [ErrUnknownEnum].
func (a Alternative) MarshalText() ([]byte, error) { return alternativeTable.Marshal(a) }

// UnmarshalText parses a name, ignoring case.
func (a *Alternative) UnmarshalText(b []byte) error { return alternativeTable.Unmarshal(b, a) }

// checkAlternative reports an undeclared Alternative.
func checkAlternative(field string, a Alternative) error {
	if !alternativeTable.Declared(a) {
		return msgUndeclared.At(field, int(a), "Alternative")
	}
	return nil
}

// normP is the p-value of a standard normal statistic z under a:
// 2·P(Z > |z|), P(Z < z) or P(Z > z). NaN for NaN z.
func (a Alternative) normP(z float64) float64 {
	switch a {
	case Less:
		return normSF(-z)
	case Greater:
		return normSF(z)
	}
	return 2 * normSF(math.Abs(z))
}

// tP is the p-value of a t statistic with df degrees of freedom under a.
// The tail beyond |t| is computed directly, so small p-values keep their
// relative accuracy on either side.
func (a Alternative) tP(t, df float64) float64 {
	two := tTwoSided(t, df)
	if a == TwoSided || math.IsNaN(two) {
		return two
	}
	tail := 0.5 * two // P(T > |t|)
	if (a == Greater) == (t > 0) {
		return tail
	}
	return 1 - tail
}

// interval returns the confidence interval est ± q·se of level conf with
// q the quantile of qf, two-sided or open on one side as a asks (R's
// t.test, prop.test).
func (a Alternative) interval(est, se, conf float64, quantile func(p float64) float64) (lo, hi float64) {
	switch a {
	case Less:
		return math.Inf(-1), est + quantile(conf)*se
	case Greater:
		return est - quantile(conf)*se, math.Inf(1)
	}
	q := quantile(0.5 + 0.5*conf)
	return est - q*se, est + q*se
}
