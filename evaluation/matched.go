package evaluation

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"

	"gonum.org/v1/gonum/mat"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/matching"
)

// MatchSubject is one person of a matched comparison: mentored (Treated)
// or not, the stratum they must be matched within (their department, say;
// "" is a stratum like any other), the covariates measured before the
// programme and the outcome after it.
type MatchSubject struct {
	// ID identifies the subject; unique, non-empty.
	ID string `json:"id"`
	// Treated reports that the subject took part (was mentored).
	Treated bool `json:"treated"`
	// Stratum is the exact-match key: a pair never crosses strata.
	Stratum string `json:"stratum"`
	// Covariates are the pre-programme values (tenure, education, a
	// self-evaluation score, ...), the same number for every subject, in
	// the order of MatchConfig.Covariates.
	Covariates []float64 `json:"covariates"`
	// Outcome is the value compared after matching (1/0 for retention).
	Outcome float64 `json:"outcome"`
}

// MatchConfig holds the settings of MatchedComparison. The zero value
// matches on all covariates without calipers and reports 95% intervals.
type MatchConfig struct {
	// Covariates names the covariates for the balance tables; nil means
	// "x1", "x2", .... When set, its length must match the subjects'.
	Covariates []string `json:"covariates,omitempty"`
	// Calipers bounds, per covariate, the standardised difference
	// |x_t - x_c|/s within a pair (s as in Balance.SMD); 0 means no
	// caliper for that covariate. nil means none; otherwise one per
	// covariate, each 0 or positive.
	Calipers []float64 `json:"calipers,omitempty"`
	// MaxDistance bounds the standardised distance of a pair; 0 means no
	// bound.
	MaxDistance float64 `json:"maxDistance,omitempty"`
	// Confidence is the level of the outcome intervals; 0 means 0.95.
	Confidence float64 `json:"confidence,omitempty"`
}

// Pair is a mentored subject and the control matched to them.
type Pair struct {
	Treated string `json:"treated"`
	Control string `json:"control"`
	Stratum string `json:"stratum"`
	// Distance is the standardised distance of the pair.
	Distance float64 `json:"distance"`
}

// Balance compares one covariate between the mentored and the controls.
type Balance struct {
	Covariate   string  `json:"covariate"`
	MeanTreated float64 `json:"meanTreated"`
	MeanControl float64 `json:"meanControl"`
	// SMD is the standardised mean difference (MeanTreated -
	// MeanControl)/s with s = √((s_t² + s_c²)/2) taken from the sample
	// before matching, so that before and after share one yardstick
	// (Austin, 2009, Stat. Med. 28:3083; |SMD| < 0.1 is the usual
	// threshold of balance). NaN when s is 0 or undefined.
	SMD float64 `json:"smd"`
	// VarianceRatio is s_t²/s_c² in the compared sample (NaN with fewer
	// than two subjects on a side or s_c = 0); near 1 when balanced.
	VarianceRatio float64 `json:"varianceRatio"`
}

// Matched is the result of a matched comparison.
type Matched struct {
	// Pairs are the matched pairs, ordered by stratum and treated ID.
	Pairs []Pair `json:"pairs"`
	// Unmatched lists the treated IDs no allowed control was left for
	// (calipers, an empty stratum), ascending.
	Unmatched []string `json:"unmatched"`
	// Before compares all treated with all controls; After the matched
	// treated with their controls. One entry per covariate.
	Before []Balance `json:"before"`
	After  []Balance `json:"after"`
	// Naive is Welch's test of the outcome, all treated against all
	// controls, the comparison matching corrects.
	Naive TTest `json:"naive"`
	// Effect is the paired t-test of the outcome differences
	// treated - control over the pairs: its Estimate is the average
	// effect on the treated (for a 0/1 outcome, a difference of
	// proportions). All NaN with N1 = 0 when no pair was formed.
	Effect TTest `json:"effect"`
	// EffectSize is d_z of the paired differences with its noncentral-t
	// interval (NaN with fewer than two pairs).
	EffectSize PairedEffectSize `json:"effectSize"`
	// NTreated and NControl count the subjects of each kind.
	NTreated int `json:"nTreated"`
	NControl int `json:"nControl"`
}

