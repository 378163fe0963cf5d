package quality

import (
	"testing"

	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/matching/stable"
	"github.com/stretchr/testify/require"
)

// TestAuditResult: mentee a is paired (score 0.5), b is not, and the
// unmatched mentor m is no mentee: group x has 2 mentees, 1 matched.
func TestAuditResult(t *testing.T) {
	res := pairing.Result{
		Pairs:     []pairing.Match{{MentorID: "m0", MenteeID: "a", Score: 0.5}},
		Unmatched: []pairing.Unmatched{{ID: "b", Side: stable.SideMentee}, {ID: "m", Side: stable.SideMentor}},
	}
	a, err := AuditResult(res, map[string]string{"a": "x", "b": "x"})
	require.NoError(t, err)
	require.Len(t, a.Groups, 1)
	g := a.Groups[0]
	require.Equal(t, GroupStats{Group: "x", Size: 2, Matched: 1, MatchRate: 0.5, MeanScore: 0.5, RateRatio: 1, ScoreRatio: 1}, g)
	_, err = AuditResult(res, map[string]string{"a": "x"})
	require.ErrorIs(t, err, ErrUnknownID)
}
