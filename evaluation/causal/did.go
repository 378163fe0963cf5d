package causal

import (
	"math"
	"slices"
	"strings"

	"github.com/mentorkit/mentorkit/internal/chol"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
)

// PanelRow is one observation of a person in one period of a
// before/after comparison.
type PanelRow struct {
	ID      string  `json:"id"`      // the person; rows of one person form a cluster
	Treated bool    `json:"treated"` // the person is in the mentored group (constant per person)
	Post    bool    `json:"post"`    // the observation is after the programme started
	Y       float64 `json:"y"`       // the outcome
}

// DiDConfig sets the level of the intervals of [DiffInDiff].
type DiDConfig struct {
	// Confidence is the level of the two-sided intervals; 0 means 0.95.
	Confidence float64 `json:"confidence,omitempty"`
}

// Inference is the standard error, t statistic, two-sided p-value and
// interval of one coefficient under one variance estimate. All are NaN
// where the coefficient is not estimable or the variance undefined.
type Inference struct {
	SE    float64 `json:"se"`
	T     float64 `json:"t"`
	P     float64 `json:"p"`     // 2·P(T > |t|) on the residual df n − k
	Lower float64 `json:"lower"` // estimate − t_{(1+c)/2, n−k}·se
	Upper float64 `json:"upper"` // estimate + t_{(1+c)/2, n−k}·se
}

// Term is one coefficient of the model y ~ treat·post.
type Term struct {
	Name     string  `json:"name"`     // "(Intercept)", "treat", "post" or "treat:post"
	Estimate float64 `json:"estimate"` // NaN where not estimable (R's NA)
	// Classical is OLS inference with s² = RSS/(n − k).
	Classical Inference `json:"classical"`
	// Cluster is cluster-robust inference by person: sandwich's
	// vcovCL(type = "HC1"), G/(G−1)·(n−1)/(n−k)·(X'X)⁻¹ Σ_g (X_g'e_g)(X_g'e_g)' (X'X)⁻¹,
	// with the t distribution on the residual df, as lmtest's coeftest
	// uses it. NaN with a single person.
	Cluster Inference `json:"cluster"`
}

// DiD is the result of [DiffInDiff].
type DiD struct {
	// Terms are (Intercept), treat, post and treat:post, in that order.
	Terms []Term `json:"terms"`
	// Effect is the treat:post term, the difference in differences
	// (ȳ_T,post − ȳ_T,pre) − (ȳ_C,post − ȳ_C,pre).
	Effect       Term    `json:"effect"`
	DFResidual   int     `json:"dfResidual"`   // n − k, k the number of estimable coefficients
	Observations int     `json:"observations"` // rows
	Clusters     int     `json:"clusters"`     // persons
	Confidence   float64 `json:"confidence"`   // the level of the intervals
	// Reason says why a term is not estimable ("" when all are): no
	// treated or no control person, or no row before or after.
	Reason string `json:"reason,omitempty"`
}

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (d DiD) MarshalJSON() ([]byte, error) { return jsonx.Marshal(d) }

// UnmarshalJSON reads what MarshalJSON writes.
func (d *DiD) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, d) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (t Term) MarshalJSON() ([]byte, error) { return jsonx.Marshal(t) }

// UnmarshalJSON reads what MarshalJSON writes.
func (t *Term) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, t) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (i Inference) MarshalJSON() ([]byte, error) { return jsonx.Marshal(i) }

// UnmarshalJSON reads what MarshalJSON writes.
func (i *Inference) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, i) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (r PanelRow) MarshalJSON() ([]byte, error) { return jsonx.Marshal(r) }

// UnmarshalJSON reads what MarshalJSON writes.
func (r *PanelRow) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, r) }

// MarshalJSON writes the value by the module's number rule.
func (c DiDConfig) MarshalJSON() ([]byte, error) { return jsonx.Marshal(c) }

// UnmarshalJSON reads what MarshalJSON writes.
func (c *DiDConfig) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, c) }

var didTerms = []string{"(Intercept)", "treat", "post", "treat:post"}

