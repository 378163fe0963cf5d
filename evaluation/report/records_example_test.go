package report_test

import (
	"fmt"
	"time"

	"github.com/mentorkit/mentorkit/evaluation/report"
	"github.com/mentorkit/mentorkit/mentoring"
)

// The organisation, its relationships and what HR knows at the end of the
// year become the records of the effectiveness report.
func ExampleRecords() {
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	people := []mentoring.Person{
		{ID: "ann", Department: "sales"}, {ID: "bob", Department: "it"}, {ID: "eva", Department: "it"},
	}
	r, _ := mentoring.Propose(mentoring.Relationship{ID: "r1", ProgrammeID: "grow", MentorID: "eva", MenteeIDs: []string{"bob"}}, start)
	r, _ = r.Activate(start.AddDate(0, 0, 14))
	gas := 58.2
	outcomes := []report.Outcome{
		{PersonID: "ann", Exit: start.AddDate(0, 4, 0), ExitCause: report.ExitLeft},
		{PersonID: "bob", GASTScore: &gas},
	}
	records, err := report.Records(people, []mentoring.Relationship{r}, outcomes, start)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, rec := range records {
		fmt.Printf("%s %-5s mentored=%-5v exit=%s gas=%v\n", rec.ID, rec.Role, rec.Mentored, rec.Exit.Format(time.DateOnly), rec.GASTScore != nil)
	}
	// Output:
	// ann sales mentored=false exit=2026-05-01 gas=false
	// bob it    mentored=true  exit=0001-01-01 gas=true
	// eva it    mentored=false exit=0001-01-01 gas=false
}
