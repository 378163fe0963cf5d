package learn

import (
	"math"
	"math/rand/v2"
	"slices"
)

// criteria turns the full fit into the result's criteria.
func (d *data) criteria(m *model) []Criterion {
	out := make([]Criterion, len(d.names))
	w := normalise(m.beta)
	for j, name := range d.names {
		c := Criterion{Name: name, Coef: math.NaN(), Missing: d.nmiss[j], MissingEffect: m.gamma[j],
			CoefLower: math.NaN(), CoefUpper: math.NaN(), Lower: math.NaN(), Upper: math.NaN()}
		switch {
		case !d.hasData[j]:
			c.Status = NoData
		case math.IsNaN(m.beta[j]):
			c.Status = NotIdentified
		default:
			c.Status, c.Coef, c.Weight = Learned, m.beta[j], w[j]
		}
		out[j] = c
	}
	return out
}

// normalise divides the coefficients (NaN read as 0) by their sum.
func normalise(beta []float64) []float64 {
	var sum float64
	for _, b := range beta {
		if b > 0 {
			sum += b
		}
	}
	w := make([]float64, len(beta))
	for j, b := range beta {
		if b > 0 && sum > 0 {
			w[j] = b / sum
		}
	}
	return w
}

// contributions refits without each learned criterion.
func (d *data) contributions(res *Result, full *model, all []int) {
	for j := range res.Criteria {
		if res.Criteria[j].Status != Learned {
			continue
		}
		if full.beta[j] == 0 && math.IsNaN(full.gamma[j]) {
			continue // at its bound: leaving it out changes nothing
		}
		dropped := make([]bool, len(d.names))
		dropped[j] = true
		m, err := d.fit(all, dropped)
		if err != nil || !(full.null > 0) {
			res.Criteria[j].Contribution = math.NaN()
			continue
		}
		res.Criteria[j].Contribution = math.Max(0, (m.dev-full.dev)/full.null)
	}
}

// folds deals the pairs into k folds at random; for a binary outcome
// each class is dealt separately, so every fold holds both where it can.
func (d *data) folds(k int, rng *rand.Rand) [][]int {
	n := len(d.y)
	out := make([][]int, k)
	deal := func(idx []int) {
		rng.Shuffle(len(idx), func(a, b int) { idx[a], idx[b] = idx[b], idx[a] })
		for r, i := range idx {
			out[r%k] = append(out[r%k], i)
		}
	}
	if !d.binary {
		deal(seq(n, func(int) bool { return true }))
	} else {
		deal(seq(n, func(i int) bool { return d.y[i] == 0 }))
		deal(seq(n, func(i int) bool { return d.y[i] == 1 }))
	}
	return out
}

func seq(n int, keep func(int) bool) []int {
	var out []int
	for i := range n {
		if keep(i) {
			out = append(out, i)
		}
	}
	return out
}

// crossValidate fits on k−1 folds and scores the held-out one.
func (d *data) crossValidate(cfg Config, rng *rand.Rand) CrossValidation {
	cv := CrossValidation{Folds: cfg.Folds}
	var ys, learned, base []float64
	var devModel, devMean float64
	folds := d.folds(cfg.Folds, rng)
	for f, test := range folds {
		var train []int
		for g, idx := range folds {
			if g != f {
				train = append(train, idx...)
			}
		}
		slices.Sort(train)
		m, err := d.fit(train, nil)
		if err != nil || len(test) == 0 {
			cv.Failed++
			continue
		}
		var mean float64
		for _, i := range train {
			mean += d.y[i]
		}
		mean /= float64(len(train))
		for _, i := range test {
			e := d.eta(m, i)
			devModel += d.unitDev(d.y[i], e, false)
			devMean += d.unitDev(d.y[i], mean, true)
			ys = append(ys, d.y[i])
			learned = append(learned, d.pairScore(m.beta, i))
			base = append(base, d.pairScore(d.baseline, i))
		}
	}
	cv.Explained = explained(devModel, devMean)
	if d.binary {
		cv.Learned, cv.Default = auc(ys, learned), auc(ys, base)
	} else {
		cv.Learned, cv.Default = correlation(ys, learned), correlation(ys, base)
	}
	return cv
}

