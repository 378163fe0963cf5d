package evaluation

import (
	"math"
	"math/rand/v2"
	"strconv"

	"github.com/mentorkit/mentorkit/internal/fault"
)

// meanDiff is mean(x) - mean(y), the default two-sample statistic.
func meanDiff(x, y []float64) float64 { return meanOf(x) - meanOf(y) }

// PermutationConfig holds the settings of PermutationTest. The zero value
// is scipy.stats.permutation_test's default: 9999 resamples, two-sided.
type PermutationConfig struct {
	// Resamples is the number of random permutations, 1 to 10,000,000;
	// 0 means 9999 (scipy's n_resamples). When the number of distinct ways to split
	// the pooled data into samples of sizes n1 and n2, C(n1+n2, n1), is at
	// most Resamples, every split is enumerated instead (exact test).
	Resamples int `json:"resamples,omitempty"`
}

// Permutation is the result of a two-sample permutation test.
type Permutation struct {
	// Statistic is stat(x, y) on the observed samples.
	Statistic float64 `json:"statistic"`
	// PValue is the two-sided p-value (see PermutationTest).
	PValue float64 `json:"pValue"`
	// Exact reports that every split was enumerated.
	Exact bool `json:"exact"`
	// Resamples is the number of splits evaluated: C(n1+n2, n1) when
	// Exact, else the configured number of random permutations.
	Resamples int `json:"resamples"`
	N1        int `json:"n1"`
	N2        int `json:"n2"`
}

// PermutationTest tests whether x and y come from the same distribution
// by comparing stat(x, y) (mean(x) - mean(y) when nil) with its permutation
// distribution, as scipy.stats.permutation_test(permutation_type=
// "independent", alternative="two-sided") 1.10.1 does:
//
//	γ = max(1e-14, 1e-14·|observed|)
//	less    = (#{null <= observed + γ} + adj)/(R + adj)
//	greater = (#{null >= observed - γ} + adj)/(R + adj)
//	p = min(1, 2·min(less, greater))
//
// where the null distribution holds R values: every split of the pooled
// data into samples of sizes n1 and n2 (in lexicographic order of the
// indices taken for x; the observed split among them) with adj = 0 when
// C(n1+n2, n1) <= Resamples, else R = Resamples random permutations
// (Fisher–Yates with rng.IntN) with adj = 1, which counts the observed
// split (Phipson & Smyth, 2010) so that p is never 0. The exact p-value
// equals scipy's. The random one is conservative: when one tail is
// clearly the smaller (p well below 1), its count B of the R resamples is
// binomial with probability p/2, so the estimate 2(B+1)/(R+1) has mean
// (pR + 2)/(R + 1), above p by (2 − p)/(R + 1), and standard error
// 2√((p/2)(1 − p/2)/R) = √(p(2 − p)/R), about √2 times the √(p(1−p)/R)
// of a proportion, because p is twice a tail.
//
// stat receives scratch slices it may reorder or overwrite (never the
// caller's data) and must return a finite value.
//
// Each sample needs at least two finite values (scipy raises with fewer).
// Errors (*[FieldError], joined): ErrEmpty, ErrOutOfRange for data, Resamples, a nil rng (needed
// only when the test is not exact) or a statistic that returns NaN or
// ±Inf (naming the split). Inputs are not modified. O(R·(n1+n2 + cost of
// stat)) time, O(R + n1 + n2) memory.
func PermutationTest(rng *rand.Rand, x, y []float64, stat func(x, y []float64) float64, cfg PermutationConfig) (Permutation, error) {
	r, rErr := checkResamples(cfg.Resamples)
	if err := fault.Join(sampleErrs("x", x, 2, "y", y, 2), rErr); err != nil {
		return Permutation{}, err
	}
	n1, n2 := len(x), len(y)
	n := n1 + n2
	exact := binomAtMost(n, n1, r)
	if !exact && rng == nil {
		return Permutation{}, msgRNGRequired.At("rng", nil)
	}
	if stat == nil {
		stat = meanDiff
	}
	pooled := make([]float64, 0, n)
	pooled = append(append(pooled, x...), y...)
	bx, by := make([]float64, n1), make([]float64, n2)
	copy(bx, x)
	copy(by, y)
	obs := stat(bx, by)
	if math.IsNaN(obs) || math.IsInf(obs, 0) {
		return Permutation{}, msgNotFinite.At("stat(x, y)", obs)
	}
	gamma := math.Max(1e-14, math.Abs(1e-14*obs))
	var nLess, nGreater, count int
	tally := func(v float64) error {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return msgNotFinite.At("stat(split "+strconv.Itoa(count)+")", v)
		}
		if v <= obs+gamma {
			nLess++
		}
		if v >= obs-gamma {
			nGreater++
		}
		count++
		return nil
	}
	if exact {
		// Enumerate the n1-subsets idx of 0..n-1 in lexicographic order.
		idx := make([]int, n1)
		for i := range idx {
			idx[i] = i
		}
		inX := make([]bool, n)
		for {
			clear(inX)
			for i, k := range idx {
				bx[i] = pooled[k]
				inX[k] = true
			}
			j := 0
			for k, in := range inX {
				if !in {
					by[j] = pooled[k]
					j++
				}
			}
			if err := tally(stat(bx, by)); err != nil {
				return Permutation{}, err
			}
			i := n1 - 1
			for i >= 0 && idx[i] == n-n1+i {
				i--
			}
			if i < 0 {
				break
			}
			idx[i]++
			for k := i + 1; k < n1; k++ {
				idx[k] = idx[k-1] + 1
			}
		}
	} else {
		perm := make([]float64, n)
		for range r {
			copy(perm, pooled)
			for i := n - 1; i > 0; i-- {
				j := rng.IntN(i + 1)
				perm[i], perm[j] = perm[j], perm[i]
			}
			copy(bx, perm[:n1])
			copy(by, perm[n1:])
			if err := tally(stat(bx, by)); err != nil {
				return Permutation{}, err
			}
		}
	}
	adj := 1
	if exact {
		adj = 0
	}
	less := float64(nLess+adj) / float64(count+adj)
	greater := float64(nGreater+adj) / float64(count+adj)
	return Permutation{
		Statistic: obs, PValue: min(1, 2*min(less, greater)),
		Exact: exact, Resamples: count, N1: n1, N2: n2,
	}, nil
}

// binomAtMost reports whether C(n, k) <= limit, computing C(n-k+i, i) for
// i = 1..min(k, n-k) (each an integer, increasing in i) and stopping as
// soon as one exceeds limit, so it never overflows.
func binomAtMost(n, k, limit int) bool {
	k = min(k, n-k)
	c := 1
	for i := 1; i <= k; i++ {
		c = c * (n - k + i) / i
		if c > limit {
			return false
		}
	}
	return c <= limit
}
