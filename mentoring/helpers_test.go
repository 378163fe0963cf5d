package mentoring

import (
	"errors"
	"testing"
	"time"
)

// problem is one FieldError reduced to what tests compare: where and which
// sentinel.
type problem struct {
	Field string
	Err   error
}

// problemsOf flattens err (a joined set of *FieldErrors) into problems. It
// fails the test if any joined error is not a *FieldError or does not
// unwrap to its own sentinel.
func problemsOf(t *testing.T, err error) []problem {
	t.Helper()
	if err == nil {
		return nil
	}
	var list []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		list = j.Unwrap()
	} else {
		list = []error{err}
	}
	out := make([]problem, 0, len(list))
	for _, e := range list {
		var fe *FieldError
		if !errors.As(e, &fe) {
			t.Fatalf("joined error %v (%T) is not a *FieldError", e, e)
		}
		if !errors.Is(err, fe.Err) {
			t.Fatalf("errors.Is(err, %v) = false", fe.Err)
		}
		out = append(out, problem{Field: fe.Field, Err: fe.Err})
	}
	return out
}

// cmpErrs compares sentinels by identity in cmp.Diff.
var cmpErrs = func(a, b error) bool { return a == b }

// day is a fixed reference date for tests: Monday 2 March 2026, 09:00 CET.
var day = time.Date(2026, 3, 2, 9, 0, 0, 0, time.FixedZone("CET", 3600))

// testPerson returns a valid person with the given ID, level and years.
func testPerson(id string, level Level, years float64) Person {
	return Person{
		ID:               id,
		Name:             "Person " + id,
		Department:       "Sales",
		Seniority:        Seniority{Level: level, Years: years},
		Skills:           []Skill{{Name: "negotiation", Level: 3}},
		Languages:        []string{"nl", "en"},
		UTCOffsetMinutes: 60,
	}
}

// testParticipant returns a valid participant for person id with role r.
func testParticipant(id string, r Role, level Level, years float64) Participant {
	q := Participant{Person: testPerson(id, level, years), Role: r, HoursPerMonth: 4}
	if r.canMentor() {
		q.Capacity = 2
		q.Trained = true
	}
	return q
}

// testProgramme returns a valid, ready one-to-one programme with one mentor
// (m1) and two mentees (e1, e2).
func testProgramme() Programme {
	start := day
	return Programme{
		ID:     "prog",
		Name:   "Sales mentoring 2026",
		Format: FormatOneToOne,
		Objectives: []Objective{{
			Statement: "Keep new sales staff",
			Measure:   "share of mentees still employed after 12 months, target 90%",
		}},
		Start:         start,
		End:           start.AddDate(0, 6, 0),
		Cadence:       14 * 24 * time.Hour,
		HoursPerMonth: 3,
		Guidelines: []Guideline{
			{Role: RoleMentor, Responsibilities: []string{"listen more than talk", "meet every two weeks"}},
			{Role: RoleMentee, Responsibilities: []string{"take the initiative", "bring a learning goal"}},
		},
		FeedbackMoments: []time.Time{start.AddDate(0, 3, 0), start.AddDate(0, 6, 0)},
		Participants: []Participant{
			testParticipant("m1", RoleMentor, LevelSenior, 12),
			testParticipant("e1", RoleMentee, LevelJunior, 1),
			testParticipant("e2", RoleMentee, LevelJunior, 2),
		},
	}
}
