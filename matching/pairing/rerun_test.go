package pairing_test

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/internal/jsontest"
	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/mentoring"
)

var (
	jan = time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)
	apr = time.Date(2026, 4, 6, 9, 0, 0, 0, time.UTC)
)

// skillsOnly is the configuration whose scores the package examples work
// out by hand: daan–bram 0.50, eva–bram 1.00, femke–anna 0.50, every
// other allowed pair 0.00; anna may not mentor daan (reporting line).
func skillsOnly() pairing.Config {
	w := pairing.Weights{Skills: 1}
	return pairing.Config{Weights: &w}
}

// TestRematchPenalty: active pairs bram–daan 0.50, anna–femke 0.50,
// chen–eva 0.00 (total 1.00). The free optimum moves daan to chen and eva
// to bram: 0.00 + 1.00 + 0.50 = 1.50, keeping anna–femke. With penalty p
// per changed pair, keeping all three is worth 1.00 + 3p and the optimum
// 1.50 + p, so the pairs stay exactly when 2p > 0.50, p > 0.25: at 0.2
// the pairing moves (nothing given up), at 0.3 it stays (0.50 given up).
func TestRematchPenalty(t *testing.T) {
	st := pairing.State{ProgrammeID: "spring", Active: []pairing.Tenure{
		{MentorID: "bram", MenteeID: "daan", Since: jan}, {MentorID: "chen", MenteeID: "eva", Since: jan},
		{MentorID: "anna", MenteeID: "femke", Since: jan},
	}}
	moved, err := pairing.Rematch(exampleProgramme(), skillsOnly(), st, nil, 0.2, apr)
	require.NoError(t, err)
	want := pairing.ResultDiff{
		Moved:       []pairing.Change{{MenteeID: "daan", From: "bram", To: "chen"}, {MenteeID: "eva", From: "chen", To: "bram"}},
		Unchanged:   1,
		ScoreChange: 0.5,
	}
	if d := cmp.Diff(want, moved.Diff, cmp.Comparer(func(a, b float64) bool { return a-b < 1e-12 && b-a < 1e-12 })); d != "" {
		t.Fatalf("diff at penalty 0.2 (-want +got):\n%s", d)
	}
	require.Equal(t, 1, moved.Kept)
	require.InDelta(t, 0, moved.ScoreGivenUp, 1e-12)
	require.InDelta(t, 1.5, moved.Result.TotalScore, 1e-12)
	// The new state: anna–femke since January, the two new pairs since
	// April, the two moved pairs ended in April.
	require.Equal(t, []pairing.Tenure{
		{MentorID: "chen", MenteeID: "daan", Since: apr}, {MentorID: "bram", MenteeID: "eva", Since: apr},
		{MentorID: "anna", MenteeID: "femke", Since: jan},
	}, moved.State.Active)
	require.Equal(t, []pairing.Tenure{
		{MentorID: "bram", MenteeID: "daan", Since: jan, Until: apr, Outcome: mentoring.ReasonOther},
		{MentorID: "chen", MenteeID: "eva", Since: jan, Until: apr, Outcome: mentoring.ReasonOther},
	}, moved.State.Ended)
	jsontest.RoundTrip(t, moved.State)
	// The whole outcome reads back to the same JSON.
	b1, err := json.Marshal(moved)
	require.NoError(t, err)
	var back pairing.Rematching
	require.NoError(t, json.Unmarshal(b1, &back))
	b2, err := json.Marshal(back)
	require.NoError(t, err)
	require.JSONEq(t, string(b1), string(b2))

	kept, err := pairing.Rematch(exampleProgramme(), skillsOnly(), st, nil, 0.3, apr)
	require.NoError(t, err)
	require.Equal(t, 3, kept.Kept)
	require.Equal(t, 3, kept.Diff.Unchanged)
	require.InDelta(t, 0.5, kept.ScoreGivenUp, 1e-12)
	require.Equal(t, st.Active, kept.State.Active)

	// The kept result is explained by the Pairing of the new programme
	// and settings: forcing bram–eva (the free optimum) gains 0.50.
	p, err := pairing.New(kept.Programme, kept.Config)
	require.NoError(t, err)
	why, err := p.WhyNot(kept.Result, "bram", "eva")
	require.NoError(t, err)
	require.InDelta(t, -0.5, why.ScoreLoss, 1e-12)
	require.False(t, why.HasBound)
}

