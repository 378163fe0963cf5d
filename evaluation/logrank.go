package evaluation

import (
	"math"
	"slices"

	"gonum.org/v1/gonum/mat"
)

// Test is the result of a log-rank test comparing the survival of k
// groups. Group g of every slice is the group labelled Groups[g].
type Test struct {
	// Groups holds the distinct group labels, ascending.
	Groups []int `json:"groups"`
	// N counts the subjects of each group.
	N []int `json:"n"`
	// Observed counts the events of each group; Expected is their expected
	// number under equal hazards, Σ_t n_gt·d_t/n_t over the distinct event
	// times t.
	Observed []float64 `json:"observed"`
	Expected []float64 `json:"expected"`
	// Var is the k×k variance matrix of Observed - Expected, row by row
	// (symmetric):
	// Σ_t d_t(n_t-d_t)/(n_t²(n_t-1))·n_gt(δ_gh·n_t - n_ht).
	Var [][]float64 `json:"var"`
	// ChiSq is (O-E)ᵀV⁻¹(O-E) over the groups with Expected > 0, leaving
	// out the first of them; 0 when fewer than two groups have
	// Expected > 0.
	ChiSq float64 `json:"chiSq"`
	// DF is the number of groups with Expected > 0, minus one.
	DF int `json:"df"`
	// PValue is P(χ²_DF > ChiSq); 1 when only one group has Expected > 0
	// and NaN when there are no events, as R.
	PValue float64 `json:"pValue"`
}

// maxLogRankGroups bounds the number of groups of LogRank.
const maxLogRankGroups = 1000

// LogRank runs the log-rank (Mantel–Haenszel) test of equal survival in the
// groups labelled by groups[i] (any integers), for subjects followed for
// durations[i] with events[i] true where the event was seen. It matches R's
// survdiff(Surv(time, event) ~ group, rho = 0) from survival 3.5.3,
// including its choice of groups: those with Expected = 0 (no one at risk
// at any event time) are left out of the statistic and of DF. At a tied
// time the censored subjects are at risk. With fewer than two groups with
// Expected > 0, ChiSq is 0 and DF is 0; PValue is then 1 (R's
// pchisq(0, 0, lower.tail = FALSE)) or, without any event, NaN.
//
// Errors are *[FieldError] values: as KaplanMeier, plus groups of another
// length (ErrLength), a single group (ErrEmpty, as R's "only 1 group"),
// more than 1,000 groups (ErrOutOfRange: the k×k variance matrix of a
// label per subject would exhaust memory) and a variance matrix that
// cannot be inverted (ErrSingular, where R's solve raises; for example
// when every event time empties the risk set). It radix-sorts the records once:
// O(n + D·k²) time for D distinct event times, O(n + k²) memory.
// Inputs are not modified.
func LogRank(durations []float64, events []bool, groups []int) (Test, error) {
	_, err := checkSurvival(durations, events, SurvivalConfig{})
	if err == nil && len(groups) != len(durations) {
		err = msgLength.At("groups", nil, len(groups), len(durations), "durations")
	}
	if err != nil {
		return Test{}, err
	}
	labels, idx := groupIndex(groups)
	if len(labels) < 2 {
		return Test{}, msgSingleGroup.At("groups", nil)
	}
	if len(labels) > maxLogRankGroups {
		return Test{}, msgTooManyGroups.At("groups", nil, len(labels), maxLogRankGroups)
	}
	k := len(labels)
	res := Test{Groups: labels, N: make([]int, k), Observed: make([]float64, k), Expected: make([]float64, k)}
	atRisk := make([]float64, k)
	for _, g := range idx {
		res.N[g]++
		atRisk[g]++
	}
	recs := sortedRecords(durations, events, idx)
	v := make([]float64, k*k)
	died := make([]float64, k)
	left := make([]float64, k)
	total := float64(len(recs))
	for i := 0; i < len(recs); {
		key := recs[i].Key
		clear(died)
		clear(left)
		d := 0.0
		for ; i < len(recs) && recs[i].Key == key; i++ {
			g := recGroup(recs[i])
			left[g]++
			if recEvent(recs[i]) {
				died[g]++
				d++
			}
		}
		if d > 0 {
			for g := range k {
				res.Observed[g] += died[g]
				res.Expected[g] += atRisk[g] * d / total
			}
			if total > 1 {
				w := d * (total - d) / (total * total * (total - 1))
				for g := range k {
					if atRisk[g] == 0 {
						continue
					}
					wg := w * atRisk[g]
					v[g*k+g] += wg * total
					for h := range k {
						v[g*k+h] -= wg * atRisk[h]
					}
				}
			}
		}
		for g := range k {
			atRisk[g] -= left[g]
		}
		total -= sum(left)
	}
	res.Var = make([][]float64, k)
	for g := range k {
		res.Var[g] = v[g*k : (g+1)*k : (g+1)*k]
	}
	if err := res.statistic(v); err != nil {
		return Test{}, err
	}
	return res, nil
}

