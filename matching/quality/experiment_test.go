package quality

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/matching"
	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/mentoring"
	"github.com/mentorkit/mentorkit/mentoring/synthetic"
)

// TestRunExperimentHandExample: scores
//
//	e0: 0.9 0.8
//	e1: 0.8 0.0
//
// optimal e0-m1, e1-m0 (1.6); greedy takes 0.9 first: e0-m0, then e1-m1
// (0.0): 0.9; stable (both rank by score) pairs e0-m0 (mutual first
// choices) and e1-m1: 0.9, with no blocking pair, while the optimum has
// one (e0, m0).
func TestRunExperimentHandExample(t *testing.T) {
	in := Instance{Name: "hand", Scores: mat.NewDense(2, 2, []float64{0.9, 0.8, 0.8, 0})}
	rows, err := RunExperiment([]Instance{in}, nil, rand.New(rand.NewPCG(1, 1)), Options{})
	require.NoError(t, err)
	require.Len(t, rows, len(Strategies()))
	byName := map[string]Quality{}
	for _, r := range rows {
		require.Equal(t, "hand", r.Instance)
		byName[r.Strategy.String()] = r.Quality
		require.Len(t, r.Record(), len(ExperimentHeader))
	}
	require.InDelta(t, 1.6, byName["optimal"].Total, 1e-12)
	require.Equal(t, 1, byName["optimal"].BlockingPairs)
	require.InDelta(t, 0.9, byName["greedy"].Total, 1e-12)
	require.InDelta(t, 0.9, byName["stable"].Total, 1e-12)
	require.Equal(t, 0, byName["stable"].BlockingPairs)
	require.Equal(t, 2, byName["random"].Matched)
	// Without views the stable matchings have no blocking pair under
	// the scores either: both blocking counts agree.
	for _, r := range rows {
		require.Equal(t, r.Quality.BlockingPairs, r.TwoSided.BlockingPairs, "%s", r.Strategy)
	}
}

// TestRunExperimentProperties: on seeded synthetic programmes and cost
// families, the optimum's total is never below any other strategy's, the
// stable matching has no blocking pair, and the same seed gives the same
// table.
func TestRunExperimentProperties(t *testing.T) {
	var ins []Instance
	for seed := range uint64(4) {
		rng := rand.New(rand.NewPCG(seed, 7))
		people, err := synthetic.Organisation(rng, synthetic.Config{People: 120})
		require.NoError(t, err)
		prog, err := synthetic.Programme(rng, people, synthetic.ProgrammeConfig{Mentors: 15, Mentees: 25})
		require.NoError(t, err)
		dir, err := mentoring.NewDirectory(people, mentoring.DirectoryStrict)
		require.NoError(t, err)
		p, err := pairing.New(prog, pairing.Config{Directory: dir})
		require.NoError(t, err)
		tab, err := p.ScoreTable()
		require.NoError(t, err)
		ins = append(ins, Instance{Name: "org", Scores: tab.Scores, Capacity: tab.Capacity})
		// The table's optimum is Solve's total under PriorityScore.
		res, err := p.Solve()
		require.NoError(t, err)
		kb, err := matching.KBest(tab.Scores, matching.Maximize, 1, matching.KBestOptions{Capacity: tab.Capacity, Locks: tab.Locks, Optional: true})
		require.NoError(t, err)
		require.InDelta(t, res.TotalScore, kb[0].Total, 1e-9)
		for _, f := range synthetic.CostFamilies() {
			c, err := synthetic.Costs(rng, synthetic.CostConfig{Family: f, Rows: 12, Cols: 9, Range: 10})
			require.NoError(t, err)
			s := mat.NewDense(12, 9, nil)
			s.Apply(func(_, _ int, v float64) float64 { return 1 - v/(10*math.Sqrt2) }, c)
			ins = append(ins, Instance{Name: f.String(), Scores: s, Capacity: []int{1, 2, 1, 2, 1, 2, 1, 2, 1}})
		}
	}
	run := func() []ExperimentRow {
		rows, err := RunExperiment(ins, nil, rand.New(rand.NewPCG(9, 9)), Options{})
		require.NoError(t, err)
		return rows
	}
	rows := run()
	if d := cmp.Diff(rows, run(), cmpopts.EquateNaNs()); d != "" {
		t.Fatalf("not deterministic (-first +second):\n%s", d)
	}
	n := len(Strategies())
	for k := 0; k < len(rows); k += n {
		opt := rows[k]
		require.Equal(t, StrategyOptimal, opt.Strategy)
		for _, r := range rows[k+1 : k+n] {
			require.GreaterOrEqual(t, opt.Quality.Total+1e-9, r.Quality.Total, "%s %s", r.Instance, r.Strategy)
			if r.Strategy == StrategyStable || r.Strategy == StrategyStableMentor {
				require.Zero(t, r.Quality.BlockingPairs)
			}
			if r.Strategy == StrategyPreference || r.Strategy == StrategyFair || r.Strategy == StrategyWaiting {
				// Without views, groups or waits these are the optimum.
				require.InDelta(t, opt.Quality.Total, r.Quality.Total, 1e-9, "%s %s", r.Instance, r.Strategy)
			}
		}
	}
}

