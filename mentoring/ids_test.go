package mentoring

import (
	"errors"
	"testing"
	"time"
)

// fieldErrors returns the joined *FieldErrors of err.
func fieldErrors(t *testing.T, err error) []*FieldError {
	t.Helper()
	list := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		list = j.Unwrap()
	}
	var out []*FieldError
	for _, e := range list {
		var fe *FieldError
		if !errors.As(e, &fe) {
			t.Fatalf("%v is not a *FieldError", e)
		}
		out = append(out, fe)
	}
	return out
}

// TestErrorsNameTheID: every problem of a broken person, participant,
// relationship, session or health assessment names the ID it concerns,
// with a code and a Dutch message, never only a path.
func TestErrorsNameTheID(t *testing.T) {
	person := testPerson("p-132", LevelSenior, 10)
	person.Name, person.ManagerID, person.UTCOffsetMinutes = " ", "p-132", 900
	person.TimeZone, person.Languages = "Europe/Amsterdamm", []string{"klingon", "nl", "Dutch", ""}
	person.Skills = append(person.Skills, Skill{"Negotiation", 9})
	person.Seniority.Years = -1
	participant := Participant{Person: person, Role: RoleMentee, Capacity: 3, HoursPerMonth: -1}
	rel := inState(t, StateActive)
	rel.ID = "r-7"
	rel.MenteeIDs = []string{rel.MentorID, rel.MentorID}
	rel.Transitions[1].By = " x"
	session := testSession("s-3", days(2))
	session.Duration, session.MentorTalkShare = 0, TalkShare(2)
	session.Techniques = []Technique{TechniqueReflection, TechniqueReflection}
	r := inState(t, StateActive)
	_, health := AssessHealth(r, []Session{session}, -time.Hour, time.Time{}, HealthConfig{})
	for _, c := range []struct {
		name string
		err  error
		ids  map[string]bool
	}{
		{"person", person.Validate(), map[string]bool{"p-132": true}},
		{"participant", participant.Validate(), map[string]bool{"p-132": true}},
		{"relationship", rel.Validate(), map[string]bool{"r-7": true}},
		{"session", session.Validate(), map[string]bool{"s-3": true}},
		{"health", health, map[string]bool{"r1": true, "s-3": true}},
	} {
		fes := fieldErrors(t, c.err)
		if len(fes) < 3 {
			t.Errorf("%s: only %d problems: %v", c.name, len(fes), c.err)
		}
		for _, fe := range fes {
			if !c.ids[fe.ID] || fe.Code == "" || fe.Text.NL == "" || fe.Text.NL == fe.Text.EN {
				t.Errorf("%s: %s (%s) names %q, want one of %v, with a code and Dutch text", c.name, fe.Field, fe.Code, fe.ID, c.ids)
			}
		}
	}
}
