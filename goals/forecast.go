package goals

import (
	"math"
	"time"

	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
)

// Projection is a least-squares forecast of a goal's metric; see Forecast.
type Projection struct {
	// Value is the forecast value at the due date, in the goal's unit.
	Value float64 `json:"value"`
	// SlopePerDay is the fitted change per day, in the goal's unit.
	SlopePerDay float64 `json:"slopePerDay"`
	// Fraction is the progress fraction of Value, clamped to 0–1.
	Fraction float64 `json:"fraction"`
	// Reaches reports whether Value meets the goal.
	Reaches bool `json:"reaches"`
	// N is the number of check-ins fitted.
	N int `json:"n"`
}

// MarshalJSON writes p by the module's JSON rule (see [Progress.MarshalJSON]).
func (p Projection) MarshalJSON() ([]byte, error) { return jsonx.Marshal(p) }

// UnmarshalJSON reads what MarshalJSON writes.
func (p *Projection) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, p) }

// Forecast fits the ordinary least-squares line value = a + b·t through
// the check-ins (t in days of 24 hours) and returns its value at g.Due:
// b = Σ(tᵢ − t̄)(vᵢ − v̄) / Σ(tᵢ − t̄)², a = v̄ − b·t̄. All check-ins count,
// in any order; the baseline is not one of them.
//
// Errors: those of Track for the goal and the check-ins, and
// ErrTooFewCheckIns for fewer than two check-ins or all at one time.
// Inputs are not modified.
func Forecast(g Goal, checkIns []CheckIn) (Projection, error) {
	m, err := measureOf(g)
	if err = fault.Join(err, validateCheckIns(checkIns, g.ID)); err != nil {
		return Projection{}, err
	}
	l, err := fitLine(sortedCheckIns(checkIns), g.ID)
	if err != nil {
		return Projection{}, err
	}
	v := l.at(m.due)
	return Projection{Value: v, SlopePerDay: l.slopePerDay(), Fraction: clamp01(m.raw(v)), Reaches: m.achieved(v), N: l.n}, nil
}

// Decision is the outcome of the four-point rule.
type Decision uint8

// The decisions. The zero value is unset: FourPoint returns it only with
// an error.
const (
	DecisionUnset Decision = iota // no decision (FourPoint failed)
	Keep                          // keep the goal and the plan
	ChangePlan                    // the last four check-ins lie behind the goal line: change the plan
	RaiseGoal                     // the last four check-ins lie ahead of the goal line: raise the goal
)

var decisionTable = enum.New[Decision]("decision", "", "keep", "changePlan", "raiseGoal")

// String returns the JSON name: "keep", "changePlan", "raiseGoal" or
// "unset".
func (d Decision) String() string { return decisionTable.String(d) }

// MarshalText returns the JSON name ("" when unset); undeclared values are
// errors wrapping [ErrUnknownEnum].
func (d Decision) MarshalText() ([]byte, error) { return decisionTable.Marshal(d) }

// UnmarshalText parses a name case-insensitively; unknown names are errors
// wrapping [ErrUnknownEnum].
func (d *Decision) UnmarshalText(text []byte) error { return decisionTable.Unmarshal(text, d) }

// FourPointMinCheckIns is the number of check-ins the four-point rule needs
// before it decides anything.
const FourPointMinCheckIns = 6

