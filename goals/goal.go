package goals

import (
	"math"
	"strings"
	"time"

	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
)

// Goal is one goal of a mentee (or of a mentoring relationship or
// programme). A Goal may be incomplete: a draft without a metric or a due
// date is still a Goal, and Check reports what it lacks. Validate rejects
// only what is malformed (NaN, reversed dates, unknown enums, a band on an
// increasing goal).
//
// The measure is Metric (what is counted), Unit, Baseline (the value at
// Start), Direction and either Target (for Increase and Decrease) or Band
// (for Within). Baseline and Target are pointers because 0 is a common,
// meaningful value; nil means not given.
type Goal struct {
	// ID is the caller's identifier of the goal (optional; sessions refer
	// to goals by it).
	ID string `json:"id,omitempty"`
	// Title is the goal as the mentee wrote it; required. Lint reads it.
	Title string `json:"title"`
	// Description is the optional longer text; Lint reads it too.
	Description string `json:"description,omitempty"`
	// Metric says what is counted or measured ("mentoring sessions led").
	Metric string `json:"metric,omitempty"`
	// Unit is the unit of Metric, Baseline, Target, Band and the check-in
	// values ("sessions", "%").
	Unit string `json:"unit,omitempty"`
	// Direction says which way the metric should move; unset in a draft.
	Direction Direction `json:"direction,omitempty"`
	// Baseline is the metric's value at Start, finite; nil when not given.
	Baseline *float64 `json:"baseline,omitempty"`
	// Target is the value to reach for Increase and Decrease goals,
	// finite; nil when not given, and always nil for Within.
	Target *float64 `json:"target,omitempty"`
	// Band is the range to stay inside for Within goals; nil otherwise.
	Band *Band `json:"band,omitempty"`
	// Start is when work on the goal starts (the moment of Baseline); zero
	// when not given.
	Start time.Time `json:"start,omitzero"`
	// Due is when the goal should be met, not before Start; zero when not
	// given. Progress needs Due after Start.
	Due time.Time `json:"due,omitzero"`
	// Owner names who is responsible for the goal, in the caller's terms
	// (a person ID or a name); empty when nobody is.
	Owner string `json:"owner,omitempty"`
	// Milestones are intermediate steps, in the caller's order.
	Milestones []Milestone `json:"milestones,omitempty"`
	// Links name the programme objectives and career goals the goal
	// serves; each kind and ID at most once.
	Links []Link `json:"links,omitempty"`
	// Weight is the goal's relative weight (≥ 0, finite) when several goals
	// are combined, as in TScore; 0 means not given.
	Weight float64 `json:"weight,omitempty"`
	// Commitment is Committed or Aspirational; it sets the grade
	// FinalGrade counts as success. Unset (the zero value) reads as
	// Committed.
	Commitment Commitment `json:"commitment,omitempty"`
}

// MarshalJSON writes g by the module's JSON rule (see [Progress.MarshalJSON]).
func (g Goal) MarshalJSON() ([]byte, error) { return jsonx.Marshal(g) }

// UnmarshalJSON reads what MarshalJSON writes.
func (g *Goal) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, g) }

// Band is the range a Within goal's metric must stay inside, bounds
// included. Min ≤ Max, both finite.
type Band struct {
	Min float64 `json:"min"`
	Max float64 `json:"max"`
}

// MarshalJSON writes b by the module's JSON rule (see [Progress.MarshalJSON]).
func (b Band) MarshalJSON() ([]byte, error) { return jsonx.Marshal(b) }

// UnmarshalJSON reads what MarshalJSON writes.
func (b *Band) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, b) }

// Milestone is an intermediate step of a goal.
type Milestone struct {
	// Title names the step; required.
	Title string `json:"title"`
	// Due is when the step should be done, not before the goal's Start
	// (an error) and not after its Due (a warning of Check); zero when not
	// given.
	Due time.Time `json:"due,omitzero"`
	// Owner names who takes the step; the Assignable reading asks for one.
	Owner string `json:"owner,omitempty"`
	// Done reports whether the step is done.
	Done bool `json:"done,omitempty"`
}

