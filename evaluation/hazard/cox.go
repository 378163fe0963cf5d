package hazard

import (
	"math"
	"slices"

	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/fault"
	"gonum.org/v1/gonum/stat/distuv"
)

// Ties selects how [Cox] handles events at the same time. The zero value
// is Efron's method, R coxph's default.
type Ties uint8

const (
	// TiesEfron gives the k-th of d tied events (k = 0..d−1) the risk set
	// minus k/d of the tied events' sums (Efron, 1977).
	TiesEfron Ties = iota
	// TiesBreslow gives every tied event the full risk set (Breslow, 1974).
	TiesBreslow
)

var tiesTable = enum.New[Ties]("ties", "efron", "breslow")

// String returns "efron" or "breslow".
func (t Ties) String() string { return tiesTable.String(t) }

// MarshalText returns the name; an undeclared value wraps [ErrUnknownEnum].
func (t Ties) MarshalText() ([]byte, error) { return tiesTable.Marshal(t) }

// UnmarshalText parses a name, ignoring case.
func (t *Ties) UnmarshalText(b []byte) error { return tiesTable.Unmarshal(b, t) }

// CoefStatus says whether a coefficient of a [CoxFit] was estimated.
type CoefStatus uint8

const (
	// CoefEstimated is a finite maximum-likelihood estimate.
	CoefEstimated CoefStatus = iota
	// CoefAliased is a covariate with no information of its own: constant
	// (within strata), a linear combination of earlier covariates, or any
	// covariate when there are no events. R reports its coefficient as NA
	// and its standard error as 0; [Coef] holds NaN and SE 0.
	CoefAliased
	// CoefInfinite is a coefficient whose likelihood keeps rising towards
	// ±Inf (monotone likelihood: the covariate orders the events
	// perfectly). R warns "coefficient may be infinite" and prints a large
	// number or, converged further, reports NA once the information has
	// vanished; [Coef] holds ±Inf (HR 0 or +Inf) with NaN SE, z, p and
	// interval.
	CoefInfinite
)

var coefStatusTable = enum.New[CoefStatus]("coefficient status", "estimated", "aliased", "infinite")

// String returns "estimated", "aliased" or "infinite".
func (s CoefStatus) String() string { return coefStatusTable.String(s) }

// MarshalText returns the name; an undeclared value wraps [ErrUnknownEnum].
func (s CoefStatus) MarshalText() ([]byte, error) { return coefStatusTable.Marshal(s) }

// UnmarshalText parses a name, ignoring case.
func (s *CoefStatus) UnmarshalText(b []byte) error { return coefStatusTable.Unmarshal(b, s) }

// CoxConfig holds the settings of [Cox]. The zero value is R coxph's
// default (Efron ties, 95% intervals, eps 1e-9, iter.max 20, no strata,
// no proportional-hazards test).
type CoxConfig struct {
	// Ties is the method for tied event times; zero = [TiesEfron].
	Ties Ties `json:"ties"`
	// Confidence is the level of the hazard-ratio intervals, strictly
	// between 0 and 1; zero = 0.95.
	Confidence float64 `json:"confidence"`
	// Strata, when non-nil, gives each subject's stratum (any integers):
	// every stratum has its own baseline hazard and its own risk sets, as
	// R's strata(). nil = one stratum.
	Strata []int `json:"strata,omitempty"`
	// TestProportionality switches on the proportional-hazards test
	// ([CoxFit].PH), R survival 3.x cox.zph(fit, transform = "km").
	TestProportionality bool `json:"testProportionality"`
	// MaxIter bounds the Newton–Raphson iterations; zero = 20 (R's
	// iter.max). Negative is an error.
	MaxIter int `json:"maxIter"`
	// Tolerance is the convergence criterion |1 − ℓ_old/ℓ_new| ≤
	// Tolerance on the partial log-likelihood; zero = 1e-9 (R's eps).
	Tolerance float64 `json:"tolerance"`
}

// Coef is one coefficient of a [CoxFit].
type Coef struct {
	// Status says whether the coefficient was estimated; when it is not,
	// the numbers below are NaN (SE 0 when aliased, as R) or ±Inf.
	Status CoefStatus `json:"status"`
	// Estimate is β, the log hazard ratio per unit of the covariate.
	Estimate float64 `json:"estimate"`
	// SE is the standard error, √ of the diagonal of the inverse
	// information at β̂.
	SE float64 `json:"se"`
	// HR is exp(β); Lower and Upper are exp(β ∓ z·SE) with z the normal
	// quantile of (1+Confidence)/2.
	HR    float64 `json:"hr"`
	Lower float64 `json:"lower"`
	Upper float64 `json:"upper"`
	// Z is β/SE and PValue its two-sided normal p-value.
	Z      float64 `json:"z"`
	PValue float64 `json:"pValue"`
}

