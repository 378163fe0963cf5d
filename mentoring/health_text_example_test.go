package mentoring_test

import (
	"fmt"

	"github.com/mentorkit/mentorkit/mentoring"
)

// A relationship a month without a session, with a fortnightly cadence,
// whose two sessions never discussed expectations.
func ExampleHealth_Text() {
	h := mentoring.Health{RelationshipID: "r1", Sessions: 2, Overdue: true, DaysWithoutSession: 31, CadenceDays: 14}
	fmt.Println(h.Concerns())
	fmt.Println(h.Text().EN)
	fmt.Println(h.Text().NL)
	// Output:
	// [overdue expectationsNotDiscussed]
	// no session for 31 days with a cadence of 14 days: a session is overdue; mutual expectations were not discussed in any of 2 sessions
	// al 31 dagen geen sessie bij een ritme van 14 dagen: er is een sessie achterstallig; in geen van de 2 sessies zijn de wederzijdse verwachtingen besproken
}
