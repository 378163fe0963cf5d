package quality

import (
	"encoding/csv"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/matching"
)

// handTwoSided is worked by hand (2 mentees × 3 mentors, one place each):
//
//	scores        menteeView     mentorView
//	e0: .9 .8 .1  e0: .1 .2 .9   e0: .5 .9 .1
//	e1: .8  0 .1  e1: .1 .9 .2   e1: .4 .1 .9
//
// optimal (scores): {e0-m1, e1-m0} 1.6, the only matching above 1.0.
// greedy: e0-m0 (.9), then e1's best free mentor m2 (.1 > 0): 1.0.
// stable, mentees proposing: e0 → m2, e1 → m1, both first choices: {e0-m2,
// e1-m1}, 0.1 on the scores; mentee ranks 1, 1; mentor ranks 2 (m2 ranks
// e1 first), 2 (m1 ranks e0 first).
// stable, mentors proposing: m0 → e0, m1 → e0, m2 → e1; e0 keeps m1 (.2 >
// .1), m0 → e1, who keeps m2 (.2 > .1): {e0-m1, e1-m2}, 0.9; mentee ranks
// 2, 2; mentor ranks 1, 1.
// preference: blend e0: .3 .55 .5, e1: .25 .5 .55; best {e0-m1, e1-m2}
// 1.1 (next {e0-m2, e1-m1} 1.0).
// Mentee lists by their view: e0 m2 m1 m0, e1 m1 m2 m0; mentor lists by
// theirs: m0 e0 e1, m1 e0 e1, m2 e1 e0. Optimal's mentee ranks 2 (e0-m1)
// and 3 (e1-m0), mentor ranks 1 and 2; greedy's mentee ranks 3 and 2,
// mentor ranks 1 and 1.
// Blocking pairs under the views: optimal 2 (e0-m2 and e1-m2: each mentee
// prefers m2, who has a free place); greedy 2 (e0-m1, e1-m1: m1 is free);
// the stable ones 0. Under the scores (the old column; lists e0 m0 m1 m2,
// e1 m0 m2 m1, m0 e0 e1, m1 e0 e1, m2 e0 e1 by the lower index): optimal 1
// (e0-m0); greedy 0; stable 3 (e0-m0, e0-m1, e1-m0); the mentor-optimal
// {e0-m1, e1-m2} 2 (e0-m0, e1-m0: m0 is free).
// Fair and waiting, without groups or waits, are the optimum.
var handTwoSided = Instance{
	Name:       "hand",
	Scores:     mat.NewDense(2, 3, []float64{.9, .8, .1, .8, 0, .1}),
	MenteeView: mat.NewDense(2, 3, []float64{.1, .2, .9, .1, .9, .2}),
	MentorView: mat.NewDense(2, 3, []float64{.5, .9, .1, .4, .1, .9}),
}

func TestTwoSidedHand(t *testing.T) {
	rows, err := RunExperiment([]Instance{handTwoSided}, nil, rand.New(rand.NewPCG(1, 1)), Options{})
	require.NoError(t, err)
	type want struct {
		total                  float64
		blockScores, blockView int
		menteeRank, mentorRank float64
		menteeMean, mentorMean float64
	}
	wants := map[Strategy]want{
		StrategyOptimal:      {1.6, 1, 2, 2.5, 1.5, (.2 + .1) / 2, (.9 + .4) / 2},
		StrategyGreedy:       {1.0, 0, 2, 2.5, 1, (.1 + .2) / 2, (.5 + .9) / 2},
		StrategyStable:       {0.1, 3, 0, 1, 2, .9, .1},
		StrategyStableMentor: {0.9, 2, 0, 2, 1, .2, .9},
		StrategyPreference:   {0.9, 2, 0, 2, 1, .2, .9},
		StrategyFair:         {1.6, 1, 2, 2.5, 1.5, .15, .65},
		StrategyWaiting:      {1.6, 1, 2, 2.5, 1.5, .15, .65},
	}
	for _, r := range rows {
		w, ok := wants[r.Strategy]
		if !ok {
			continue
		}
		got := want{r.Quality.Total, r.Quality.BlockingPairs, r.TwoSided.BlockingPairs, r.TwoSided.MenteeRank, r.TwoSided.MentorRank, r.TwoSided.MenteeMean, r.TwoSided.MentorMean}
		if d := cmp.Diff(w, got, cmp.AllowUnexported(want{}), cmpopts.EquateApprox(0, 1e-12)); d != "" {
			t.Errorf("%s (-want +got):\n%s", r.Strategy, d)
		}
		require.True(t, math.IsNaN(r.TwoSided.GroupGap))
	}
}