// MatchedComparison pairs each treated subject with a distinct similar
// control in the same stratum and compares outcomes on the matched
// sample, the design of a matched observational study (Stuart, 2010,
// Statistical Science 25:1; Rosenbaum, 2002, Observational Studies).
//
// Distance: each covariate is divided by the pooled SD s of Balance.SMD
// (covariates with s = 0 are left out); the distance of a pair is the
// Euclidean norm of the standardised differences. A pair is forbidden when
// it crosses strata or breaks a caliper. Within each stratum (strata in
// ascending order) matching's dense solver (matching.Solver, Minimize)
// picks the pairs on a matrix of treated rows by control columns plus one
// "unmatched" column per treated row of cost M = T·dmax + 1 (T treated,
// dmax the largest allowed distance): first as many treated as possible are
// matched, then the total distance is the smallest possible (optimal
// one-to-one matching without replacement). Rows and columns are sorted by
// ID, so ties break by ID and the order of subjects does not matter.
//
// Errors (*[FieldError], joined, with the subject's ID where it has one):
// no subjects or no treated or no control
// (ErrEmpty), a missing or duplicate ID, covariate vectors of different
// lengths or of another length than Covariates or Calipers (ErrLength),
// non-finite covariates, outcomes, calipers or MaxDistance, negative
// calipers, a confidence outside (0, 1) (ErrOutOfRange). At most a few
// problems per kind are listed. Inputs are not modified.
//
// Cost: per stratum with T treated and C controls, O(T·(C+T)) memory and
// the solver's O(T²·(C+T)) worst-case time.
func MatchedComparison(subjects []MatchSubject, cfg MatchConfig) (Matched, error) {
	k, conf, err := checkMatch(subjects, cfg)
	if err != nil {
		return Matched{}, err
	}
	names := cfg.Covariates
	if names == nil {
		names = make([]string, k)
		for j := range names {
			names[j] = "x" + strconv.Itoa(j+1)
		}
	}
	var treated, control []int
	for i, s := range subjects {
		if s.Treated {
			treated = append(treated, i)
		} else {
			control = append(control, i)
		}
	}
	// The yardstick s of every covariate, from the sample before matching.
	sd := make([]float64, k)
	res := Matched{NTreated: len(treated), NControl: len(control)}
	res.Before = make([]Balance, k)
	for j := range k {
		res.Before[j], sd[j] = balance(names[j], subjects, treated, control, j, math.NaN())
	}

	// Strata in ascending order, each with its treated and controls by ID.
	order := make([]int, len(subjects))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		return cmp.Or(cmp.Compare(subjects[a].Stratum, subjects[b].Stratum), cmp.Compare(subjects[a].ID, subjects[b].ID))
	})
	var mt, mc []int // matched treated and control indices, pair by pair
	var m matcher
	for lo := 0; lo < len(order); {
		hi := lo
		for hi < len(order) && subjects[order[hi]].Stratum == subjects[order[lo]].Stratum {
			hi++
		}
		pairs, t, c, err := m.stratum(subjects, order[lo:hi], sd, cfg, &res.Unmatched)
		if err != nil {
			return Matched{}, err
		}
		res.Pairs = append(res.Pairs, pairs...)
		mt, mc = append(mt, t...), append(mc, c...)
		lo = hi
	}
	slices.Sort(res.Unmatched)

	res.After = make([]Balance, k)
	for j := range k {
		res.After[j], _ = balance(names[j], subjects, mt, mc, j, sd[j])
	}
	ot, oc := outcomes(subjects, treated), outcomes(subjects, control)
	res.Naive, _ = TTestWelch(ot, oc, TTestConfig{Confidence: conf})
	pt, pc := outcomes(subjects, mt), outcomes(subjects, mc)
	if len(pt) == 0 {
		nan := math.NaN()
		res.Effect = TTest{Statistic: nan, DF: nan, PValue: nan, Estimate: nan, StdErr: nan, CILow: nan, CIHigh: nan, Confidence: conf, Kind: Paired}
		res.EffectSize = PairedEffectSize{MeanDiff: nan, SDDiff: nan, DZ: nan, Lower: nan, Upper: nan, Confidence: conf, Method: MethodNoncentralT}
		return res, nil
	}
	res.Effect, _ = TTestPaired(pt, pc, TTestConfig{Confidence: conf})
	res.EffectSize, _ = CohensDZ(pt, pc, EffectSizeConfig{Confidence: conf})
	return res, nil
}

