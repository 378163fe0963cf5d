package synthetic_test

import (
	"fmt"
	"math/rand/v2"

	"github.com/mentorkit/mentorkit/mentoring"
	"github.com/mentorkit/mentorkit/mentoring/synthetic"
)

func ExampleOrganisation() {
	rng := rand.New(rand.NewPCG(1, 2))
	people, err := synthetic.Organisation(rng, synthetic.Config{People: 50})
	if err != nil {
		fmt.Println(err)
		return
	}
	levels := map[mentoring.Level]int{}
	for _, p := range people {
		levels[p.Seniority.Level]++
	}
	fmt.Println(len(people), "people; chief executive:", people[0].ID, people[0].Seniority.Level, "; heads report to", people[1].ManagerID)
	fmt.Println("executives:", levels[mentoring.LevelExecutive], "departments:", len(synthetic.DefaultDepartments()))
	// Output:
	// 50 people; chief executive: p01 executive ; heads report to p01
	// executives: 1 departments: 6
}

func ExampleProgramme() {
	rng := rand.New(rand.NewPCG(1, 2))
	people, _ := synthetic.Organisation(rng, synthetic.Config{People: 100})
	prog, err := synthetic.Programme(rng, people, synthetic.ProgrammeConfig{ID: "rev", Format: mentoring.FormatReverse, Mentors: 5, Mentees: 8})
	if err != nil {
		fmt.Println(err)
		return
	}
	roles := map[mentoring.Role]int{}
	for _, q := range prog.Participants {
		roles[q.Role]++
	}
	fmt.Println(prog.Format, roles[mentoring.RoleReverseMentor], "reverse mentors,", roles[mentoring.RoleMentee], "mentees; valid:", prog.Validate() == nil)
	// Output:
	// reverse 5 reverse mentors, 8 mentees; valid: true
}