// TestBlockingUnderScores: greedy's 0 and stable's 1 blocking pair under
// the scores, checked by hand: greedy {e0-m0, e1-m2}: e1-m1 scores 0 < .1,
// e0-m1 .8 < .9, so none; stable {e0-m2, e1-m1}: e0-m0 (.9 > .1, m0 free)
// blocks, e0-m1 (.8 > .1; m1 prefers e0 .8 > 0) blocks, e1-m0 (.8 > 0, m0
// free) blocks, e1-m2 (.1 > 0; m2 holds e0 at .1, not strictly better) does
// not: 3.
func TestBlockingUnderScores(t *testing.T) {
	rows, err := RunExperiment([]Instance{handTwoSided}, []Strategy{StrategyGreedy, StrategyStable}, rand.New(rand.NewPCG(1, 1)), Options{})
	require.NoError(t, err)
	require.Equal(t, 0, rows[0].Quality.BlockingPairs)
	require.Equal(t, 3, rows[1].Quality.BlockingPairs)
}

// TestFairAndWaitingHand: 4 mentees (groups a, a, b, b) × 2 mentors with
// one place, every mentee scoring the same with both mentors: .9, .8, .3,
// .2. The optimum matches e0, e1 (1.7, ρ = 1/2): group rates a 1, b 0, gap
// 1. Fair asks ⌈0.8·½·2⌉ = 1 of each group: e0 and e2, 1.2, gap 0. With
// waits 0, 0, 3, 1 the waiting strategy matches e2 and e3 (4 weeks, .5);
// with 0, 2, 3, 0 it matches e1 and e2 (5 weeks, 1.1).
func TestFairAndWaitingHand(t *testing.T) {
	sc := mat.NewDense(4, 2, []float64{.9, .9, .8, .8, .3, .3, .2, .2})
	in := Instance{Name: "groups", Scores: sc, Groups: []string{"a", "a", "b", "b"}, Waits: []int{0, 0, 3, 1}}
	in2 := in
	in2.Waits = []int{0, 2, 3, 0}
	rng := rand.New(rand.NewPCG(1, 1))
	rows, err := RunExperiment([]Instance{in, in2}, []Strategy{StrategyOptimal, StrategyFair, StrategyWaiting}, rng, Options{})
	require.NoError(t, err)
	got := make([][2]float64, len(rows))
	for i, r := range rows {
		got[i] = [2]float64{r.Quality.Total, r.TwoSided.GroupGap}
	}
	want := [][2]float64{{1.7, 1}, {1.2, 0}, {.5, 1}, {1.7, 1}, {1.2, 0}, {1.1, 0}}
	if d := cmp.Diff(want, got, cmpopts.EquateApprox(0, 1e-12)); d != "" {
		t.Fatalf("(-want +got):\n%s", d)
	}
}

// TestFairInfeasibleBestEffort: groups a (e0) and b (e1) both want the one
// mentor, who takes one: ρ = 1/2, bounds ⌈0.4⌉ = 1 each cannot both be
// met; the lower-bound places are filled as far as they can be (one) and
// then the score decides: e0 (.9).
func TestFairInfeasibleBestEffort(t *testing.T) {
	in := Instance{Name: "tight", Scores: mat.NewDense(2, 1, []float64{.9, .5}), Groups: []string{"a", "b"}}
	rows, err := RunExperiment([]Instance{in}, []Strategy{StrategyFair}, rand.New(rand.NewPCG(1, 1)), Options{})
	require.NoError(t, err)
	require.InDelta(t, .9, rows[0].Quality.Total, 1e-12)
	require.Equal(t, 1.0, rows[0].TwoSided.GroupGap)
}