// ChiTest is a chi-square test: statistic, degrees of freedom, upper-tail
// p-value.
type ChiTest struct {
	Statistic float64 `json:"statistic"`
	DF        int     `json:"df"`
	PValue    float64 `json:"pValue"`
}

// CoxFit is a fitted Cox proportional-hazards model (R survival 3.5
// coxph). Coefs and the rows of Var follow the order of the covariates.
type CoxFit struct {
	// N counts the subjects and Events the events.
	N      int `json:"n"`
	Events int `json:"events"`
	// Ties and Confidence are the settings used.
	Ties       Ties    `json:"ties"`
	Confidence float64 `json:"confidence"`
	// Coefs holds one coefficient per covariate.
	Coefs []Coef `json:"coefs"`
	// Var is the p×p variance matrix of the coefficients (the inverse
	// information at β̂), rows and columns of aliased coefficients zero.
	// NaN throughout when a coefficient is infinite.
	Var [][]float64 `json:"var"`
	// LogLikNull and LogLik are the partial log-likelihood at β = 0 and at
	// β̂ (at the last iterate when not converged or infinite).
	LogLikNull float64 `json:"logLikNull"`
	LogLik     float64 `json:"logLik"`
	// LR is the likelihood-ratio test 2(LogLik − LogLikNull), Wald is
	// β̂ᵀVar⁻¹β̂ and Score is U(0)ᵀI(0)⁻¹U(0) (the log-rank test for one
	// binary covariate), each on DF = the number of estimated
	// coefficients. With DF 0 (nothing estimable) LR and Score are 0 with
	// p 1 and Wald is NaN (R: numeric(0), or 0 when there are no events). Wald is NaN when a coefficient is
	// infinite.
	LR    ChiTest `json:"lr"`
	Wald  ChiTest `json:"wald"`
	Score ChiTest `json:"score"`
	// Concordance is Harrell's C of the linear predictor.
	Concordance Concordance `json:"concordance"`
	// Iterations is the number of Newton–Raphson steps taken; Converged is
	// false when MaxIter ran out first (R's "Ran out of iterations"
	// warning): the numbers are then those of the last iterate.
	Iterations int  `json:"iterations"`
	Converged  bool `json:"converged"`
	// PH is the proportional-hazards test, nil unless
	// [CoxConfig].TestProportionality.
	PH *PHTest `json:"ph"`
}

// Cox fits a Cox proportional-hazards model to subjects followed for
// time[i] with event[i] true where the event (leaving, say) was seen, and
// covariates[j][i] the value of covariate j for subject i. It matches R
// survival 3.5 coxph(Surv(time, event) ~ x1 + … [+ strata(s)], ties)
// with its Newton–Raphson from β = 0, step halving when the likelihood
// drops, and its convergence rule.
//
// What R warns about is in the result, never a silently wrong number: a
// constant or collinear covariate (or any covariate without events) is
// [CoefAliased] with NaN estimate and SE 0, left out of the tests as R
// does; a coefficient running off to infinity is [CoefInfinite] (R's
// check: the next Newton step exceeds √Tolerance·max(1, |β|); or the
// covariate had information at β = 0 and has none left at β̂); running
// out of iterations leaves Converged false.
//
// Errors are *[FieldError] values: no subjects or no covariates
// (ErrEmpty), columns, event or strata of another length than time
// (ErrLength), NaN or ±Inf in time or covariates and settings out of range
// (ErrOutOfRange), an undeclared Ties (ErrUnknownEnum). Time may be any
// finite number. It sorts once: O(n log n + iterations·n·p²) time, O(n·p)
// memory. Inputs are not modified.
func Cox(time []float64, event []bool, covariates [][]float64, cfg CoxConfig) (CoxFit, error) {
	conf, maxIter, tol, err := checkCox(time, event, covariates, cfg)
	if err != nil {
		return CoxFit{}, err
	}
	d := newCoxData(time, event, covariates, cfg.Strata, cfg.Ties == TiesEfron)
	fs := d.newton(maxIter, tol)
	fit := CoxFit{N: d.n, Ties: cfg.Ties, Confidence: conf, Iterations: fs.iter, Converged: fs.converged}
	for _, e := range event {
		if e {
			fit.Events++
		}
	}
	fit.LogLikNull, fit.LogLik = fs.ll0, fs.ll
	fit.Coefs, fit.Var = d.coefs(fs, conf)
	fit.LR, fit.Wald, fit.Score = tests(fit, fs)
	beta := make([]float64, d.p)
	for j := range beta {
		beta[j] = fs.beta[j] * d.scale[j]
	}
	fit.Concordance = concordance(time, event, covariates, beta, cfg.Strata, d.order)
	if cfg.TestProportionality {
		ph := d.phTest(fs, fit.Coefs)
		fit.PH = &ph
	}
	return fit, nil
}

