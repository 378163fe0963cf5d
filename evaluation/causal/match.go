package causal

import (
	"math"
	"slices"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
	"github.com/mentorkit/mentorkit/matching"
	"gonum.org/v1/gonum/mat"
)

// Distance is what [MatchPropensity] minimises over the pairs.
type Distance uint8

// The distances. The zero value, DistanceLogit, is a real choice (the
// distance of Rosenbaum and Rubin 1985 and of Austin's caliper rule).
const (
	// DistanceLogit is |logit(e_t) − logit(e_c)|, the gap between the
	// linear predictors of the propensity model.
	DistanceLogit Distance = iota
	// DistanceMahalanobis is √(d'S⁻¹d) on the covariates, S the pooled
	// within-group covariance matrix, among the controls within the
	// propensity caliper ("Mahalanobis matching within calipers").
	DistanceMahalanobis
)

var distanceTable = enum.New[Distance]("distance", "logit", "mahalanobis")

// String returns "logit" or "mahalanobis".
func (d Distance) String() string { return distanceTable.String(d) }

// MarshalText writes the name.
func (d Distance) MarshalText() ([]byte, error) { return distanceTable.Marshal(d) }

// UnmarshalText reads a name (case-insensitive).
func (d *Distance) UnmarshalText(b []byte) error { return distanceTable.Unmarshal(b, d) }

// ImbalanceSMD is the absolute standardised mean difference above which a
// covariate is flagged as imbalanced (Austin 2009, Stat. Med. 28:3083).
const ImbalanceSMD = 0.1

// MatchConfig sets up [MatchPropensity].
type MatchConfig struct {
	// Names are the covariate names, one per entry of Subject.Covariates;
	// nil names them x1, x2, ….
	Names []string `json:"names"`
	// Distance is what the matching minimises; the zero value is DistanceLogit.
	Distance Distance `json:"distance"`
	// Caliper is the largest allowed gap in the logit of the propensity
	// score, in pooled standard deviations √((s_t² + s_c²)/2) of the logit;
	// 0 means 0.2 (Austin 2011, Pharm. Stat. 10:150), +Inf means none.
	Caliper float64 `json:"caliper,omitempty"`
	// Candidates is the largest number of controls considered per treated
	// person: those nearest on the logit within the caliper; 0 means 100.
	// It bounds the memory to O(treated × Candidates), never treated ×
	// controls.
	Candidates int `json:"candidates,omitempty"`
}

// Pair is one matched pair.
type Pair struct {
	Treated  string  `json:"treated"`  // the treated person's ID
	Control  string  `json:"control"`  // the control's ID
	Distance float64 `json:"distance"` // the minimised distance of the pair
	LogitGap float64 `json:"logitGap"` // logit(e_t) − logit(e_c)
}

// BalanceRow compares one covariate before and after matching, both on the
// yardstick of the sample before matching (evaluation.Balance's SMD).
type BalanceRow struct {
	Covariate string             `json:"covariate"`
	Before    evaluation.Balance `json:"before"`
	After     evaluation.Balance `json:"after"`
	// Imbalanced flags |After.SMD| > ImbalanceSMD, or an SMD that is NaN
	// because nobody was matched: the matched groups still differ on it.
	Imbalanced bool `json:"imbalanced"`
	// ImbalancedBefore flags |Before.SMD| > ImbalanceSMD.
	ImbalancedBefore bool `json:"imbalancedBefore"`
}

// Match is the result of [MatchPropensity].
type Match struct {
	Propensity Propensity `json:"propensity"`
	// Pairs are the matched pairs, in treated-ID order.
	Pairs []Pair `json:"pairs"`
	// Unmatched are the treated IDs left without a control (none within
	// the caliper, or lost to a treated person with a closer claim), sorted.
	Unmatched []string `json:"unmatched"`
	// CaliperWidth is the caliper in logit units (+Inf for none).
	CaliperWidth float64 `json:"caliperWidth"`
	// TotalDistance is the minimised sum of the pairs' distances.
	TotalDistance float64 `json:"totalDistance"`
	// Balance has one row per covariate, in the config's order.
	Balance []BalanceRow `json:"balance"`
	// Imbalanced names the covariates still flagged after matching.
	Imbalanced []string `json:"imbalanced"`
}

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (m Match) MarshalJSON() ([]byte, error) { return jsonx.Marshal(m) }

// UnmarshalJSON reads what MarshalJSON writes.
func (m *Match) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, m) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (m MatchConfig) MarshalJSON() ([]byte, error) { return jsonx.Marshal(m) }

// UnmarshalJSON reads what MarshalJSON writes.
func (m *MatchConfig) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, m) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (p Pair) MarshalJSON() ([]byte, error) { return jsonx.Marshal(p) }

