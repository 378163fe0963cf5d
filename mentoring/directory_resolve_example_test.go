package mentoring_test

import (
	"encoding/json"
	"fmt"

	"github.com/mentorkit/mentorkit/mentoring"
)

// A programme stored by IDs: the participants name their person in the
// organisation's directory and say only what belongs to the programme.
// Resolve fills in the people; an ID the directory lacks is an error
// naming the person.
func ExampleProgramme_Resolve() {
	staff := []mentoring.Person{
		{ID: "ann", Name: "Ann", Seniority: mentoring.Seniority{Level: mentoring.LevelLead, Years: 15}},
		{ID: "bas", Name: "Bas", ManagerID: "ann", Seniority: mentoring.Seniority{Level: mentoring.LevelJunior, Years: 1}},
	}
	dir, err := mentoring.NewDirectory(staff, mentoring.DirectoryStrict)
	if err != nil {
		fmt.Println(err)
		return
	}
	stored := `{"id":"p1","name":"Starters 2027","format":"oneToOne","participants":[
		{"personId":"ann","role":"mentor","capacity":2,"hoursPerMonth":4},
		{"personId":"bas","role":"mentee","hoursPerMonth":4}]}`
	var prog mentoring.Programme
	if err := json.Unmarshal([]byte(stored), &prog); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("before:", prog.Validate() != nil)
	resolved, err := prog.Resolve(dir)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, q := range resolved.Participants {
		fmt.Printf("%s: %s, %s\n", q.Role, q.Person.Name, q.Person.Seniority.Level)
	}
	fmt.Println("valid:", resolved.Validate() == nil)

	prog.Participants[1].PersonID = "bass" // a typo
	_, err = prog.Resolve(dir)
	fmt.Println(err)
	// Output:
	// before: true
	// mentor: Ann, lead
	// mentee: Bas, junior
	// valid: true
	// mentoring: participants[1].personId ("bass") = "bass": names nobody in the directory: the participant's person cannot be filled in
}