// matcher holds the solver and its buffers across strata.
type matcher struct {
	solver matching.Solver
	assign matching.Assignment
}

// stratum matches the treated of one stratum (idx, sorted by ID) to its
// controls. It returns the pairs and the indices of their treated and
// controls, and appends the unmatched treated IDs to unmatched.
func (mm *matcher) stratum(subjects []MatchSubject, idx []int, sd []float64, cfg MatchConfig, unmatched *[]string) (pairs []Pair, mt, mc []int, err error) {
	var rows, cols []int
	for _, i := range idx {
		if subjects[i].Treated {
			rows = append(rows, i)
		} else {
			cols = append(cols, i)
		}
	}
	if len(rows) == 0 {
		return nil, nil, nil, nil
	}
	t, c := len(rows), len(cols)
	m := mat.NewDense(t, c+t, nil)
	dmax := 0.0
	for r, i := range rows {
		for q, j := range cols {
			d := pairDistance(subjects[i].Covariates, subjects[j].Covariates, sd, cfg)
			m.Set(r, q, d)
			if !math.IsInf(d, 1) {
				dmax = max(dmax, d)
			}
		}
	}
	penalty := float64(t)*dmax + 1
	for r := range t {
		for q := c; q < c+t; q++ {
			m.Set(r, q, penalty)
		}
	}
	if err := mm.solver.Assign(m, matching.Minimize, &mm.assign); err != nil {
		// Cannot happen: every row has its finite unmatched columns.
		return nil, nil, nil, fmt.Errorf("evaluation: matching stratum %q: %w", subjects[rows[0]].Stratum, err)
	}
	for r, q := range mm.assign.RowToCol {
		i := rows[r]
		if q < 0 || q >= c {
			*unmatched = append(*unmatched, subjects[i].ID)
			continue
		}
		j := cols[q]
		pairs = append(pairs, Pair{Treated: subjects[i].ID, Control: subjects[j].ID, Stratum: subjects[i].Stratum, Distance: m.At(r, q)})
		mt = append(mt, i)
		mc = append(mc, j)
	}
	return pairs, mt, mc, nil
}

// pairDistance is the standardised Euclidean distance of a and b, +Inf
// when a caliper or MaxDistance forbids the pair.
func pairDistance(a, b, sd []float64, cfg MatchConfig) float64 {
	var s float64
	for j, v := range a {
		if !(sd[j] > 0) {
			continue
		}
		z := (v - b[j]) / sd[j]
		if cfg.Calipers != nil && cfg.Calipers[j] > 0 && math.Abs(z) > cfg.Calipers[j] {
			return math.Inf(1)
		}
		s += z * z
	}
	d := math.Sqrt(s)
	if cfg.MaxDistance > 0 && d > cfg.MaxDistance {
		return math.Inf(1)
	}
	return d
}