// UnmarshalJSON reads what MarshalJSON writes.
func (p *Pair) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, p) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (b BalanceRow) MarshalJSON() ([]byte, error) { return jsonx.Marshal(b) }

// UnmarshalJSON reads what MarshalJSON writes.
func (b *BalanceRow) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, b) }

// MatchPropensity estimates the propensity score (see [EstimatePropensity])
// and pairs each treated person with a distinct control, one to one without
// replacement, so that the total distance is the smallest possible among
// the pairs the caliper allows and as many treated as possible are matched
// (optimal matching). Then it reports the balance of every covariate before
// and after, flagging |SMD| > ImbalanceSMD.
//
// Each treated person may take the cfg.Candidates controls nearest on the
// logit within the caliper, and one extra "unmatched" column per treated
// person costs more than any achievable total, so a treated person stays
// unmatched only when no matching of the others leaves a control for
// them. The problem goes to matching's sparse solver (AssignSparse) when
// the caliper leaves fewer than a quarter of the pairs as candidates or
// the matrix would exceed 2²⁰ entries, to its dense solver (Assign)
// otherwise; memory is O(n + treated × Candidates) and never a treated ×
// controls matrix at scale. Ties are broken by ID: subjects are put in ID order first, so the
// input order does not change the result.
//
// Errors: those of EstimatePropensity (ErrSeparation among them), a
// Caliper that is negative or NaN, Candidates < 0, an undeclared Distance,
// and for DistanceMahalanobis a singular covariance matrix (a constant or
// collinear covariate).
func MatchPropensity(subjects []Subject, cfg MatchConfig) (Match, error) {
	var c fault.Collector
	if !(cfg.Caliper >= 0) {
		c.Add(msgNegative.At("cfg.caliper", cfg.Caliper))
	}
	if cfg.Candidates < 0 {
		c.Add(msgNegative.At("cfg.candidates", cfg.Candidates))
	}
	if !distanceTable.Declared(cfg.Distance) {
		c.Add(msgUnknown.At("cfg.distance", int(cfg.Distance), "distance"))
	}
	if err := c.Err(); err != nil {
		return Match{}, err
	}
	if cfg.Caliper == 0 {
		cfg.Caliper = 0.2
	}
	if cfg.Candidates == 0 {
		cfg.Candidates = 100
	}
	ps, err := EstimatePropensity(subjects, cfg.Names)
	if err != nil {
		return Match{}, err
	}
	names := covariateNames(cfg.Names, len(subjects[0].Covariates))
	var treated, controls []int
	for _, i := range idOrder(subjects) {
		if subjects[i].Treated {
			treated = append(treated, i)
		} else {
			controls = append(controls, i)
		}
	}
	m := Match{Propensity: ps, Pairs: []Pair{}, Unmatched: []string{}, Imbalanced: []string{}}
	m.CaliperWidth = cfg.Caliper * pooledSD(ps.Logit, treated, controls)
	dist := func(t, c int) float64 { return math.Abs(ps.Logit[t] - ps.Logit[c]) }
	if cfg.Distance == DistanceMahalanobis {
		maha, err := newMahalanobis(subjects, treated, controls)
		if err != nil {
			return Match{}, err
		}
		dist = maha.dist
	}
	cand := candidates(ps.Logit, treated, controls, m.CaliperWidth, cfg.Candidates, dist)
	a, err := solve(cand)
	if err != nil {
		return Match{}, err // unreachable: every row has its own unmatched column
	}
	for r, t := range treated {
		col := a.RowToCol[r]
		if col < 0 || col >= len(controls) {
			m.Unmatched = append(m.Unmatched, subjects[t].ID)
			continue
		}
		ctl := controls[col]
		d := dist(t, ctl)
		m.TotalDistance += d
		m.Pairs = append(m.Pairs, Pair{Treated: subjects[t].ID, Control: subjects[ctl].ID,
			Distance: d, LogitGap: ps.Logit[t] - ps.Logit[ctl]})
	}
	m.Balance = balance(subjects, names, treated, controls, a.RowToCol)
	for _, b := range m.Balance {
		if b.Imbalanced {
			m.Imbalanced = append(m.Imbalanced, b.Covariate)
		}
	}
	return m, nil
}

// maxDenseEntries bounds the dense problems: above it (or when fewer than
// a quarter of the pairs are candidates) the sparse solver is used.
const maxDenseEntries = 1 << 20

