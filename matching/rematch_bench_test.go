package matching

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// benchScores draws uniform scores in [0, 1) for n mentees × n/2 mentors.
func benchScores(n int, seed uint64) (*mat.Dense, []string, []string, []int) {
	rng := rand.New(rand.NewPCG(seed, 11))
	nM := n / 2
	s := mat.NewDense(n, nM, nil)
	for i := range n {
		for j := range nM {
			s.Set(i, j, rng.Float64())
		}
	}
	es, ms := make([]string, n), make([]string, nM)
	for i := range es {
		es[i] = "e" + strconv.Itoa(i)
	}
	capa := make([]int, nM)
	for j := range ms {
		ms[j] = "m" + strconv.Itoa(j)
		capa[j] = 2
	}
	return s, es, ms, capa
}

// BenchmarkRematch compares a cold solve of a programme (n mentees, n/2
// mentors of capacity 2) with the warm re-matching when one mentee joins
// and leaves again (two events, at most two augmentations), and with the
// dense solver's cold solve of the same problem (capOptimum).
func BenchmarkRematch(b *testing.B) {
	for _, n := range []int{100, 400} {
		s, es, ms, capa := benchScores(n, 1)
		b.Run("cold/n="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := NewRematcher(es, ms, capa, s, 0); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("dense-solver/n="+strconv.Itoa(n), func(b *testing.B) {
			val, r, c, cp, _ := capInput(s, capa)
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := capOptimum(val, r, c, cp); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("join+leave/n="+strconv.Itoa(n), func(b *testing.B) {
			rm, err := NewRematcher(es, ms, capa, s, 0.05)
			if err != nil {
				b.Fatal(err)
			}
			rng := rand.New(rand.NewPCG(2, 2))
			sc := make([]float64, len(ms))
			for j := range sc {
				sc[j] = rng.Float64()
			}
			start := rm.Augmentations()
			b.ReportAllocs()
			for b.Loop() {
				if _, err := rm.AddMentee("new", sc); err != nil {
					b.Fatal(err)
				}
				if _, err := rm.RemoveMentee("new"); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(rm.Augmentations()-start)/float64(b.N), "augmentations/op")
		})
	}
}

func BenchmarkKBest(b *testing.B) {
	for _, n := range []int{50, 100} {
		s, _, _, capa := benchScores(n, 3)
		b.Run("k=5/n="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := KBest(s, Maximize, 5, KBestOptions{Capacity: capa, Optional: true}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkStable(b *testing.B) {
	for _, n := range []int{200, 1000} {
		s, _, _, capa := benchScores(n, 4)
		p, err := PreferencesFromScores(s, nil, capa)
		if err != nil {
			b.Fatal(err)
		}
		b.Run("n="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Stable(p, SideMentee); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkFair(b *testing.B) {
	for _, n := range []int{50, 100} {
		rng := rand.New(rand.NewPCG(5, 5))
		s := mat.NewDense(n, n, nil)
		for i := range n {
			for j := range n {
				s.Set(i, j, float64(rng.IntN(100))/100)
			}
		}
		b.Run("bottleneck/n="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Bottleneck(s, Maximize); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("lexmaxmin/n="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := LexMaxMin(s, Maximize); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
