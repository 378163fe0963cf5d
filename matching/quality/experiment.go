package quality

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"

	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
	"github.com/mentorkit/mentorkit/matching/internal/capmat"
	"github.com/mentorkit/mentorkit/matching/stable"
	"gonum.org/v1/gonum/mat"
)

// Strategy is a way of pairing mentees with mentors compared by
// [RunExperiment]. The zero value is unset: RunExperiment refuses it in a
// list of strategies (a nil list means every strategy).
type Strategy uint8

const (
	// StrategyOptimal maximises the total score (the dense solver with
	// column duplication; mentees may stay unmatched).
	StrategyOptimal Strategy = iota + 1
	// StrategyGreedy takes pairs by decreasing score (ties by mentee,
	// then mentor index) while both have room: the rule of thumb many
	// programmes use by hand.
	StrategyGreedy
	// StrategyStable is the mentee-proposing stable matching, both sides
	// ranking by the score ([stable.Match] on [stable.PreferencesFromScores]).
	StrategyStable
	// StrategyRandom takes the mentees in a random order, each with a
	// uniformly random allowed mentor that has room: the baseline.
	StrategyRandom
)

var strategyTable = enum.New[Strategy]("strategy", "", "optimal", "greedy", "stable", "random")

// Strategies returns every strategy, in declaration order.
func Strategies() []Strategy {
	return []Strategy{StrategyOptimal, StrategyGreedy, StrategyStable, StrategyRandom}
}

// String returns the strategy's name ("optimal"), "unset" for the zero
// value or "strategy(N)" for an undeclared one.
func (s Strategy) String() string { return strategyTable.String(s) }

// MarshalText writes the strategy's name ("" when unset); an undeclared
// value is a *FieldError wrapping ErrUnknownEnum.
func (s Strategy) MarshalText() ([]byte, error) { return strategyTable.Marshal(s) }

// UnmarshalText reads a strategy's name, ignoring case ("" is unset);
// anything else is a *FieldError wrapping ErrUnknownEnum and leaves s
// unchanged.
func (s *Strategy) UnmarshalText(text []byte) error { return strategyTable.Unmarshal(text, s) }

// Instance is one problem of an experiment: scores of mentees (rows) ×
// mentors (columns) with -Inf for forbidden pairs, and each mentor's
// capacity (nil: 1 each). Name labels it in the results and in errors
// (as their ID).
//
// In JSON, Scores is an array of rows (forbidden pairs as "-Infinity");
// a decoded Instance holds a *mat.Dense.
type Instance struct {
	Name     string     `json:"name"`
	Scores   mat.Matrix `json:"scores"`
	Capacity []int      `json:"capacity"`
}

type instanceJSON struct {
	Name     string      `json:"name"`
	Scores   [][]float64 `json:"scores"`
	Capacity []int       `json:"capacity"`
}

// MarshalJSON writes the instance with its scores as rows, by the
// module's number rule (internal/jsonx). A nil Scores is null.
func (in Instance) MarshalJSON() ([]byte, error) {
	j := instanceJSON{Name: in.Name, Capacity: in.Capacity}
	if in.Scores != nil {
		r, c := in.Scores.Dims()
		j.Scores = make([][]float64, r)
		for i := range j.Scores {
			j.Scores[i] = make([]float64, c)
			for k := range c {
				j.Scores[i][k] = in.Scores.At(i, k)
			}
		}
	}
	return jsonx.Marshal(j)
}

// UnmarshalJSON reads what MarshalJSON writes; rows of unequal length are
// an error wrapping matching.ErrShape.
func (in *Instance) UnmarshalJSON(b []byte) error {
	var j instanceJSON
	if err := jsonx.Unmarshal(b, &j); err != nil {
		return err
	}
	*in = Instance{Name: j.Name, Capacity: j.Capacity}
	if j.Scores == nil {
		return nil
	}
	r, c := len(j.Scores), 0
	if r > 0 {
		c = len(j.Scores[0])
	}
	if r == 0 || c == 0 {
		// gonum has no empty dense matrix; an empty one reads as nil.
		return nil
	}
	data := make([]float64, 0, r*c)
	for i, row := range j.Scores {
		if len(row) != c {
			return msgLength.At(fault.Index("scores", i), len(row), len(row), c, "scores[0]")
		}
		data = append(data, row...)
	}
	in.Scores = mat.NewDense(r, c, data)
	return nil
}

// ExperimentRow is one line of the tidy result table: one strategy on one
// instance, with the quality metrics of its matching.
type ExperimentRow struct {
	Instance string   `json:"instance"`
	Strategy Strategy `json:"strategy"`
	Quality  Quality  `json:"quality"`
}

// MarshalJSON writes r with the module's JSON rule (internal/jsonx).
func (r ExperimentRow) MarshalJSON() ([]byte, error) { return jsonx.Marshal(r) }

// UnmarshalJSON reads what MarshalJSON writes.
func (r *ExperimentRow) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, r) }

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
// and measures the matchings ([Measure] with o): a tidy table of
// len(instances)·len(strategies) rows, instance by instance, strategies in
// the order given. Randomness (StrategyRandom) comes only from rng, drawn
// in that order, so the same rng state gives the same table. Nothing is
// printed: the caller formats the rows ([ExperimentRow.Record],
// [ExperimentHeader]).
//
// Errors: a *FieldError wrapping ErrConfig for a nil rng (code required)
// or an unset or undeclared strategy (undeclaredStrategy); then the
// errors of Measure for the first instance that has any: its field errors
// with the path under "instances[k]" and the instance's Name as ID, and
// matrix errors wrapped with the instance's index and name.
func RunExperiment(instances []Instance, strategies []Strategy, rng *rand.Rand, o Options) ([]ExperimentRow, error) {
	var pr fault.Collector
	if rng == nil {
		pr.Add(msgRNG.At("rng", nil))
	}
	if strategies == nil {
		strategies = Strategies()
	}
	for i, s := range strategies {
		if s == 0 || !strategyTable.Declared(s) {
			pr.Add(msgStrategy.At(fault.Index("strategies", i), uint8(s), strings.Join(strategyTable.Names(), ", ")))
		}
	}
	if err := pr.Err(); err != nil {
		return nil, err
	}
	var rows []ExperimentRow
	for k, in := range instances {
		rs, err := runInstance(in, strategies, rng, o)
		if err != nil {
			return nil, inInstance(err, k, in.Name)
		}
		rows = append(rows, rs...)
	}
	return rows, nil
}

// runInstance runs and measures every strategy on one instance.
func runInstance(in Instance, strategies []Strategy, rng *rand.Rand, o Options) ([]ExperimentRow, error) {
	val, r, c, capa, err := capmat.Input(in.Scores, in.Capacity, ErrConfig)
	if err != nil {
		return nil, err
	}
	rows := make([]ExperimentRow, 0, len(strategies))
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
	return rows, nil
}

// inInstance places the errors of instance k under "instances[k]" with
// its name as ID; errors that are not all field errors (a matrix's entry
// errors) are wrapped with the index and name instead.
func inInstance(err error, k int, name string) error {
	base := fault.Index("instances", k)
	list, ok := fault.List(err)
	if !ok {
		return fmt.Errorf("quality: %s (%q): %w", base, name, err)
	}
	errs := make([]error, len(list))
	for i, fe := range list {
		c := *fe
		c.Field, c.ID = fault.Path(base, fe.Field), name
		errs[i] = &c
	}
	return fault.Join(errs...)
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