// TestRematchEvents: from the free optimum (bram–eva, anna–femke,
// chen–daan), femke's manager becomes anna (anna–femke now breaks the
// reporting line and ends), bram–eva ends as not a good fit (banned from
// now on), daan leaves, and gijs joins as a mentee. With a large penalty:
// chen is free (daan left) and takes eva or femke or gijs at 0.00 each
// (ties by ID: eva); bram may not take eva (ban) and takes femke (0.00)…
// the optimum pairs three mentees at total 0.00 whatever it picks, so the
// test checks what the rules and events fix, not the tie.
func TestRematchEvents(t *testing.T) {
	st := pairing.State{ProgrammeID: "spring", Active: []pairing.Tenure{
		{MentorID: "chen", MenteeID: "daan", Since: jan}, {MentorID: "bram", MenteeID: "eva", Since: jan},
		{MentorID: "anna", MenteeID: "femke", Since: jan},
	}}
	femke := exampleProgramme().Participants[5].Person
	femke.ManagerID = "anna"
	gijs := mentoring.Participant{Person: mentoring.Person{ID: "gijs", Name: "gijs", Seniority: mentoring.Seniority{Level: mentoring.LevelJunior, Years: 1}}, Role: mentoring.RoleMentee}
	events := []pairing.Event{
		{Kind: pairing.EventPersonChanged, Person: &femke},
		{Kind: pairing.EventPairEnded, MentorID: "bram", MenteeID: "eva", Outcome: mentoring.ReasonNotAGoodFit},
		{Kind: pairing.EventMenteeLeft, MenteeID: "daan"},
		{Kind: pairing.EventJoined, Participant: &gijs},
	}
	out, err := pairing.Rematch(exampleProgramme(), skillsOnly(), st, events, 5, apr)
	require.NoError(t, err)
	require.Len(t, out.Broken, 1)
	require.Equal(t, "anna", out.Broken[0].MentorID)
	require.Equal(t, "femke", out.Broken[0].MenteeID)
	require.Equal(t, []pairing.Rule{pairing.RuleReportingLine}, out.Broken[0].Rules)
	require.Equal(t, 0, out.Kept)
	require.Contains(t, out.Config.Rules.Bans, pairing.PairRef{MentorID: "bram", MenteeID: "eva"})
	require.Contains(t, out.Config.Rules.Previous, pairing.PairRef{MentorID: "bram", MenteeID: "eva"})
	for _, q := range out.Result.Pairs {
		require.NotEqual(t, pairing.PairRef{MentorID: "bram", MenteeID: "eva"}, pairing.PairRef{MentorID: q.MentorID, MenteeID: q.MenteeID})
		require.NotEqual(t, "anna/femke", q.MentorID+"/"+q.MenteeID)
		require.NotEqual(t, "daan", q.MenteeID)
	}
	require.Equal(t, 3, out.Result.Matched) // eva, femke, gijs; three mentors
	require.Equal(t, []pairing.Change{{MenteeID: "daan", From: "chen"}}, out.Diff.Unmatched)
	// daan left: out of the programme and the state.
	_, inProg := out.Programme.Participant("daan")
	require.False(t, inProg)
	for _, a := range out.State.Active {
		require.NotEqual(t, "daan", a.MenteeID)
		require.Equal(t, apr, a.Since)
	}
	require.Len(t, out.State.Ended, 3) // bram–eva, anna–femke (rule), chen–daan (left)
	jsontest.RoundTrip(t, out.State)
	jsontest.RoundTrip(t, out.Diff)

	// The next run, from the stored state with no events, keeps every
	// pair and never forms anna–femke again (a previous pair now).
	next, err := pairing.Rematch(out.Programme, skillsOnly(), out.State, nil, 5, apr.AddDate(0, 3, 0))
	require.NoError(t, err)
	require.Contains(t, next.Config.Rules.Previous, pairing.PairRef{MentorID: "anna", MenteeID: "femke"})
	require.Equal(t, out.State.Active, next.State.Active)
	require.Equal(t, out.Result.Matched, next.Kept)
}