// Link names what a goal serves: a programme objective or a career goal,
// by the ID the caller uses for it.
type Link struct {
	// Kind is LinkObjective or LinkCareerGoal; required.
	Kind LinkKind `json:"kind"`
	// ID is the objective's or career goal's ID; required, not blank.
	ID string `json:"id"`
}

// Direction says which way a goal's metric should move.
type Direction uint8

// The directions. The zero value is unset, which Check reports and the
// progress functions reject.
const (
	DirectionUnset Direction = iota // no direction given
	Increase                        // the metric should rise to Target or above
	Decrease                        // the metric should fall to Target or below
	Within                          // the metric should stay inside Band
)

var directionTable = enum.New[Direction]("direction", "", "increase", "decrease", "within")

// String returns the JSON name: "increase", "decrease", "within", or
// "unset".
func (d Direction) String() string { return directionTable.String(d) }

// MarshalText returns the JSON name ("" when unset); undeclared values are
// errors wrapping [ErrUnknownEnum].
func (d Direction) MarshalText() ([]byte, error) { return directionTable.Marshal(d) }

// UnmarshalText parses a name case-insensitively; unknown names are errors
// wrapping [ErrUnknownEnum].
func (d *Direction) UnmarshalText(text []byte) error { return directionTable.Unmarshal(text, d) }

// Commitment says whether a goal must be met in full (committed) or is a
// stretch (aspirational), as in OKR practice: a committed goal succeeds at
// grade 1.0, an aspirational one at 0.7 ([AspirationalSuccess]).
type Commitment uint8

// The commitments. The zero value is unset, which reads as Committed
// everywhere: Check and FinalGrade treat an unset commitment exactly like
// Committed.
const (
	CommitmentUnset Commitment = iota // not given; reads as Committed
	Committed                         // must be met in full
	Aspirational                      // a stretch: 70% counts as success
)

var commitmentTable = enum.New[Commitment]("commitment", "", "committed", "aspirational")

// String returns the JSON name: "committed", "aspirational" or "unset".
func (c Commitment) String() string { return commitmentTable.String(c) }

// MarshalText returns the JSON name ("" when unset); undeclared values are
// errors wrapping [ErrUnknownEnum].
func (c Commitment) MarshalText() ([]byte, error) { return commitmentTable.Marshal(c) }

// UnmarshalText parses a name case-insensitively; unknown names are errors
// wrapping [ErrUnknownEnum].
func (c *Commitment) UnmarshalText(text []byte) error { return commitmentTable.Unmarshal(text, c) }

// LinkKind says what a goal serves.
type LinkKind uint8

// The link kinds. The zero value is unset and invalid in a Link.
const (
	LinkUnset      LinkKind = iota
	LinkObjective           // an objective of the mentoring programme
	LinkCareerGoal          // one of the mentee's career goals
)

var linkKindTable = enum.New[LinkKind]("linkKind", "", "objective", "careerGoal")

// String returns the JSON name: "objective", "careerGoal", or "unset".
func (k LinkKind) String() string { return linkKindTable.String(k) }

// MarshalText returns the JSON name ("" when unset); undeclared values are
// errors wrapping [ErrUnknownEnum].
func (k LinkKind) MarshalText() ([]byte, error) { return linkKindTable.Marshal(k) }

// UnmarshalText parses a name case-insensitively; unknown names are errors
// wrapping [ErrUnknownEnum].
func (k *LinkKind) UnmarshalText(text []byte) error { return linkKindTable.Unmarshal(text, k) }

// Float returns a pointer to a copy of v, for Goal.Baseline and Goal.Target.
func Float(v float64) *float64 { return &v }

// Clone returns a deep copy of g: no slice or pointer of the result is
// shared with g.
func (g Goal) Clone() Goal {
	c := g
	if g.Baseline != nil {
		c.Baseline = Float(*g.Baseline)
	}
	if g.Target != nil {
		c.Target = Float(*g.Target)
	}
	if g.Band != nil {
		b := *g.Band
		c.Band = &b
	}
	if g.Milestones != nil {
		c.Milestones = append([]Milestone(nil), g.Milestones...)
	}
	if g.Links != nil {
		c.Links = append([]Link(nil), g.Links...)
	}
	return c
}

