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
	// StrategyStable is the mentee-proposing stable matching, mentees
	// ranking by their view and mentors by theirs ([stable.Match] on
	// [stable.PreferencesFromScores] of Instance.MenteeView and
	// Instance.MentorView; both are the scores when unset).
	StrategyStable
	// StrategyRandom takes the mentees in a random order, each with a
	// uniformly random allowed mentor that has room: the baseline.
	StrategyRandom
	// StrategyStableMentor is the mentor-proposing stable matching on the
	// same two views: the stable matching mentors like best.
	StrategyStableMentor
	// StrategyPreference maximises the total of the preference-weighted
	// score, the mean of the mentee-side and the mentor-side view of each
	// pair (the optimum of the scores when the instance has no views).
	StrategyPreference
	// StrategyFair maximises the total score such that every mentee group
	// (Instance.Groups) has at least ⌈[FairFloor]·ρ·n⌉ of its n members
	// matched, ρ being the share of all mentees the unconstrained optimum
	// matches; when the capacities and forbidden pairs cannot meet every
	// such bound, as many bound places are filled as can be. Exact, by one
	// min-cost flow with lower bounds. This is a matrix-level variant of
	// package matching/pairing/fair (which takes a programme and bounds
	// by person attribute): one partition of the mentees, bounds derived
	// from the instance. Without groups it is the optimum.
	StrategyFair
	// StrategyWaiting matches mentees who have waited longest first: it
	// maximises the total waiting time (Instance.Waits) of the matched
	// mentees, then the total score — a mentee never loses its place to
	// one who waited less unless that keeps more waiting time matched.
	// Exact (min-cost flow). The matrix-level form of the waiting list's
	// lexicographic priority in matching/pairing/rounds. Without waits it
	// is the optimum.
	StrategyWaiting
)

var strategyTable = enum.New[Strategy]("strategy", "", "optimal", "greedy", "stable", "random", "stableMentor", "preference", "fair", "waiting")

// Strategies returns every strategy, in declaration order.
func Strategies() []Strategy {
	return []Strategy{StrategyOptimal, StrategyGreedy, StrategyStable, StrategyRandom, StrategyStableMentor, StrategyPreference, StrategyFair, StrategyWaiting}
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
// Scores is the pair score a programme maximises and [Quality] measures.
// Two-sided preferences are the optional MenteeView (how much each mentee
// wants each mentor) and MentorView (how much each mentor wants each
// mentee), of the same shape, forbidding (-Inf) exactly the pairs Scores
// forbids; nil means Scores. The stable strategies rank by them,
// StrategyPreference maximises their mean, and [TwoSided] measures every
// matching in them. Groups (one label per mentee, nil: none) feeds
// StrategyFair and TwoSided.GroupGap; Waits (weeks each mentee has
// waited, 0 to 2³⁰, nil: none) feeds StrategyWaiting.
//
// In JSON, the matrices are arrays of rows (forbidden pairs as
// "-Infinity"); a decoded Instance holds *mat.Dense values.
type Instance struct {
	Name       string     `json:"name"`
	Scores     mat.Matrix `json:"scores"`
	Capacity   []int      `json:"capacity"`
	MenteeView mat.Matrix `json:"menteeView,omitempty"`
	MentorView mat.Matrix `json:"mentorView,omitempty"`
	Groups     []string   `json:"groups,omitempty"`
	Waits      []int      `json:"waits,omitempty"`
}

type instanceJSON struct {
	Name       string      `json:"name"`
	Scores     [][]float64 `json:"scores"`
	Capacity   []int       `json:"capacity"`
	MenteeView [][]float64 `json:"menteeView,omitempty"`
	MentorView [][]float64 `json:"mentorView,omitempty"`
	Groups     []string    `json:"groups,omitempty"`
	Waits      []int       `json:"waits,omitempty"`
}

// Instance reads its members through instanceJSON (jsonx.Unknown checks them there).
var _ = jsonx.Shape[Instance, instanceJSON]()

// rows writes a matrix as rows (nil for nil).
func rows(m mat.Matrix) [][]float64 {
	if m == nil {
		return nil
	}
	r, c := m.Dims()
	out := make([][]float64, r)
	for i := range out {
		out[i] = make([]float64, c)
		for k := range c {
			out[i][k] = m.At(i, k)
		}
	}
	return out
}

// dense reads rows back; nil or empty rows give nil (gonum has no empty
// dense matrix), rows of unequal length an error under field.
func dense(rs [][]float64, field string) (mat.Matrix, error) {
	r, c := len(rs), 0
	if r > 0 {
		c = len(rs[0])
	}
	if r == 0 || c == 0 {
		return nil, nil
	}
	data := make([]float64, 0, r*c)
	for i, row := range rs {
		if len(row) != c {
			return nil, msgLength.At(fault.Index(field, i), len(row), len(row), c, field+"[0]")
		}
		data = append(data, row...)
	}
	return mat.NewDense(r, c, data), nil
}

// MarshalJSON writes the instance with its scores as rows, by the
// module's number rule (internal/jsonx). A nil Scores is null.
func (in Instance) MarshalJSON() ([]byte, error) {
	j := instanceJSON{Name: in.Name, Capacity: in.Capacity, Scores: rows(in.Scores),
		MenteeView: rows(in.MenteeView), MentorView: rows(in.MentorView), Groups: in.Groups, Waits: in.Waits}
	return jsonx.Marshal(j)
}

// UnmarshalJSON reads what MarshalJSON writes; rows of unequal length are
// an error wrapping matching.ErrShape.
func (in *Instance) UnmarshalJSON(b []byte) error {
	var j instanceJSON
	if err := jsonx.Unmarshal(b, &j); err != nil {
		return err
	}
	out := Instance{Name: j.Name, Capacity: j.Capacity, Groups: j.Groups, Waits: j.Waits}
	var err error
	if out.Scores, err = dense(j.Scores, "scores"); err != nil {
		return err
	}
	if out.MenteeView, err = dense(j.MenteeView, "menteeView"); err != nil {
		return err
	}
	if out.MentorView, err = dense(j.MentorView, "mentorView"); err != nil {
		return err
	}
	*in = out
	return nil
}

// ExperimentRow is one line of the tidy result table: one strategy on one
// instance, with the quality metrics of its matching on the scores and its
// measures under the two views and groups.
type ExperimentRow struct {
	Instance string   `json:"instance"`
	Strategy Strategy `json:"strategy"`
	Quality  Quality  `json:"quality"`
	TwoSided TwoSided `json:"twoSided"`
}

// MarshalJSON writes r with the module's JSON rule (internal/jsonx).
func (r ExperimentRow) MarshalJSON() ([]byte, error) { return jsonx.Marshal(r) }

// UnmarshalJSON reads what MarshalJSON writes.
func (r *ExperimentRow) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, r) }

