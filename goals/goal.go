package goals

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"time"
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
	Direction Direction `json:"direction,omitzero"`
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
	// Commitment is Committed (the zero value) or Aspirational; it sets
	// the grade FinalGrade counts as success.
	Commitment Commitment `json:"commitment,omitzero"`
}

// Band is the range a Within goal's metric must stay inside, bounds
// included. Min ≤ Max, both finite.
type Band struct {
	Min float64 `json:"min"`
	Max float64 `json:"max"`
}

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

// Validate reports every malformed field of g, joined with errors.Join;
// each is a *FieldError that unwraps to a sentinel (ErrMissing,
// ErrOutOfRange, ErrUnknownEnum, ErrTimeOrder, ErrInconsistent,
// ErrDuplicate). It returns nil for a well-formed goal, however vague.
//
// Malformed means: an empty title; a NaN or infinite Baseline, Target, Band
// bound or Weight; a negative Weight; Band.Min > Band.Max; a Band on an
// Increase or Decrease goal, or a Target on a Within goal; Due before
// Start; an undeclared Direction or Commitment; a milestone without a title
// or due before Start; a link with an unset kind, an empty ID, or the same
// kind and ID as an earlier link.
func (g Goal) Validate() error {
	var errs []error
	add := func(field string, value any, err error, problem string) {
		errs = append(errs, fieldErr(field, value, err, problem))
	}
	if strings.TrimSpace(g.Title) == "" {
		add("title", nil, ErrMissing, "a goal needs a title")
	}
	if int(g.Direction) >= len(directionNames) {
		add("direction", int(g.Direction), ErrUnknownEnum, "is not a declared direction")
	}
	if int(g.Commitment) >= len(commitmentNames) {
		add("commitment", int(g.Commitment), ErrUnknownEnum, "is not a declared commitment")
	}
	finite := func(field string, v float64) bool {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			add(field, v, ErrOutOfRange, "must be a finite number")
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
			add("target", *g.Target, ErrInconsistent, "a within goal has a band, not a target")
		}
	}
	if g.Band != nil {
		okMin, okMax := finite("band.min", g.Band.Min), finite("band.max", g.Band.Max)
		if okMin && okMax && g.Band.Min > g.Band.Max {
			add("band", *g.Band, ErrOutOfRange, "min must not exceed max")
		}
		if g.Direction == Increase || g.Direction == Decrease {
			add("band", *g.Band, ErrInconsistent, "an "+g.Direction.String()+" goal has a target, not a band")
		}
	}
	if finite("weight", g.Weight) && g.Weight < 0 {
		add("weight", g.Weight, ErrOutOfRange, "must not be negative")
	}
	if !g.Start.IsZero() && !g.Due.IsZero() && g.Due.Before(g.Start) {
		add("due", g.Due.Format(time.RFC3339), ErrTimeOrder, "is before start "+g.Start.Format(time.RFC3339))
	}
	for i, m := range g.Milestones {
		f := "milestones[" + strconv.Itoa(i) + "]"
		if strings.TrimSpace(m.Title) == "" {
			add(f+".title", nil, ErrMissing, "a milestone needs a title")
		}
		if !m.Due.IsZero() && !g.Start.IsZero() && m.Due.Before(g.Start) {
			add(f+".due", m.Due.Format(time.RFC3339), ErrTimeOrder, "is before the goal's start "+g.Start.Format(time.RFC3339))
		}
	}
	type key struct {
		kind LinkKind
		id   string
	}
	seen := make(map[key]int, len(g.Links))
	for i, l := range g.Links {
		f := "links[" + strconv.Itoa(i) + "]"
		switch {
		case l.Kind == LinkUnset:
			add(f+".kind", nil, ErrMissing, "a link needs a kind (objective or careerGoal)")
		case int(l.Kind) >= len(linkKindNames):
			add(f+".kind", int(l.Kind), ErrUnknownEnum, "is not a declared link kind")
		}
		if strings.TrimSpace(l.ID) == "" {
			add(f+".id", nil, ErrMissing, "a link needs an ID")
			continue
		}
		k := key{l.Kind, l.ID}
		if j, ok := seen[k]; ok {
			add(f, l.ID, ErrDuplicate, "repeats links["+strconv.Itoa(j)+"]")
			continue
		}
		seen[k] = i
	}
	return errors.Join(errs...)
}
