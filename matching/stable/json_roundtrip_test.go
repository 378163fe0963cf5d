package stable

import (
	"math"
	"testing"

	"github.com/mentorkit/mentorkit/internal/jsontest"
	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"
)

// TestJSONRoundTrip builds every result type of the package from
// degenerate inputs and checks that it marshals and decodes back equal.
func TestJSONRoundTrip(t *testing.T) {
	// Empty market: no mentees, no mentors.
	empty, err := Match(Preferences{}, SideMentee)
	require.NoError(t, err)
	jsontest.RoundTrip(t, empty)
	jsontest.RoundTrip(t, Preferences{})
	// Empty lists: nobody is acceptable, nobody is matched.
	p := Preferences{Mentees: [][]int{{}, {}}, Mentors: [][]int{{}}, Capacity: []int{0}}
	jsontest.RoundTrip(t, p)
	none, err := Match(p, SideMentor)
	require.NoError(t, err)
	require.Equal(t, []int{-1, -1}, none.MenteeToMentor)
	jsontest.RoundTrip(t, none)
	// An empty but non-nil capacity stays distinct from nil (one each).
	jsontest.RoundTrip(t, Preferences{Mentees: [][]int{}, Mentors: [][]int{}, Capacity: []int{}})

	// Preferences from all-forbidden scores: every list empty.
	inf := math.Inf(-1)
	forbidden := mat.NewDense(2, 1, []float64{inf, inf})
	fp, err := PreferencesFromScores(forbidden, nil, nil)
	require.NoError(t, err)
	jsontest.RoundTrip(t, fp)

	// Price with nothing matched: both totals 0, ratio 1; and a stable
	// total of 0 against a positive optimum: ratio +Inf.
	pr, err := PriceOfStability(forbidden, nil, []int{-1, -1})
	require.NoError(t, err)
	jsontest.RoundTrip(t, pr)
	pr, err = PriceOfStability(mat.NewDense(1, 1, []float64{0.5}), nil, []int{-1})
	require.NoError(t, err)
	require.True(t, math.IsInf(pr.Ratio, 1))
	b := jsontest.RoundTrip(t, pr)
	require.Contains(t, string(b), `"ratio":"Infinity"`)

	bp, err := BlockingPairs(Preferences{Mentees: [][]int{{0}}, Mentors: [][]int{{0}}}, []int{-1})
	require.NoError(t, err)
	jsontest.RoundTrip(t, bp)
	jsontest.RoundTrip(t, SideMentor)

	// Ties: ranks on one side only, a nil row (strict list) and an empty
	// row beside it; strict preferences leave both rank fields out.
	tied := Preferences{Mentees: [][]int{{0}, {}}, Mentors: [][]int{{1, 0}}, MentorRanks: [][]int{{3, 3}}, MenteeRanks: [][]int{nil, {}}}
	require.NoError(t, tied.Validate())
	jsontest.RoundTrip(t, tied)
	b = jsontest.RoundTrip(t, p)
	require.NotContains(t, string(b), "Ranks")

	// Roommates: nobody; nobody acceptable; no stable matching (the
	// rotation is kept, the partners are null).
	rm, err := Roommates(nil)
	require.NoError(t, err)
	jsontest.RoundTrip(t, rm)
	rm, err = Roommates([][]int{{}, {}})
	require.NoError(t, err)
	require.Equal(t, []int{-1, -1}, rm.Partner)
	b = jsontest.RoundTrip(t, rm)
	require.NotContains(t, string(b), `"rotation":`)
	rm, err = Roommates([][]int{{1, 2}, {2, 0}, {0, 1}})
	require.ErrorIs(t, err, ErrNoStableMatching)
	b = jsontest.RoundTrip(t, rm)
	require.Contains(t, string(b), `"partner":null`)
	jsontest.RoundTrip(t, PeerPair{Person: 2, Partner: 0})
}
