package matching

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/mentorkit/mentorkit/matching/internal/testkit"
	"gonum.org/v1/gonum/mat"
)

func BenchmarkKBest(b *testing.B) {
	for _, n := range []int{50, 100} {
		s, _, _, capa := testkit.BenchScores(n, 3)
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
