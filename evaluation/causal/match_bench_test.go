package causal

import (
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"testing"
)

// benchSubjects makes n subjects of whom exactly nt are treated (the
// treated drawn with odds rising in x1, so the groups differ), with five
// covariates.
func benchSubjects(n, nt int) []Subject {
	rng := rand.New(rand.NewPCG(7, 8))
	s := make([]Subject, n)
	for i := range s {
		x := make([]float64, 5)
		for j := range x {
			x[j] = rng.NormFloat64()
		}
		s[i] = Subject{ID: fmt.Sprintf("p%06d", i), Covariates: x}
	}
	// Treat the nt subjects with the largest x1 + noise.
	score := make([]float64, n)
	for i := range s {
		score[i] = 0.7*s[i].Covariates[0] - 0.4*s[i].Covariates[1] + 1.5*rng.NormFloat64()
	}
	cut := kthLargest(score, nt)
	for i := range s {
		s[i].Treated = score[i] >= cut
	}
	return s
}

func kthLargest(v []float64, k int) float64 {
	lo, hi := -100.0, 100.0
	for range 200 {
		mid := (lo + hi) / 2
		c := 0
		for _, x := range v {
			if x >= mid {
				c++
			}
		}
		if c >= k {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo
}

// BenchmarkMatchPropensity: 5,000 treated among 100,000 with the default
// caliper (0.2 SD of the logit) and 100 candidates each; the sparse problem
// holds at most 5,000 × 101 entries, never 5,000 × 95,000.
func BenchmarkMatchPropensity(b *testing.B) {
	for _, size := range []struct{ n, nt int }{{10_000, 500}, {100_000, 5_000}} {
		s := benchSubjects(size.n, size.nt)
		for _, d := range []Distance{DistanceLogit, DistanceMahalanobis} {
			b.Run(fmt.Sprintf("n=%d/treated=%d/%v", size.n, size.nt, d), func(b *testing.B) {
				b.ReportAllocs()
				var m Match
				for b.Loop() {
					var err error
					m, err = MatchPropensity(s, MatchConfig{Distance: d})
					if err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(len(m.Pairs)), "pairs")
				b.ReportMetric(math.Abs(m.Balance[0].After.SMD), "|smd1|")
			})
		}
	}
}

// A caliper match of 1,000 treated among 20,000 allocates far less than
// one dense 1,000 × 19,000 matrix (152 MB): the sparse solver is used.
func TestMatchNoDenseMatrix(t *testing.T) {
	if testing.Short() {
		t.Skip("allocates a 20,000-subject problem")
	}
	s := benchSubjects(20_000, 1_000)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	m, err := MatchPropensity(s, MatchConfig{})
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	const dense = 1_000 * 19_000 * 8
	if got := after.TotalAlloc - before.TotalAlloc; got > dense/8 {
		t.Errorf("allocated %d bytes, want well below a dense matrix's %d", got, dense)
	}
	if len(m.Pairs) < 900 {
		t.Errorf("%d pairs", len(m.Pairs))
	}
}
