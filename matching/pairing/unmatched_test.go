package pairing_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/mentoring"
)

// TestUnmatchedCounts: the case the issue names. Only anna speaks Dutch,
// and two Dutch-speaking mentees want her place; with the shared-language
// rule one of them stays unmatched, capacity exhausted: bram and chen
// (English only) are forbidden by the language rule (2), anna is allowed
// and full (1), and Reasons names one more place for anna.
func TestUnmatchedCounts(t *testing.T) {
	person := func(id string, years float64, langs ...string) mentoring.Person {
		return mentoring.Person{ID: id, Name: id, Seniority: mentoring.Seniority{Level: mentoring.LevelSenior, Years: years}, Languages: langs}
	}
	mentor := func(p mentoring.Person) mentoring.Participant {
		return mentoring.Participant{Person: p, Role: mentoring.RoleMentor, Capacity: 1}
	}
	mentee := func(p mentoring.Person) mentoring.Participant {
		return mentoring.Participant{Person: p, Role: mentoring.RoleMentee}
	}
	prog := mentoring.Programme{ID: "p", Name: "p", Format: mentoring.FormatOneToOne, Participants: []mentoring.Participant{
		mentor(person("anna", 15, "nl")), mentor(person("bram", 15, "en")), mentor(person("chen", 15, "en")),
		mentee(person("daan", 1, "nl")), mentee(person("eva", 1, "nl")),
	}}
	p, err := pairing.New(prog, pairing.Config{Rules: pairing.Rules{SharedLanguage: true}})
	require.NoError(t, err)
	res, err := p.Solve()
	require.NoError(t, err)
	require.Equal(t, 1, res.Matched)
	u := res.Unmatched[0]
	require.Equal(t, pairing.ReasonCapacityExhausted, u.Reason)
	require.Equal(t, []pairing.RuleCount{{Rule: pairing.RuleNoSharedLanguage, Count: 2}}, u.Rules)
	require.Equal(t, 1, u.Allowed)
	require.Equal(t, 1, u.Full)
	rs, err := p.Reasons(res)
	require.NoError(t, err)
	require.Len(t, rs, 1)
	require.NotNil(t, rs[0].Remedy)
	require.Equal(t, "anna", rs[0].Remedy.MentorID)
	require.Equal(t, pairing.RuleNone, rs[0].Remedy.Rule)
}