// solve runs matching's dense solver when the candidates fill at least a
// quarter of a small matrix, its sparse solver otherwise; both return an
// optimal assignment of the same problem.
func solve(c matching.Candidates) (matching.Assignment, error) {
	entries := c.Rows * c.Cols
	if c.Rows == 0 || entries > maxDenseEntries || 4*len(c.Col) < c.Rows*(c.Cols-c.Rows) {
		return matching.AssignSparse(c, matching.Minimize)
	}
	data := make([]float64, entries)
	for i := range data {
		data[i] = math.Inf(1)
	}
	for r := range c.Rows {
		for p := c.RowStart[r]; p < c.RowStart[r+1]; p++ {
			data[r*c.Cols+c.Col[p]] = c.Value[p]
		}
	}
	return matching.Assign(mat.NewDense(c.Rows, c.Cols, data), matching.Minimize)
}

// pooledSD is √((s_t² + s_c²)/2) of v over the two index sets (a side with
// fewer than two values contributes 0).
func pooledSD(v []float64, a, b []int) float64 {
	return math.Sqrt((variance(v, a) + variance(v, b)) / 2)
}

func variance(v []float64, idx []int) float64 {
	if len(idx) < 2 {
		return 0
	}
	var m float64
	for _, i := range idx {
		m += v[i]
	}
	m /= float64(len(idx))
	var ss float64
	for _, i := range idx {
		ss += (v[i] - m) * (v[i] - m)
	}
	return ss / float64(len(idx)-1)
}

// candidates builds the sparse problem: row r is treated[r], columns
// 0..len(controls)−1 the controls, column len(controls)+r row r's
// "unmatched" option.
func candidates(logit []float64, treated, controls []int, width float64, k int, dist func(t, c int) float64) matching.Candidates {
	// Controls sorted by logit, ties by ID order (their position).
	byLogit := make([]int, len(controls))
	for i := range byLogit {
		byLogit[i] = i
	}
	slices.SortStableFunc(byLogit, func(a, b int) int {
		x, y := logit[controls[a]], logit[controls[b]]
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	})
	sorted := make([]float64, len(byLogit))
	for i, c := range byLogit {
		sorted[i] = logit[controls[c]]
	}
	nc := len(controls)
	perRow := min(k, nc) + 1
	cand := matching.Candidates{Rows: len(treated), Cols: nc + len(treated),
		RowStart: make([]int, 1, len(treated)+1),
		Col:      make([]int, 0, len(treated)*perRow), Value: make([]float64, 0, len(treated)*perRow)}
	dummy := make([]int, len(treated)) // position of each row's unmatched option
	maxCost := 0.0
	for r, t := range treated {
		lt := logit[t]
		hi, _ := slices.BinarySearch(sorted, lt) // first control with logit ≥ lt
		lo := hi - 1
		for taken := 0; taken < k; taken++ {
			var pick int
			switch {
			case lo >= 0 && hi < nc:
				if lt-sorted[lo] <= sorted[hi]-lt {
					pick, lo = lo, lo-1
				} else {
					pick, hi = hi, hi+1
				}
			case lo >= 0:
				pick, lo = lo, lo-1
			case hi < nc:
				pick, hi = hi, hi+1
			default:
				pick = -1
			}
			if pick < 0 || !(math.Abs(lt-sorted[pick]) <= width) {
				break
			}
			col := byLogit[pick]
			d := dist(t, controls[col])
			maxCost = math.Max(maxCost, d)
			cand.Col = append(cand.Col, col)
			cand.Value = append(cand.Value, d)
		}
		dummy[r] = len(cand.Col)
		cand.Col = append(cand.Col, nc+r)
		cand.Value = append(cand.Value, 0) // set below
		cand.RowStart = append(cand.RowStart, len(cand.Col))
	}
	// The unmatched option costs more than any total of real pairs, so
	// the solver first matches as many treated as it can.
	penalty := 1 + 2*float64(len(treated)+1)*maxCost
	for _, p := range dummy {
		cand.Value[p] = penalty
	}
	return cand
}

// balance computes the balance rows before and after matching.
func balance(subjects []Subject, names []string, treated, controls, rowToCol []int) []BalanceRow {
	var mt, mc []int
	for r, col := range rowToCol {
		if col >= 0 && col < len(controls) {
			mt = append(mt, treated[r])
			mc = append(mc, controls[col])
		}
	}
	rows := make([]BalanceRow, len(names))
	v := make([]float64, len(subjects))
	for j, name := range names {
		for i, s := range subjects {
			v[i] = s.Covariates[j]
		}
		sd := pooledSD(v, treated, controls)
		rows[j] = BalanceRow{Covariate: name,
			Before: balanceOf(name, v, treated, controls, sd),
			After:  balanceOf(name, v, mt, mc, sd)}
		rows[j].Imbalanced = !(math.Abs(rows[j].After.SMD) <= ImbalanceSMD)
		rows[j].ImbalancedBefore = !(math.Abs(rows[j].Before.SMD) <= ImbalanceSMD)
	}
	return rows
}

