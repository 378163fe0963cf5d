package hazard

import (
	"math"
	"slices"
)

// Concordance is Harrell's C of a Cox fit's linear predictor η = xᵀβ̂ as
// R survival 3.x computes it (concordance(fit), timewt "n"): a pair is
// comparable when the shorter time is an event (a subject censored at an
// event's time counts as the longer); it is concordant when the subject
// with the shorter time has the larger η, discordant when the smaller,
// and tied in x when η is equal. Pairs of events at the same time are not
// comparable: TiedY counts those with different η, TiedXY those with equal
// η. With strata, only pairs in the same stratum count.
type Concordance struct {
	// Concordance is (Concordant + TiedX/2)/(Concordant + Discordant +
	// TiedX); NaN when no pair is comparable.
	Concordance float64 `json:"concordance"`
	Concordant  int64   `json:"concordant"`
	Discordant  int64   `json:"discordant"`
	TiedX       int64   `json:"tiedX"`
	TiedY       int64   `json:"tiedY"`
	TiedXY      int64   `json:"tiedXY"`
}

// fenwick counts values by rank.
type fenwick []int64

func (f fenwick) add(i int, v int64) {
	for i++; i < len(f); i += i & -i {
		f[i] += v
	}
}

// prefix is the count of ranks < i.
func (f fenwick) prefix(i int) int64 {
	s := int64(0)
	for ; i > 0; i -= i & -i {
		s += f[i]
	}
	return s
}

// concordance counts the pairs in O(n log n): subjects are taken in
// order (by stratum, then by decreasing time, as newCoxData sorts them),
// and a Fenwick tree over the ranks of η holds those with a longer time.
func concordance(time []float64, event []bool, cov [][]float64, beta []float64, strata []int, order []int) Concordance {
	n := len(time)
	eta := make([]float64, n)
	for j, col := range cov {
		b := beta[j]
		if math.IsNaN(b) || b == 0 {
			continue
		}
		for i, v := range col {
			eta[i] += v * b
		}
	}
	rank, r := denseRanks(eta)
	tree := make(fenwick, r+2)
	var c Concordance
	inTree := int64(0)
	var ranks []int
	lo := 0
	for i := 0; i < n; {
		if strata != nil && i > lo && strata[order[i]] != strata[order[i-1]] {
			for _, k := range order[lo:i] {
				tree.add(rank[k], -1)
			}
			inTree, lo = 0, i
		}
		j := i
		for j < n && time[order[j]] == time[order[i]] && (strata == nil || strata[order[j]] == strata[order[i]]) {
			j++
		}
		group := order[i:j]
		for _, k := range group {
			if !event[k] {
				tree.add(rank[k], 1)
				inTree++
			}
		}
		ranks = ranks[:0]
		for _, k := range group {
			if !event[k] {
				continue
			}
			below, upTo := tree.prefix(rank[k]), tree.prefix(rank[k]+1)
			c.Concordant += below
			c.TiedX += upTo - below
			c.Discordant += inTree - upTo
			ranks = append(ranks, rank[k])
		}
		tiedEvents(&c, ranks)
		for _, k := range group {
			if event[k] {
				tree.add(rank[k], 1)
				inTree++
			}
		}
		i = j
	}
	c.Concordance = (float64(c.Concordant) + float64(c.TiedX)/2) / float64(c.Concordant+c.Discordant+c.TiedX)
	return c
}

// tiedEvents counts the pairs of events at one time: TiedXY with equal
// rank, TiedY otherwise.
func tiedEvents(c *Concordance, ranks []int) {
	e := int64(len(ranks))
	if e < 2 {
		return
	}
	slices.Sort(ranks)
	same := int64(0)
	for a := 0; a < len(ranks); {
		b := a
		for b < len(ranks) && ranks[b] == ranks[a] {
			b++
		}
		m := int64(b - a)
		same += m * (m - 1) / 2
		a = b
	}
	c.TiedXY += same
	c.TiedY += e*(e-1)/2 - same
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

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// denseRanks returns the rank of each value among the distinct values of
// x (0 for the smallest) and the largest rank. It sorts (value, index)
// pairs, which keeps the sort's memory access local.
func denseRanks(x []float64) ([]int, int) {
	type pair struct {
		v float64
		i int
	}
	ps := make([]pair, len(x))
	for i, v := range x {
		ps[i] = pair{v, i}
	}
	slices.SortFunc(ps, func(a, b pair) int { return cmpFloat(a.v, b.v) })
	rank := make([]int, len(x))
	r := 0
	for k, p := range ps {
		if k > 0 && p.v != ps[k-1].v {
			r++
		}
		rank[p.i] = r
	}
	return rank, r
}
