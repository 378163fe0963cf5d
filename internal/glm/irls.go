package glm

import (
	"math"

	"github.com/mentorkit/mentorkit/internal/chol"
)

// Constants of R's binomial family (family.c): the linear predictor is
// clamped at ±30 in the inverse link and μ never reaches 0 or 1.
const (
	dblEps  = 0x1p-52
	thresh  = 30.0
	aliasTo = 1e-11 // R glm.fit: min(1e-7, epsilon/1000) with the default epsilon
)

// linkinv is R's binomial()$linkinv.
func linkinv(eta float64) float64 {
	var t float64
	switch {
	case eta < -thresh:
		t = dblEps
	case eta > thresh:
		t = 1 / dblEps
	default:
		t = math.Exp(eta)
	}
	return t / (1 + t)
}

// muEta is R's binomial()$mu.eta: dμ/dη, at least DBL_EPSILON.
func muEta(eta float64) float64 {
	if eta > thresh || eta < -thresh {
		return dblEps
	}
	e := math.Exp(eta)
	return math.Max(e/((1+e)*(1+e)), dblEps)
}

// ylogy returns y·log(y/mu) with 0·log 0 = 0.
func ylogy(y, mu float64) float64 {
	if y == 0 {
		return 0
	}
	return y * math.Log(y/mu)
}

// devResid is the binomial deviance residual of one observation.
func devResid(y, mu, w float64) float64 {
	return 2 * w * (ylogy(y, mu) + ylogy(1-y, 1-mu))
}

// design gives access to the model matrix without building it.
type design struct {
	x         [][]float64
	intercept bool
	p         int // columns including the intercept
}

func (d design) at(j, i int) float64 {
	if d.intercept {
		if j == 0 {
			return 1
		}
		return d.x[j-1][i]
	}
	return d.x[j][i]
}

