package feedback

import "slices"

// Minimum group sizes of a Policy.
const (
	// DefaultMinRespondents is the minimum group size a zero Policy uses:
	// the common default of HR survey tools.
	DefaultMinRespondents = 5
	// FloorMinRespondents is the lowest minimum a Policy may set.
	FloorMinRespondents = 3
)

// Policy is the confidentiality policy of a report. The zero value is the
// default: at least 5 respondents per reported group, no exemptions.
type Policy struct {
	// MinRespondents is the smallest group whose statistics may be
	// released. 0 means DefaultMinRespondents; 1 and 2 are rejected
	// (FloorMinRespondents is the floor).
	MinRespondents int `json:"minRespondents,omitempty"`
	// ExemptGroups lists the rater groups whose answers are public (the
	// 360-degree convention: Self, the subject seeing their own rating;
	// Manager only when managers were told their rating is shown under
	// their name). Their answers count as known: they never make a group
	// below the minimum and are never protected. Empty by default: every
	// group is held to the minimum.
	ExemptGroups []RaterGroup `json:"exemptGroups,omitempty"`
}

// Min returns the effective minimum group size.
func (p Policy) Min() int {
	if p.MinRespondents == 0 {
		return DefaultMinRespondents
	}
	return p.MinRespondents
}

// Validate rejects a minimum below [FloorMinRespondents] (other than 0)
// with [ErrOutOfRange].
func (p Policy) Validate() error {
	if p.MinRespondents != 0 && p.MinRespondents < FloorMinRespondents {
		return msgPolicyFloor.At("policy.minRespondents", p.MinRespondents, DefaultMinRespondents, FloorMinRespondents)
	}
	names := make([]string, len(p.ExemptGroups))
	for i, g := range p.ExemptGroups {
		names[i] = string(g)
	}
	return checkNames(names, "policy.exemptGroups", "", true, "")
}

// exempt reports whether the answers of a response of group g are public
// by the policy.
func (p Policy) exempt(g RaterGroup) bool {
	return g != "" && slices.Contains(p.ExemptGroups, g)
}