func TestRunExperimentErrors(t *testing.T) {
	_, err := RunExperiment(nil, nil, nil, Options{})
	require.ErrorIs(t, err, ErrConfig)
	var fe *FieldError
	require.True(t, errors.As(err, &fe))
	require.Equal(t, "rng", fe.Field)
	require.Equal(t, "required", fe.Code)
	rng := rand.New(rand.NewPCG(1, 1))
	_, err = RunExperiment(nil, []Strategy{StrategyGreedy, 9, 0}, rng, Options{})
	require.ErrorIs(t, err, ErrConfig)
	list, ok := fault.List(err)
	require.True(t, ok)
	require.Len(t, list, 2)
	require.Equal(t, "strategies[1]", list[0].Field)
	require.Equal(t, "strategies[2]", list[1].Field)
	require.Equal(t, "undeclaredStrategy", list[1].Code)
	_, err = RunExperiment([]Instance{{Name: "bad", Scores: mat.NewDense(1, 1, []float64{math.NaN()})}}, nil, rng, Options{})
	require.ErrorIs(t, err, matching.ErrNaN)
	require.Contains(t, err.Error(), `instances[0] ("bad")`)
	// A field error of an instance names it by path and ID.
	ok2 := Instance{Name: "ok", Scores: mat.NewDense(1, 1, []float64{1})}
	bad := Instance{Name: "org-7", Scores: mat.NewDense(1, 2, []float64{1, 2}), Capacity: []int{1, -1}}
	_, err = RunExperiment([]Instance{ok2, bad}, nil, rng, Options{})
	require.ErrorIs(t, err, ErrConfig)
	require.True(t, errors.As(err, &fe))
	require.Equal(t, "instances[1].capacity[1]", fe.Field)
	require.Equal(t, "org-7", fe.ID)
	require.Equal(t, "negative", fe.Code)
	require.Equal(t, "strategy(9)", Strategy(9).String())
	require.Equal(t, "unset", Strategy(0).String())
}

// TestStrategyText: names are case-insensitive; unknown text wraps
// ErrUnknownEnum and leaves the value alone.
func TestStrategyText(t *testing.T) {
	var s Strategy
	require.NoError(t, s.UnmarshalText([]byte("Greedy")))
	require.Equal(t, StrategyGreedy, s)
	require.ErrorIs(t, s.UnmarshalText([]byte("best")), ErrUnknownEnum)
	require.Equal(t, StrategyGreedy, s)
	_, err := Strategy(9).MarshalText()
	require.ErrorIs(t, err, ErrUnknownEnum)
	for _, s := range Strategies() {
		b, err := s.MarshalText()
		require.NoError(t, err)
		require.Equal(t, s.String(), string(b))
	}
}

func TestMessages(t *testing.T) {
	require.NoError(t, fault.CheckTable(messages))
}