// Logistic fits a logistic regression of y (each in [0, 1]; 0/1 outcomes,
// or proportions with w the number of trials) on the columns x (x[j][i] is
// covariate j of observation i) with prior weights w (nil means all 1), as
// R's glm(family = binomial) does (see the package doc for the contract,
// aliasing and separation).
//
// Cost: O(iterations·n·p²) time and O(n + p²) memory besides the result;
// the model matrix is never built.
func Logistic(y []float64, x [][]float64, w []float64, cfg Config) (Fit, error) {
	if err := validate(y, x, w, cfg); err != nil {
		return Fit{}, err
	}
	if cfg.MaxIter == 0 {
		cfg.MaxIter = 25
	}
	if cfg.Epsilon == 0 {
		cfg.Epsilon = 1e-8
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
	s.start()
	f := s.run(cfg)
	f.NullDeviance = nullDeviance(y, wt, d.intercept)
	s.diagnose(&f, cfg)
	return f, nil
}

// state holds the IRLS iterate.
type state struct {
	d       design
	y       []float64
	wt      func(int) float64
	n       int
	eta, mu []float64
	beta    []float64 // full length p; 0 where aliased
	aliased []bool
	active  []int // indexes of the estimated coefficients
	// nonneg marks the coefficients held at or above 0 (full length p;
	// nil when none is).
	nonneg []bool
	// gaussian switches the working weights and residuals to least
	// squares (LeastSquares).
	gaussian bool
}

// start sets R's starting values mustart = (w·y + 0.5)/(w + 1).
func (s *state) start() {
	s.eta = make([]float64, s.n)
	s.mu = make([]float64, s.n)
	for i := range s.n {
		w := s.wt(i)
		m := (w*s.y[i] + 0.5) / (w + 1)
		s.mu[i] = m
		s.eta[i] = math.Log(m / (1 - m))
	}
	s.beta = make([]float64, s.d.p)
}

func (s *state) deviance() float64 {
	var dev float64
	for i := range s.n {
		dev += devResid(s.y[i], s.mu[i], s.wt(i))
	}
	return dev
}

// weights returns the working weights w·μ'²/(μ(1−μ)) and working residuals
// (y − μ)/μ' at the current η.
func (s *state) working(i int) (wz, r float64) {
	if s.gaussian {
		return s.wt(i), s.y[i] - s.eta[i]
	}
	me := muEta(s.eta[i])
	v := s.mu[i] * (1 - s.mu[i])
	return s.wt(i) * me * me / v, (s.y[i] - s.mu[i]) / me
}

// normal forms X'WX and X'W r over the active columns, r being the working
// response minus the current linear predictor.
func (s *state) normal(first bool) (a [][]float64, b []float64) {
	k := len(s.active)
	a = make([][]float64, k)
	for i := range a {
		a[i] = make([]float64, k)
	}
	b = make([]float64, k)
	xi := make([]float64, k)
	for i := range s.n {
		wz, r := s.working(i)
		if wz == 0 {
			continue
		}
		if first {
			r += s.eta[i] // β starts at 0: the target is the working response z
		}
		for a2, j := range s.active {
			xi[a2] = s.d.at(j, i)
		}
		for p := range k {
			wx := wz * xi[p]
			b[p] += wx * r
			for q := 0; q <= p; q++ {
				a[p][q] += wx * xi[q]
			}
		}
	}
	for p := range k {
		for q := 0; q < p; q++ {
			a[q][p] = a[p][q]
		}
	}
	return a, b
}

// alias decides, with the starting weights, which columns are collinear with
// earlier ones: modified Gram–Schmidt on √W·X, dropping a column whose
// residual norm is below aliasTo times its own norm (R's dqrdc2 rule
// without its pivoting of dropped columns to the end).
func (s *state) alias() {
	p := s.d.p
	s.aliased = make([]bool, p)
	sw := make([]float64, s.n)
	for i := range s.n {
		wz, _ := s.working(i)
		sw[i] = math.Sqrt(wz)
	}
	var basis [][]float64
	for j := range p {
		v := make([]float64, s.n)
		var norm0 float64
		for i := range s.n {
			v[i] = sw[i] * s.d.at(j, i)
			norm0 += v[i] * v[i]
		}
		for _, q := range basis {
			var dot float64
			for i := range v {
				dot += q[i] * v[i]
			}
			for i := range v {
				v[i] -= dot * q[i]
			}
		}
		var norm float64
		for i := range v {
			norm += v[i] * v[i]
		}
		if norm0 == 0 || math.Sqrt(norm) < aliasTo*math.Sqrt(norm0) {
			s.aliased[j] = true
			continue
		}
		inv := 1 / math.Sqrt(norm)
		for i := range v {
			v[i] *= inv
		}
		basis = append(basis, v)
		s.active = append(s.active, j)
	}
}

// step takes one IRLS (Newton) step and updates η and μ; ok is false when
// the normal equations are not positive definite.
func (s *state) step(first bool) bool {
	if s.constrained() {
		return s.boundedStep(first)
	}
	a, b := s.normal(first)
	l, ok := chol.Factor(a, 1e-14)
	if !ok {
		return false
	}
	delta := chol.Solve(l, b)
	for k, j := range s.active {
		s.beta[j] += delta[k]
	}
	s.update()
	return true
}

// update recomputes η = Xβ and μ.
func (s *state) update() {
	for i := range s.n {
		var e float64
		for _, j := range s.active {
			e += s.d.at(j, i) * s.beta[j]
		}
		s.eta[i] = e
		s.mu[i] = linkinv(e)
	}
}

// run iterates to convergence as glm.fit does.
func (s *state) run(cfg Config) Fit {
	s.alias()
	devOld := s.deviance()
	f := Fit{}
	for it := 1; it <= cfg.MaxIter; it++ {
		f.Iterations = it
		if len(s.active) == 0 || !s.step(it == 1) {
			break
		}
		dev := s.deviance()
		if math.Abs(dev-devOld)/(math.Abs(dev)+0.1) < cfg.Epsilon {
			f.Converged = true
			break
		}
		devOld = dev
	}
	if len(s.active) == 0 {
		f.Converged = true
		f.Iterations = 0
		for i := range s.mu {
			s.eta[i], s.mu[i] = 0, 0.5
		}
	}
	return f
}

// nullDeviance is the deviance of the intercept-only model (the weighted
// mean of y), or of μ = 1/2 without an intercept.
func nullDeviance(y []float64, wt func(int) float64, intercept bool) float64 {
	mu := 0.5
	if intercept {
		var sw, swy float64
		for i := range y {
			sw += wt(i)
			swy += wt(i) * y[i]
		}
		mu = swy / sw
	}
	var dev float64
	for i := range y {
		dev += devResid(y[i], mu, wt(i))
	}
	return dev
}
