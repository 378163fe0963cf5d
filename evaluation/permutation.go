package evaluation

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// TwoSampleStatistic is a statistic of two samples, such as the
// difference of their means. It receives scratch slices it may reorder or
// overwrite (never the caller's data) and must return a finite value.
type TwoSampleStatistic func(x, y []float64) float64

// MeanDiff is mean(x) - mean(y), the default TwoSampleStatistic.
func MeanDiff(x, y []float64) float64 { return Mean(x) - Mean(y) }

// PermutationConfig holds the settings of PermutationTest. The zero value
// is scipy.stats.permutation_test's default: 9999 resamples, two-sided.
type PermutationConfig struct {
	// Resamples is the number of random permutations, 1 to 10,000,000;
	// 0 means DefaultResamples. When the number of distinct ways to split
	// the pooled data into samples of sizes n1 and n2, C(n1+n2, n1), is at
	// most Resamples, every split is enumerated instead (exact test).
	Resamples int
}

// Permutation is the result of a two-sample permutation test.
type Permutation struct {
	// Statistic is stat(x, y) on the observed samples.
	Statistic float64
	// PValue is the two-sided p-value (see PermutationTest).
	PValue float64
	// Exact reports that every split was enumerated.
	Exact bool
	// Resamples is the number of splits evaluated: C(n1+n2, n1) when
	// Exact, else the configured number of random permutations.
	Resamples int
	N1, N2    int
}

// PermutationTest tests whether x and y come from the same distribution
// by comparing stat(x, y) (MeanDiff when nil) with its permutation
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
// equals scipy's; the random one is an unbiased estimate whose standard
// error is about √(p(1-p)/R).
//
// Each sample needs at least two finite values (scipy raises with fewer). Errors (*InputError,
// joined): ErrEmpty, ErrOutOfRange for data, Resamples, a nil rng (needed
// only when the test is not exact) or a statistic that returns NaN or
// ±Inf (naming the split). Inputs are not modified. O(R·(n1+n2 + cost of
// stat)) time, O(R + n1 + n2) memory.
func PermutationTest(rng *rand.Rand, x, y []float64, stat TwoSampleStatistic, cfg PermutationConfig) (Permutation, error) {
	errs := sampleErrs("x", x, 2, "y", y, 2)
	r := cfg.Resamples
	if r == 0 {
		r = DefaultResamples
	}
	if r < 1 || r > maxResamples {
		errs = append(errs, inputErr("cfg.Resamples", cfg.Resamples, ErrOutOfRange, fmt.Sprintf("must be 1 to %d", maxResamples)))
	}
	if err := joinErrs(errs); err != nil {
		return Permutation{}, err
	}
	n1, n2 := len(x), len(y)
	n := n1 + n2
	exact := binomAtMost(n, n1, r)
	if !exact && rng == nil {
		return Permutation{}, inputErr("rng", nil, ErrOutOfRange, "is nil and the test is not exact")
	}
	if stat == nil {
		stat = MeanDiff
	}
	pooled := make([]float64, 0, n)
	pooled = append(append(pooled, x...), y...)
	bx, by := make([]float64, n1), make([]float64, n2)
	copy(bx, x)
	copy(by, y)
	obs := stat(bx, by)
	if math.IsNaN(obs) || math.IsInf(obs, 0) {
		return Permutation{}, inputErr("stat(x, y)", obs, ErrOutOfRange, "the statistic must return a finite number")
	}
	gamma := math.Max(1e-14, math.Abs(1e-14*obs))
	var nLess, nGreater, count int
	tally := func(v float64) error {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return inputErr(fmt.Sprintf("stat(split %d)", count), v, ErrOutOfRange, "the statistic must return a finite number")
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
