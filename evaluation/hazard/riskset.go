package hazard

import (
	"math"
	"slices"
)

// coxData is the data of a Cox fit in the order the risk-set sums need:
// by stratum, then by time descending (ties by input index), with the
// covariates centred and scaled as R's coxph does (x − mean) / mean|x −
// mean|, row-major.
type coxData struct {
	n, p   int
	order  []int     // order[k] = input index of sorted position k
	time   []float64 // sorted
	event  []bool    // sorted
	starts []int     // stratum boundaries in sorted positions, len = strata+1
	x      []float64 // n·p, sorted, centred and scaled
	scale  []float64
	efron  bool
	eta    []float64 // scratch: linear predictor
}

// newCoxData sorts and standardises validated input.
func newCoxData(time []float64, event []bool, cov [][]float64, strata []int, efron bool) *coxData {
	n, p := len(time), len(cov)
	d := &coxData{n: n, p: p, efron: efron}
	d.order = sortedOrder(time, strata)
	d.time = make([]float64, n)
	d.event = make([]bool, n)
	d.starts = []int{0}
	for k, i := range d.order {
		d.time[k] = time[i]
		d.event[k] = event[i]
		if k > 0 && strata != nil && strata[i] != strata[d.order[k-1]] {
			d.starts = append(d.starts, k)
		}
	}
	d.starts = append(d.starts, n)
	d.scale = make([]float64, p)
	d.x = make([]float64, n*p)
	for j, c := range cov {
		// Work on c/max|c| so that no sum overflows, whatever the
		// magnitude of the caller's values.
		top := 0.0
		for _, v := range c {
			top = max(top, math.Abs(v))
		}
		if top == 0 {
			top = 1
		}
		m := 0.0
		for _, v := range c {
			m += v / top
		}
		m /= float64(n)
		dev := 0.0
		for _, v := range c {
			dev += math.Abs(v/top - m)
		}
		s := 1.0
		if dev > 0 {
			s = float64(n) / dev
		}
		d.scale[j] = s / top
		for k, i := range d.order {
			d.x[k*p+j] = (c[i]/top - m) * s
		}
	}
	d.eta = make([]float64, n)
	return d
}

// momentSink receives, for every event of a distinct event time (one call
// per event under Efron's method, one call with weight d for the d events
// under Breslow's), the sorted position of the time's last event and the
// weighted mean and covariance (upper triangle) of the covariates over the
// risk set.
type momentSink func(pos int, mean, cov []float64, weight float64)

// sums is the workspace of one pass over the risk sets.
type sums struct {
	s1, s2, d1, d2 []float64 // risk-set and tied-event sums of w·x and w·xxᵀ
	m, v, sx       []float64 // per-event mean, covariance, Σx over events
}

func newSums(p int) *sums {
	return &sums{
		s1: make([]float64, p), s2: make([]float64, p*p),
		d1: make([]float64, p), d2: make([]float64, p*p),
		m: make([]float64, p), v: make([]float64, p*p), sx: make([]float64, p),
	}
}

// pass computes the partial log-likelihood at beta (in the standardised
// scale) and adds its score to u and its information to imat (p×p,
// upper triangle and mirrored) when they are non-nil. With sink non-nil
// it also reports each event's risk-set moments. It takes O(n·p²) time.
// Exponents are shifted by the largest linear predictor, which leaves
// every result unchanged and keeps exp from overflowing.
func (d *coxData) pass(beta []float64, u, imat []float64, ws *sums, sink momentSink) float64 {
	p := d.p
	shift := math.Inf(-1)
	for k := range d.n {
		e := 0.0
		row := d.x[k*p : k*p+p]
		for j, b := range beta {
			e += row[j] * b
		}
		d.eta[k] = e
		shift = max(shift, e)
	}
	if math.IsInf(shift, 0) || math.IsNaN(shift) {
		return math.NaN()
	}
	ll := 0.0
	for s := 0; s+1 < len(d.starts); s++ {
		ll += d.stratum(d.starts[s], d.starts[s+1], shift, u, imat, ws, sink)
	}
	if imat != nil {
		for i := range p {
			for j := range i {
				imat[i*p+j] = imat[j*p+i]
			}
		}
	}
	return ll
}

