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
	// ExemptSelf releases a group made only of self-ratings whatever its
	// size (the 360-degree convention: the subject sees their own rating).
	// Off by default: every group is held to the minimum.
	ExemptSelf bool `json:"exemptSelf,omitempty"`
	// ExemptManager releases a group made only of (named) manager ratings
	// whatever its size. Leave it off unless managers were told their
	// rating is shown under their name.
	ExemptManager bool `json:"exemptManager,omitempty"`
	// ExemptRoles lists further rater groups whose answers are public —
	// a Response.Role, or a built-in group's name ("self") — and so count
	// as known: they never make a group, and are never protected.
	ExemptRoles []string `json:"exemptRoles,omitempty"`
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
	return checkNames(p.ExemptRoles, "policy.exemptRoles", "", true, "")
}

// exempt reports whether the policy releases a respondent of group g without
// protection.
func (p Policy) exempt(g RaterGroup) bool {
	return (g == Self && p.ExemptSelf) || (g == Manager && p.ExemptManager)
}

// exemptAs reports whether answers of a response with group g and role
// are public by the policy.
func (p Policy) exemptAs(g RaterGroup, role string) bool {
	if role != "" {
		return slices.Contains(p.ExemptRoles, role)
	}
	return p.exempt(g) || (g != 0 && slices.Contains(p.ExemptRoles, g.String()))
}
