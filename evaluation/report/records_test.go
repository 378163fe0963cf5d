package report_test

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/mentorkit/mentorkit/evaluation/report"
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsontest"
	"github.com/mentorkit/mentorkit/mentoring"
)

var (
	recStart = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	recEnd   = time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC)
)

// relationship returns a relationship of mentor with mentees, activated
// when active is set and otherwise only proposed.
func relationship(t testing.TB, id, mentor string, active bool, mentees ...string) mentoring.Relationship {
	t.Helper()
	r, err := mentoring.Propose(mentoring.Relationship{ID: id, ProgrammeID: "prog", MentorID: mentor, MenteeIDs: mentees}, recStart)
	if err != nil {
		t.Fatal(err)
	}
	if active {
		if r, err = r.Activate(recStart.AddDate(0, 0, 7)); err != nil {
			t.Fatal(err)
		}
		// Ended early: still mentored (intention to treat).
		if r, err = r.End(recStart.AddDate(0, 2, 0), mentoring.ReasonNotAGoodFit); err != nil {
			t.Fatal(err)
		}
	}
	return r
}

func TestRecords(t *testing.T) {
	people := []mentoring.Person{
		{ID: "a", Department: "sales"}, {ID: "b", Department: "it"}, {ID: "c", Department: "it"},
		{ID: "d", Department: "hr"}, {ID: "m", Department: "it"},
	}
	rels := []mentoring.Relationship{
		relationship(t, "r1", "m", true, "b", "c"), // a circle: both mentees mentored
		relationship(t, "r2", "m", false, "d"),     // only proposed: d is not mentored
	}
	gas, rec := 55.0, 9
	outcomes := []report.Outcome{
		{PersonID: "c", GASTScore: &gas, Recommend: &rec, SessionRatings: []float64{4, 5}, Covariates: []float64{3}},
		{PersonID: "a", Exit: recStart.AddDate(0, 5, 0), ExitCause: report.ExitLeft, Engagement: &report.Change{Before: 3, After: 2.5}},
	}
	got, err := report.Records(people, rels, outcomes, recStart)
	if err != nil {
		t.Fatal(err)
	}
	// Written from the rules of Records: one record per person in people
	// order; mentored = mentee of an activated relationship; the mentor
	// and the mentee of a proposal are not.
	want := []report.Record{
		{ID: "a", Role: "sales", Start: recStart, Exit: recStart.AddDate(0, 5, 0), ExitCause: report.ExitLeft,
			Engagement: &report.Change{Before: 3, After: 2.5}},
		{ID: "b", Role: "it", Start: recStart, Mentored: true},
		{ID: "c", Role: "it", Start: recStart, Mentored: true, GASTScore: &gas, Recommend: &rec,
			SessionRatings: []float64{4, 5}, Covariates: []float64{3}},
		{ID: "d", Role: "hr", Start: recStart},
		{ID: "m", Role: "it", Start: recStart},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Fatalf("Records (-want +got):\n%s", d)
	}
	// Results never alias inputs.
	got[2].SessionRatings[0] = 1
	*got[2].GASTScore = 0
	if outcomes[0].SessionRatings[0] != 4 || gas != 55 {
		t.Error("records share memory with the outcomes")
	}
}

func TestRecordsErrors(t *testing.T) {
	people := []mentoring.Person{{ID: "a"}, {ID: "a"}, {ID: ""}}
	rels := []mentoring.Relationship{relationship(t, "r1", "a", true, "zz")}
	outcomes := []report.Outcome{{PersonID: "a"}, {PersonID: "a"}, {PersonID: "nobody"}, {}}
	_, err := report.Records(people, rels, outcomes, recStart)
	type row struct{ Field, ID, Code string }
	var got []row
	list, ok := fault.List(err)
	if !ok {
		t.Fatalf("not every error is a FieldError: %v", err)
	}
	for _, e := range list {
		got = append(got, row{e.Field, e.ID, e.Code})
		if !errors.Is(e, evaluation.ErrOutOfRange) {
			t.Errorf("%v does not unwrap to evaluation.ErrOutOfRange", e)
		}
	}
	want := []row{
		{"people[1].id", "a", "duplicate"},
		{"people[2].id", "", "required"},
		{"relationships[0].menteeIds[0]", "zz", "unknownPerson"},
		{"outcomes[1].personId", "a", "duplicate"},
		{"outcomes[2].personId", "nobody", "unknownPerson"},
		{"outcomes[3].personId", "", "required"},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("errors (-want +got):\n%s", d)
	}
}

func TestRecordsMessages(t *testing.T) {
	if err := fault.CheckTable(report.RecordMessagesForTest); err != nil {
		t.Error(err)
	}
}

// Records feed New: with no one mentored the report refuses them with its
// own error, and with both groups it runs.
func TestRecordsIntoReport(t *testing.T) {
	var people []mentoring.Person
	var rels []mentoring.Relationship
	for i := range 40 {
		id := fmt.Sprintf("p%02d", i)
		people = append(people, mentoring.Person{ID: id, Department: "it"})
		if i%2 == 0 {
			rels = append(rels, relationship(t, "r"+id, "mentor", true, id))
		}
	}
	recs, err := report.Records(people, rels, nil, recStart)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := report.New(recs, report.Config{End: recEnd}); err != nil {
		t.Fatalf("New(Records(...)): %v", err)
	}
}

func TestOutcomeJSON(t *testing.T) {
	gas := 50.0
	jsontest.RoundTrip(t, report.Outcome{PersonID: "x", Exit: recStart, ExitCause: report.ExitLeft, GASTScore: &gas, Covariates: []float64{1}})
}

// FuzzRecords: IDs drawn from a few letters (so duplicates and unknown
// references happen): never a panic; on success one record per person,
// mentored only for mentees.
func FuzzRecords(f *testing.F) {
	f.Add("abc", "bc", "ca", true)
	f.Add("aab", "", "zz", false)
	f.Fuzz(func(t *testing.T, ids, mentees, outs string, active bool) {
		var people []mentoring.Person
		for _, c := range ids {
			people = append(people, mentoring.Person{ID: string(c)})
		}
		var rels []mentoring.Relationship
		for i, c := range mentees {
			r := mentoring.Relationship{ID: fmt.Sprint("r", i), MenteeIDs: []string{string(c)}, State: mentoring.StateActive,
				Transitions: []mentoring.Transition{{To: mentoring.StateProposed}}}
			if active {
				r.Transitions = append(r.Transitions, mentoring.Transition{To: mentoring.StateActive})
			}
			rels = append(rels, r)
		}
		var outcomes []report.Outcome
		for _, c := range outs {
			outcomes = append(outcomes, report.Outcome{PersonID: string(c), SessionRatings: []float64{1}})
		}
		recs, err := report.Records(people, rels, outcomes, recStart)
		if err != nil {
			return
		}
		if len(recs) != len(people) {
			t.Fatalf("%d records for %d people", len(recs), len(people))
		}
		for i, r := range recs {
			if r.ID != people[i].ID {
				t.Fatalf("record %d is %q, want %q", i, r.ID, people[i].ID)
			}
			isMentee := false
			for _, rel := range rels {
				isMentee = isMentee || (active && rel.MenteeIDs[0] == r.ID)
			}
			if r.Mentored != isMentee {
				t.Fatalf("%s mentored = %v, want %v", r.ID, r.Mentored, isMentee)
			}
		}
	})
}