// DiffInDiff estimates the difference in differences on a person-level
// before/after panel by OLS of y on treat, post and treat×post, as R's
// lm(y ~ treat * post) does, with classical and cluster-robust (by person,
// HC1) standard errors. Rows may come in any order and persons may lack a
// period (clusters of size one). A term that the data cannot identify (no
// control or no treated person, no row before or after) is NaN, as R's NA,
// with [DiD.Reason] saying why; the other terms are fitted without it.
// Inference is NaN when the residual df is 0.
//
// Errors: no rows (ErrEmpty), an empty ID, a non-finite y, a person whose
// Treated differs between rows, or a confidence outside (0, 1)
// (ErrOutOfRange). Cost O(n log n).
func DiffInDiff(rows []PanelRow, cfg DiDConfig) (DiD, error) {
	var c fault.Collector
	if len(rows) == 0 {
		c.Add(msgTooFew.At("rows", nil, 0, 1))
	}
	conf := checkConfidence(&c, "cfg.confidence", cfg.Confidence, 0.95)
	treat := map[string]bool{}
	for i, r := range rows {
		f := fault.Index("rows", i)
		if r.ID == "" {
			c.Add(msgRequired.At(f+".id", nil))
		}
		if math.IsNaN(r.Y) || math.IsInf(r.Y, 0) {
			c.Add(msgNotFinite.New(f+".y", r.ID, r.Y))
		}
		if t, ok := treat[r.ID]; ok && t != r.Treated {
			c.Add(msgTreatChanges.New(f+".treated", r.ID, r.Treated))
		}
		treat[r.ID] = r.Treated
	}
	if c.Len() > 0 {
		return DiD{}, c.Err()
	}
	n := len(rows)
	x := [][]float64{make([]float64, n), make([]float64, n), make([]float64, n), make([]float64, n)}
	y := make([]float64, n)
	cluster := clusterIndex(rows)
	for i, r := range rows {
		x[0][i] = 1
		if r.Treated {
			x[1][i] = 1
		}
		if r.Post {
			x[2][i] = 1
		}
		x[3][i] = x[1][i] * x[2][i]
		y[i] = r.Y
	}
	fit := ols(x, y, cluster, conf)
	d := DiD{DFResidual: fit.df, Observations: n, Clusters: len(treat), Confidence: conf}
	for j, name := range didTerms {
		d.Terms = append(d.Terms, Term{Name: name, Estimate: fit.beta[j], Classical: fit.classical[j], Cluster: fit.cluster[j]})
	}
	d.Effect = d.Terms[3]
	d.Reason = didReason(x)
	return d, nil
}

// didReason explains which cells are empty.
func didReason(x [][]float64) string {
	var cells [2][2]int
	for i := range x[0] {
		cells[int(x[1][i])][int(x[2][i])]++
	}
	var why []string
	if cells[0][0]+cells[0][1] == 0 {
		why = append(why, "no control person")
	}
	if cells[1][0]+cells[1][1] == 0 {
		why = append(why, "no treated person")
	}
	if cells[0][0]+cells[1][0] == 0 {
		why = append(why, "no row before the start")
	}
	if cells[0][1]+cells[1][1] == 0 {
		why = append(why, "no row after the start")
	}
	if len(why) == 0 && (cells[0][0] == 0 || cells[0][1] == 0 || cells[1][0] == 0 || cells[1][1] == 0) {
		why = append(why, "a group has no row in one period")
	}
	if len(why) == 0 {
		return ""
	}
	return strings.Join(why, "; ") + ": terms it leaves unidentified are NaN"
}

