package mentoring_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/mentorkit/mentorkit/mentoring"
)

// A zone by IANA name or as an offset; unknown names are errors.
func ExampleParseZone() {
	for _, s := range []string{"europe/amsterdam", "+0530", "UTC-3", "Europe/Amsterdamm"} {
		z, err := mentoring.ParseZone(s)
		if err != nil {
			var fe *mentoring.FieldError
			errors.As(err, &fe)
			fmt.Println(fe.Code, errors.Is(err, mentoring.ErrUnknownZone))
			continue
		}
		fmt.Println(z)
	}
	// Output:
	// Europe/Amsterdam
	// UTC+05:30
	// UTC-03:00
	// unknownTimeZone true
}

// Amsterdam and UTC are an hour apart in winter and two in summer: a
// programme that runs into summer is judged on two.
func ExampleZone_Gap() {
	ams, _ := mentoring.ParseZone("Europe/Amsterdam")
	utc, _ := mentoring.ParseZone("UTC")
	g := ams.Gap(utc, time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC), time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC))
	fmt.Println(g.Most, g.Least, g.MostAt.Format(time.RFC3339), g.TZDataVersion == mentoring.TZDataVersion)
	// Output: 120 60 2026-03-29T01:00:00Z true
}

// Tags, names in English, Dutch or the language itself: one base language.
func ExampleParseLanguage() {
	for _, s := range []string{"NL", "nl-BE", "Dutch", "Nederlands", "Vlaams", "Engels", "klingon"} {
		l, err := mentoring.ParseLanguage(s)
		if err != nil {
			fmt.Println(s, "→", errors.Is(err, mentoring.ErrUnknownLanguage))
			continue
		}
		fmt.Println(s, "→", l, l.Base(), l.Name(true))
	}
	// Output:
	// NL → nl nl Nederlands
	// nl-BE → nl-BE nl Nederlands
	// Dutch → nl nl Nederlands
	// Nederlands → nl nl Nederlands
	// Vlaams → nl-BE nl Nederlands
	// Engels → en en Engels
	// klingon → true
}

// Each lifecycle step can record who took it.
func ExampleBy() {
	day := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	r, _ := mentoring.Propose(mentoring.Relationship{ID: "r1", ProgrammeID: "p", MentorID: "m1", MenteeIDs: []string{"e1"}}, day, mentoring.By("hr-17"))
	r, _ = r.Activate(day.AddDate(0, 0, 2), mentoring.By("e1"))
	for _, t := range r.Transitions {
		fmt.Println(t.To, t.By)
	}
	// Output:
	// proposed hr-17
	// active e1
}

// Health as of an earlier date from today's records: the later session is
// left out, and the next session is due a fortnight after the last one.
func ExampleAssessHealth_asOf() {
	day := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	r, _ := mentoring.Propose(mentoring.Relationship{ID: "r1", ProgrammeID: "p", MentorID: "m1", MenteeIDs: []string{"e1"}}, day)
	r, _ = r.Activate(day)
	session := func(id string, d int) mentoring.Session {
		return mentoring.Session{ID: id, RelationshipID: "r1", Start: day.AddDate(0, 0, d), Duration: time.Hour, InitiatedBy: "e1"}
	}
	sessions := []mentoring.Session{session("s1", 3), session("s2", 17), session("s3", 31)}
	h, err := mentoring.AssessHealth(r, sessions, 14*24*time.Hour, day.AddDate(0, 0, 20), mentoring.HealthConfig{})
	fmt.Println(err, h.Sessions, h.LaterSessions, h.NextSessionDue.Format("2006-01-02"))
	// Output: <nil> 2 1 2026-04-02
}