// TestRematchErrors: every bad event is named by its index and ID, and
// nothing panics.
func TestRematchErrors(t *testing.T) {
	st := pairing.State{ProgrammeID: "spring", Active: []pairing.Tenure{{MentorID: "bram", MenteeID: "eva", Since: jan}},
		Ended: []pairing.Tenure{{MentorID: "chen", MenteeID: "daan", Since: jan, Until: jan.AddDate(0, 1, 0), Outcome: mentoring.ReasonOther}}}
	cases := []struct {
		name   string
		st     pairing.State
		events []pairing.Event
		pen    float64
		want   []string
	}{
		{"unknown mentee", st, []pairing.Event{{Kind: pairing.EventMenteeLeft, MenteeID: "zoe"}}, 1, []string{"unknownMentee events[0].menteeId zoe"}},
		{"unknown mentor", st, []pairing.Event{{Kind: pairing.EventCapacityChanged, MentorID: "eva", Capacity: 2}}, 1, []string{"unknownMentor events[0].mentorId eva"}},
		{"not active", st, []pairing.Event{{Kind: pairing.EventPairEnded, MentorID: "anna", MenteeID: "femke"}}, 1, []string{"eventPairNotActive events[0] spring/anna/femke"}},
		{"already ended", st, []pairing.Event{{Kind: pairing.EventPairEnded, MentorID: "chen", MenteeID: "daan"}}, 1, []string{"eventPairEnded events[0] spring/chen/daan"}},
		{"ended twice", st, []pairing.Event{{Kind: pairing.EventPairEnded, MentorID: "bram", MenteeID: "eva"}, {Kind: pairing.EventPairEnded, MentorID: "bram", MenteeID: "eva"}}, 1, []string{"eventPairEnded events[1] spring/bram/eva"}},
		{"capacity", st, []pairing.Event{{Kind: pairing.EventCapacityChanged, MentorID: "bram", Capacity: 0}}, 1, []string{"outOfRange events[0].capacity bram"}},
		{"joined twice", st, []pairing.Event{{Kind: pairing.EventJoined, Participant: &mentoring.Participant{Person: mentoring.Person{ID: "eva"}, Role: mentoring.RoleMentee}}}, 1, []string{"alreadyMentee events[0].participant.person.id eva"}},
		{"no kind", st, []pairing.Event{{}}, 1, []string{"unknownEventKind events[0].kind "}},
		{"other programme", pairing.State{ProgrammeID: "autumn"}, nil, 1, []string{"stateFromOtherProgramme state.programmeId autumn"}},
		{"state of strangers", pairing.State{ProgrammeID: "spring", Active: []pairing.Tenure{{MentorID: "zed", MenteeID: "eva"}}}, nil, 1, []string{"unknownMentor state.active[0].mentorId zed"}},
		{"penalty", st, nil, -1, []string{"badPenalty penalty "}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := pairing.Rematch(exampleProgramme(), skillsOnly(), c.st, c.events, c.pen, apr)
			require.Error(t, err)
			var got []string
			list, ok := faultList(err)
			require.True(t, ok, "%v", err)
			for _, e := range list {
				require.NotEmpty(t, e.Text.NL)
				got = append(got, e.Code+" "+e.Field+" "+e.ID)
			}
			require.Equal(t, c.want, got)
		})
	}
}

// TestRematchGroup: a running group programme. Solve's circles, kept
// with a large penalty and no events, stay as they are; when a mentor
// leaves, the circles are formed again and none is left below the group
// minimum.
func TestRematchGroup(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 17))
	for trial := range 20 {
		prog := groupProgramme(rng, 3+rng.IntN(3), 6+rng.IntN(10))
		res, err := pairing.Solve(prog, pairing.Config{})
		require.NoError(t, err)
		out, err := pairing.Rematch(prog, pairing.Config{}, res.State(jan), nil, 100, apr)
		require.NoError(t, err, "trial %d", trial)
		require.Equal(t, res.Pairs, out.Result.Pairs, "trial %d", trial)
		require.Equal(t, res.Circles, out.Result.Circles, "trial %d", trial)
		if len(res.Circles) == 0 {
			continue
		}
		gone := []pairing.Event{{Kind: pairing.EventMentorLeft, MentorID: res.Circles[0].MentorID}}
		out, err = pairing.Rematch(prog, pairing.Config{}, res.State(jan), gone, 0.5, apr)
		require.NoError(t, err, "trial %d", trial)
		for _, c := range out.Result.Circles {
			require.NotEqual(t, res.Circles[0].MentorID, c.MentorID)
			require.GreaterOrEqual(t, len(c.MenteeIDs), prog.GroupSize.Min, "trial %d: circle %v", trial, c)
		}
	}
}

