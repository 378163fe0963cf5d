package quality

import (
	"errors"
	"math"
	"testing"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/matching"
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
	var fe *FieldError
	require.True(t, errors.As(err, &fe))
	require.Equal(t, FieldError{Field: "unmatched[0].id", ID: "b", Code: "noGroup", Err: ErrUnknownID, Text: fe.Text}, *fe)
	require.NotEmpty(t, fe.Text.NL)
}

// TestAuditGroupsErrors: each slice of the wrong length is reported, and
// every matched mentee with a non-finite score.
func TestAuditGroupsErrors(t *testing.T) {
	_, err := AuditGroups([]string{"a", "b"}, []bool{true}, nil)
	require.ErrorIs(t, err, matching.ErrShape)
	list, ok := fault.List(err)
	require.True(t, ok)
	require.Len(t, list, 2)
	require.Equal(t, "matched", list[0].Field)
	require.Equal(t, "score", list[1].Field)
	require.Equal(t, "lengthMismatch", list[1].Code)
	_, err = AuditGroups([]string{"a", "b", "c"}, []bool{true, false, true}, []float64{math.NaN(), math.NaN(), math.Inf(1)})
	require.ErrorIs(t, err, matching.ErrNaN)
	list, _ = fault.List(err)
	require.Len(t, list, 2, "the unmatched mentee's score is ignored")
	require.Equal(t, "score[2]", list[1].Field)
}
