package evaluation

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestPermutationStandardError checks the random-mode mean (pR+2)/(R+1)
// and standard error √(p(2−p)/R) that PermutationTest's doc states, by
// simulation: 3,000 seeded
// runs of R = 200 random permutations on two samples of 8 whose exact
// p-value (every one of the C(16, 8) = 12,870 splits) is near 0.05. The
// spread of the estimates must match the stated error within 10%, their
// mean the stated mean within four standard errors of the mean, and
// the naive √(p(1−p)/R) (a binomial proportion at p, ignoring that p is
// twice a tail) must be off by more than 25%: it is about √2 too small.
func TestPermutationStandardError(t *testing.T) {
	x := []float64{4.1, 5.3, 6.0, 4.8, 5.9, 6.4, 5.1, 5.6}
	y := []float64{4.0, 4.6, 5.2, 3.9, 4.4, 5.5, 4.3, 5.0}
	ex, err := PermutationTest(nil, x, y, nil, PermutationConfig{Resamples: 20000})
	if err != nil || !ex.Exact {
		t.Fatalf("exact test: %+v, %v", ex, err)
	}
	p := ex.PValue
	if p < 0.01 || p > 0.2 {
		t.Fatalf("exact p = %v; the data should give a small p", p)
	}
	const runs, r = 3000, 200
	var sum, sum2 float64
	for i := range runs {
		rng := rand.New(rand.NewPCG(uint64(i), 99))
		res, err := PermutationTest(rng, x, y, nil, PermutationConfig{Resamples: r})
		if err != nil || res.Exact {
			t.Fatalf("random test: %+v, %v", res, err)
		}
		sum += res.PValue
		sum2 += res.PValue * res.PValue
	}
	mean := sum / runs
	sd := math.Sqrt((sum2 - runs*mean*mean) / (runs - 1))
	stated := math.Sqrt(p * (2 - p) / r)
	naive := math.Sqrt(p * (1 - p) / r)
	t.Logf("exact p %.4f, mean %.4f, simulated SE %.5f, stated %.5f, naive %.5f", p, mean, sd, stated, naive)
	if rel := math.Abs(sd-stated) / stated; rel > 0.10 {
		t.Errorf("p = %.4f: simulated SE %.5f, stated √(p(2−p)/R) = %.5f (off by %.0f%%)", p, sd, stated, 100*rel)
	}
	if want := (p*r + 2) / (r + 1); math.Abs(mean-want) > 4*stated/math.Sqrt(runs) {
		t.Errorf("p = %.4f: mean estimate %.5f, stated (pR+2)/(R+1) = %.5f", p, mean, want)
	}
	if rel := math.Abs(sd-naive) / sd; rel < 0.25 {
		t.Errorf("p = %.4f: simulated SE %.5f is close to the naive %.5f; the doc's correction is not needed", p, sd, naive)
	}
}
