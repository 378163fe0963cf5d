package mentoring

import (
	"regexp"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/mentorkit/mentorkit/internal/fault"
)

// Every readiness text has both languages with the same verbs in the same
// order, and the English and Dutch differ.
func TestFindingTexts(t *testing.T) {
	verbs := regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z%]`)
	for _, x := range findingTexts {
		if x.EN == "" || x.NL == "" || x.EN == x.NL {
			t.Errorf("%q / %q", x.EN, x.NL)
		}
		if en, nl := verbs.FindAllString(x.EN, -1), verbs.FindAllString(x.NL, -1); !slices.Equal(en, nl) {
			t.Errorf("verbs differ: %q %v, %q %v", x.EN, en, x.NL, nl)
		}
	}
}

// Every finding of an empty programme and of one with an untrained,
// time-short reverse mentor says itself in Dutch, and Text.EN is Message.
func TestReviewDutch(t *testing.T) {
	p := testProgramme()
	p.HoursPerMonth = 4
	p.Guidelines = nil
	for _, r := range []Readiness{Programme{}.Review(), p.Review()} {
		for _, f := range r.Findings {
			if f.Text.EN != f.Message || f.Text.NL == "" || f.Text.NL == f.Text.EN {
				t.Errorf("%s: Message %q, Text %+v", f.Code, f.Message, f.Text)
			}
		}
	}
	q := Programme{HoursPerMonth: 4, Guidelines: []Guideline{{Role: RoleMentee, Responsibilities: []string{"x"}}},
		Participants: []Participant{{Person: Person{ID: "r1", Name: "Rik"}, Role: RoleReverseMentor, HoursPerMonth: 2.5, Trained: true}}}
	var got []fault.Text
	for _, f := range q.Review().Findings {
		if f.Code == FindingRoleWithoutGuideline || f.Code == FindingParticipantTimeShort {
			got = append(got, f.Text)
		}
	}
	want := []fault.Text{
		{EN: "Participants have the role reverseMentor, but no guideline says what a reverseMentor is responsible for.",
			NL: "Deelnemers hebben de rol reverse mentor, maar geen richtlijn zegt waarvoor een reverse mentor verantwoordelijk is."},
		{EN: "Rik (r1) can give 2.5 hours a month; the programme expects 4 hours.",
			NL: "Rik (r1) kan 2,5 uur per maand geven; het programma verwacht 4 uur."},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("texts (-want +got):\n%s", d)
	}
}
