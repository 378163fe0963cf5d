package learn

import (
	"math"
	"math/rand/v2"
	"strings"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/glm"
	"github.com/mentorkit/mentorkit/matching/pairing"
)

// data is the validated input, by criterion.
type data struct {
	binary    bool
	y         []float64
	names     []string
	score     [][]float64 // score[k][i], 0 where missing
	miss      [][]bool    // miss[k][i]
	nmiss     []int
	hasData   []bool // scored for at least one pair
	indicator []bool // scored for some pairs but not all: a missing-indicator column
	baseline  []float64
}

// maxErrors bounds the errors listed for one call.
const maxErrors = 20

// prepare validates the input, fills the defaults of cfg and lays the
// breakdowns out by criterion.
func prepare(pairs []Pair, cfg *Config, rng *rand.Rand) (*data, error) {
	var c fault.Collector
	if rng == nil {
		c.Add(msgRNGRequired.At("rng", nil))
	}
	checkConfig(&c, cfg, len(pairs))
	if len(pairs) == 0 {
		c.Add(msgTooFew.At("pairs", nil, 0, 3))
		return nil, c.Err()
	}
	d := &data{y: make([]float64, len(pairs))}
	d.layout(&c, pairs)
	if c.Len() > 0 {
		return nil, c.Err()
	}
	d.outcomes(&c, pairs, cfg)
	if c.Len() > 0 {
		return nil, c.Err()
	}
	k := 0
	for _, h := range d.hasData {
		if h {
			k++
		}
	}
	n := len(pairs)
	switch {
	case k == 0:
		return nil, msgNoCriterion.At("pairs", nil)
	case n < k+2:
		return nil, msgTooFew.At("pairs", nil, n, k+2)
	}
	if cfg.Folds == 0 {
		cfg.Folds = min(5, n)
	}
	if cfg.Folds < 2 || cfg.Folds > n {
		return nil, msgFolds.At("cfg.folds", cfg.Folds, n)
	}
	base := pairing.DefaultWeights()
	if cfg.Baseline != nil {
		base = *cfg.Baseline
	}
	d.baseline = make([]float64, len(d.names))
	for j, name := range d.names {
		var crit pairing.Criterion
		if crit.UnmarshalText([]byte(name)) == nil {
			if f := field(&base, crit); f != nil {
				d.baseline[j] = *f
			}
		}
	}
	return d, nil
}

func checkConfig(c *fault.Collector, cfg *Config, n int) {
	if cfg.Outcome > Binary {
		c.Add(msgUndeclared.At("cfg.outcome", int(cfg.Outcome), "outcome"))
	}
	if cfg.Folds < 0 || cfg.Folds == 1 {
		c.Add(msgFolds.At("cfg.folds", cfg.Folds, n))
	}
	if cfg.Bootstrap < 0 {
		c.Add(msgNegative.At("cfg.bootstrap", cfg.Bootstrap))
	}
	if cfg.Bootstrap == 0 {
		cfg.Bootstrap = 200
	}
	if cfg.Confidence == 0 {
		cfg.Confidence = 0.95
	}
	if !(cfg.Confidence > 0 && cfg.Confidence < 1) {
		c.Add(msgProbability.At("cfg.confidence", cfg.Confidence))
	}
	if b := cfg.Baseline; b != nil {
		for _, v := range []float64{b.Skills, b.Interests, b.CareerGoals, b.Personality, b.Languages, b.WorkingHours, b.Experience, b.Location} {
			if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
				c.Add(msgBetween.At("cfg.baseline", v, 0, math.MaxFloat64))
				break
			}
		}
	}
}

// layout checks the breakdowns and fills names, score and miss.
func (d *data) layout(c *fault.Collector, pairs []Pair) {
	first := pairs[0].Breakdown
	if len(first) == 0 {
		c.Add(msgRequired.New("pairs[0].breakdown", pairs[0].ID, nil))
		return
	}
	col := map[string]int{}
	for j, ct := range first {
		if ct.Criterion == "" || col[ct.Criterion] > 0 {
			break // reported below
		}
		col[ct.Criterion] = j + 1
		d.names = append(d.names, ct.Criterion)
	}
	n, k := len(pairs), len(d.names)
	d.score, d.miss = make([][]float64, k), make([][]bool, k)
	for j := range k {
		d.score[j], d.miss[j] = make([]float64, n), make([]bool, n)
	}
	for i, p := range pairs {
		seen := make([]int, k)
		base := fault.Index("pairs", i) + ".breakdown"
		for q, ct := range p.Breakdown {
			if c.Len() >= maxErrors {
				return
			}
			f := fault.Index(base, q)
			j := col[ct.Criterion] - 1
			switch {
			case ct.Criterion == "":
				c.Add(msgRequired.New(f+".criterion", p.ID, nil))
				continue
			case j < 0:
				c.Add(inconsistent(base, p, d.names))
				continue
			case seen[j] > 0:
				c.Add(msgDuplicate.New(f+".criterion", p.ID, ct.Criterion, fault.Index(base, seen[j]-1)))
				continue
			}
			seen[j] = q + 1
			checkContribution(c, f, p.ID, ct)
			if ct.Missing != 0 {
				d.miss[j][i] = true
			} else {
				d.score[j][i] = ct.Score
			}
		}
		for j := range k {
			if seen[j] == 0 && c.Len() < maxErrors {
				c.Add(inconsistent(base, p, d.names))
				break
			}
		}
	}
	d.nmiss, d.hasData, d.indicator = make([]int, k), make([]bool, k), make([]bool, k)
	for j := range k {
		for i := range n {
			if d.miss[j][i] {
				d.nmiss[j]++
			}
		}
		d.hasData[j] = d.nmiss[j] < n
		d.indicator[j] = d.nmiss[j] > 0 && d.nmiss[j] < n
	}
}