// statistic computes ChiSq, DF and PValue from Observed, Expected and the
// variance matrix v (k×k, row-major), over the groups with Expected > 0.
func (t *Test) statistic(v []float64) error {
	k := len(t.Expected)
	var keep []int
	for g := range k {
		if t.Expected[g] > 0 {
			keep = append(keep, g)
		}
	}
	switch len(keep) {
	case 0: // no events at all: R's df is -1 and its p-value NaN
		t.PValue = math.NaN()
		return nil
	case 1: // R: chisq 0 on 0 df, p = pchisq(0, 0, lower.tail = FALSE) = 1
		t.PValue = 1
		return nil
	}
	t.DF = len(keep) - 1
	keep = keep[1:]
	m := len(keep)
	diff := mat.NewVecDense(m, nil)
	vv := mat.NewDense(m, m, nil)
	for a, g := range keep {
		diff.SetVec(a, t.Observed[g]-t.Expected[g])
		for b, h := range keep {
			vv.Set(a, b, v[g*k+h])
		}
	}
	var lu mat.LU
	lu.Factorize(vv)
	if c := lu.Cond(); math.IsInf(c, 1) || math.IsNaN(c) || c > 1/0x1p-52 {
		return msgSingular.At("durations", nil)
	}
	var sol mat.VecDense
	if err := lu.SolveVecTo(&sol, false, diff); err != nil {
		return msgSingular.At("durations", nil)
	}
	t.ChiSq = mat.Dot(&sol, diff)
	t.PValue = chi2SF(t.ChiSq, float64(t.DF))
	return nil
}

// groupIndex returns the distinct labels, ascending, and each record's
// index among them; more than maxLogRankGroups labels stop the scan (the
// caller reports it). Labels are found by a linear scan while there are
// few and by a map beyond; the indexes by binary search in the sorted
// labels. No map order reaches the result.
func groupIndex(groups []int) ([]int, []int32) {
	var labels []int
	var seen map[int]bool
	for _, g := range groups {
		if seen == nil {
			if slices.Contains(labels, g) {
				continue
			}
			labels = append(labels, g)
			if len(labels) > 16 {
				seen = make(map[int]bool, 64)
				for _, l := range labels {
					seen[l] = true
				}
			}
			continue
		}
		if !seen[g] {
			seen[g] = true
			labels = append(labels, g)
			if len(labels) > maxLogRankGroups {
				return labels, nil
			}
		}
	}
	slices.Sort(labels)
	if len(labels) < 2 || len(labels) > maxLogRankGroups {
		return labels, nil
	}
	idx := make([]int32, len(groups))
	last, lastIdx := labels[0], int32(0)
	for i, g := range groups {
		if g != last {
			j, _ := slices.BinarySearch(labels, g)
			last, lastIdx = g, int32(j)
		}
		idx[i] = lastIdx
	}
	return labels, idx
}
