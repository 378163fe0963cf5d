package pairing_test

import (
	"errors"
	"fmt"

	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/mentoring"
)

// A programme states "each mentor takes at least one mentee" with
// MinCapacity. Here Anna reports to nobody in the programme, but both
// mentees report to her, so the reporting-line rule allows her none: the
// minimum cannot be reached, and the error says why, per mentor, in
// English and Dutch. Without Anna's minimum the pairing is solved.
func ExampleSolve_minCapacity() {
	person := func(id, manager string, years float64) mentoring.Person {
		return mentoring.Person{ID: id, Name: id, ManagerID: manager, Seniority: mentoring.Seniority{Level: mentoring.LevelSenior, Years: years}}
	}
	anna := mentoring.Participant{Person: person("anna", "", 15), Role: mentoring.RoleMentor, Capacity: 2, MinCapacity: 1}
	bram := mentoring.Participant{Person: person("bram", "", 9), Role: mentoring.RoleMentor, Capacity: 2, MinCapacity: 1}
	prog := mentoring.Programme{ID: "p", Name: "P", Format: mentoring.FormatOneToOne, Participants: []mentoring.Participant{
		anna, bram,
		{Person: person("eva", "anna", 2), Role: mentoring.RoleMentee},
		{Person: person("femke", "anna", 3), Role: mentoring.RoleMentee},
	}}
	_, err := pairing.Solve(prog, pairing.Config{})
	var fe *pairing.FieldError
	if errors.As(err, &fe) { // one *FieldError per mentor short of its minimum
		fmt.Println(errors.Is(fe, pairing.ErrMinCapacity), fe.ID, fe.Code)
		fmt.Println(fe.Text.EN)
		fmt.Println(fe.Text.NL)
	}

	prog.Participants[0].MinCapacity = 0
	res, err := pairing.Solve(prog, pairing.Config{})
	fmt.Println(err, len(res.Pairs), "pairs, all with bram")
	// Output:
	// true anna minCapacityTooFewAllowed
	// cannot be reached: the rules allow this mentor 0 of the 2 mentees (forbidden by: reportingLine 2)
	// is niet haalbaar: de regels staan bij deze mentor 0 van de 2 mentees toe (verboden door: reportingLine 2)
	// <nil> 2 pairs, all with bram
}
