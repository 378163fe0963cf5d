package pairing_test

import (
	"errors"
	"fmt"

	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/mentoring"
)

// A group programme of two mentors and eight mentees in circles of four,
// two of the mentees women. "At least one woman per circle" forms both
// circles with one woman each; "at least two" can hold for one circle
// only, so the other mentor's circle is dissolved (ReasonCircleMix) and
// CheckCircleMix says why, in English and Dutch.
func ExamplePairing_CheckCircleMix() {
	prog := mentoring.Programme{ID: "circles", Name: "Leiderschapskringen", Format: mentoring.FormatGroup,
		GroupSize: mentoring.GroupSize{Min: 4, Max: 4}}
	for _, id := range []string{"anna", "bram"} {
		prog.Participants = append(prog.Participants, mentoring.Participant{
			Person: mentoring.Person{ID: id, Name: id, Seniority: mentoring.Seniority{Level: mentoring.LevelLead, Years: 15}}, Role: mentoring.RoleMentor, Capacity: 4})
	}
	for i, g := range []string{"woman", "man", "man", "man", "woman", "man", "man", "man"} {
		prog.Participants = append(prog.Participants, mentoring.Participant{
			Person: mentoring.Person{ID: fmt.Sprintf("e%d", i), Name: fmt.Sprintf("e%d", i), Attributes: map[string]string{"gender": g},
				Seniority: mentoring.Seniority{Level: mentoring.LevelJunior, Years: 1}},
			Role: mentoring.RoleMentee})
	}
	for _, least := range []int{1, 2} {
		cfg := pairing.Config{Rules: pairing.Rules{CircleMix: []pairing.CircleMix{{Attribute: "gender", Value: "woman", Min: least}}}}
		p, err := pairing.New(prog, cfg)
		if err != nil {
			fmt.Println(err)
			return
		}
		res, err := p.Solve()
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("at least %d: %d circles, %d mentees matched\n", least, len(res.Circles), res.Matched)
		for _, u := range res.Unmatched {
			if u.Reason == pairing.ReasonCircleMix {
				fmt.Println(" ", u.ID, u.Reason)
			}
		}
		var fe *pairing.FieldError
		if err := p.CheckCircleMix(res); errors.As(err, &fe) {
			fmt.Println(" ", fe.Text.EN)
			fmt.Println(" ", fe.Text.NL)
		}
	}
	// Output:
	// at least 1: 2 circles, 8 mentees matched
	// at least 2: 1 circles, 4 mentees matched
	//   bram circleMix
	//   the circle of bram was dissolved: its 8 allowed mentees could meet the mix (gender = "woman"), but not while the other circles kept the mentees they need for it
	//   de kring van bram is opgeheven: de 8 toegestane mentees konden aan de samenstelling (gender = "woman") voldoen, maar niet zolang de andere kringen de mentees hielden die zij daarvoor nodig hebben
}
