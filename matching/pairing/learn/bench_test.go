package learn

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// BenchmarkFit is one Fit with the defaults (5 folds, 200 bootstrap
// resamples) on n pairs with the eight built-in criteria.
func BenchmarkFit(b *testing.B) {
	for _, binary := range []bool{false, true} {
		for _, n := range []int{1000, 10000} {
			pairs := programme(rand.New(rand.NewPCG(1, 1)), n, binary, 0.5)
			b.Run(fmt.Sprintf("binary=%v/pairs=%d", binary, n), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if _, err := Fit(pairs, Config{}, rand.New(rand.NewPCG(2, 2))); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
