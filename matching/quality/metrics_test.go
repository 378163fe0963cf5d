package quality

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/mentorkit/mentorkit/matching"
	"github.com/mentorkit/mentorkit/matching/internal/testkit"
	"github.com/mentorkit/mentorkit/matching/stable"
	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"
)

// TestMeasureHandExample checks every metric on a small instance worked
// by hand. Scores (mentees × mentors):
//
//	e0: 0.9 0.5
//	e1: 0.6 0.8
//	e2: 0.4 -Inf
//
// and the matching e0→m1 (0.5), e1→m0 (0.6), e2 unmatched.
//   - total 1.1, mean 0.55, min 0.5; Gini of {0.5, 0.6}: Σ|xi-xj| over
//     ordered pairs 0.2, divided by 2·n²·mean = 4.4: 1/22.
//   - e0 ranks m1 second (0.9 > 0.5), e1 ranks m0 second; m1 ranks e0
//     second (e1 0.8), m0 ranks e1 second (e0 0.9).
//   - blocking: (e0, m0) both prefer each other (0.9); (e1, m1) likewise
//     (0.8); (e2, m0): m0 holds e1 at 0.6 > 0.4: not blocking. So 2.
//   - envy: e0 0.9-0.5 = 0.4, e1 0.8-0.6 = 0.2, e2 0.4-0 = 0.4 (m1 is
//     forbidden for e2): 3 envious, max 0.4, mean 1.0/3.
func TestMeasureHandExample(t *testing.T) {
	s := mat.NewDense(3, 2, []float64{0.9, 0.5, 0.6, 0.8, 0.4, math.Inf(-1)})
	q, err := Measure(s, nil, []int{1, 0, -1}, Options{})
	require.NoError(t, err)
	want := Quality{
		Mentees: 3, Places: 2, Matched: 2, UnmatchedMentees: 1,
		Total: 1.1, Mean: 0.55, Min: 0.5, Gini: 1.0 / 22,
		MenteeRank: []int{2, 2, 0}, MentorRank: []int{2, 2, 0},
		MenteeRankCounts: []int{0, 2}, MentorRankCounts: []int{0, 2},
		MeanMenteeRank: 2, TopK: 3, TopKHitRate: 2.0 / 3,
		BlockingPairs: 2, Envious: 3, MaxEnvy: 0.4, MeanEnvy: 1.0 / 3,
	}
	if d := cmp.Diff(want, q, cmpopts.EquateApprox(0, 1e-12)); d != "" {
		t.Fatalf("(-want +got):\n%s", d)
	}
	q1, err := Measure(s, nil, []int{1, 0, -1}, Options{TopK: 1})
	require.NoError(t, err)
	require.Equal(t, 0.0, q1.TopKHitRate)

	// The optimum pairs e0-m0 and e1-m1: no blocking pair, no envy
	// except e2's (0.9 held by e0 is no one's gain: e2 scores m0 0.4).
	q2, err := Measure(s, nil, []int{0, 1, -1}, Options{})
	require.NoError(t, err)
	require.Equal(t, 0, q2.BlockingPairs)
	require.Equal(t, 1, q2.Envious)
	require.InDelta(t, 1.7, q2.Total, 1e-12)
}

func TestMeasureErrors(t *testing.T) {
	s := mat.NewDense(2, 2, []float64{1, 2, 3, math.Inf(-1)})
	for name, tc := range map[string]struct {
		mm   []int
		capa []int
		o    Options
		want error
	}{
		"length":    {[]int{0}, nil, Options{}, stable.ErrInvalidMatching},
		"forbidden": {[]int{0, 1}, nil, Options{}, stable.ErrInvalidMatching},
		"capacity":  {[]int{0, 0}, nil, Options{}, stable.ErrInvalidMatching},
		"topk":      {[]int{0, -1}, nil, Options{TopK: -1}, ErrConfig},
		"cap len":   {[]int{0, -1}, []int{1}, Options{}, ErrConfig},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := Measure(s, tc.capa, tc.mm, tc.o)
			require.ErrorIs(t, err, tc.want)
		})
	}
	_, err := Measure(nil, nil, nil, Options{})
	require.ErrorIs(t, err, matching.ErrShape)
}

