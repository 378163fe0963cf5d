package rounds_test

import (
	"fmt"

	"github.com/mentorkit/mentorkit/matching/pairing/rounds"
)

func ExampleWaiter_Text() {
	w := rounds.Waiter{MenteeID: "e7", Waited: 2.5, Reason: rounds.WaitBelowCutoff}
	fmt.Println(w.Text().EN)
	fmt.Println(w.Text().NL)
	// Output:
	// e7 has waited 2.5 weeks: every allowed mentor with a free place scores below the cutoff
	// e7 wacht al 2.5 weken: elke toegestane mentor met een vrije plaats scoort onder de drempel
}