func TestTwoSidedErrors(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	sc := mat.NewDense(2, 2, []float64{1, math.Inf(-1), 1, 1})
	for _, tc := range []struct {
		name        string
		in          Instance
		field, code string
		sentinel    error
	}{
		{"shape", Instance{Scores: sc, MenteeView: mat.NewDense(1, 2, []float64{1, 1})}, "instances[0].menteeView", "viewShape", matching.ErrShape},
		{"forbidden", Instance{Scores: sc, MentorView: mat.NewDense(2, 2, []float64{1, 1, 1, 1})}, "instances[0].mentorView[0][1]", "viewForbidden", ErrConfig},
		{"groups", Instance{Scores: sc, Groups: []string{"a"}}, "instances[0].groups", "lengthMismatch", matching.ErrShape},
		{"waits", Instance{Scores: sc, Waits: []int{1, -2}}, "instances[0].waits[1]", "outOfRange", ErrConfig},
		{"long wait", Instance{Scores: sc, Waits: []int{1 << 31, 0}}, "instances[0].waits[0]", "outOfRange", ErrConfig},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.in.Name = "org-x"
			_, err := RunExperiment([]Instance{tc.in}, nil, rng, Options{})
			require.ErrorIs(t, err, tc.sentinel)
			list, ok := fault.List(err)
			require.True(t, ok)
			require.Equal(t, tc.field, list[0].Field)
			require.Equal(t, tc.code, list[0].Code)
			require.Equal(t, "org-x", list[0].ID)
			require.NotEmpty(t, list[0].Text.NL)
		})
	}
	_, err := RunExperiment([]Instance{{Scores: sc, MenteeView: mat.NewDense(2, 2, []float64{math.NaN(), math.Inf(-1), 1, 1})}}, nil, rng, Options{})
	require.ErrorIs(t, err, matching.ErrNaN)
}

// TestRecordRoundTrip: the header and the rows written as CSV read back
// to the same fields, one per column, and the numbers parse back to the
// row's values.
func TestRecordRoundTrip(t *testing.T) {
	rows, err := RunExperiment([]Instance{handTwoSided}, nil, rand.New(rand.NewPCG(3, 3)), Options{})
	require.NoError(t, err)
	var sb strings.Builder
	w := csv.NewWriter(&sb)
	require.NoError(t, w.Write(ExperimentHeader))
	for _, r := range rows {
		require.NoError(t, w.Write(r.Record()))
	}
	w.Flush()
	back, err := csv.NewReader(strings.NewReader(sb.String())).ReadAll()
	require.NoError(t, err)
	require.Equal(t, ExperimentHeader, back[0])
	require.Len(t, back, len(rows)+1)
	col := map[string]int{}
	for i, h := range ExperimentHeader {
		col[h] = i
	}
	require.Len(t, col, len(ExperimentHeader), "column names are unique")
	for i, r := range rows {
		rec := back[i+1]
		require.Len(t, rec, len(ExperimentHeader))
		require.Equal(t, r.Record(), rec)
		require.Equal(t, r.Strategy.String(), rec[col["strategy"]])
		require.Equal(t, fmtG(r.Quality.Total), rec[col["total"]])
		require.Equal(t, fmtG(r.TwoSided.MentorRank), rec[col["mentor_view_rank"]])
		require.Equal(t, "NaN", rec[col["group_gap"]])
	}
	// The first fourteen columns keep their names and order.
	require.Equal(t, []string{"instance", "strategy", "mentees", "matched", "total", "mean", "min", "gini", "mean_rank", "topk_hit_rate", "blocking_pairs", "envious", "max_envy", "free_places"}, ExperimentHeader[:14])
}

func fmtG(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }
