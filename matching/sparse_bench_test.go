package matching

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// BenchmarkAssignSparse times AssignSparse (a fresh solver per call, as a
// one-off caller would use it, so B/op is the whole working memory) on
// problems shaped like the lap harness's sparse-k family: k = 50 random
// candidates per row with integer costs 0..999, plus a hidden matching
// that makes the problem feasible. 100000x20000 is a programme of 100,000
// mentees and 20,000 mentors with 50 candidate mentors per mentee.
func BenchmarkAssignSparse(b *testing.B) {
	for _, sz := range []struct{ rows, cols, k int }{
		{1000, 1000, 50}, {5000, 5000, 50}, {20000, 20000, 50}, {100000, 20000, 50},
	} {
		b.Run(fmt.Sprintf("%dx%d_k%d", sz.rows, sz.cols, sz.k), func(b *testing.B) {
			c := sparseKRandom(rand.New(rand.NewPCG(11, uint64(sz.rows))), sz.rows, sz.cols, sz.k)
			b.ReportAllocs()
			b.ReportMetric(float64(len(c.Col)), "candidates")
			for b.Loop() {
				if _, err := AssignSparse(c, Minimize); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkSparseSolverAssign times a warm SparseSolver with a reused
// destination, maximising uniform scores in [0, 1): no allocation per
// solve.
func BenchmarkSparseSolverAssign(b *testing.B) {
	for _, sz := range []struct{ rows, cols, k int }{{1000, 1000, 20}, {20000, 20000, 50}} {
		b.Run(fmt.Sprintf("%dx%d_k%d", sz.rows, sz.cols, sz.k), func(b *testing.B) {
			rng := rand.New(rand.NewPCG(12, uint64(sz.rows)))
			c := sparseKRandom(rng, sz.rows, sz.cols, sz.k)
			for q := range c.Value {
				c.Value[q] = rng.Float64()
			}
			var s SparseSolver
			var a Assignment
			if err := s.Assign(c, Maximize, &a); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if err := s.Assign(c, Maximize, &a); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
