package goals

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

var criterionNames = []string{"", "specific", "measurable", "achievable", "assignable",
	"acceptable", "relevant", "realistic", "timeBound"}

// criterionLabels are the names of the criteria in English and Dutch.
var criterionLabels = [][2]string{
	{"", ""},
	{"Specific", "Specifiek"},
	{"Measurable", "Meetbaar"},
	{"Achievable", "Haalbaar"},
	{"Assignable", "Toewijsbaar"},
	{"Acceptable", "Acceptabel"},
	{"Relevant", "Relevant"},
	{"Realistic", "Realistisch"},
	{"Time-bound", "Tijdgebonden"},
}

// String returns the JSON name: "specific", "measurable", "achievable",
// "assignable", "acceptable", "relevant", "realistic", "timeBound", or ""
// when unset.
func (c Criterion) String() string { return enumString("criterion", criterionNames, c) }

// Label returns the criterion's name in lang (English unless Dutch):
// "Time-bound" or "Tijdgebonden".
func (c Criterion) Label(lang Language) string {
	if int(c) >= len(criterionLabels) {
		return c.String()
	}
	if lang == Dutch {
		return criterionLabels[c][1]
	}
	return criterionLabels[c][0]
}

// MarshalText implements encoding.TextMarshaler; undeclared values are errors.
func (c Criterion) MarshalText() ([]byte, error) {
	return enumMarshal("criterion", criterionNames, c)
}

// UnmarshalText implements encoding.TextUnmarshaler; unknown names are
// errors wrapping ErrUnknownEnum.
func (c *Criterion) UnmarshalText(text []byte) error {
	v, err := enumParse[Criterion]("criterion", criterionNames, text)
	if err == nil {
		*c = v
	}
	return err
}

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
	A Criterion `json:"a,omitzero"`
	R Criterion `json:"r,omitzero"`
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
