package fair

import (
	"github.com/mentorkit/mentorkit/internal/jsonx"
	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/matching/stable"
)

// Config holds the fairness constraints of a pairing. The zero value has
// none: Solve then returns the plain optimum of the pairing settings.
type Config struct {
	// Mentees bounds how many matched mentees come from each group. The
	// first grouping is exact; further (overlapping) groupings are handled
	// by Lagrangian relaxation (see the package documentation).
	Mentees []Grouping `json:"mentees,omitempty"`
	// Mentors bounds how many mentors with at least one mentee come from
	// each group. At most one grouping. A maximum needs every mentor of
	// its group to have one place (see the package documentation).
	Mentors []Grouping `json:"mentors,omitempty"`
	// Prices switches on the price of each bound: one more solve per
	// bound, and one without any bound (Result.Prices).
	Prices bool `json:"prices,omitempty"`
}

// Grouping partitions one side by a person attribute
// ([mentoring.Person.Attributes] key): a person's group is the attribute's
// value, and people without it form the group "" (which a bound may name).
type Grouping struct {
	// Attribute is the attribute key; required.
	Attribute string `json:"attribute"`
	// Bounds are the groups' bounds, by value, each value at most once;
	// groups without a bound are unbounded.
	Bounds []Bound `json:"bounds"`
	// MinRateRatio, in [0, 1], asks every group's match rate (matched
	// members / members) to be at least this share of every other group's
	// (the four-fifths rule: 0.8); 0 means none. Mentee groupings only;
	// solved by Lagrangian relaxation (Result.Exact false).
	MinRateRatio float64 `json:"minRateRatio,omitempty"`
}

// MarshalJSON writes the grouping by the module's number rule.
func (g Grouping) MarshalJSON() ([]byte, error) { return jsonx.Marshal(g) }

// UnmarshalJSON reads what MarshalJSON writes.
func (g *Grouping) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, g) }

// Bound limits the number of matched mentees (or mentors with a mentee)
// of one group.
type Bound struct {
	// Value is the attribute's value naming the group.
	Value string `json:"value"`
	// Min is the least number; 0 means none.
	Min int `json:"min,omitempty"`
	// Max is the largest number; nil means no maximum (0 is a maximum of
	// none).
	Max *int `json:"max,omitempty"`
	// MinRate, in [0, 1], is the least share of the group's members that
	// must be matched (mentors: have a mentee); the bound applied is the
	// larger of Min and ⌈MinRate·members⌉. It is the group's own match
	// rate, not its share of all matched people (MinShare).
	MinRate float64 `json:"minRate,omitempty"`
	// MinShare, in [0, 1], is the least share of all matched mentees that
	// must come from this group ("at least 40% of the matched mentees are
	// women": 0.4); 0 means none. Mentee groupings only; a ratio
	// constraint, solved by Lagrangian relaxation (Result.Exact false).
	MinShare float64 `json:"minShare,omitempty"`
}

// MarshalJSON writes the bound by the module's number rule.
func (b Bound) MarshalJSON() ([]byte, error) { return jsonx.Marshal(b) }

// UnmarshalJSON reads what MarshalJSON writes.
func (b *Bound) UnmarshalJSON(d []byte) error { return jsonx.Unmarshal(d, b) }

// Result is a fair pairing: the pairs, each group's count against its
// bounds, and, when asked, the price of each bound.
type Result struct {
	ProgrammeID string           `json:"programmeId"`
	Priority    pairing.Priority `json:"priority"`
	// Pairs are the pairs formed, by mentor ID then mentee ID, with their
	// breakdowns and topics ([pairing.Pairing.Explain]), as
	// [pairing.Result.Pairs] has them.
	Pairs []pairing.Match `json:"pairs"`
	// UnmatchedMentees are the mentees left without a mentor, by ID.
	UnmatchedMentees []string `json:"unmatchedMentees,omitempty"`
	// Mentees and Mentors count the sides; Matched the mentees paired.
	Mentees int `json:"mentees"`
	Mentors int `json:"mentors"`
	Matched int `json:"matched"`
	// TotalScore is the sum of the pairs' scores.
	TotalScore float64 `json:"totalScore"`
	// Groups are every group of each grouping, by value: the first mentee
	// grouping, the mentor grouping, then the other mentee groupings.
	Groups []GroupCount `json:"groups,omitempty"`
	// Exact is true when the pairing is optimal under the bounds: always
	// but with overlapping mentee groupings.
	Exact bool `json:"exact"`
	// Bound is the linear-programming bound on TotalScore under the same
	// bounds (and the same number matched under PriorityParticipation);
	// Gap = Bound − TotalScore. For one grouping per side the constraint
	// matrix is a network matrix, so the bound is reached: Gap is 0; with
	// overlapping groupings Bound is the smallest Lagrangian value.
	Bound float64 `json:"bound"`
	Gap   float64 `json:"gap"`
	// Prices is the price of each bound; nil unless Config.Prices.
	Prices *Prices `json:"prices,omitempty"`
	// Fingerprint identifies the programme and pairing settings
	// ([pairing.Pairing.Fingerprint]).
	Fingerprint pairing.Fingerprint `json:"fingerprint"`
}

// MarshalJSON writes the result by the module's number rule.
func (r Result) MarshalJSON() ([]byte, error) { return jsonx.Marshal(r) }

// UnmarshalJSON reads what MarshalJSON writes.
func (r *Result) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, r) }

// GroupCount is one group's count against its bound.
type GroupCount struct {
	Side      stable.Side `json:"side"`
	Attribute string      `json:"attribute"`
	Value     string      `json:"value"`
	// Members are the group's people on that side; Allowed those with an
	// allowed partner (a mentor also needs a place).
	Members int `json:"members"`
	Allowed int `json:"allowed"`
	// Count is the number matched (mentors: with a mentee).
	Count int `json:"count"`
	// Min and Max are the bounds applied (Min after MinRate); Max is nil
	// when the group has no maximum.
	Min int  `json:"min"`
	Max *int `json:"max,omitempty"`
}

// Prices compares the constrained pairing with the pairing without each
// bound.
type Prices struct {
	// Unconstrained is the pairing without any bound.
	Unconstrained Outcome `json:"unconstrained"`
	// Bounds is one entry per bound, in Config order (mentees first).
	Bounds []Price `json:"bounds"`
}

// Outcome is the value of a pairing: mentees matched and total score.
type Outcome struct {
	Matched    int     `json:"matched"`
	TotalScore float64 `json:"totalScore"`
}

// MarshalJSON writes the outcome by the module's number rule.
func (o Outcome) MarshalJSON() ([]byte, error) { return jsonx.Marshal(o) }

// UnmarshalJSON reads what MarshalJSON writes.
func (o *Outcome) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, o) }

// Price is what one bound costs: the pairing with every other bound but
// without this one (Without), and the score given up for it (Price =
// Without.TotalScore − the result's TotalScore; under
// PriorityParticipation compare Matched first).
type Price struct {
	Side      stable.Side `json:"side"`
	Attribute string      `json:"attribute"`
	Value     string      `json:"value"`
	Without   Outcome     `json:"without"`
	Price     float64     `json:"price"`
}

// MarshalJSON writes the price by the module's number rule.
func (p Price) MarshalJSON() ([]byte, error) { return jsonx.Marshal(p) }

// UnmarshalJSON reads what MarshalJSON writes.
func (p *Price) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, p) }
