package stable

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/mentorkit/mentorkit/matching"
	"github.com/mentorkit/mentorkit/matching/internal/testkit"
	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"
)

// TestPriceOfStability: scores (mutual, rows mentees, columns mentors)
//
//	0.9 0.8
//	0.8 0.0
//
// Both rank by score, so mentee 0 and mentor 0 are each other's first
// choice and every stable matching pairs them; mentee 1 then gets
// mentor 1 (0.0): stable total 0.9. The optimum is 0.8 + 0.8 = 1.6,
// the price of stability 1.6/0.9.
func TestPriceOfStability(t *testing.T) {
	s := mat.NewDense(2, 2, []float64{0.9, 0.8, 0.8, 0})
	p, err := PreferencesFromScores(s, nil, nil)
	require.NoError(t, err)
	st, err := Match(p, SideMentee)
	require.NoError(t, err)
	require.Equal(t, []int{0, 1}, st.MenteeToMentor)
	ps, err := PriceOfStability(s, nil, st.MenteeToMentor)
	require.NoError(t, err)
	require.InDelta(t, 1.6, ps.Optimal, 1e-12)
	require.InDelta(t, 0.9, ps.Stable, 1e-12)
	require.InDelta(t, 1.6/0.9, ps.Ratio, 1e-12)
	require.Equal(t, []int{1, 0}, ps.OptimalMatching)

	_, err = PriceOfStability(s, nil, []int{0, 0})
	require.ErrorIs(t, err, ErrInvalidMatching)
	_, err = PriceOfStability(s, []int{1}, []int{0, 1})
	require.ErrorIs(t, err, ErrConfig)
}

// TestPriceOfStabilityBruteForce: the optimum equals the best total over
// every matching with capacities where rows may stay unmatched.
func TestPriceOfStabilityBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(10, 5))
	for it := range 1000 {
		r, c := 1+rng.IntN(5), 1+rng.IntN(4)
		m := testkit.RandIntMatrix(rng, r, c, 10, 0.2, math.Inf(-1))
		capa := make([]int, c)
		for j := range capa {
			capa[j] = rng.IntN(3)
		}
		best := math.Inf(-1)
		for _, a := range testkit.Brute(m, capa, nil, nil, true) {
			best = max(best, a.Total)
		}
		mm := make([]int, r)
		for i := range mm {
			mm[i] = -1
		}
		ps, err := PriceOfStability(testkit.ToDense(m, c), capa, mm)
		require.NoError(t, err)
		require.Equal(t, best, ps.Optimal, "instance %d", it)
	}
}

// TestMatrixArgumentsShapeStable: the stable-matching entry points reject
// impossible dimensions with ErrShape, as Assign does, instead of
// panicking (PreferencesFromScores made a slice of length -1).
func TestMatrixArgumentsShapeStable(t *testing.T) {
	for _, m := range testkit.LyingShapes {
		_, err := PriceOfStability(m, nil, nil)
		require.ErrorIs(t, err, matching.ErrShape, "PriceOfStability")
		_, err = PreferencesFromScores(m, nil, nil)
		require.ErrorIs(t, err, matching.ErrShape, "PreferencesFromScores")
		_, err = PreferencesFromScores(m, m, nil)
		require.ErrorIs(t, err, matching.ErrShape, "PreferencesFromScores both")
	}
}
