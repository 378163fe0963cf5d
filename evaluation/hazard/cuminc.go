package hazard

import (
	"math"
	"slices"
	"sort"

	"github.com/mentorkit/mentorkit/evaluation/internal/timesort"
	"github.com/mentorkit/mentorkit/internal/fault"
)

// Incidence is the cumulative incidence of one cause of exit in one group:
// the Aalen–Johansen estimate F(t) = Σ_{s ≤ t} S(s−)·d(s)/n(s), with S the
// Kaplan–Meier curve of all causes together, d the exits from this cause
// and n the number at risk, and Gray's (1988) variance estimate, as R
// cmprsk's cuminc computes them. Both are step functions that jump at
// Time.
type Incidence struct {
	// Group is the group's label ("" for the one group of ungrouped data)
	// and Cause the status code of the exit.
	Group string `json:"group"`
	Cause int    `json:"cause"`
	// Time holds the distinct times with an exit from Cause in Group,
	// ascending; Estimate and Var the values from each of them on.
	Time     []float64 `json:"time"`
	Estimate []float64 `json:"estimate"`
	Var      []float64 `json:"var"`
	// FollowUp is the group's largest time (exit or censoring): the curve
	// says nothing after it.
	FollowUp float64 `json:"followUp"`
}

// At returns the estimate and its variance at time t, as cmprsk's
// timepoints: the values of the last jump at or before t, 0 and 0 before
// the first, and NaN and NaN after FollowUp (R's NA).
func (c Incidence) At(t float64) (estimate, variance float64) {
	if math.IsNaN(t) || t > c.FollowUp {
		return math.NaN(), math.NaN()
	}
	k := sort.Search(len(c.Time), func(i int) bool { return c.Time[i] > t })
	if k == 0 {
		return 0, 0
	}
	return c.Estimate[k-1], c.Var[k-1]
}

// GrayTest is Gray's (1988) K-sample test that a cause's cumulative
// incidence is equal in every group (ρ = 0, no strata), as cmprsk's
// cuminc reports it in $Tests.
type GrayTest struct {
	// Cause is the status code tested.
	Cause int `json:"cause"`
	// Statistic is sᵀV⁻¹s over the scores of the first k−1 groups, on
	// DF = k−1; NaN, with PValue NaN, when V is singular (cmprsk reports
	// −1 there).
	Statistic float64 `json:"statistic"`
	DF        int     `json:"df"`
	PValue    float64 `json:"pValue"`
}

// CompetingRisks holds the curves of [CumulativeIncidence]: one
// [Incidence] per cause and group, cause-major (causes ascending, groups
// in ascending byte order of their labels, as cmprsk orders them), and
// one [GrayTest] per cause when there are at least two groups (nil
// otherwise).
type CompetingRisks struct {
	Curves []Incidence `json:"curves"`
	Tests  []GrayTest  `json:"tests"`
}

// Curve returns the incidence of cause in group, and false when there is
// none.
func (r CompetingRisks) Curve(group string, cause int) (Incidence, bool) {
	for _, c := range r.Curves {
		if c.Group == group && c.Cause == cause {
			return c, true
		}
	}
	return Incidence{}, false
}

// maxGrayGroups bounds the groups of [CumulativeIncidence]: Gray's test
// costs O(k³) per event time.
const maxGrayGroups = 100