// ExperimentHeader names the columns of ExperimentRow.Record.
var ExperimentHeader = []string{"instance", "strategy", "mentees", "matched", "total", "mean", "min", "gini", "mean_rank", "topk_hit_rate", "blocking_pairs", "envious", "max_envy", "free_places",
	"mentee_view_mean", "mentor_view_mean", "mentee_view_rank", "mentor_view_rank", "blocking_pairs_views", "group_gap"}

// Record formats the row for a CSV table with the columns of
// ExperimentHeader (numbers in Go's shortest 'g' form, NaN as "NaN"). The
// first fourteen columns are Quality's, measured on the scores (their
// meaning unchanged from the one-score harness: blocking_pairs ranks both
// sides by the scores); the last six are TwoSided's: the mean view score
// and mean rank of each side, blocking pairs under the two views, and the
// gap between the mentee groups' match rates.
func (r ExperimentRow) Record() []string {
	q := r.Quality
	f := func(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }
	return []string{r.Instance, r.Strategy.String(), strconv.Itoa(q.Mentees), strconv.Itoa(q.Matched), f(q.Total), f(q.Mean), f(q.Min), f(q.Gini), f(q.MeanMenteeRank), f(q.TopKHitRate), strconv.Itoa(q.BlockingPairs), strconv.Itoa(q.Envious), f(q.MaxEnvy), strconv.Itoa(q.FreePlaces),
		f(r.TwoSided.MenteeMean), f(r.TwoSided.MentorMean), f(r.TwoSided.MenteeRank), f(r.TwoSided.MentorRank), strconv.Itoa(r.TwoSided.BlockingPairs), f(r.TwoSided.GroupGap)}
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
	sd, err := checkSides(in, val, r, c, capa)
	if err != nil {
		return nil, err
	}
	out := make([]ExperimentRow, 0, len(strategies))
	for _, s := range strategies {
		mm, err := runStrategy(s, val, r, c, capa, sd, rng)
		if err != nil {
			return nil, err
		}
		q, err := Measure(in.Scores, capa, mm, o)
		if err != nil {
			return nil, err
		}
		ts, err := sd.measure(c, mm)
		if err != nil {
			return nil, err
		}
		out = append(out, ExperimentRow{Instance: in.Name, Strategy: s, Quality: q, TwoSided: ts})
	}
	return out, nil
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

func runStrategy(s Strategy, val []float64, r, c int, capa []int, sd sides, rng *rand.Rand) ([]int, error) {
	switch s {
	case StrategyOptimal:
		mm, _, err := capmat.Optimum(val, r, c, capa)
		return mm, err
	case StrategyGreedy:
		return greedyMatching(val, r, c, capa), nil
	case StrategyStable, StrategyStableMentor:
		side := stable.SideMentee
		if s == StrategyStableMentor {
			side = stable.SideMentor
		}
		st, err := stable.Match(sd.prefs, side)
		return st.MenteeToMentor, err
	case StrategyPreference:
		mm, _, err := capmat.Optimum(sd.blend(), r, c, capa)
		return mm, err
	case StrategyFair:
		return sd.fairMatching(val, r, c, capa)
	case StrategyWaiting:
		return flowMatching(val, r, c, capa, nil, nil, sd.waits)
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
