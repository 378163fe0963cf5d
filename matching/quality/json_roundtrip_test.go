package quality

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mentorkit/mentorkit/internal/jsontest"
	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"
)

// TestJSONRoundTrip builds every result and config type of the package
// from degenerate inputs (no pairs, nobody matched, an unmatched group)
// and checks that it marshals and decodes back equal.
func TestJSONRoundTrip(t *testing.T) {
	inf := math.Inf(-1)
	// Nobody can be matched: Mean, Min, Gini and MeanMenteeRank are NaN.
	forbidden := mat.NewDense(2, 1, []float64{inf, inf})
	q, err := Measure(forbidden, nil, []int{-1, -1}, Options{})
	require.NoError(t, err)
	require.True(t, math.IsNaN(q.Mean))
	b := jsontest.RoundTrip(t, q)
	require.Contains(t, string(b), `"gini":"NaN"`)
	// Pairs scoring 0: Gini is NaN, the rest finite.
	q, err = Measure(mat.NewDense(1, 1, []float64{0}), nil, []int{0}, Options{TopK: 1})
	require.NoError(t, err)
	jsontest.RoundTrip(t, q)
	jsontest.RoundTrip(t, Options{})
	jsontest.RoundTrip(t, Options{TopK: 5})

	// A group nobody in which is matched: NaN mean score and ratios.
	a, err := AuditGroups([]string{"x", "y"}, []bool{false, false}, []float64{0, 0})
	require.NoError(t, err)
	require.True(t, math.IsNaN(a.MinScoreRatio))
	jsontest.RoundTrip(t, a)
	jsontest.RoundTrip(t, a.Groups[0])
	// No mentees at all.
	a, err = AuditGroups(nil, nil, nil)
	require.NoError(t, err)
	jsontest.RoundTrip(t, a)

	// An experiment on an instance where nothing can be matched.
	in := Instance{Name: "closed", Scores: forbidden, Capacity: []int{0}}
	rows, err := RunExperiment([]Instance{in}, nil, rand.New(rand.NewPCG(1, 2)), Options{})
	require.NoError(t, err)
	require.Len(t, rows, len(Strategies()))
	jsontest.RoundTrip(t, rows)
	jsontest.RoundTrip(t, StrategyRandom)

	// Instances: scores as rows, forbidden pairs as "-Infinity"; compared
	// by their entries.
	denseEq := cmp.Comparer(func(x, y mat.Matrix) bool {
		if x == nil || y == nil {
			return x == nil && y == nil
		}
		return mat.Equal(x, y)
	})
	b = jsontest.RoundTrip(t, in, denseEq)
	require.Contains(t, string(b), `"scores":[["-Infinity"],["-Infinity"]]`)
	jsontest.RoundTrip(t, Instance{Name: "no scores"}, denseEq)
	// Two views, groups and waits.
	two := Instance{Name: "two", Scores: mat.NewDense(1, 2, []float64{1, math.Inf(-1)}),
		MenteeView: mat.NewDense(1, 2, []float64{0.5, math.Inf(-1)}), MentorView: mat.NewDense(1, 2, []float64{0.25, math.Inf(-1)}),
		Groups: []string{"a"}, Waits: []int{3}}
	b = jsontest.RoundTrip(t, two, denseEq)
	require.Contains(t, string(b), `"mentorView":[[0.25,"-Infinity"]]`)
	jsontest.RoundTrip(t, TwoSided{MenteeMean: math.NaN(), GroupGap: math.Inf(1)})
}