// CumulativeIncidence estimates, for subjects followed for time[i] who
// ended with status[i] (0 censored, k ≥ 1 an exit of cause k: say 1 left
// the organisation, 2 was promoted away), the cumulative incidence of each
// cause in each group (group nil: one group labelled ""), and compares
// the groups with Gray's test. It matches R cmprsk 2.2 cuminc(time,
// status, group, cencode = 0) and timepoints (see [Incidence.At]). A cause
// with no exits in a group has a curve that stays 0. Data without any
// exit give no curves.
//
// Errors are *[FieldError] values: no subjects (ErrEmpty), status or group
// of another length (ErrLength), NaN or ±Inf in time, a negative status or
// more than 100 groups (ErrOutOfRange). It sorts once: O(n log n + D·k³)
// time for D distinct times and k groups, O(n) memory. Inputs are not
// modified.
func CumulativeIncidence(time []float64, status []int, group []string) (CompetingRisks, error) {
	labels, gi, causes, err := checkIncidence(time, status, group)
	if err != nil {
		return CompetingRisks{}, err
	}
	n := len(time)
	pos := causeIndex(causes)
	var res CompetingRisks
	curves := make([][]Incidence, len(labels)) // [group][cause]
	var byTime []int
	if len(labels) == 1 {
		// One sort of (time, cause index + 1) records; the curves then
		// read them in sequence.
		recs := make([]timesort.Rec, n)
		for i, t := range time {
			recs[i].Key = timesort.Key(t)
			if s := status[i]; s > 0 {
				recs[i].Aux = uint64(pos.of(s)) + 1
			}
		}
		curves[0] = groupIncidence(timesort.Sort(recs), causes, labels[0])
	} else {
		// One sort by time; a stable counting sort by group then makes
		// each group's records one run, still by time.
		byTime = timesort.Order(time)
		order := byGroup(byTime, gi, len(labels))
		recs := make([]timesort.Rec, n)
		for k, i := range order {
			recs[k].Key = timesort.Key(time[i])
			if s := status[i]; s > 0 {
				recs[k].Aux = uint64(pos.of(s)) + 1
			}
		}
		lo := 0
		for g := range labels {
			hi := lo
			for hi < n && gi[order[hi]] == g {
				hi++
			}
			curves[g] = groupIncidence(recs[lo:hi], causes, labels[g])
			lo = hi
		}
	}
	for c := range causes {
		for g := range labels {
			res.Curves = append(res.Curves, curves[g][c])
		}
	}
	if len(labels) > 1 {
		for _, cause := range causes {
			res.Tests = append(res.Tests, grayTest(time, status, gi, byTime, len(labels), cause))
		}
	}
	return res, nil
}

// checkIncidence validates the input and returns the sorted group labels,
// each subject's group index and the sorted causes.
func checkIncidence(time []float64, status []int, group []string) (labels []string, gi []int, causes []int, err error) {
	var c fault.Collector
	n := len(time)
	if n == 0 {
		c.Add(msgTooFew.At("time", nil, 0, 1))
	}
	if len(status) != n {
		c.Add(msgLength.At("status", nil, len(status), n, "time"))
	}
	if group != nil && len(group) != n {
		c.Add(msgLength.At("group", nil, len(group), n, "time"))
	}
	checkFinite(&c, "time", time)
	bad := 0
	var small uint64      // causes 1..63 seen, one bit each (no map lookup per record)
	var seen map[int]bool // larger causes
	for i, s := range status {
		switch {
		case s < 0:
			if bad++; bad <= maxListed {
				c.Add(msgStatus.At(fault.Index("status", i), s))
			}
		case s == 0:
		case s < 64:
			if small&(1<<s) == 0 {
				small |= 1 << s
				causes = append(causes, s)
			}
		case !seen[s]:
			if seen == nil {
				seen = map[int]bool{}
			}
			seen[s] = true
			causes = append(causes, s)
		}
	}
	if bad > maxListed {
		c.Add(msgMoreInvalid.At("status", nil, bad-maxListed))
	}
	slices.Sort(causes)
	gi = make([]int, n)
	if group == nil || len(group) != n {
		labels = []string{""}
	} else {
		idx := map[string]int{}
		for _, g := range group {
			if _, ok := idx[g]; !ok {
				idx[g] = 0
				labels = append(labels, g)
			}
		}
		slices.Sort(labels)
		if len(labels) > maxGrayGroups {
			c.Add(msgTooManyGroups.At("group", nil, len(labels), maxGrayGroups))
		}
		for k, l := range labels {
			idx[l] = k
		}
		for i, g := range group {
			gi[i] = idx[g]
		}
	}
	return labels, gi, causes, c.Err()
}

// cincState is the running state of one cause's curve in one group.
type cincState struct {
	f, v1, v2, v3 float64
}

// addTerm adds one variance term: t6 = S(t−)²·(1 − (m−1)/(n−1))·m/n² for
// m exits among n at risk, with coefficients t3 and t4.
func (s *cincState) addTerm(t3, t4, t6 float64) {
	s.v1 += t4 * t4 * t6
	s.v2 += t3 * t4 * t6
	s.v3 += t3 * t3 * t6
}