// checkCox validates the input and returns the resolved settings.
func checkCox(time []float64, event []bool, cov [][]float64, cfg CoxConfig) (conf float64, maxIter int, tol float64, err error) {
	var c fault.Collector
	n := len(time)
	if n == 0 {
		c.Add(msgTooFew.At("time", nil, 0, 1))
	}
	if len(event) != n {
		c.Add(msgLength.At("event", nil, len(event), n, "time"))
	}
	if len(cov) == 0 {
		c.Add(msgTooFew.At("covariates", nil, 0, 1))
	}
	checkFinite(&c, "time", time)
	for j, col := range cov {
		if len(col) != n {
			c.Add(msgLength.At(fault.Index("covariates", j), nil, len(col), n, "time"))
			continue
		}
		checkFinite(&c, fault.Index("covariates", j), col)
	}
	if cfg.Strata != nil && len(cfg.Strata) != n {
		c.Add(msgLength.At("cfg.strata", nil, len(cfg.Strata), n, "time"))
	}
	if !tiesTable.Declared(cfg.Ties) {
		c.Add(msgUndeclared.At("cfg.ties", int(cfg.Ties), "ties method"))
	}
	conf = cfg.Confidence
	if conf == 0 {
		conf = 0.95
	} else if !(conf > 0 && conf < 1) {
		c.Add(msgProbability.At("cfg.confidence", conf))
	}
	maxIter = cfg.MaxIter
	if maxIter == 0 {
		maxIter = 20
	} else if maxIter < 0 {
		c.Add(msgNegative.At("cfg.maxIter", maxIter))
	}
	tol = cfg.Tolerance
	if tol == 0 {
		tol = 1e-9
	} else if !(tol > 0 && tol < 1) {
		c.Add(msgProbability.At("cfg.tolerance", tol))
	}
	return conf, maxIter, tol, c.Err()
}

// cholTol is R's toler.chol, the relative pivot below which a covariate
// counts as aliased.
const cholTol = 0x1p-39 // .Machine$double.eps^0.75

// fitState is the outcome of the Newton–Raphson iterations, in the
// standardised scale.
type fitState struct {
	beta      []float64
	ll0, ll   float64
	sctest    float64
	rank0     int
	sing0     []bool    // aliased at β = 0
	u, imat   []float64 // score and information at beta
	iter      int
	converged bool
	tol       float64
}

// newton runs R's coxfit6 iteration: a Newton step from β = 0, then
// steps while the log-likelihood rises, halving the step when it falls
// (or overflows), until |1 − ℓ_old/ℓ_new| ≤ tol after a full step.
func (d *coxData) newton(maxIter int, tol float64) fitState {
	p := d.p
	ws := newSums(p)
	beta := make([]float64, p)
	u := make([]float64, p)
	imat := make([]float64, p*p)
	fs := fitState{tol: tol}
	fs.ll0 = d.pass(beta, u, imat, ws, nil)
	var f ldl
	fs.rank0 = f.factor(imat, p, cholTol)
	fs.sing0 = slices.Clone(f.sing)
	step := append([]float64(nil), u...)
	f.solve(step)
	for j := range p {
		fs.sctest += u[j] * step[j]
	}
	fs.ll, fs.u, fs.imat, fs.beta = fs.ll0, u, imat, beta
	if fs.rank0 == 0 || maxIter == 0 {
		fs.converged = fs.rank0 == 0
		return fs
	}
	newBeta := make([]float64, p)
	for j := range p {
		newBeta[j] = beta[j] + step[j]
	}
	nu := make([]float64, p)
	nimat := make([]float64, p*p)
	llOld, halving := fs.ll0, false
	for fs.iter = 1; fs.iter <= maxIter; fs.iter++ {
		clear(nu)
		clear(nimat)
		ll := d.pass(newBeta, nu, nimat, ws, nil)
		finite := !math.IsNaN(ll) && !math.IsInf(ll, 0)
		if finite && !halving && math.Abs(ll-llOld) <= tol*math.Abs(ll) {
			fs.converged = true
			fs.ll, fs.beta, fs.u, fs.imat = ll, newBeta, nu, nimat
			return fs
		}
		if fs.iter == maxIter {
			if finite {
				fs.ll, fs.beta, fs.u, fs.imat = ll, newBeta, nu, nimat
			}
			break
		}
		if !finite || ll < llOld {
			halving = true
			for j := range p {
				newBeta[j] = (newBeta[j] + beta[j]) / 2
			}
			continue
		}
		halving = false
		llOld = ll
		copy(beta, newBeta)
		fs.ll, fs.u, fs.imat = ll, append(fs.u[:0:0], nu...), append(fs.imat[:0:0], nimat...)
		f.factor(nimat, p, cholTol)
		copy(step, nu)
		f.solve(step)
		for j := range p {
			newBeta[j] += step[j]
		}
	}
	fs.iter = min(fs.iter, maxIter)
	return fs
}