// unitDev is one pair's deviance: (y − ŷ)² for a continuous outcome,
// −2 log of the probability of y for a binary one, the prediction given as
// a linear predictor (or, with isMean, as a probability), clamped away
// from 0 and 1 by 1e-12.
func (d *data) unitDev(y, pred float64, isMean bool) float64 {
	if !d.binary {
		r := y - pred
		return r * r
	}
	p := pred
	if !isMean {
		p = 1 / (1 + math.Exp(-pred))
	}
	p = math.Min(math.Max(p, 1e-12), 1-1e-12)
	if y == 1 {
		return -2 * math.Log(p)
	}
	return -2 * math.Log(1-p)
}

// correlation is Pearson's r; NaN when either side is constant.
func correlation(x, y []float64) float64 {
	n := float64(len(x))
	if n < 2 {
		return math.NaN()
	}
	var mx, my float64
	for i := range x {
		mx += x[i]
		my += y[i]
	}
	mx /= n
	my /= n
	var sxy, sxx, syy float64
	for i := range x {
		a, b := x[i]-mx, y[i]-my
		sxy += a * b
		sxx += a * a
		syy += b * b
	}
	if sxx == 0 || syy == 0 {
		return math.NaN()
	}
	return sxy / math.Sqrt(sxx*syy)
}

// auc is the probability that a pair with outcome 1 scores above one
// with outcome 0, ties counting ½ (the Mann–Whitney U over n₁·n₀), by
// ranks with average ties: O(n log n). NaN without both classes.
func auc(y, score []float64) float64 {
	n := len(y)
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmpFloat(score[a], score[b]) })
	var rankSum, n1 float64
	for lo := 0; lo < n; {
		hi := lo
		for hi < n && score[idx[hi]] == score[idx[lo]] {
			hi++
		}
		r := float64(lo+hi+1) / 2 // mean of ranks lo+1 … hi
		for _, i := range idx[lo:hi] {
			if y[i] == 1 {
				rankSum += r
				n1++
			}
		}
		lo = hi
	}
	n0 := float64(n) - n1
	if n1 == 0 || n0 == 0 {
		return math.NaN()
	}
	return (rankSum - n1*(n1+1)/2) / (n1 * n0)
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// bootstrap fills the percentile intervals from cfg.Bootstrap resamples
// of the pairs and returns how many could not be fitted.
func (d *data) bootstrap(res *Result, cfg Config, rng *rand.Rand) int {
	k := len(d.names)
	coefs, weights := make([][]float64, k), make([][]float64, k)
	n, failed := len(d.y), 0
	idx := make([]int, n)
	for range cfg.Bootstrap {
		for r := range idx {
			idx[r] = rng.IntN(n)
		}
		m, err := d.fit(idx, nil)
		if err != nil {
			failed++
			continue
		}
		w := normalise(m.beta)
		for j := range k {
			if res.Criteria[j].Status != Learned {
				continue
			}
			b := m.beta[j]
			if math.IsNaN(b) {
				b = 0 // constant in this resample: no evidence for a weight
			}
			coefs[j] = append(coefs[j], b)
			weights[j] = append(weights[j], w[j])
		}
	}
	lo, hi := (1-cfg.Confidence)/2, (1+cfg.Confidence)/2
	for j := range k {
		c := &res.Criteria[j]
		if len(coefs[j]) == 0 {
			continue
		}
		slices.Sort(coefs[j])
		slices.Sort(weights[j])
		c.CoefLower, c.CoefUpper = quantile(coefs[j], lo), quantile(coefs[j], hi)
		c.Lower, c.Upper = quantile(weights[j], lo), quantile(weights[j], hi)
	}
	return failed
}

// quantile is R's type 7 quantile of sorted values.
func quantile(sorted []float64, q float64) float64 {
	h := q * float64(len(sorted)-1)
	lo := int(math.Floor(h))
	if lo+1 >= len(sorted) {
		return sorted[len(sorted)-1]
	}
	return sorted[lo] + (h-float64(lo))*(sorted[lo+1]-sorted[lo])
}
