package adjust

import (
	"cmp"
	"math"
	"slices"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
)

// FieldError is mentorkit's one error for a bad value (see
// [evaluation.FieldError]).
type FieldError = fault.Error

// Method is a multiple-testing adjustment. The zero value is Holm, R's
// p.adjust default. Its text form is "holm", "hochberg", "hommel",
// "bonferroni", "bh" or "by" (parsing ignores case, so R's "BH" and "BY"
// read too); unknown text wraps [evaluation.ErrUnknownEnum].
type Method uint8

// The methods, with p_(1) <= … <= p_(m) the sorted p-values of m tests
// (m = Config.N) and each result capped at 1.
const (
	// Holm's step-down method (Holm, 1979), family-wise error rate:
	// adj_(i) = max_{j <= i} (m - j + 1)·p_(j).
	Holm Method = iota
	// Hochberg's step-up method (Hochberg, 1988), family-wise error rate
	// under independence or positive dependence:
	// adj_(i) = min_{j >= i} (m - j + 1)·p_(j).
	Hochberg
	// Hommel's method (Hommel, 1988) by Wright's (1992) algorithm as R
	// implements it; with two tests it is Hochberg, as in R.
	Hommel
	// Bonferroni: adj = m·p.
	Bonferroni
	// BH is Benjamini and Hochberg's (1995) step-up method, false
	// discovery rate: adj_(i) = min_{j >= i} m/j·p_(j).
	BH
	// BY is Benjamini and Yekutieli's (2001) method, false discovery rate
	// under any dependence: BH multiplied by Σ_{k=1..m} 1/k.
	BY
)

var methodTable = enum.New[Method]("adjustment method", "holm", "hochberg", "hommel", "bonferroni", "bh", "by")

// String returns the method's name ("holm", "bh").
func (m Method) String() string { return methodTable.String(m) }

// MarshalText returns the method's name; an undeclared value is an error
// wrapping [evaluation.ErrUnknownEnum].
func (m Method) MarshalText() ([]byte, error) { return methodTable.Marshal(m) }

// UnmarshalText parses a name, ignoring case.
func (m *Method) UnmarshalText(b []byte) error { return methodTable.Unmarshal(b, m) }

// Config holds the settings of PValues. The zero value is R's
// p.adjust(p) with statsmodels' alpha = 0.05 for the rejections.
type Config struct {
	// Method is the adjustment; the zero value is Holm.
	Method Method `json:"method"`
	// Alpha is the family-wise error rate or false discovery rate at which
	// Result.Reject rejects, strictly between 0 and 1; 0 means 0.05.
	Alpha float64 `json:"alpha,omitempty"`
	// N is the number of tests m (R's n): at least the number of non-NaN
	// p-values, which 0 means. A larger N counts tests whose p-values are
	// not given (Hommel pads them with 1, as R).
	N int `json:"n,omitempty"`
}

// Result holds adjusted p-values in the order of the input.
type Result struct {
	// P holds the adjusted p-values, capped at 1; NaN where the input is
	// NaN (missing).
	P []float64 `json:"p"`
	// Reject reports P[i] <= Alpha (false for a missing p-value).
	Reject []bool `json:"reject"`
	// Alpha is the level the rejections use.
	Alpha float64 `json:"alpha"`
	// Method is the adjustment used; N the number of tests m.
	Method Method `json:"method"`
	N      int    `json:"n"`
}

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (r Result) MarshalJSON() ([]byte, error) { return jsonx.Marshal(r) }

// UnmarshalJSON reads what MarshalJSON writes.
func (r *Result) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, r) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (c Config) MarshalJSON() ([]byte, error) { return jsonx.Marshal(c) }

// UnmarshalJSON reads what MarshalJSON writes.
func (c *Config) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, c) }

var (
	msgBetween     = fault.Between.With(evaluation.ErrOutOfRange)
	msgProbability = fault.Probability.With(evaluation.ErrOutOfRange)
	msgMoreInvalid = fault.Message{Code: "moreInvalid", Err: evaluation.ErrOutOfRange,
		EN: "has %d more invalid values (not listed)", NL: "bevat nog %d ongeldige waarden (niet getoond)"}
	msgFewerTests = fault.Message{Code: "fewerTests", Err: evaluation.ErrOutOfRange,
		EN: "is below the %d p-values given", NL: "is kleiner dan de %d opgegeven p-waarden"}
	msgUndeclared = fault.Message{Code: "undeclaredEnum", Err: evaluation.ErrUnknownEnum,
		EN: "is not a declared %s", NL: "is geen geldige waarde voor %s"}
)

// messages lists every message of the package (for fault.CheckTable).
var messages = []fault.Message{msgBetween, msgProbability, msgMoreInvalid, msgFewerTests, msgUndeclared}

// maxListed bounds the per-value errors listed for one argument.
const maxListed = 10