// TestAuditGroups: group a has 2 of 3 matched (scores 0.8, 0.4: mean
// 0.6), group b 1 of 1 (0.9): rate ratio of a = (2/3)/1, score ratio
// 0.6/0.9 = 2/3; group c has nobody matched: rate 0, mean NaN.
func TestAuditGroups(t *testing.T) {
	a, err := AuditGroups(
		[]string{"b", "a", "a", "a", "c"},
		[]bool{true, true, false, true, false},
		[]float64{0.9, 0.8, 0, 0.4, 0},
	)
	require.NoError(t, err)
	nan := math.NaN()
	want := GroupAudit{
		Groups: []GroupStats{
			{Group: "a", Size: 3, Matched: 2, MatchRate: 2.0 / 3, MeanScore: 0.6, RateRatio: 2.0 / 3, ScoreRatio: 2.0 / 3},
			{Group: "b", Size: 1, Matched: 1, MatchRate: 1, MeanScore: 0.9, RateRatio: 1, ScoreRatio: 1},
			{Group: "c", Size: 1, MatchRate: 0, MeanScore: nan, RateRatio: 0, ScoreRatio: nan},
		},
		MinRateRatio: 0, MinScoreRatio: 2.0 / 3,
	}
	if d := cmp.Diff(want, a, cmpopts.EquateApprox(0, 1e-12), cmpopts.EquateNaNs()); d != "" {
		t.Fatalf("(-want +got):\n%s", d)
	}
	_, err = AuditGroups([]string{"a"}, nil, nil)
	require.ErrorIs(t, err, matching.ErrShape)
	_, err = AuditGroups([]string{"a"}, []bool{true}, []float64{math.NaN()})
	require.ErrorIs(t, err, matching.ErrNaN)
}

// TestMeasureGiniEqualScores: when every pair has the same score the Gini
// coefficient is 0 by its definition (every |x_i - x_j| is 0), exactly,
// for any score and any number of pairs; it is never negative. The
// formula 2·Σ i·x_(i)/(n·Σx) - (n+1)/n gave -2.2e-16 for two pairs of 0.7.
// Scores {0, 0, 1}: Σ_i Σ_j |x_i - x_j| = 4, 2n²·mean = 2·9·(1/3) = 6:
// Gini 2/3 = 1 - 1/n, the largest possible for three pairs.
func TestMeasureGiniEqualScores(t *testing.T) {
	for _, v := range []float64{0.7, 0.3, 0.9, 1.0 / 3, 0.55, 0.123, 1e-300, 1e200} {
		for n := 1; n <= 30; n++ {
			data := make([]float64, n*n)
			mm := make([]int, n)
			for i := range n {
				data[i*n+i] = v
				mm[i] = i
			}
			q, err := Measure(mat.NewDense(n, n, data), nil, mm, Options{})
			require.NoError(t, err)
			if q.Gini != 0 {
				t.Fatalf("%d pairs of %v: Gini %v, want 0", n, v, q.Gini)
			}
		}
	}
	q, err := Measure(mat.NewDense(3, 3, []float64{0, 0, 0, 0, 0, 0, 0, 0, 1}), nil, []int{0, 1, 2}, Options{})
	require.NoError(t, err)
	require.InDelta(t, 2.0/3, q.Gini, 1e-15)
}

// TestMeasureShape: Measure rejects impossible dimensions with ErrShape,
// as Assign does, instead of looping over 2^80 entries.
func TestMeasureShape(t *testing.T) {
	for _, m := range testkit.LyingShapes {
		_, err := Measure(m, nil, nil, Options{})
		require.ErrorIs(t, err, matching.ErrShape)
	}
}
