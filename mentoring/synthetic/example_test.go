package synthetic_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"time"

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

// Costs draws a classical assignment instance; each family has a known
// range (here integers 1 to Range, and distances in a square of side
// Range, so at most Range·√2).
func ExampleCosts() {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, f := range []synthetic.CostFamily{synthetic.CostInteger, synthetic.CostSpatial} {
		m, err := synthetic.Costs(rng, synthetic.CostConfig{Family: f, Rows: 3, Cols: 4, Range: 10})
		if err != nil {
			fmt.Println(err)
			return
		}
		r, c := m.Dims()
		inRange := true
		for _, x := range m.RawMatrix().Data {
			switch f {
			case synthetic.CostInteger:
				inRange = inRange && x >= 1 && x <= 10 && x == math.Trunc(x)
			case synthetic.CostSpatial:
				inRange = inRange && x >= 0 && x <= 10*math.Sqrt2
			}
		}
		fmt.Printf("%s: %d×%d, every entry in range: %v\n", f, r, c, inRange)
	}
	_, err := synthetic.Costs(rng, synthetic.CostConfig{Rows: 3, Cols: 4, Range: 0.5})
	fmt.Println(err)
	// Output:
	// integer: 3×4, every entry in range: true
	// spatial: 3×4, every entry in range: true
	// synthetic: range = 0.5: must lie between 1 and 2^53 (0 means the default)
}

// Outcomes takes exactly Mentored people into the programme and keeps
// the records in the order of people.
func ExampleOutcomes() {
	rng := rand.New(rand.NewPCG(1, 2))
	people, err := synthetic.Organisation(rng, synthetic.Config{People: 100})
	if err != nil {
		fmt.Println(err)
		return
	}
	start := time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)
	recs, err := synthetic.Outcomes(rng, people, synthetic.OutcomeConfig{Start: start, Months: 24, Mentored: 15})
	if err != nil {
		fmt.Println(err)
		return
	}
	mentored := 0
	for _, r := range recs {
		if r.Mentored {
			mentored++
		}
	}
	fmt.Println(len(recs), "records,", mentored, "mentored; first:", recs[0].PersonID == people[0].ID)
	// Output:
	// 100 records, 15 mentored; first: true
}