// PValues adjusts pvalues for multiple testing by cfg.Method, as R's
// p.adjust(pvalues, method, n) does (statsmodels multipletests gives the
// same values for holm, simes-hochberg, hommel, bonferroni, fdr_bh and
// fdr_by), and rejects those at or below cfg.Alpha. With one test or
// none the p-values are returned unchanged. O(m log m) time except Hommel,
// O(m²); the input is not modified.
func PValues(pvalues []float64, cfg Config) (Result, error) {
	var errs fault.Collector
	bad, given := 0, 0
	for i, p := range pvalues {
		switch {
		case math.IsNaN(p):
		case p >= 0 && p <= 1:
			given++
		default:
			bad++
			if bad <= maxListed {
				errs.Add(msgBetween.At(fault.Index("pvalues", i), p, 0, 1))
			}
		}
	}
	if bad > maxListed {
		errs.Add(msgMoreInvalid.At("pvalues", nil, bad-maxListed))
	}
	alpha := cfg.Alpha
	if alpha == 0 {
		alpha = 0.05
	}
	if !(alpha > 0 && alpha < 1) {
		errs.Add(msgProbability.At("cfg.alpha", cfg.Alpha))
	}
	n := cfg.N
	if n == 0 {
		n = given
	}
	if n < given {
		errs.Add(msgFewerTests.At("cfg.n", cfg.N, given))
	}
	if !methodTable.Declared(cfg.Method) {
		errs.Add(msgUndeclared.At("cfg.method", int(cfg.Method), "Method"))
	}
	if err := errs.Err(); err != nil {
		return Result{}, err
	}
	// The p-values given, ascending (ties by index), and where they go.
	idx := make([]int, 0, given)
	for i, p := range pvalues {
		if !math.IsNaN(p) {
			idx = append(idx, i)
		}
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(pvalues[a], pvalues[b]) })
	p := make([]float64, len(idx))
	for k, i := range idx {
		p[k] = pvalues[i]
	}
	adj := p
	if n > 1 {
		adj = adjustSorted(p, n, cfg.Method)
	}
	r := Result{P: make([]float64, len(pvalues)), Reject: make([]bool, len(pvalues)), Alpha: alpha, Method: cfg.Method, N: n}
	for i := range r.P {
		r.P[i] = math.NaN()
	}
	for k, i := range idx {
		r.P[i] = adj[k]
		r.Reject[i] = adj[k] <= alpha
	}
	return r, nil
}

// adjustSorted adjusts the ascending p-values p of len(p) <= n of n tests.
func adjustSorted(p []float64, n int, m Method) []float64 {
	lp := len(p)
	nf := float64(n)
	adj := make([]float64, lp)
	switch m {
	case Bonferroni:
		for k, v := range p {
			adj[k] = min(1, nf*v)
		}
	case Holm:
		run := 0.0
		for k, v := range p {
			run = max(run, (nf-float64(k))*v)
			adj[k] = min(1, run)
		}
	case Hochberg, BH, BY:
		q := 1.0
		if m == BY {
			q = 0
			for j := 1; j <= n; j++ {
				q += 1 / float64(j)
			}
		}
		run := math.Inf(1)
		for k := lp - 1; k >= 0; k-- {
			i := float64(k + 1)
			f := nf + 1 - i // Hochberg
			if m != Hochberg {
				f = q * nf / i
			}
			run = min(run, f*p[k])
			adj[k] = min(1, run)
		}
	case Hommel:
		if n == 2 {
			return adjustSorted(p, n, Hochberg)
		}
		return hommel(p, n)
	}
	return adj
}

// hommel is R's p.adjust "hommel" on ascending p, padded with 1 up to n
// tests.
func hommel(given []float64, n int) []float64 {
	p := make([]float64, n)
	for i := range p {
		p[i] = 1
	}
	copy(p, given)
	nf := float64(n)
	start := math.Inf(1)
	for i, v := range p {
		start = min(start, nf*v/float64(i+1))
	}
	q := make([]float64, n)
	pa := make([]float64, n)
	for i := range q {
		q[i], pa[i] = start, start
	}
	for m := n - 1; m >= 2; m-- {
		mf := float64(m)
		// i1 = 1..n-m+1, i2 = n-m+2..n (1-based).
		q1 := math.Inf(1)
		for k := 2; k <= m; k++ {
			q1 = min(q1, mf*p[n-m+k-1]/float64(k))
		}
		for i := 0; i < n-m+1; i++ {
			q[i] = min(mf*p[i], q1)
		}
		for i := n - m + 1; i < n; i++ {
			q[i] = q[n-m]
		}
		for i := range pa {
			pa[i] = max(pa[i], q[i])
		}
	}
	out := make([]float64, len(given))
	for i := range out {
		out[i] = max(pa[i], p[i])
	}
	return out
}
