package glm

import (
	"math"
	"slices"

	"github.com/mentorkit/mentorkit/internal/chol"
)

// diagnose fills the fitted quantities, checks for separation and computes
// the standard errors at the final coefficients.
func (s *state) diagnose(f *Fit, cfg Config) {
	p := s.d.p
	f.Fitted = slices.Clone(s.mu)
	f.Aliased = s.aliased
	f.Deviance = s.deviance()
	for i := range s.n {
		if w := s.wt(i); w > 0 {
			f.N++
			f.LogLik += logDbinom(math.Round(w*s.y[i]), math.Round(w), s.mu[i])
		}
	}
	k := len(s.active)
	f.DFResidual = f.N - k
	f.DFNull = f.N
	if s.d.intercept {
		f.DFNull--
	}
	f.AIC = -2*f.LogLik + 2*float64(k)
	f.Coef, f.SE, f.Z, f.P = nans(p), nans(p), nans(p), nans(p)
	f.Cov = make([][]float64, p)
	for j := range f.Cov {
		f.Cov[j] = nans(p)
	}
	f.Separated = s.separated(cfg, f.Converged)
	if len(f.Separated) > 0 {
		f.Separation = SeparationQuasiComplete
		if len(f.Separated) == f.N {
			f.Separation = SeparationComplete
		}
		return
	}
	for _, j := range s.active {
		f.Coef[j] = s.beta[j]
	}
	if s.nonneg != nil {
		s.diagnoseBounded(f)
		return
	}
	a, _ := s.normal(false)
	l, ok := chol.Factor(a, 1e-14)
	if !ok {
		return
	}
	inv := chol.Inverse(l)
	for a1, j := range s.active {
		for a2, q := range s.active {
			f.Cov[j][q] = inv[a1][a2]
		}
		se := math.Sqrt(inv[a1][a1])
		f.SE[j] = se
		f.Z[j] = f.Coef[j] / se
		f.P[j] = math.Erfc(math.Abs(f.Z[j]) / math.Sqrt2)
	}
}

// logDbinom is log of R's dbinom(k, n, p) for whole k and n, 0 ≤ k ≤ n.
func logDbinom(k, n, p float64) float64 {
	lc := 0.0
	if k > 0 && k < n {
		a, _ := math.Lgamma(n + 1)
		b, _ := math.Lgamma(k + 1)
		c, _ := math.Lgamma(n - k + 1)
		lc = a - b - c
	}
	var v float64
	if k > 0 {
		v += k * math.Log(p)
	}
	if n-k > 0 {
		v += (n - k) * math.Log(1-p)
	}
	return lc + v
}

func nans(n int) []float64 {
	v := make([]float64, n)
	for i := range v {
		v[i] = math.NaN()
	}
	return v
}

// separated returns the observations whose fitted value is within
// SeparationTol of their 0/1 outcome (1e-4 when the fit did not converge)
// and whose linear predictor keeps moving towards ±∞ by more than one unit
// over five further Newton steps (a converged finite MLE does not move).
// The state's coefficients are restored afterwards.
func (s *state) separated(cfg Config, converged bool) []int {
	tol := SeparationTol
	if !converged {
		tol = 1e-4
	}
	var cand []int
	for i := range s.n {
		if s.wt(i) == 0 {
			continue
		}
		y, mu := s.y[i], s.mu[i]
		if (y == 0 && mu < tol) || (y == 1 && 1-mu < tol) {
			cand = append(cand, i)
		}
	}
	if len(cand) == 0 || len(s.active) == 0 {
		return nil
	}
	beta := slices.Clone(s.beta)
	before := make([]float64, len(cand))
	for c, i := range cand {
		before[c] = s.eta[i]
	}
	for range 5 {
		if !s.step(false) {
			break
		}
	}
	var out []int
	for c, i := range cand {
		move := s.eta[i] - before[c]
		if s.y[i] == 0 {
			move = -move
		}
		if move > 1 {
			out = append(out, i)
		}
	}
	copy(s.beta, beta)
	s.update()
	return out
}

// diagnoseBounded computes the standard errors of a bounded fit over the
// coefficients not held at 0, treating those at the bound as fixed.
func (s *state) diagnoseBounded(f *Fit) {
	f.AtBound = make([]bool, s.d.p)
	all := s.active
	var free []int
	for _, j := range all {
		if s.nonneg[j] && s.beta[j] == 0 {
			f.AtBound[j] = true
			continue
		}
		free = append(free, j)
	}
	s.active = free
	defer func() { s.active = all }()
	if len(free) == 0 {
		return
	}
	a, _ := s.normal(false)
	l, ok := chol.Factor(a, 1e-14)
	if !ok {
		return
	}
	inv := chol.Inverse(l)
	for a1, j := range free {
		for a2, q := range free {
			f.Cov[j][q] = inv[a1][a2]
		}
		se := math.Sqrt(inv[a1][a1])
		f.SE[j] = se
		f.Z[j] = f.Coef[j] / se
		f.P[j] = math.Erfc(math.Abs(f.Z[j]) / math.Sqrt2)
	}
}
