package evaluation

import "strconv"

// Method selects how a rank test computes its p-value. The zero value,
// MethodAuto, chooses as scipy 1.10.1 does (see each test).
type Method int

const (
	// MethodAuto lets the test choose between the exact and the asymptotic
	// p-value.
	MethodAuto Method = iota
	// MethodExact asks for the exact null distribution. Where it does not
	// apply (zero or tied values) the test falls back to the normal
	// approximation, as R does, and reports MethodAsymptotic.
	MethodExact
	// MethodAsymptotic asks for the normal approximation.
	MethodAsymptotic
)

// String returns "auto", "exact" or "asymptotic".
func (m Method) String() string {
	switch m {
	case MethodAuto:
		return "auto"
	case MethodExact:
		return "exact"
	case MethodAsymptotic:
		return "asymptotic"
	}
	return "Method(" + strconv.Itoa(int(m)) + ")"
}

func (m Method) check(arg string) error {
	if m < MethodAuto || m > MethodAsymptotic {
		return inputErr(arg, int(m), ErrUnknownOption, "not a declared Method")
	}
	return nil
}
