package pairing

import (
	"cmp"
	"container/heap"
	"math/rand/v2"
	"slices"
	"testing"
)

// The benchmarks below justify the hand-written primitives the package
// keeps, each against its standard-library alternative.

// stdCandHeap is pairCandHeap through container/heap.
type stdCandHeap []pairCand

func (h stdCandHeap) Len() int           { return len(h) }
func (h stdCandHeap) Less(i, j int) bool { return pairWorse(h[i], h[j]) }
func (h stdCandHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *stdCandHeap) Push(x any)        { *h = append(*h, x.(pairCand)) }
func (h *stdCandHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// BenchmarkTopK keeps DefaultCandidates of 1,000 scored mentors: the
// hand-written heap, container/heap, and sorting the whole row.
func BenchmarkTopK(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	row := make([]float64, 1000)
	for i := range row {
		row[i] = rng.Float64()
	}
	all := func(int) bool { return true }
	k := DefaultCandidates
	b.Run("hand", func(b *testing.B) {
		var h pairCandHeap
		b.ReportAllocs()
		for b.Loop() {
			pairTopK(row, all, k, &h)
		}
	})
	b.Run("container-heap", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			h := make(stdCandHeap, 0, k)
			for m, s := range row {
				c := pairCand{m: int32(m), s: s}
				if h.Len() < k {
					heap.Push(&h, c)
				} else if pairWorse(h[0], c) {
					h[0] = c
					heap.Fix(&h, 0)
				}
			}
			out := make([]int32, len(h))
			for i, c := range h {
				out[i] = c.m
			}
			slices.Sort(out)
		}
	})
	b.Run("sort-row", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			c := make([]pairCand, len(row))
			for m, s := range row {
				c[m] = pairCand{m: int32(m), s: s}
			}
			slices.SortFunc(c, func(x, y pairCand) int { return cmp.Compare(y.s, x.s) })
			out := make([]int32, k)
			for i := range out {
				out[i] = c[i].m
			}
			slices.Sort(out)
		}
	})
}

// BenchmarkBitsetAnd counts the common terms of two sets of 8 among 256:
// bitsets (pairAnd) against sorted term IDs merged with slices.
func BenchmarkBitsetAnd(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	var ba, bb [4]uint64
	var ia, ib []int32
	for range 8 {
		x, y := rng.IntN(256), rng.IntN(256)
		ba[x/64] |= 1 << (x % 64)
		bb[y/64] |= 1 << (y % 64)
		ia, ib = append(ia, int32(x)), append(ib, int32(y))
	}
	slices.Sort(ia)
	slices.Sort(ib)
	b.Run("bitset", func(b *testing.B) {
		n := 0
		for b.Loop() {
			n += pairAnd(ba[:], bb[:])
		}
		pairBenchSink = float64(n)
	})
	b.Run("sorted-ids", func(b *testing.B) {
		n := 0
		for b.Loop() {
			for _, x := range ia {
				if _, ok := slices.BinarySearch(ib, x); ok {
					n++
				}
			}
		}
		pairBenchSink = float64(n)
	})
}
