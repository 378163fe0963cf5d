package matching

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// lapBenchMatrix draws the benchmark families of ../shared/bench/lap at a
// small scale: "int" is n×n integers 0..n-1, "float" n×n uniform [0,1),
// "rect" n×2n uniform [0,1), "forbidden" "int" with 90% of the entries
// +Inf except a hidden permutation, "max" n×n uniform [0,1) maximised.
func lapBenchMatrix(family string, n int) *mat.Dense {
	rng := rand.New(rand.NewPCG(uint64(n), 42))
	c := n
	if family == "rect" {
		c = 2 * n
	}
	m := mat.NewDense(n, c, nil)
	perm := rng.Perm(n)
	for i := range n {
		for j := range c {
			var x float64
			switch family {
			case "int", "forbidden":
				x = float64(rng.IntN(n))
			default:
				x = rng.Float64()
			}
			if family == "forbidden" && perm[i] != j && rng.Float64() < 0.9 {
				x = lapForbidden(Minimize)
			}
			m.Set(i, j, x)
		}
	}
	return m
}

var lapBenchSink float64

func BenchmarkSolverAssign(b *testing.B) {
	for _, family := range []string{"int", "float", "rect", "forbidden", "max"} {
		obj := Minimize
		if family == "max" {
			obj = Maximize
		}
		for _, n := range []int{100, 1000} {
			m := lapBenchMatrix(family, n)
			b.Run(fmt.Sprintf("%s/n=%d", family, n), func(b *testing.B) {
				var s Solver
				var a Assignment
				if err := s.Assign(m, obj, &a); err != nil { // warm up
					b.Fatal(err)
				}
				b.ReportAllocs()
				for b.Loop() {
					if err := s.Assign(m, obj, &a); err != nil {
						b.Fatal(err)
					}
				}
				lapBenchSink += a.Total
			})
		}
	}
}