func checkContribution(c *fault.Collector, f, id string, ct pairing.Contribution) {
	switch {
	case ct.Missing < 0 || ct.Missing > pairing.MissingBoth:
		c.Add(msgMissingKind.New(f+".missing", id, int(ct.Missing)))
	case ct.Missing != 0:
	case math.IsNaN(ct.Score) || math.IsInf(ct.Score, 0):
		c.Add(msgNotFinite.New(f+".score", id, ct.Score))
	case ct.Score < 0 || ct.Score > 1:
		c.Add(msgBetween.New(f+".score", id, ct.Score, 0, 1))
	}
}

func inconsistent(field string, p Pair, names []string) *fault.Error {
	got := make([]string, len(p.Breakdown))
	for q, ct := range p.Breakdown {
		got[q] = ct.Criterion
	}
	return msgInconsistent.New(field, p.ID, nil, strings.Join(got, ", "), strings.Join(names, ", "))
}

// outcomes checks the outcomes and settles the outcome type.
func (d *data) outcomes(c *fault.Collector, pairs []Pair, cfg *Config) {
	zeroOne := true
	for i, p := range pairs {
		y := p.Outcome
		if math.IsNaN(y) || math.IsInf(y, 0) {
			if c.Len() < maxErrors {
				c.Add(msgNotFinite.New(fault.Index("pairs", i)+".outcome", p.ID, y))
			}
			continue
		}
		d.y[i] = y
		zeroOne = zeroOne && (y == 0 || y == 1)
	}
	if c.Len() > 0 {
		return
	}
	if cfg.Outcome == 0 {
		cfg.Outcome = Continuous
		if zeroOne {
			cfg.Outcome = Binary
		}
	}
	d.binary = cfg.Outcome == Binary
	if !d.binary {
		return
	}
	var ones int
	for i, p := range pairs {
		if y := p.Outcome; y != 0 && y != 1 {
			if c.Len() < maxErrors {
				c.Add(msgNotBinary.New(fault.Index("pairs", i)+".outcome", p.ID, y))
			}
			continue
		}
		if p.Outcome == 1 {
			ones++
		}
	}
	if c.Len() == 0 && (ones == 0 || ones == len(pairs)) {
		c.Add(msgSingleClass.At("pairs", nil, pairs[0].Outcome))
	}
}

// model is one fit: the coefficient of each criterion and of its missing
// indicator (NaN where not in the model or aliased).
type model struct {
	intercept   float64
	beta, gamma []float64
	dev, null   float64
	converged   bool
}

// fit fits the model on the rows idx (repeats allowed), leaving out the
// criteria marked in dropped (nil for none).
func (d *data) fit(idx []int, dropped []bool) (*model, error) {
	k := len(d.names)
	y := make([]float64, len(idx))
	for r, i := range idx {
		y[r] = d.y[i]
	}
	var x [][]float64
	var nonneg []bool
	colB, colG := make([]int, k), make([]int, k)
	for j := range k {
		colB[j], colG[j] = -1, -1
		if !d.hasData[j] || (dropped != nil && dropped[j]) {
			continue
		}
		colB[j] = len(x)
		x = append(x, column(idx, func(i int) float64 { return d.score[j][i] }))
		nonneg = append(nonneg, true)
		if d.indicator[j] {
			colG[j] = len(x)
			x = append(x, column(idx, func(i int) float64 { return b2f(d.miss[j][i]) }))
			nonneg = append(nonneg, false)
		}
	}
	var coef []float64
	m := &model{converged: true}
	if d.binary {
		f, err := glm.Logistic(y, x, nil, glm.Config{NonNegative: nonneg})
		if err != nil {
			return nil, msgFitFailed.At("pairs", nil, err)
		}
		if f.Separation != glm.SeparationNone {
			return nil, msgSeparated.At("pairs", nil, len(f.Separated), f.N)
		}
		coef, m.dev, m.null, m.converged = f.Coef, f.Deviance, f.NullDeviance, f.Converged
	} else {
		f, err := glm.LeastSquares(y, x, nil, glm.Config{NonNegative: nonneg})
		if err != nil {
			return nil, msgFitFailed.At("pairs", nil, err)
		}
		coef, m.dev, m.null = f.Coef, f.RSS, f.TSS
	}
	m.intercept = coef[0]
	m.beta, m.gamma = make([]float64, k), make([]float64, k)
	for j := range k {
		m.beta[j], m.gamma[j] = at(coef, colB[j]), at(coef, colG[j])
	}
	return m, nil
}

func column(idx []int, v func(int) float64) []float64 {
	out := make([]float64, len(idx))
	for r, i := range idx {
		out[r] = v(i)
	}
	return out
}

func at(coef []float64, col int) float64 {
	if col < 0 {
		return math.NaN()
	}
	return coef[col+1]
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// eta is the model's linear predictor for pair i.
func (d *data) eta(m *model, i int) float64 {
	e := m.intercept
	for j := range d.names {
		if d.miss[j][i] {
			if !math.IsNaN(m.gamma[j]) {
				e += m.gamma[j]
			}
		} else if !math.IsNaN(m.beta[j]) {
			e += m.beta[j] * d.score[j][i]
		}
	}
	return e
}

// pairScore is pairing's score of pair i with weights w (by criterion,
// NaN read as 0): the weighted mean over the criteria that apply.
func (d *data) pairScore(w []float64, i int) float64 {
	var num, den float64
	for j := range d.names {
		wj := w[j]
		if d.miss[j][i] || math.IsNaN(wj) || wj <= 0 {
			continue
		}
		num += wj * d.score[j][i]
		den += wj
	}
	if den == 0 {
		return 0
	}
	return num / den
}