// groupProgramme draws a group programme of nM mentors (capacity 6)
// and nE mentees with random skills, groups of 3 to 5.
func groupProgramme(rng *rand.Rand, nM, nE int) mentoring.Programme {
	skills := []string{"Go", "AI", "retail"}
	prog := mentoring.Programme{ID: "circles", Name: "Circles", Format: mentoring.FormatGroup, GroupSize: mentoring.GroupSize{Min: 3, Max: 5}}
	for i := range nM {
		p := mentoring.Person{ID: fmt.Sprintf("m%d", i), Name: "m", Seniority: mentoring.Seniority{Level: mentoring.LevelLead, Years: 15}, Skills: []mentoring.Skill{{Name: skills[rng.IntN(3)], Level: 5}}}
		prog.Participants = append(prog.Participants, mentoring.Participant{Person: p, Role: mentoring.RoleMentor, Capacity: 6, Offers: []string{p.Skills[0].Name}})
	}
	for i := range nE {
		p := mentoring.Person{ID: fmt.Sprintf("e%02d", i), Name: "e", Seniority: mentoring.Seniority{Level: mentoring.LevelJunior, Years: 1}}
		prog.Participants = append(prog.Participants, mentoring.Participant{Person: p, Role: mentoring.RoleMentee, WantsToDevelop: []string{skills[rng.IntN(3)]}})
	}
	return prog
}

// TestResultState: the state a first Solve starts (pairs active since
// then, the unmatched waiting), re-matched with no events, keeps every
// pair and gives nothing up: the result is already the optimum. A result
// decoded from JSON starts the same state.
func TestResultState(t *testing.T) {
	res, err := pairing.Solve(exampleProgramme(), skillsOnly())
	require.NoError(t, err)
	st := reload(t, res).State(jan)
	require.Equal(t, res.State(jan), st)
	require.Len(t, st.Active, res.Matched)
	out, err := pairing.Rematch(exampleProgramme(), skillsOnly(), st, nil, 0.1, apr)
	require.NoError(t, err)
	require.Equal(t, res.Matched, out.Kept)
	require.Equal(t, res.Matched, out.Diff.Unchanged)
	require.InDelta(t, 0, out.ScoreGivenUp, 1e-12)
	require.Equal(t, st.Active, out.State.Active)
	jsontest.RoundTrip(t, pairing.Event{Kind: pairing.EventJoined, Participant: &exampleProgramme().Participants[0], Outcome: mentoring.ReasonDeclined})
	var k pairing.EventKind
	require.ErrorIs(t, k.UnmarshalText([]byte("promoted")), pairing.ErrUnknownEnum)
	require.NoError(t, k.UnmarshalText([]byte("MentorLeft")))
	require.Equal(t, pairing.EventMentorLeft, k)
}

// TestRematchDirectory: a manager change given as an updated directory
// alone. The programme's people are the directory's; femke now reports
// to anna, so the running pair anna–femke breaks the reporting line and
// is re-matched.
func TestRematchDirectory(t *testing.T) {
	var people []mentoring.Person
	for _, q := range exampleProgramme().Participants {
		people = append(people, q.Person)
	}
	before, err := mentoring.NewDirectory(people, mentoring.DirectoryStrict)
	require.NoError(t, err)
	people[5].ManagerID = "anna" // femke
	after, err := mentoring.NewDirectory(people, mentoring.DirectoryStrict)
	require.NoError(t, err)
	cfg := skillsOnly()
	cfg.Directory = before
	res, err := pairing.Solve(exampleProgramme(), cfg)
	require.NoError(t, err)
	cfg.Directory = after
	out, err := pairing.Rematch(exampleProgramme(), cfg, res.State(jan), nil, 5, apr)
	require.NoError(t, err)
	require.Len(t, out.Broken, 1)
	require.Equal(t, "anna", out.Broken[0].MentorID)
	require.Equal(t, "femke", out.Broken[0].MenteeID)
	require.Equal(t, []pairing.Rule{pairing.RuleReportingLine}, out.Broken[0].Rules)
	femke, _ := out.Programme.Participant("femke")
	require.Equal(t, "anna", femke.Person.ManagerID)
}
