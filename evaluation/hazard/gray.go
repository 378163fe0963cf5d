package hazard

import "math"

// grayGroup is the running state of one group in Gray's test.
type grayGroup struct {
	atRisk     float64 // number at risk at the current time
	survBefore float64 // all-cause Kaplan–Meier, left limit
	surv       float64 // right limit
	cifBefore  float64 // cumulative incidence of the cause, left limit
	cif        float64 // right limit
	own, other int     // exits of the cause and of other causes now
	leaving    int     // records of the group at the current time
	v3         float64
}

// grayTest computes Gray's (1988) test with ρ = 0 for cause over k groups
// (gi[i] in 0..k−1), the records in order by time: the score of each group
// (observed minus expected exits from the cause, weighted by the pooled
// subdistribution risk set) and its variance by Gray's delta-method
// estimator, as cmprsk's crstm computes them. O(D·k³) for D distinct
// times.
func grayTest(time []float64, status []int, gi []int, order []int, k int, cause int) GrayTest {
	k1 := k - 1
	gs := make([]grayGroup, k)
	for g := range gs {
		gs[g].survBefore, gs[g].surv = 1, 1
	}
	for _, i := range order {
		gs[gi[i]].atRisk++
	}
	score := make([]float64, k1)
	v := make([]float64, k1*k1) // lower triangle used
	c := make([]float64, k*k)   // accumulated a·d/(tr(1−F−))
	a := make([]float64, k*k)   // this time's a
	v2 := make([]float64, k1*k) // cross terms
	fBefore, f := 0.0, 0.0
	n := len(order)
	for i := 0; i < n; {
		t := time[order[i]]
		j := i
		for ; j < n && time[order[j]] == t; j++ {
			g := &gs[gi[order[j]]]
			g.leaving++
			switch s := status[order[j]]; {
			case s == cause:
				g.own++
			case s > 0:
				g.other++
			}
		}
		nOwn, nOther := 0, 0
		for g := range gs {
			nOwn += gs[g].own
			nOther += gs[g].other
		}
		if nOwn+nOther > 0 {
			f = grayTime(gs, a, c, v, v2, score, fBefore, nOwn, nOther)
		}
		for g := range gs {
			q := &gs[g]
			q.atRisk -= float64(q.leaving)
			q.leaving, q.own, q.other = 0, 0, 0
			q.cifBefore, q.survBefore = q.cif, q.surv
		}
		fBefore = f
		i = j
	}
	for r := range k1 {
		for s := 0; s <= r; s++ {
			for g := range k {
				v[r*k1+s] += c[r*k+g]*c[s*k+g]*gs[g].v3 + c[r*k+g]*v2[s*k+g] + c[s*k+g]*v2[r*k+g]
			}
			v[s*k1+r] = v[r*k1+s]
		}
	}
	stat, rank := quadInv(v, k1, score, 1e-12)
	if rank < k1 || math.IsNaN(stat) {
		return GrayTest{Cause: cause, Statistic: math.NaN(), DF: k1, PValue: math.NaN()}
	}
	// cmprsk reports 1 − pchisq.
	return GrayTest{Cause: cause, Statistic: stat, DF: k1, PValue: chiTest(stat, k1).PValue}
}

// grayTime adds one event time's terms and returns the pooled F(t).
func grayTime(gs []grayGroup, a, c, v, v2, score []float64, fBefore float64, nOwn, nOther int) float64 {
	k := len(gs)
	k1 := k - 1
	tr, tq := 0.0, 0.0
	for g := range gs {
		q := &gs[g]
		if q.atRisk <= 0 {
			continue
		}
		q.surv = q.survBefore * (q.atRisk - float64(q.own+q.other)) / q.atRisk
		q.cif = q.cifBefore + q.survBefore*float64(q.own)/q.atRisk
		tr += q.atRisk / q.survBefore
		tq += q.atRisk * (1 - q.cifBefore) / q.survBefore
	}
	f := fBefore + float64(nOwn)/tr
	w := float64(nOwn) / (tr * (1 - fBefore))
	clear(a)
	for r := range gs {
		if gs[r].atRisk <= 0 {
			continue
		}
		t1 := gs[r].atRisk / gs[r].survBefore
		a[r*k+r] = t1 * (1 - t1/tr)
		c[r*k+r] += a[r*k+r] * w
		for s := r + 1; s < k; s++ {
			if gs[s].atRisk <= 0 {
				continue
			}
			a[r*k+s] = -t1 * gs[s].atRisk / (gs[s].survBefore * tr)
			a[s*k+r] = a[r*k+s]
			c[r*k+s] += a[r*k+s] * w
			c[s*k+r] = c[r*k+s]
		}
	}
	for r := range k1 {
		q := &gs[r]
		if q.atRisk > 0 {
			score[r] += float64(q.own) - float64(nOwn)*q.atRisk*(1-q.cifBefore)/(q.survBefore*tq)
		}
	}
	if nOwn > 0 {
		for g := range gs {
			q := &gs[g]
			if q.atRisk <= 0 {
				continue
			}
			t4 := 1.0
			if q.surv > 0 {
				t4 = 1 - (1-f)/q.surv
			}
			t5 := 1.0
			if nOwn > 1 {
				t5 = 1 - float64(nOwn-1)/(tr*q.survBefore-1)
			}
			t3 := t5 * q.survBefore * float64(nOwn) / (tr * q.atRisk)
			grayVar(gs, g, a, c, v, v2, t3, t4, 1)
		}
	}
	if nOther > 0 {
		for g := range gs {
			q := &gs[g]
			if q.surv <= 0 || q.other <= 0 {
				continue
			}
			t4 := (1 - f) / q.surv
			t3 := tieFactor(q.other, q.atRisk) * q.survBefore * q.survBefore * float64(q.other) / (q.atRisk * q.atRisk)
			grayVar(gs, g, nil, c, v, v2, t3, t4, -1)
		}
	}
	return f
}

// grayVar adds group g's variance terms at one time: with a (exits of the
// cause) the coefficient of row r is a[r,g] − t4·c[r,g]; without (other
// causes) it is t4·c[r,g] and the cross term is subtracted (sign −1).
func grayVar(gs []grayGroup, g int, a, c, v, v2 []float64, t3, t4, sign float64) {
	k := len(gs)
	k1 := k - 1
	gs[g].v3 += t4 * t4 * t3
	coef := func(r int) float64 {
		if a == nil {
			return t4 * c[r*k+g]
		}
		return a[r*k+g] - t4*c[r*k+g]
	}
	for r := range k1 {
		t1 := coef(r)
		v2[r*k+g] += sign * t1 * t4 * t3
		for s := 0; s <= r; s++ {
			v[r*k1+s] += t1 * coef(s) * t3
		}
	}
}