// Validate reports every malformed field of g, joined into one flat list;
// each is a [*FieldError] with ID g.ID that unwraps to a sentinel
// ([ErrMissing], [ErrOutOfRange], [ErrUnknownEnum], [ErrTimeOrder],
// [ErrInconsistent], [ErrDuplicate]). It returns nil for a well-formed goal,
// however vague.
//
// Malformed means: an empty title; a NaN or infinite Baseline, Target, Band
// bound or Weight; a negative Weight; Band.Min > Band.Max; a Band on an
// Increase or Decrease goal, or a Target on a Within goal; Due before
// Start; an undeclared Direction or Commitment; a milestone without a title
// or due before Start; a link with an unset kind, an empty ID, or the same
// kind and ID as an earlier link.
func (g Goal) Validate() error {
	var c fault.Collector
	if strings.TrimSpace(g.Title) == "" {
		c.Add(msgRequired.New("title", g.ID, nil))
	}
	if !directionTable.Declared(g.Direction) {
		c.Add(msgBadDirection.New("direction", g.ID, int(g.Direction)))
	}
	if !commitmentTable.Declared(g.Commitment) {
		c.Add(msgBadCommitment.New("commitment", g.ID, int(g.Commitment)))
	}
	g.validateMeasure(&c)
	if !g.Start.IsZero() && !g.Due.IsZero() && g.Due.Before(g.Start) {
		c.Add(msgDueBeforeStart.New("due", g.ID, g.Due, g.Start.Format(time.RFC3339)))
	}
	for i, m := range g.Milestones {
		f := fault.Index("milestones", i)
		if strings.TrimSpace(m.Title) == "" {
			c.Add(msgRequired.New(f+".title", g.ID, nil))
		}
		if !m.Due.IsZero() && !g.Start.IsZero() && m.Due.Before(g.Start) {
			c.Add(msgMilestoneBeforeStart.New(f+".due", g.ID, m.Due, g.Start.Format(time.RFC3339)))
		}
	}
	g.validateLinks(&c)
	return c.Err()
}

// validateMeasure adds the errors of Baseline, Target, Band and Weight.
func (g Goal) validateMeasure(c *fault.Collector) {
	finite := func(field string, v float64) bool {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			c.Add(msgNotFinite.New(field, g.ID, v))
			return false
		}
		return true
	}
	if g.Baseline != nil {
		finite("baseline", *g.Baseline)
	}
	if g.Target != nil {
		finite("target", *g.Target)
		if g.Direction == Within {
			c.Add(msgTargetOnWithin.New("target", g.ID, *g.Target))
		}
	}
	if g.Band != nil {
		okMin, okMax := finite("band.min", g.Band.Min), finite("band.max", g.Band.Max)
		if okMin && okMax && g.Band.Min > g.Band.Max {
			c.Add(msgBandReversed.New("band", g.ID, *g.Band))
		}
		if g.Direction == Increase || g.Direction == Decrease {
			c.Add(msgBandOnTarget.New("band", g.ID, *g.Band))
		}
	}
	if finite("weight", g.Weight) && g.Weight < 0 {
		c.Add(msgNegative.New("weight", g.ID, g.Weight))
	}
}

// validateLinks adds the errors of Links.
func (g Goal) validateLinks(c *fault.Collector) {
	type key struct {
		kind LinkKind
		id   string
	}
	seen := make(map[key]int, len(g.Links))
	for i, l := range g.Links {
		f := fault.Index("links", i)
		switch {
		case l.Kind == LinkUnset:
			c.Add(msgNoLinkKind.New(f+".kind", g.ID, nil))
		case !linkKindTable.Declared(l.Kind):
			c.Add(msgBadLinkKind.New(f+".kind", g.ID, int(l.Kind)))
		}
		if strings.TrimSpace(l.ID) == "" {
			c.Add(msgRequired.New(f+".id", g.ID, nil))
			continue
		}
		k := key{l.Kind, l.ID}
		if j, ok := seen[k]; ok {
			c.Add(msgDuplicate.New(f, g.ID, l.ID, fault.Index("links", j)))
			continue
		}
		seen[k] = i
	}
}
