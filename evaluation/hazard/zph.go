package hazard

import (
	"math"
	"slices"
	"sort"
)

// PHTest is the test of proportional hazards of a [CoxFit], as R survival
// 3.x cox.zph(fit, transform = "km") computes it: for covariate j, the
// score test of θ_j = 0 in the model with the extra time-varying
// covariate x_j·g(t), at (β̂, θ = 0), where g(t) = 1 − KM(t−) of the
// pooled data (all strata), centred on its mean over the events (each tied
// event counted). The test uses the full information of (β, θ_j) with the
// fit's ties method. A small p-value says the covariate's effect changes
// over time. (This is the exact score test of survival ≥ 3, not the 2.x
// approximation from scaled Schoenfeld residuals.)
type PHTest struct {
	// Terms holds one test per covariate on 1 df; NaN with DF 0 for an
	// aliased covariate (R leaves it out).
	Terms []ChiTest `json:"terms"`
	// Global tests all estimated covariates at once.
	Global ChiTest `json:"global"`
}

// phTest computes the proportional-hazards test at the fit. It is NaN
// throughout (DF 0) when nothing is estimable or a coefficient is
// infinite.
func (d *coxData) phTest(fs fitState, coefs []Coef) PHTest {
	p := d.p
	nan := ChiTest{Statistic: math.NaN(), PValue: math.NaN()}
	ph := PHTest{Terms: make([]ChiTest, p), Global: nan}
	var est []int
	bad := false
	for j, c := range coefs {
		ph.Terms[j] = nan
		switch c.Status {
		case CoefEstimated:
			est = append(est, j)
		case CoefInfinite:
			bad = true
		}
	}
	if len(est) == 0 || bad {
		return ph
	}
	g := d.kmWeights()
	// A = Σ V, B = Σ g·V, C = Σ g²·V over the events; uθ = Σ g·(x − x̄).
	a, b, c := make([]float64, p*p), make([]float64, p*p), make([]float64, p*p)
	u := make([]float64, p)
	ws := newSums(p)
	d.pass(fs.beta, nil, nil, ws, func(pos int, mean, cov []float64, w float64) {
		gt := g(d.time[pos])
		for i := range p {
			u[i] -= w * gt * mean[i]
			for j := i; j < p; j++ {
				v := w * cov[i*p+j]
				a[i*p+j] += v
				b[i*p+j] += gt * v
				c[i*p+j] += gt * gt * v
			}
		}
	})
	for k := range d.n {
		if d.event[k] {
			addScaled(u, d.x[k*p:k*p+p], g(d.time[k]))
		}
	}
	for i := range p {
		for j := range i {
			a[i*p+j], b[i*p+j], c[i*p+j] = a[j*p+i], b[j*p+i], c[j*p+i]
		}
	}
	// The information of (β_est, θ_sel) and the score (0, uθ_sel).
	test := func(sel []int) ChiTest {
		k := len(est) + len(sel)
		m := make([]float64, k*k)
		score := make([]float64, k)
		// Indexes into the (β, θ) space: β_j → j, θ_j → p+j.
		idx := append(make([]int, 0, k), est...)
		for _, j := range sel {
			idx = append(idx, p+j)
			score[len(idx)-1] = u[j]
		}
		for r, x := range idx {
			for s, y := range idx {
				switch {
				case x < p && y < p:
					m[r*k+s] = a[x*p+y]
				case x < p:
					m[r*k+s] = b[x*p+y-p]
				case y < p:
					m[r*k+s] = b[(x-p)*p+y]
				default:
					m[r*k+s] = c[(x-p)*p+y-p]
				}
			}
		}
		stat, rank := quadInv(m, k, score, 1e-13)
		if rank < k {
			return nan
		}
		return chiTest(stat, len(sel))
	}
	for _, j := range est {
		ph.Terms[j] = test([]int{j})
	}
	ph.Global = test(est)
	return ph
}

// kmWeights returns g(t) = 1 − KM(t−) − mean over events, the cox.zph
// "km" transform, as a function of an event time.
func (d *coxData) kmWeights() func(float64) float64 {
	idx := make([]int, d.n)
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return cmpFloat(d.time[a], d.time[b]) })
	var times, gs []float64
	surv := 1.0
	sum, events := 0.0, 0
	for i := 0; i < d.n; {
		t := d.time[idx[i]]
		nd, j := 0, i
		for ; j < d.n && d.time[idx[j]] == t; j++ {
			if d.event[idx[j]] {
				nd++
			}
		}
		if nd > 0 {
			times = append(times, t)
			gs = append(gs, 1-surv)
			sum += float64(nd) * (1 - surv)
			events += nd
			surv *= 1 - float64(nd)/float64(d.n-i)
		}
		i = j
	}
	mean := sum / float64(events)
	return func(t float64) float64 {
		k := sort.SearchFloat64s(times, t)
		return gs[k] - mean
	}
}
