package evaluation_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/mentorkit/mentorkit/evaluation"
)

var sinkBootstrap evaluation.Bootstrap

// BenchmarkBootstrapCI is the benchmark: 10,000 resamples of 1,000
// values (the mean, BCa and percentile), plus smaller sizes.
func BenchmarkBootstrapCI(b *testing.B) {
	for _, size := range []struct{ n, resamples int }{{100, 1000}, {1000, 10000}} {
		x := make([]float64, size.n)
		rng := rand.New(rand.NewPCG(1, 2))
		for i := range x {
			x[i] = rng.NormFloat64()
		}
		for _, m := range []evaluation.Method{evaluation.MethodBCa, evaluation.MethodPercentile} {
			b.Run(fmt.Sprintf("n=%d/B=%d/%s", size.n, size.resamples, m), func(b *testing.B) {
				b.ReportAllocs()
				cfg := evaluation.BootstrapConfig{Resamples: size.resamples, Method: m}
				for b.Loop() {
					r, err := evaluation.BootstrapCI(rand.New(rand.NewPCG(3, 4)), x, nil, cfg)
					if err != nil {
						b.Fatal(err)
					}
					sinkBootstrap = r
				}
			})
		}
	}
}

var sinkPermutation evaluation.Permutation

func BenchmarkPermutationTest(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	x, y := make([]float64, 300), make([]float64, 1700)
	for i := range x {
		x[i] = rng.NormFloat64()
	}
	for i := range y {
		y[i] = rng.NormFloat64()
	}
	b.Run("n=300+1700/R=9999", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			r, err := evaluation.PermutationTest(rand.New(rand.NewPCG(3, 4)), x, y, nil, evaluation.PermutationConfig{})
			if err != nil {
				b.Fatal(err)
			}
			sinkPermutation = r
		}
	})
}

var sinkMatched evaluation.Matched

func BenchmarkMatchedComparison(b *testing.B) {
	for _, size := range []struct{ treated, controls int }{{30, 170}, {300, 1700}} {
		rng := rand.New(rand.NewPCG(5, 6))
		subjects := make([]evaluation.MatchSubject, size.treated+size.controls)
		for i := range subjects {
			subjects[i] = evaluation.MatchSubject{
				ID: fmt.Sprintf("p%05d", i), Treated: i < size.treated, Stratum: fmt.Sprint(i % 6),
				Covariates: []float64{10 * rng.Float64(), float64(rng.IntN(2)), rng.Float64()}, Outcome: float64(rng.IntN(2)),
			}
		}
		b.Run(fmt.Sprintf("treated=%d/controls=%d", size.treated, size.controls), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				r, err := evaluation.MatchedComparison(subjects, evaluation.MatchConfig{Calipers: []float64{0, 0, 0.5}})
				if err != nil {
					b.Fatal(err)
				}
				sinkMatched = r
			}
		})
	}
}
