package pairing_test

import (
	"fmt"
	"time"

	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/mentoring"
)

// Participants rank and dismiss people on the other side. With the
// preference weight alone the scores can be checked by hand: daan ranks
// [bram, chen] (bram 1 − 0/2 = 1, chen 1 − 1/2 = 0.5) and bram ranks [eva]
// (eva 1): bram–daan = (1 + 0)/2 = 0.5, since bram ranks someone else;
// chen–daan = 0.5 (chen ranks nobody); bram–eva = 1 (eva ranks nobody).
// Femke dismissed anna, so that pair is forbidden (RuleDismissed), and
// femke–chen has no ranking on either side: it is not scored (0).
// Rules.RequireListed would forbid it too. Matching everyone it can, the
// solve leaves anna only eva (daan reports to her, femke dismissed her),
// and daan gets one of his choices.
func Example_preferences() {
	prog := exampleProgramme()
	for i := range prog.Participants {
		q := &prog.Participants[i]
		switch q.Person.ID {
		case "daan":
			q.Preferences.Ranked = []string{"bram", "chen"}
		case "bram":
			q.Preferences.Ranked = []string{"eva"}
		case "femke":
			q.Preferences.Dismissed = []string{"anna"}
		}
	}
	w := pairing.Weights{Preference: 1}
	p, err := pairing.New(prog, pairing.Config{Weights: &w, Priority: pairing.PriorityParticipation})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, pair := range [][2]string{{"bram", "daan"}, {"chen", "daan"}, {"bram", "eva"}, {"anna", "femke"}} {
		x, _ := p.Explain(pair[0], pair[1])
		fmt.Printf("%s–%s %.2f %v\n", pair[0], pair[1], x.Score, x.Rules)
	}
	x, _ := p.Explain("anna", "femke")
	fmt.Println(x.Rules[0].Message(false))
	fmt.Println(x.Rules[0].Message(true))
	res, _ := p.Solve()
	for _, pr := range res.Pairs {
		fmt.Printf("%s mentors %s: %.2f\n", pr.MentorID, pr.MenteeID, pr.Score)
	}
	// Output:
	// bram–daan 0.50 []
	// chen–daan 0.50 []
	// bram–eva 1.00 []
	// anna–femke 0.00 [dismissed]
	// one of the two does not want to be paired with the other
	// een van de twee wil niet met de ander gekoppeld worden
	// anna mentors eva: 0.00
	// bram mentors femke: 0.00
	// chen mentors daan: 0.50
}

// Weekly windows are on each person's own clock; the overlap is counted in
// UTC for every combination of summer and winter time the programme
// meets, and the worst week counts. Anna (Amsterdam) is free on Mondays
// 15:00–18:00 and Eva (New York) 09:00–12:00. In a programme through
// March 2026 the United States move their clocks on 8 March and the EU on
// 29 March: for those three weeks New York is five hours behind instead
// of six and the two share only 14:00–16:00 UTC, 120 minutes (180 the
// rest of the time). With a target of 4 hours the criterion scores
// 120/240 = 0.5, and a minimum of 150 minutes forbids the pair.
func Example_availability() {
	anna := mentoring.Person{ID: "anna", Name: "Anna", Seniority: mentoring.Seniority{Level: mentoring.LevelLead, Years: 15},
		TimeZone: "Europe/Amsterdam", Availability: []mentoring.WeeklyWindow{{Day: time.Monday, Start: "15:00", End: "18:00"}}}
	eva := mentoring.Person{ID: "eva", Name: "Eva", Seniority: mentoring.Seniority{Level: mentoring.LevelJunior, Years: 2},
		TimeZone: "America/New_York", Availability: []mentoring.WeeklyWindow{{Day: time.Monday, Start: "09:00", End: "12:00"}}}
	prog := mentoring.Programme{ID: "march", Name: "March programme", Format: mentoring.FormatOneToOne,
		Start: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), End: time.Date(2026, 4, 30, 0, 0, 0, 0, time.UTC),
		Participants: []mentoring.Participant{
			{Person: anna, Role: mentoring.RoleMentor, Capacity: 1},
			{Person: eva, Role: mentoring.RoleMentee},
		}}
	w := pairing.Weights{Availability: 1}
	for _, minimum := range []int{0, 150} {
		p, err := pairing.New(prog, pairing.Config{Weights: &w, OverlapTargetMinutes: 240, Rules: pairing.Rules{MinOverlapMinutes: minimum}})
		if err != nil {
			fmt.Println(err)
			return
		}
		x, _ := p.Explain("anna", "eva")
		fmt.Printf("minimum %d: %s %v\n", minimum, x, x.Rules)
	}
	// Output:
	// minimum 0: anna→eva 0.50: availability 0.50 of 1.00 []
	// minimum 150: anna→eva 0.50: availability 0.50 of 1.00 [noOverlap]
}