// tieFactor is 1 − (m−1)/(n−1) for m > 1 tied exits among n at risk, 1
// otherwise: Gray's correction for ties.
func tieFactor(m int, n float64) float64 {
	if m > 1 {
		return 1 - float64(m-1)/(n-1)
	}
	return 1
}

// groupIncidence computes the curves of every cause over one group's
// records sorted by time (aux: the cause's index + 1, 0 censored). Times
// are read back from the keys, so −0 comes out as 0.
func groupIncidence(recs []timesort.Rec, causes []int, label string) []Incidence {
	n := len(recs)
	out := make([]Incidence, len(causes))
	st := make([]cincState, len(causes))
	// Steps per cause (distinct times with an exit from it), so that the
	// curves are allocated once at their size.
	steps := make([]int, len(causes))
	last := make([]uint64, len(causes)) // key of the cause's last step + 1 (0: none yet)
	for _, r := range recs {
		if c := r.Aux; c > 0 && last[c-1] != r.Key+1 {
			last[c-1] = r.Key + 1
			steps[c-1]++
		}
	}
	for c, cause := range causes {
		m := steps[c]
		out[c] = Incidence{Group: label, Cause: cause, FollowUp: timesort.Time(recs[n-1].Key),
			Time: make([]float64, 0, m), Estimate: make([]float64, 0, m), Var: make([]float64, 0, m)}
	}
	nd := make([]int, len(causes))
	surv := 1.0 // S(t−)
	for i := 0; i < n; {
		key := recs[i].Key
		rs := float64(n - i)
		clear(nd)
		total, j := 0, i
		for ; j < n && recs[j].Key == key; j++ {
			if c := recs[j].Aux; c > 0 {
				nd[c-1]++
				total++
			}
		}
		if total > 0 {
			next := surv * (rs - float64(total)) / rs
			t := timesort.Time(key)
			for c := range causes {
				incidenceStep(&out[c], &st[c], t, nd[c], total-nd[c], rs, surv, next)
			}
			surv = next
		}
		i = j
	}
	return out
}

// incidenceStep advances one cause's curve over one time with own exits
// of the cause and other exits of other causes among rs at risk; surv and
// next are S(t−) and S(t).
func incidenceStep(inc *Incidence, s *cincState, t float64, own, other int, rs, surv, next float64) {
	if own > 0 {
		s.f += surv * float64(own) / rs
	}
	if other > 0 && next > 0 {
		t6 := surv * surv * tieFactor(other, rs) * float64(other) / (rs * rs)
		s.addTerm(1/next, s.f/next, t6)
	}
	if own > 0 {
		t6 := surv * surv * tieFactor(own, rs) * float64(own) / (rs * rs)
		t3 := 0.0
		if next > 0 {
			t3 = 1 / next
		}
		s.addTerm(t3, 1+t3*s.f, t6)
		inc.Time = append(inc.Time, t)
		inc.Estimate = append(inc.Estimate, s.f)
		inc.Var = append(inc.Var, s.v1+s.f*s.f*s.v3-2*s.f*s.v2)
	}
}

// causeLookup maps a cause to its index in the sorted causes: a table for
// causes up to 1<<16 (the usual 1, 2, 3), a map beyond (also when there
// are no causes: nothing is looked up then).
type causeLookup struct {
	table []int32
	big   map[int]int
}

func causeIndex(causes []int) causeLookup {
	var l causeLookup
	if len(causes) == 0 {
		return l
	}
	if last := causes[len(causes)-1]; last <= 1<<16 {
		l.table = make([]int32, last+1)
		for c, cause := range causes {
			l.table[cause] = int32(c)
		}
		return l
	}
	l.big = make(map[int]int, len(causes))
	for c, cause := range causes {
		l.big[cause] = c
	}
	return l
}

// of returns the index of cause, one of the causes.
func (l causeLookup) of(cause int) int {
	if l.table != nil {
		return int(l.table[cause])
	}
	return l.big[cause]
}

// byGroup returns order stably regrouped by gi (k groups): a counting
// sort, O(n + k).
func byGroup(order, gi []int, k int) []int {
	start := make([]int, k+1)
	for _, i := range order {
		start[gi[i]+1]++
	}
	for g := range k {
		start[g+1] += start[g]
	}
	out := make([]int, len(order))
	for _, i := range order {
		out[start[gi[i]]] = i
		start[gi[i]]++
	}
	return out
}
