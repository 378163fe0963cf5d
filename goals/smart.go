package goals

import (
	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/fault"
)

// Criterion is the reading of one SMART letter.
type Criterion uint8

// The criteria. The zero value is unset; in a Reading it means the default.
const (
	CriterionUnset Criterion = iota
	Specific                 // S: the text linter (Lint)
	Measurable               // M: metric, unit, direction, target, baseline
	Achievable               // A (common reading): the pace needed against the pace so far
	Assignable               // A (Doran 1981): somebody owns the goal and its milestones
	Acceptable               // A (Dutch reading, acceptabel): an owner has accepted it
	Relevant                 // R (common reading): linked to an objective or career goal
	Realistic                // R (Doran 1981, Dutch realistisch): the pace check of Achievable
	TimeBound                // T: start, due, now and the programme's window
)

var criterionTable = enum.New[Criterion]("criterion", "", "specific", "measurable", "achievable",
	"assignable", "acceptable", "relevant", "realistic", "timeBound")

// criterionLabels are the names of the criteria in English and Dutch.
var criterionLabels = []fault.Text{
	{},
	{EN: "Specific", NL: "Specifiek"},
	{EN: "Measurable", NL: "Meetbaar"},
	{EN: "Achievable", NL: "Haalbaar"},
	{EN: "Assignable", NL: "Toewijsbaar"},
	{EN: "Acceptable", NL: "Acceptabel"},
	{EN: "Relevant", NL: "Relevant"},
	{EN: "Realistic", NL: "Realistisch"},
	{EN: "Time-bound", NL: "Tijdgebonden"},
}

// String returns the JSON name: "specific", "measurable", "achievable",
// "assignable", "acceptable", "relevant", "realistic", "timeBound", or
// "unset".
func (c Criterion) String() string { return criterionTable.String(c) }

// Label returns the criterion's name in lang (English unless Dutch):
// "Time-bound" or "Tijdgebonden"; "" when unset.
func (c Criterion) Label(lang Language) string {
	if int(c) >= len(criterionLabels) {
		return c.String()
	}
	return inLanguage(lang, criterionLabels[c])
}

// MarshalText returns the JSON name ("" when unset); undeclared values are
// errors wrapping [ErrUnknownEnum].
func (c Criterion) MarshalText() ([]byte, error) { return criterionTable.Marshal(c) }

// UnmarshalText parses a name case-insensitively; unknown names are errors
// wrapping [ErrUnknownEnum].
func (c *Criterion) UnmarshalText(text []byte) error { return criterionTable.Unmarshal(text, c) }

// Reading says what the letters A and R stand for. Sources differ: Doran
// (1981, "There's a S.M.A.R.T. way to write management's goals and
// objectives", Management Review 70(11)) wrote Specific, Measurable,
// Assignable, Realistic, Time-related; later English usage reads Achievable
// and Relevant; Dutch usage often reads Acceptabel and Realistisch. S, M and
// T are the same in all.
//
// A must be Achievable, Assignable or Acceptable; R must be Relevant or
// Realistic. The zero Reading, and any other value of a field, means
// ReadingCommon. A reading with Achievable and Realistic runs the pace check
// under both letters and no relevance check.
type Reading struct {
	A Criterion `json:"a,omitempty"`
	R Criterion `json:"r,omitempty"`
}

// The documented readings. ReadingCommon is the default in both languages,
// so that a goal's verdict does not depend on the language of its messages.
var (
	ReadingCommon = Reading{A: Achievable, R: Relevant}
	ReadingDoran  = Reading{A: Assignable, R: Realistic}
	ReadingDutch  = Reading{A: Acceptable, R: Realistic}
)

// resolve replaces unset or disallowed fields with ReadingCommon's.
func (r Reading) resolve() Reading {
	if r.A != Achievable && r.A != Assignable && r.A != Acceptable {
		r.A = ReadingCommon.A
	}
	if r.R != Relevant && r.R != Realistic {
		r.R = ReadingCommon.R
	}
	return r
}
