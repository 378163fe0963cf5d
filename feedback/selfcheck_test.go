package feedback

import (
	"math"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/internal/faulttest"
	"github.com/mentorkit/mentorkit/mentoring"
)

var day0 = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// scenario: an active relationship r1 (mentor m1, mentee e1) with four
// fortnightly sessions; the mentor started three, talked 0.6, 0.7 and 0.5
// where recorded; expectations came up only in the second session; goal
// g1 was worked on in sessions 1 and 3, g2 never.
func scenario(t *testing.T) (mentoring.Health, []mentoring.Session) {
	t.Helper()
	r, err := mentoring.Propose(mentoring.Relationship{ID: "r1", ProgrammeID: "p", MentorID: "m1", MenteeIDs: []string{"e1"}}, day0)
	require.NoError(t, err)
	r, err = r.Activate(day0.Add(time.Hour))
	require.NoError(t, err)
	s := func(id string, d int, by string, talk float64, exp bool, goals ...string) mentoring.Session {
		ses := mentoring.Session{ID: id, RelationshipID: "r1", Start: day0.Add(time.Duration(d) * 24 * time.Hour),
			Duration: time.Hour, InitiatedBy: by, ExpectationsDiscussed: exp, GoalIDs: goals}
		if talk > 0 {
			ses.MentorTalkShare = mentoring.TalkShare(talk)
		}
		return ses
	}
	sessions := []mentoring.Session{
		s("s3", 30, "m1", 0, false, "g1"),
		s("s1", 2, "e1", 0.6, false, "g1", "other"),
		s("s2", 16, "m1", 0.7, true),
		s("s4", 44, "m1", 0.5, false),
	}
	h, err := mentoring.AssessHealth(r, sessions, 14*24*time.Hour, day0.Add(50*24*time.Hour), mentoring.HealthConfig{})
	require.NoError(t, err)
	return h, sessions
}

func TestSelfCheck(t *testing.T) {
	h, sessions := scenario(t)
	in := SelfCheckInput{Health: h, Sessions: sessions, GoalIDs: []string{"g1", "g2"},
		CoreValues: []SubscaleStats{{Subscale: "ownership", N: 6, Mean: 3.2, Index: 55}, {Subscale: "curiosity", N: 0, Mean: math.NaN(), Index: math.NaN()}}}
	got, err := SelfCheck(in, SelfCheckConfig{})
	require.NoError(t, err)
	type row struct {
		Code, Subject    string
		Value, Threshold float64
		Known, Concern   bool
		Basis            int
		Missing          []string
	}
	var rows []row
	for _, s := range got.Signals {
		rows = append(rows, row{s.Code, s.Subject, s.Value, s.Threshold, s.Known, s.Concern, s.Basis, s.Missing})
	}
	// By hand: the mentee started 1 of 4 sessions (0.25 < 0.5); the talk
	// share is (0.6 + 0.7 + 0.5)/3 = 0.6 > 0.5; the first session (s1, day
	// 2) did not discuss expectations; goals: g1 of {g1, g2} worked on
	// (0.5 < 1), sessions on a goal: s1 and s3 of 4 (0.5, not below 0.5);
	// ownership index 55 < 60; curiosity was suppressed in the survey.
	want := []row{
		{SignalInitiative, "", 0.25, 0.5, true, true, 4, nil},
		{SignalTalkShare, "", 0.6, 0.5, true, true, 3, nil},
		{SignalExpectationsFirst, "", 0, 1, true, true, 1, nil},
		{SignalGoalsCovered, "", 0.5, 1, true, true, 2, []string{"g2"}},
		{SignalSessionsOnGoals, "", 0.5, 0.5, true, false, 4, nil},
		{SignalCoreValue, "ownership", 55, 60, true, true, 6, nil},
		{SignalCoreValue, "curiosity", 0, 60, false, false, 0, nil},
	}
	if diff := cmp.Diff(want, rows, approx()); diff != "" {
		t.Errorf("signals (-want +got):\n%s", diff)
	}
	require.Len(t, got.Concerns(), 5)
	require.Equal(t, "Wie neemt het initiatief voor de mentorgesprekken?", got.Signals[0].Question[1])
}

func TestSelfCheckErrors(t *testing.T) {
	h, sessions := scenario(t)
	other := append([]mentoring.Session(nil), sessions...)
	other[0].RelationshipID = "r2"
	_, err := SelfCheck(SelfCheckInput{Health: h, Sessions: other[:3], GoalIDs: []string{"g1", "g1", ""},
		CoreValues: []SubscaleStats{{Subscale: "x", Index: 101}}}, SelfCheckConfig{MinGoalsCovered: 2})
	require.ErrorIs(t, err, ErrInvalid)
	require.ErrorIs(t, err, ErrDuplicate)
	require.ErrorIs(t, err, ErrOutOfRange)
	for _, want := range []struct{ field, code string }{
		{"sessions", "sessionCount"}, {"sessions[0].relationshipId", "otherRelationship"}, {"goalIds[1]", "duplicate"},
		{"goalIds[2]", "required"}, {"coreValues[0].index", "indexRange"},
	} {
		// Every problem of the input names the relationship it is about.
		require.Equal(t, h.RelationshipID, faulttest.Require(t, err, want.field, want.code).ID, want.field)
	}
	require.Empty(t, faulttest.Require(t, err, "cfg.minGoalsCovered", "outOfRange").ID) // the config concerns no one
	require.Equal(t, "komt al voor bij goalIds[0]", faulttest.Require(t, err, "goalIds[1]", "duplicate").Message(true))
	// A session mentoring rejects comes back under its place in the input.
	bad := append([]mentoring.Session(nil), sessions...)
	bad[1].InitiatedBy = ""
	_, err = SelfCheck(SelfCheckInput{Health: h, Sessions: bad}, SelfCheckConfig{})
	require.ErrorContains(t, err, "sessions[1]")
	_, err = SelfCheck(SelfCheckInput{}, SelfCheckConfig{})
	require.ErrorContains(t, err, "health.relationshipId")
}
