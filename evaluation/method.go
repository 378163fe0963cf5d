package evaluation

import (
	"strconv"
	"strings"

	"github.com/mentorkit/mentorkit/internal/enum"
)

// Method selects how a test computes its p-value or how an interval is
// built. The zero value is unset: each function then uses its reference
// tool's default, which its config documents (the rank tests choose
// between exact and asymptotic as scipy's method="auto"; the effect-size
// intervals use MethodNoncentralT; the bootstrap MethodBCa). Results
// report the method actually used, never unset.
//
// Its text form is the lowerCamel name ("exact", "bca"); parsing ignores
// case, and unknown text is an error wrapping [ErrUnknownEnum].
type Method uint8

const (
	// MethodExact is the exact null distribution of a rank test. Where it
	// does not apply (zero or tied values) the test falls back to the
	// normal approximation, as R does, and reports MethodAsymptotic.
	MethodExact Method = iota + 1
	// MethodAsymptotic is the normal approximation of a rank test.
	MethodAsymptotic
	// MethodNoncentralT inverts the noncentral t distribution of the t
	// statistic for an effect-size interval (Steiger & Fouladi, 1997;
	// Hedges & Olkin, 1985, ch. 5): exact under normality, as R's MBESS
	// and effectsize packages give it.
	MethodNoncentralT
	// MethodNormal is d ± z·se(d) with Hedges and Olkin's (1985, eq. 5.15)
	// large-sample variance, the effect-size interval meta-analyses use.
	MethodNormal
	// MethodBCa is the bias-corrected and accelerated bootstrap percentile
	// interval (Efron, 1987; Efron & Tibshirani, 1993, §14.3).
	MethodBCa
	// MethodPercentile is the plain bootstrap percentile interval (Efron &
	// Tibshirani, 1993, §13.3).
	MethodPercentile
)

var methodTable = enum.New[Method]("method", "", "exact", "asymptotic", "noncentralT", "normal", "bca", "percentile")

// String returns the method's name ("exact", "bca"), "unset" for the zero
// value.
func (m Method) String() string { return methodTable.String(m) }

// MarshalText returns the method's name ("" when unset); an undeclared
// value is an error wrapping [ErrUnknownEnum].
func (m Method) MarshalText() ([]byte, error) { return methodTable.Marshal(m) }

// UnmarshalText parses a name, ignoring case.
func (m *Method) UnmarshalText(b []byte) error { return methodTable.Unmarshal(b, m) }

// resolve checks that m is unset or one of offered (by the function
// named fn) and returns m, or def when it is unset.
func (m Method) resolve(field, fn string, def Method, offered ...Method) (Method, error) {
	if m == 0 {
		return def, nil
	}
	if !methodTable.Declared(m) {
		return def, msgUndeclared.At(field, int(m), "Method")
	}
	for _, o := range offered {
		if m == o {
			return m, nil
		}
	}
	names := make([]string, len(offered))
	for i, o := range offered {
		names[i] = strconv.Quote(o.String())
	}
	return def, msgMethodNotOffered.At(field, m.String(), fn, strings.Join(names, ", "))
}
