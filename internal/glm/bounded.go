package glm

import (
	"math"
	"slices"

	"github.com/mentorkit/mentorkit/internal/chol"
	"github.com/mentorkit/mentorkit/internal/jsonx"
)

// boundedSolve minimises ½β'Aβ − c'β subject to β_j ≥ 0 for every j with
// nonneg[j], the others free, for a positive definite A (k×k). It is
// Lawson and Hanson's NNLS active-set algorithm (Solving Least Squares
// Problems, 1974, ch. 23) in its normal-equation form, with the free
// coefficients always in the passive set: the solution is exact (it meets
// the Karush–Kuhn–Tucker conditions up to rounding) after finitely many
// steps. The free coefficients start from their unconstrained solution with
// every constrained coefficient at 0. ok is false when a passive subsystem is
// not numerically positive definite.
func boundedSolve(a [][]float64, c []float64, nonneg []bool) (beta []float64, ok bool) {
	k := len(c)
	beta = make([]float64, k)
	passive := make([]bool, k)
	for j := range k {
		passive[j] = !nonneg[j]
	}
	scale := 0.0
	for j := range k {
		scale = math.Max(scale, math.Abs(c[j]))
	}
	tol := 1e-12 * math.Max(scale, 1)
	if !solveOn(a, c, passive, beta, nonneg, tol) {
		return nil, false
	}
	// Each outer step frees one coefficient and the objective falls
	// strictly, so no passive set repeats; 10·(k+1) steps bound rounding
	// cycles (the result is then the last feasible iterate).
	for range 10 * (k + 1) {
		// w = c − Aβ is the negative gradient; a constrained coefficient
		// at its bound with w_j > 0 would lower the objective if freed.
		best, bestW := -1, tol
		for j := range k {
			if passive[j] {
				continue
			}
			w := c[j]
			for q := range k {
				w -= a[j][q] * beta[q]
			}
			if w > bestW {
				best, bestW = j, w
			}
		}
		if best < 0 {
			return beta, true
		}
		passive[best] = true
		if !solveOn(a, c, passive, beta, nonneg, tol) {
			return nil, false
		}
	}
	return beta, true
}

// solveOn is the inner loop of Lawson–Hanson: it solves the unconstrained
// problem on the passive set and, while a constrained passive coefficient
// would turn non-positive, moves β part of the way (the largest step that
// stays feasible) and returns the coefficients that reached 0 to the
// active set. beta is updated in place and stays feasible.
func solveOn(a [][]float64, c []float64, passive []bool, beta []float64, nonneg []bool, tol float64) bool {
	k := len(c)
	for range k + 1 {
		var idx []int
		for j := range k {
			if passive[j] {
				idx = append(idx, j)
			}
		}
		s := make([]float64, k)
		if len(idx) > 0 {
			sub := make([][]float64, len(idx))
			rhs := make([]float64, len(idx))
			for p, j := range idx {
				sub[p] = make([]float64, len(idx))
				for q, l := range idx {
					sub[p][q] = a[j][l]
				}
				rhs[p] = c[j]
			}
			l, ok := chol.Factor(sub, 1e-14)
			if !ok {
				return false
			}
			for p, v := range chol.Solve(l, rhs) {
				s[idx[p]] = v
			}
		}
		alpha, blocked := 1.0, false
		for _, j := range idx {
			if nonneg[j] && s[j] <= 0 {
				blocked = true
				if d := beta[j] - s[j]; d > 0 {
					alpha = math.Min(alpha, beta[j]/d)
				} else {
					alpha = 0
				}
			}
		}
		if !blocked {
			copy(beta, s)
			return true
		}
		for j := range k {
			beta[j] += alpha * (s[j] - beta[j])
			if nonneg[j] && passive[j] && beta[j] <= tol*1e-3 {
				beta[j], passive[j] = 0, false
			}
		}
	}
	return true
}

// constrained reports whether any coefficient of the state is bounded.
func (s *state) constrained() bool { return slices.Contains(s.nonneg, true) }

