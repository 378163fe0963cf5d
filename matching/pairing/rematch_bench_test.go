package pairing

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/mentorkit/mentorkit/matching/internal/capmat"
	"github.com/mentorkit/mentorkit/matching/internal/testkit"
)

// BenchmarkRematch compares a cold solve of a programme (n mentees, n/2
// mentors of capacity 2) with the warm re-matching when one mentee joins
// and leaves again (two events, at most two augmentations), and with the
// dense solver's cold solve of the same problem (capmat.Optimum).
func BenchmarkRematch(b *testing.B) {
	for _, n := range []int{100, 400} {
		s, es, ms, capa := testkit.BenchScores(n, 1)
		b.Run("cold/n="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := NewRematcher(es, ms, capa, s, 0); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("dense-solver/n="+strconv.Itoa(n), func(b *testing.B) {
			val, r, c, cp, _ := capmat.Input(s, capa, ErrConfig)
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := capmat.Optimum(val, r, c, cp); err != nil {
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
