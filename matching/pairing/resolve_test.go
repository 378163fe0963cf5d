package pairing

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/mentoring"
)

// TestProgrammeByIDs: a programme stored as JSON with only person IDs and
// roles pairs through Config.Directory exactly as the hand-built one with
// full people does; an unknown ID names the person, and without a
// directory the unresolved participants are a validation error.
func TestProgrammeByIDs(t *testing.T) {
	staff := []mentoring.Person{
		pairPerson("top", 20, mentoring.LevelExecutive), pairPerson("far", 12, mentoring.LevelLead),
		pairPerson("mid", 6, mentoring.LevelSenior), pairPerson("low", 1, mentoring.LevelJunior),
		pairPerson("new", 2, mentoring.LevelJunior),
	}
	staff[1].ManagerID, staff[2].ManagerID, staff[3].ManagerID, staff[4].ManagerID = "top", "top", "mid", "far"
	staff[3].Skills = []mentoring.Skill{{Name: "sales", Level: 2}}
	dir := pairDirectory(t, mentoring.DirectoryStrict, staff...)
	find := func(id string) mentoring.Person { p, _ := dir.Person(id); return p }
	hand := pairProg(mentoring.FormatOneToOne,
		pairMentor(find("top"), 1, "sales"), pairMentor(find("far"), 1),
		pairMentee(find("low"), "sales"), pairMentee(find("new")))
	stored := `{"id":"prog","name":"Test programme","format":"oneToOne","participants":[
		{"personId":"top","role":"mentor","capacity":1,"offers":["sales"],"hoursPerMonth":0},
		{"personId":"far","role":"mentor","capacity":1,"hoursPerMonth":0},
		{"personId":"low","role":"mentee","wantsToDevelop":["sales"],"hoursPerMonth":0},
		{"personId":"new","role":"mentee","hoursPerMonth":0}]}`
	var byIDs mentoring.Programme
	require.NoError(t, json.Unmarshal([]byte(stored), &byIDs))

	cfg := Config{Directory: dir, Rules: Rules{ReportingLevels: 1}}
	want, err := Solve(hand, cfg)
	require.NoError(t, err)
	got, err := Solve(byIDs, cfg)
	require.NoError(t, err)
	if d := cmp.Diff(want, got, cmpopts.IgnoreUnexported(Result{})); d != "" {
		t.Errorf("by IDs (-hand-built +got):\n%s", d)
	}
	// The directory's reporting line reached the rules: far manages new.
	pr, err := New(byIDs, cfg)
	require.NoError(t, err)
	x, err := pr.Explain("far", "new")
	require.NoError(t, err)
	require.Equal(t, []Rule{RuleReportingLine}, x.Rules)

	// An unknown ID, a stated person that disagrees, and no directory.
	bad := byIDs.Clone()
	bad.Participants[3].PersonID = "nwe"
	bad.Participants[2].Person = find("low")
	bad.Participants[2].Person.Department = "Sales"
	_, err = New(bad, cfg)
	require.ErrorIs(t, err, mentoring.ErrUnknownReference)
	require.ErrorIs(t, err, mentoring.ErrDuplicate)
	require.ErrorContains(t, err, "participants[3].personId")
	require.ErrorContains(t, err, "participants[2].person.department")
	_, err = New(byIDs, Config{})
	require.ErrorIs(t, err, mentoring.ErrMissing)
	require.ErrorContains(t, err, "participants[0].personId")
}
