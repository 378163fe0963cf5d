package quality

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"

	"github.com/mentorkit/mentorkit/matching/internal/capmat"
	"github.com/mentorkit/mentorkit/matching/stable"
	"gonum.org/v1/gonum/mat"
)

// Strategy is a way of pairing mentees with mentors compared by
// RunExperiment.
type Strategy int

const (
	// StrategyOptimal maximises the total score (the dense solver with
	// column duplication; mentees may stay unmatched).
	StrategyOptimal Strategy = iota
	// StrategyGreedy takes pairs by decreasing score (ties by mentee,
	// then mentor index) while both have room: the rule of thumb many
	// programmes use by hand.
	StrategyGreedy
	// StrategyStable is the mentee-proposing stable matching, both sides
	// ranking by the score (stable.Match on stable.PreferencesFromScores).
	StrategyStable
	// StrategyRandom takes the mentees in a random order, each with a
	// uniformly random allowed mentor that has room: the baseline.
	StrategyRandom
)

var strategyNames = []string{"optimal", "greedy", "stable", "random"}

// Strategies returns every strategy, in declaration order.
func Strategies() []Strategy {
	return []Strategy{StrategyOptimal, StrategyGreedy, StrategyStable, StrategyRandom}
}

// String returns the strategy's name ("optimal").
func (s Strategy) String() string {
	if s >= 0 && int(s) < len(strategyNames) {
		return strategyNames[s]
	}
	return "Strategy(" + strconv.Itoa(int(s)) + ")"
}

// Instance is one problem of an experiment: scores of mentees (rows) ×
// mentors (columns) with -Inf for forbidden pairs, and each mentor's
// capacity (nil: 1 each). Name labels it in the results.
type Instance struct {
	Name     string
	Scores   mat.Matrix
	Capacity []int
}

// ExperimentRow is one line of the tidy result table: one strategy on one
// instance, with the quality metrics of its matching.
type ExperimentRow struct {
	Instance string   `json:"instance"`
	Strategy Strategy `json:"strategy"`
	Quality  Quality  `json:"quality"`
}

// ExperimentHeader names the columns of ExperimentRow.Record.
var ExperimentHeader = []string{"instance", "strategy", "mentees", "matched", "total", "mean", "min", "gini", "mean_rank", "topk_hit_rate", "blocking_pairs", "envious", "max_envy", "free_places"}

// Record formats the row for a CSV table with the columns of
// ExperimentHeader (numbers in Go's shortest 'g' form, NaN as "NaN").
func (r ExperimentRow) Record() []string {
	q := r.Quality
	f := func(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }
	return []string{r.Instance, r.Strategy.String(), strconv.Itoa(q.Mentees), strconv.Itoa(q.Matched), f(q.Total), f(q.Mean), f(q.Min), f(q.Gini), f(q.MeanMenteeRank), f(q.TopKHitRate), strconv.Itoa(q.BlockingPairs), strconv.Itoa(q.Envious), f(q.MaxEnvy), strconv.Itoa(q.FreePlaces)}
}

// RunExperiment runs every strategy (nil: Strategies()) on every instance
// and measures the matchings (Measure with o): a tidy table of
// len(instances)·len(strategies) rows, instance by instance, strategies in
// the order given. Randomness (StrategyRandom) comes only from rng, drawn
// in that order, so the same rng state gives the same table. Nothing is
// printed: the caller formats the rows (Record, ExperimentHeader).
//
// Errors: *InputError (ErrConfig) for a nil rng or an unknown strategy,
// and the errors of Measure for an instance, wrapped with its name.
func RunExperiment(instances []Instance, strategies []Strategy, rng *rand.Rand, o Options) ([]ExperimentRow, error) {
	var pr problems
	if rng == nil {
		pr.add("rng", nil, "is nil", ErrConfig)
	}
	if strategies == nil {
		strategies = Strategies()
	}
	for i, s := range strategies {
		if s < 0 || int(s) >= len(strategyNames) {
			pr.add("strategies["+strconv.Itoa(i)+"]", int(s), "is not a Strategy", ErrConfig)
		}
	}
	if err := pr.err(); err != nil {
		return nil, err
	}
	var rows []ExperimentRow
	for k, in := range instances {
		val, r, c, capa, err := capmat.Input(in.Scores, in.Capacity, ErrConfig)
		if err != nil {
			return nil, &InputError{Field: "instances[" + strconv.Itoa(k) + "]", Value: in.Name, Problem: err.Error(), Err: err}
		}
		for _, s := range strategies {
			mm, err := runStrategy(s, val, r, c, capa, in, rng)
			if err != nil {
				return nil, err
			}
			q, err := Measure(in.Scores, capa, mm, o)
			if err != nil {
				return nil, err
			}
			rows = append(rows, ExperimentRow{Instance: in.Name, Strategy: s, Quality: q})
		}
	}
	return rows, nil
}

func runStrategy(s Strategy, val []float64, r, c int, capa []int, in Instance, rng *rand.Rand) ([]int, error) {
	switch s {
	case StrategyOptimal:
		mm, _, err := capmat.Optimum(val, r, c, capa)
		return mm, err
	case StrategyGreedy:
		return greedyMatching(val, r, c, capa), nil
	case StrategyStable:
		p, err := stable.PreferencesFromScores(in.Scores, nil, capa)
		if err != nil {
			return nil, err
		}
		st, err := stable.Match(p, stable.SideMentee)
		return st.MenteeToMentor, err
	default:
		return randomMatching(val, r, c, capa, rng), nil
	}
}

// greedyMatching takes allowed pairs by decreasing score.
func greedyMatching(val []float64, r, c int, capa []int) []int {
	type pair struct {
		e, m int
		s    float64
	}
	var ps []pair
	for e := range r {
		for m := range c {
			if s := val[e*c+m]; !math.IsInf(s, -1) {
				ps = append(ps, pair{e, m, s})
			}
		}
	}
	slices.SortFunc(ps, func(a, b pair) int {
		return cmp.Or(cmp.Compare(b.s, a.s), cmp.Compare(a.e, b.e), cmp.Compare(a.m, b.m))
	})
	mm := make([]int, r)
	for e := range mm {
		mm[e] = -1
	}
	load := make([]int, c)
	for _, p := range ps {
		if mm[p.e] < 0 && load[p.m] < capa[p.m] {
			mm[p.e] = p.m
			load[p.m]++
		}
	}
	return mm
}

// randomMatching: mentees in random order, each with a uniformly random
// allowed mentor that has room.
func randomMatching(val []float64, r, c int, capa []int, rng *rand.Rand) []int {
	mm := make([]int, r)
	load := make([]int, c)
	var opts []int
	for _, e := range rng.Perm(r) {
		mm[e] = -1
		opts = opts[:0]
		for m := range c {
			if !math.IsInf(val[e*c+m], -1) && load[m] < capa[m] {
				opts = append(opts, m)
			}
		}
		if len(opts) > 0 {
			m := opts[rng.IntN(len(opts))]
			mm[e] = m
			load[m]++
		}
	}
	return mm
}