// balanceOf compares v between the index sets a (treated) and b (controls)
// on the yardstick sd. With sd = 0 the SMD is 0 when the means agree and
// ±Inf when they differ; it is NaN when a side is empty.
func balanceOf(name string, v []float64, a, b []int, sd float64) evaluation.Balance {
	mean := func(idx []int) float64 {
		if len(idx) == 0 {
			return math.NaN()
		}
		var s float64
		for _, i := range idx {
			s += v[i]
		}
		return s / float64(len(idx))
	}
	bal := evaluation.Balance{Covariate: name, MeanTreated: mean(a), MeanControl: mean(b), SMD: math.NaN(), VarianceRatio: math.NaN()}
	diff := bal.MeanTreated - bal.MeanControl
	switch {
	case sd > 0:
		bal.SMD = diff / sd
	case diff == 0:
		bal.SMD = 0 // the same constant on both sides
	case !math.IsNaN(diff):
		bal.SMD = math.Copysign(math.Inf(1), diff) // a constant per side, different sides
	}
	if len(a) > 1 && len(b) > 1 {
		if vc := variance(v, b); vc > 0 {
			bal.VarianceRatio = variance(v, a) / vc
		}
	}
	return bal
}

// PairOutcomes returns the outcomes of m's pairs, treated and control side
// by side in the order of m.Pairs, for [Rosenbaum]; y maps each person's
// ID to the outcome. A pair member missing from y is an error
// (ErrOutOfRange) naming the ID.
func PairOutcomes(m Match, y map[string]float64) (treated, control []float64, err error) {
	var c fault.Collector
	for i, p := range m.Pairs {
		yt, okT := y[p.Treated]
		yc, okC := y[p.Control]
		if !okT {
			c.Add(msgRequired.New(fault.Index("pairs", i)+".treated", p.Treated, nil))
		}
		if !okC {
			c.Add(msgRequired.New(fault.Index("pairs", i)+".control", p.Control, nil))
		}
		treated, control = append(treated, yt), append(control, yc)
		if c.Len() > maxListed {
			break
		}
	}
	if err := c.Err(); err != nil {
		return nil, nil, err
	}
	return treated, control, nil
}

// CheckBalance compares every covariate of subjects between the treated
// and the controls before matching and within pairs (any matched sample,
// for example one made elsewhere), on the yardstick of the sample before
// matching, flagging |SMD| > ImbalanceSMD as [MatchPropensity] does. names
// names the covariates (nil: x1, x2, …). Subjects are validated as by
// [EstimatePropensity]; a pair naming an unknown ID, a treated person as
// control or the reverse, or a person twice is an error (ErrOutOfRange).
func CheckBalance(subjects []Subject, names []string, pairs []Pair) ([]BalanceRow, error) {
	k, err := checkSubjects(subjects, names)
	if err != nil {
		return nil, err
	}
	index := make(map[string]int, len(subjects))
	for i, s := range subjects {
		index[s.ID] = i
	}
	var treated, controls []int
	for _, i := range idOrder(subjects) {
		if subjects[i].Treated {
			treated = append(treated, i)
		} else {
			controls = append(controls, i)
		}
	}
	pos := make(map[int]int, len(subjects)) // subject → position on its side
	for r, i := range treated {
		pos[i] = r
	}
	for c, i := range controls {
		pos[i] = c
	}
	rowToCol := make([]int, len(treated))
	for r := range rowToCol {
		rowToCol[r] = -1
	}
	usedControl := make([]bool, len(controls))
	var c fault.Collector
	for p, pr := range pairs {
		f := fault.Index("pairs", p)
		t, okT := index[pr.Treated]
		u, okC := index[pr.Control]
		switch {
		case !okT || !subjects[t].Treated:
			c.Add(msgNotTreated.New(f+".treated", pr.Treated, pr.Treated))
		case !okC || subjects[u].Treated:
			c.Add(msgNotControl.New(f+".control", pr.Control, pr.Control))
		case rowToCol[pos[t]] >= 0:
			c.Add(msgDuplicate.New(f+".treated", pr.Treated, pr.Treated, "an earlier pair"))
		case usedControl[pos[u]]:
			c.Add(msgDuplicate.New(f+".control", pr.Control, pr.Control, "an earlier pair"))
		default:
			rowToCol[pos[t]] = pos[u]
			usedControl[pos[u]] = true
		}
		if c.Len() > maxListed {
			break
		}
	}
	if err := c.Err(); err != nil {
		return nil, err
	}
	return balance(subjects, covariateNames(names, k), treated, controls, rowToCol), nil
}