// FourPoint applies the four-point rule of progress monitoring (as used in
// curriculum-based measurement; see for example J. Wright, "Curriculum-Based
// Measurement: A Manual for Teachers", 1992): once there are at least six
// check-ins, if the four most recent all lie behind the goal line, change
// the plan; if all four lie ahead of it, raise the goal; otherwise keep
// going.
//
// The goal line runs straight from (Start, Baseline) to (Due, Target).
// Behind means below it for Increase goals and above it for Decrease
// goals; a check-in exactly on the line is neither. For a Within goal the
// line runs to the band's nearer bound; a Within goal whose baseline lies
// inside its band has no goal line and is an error (ErrNotMeasurable).
//
// Errors: those of Track for the goal and the check-ins, and
// ErrTooFewCheckIns for fewer than six check-ins; with an error the
// decision is DecisionUnset. Inputs are not modified.
func FourPoint(g Goal, checkIns []CheckIn) (Decision, error) {
	m, err := measureOf(g)
	if err = fault.Join(err, validateCheckIns(checkIns, g.ID)); err != nil {
		return DecisionUnset, err
	}
	if len(checkIns) < FourPointMinCheckIns {
		return DecisionUnset, msgTooFew.New("checkIns", g.ID, len(checkIns), len(checkIns), FourPointMinCheckIns)
	}
	target, s := m.target, m.sign(m.baseline)
	if m.dir == Within {
		switch s {
		case 0:
			return DecisionUnset, msgNoGoalLine.New("baseline", g.ID, m.baseline)
		case 1:
			target = m.lo
		default:
			target = m.hi
		}
	}
	total := daysBetween(m.start, m.due)
	aim := func(t time.Time) float64 {
		f := daysBetween(m.start, t) / total
		if d := target - m.baseline; !math.IsInf(d, 0) {
			return m.baseline + d*f
		}
		return m.baseline*(1-f) + target*f // target − baseline overflows
	}
	sorted := sortedCheckIns(checkIns)
	var behind, ahead int
	for _, c := range sorted[len(sorted)-4:] {
		switch d := s * (c.Value - aim(c.Time)); {
		case d < 0:
			behind++
		case d > 0:
			ahead++
		}
	}
	switch {
	case behind == 4:
		return ChangePlan, nil
	case ahead == 4:
		return RaiseGoal, nil
	}
	return Keep, nil
}

// Grade is the end-of-period grade of a goal; see FinalGrade.
type Grade struct {
	// Score is the progress fraction of Value, clamped to 0–1.
	Score float64 `json:"score"`
	// Value is the value of the last check-in at or before the due date.
	Value float64 `json:"value"`
	// Success reports whether the grade counts as success: for a committed
	// goal Value meets the goal (Score 1.0, the target compared directly as
	// in Track), for an aspirational one Score is 0.7 or more.
	Success bool `json:"success"`
}

// MarshalJSON writes g by the module's JSON rule (see [Progress.MarshalJSON]).
func (g Grade) MarshalJSON() ([]byte, error) { return jsonx.Marshal(g) }

// UnmarshalJSON reads what MarshalJSON writes.
func (g *Grade) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, g) }

// AspirationalSuccess is the grade at which an aspirational goal counts as
// met, from Google's OKR practice (re:Work, "Set goals with OKRs": "the
// sweet spot for an OKR grade is 60%–70%"; committed OKRs are expected to
// score 1.0).
const AspirationalSuccess = 0.7

// FinalGrade grades g at the end of its period on the 0.0–1.0 scale of OKR
// practice: the progress fraction (as in Track, clamped to 0–1) of the last
// check-in at or before g.Due. The grade is not rounded; OKR practice
// reports it to one decimal.
//
// Errors: those of Track for the goal and the check-ins, and
// ErrTooFewCheckIns when no check-in lies at or before the due date.
// Inputs are not modified.
func FinalGrade(g Goal, checkIns []CheckIn) (Grade, error) {
	m, err := measureOf(g)
	if err = fault.Join(err, validateCheckIns(checkIns, g.ID)); err != nil {
		return Grade{}, err
	}
	found := false
	var v float64
	for _, c := range sortedCheckIns(checkIns) {
		if c.Time.After(m.due) {
			break
		}
		v, found = c.Value, true
	}
	if !found {
		return Grade{}, msgNoneBeforeDue.New("checkIns", g.ID, len(checkIns))
	}
	gr := Grade{Score: clamp01(m.raw(v)), Value: v}
	if m.commitment == Aspirational {
		gr.Success = gr.Score >= AspirationalSuccess
	} else {
		gr.Success = m.achieved(v)
	}
	return gr, nil
}
