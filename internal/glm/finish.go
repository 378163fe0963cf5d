package glm

import (
	"math"
	"slices"
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
	a, _ := s.normal(false)
	l, ok := cholesky(a)
	if !ok {
		return
	}
	inv := cholInverse(l)
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

// cholesky factors the symmetric matrix a = L·L'; ok is false when a is not
// numerically positive definite.
func cholesky(a [][]float64) (l [][]float64, ok bool) {
	n := len(a)
	l = make([][]float64, n)
	for i := range l {
		l[i] = make([]float64, n)
	}
	for j := range n {
		d := a[j][j]
		for k := range j {
			d -= l[j][k] * l[j][k]
		}
		if !(d > 1e-14*a[j][j]) || !(d > 0) || math.IsInf(d, 0) {
			return nil, false
		}
		l[j][j] = math.Sqrt(d)
		for i := j + 1; i < n; i++ {
			v := a[i][j]
			for k := range j {
				v -= l[i][k] * l[j][k]
			}
			l[i][j] = v / l[j][j]
		}
	}
	return l, true
}

// cholSolve solves L·L'·x = b.
func cholSolve(l [][]float64, b []float64) []float64 {
	n := len(b)
	z := make([]float64, n)
	for i := range n {
		v := b[i]
		for k := range i {
			v -= l[i][k] * z[k]
		}
		z[i] = v / l[i][i]
	}
	for i := n - 1; i >= 0; i-- {
		v := z[i]
		for k := i + 1; k < n; k++ {
			v -= l[k][i] * z[k]
		}
		z[i] = v / l[i][i]
	}
	return z
}

// cholInverse returns (L·L')⁻¹.
func cholInverse(l [][]float64) [][]float64 {
	n := len(l)
	inv := make([][]float64, n)
	for j := range n {
		e := make([]float64, n)
		e[j] = 1
		col := cholSolve(l, e)
		for i := range n {
			if inv[i] == nil {
				inv[i] = make([]float64, n)
			}
			inv[i][j] = col[i]
		}
	}
	return inv
}