// stratum runs pass over sorted positions [lo, hi).
func (d *coxData) stratum(lo, hi int, shift float64, u, imat []float64, ws *sums, sink momentSink) float64 {
	p := d.p
	needInfo := imat != nil || sink != nil
	s0 := 0.0
	clear(ws.s1)
	clear(ws.s2)
	ll := 0.0
	for i := lo; i < hi; {
		t := d.time[i]
		nd := 0
		d0, sumEta := 0.0, 0.0
		clear(ws.d1)
		clear(ws.sx)
		if needInfo {
			clear(ws.d2)
		}
		j := i
		for ; j < hi && d.time[j] == t; j++ {
			row := d.x[j*p : j*p+p]
			r := math.Exp(d.eta[j] - shift)
			s0 += r
			addScaled(ws.s1, row, r)
			if needInfo {
				addOuter(ws.s2, row, r, p)
			}
			if d.event[j] {
				nd++
				d0 += r
				sumEta += d.eta[j] - shift
				addScaled(ws.d1, row, r)
				addScaled(ws.sx, row, 1)
				if needInfo {
					addOuter(ws.d2, row, r, p)
				}
			}
		}
		if nd > 0 {
			ll += sumEta
			if u != nil {
				addScaled(u, ws.sx, 1)
			}
			ll += d.tiedEvents(j-1, nd, s0, d0, u, imat, ws, sink)
		}
		i = j
	}
	return ll
}

// tiedEvents adds the terms of nd events tied at one time (the last of
// them at sorted position last) given the risk-set sums in ws.
func (d *coxData) tiedEvents(last, nd int, s0, d0 float64, u, imat []float64, ws *sums, sink momentSink) float64 {
	p := d.p
	ll := 0.0
	reps, wt := nd, 1.0
	if !d.efron || nd == 1 {
		reps, wt = 1, float64(nd)
	}
	for k := range reps {
		f := float64(k) / float64(nd)
		a0 := s0 - f*d0
		ll -= wt * math.Log(a0)
		for j := range p {
			ws.m[j] = (ws.s1[j] - f*ws.d1[j]) / a0
		}
		if u != nil {
			addScaled(u, ws.m, -wt)
		}
		if imat == nil && sink == nil {
			continue
		}
		for a := range p {
			for b := a; b < p; b++ {
				ws.v[a*p+b] = (ws.s2[a*p+b]-f*ws.d2[a*p+b])/a0 - ws.m[a]*ws.m[b]
			}
		}
		if imat != nil {
			for a := range p {
				for b := a; b < p; b++ {
					imat[a*p+b] += wt * ws.v[a*p+b]
				}
			}
		}
		if sink != nil {
			sink(last, ws.m, ws.v, wt)
		}
	}
	return ll
}

// addScaled adds c·x to dst.
func addScaled(dst, x []float64, c float64) {
	for j, v := range x {
		dst[j] += c * v
	}
}

// addOuter adds r·x·xᵀ to the upper triangle of the p×p dst.
func addOuter(dst, x []float64, r float64, p int) {
	for a := range p {
		ra := r * x[a]
		row := dst[a*p : a*p+p]
		for b := a; b < p; b++ {
			row[b] += ra * x[b]
		}
	}
}

// sortedOrder returns the subjects' indexes by stratum, then by time
// descending, then by index. It sorts (stratum, time, index) records,
// which keeps the sort's memory access local.
func sortedOrder(time []float64, strata []int) []int {
	type rec struct {
		s, i int
		t    float64
	}
	rs := make([]rec, len(time))
	for i, t := range time {
		rs[i] = rec{i: i, t: t}
		if strata != nil {
			rs[i].s = strata[i]
		}
	}
	slices.SortFunc(rs, func(a, b rec) int {
		if a.s != b.s {
			return cmpInt(a.s, b.s)
		}
		if a.t != b.t {
			return cmpFloat(b.t, a.t)
		}
		return a.i - b.i
	})
	order := make([]int, len(time))
	for k, r := range rs {
		order[k] = r.i
	}
	return order
}