// boundedStep is step for a fit with bounds: the weighted least-squares
// problem of the IRLS iteration is solved with the bounds (boundedSolve),
// and when the deviance rises the step is halved, up to ten times,
// towards the previous (feasible) coefficients.
func (s *state) boundedStep(first bool) bool {
	a, b := s.normal(first)
	k := len(s.active)
	c := make([]float64, k)
	nn := make([]bool, k)
	for p, j := range s.active {
		c[p] = b[p]
		if !first {
			for q, l := range s.active {
				c[p] += a[p][q] * s.beta[l]
			}
		}
		nn[p] = s.nonneg[j]
	}
	next, ok := boundedSolve(a, c, nn)
	if !ok {
		return false
	}
	old := slices.Clone(s.beta)
	devOld := s.deviance()
	for p, j := range s.active {
		s.beta[j] = next[p]
	}
	s.update()
	for h := 0; !first && h < 10 && s.deviance() > devOld*(1+1e-12); h++ {
		for _, j := range s.active {
			s.beta[j] = (s.beta[j] + old[j]) / 2
		}
		s.update()
	}
	return true
}

// LSFit is a (weighted) least-squares fit, possibly with non-negative
// coefficients. Slices indexed by coefficient hold the intercept first
// (unless omitted), then the columns in input order.
type LSFit struct {
	Coef    []float64 `json:"coef"`    // coefficients; NaN where aliased
	Aliased []bool    `json:"aliased"` // true where a column is collinear with earlier ones
	// AtBound is true for a non-negative coefficient the bound holds at 0.
	AtBound []bool    `json:"atBound"`
	N       int       `json:"n"`      // observations with positive weight
	RSS     float64   `json:"rss"`    // Σ w·(y − fitted)²
	TSS     float64   `json:"tss"`    // Σ w·(y − ȳ_w)² (Σ w·y² without an intercept)
	Fitted  []float64 `json:"fitted"` // fitted values in input order
}

// LeastSquares fits y on the columns x (x[j][i] is covariate j of
// observation i) with prior weights w (nil means all 1) by weighted least
// squares, the coefficients of the columns with cfg.NonNegative set held
// at or above 0: Lawson and Hanson's NNLS active-set algorithm, exact, on
// the normal equations (their squared condition number is harmless for the
// few, bounded columns it is meant for; use a QR-based method for
// ill-conditioned designs). Without bounds it is ordinary weighted least
// squares, R's lm(y ~ x, weights = w); with every column bounded and
// cfg.OmitIntercept it is R's nnls::nnls(x, y). Aliased columns are found
// as in [Logistic] and get NaN. MaxIter and Epsilon are not used.
//
// Errors as Logistic's, except that y may be any finite number.
// Cost: O(n·p² + p⁴) time.
func LeastSquares(y []float64, x [][]float64, w []float64, cfg Config) (LSFit, error) {
	if err := validateInputs(y, x, w, cfg, false); err != nil {
		return LSFit{}, err
	}
	d := design{x: x, intercept: !cfg.OmitIntercept}
	d.p = len(x)
	if d.intercept {
		d.p++
	}
	n := len(y)
	wt := func(i int) float64 {
		if w == nil {
			return 1
		}
		return w[i]
	}
	s := &state{d: d, y: y, wt: wt, n: n, nonneg: cfg.nonnegFull(d)}
	s.eta, s.mu, s.beta = make([]float64, n), make([]float64, n), make([]float64, d.p)
	s.gaussian = true
	s.alias()
	f := LSFit{Aliased: s.aliased, Coef: nans(d.p), AtBound: make([]bool, d.p)}
	if len(s.active) > 0 {
		a, b := s.normal(true)
		nn := make([]bool, len(s.active))
		for p, j := range s.active {
			nn[p] = s.nonneg != nil && s.nonneg[j]
		}
		beta, ok := boundedSolve(a, b, nn)
		if !ok {
			beta = make([]float64, len(s.active))
		}
		for p, j := range s.active {
			s.beta[j] = beta[p]
			f.Coef[j] = beta[p]
			f.AtBound[j] = nn[p] && beta[p] == 0
		}
	}
	s.update()
	f.Fitted = slices.Clone(s.eta)
	var sw, swy float64
	for i := range n {
		if wi := wt(i); wi > 0 {
			f.N++
			r := y[i] - s.eta[i]
			f.RSS += wi * r * r
			sw += wi
			swy += wi * y[i]
		}
	}
	mean := 0.0
	if d.intercept && sw > 0 {
		mean = swy / sw
	}
	for i := range n {
		r := y[i] - mean
		f.TSS += wt(i) * r * r
	}
	return f, nil
}

// MarshalJSON writes the fit by the module's number rule (NaN as "NaN").
func (f LSFit) MarshalJSON() ([]byte, error) { return jsonx.Marshal(f) }

// UnmarshalJSON reads what MarshalJSON writes.
func (f *LSFit) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, f) }