// coefs builds the coefficients and variance in the caller's units.
func (d *coxData) coefs(fs fitState, conf float64) ([]Coef, [][]float64) {
	p := d.p
	var f ldl
	f.factor(fs.imat, p, cholTol)
	inv := f.inverse()
	z := distuv.UnitNormal.Quantile((1 + conf) / 2)
	coefs := make([]Coef, p)
	vr := make([][]float64, p)
	// R's check for infinite coefficients: the Newton step u·V from β̂,
	// in the caller's units.
	tolInf := math.Sqrt(fs.tol)
	anyInf := false
	for j := range p {
		vr[j] = make([]float64, p)
		for k := range p {
			vr[j][k] = inv[j*p+k] * d.scale[j] * d.scale[k]
		}
		b := fs.beta[j] * d.scale[j]
		c := &coefs[j]
		if f.sing[j] && !fs.sing0[j] {
			// Informative at β = 0, none left at β̂: the likelihood kept
			// rising until the weights of one side vanished (monotone
			// likelihood), which R, converged far enough, reports as NA.
			anyInf = true
			*c = infiniteCoef(b)
			continue
		}
		if f.sing[j] {
			*c = Coef{Status: CoefAliased, Estimate: math.NaN(), SE: 0, HR: math.NaN(), Lower: math.NaN(),
				Upper: math.NaN(), Z: math.NaN(), PValue: math.NaN()}
			continue
		}
		stepJ := 0.0
		for k := range p {
			stepJ += fs.u[k] * inv[k*p+j]
		}
		stepJ = math.Abs(stepJ * d.scale[j])
		if stepJ > tolInf && stepJ > tolInf*math.Abs(b) {
			anyInf = true
			*c = infiniteCoef(b)
			continue
		}
		se := math.Sqrt(vr[j][j])
		*c = Coef{Estimate: b, SE: se, HR: math.Exp(b), Lower: math.Exp(b - z*se), Upper: math.Exp(b + z*se),
			Z: b / se, PValue: math.Erfc(math.Abs(b/se) / math.Sqrt2)}
	}
	if anyInf {
		for j := range vr {
			for k := range vr[j] {
				vr[j][k] = math.NaN()
			}
		}
	}
	return coefs, vr
}

// infiniteCoef is the coefficient that runs off towards the sign of b.
func infiniteCoef(b float64) Coef {
	e := math.Copysign(math.Inf(1), b)
	return Coef{Status: CoefInfinite, Estimate: e, SE: math.NaN(), HR: math.Exp(e),
		Lower: math.NaN(), Upper: math.NaN(), Z: math.NaN(), PValue: math.NaN()}
}

// tests returns the likelihood-ratio, Wald and score tests.
func tests(fit CoxFit, fs fitState) (lr, wald, score ChiTest) {
	df, infinite := 0, false
	var est []int
	for j, c := range fit.Coefs {
		switch c.Status {
		case CoefEstimated:
			df++
			est = append(est, j)
		case CoefInfinite:
			df++
			infinite = true
		}
	}
	lr = chiTest(2*(fit.LogLik-fit.LogLikNull), df)
	score = chiTest(fs.sctest, df)
	if df == 0 {
		lr = ChiTest{Statistic: 0, DF: 0, PValue: 1}
		score = ChiTest{Statistic: 0, DF: 0, PValue: 1}
		wald = ChiTest{Statistic: math.NaN(), PValue: math.NaN()}
		return lr, wald, score
	}
	if infinite {
		return lr, ChiTest{Statistic: math.NaN(), DF: df, PValue: math.NaN()}, score
	}
	k := len(est)
	sub := make([]float64, k*k)
	b := make([]float64, k)
	for a, i := range est {
		b[a] = fit.Coefs[i].Estimate
		for c, j := range est {
			sub[a*k+c] = fit.Var[i][j]
		}
	}
	w, _ := quadInv(sub, k, b, 1e-9)
	return lr, chiTest(w, df), score
}

// chiTest returns the statistic with its upper-tail p-value on df.
func chiTest(stat float64, df int) ChiTest {
	t := ChiTest{Statistic: stat, DF: df, PValue: math.NaN()}
	switch {
	case math.IsNaN(stat):
	case df <= 0:
		t.PValue = 1
	case stat <= 0:
		t.PValue = 1
	default:
		t.PValue = distuv.ChiSquared{K: float64(df)}.Survival(stat)
	}
	return t
}