// clusterIndex numbers the persons in ID order and returns each row's number.
func clusterIndex(rows []PanelRow) []int {
	ids := make([]string, len(rows))
	for i, r := range rows {
		ids[i] = r.ID
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	out := make([]int, len(rows))
	for i, r := range rows {
		out[i], _ = slices.BinarySearch(ids, r.ID)
	}
	return out
}

// olsFit is an OLS fit with classical and cluster-robust inference.
type olsFit struct {
	beta      []float64
	classical []Inference
	cluster   []Inference
	df        int
}

// ols regresses y on the columns x (x[j][i]), dropping aliased columns as
// lm does (a residual norm below 1e-7 of the column's), with clusters
// numbered 0..G−1.
func ols(x [][]float64, y []float64, cluster []int, conf float64) olsFit {
	p, n := len(x), len(y)
	active := aliasFree(x, 1e-7)
	k := len(active)
	f := olsFit{beta: nans(p), classical: nanInf(p), cluster: nanInf(p), df: n - k}
	a := make([][]float64, k)
	b := make([]float64, k)
	for q, j := range active {
		a[q] = make([]float64, k)
		for r, l := range active {
			a[q][r] = dot(x[j], x[l])
		}
		b[q] = dot(x[j], y)
	}
	lch, ok := chol.Factor(a, 1e-13)
	if !ok || k == 0 {
		return f
	}
	beta := chol.Solve(lch, b)
	inv := chol.Inverse(lch)
	e := slices.Clone(y)
	for q, j := range active {
		f.beta[j] = beta[q]
		for i := range e {
			e[i] -= beta[q] * x[j][i]
		}
	}
	var rss float64
	for _, v := range e {
		rss += v * v
	}
	g := 0
	for _, c := range cluster {
		g = max(g, c+1)
	}
	meat := make([][]float64, g)
	for i := range meat {
		meat[i] = make([]float64, k)
	}
	for i := range n {
		for q, j := range active {
			meat[cluster[i]][q] += x[j][i] * e[i]
		}
	}
	df := float64(n - k)
	adj := float64(g) / float64(g-1) * float64(n-1) / df
	tq := tQuantile((1+conf)/2, df)
	for q, j := range active {
		// (X'X)⁻¹ M (X'X)⁻¹ diagonal entry q: (B s_g)_q summed in square.
		var vcl float64
		for _, sg := range meat {
			var u float64
			for r := range k {
				u += inv[q][r] * sg[r]
			}
			vcl += u * u
		}
		f.classical[j] = infer(beta[q], math.Sqrt(rss/df*inv[q][q]), df, tq)
		if g > 1 {
			f.cluster[j] = infer(beta[q], math.Sqrt(adj*vcl), df, tq)
		}
	}
	return f
}

// infer fills an Inference from an estimate and its standard error.
func infer(est, se, df, tq float64) Inference {
	if !(df > 0) || math.IsNaN(se) {
		return nanInference()
	}
	t := est / se
	return Inference{SE: se, T: t, P: tTwoSided(t, df), Lower: est - tq*se, Upper: est + tq*se}
}

func nanInference() Inference {
	n := math.NaN()
	return Inference{n, n, n, n, n}
}

func nanInf(p int) []Inference {
	out := make([]Inference, p)
	for i := range out {
		out[i] = nanInference()
	}
	return out
}

func nans(n int) []float64 {
	v := make([]float64, n)
	for i := range v {
		v[i] = math.NaN()
	}
	return v
}

func dot(a, b []float64) float64 {
	var s float64
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// aliasFree returns the columns that are not (numerically) in the span of
// the earlier ones: Gram–Schmidt with R's relative tolerance tol.
func aliasFree(x [][]float64, tol float64) []int {
	var basis [][]float64
	var active []int
	for j, col := range x {
		v := slices.Clone(col)
		norm0 := math.Sqrt(dot(v, v))
		for _, q := range basis {
			d := dot(q, v)
			for i := range v {
				v[i] -= d * q[i]
			}
		}
		norm := math.Sqrt(dot(v, v))
		if norm0 == 0 || norm < tol*norm0 {
			continue
		}
		for i := range v {
			v[i] /= norm
		}
		basis = append(basis, v)
		active = append(active, j)
	}
	return active
}

// DiffInDiffMatched is [DiffInDiff] on the matched sample of m: only the
// rows of persons in m.Pairs (treated and their controls) are kept, and
// the errors are clustered by person as before. Rows of unmatched or
// unknown persons are dropped; the same errors as DiffInDiff apply to the
// rows kept (no row kept is ErrEmpty).
func DiffInDiffMatched(rows []PanelRow, m Match, cfg DiDConfig) (DiD, error) {
	keep := make(map[string]bool, 2*len(m.Pairs))
	for _, p := range m.Pairs {
		keep[p.Treated] = true
		keep[p.Control] = true
	}
	var sub []PanelRow
	for _, r := range rows {
		if keep[r.ID] {
			sub = append(sub, r)
		}
	}
	return DiffInDiff(sub, cfg)
}