// balance compares covariate j between the subjects t and c. With sd NaN
// the yardstick is computed from these samples and returned.
func balance(name string, subjects []MatchSubject, t, c []int, j int, sd float64) (Balance, float64) {
	xt, xc := make([]float64, len(t)), make([]float64, len(c))
	for a, i := range t {
		xt[a] = subjects[i].Covariates[j]
	}
	for a, i := range c {
		xc[a] = subjects[i].Covariates[j]
	}
	b := Balance{Covariate: name, MeanTreated: math.NaN(), MeanControl: math.NaN(), SMD: math.NaN(), VarianceRatio: math.NaN()}
	vt, vc := math.NaN(), math.NaN()
	if len(xt) > 0 {
		b.MeanTreated, vt = meanVar(xt)
	}
	if len(xc) > 0 {
		b.MeanControl, vc = meanVar(xc)
	}
	if math.IsNaN(sd) {
		switch {
		case !math.IsNaN(vt) && !math.IsNaN(vc):
			sd = math.Sqrt((vt + vc) / 2)
		case !math.IsNaN(vt):
			sd = math.Sqrt(vt)
		case !math.IsNaN(vc):
			sd = math.Sqrt(vc)
		}
	}
	if sd > 0 {
		b.SMD = (b.MeanTreated - b.MeanControl) / sd
	}
	if vc > 0 {
		b.VarianceRatio = vt / vc
	}
	return b, sd
}

func outcomes(subjects []MatchSubject, idx []int) []float64 {
	out := make([]float64, len(idx))
	for a, i := range idx {
		out[a] = subjects[i].Outcome
	}
	return out
}

// checkMatch checks the subjects and the settings and returns the number
// of covariates and the confidence level.
func checkMatch(subjects []MatchSubject, cfg MatchConfig) (k int, conf float64, err error) {
	if len(subjects) == 0 {
		return 0, 0, msgTooFew.At("subjects", nil, 0, 2)
	}
	var errs fault.Collector
	add := func(e *FieldError) {
		if e != nil && errs.Len() < 4*maxListed {
			errs.Add(e)
		}
	}
	k = len(subjects[0].Covariates)
	if cfg.Covariates != nil && len(cfg.Covariates) != k {
		add(msgLength.At("cfg.covariates", nil, len(cfg.Covariates), k, "subjects[0].covariates"))
	}
	if cfg.Calipers != nil {
		if len(cfg.Calipers) != k {
			add(msgLength.At("cfg.calipers", nil, len(cfg.Calipers), k, "subjects[0].covariates"))
		}
		for j, c := range cfg.Calipers {
			add(checkNonNegative(fault.Index("cfg.calipers", j), "", c))
		}
	}
	add(checkNonNegative("cfg.maxDistance", "", cfg.MaxDistance))
	conf, e := checkConfidence("cfg.confidence", cfg.Confidence, 0.95)
	errs.Add(e)
	seen := make(map[string]int, len(subjects))
	nt := 0
	for i, s := range subjects {
		path := fault.Index("subjects", i)
		if s.ID == "" {
			add(msgRequired.At(path+".id", nil))
		} else if first, dup := seen[s.ID]; dup {
			add(msgDuplicate.New(path+".id", s.ID, s.ID, fault.Index("subjects", first)))
		} else {
			seen[s.ID] = i
		}
		if s.Treated {
			nt++
		}
		if len(s.Covariates) != k {
			add(msgLength.New(path+".covariates", s.ID, nil, len(s.Covariates), k, "subjects[0].covariates"))
		}
		for j, v := range s.Covariates {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				add(msgNotFinite.New(fault.Index(path+".covariates", j), s.ID, v))
			}
		}
		if math.IsNaN(s.Outcome) || math.IsInf(s.Outcome, 0) {
			add(msgNotFinite.New(path+".outcome", s.ID, s.Outcome))
		}
	}
	if nt == 0 {
		add(msgNoTreated.At("subjects", nil))
	}
	if nt == len(subjects) {
		add(msgNoControl.At("subjects", nil))
	}
	return k, conf, errs.Err()
}
