package pairing

import (
	"container/heap"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/mentorkit/mentorkit/matching"
	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"
)

// pairFlowItem is a heap entry of pairMinCostFlow's Dijkstra.
type pairFlowItem struct {
	d    float64
	node int
}

type pairFlowHeap []pairFlowItem

func (h pairFlowHeap) Len() int           { return len(h) }
func (h pairFlowHeap) Less(i, j int) bool { return h[i].d < h[j].d }
func (h pairFlowHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *pairFlowHeap) Push(x any)        { *h = append(*h, x.(pairFlowItem)) }
func (h *pairFlowHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// pairMinCostFlow is the alternative to column duplication: a min-cost
// flow, source → mentee (1) → mentor (value) → sink (capacity), with every
// mentee free to stay unmatched (value 0), solved by successive shortest
// paths with Dijkstra on reduced costs (Johnson potentials), one
// augmentation per mentee. values is rows = mentees × mentors; a negative
// value is a forbidden pair. It returns the maximum total value.
func pairMinCostFlow(values []float64, nE, nM int, capa []int) float64 {
	sink := nM + nE
	pot := make([]float64, nM+nE+1)
	maxV := 0.0
	for _, v := range values {
		maxV = math.Max(maxV, v)
	}
	for j := range nM {
		pot[j] = -maxV
	}
	pot[sink] = -maxV
	assign := make([]int, nE)
	for i := range assign {
		assign[i] = -1
	}
	load := make([]int, nM)
	members := make([][]int, nM)
	dist := make([]float64, nM+nE+1)
	pred := make([]int, nM+nE+1)
	done := make([]bool, nM+nE+1)
	var h pairFlowHeap
	for s := range nE {
		for i := range dist {
			dist[i], pred[i], done[i] = math.Inf(1), -1, false
		}
		h = h[:0]
		dist[nM+s] = 0
		heap.Push(&h, pairFlowItem{0, nM + s})
		relax := func(u, v int, cost float64) {
			if d := dist[u] + cost + pot[u] - pot[v]; d < dist[v] {
				dist[v], pred[v] = d, u
				heap.Push(&h, pairFlowItem{d, v})
			}
		}
		for h.Len() > 0 {
			it := heap.Pop(&h).(pairFlowItem)
			u := it.node
			if done[u] || it.d > dist[u] {
				continue
			}
			done[u] = true
			if u == sink {
				break
			}
			if u >= nM { // a mentee: to every allowed mentor, or out
				i := u - nM
				row := values[i*nM : (i+1)*nM]
				for j, v := range row {
					if v >= 0 && j != assign[i] && !done[j] {
						relax(u, j, -v)
					}
				}
				relax(u, sink, 0)
				continue
			}
			for _, i := range members[u] { // a mentor: back to its mentees
				relax(u, nM+i, values[i*nM+u])
			}
			if load[u] < capa[u] {
				relax(u, sink, 0)
			}
		}
		dt := dist[sink]
		for v := range pot {
			pot[v] += math.Min(dist[v], dt)
		}
		// Augment along the path, from the sink back.
		v := sink
		for u := pred[v]; u >= 0; v, u = u, pred[u] {
			switch {
			case u < nM && v == sink: // mentor with a free place
				load[u]++
			case u >= nM && v < nM: // mentee u takes mentor v
				i := u - nM
				if old := assign[i]; old >= 0 {
					members[old] = pairRemove(members[old], i)
				}
				assign[i] = v
				members[v] = append(members[v], i)
			case u >= nM && v == sink && u != nM+s: // mentee leaves
				i := u - nM
				members[assign[i]] = pairRemove(members[assign[i]], i)
				assign[i] = -1
			}
		}
	}
	var total float64
	for i, j := range assign {
		if j >= 0 {
			total += values[i*nM+j]
		}
	}
	return total
}

func pairRemove(list []int, x int) []int {
	for k, y := range list {
		if y == x {
			return append(list[:k], list[k+1:]...)
		}
	}
	return list
}

// pairDuplicate solves the same problem by column duplication with the
// dense solver, as Pairing.solve does.
func pairDuplicate(values []float64, nE, nM int, capa []int, s *matching.Solver, a *matching.Assignment) float64 {
	var slotM []int
	for j, c := range capa {
		for range c {
			slotM = append(slotM, j)
		}
	}
	nS := len(slotM)
	data := make([]float64, nE*nS)
	for i := range nE {
		for k, j := range slotM {
			data[i*nS+k] = max(values[i*nM+j], 0)
		}
	}
	var m mat.Matrix = mat.NewDense(nE, nS, data)
	if nE > nS {
		m = mat.NewDense(nE, nS, data).T()
	}
	if err := s.Assign(m, matching.Maximize, a); err != nil {
		panic(err)
	}
	return a.Total
}

func pairCapacityInstance(rng *rand.Rand, nE, nM, maxCap int, forbidden float64) ([]float64, []int) {
	values := make([]float64, nE*nM)
	for i := range values {
		values[i] = rng.Float64()
		if rng.Float64() < forbidden {
			values[i] = -1
		}
	}
	capa := make([]int, nM)
	for j := range capa {
		capa[j] = 1 + rng.IntN(maxCap)
	}
	return values, capa
}

// TestCapacityFlowAgrees: column duplication and the min-cost flow find
// the same optimum (an independent check of the duplication).
func TestCapacityFlowAgrees(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 8))
	var s matching.Solver
	var a matching.Assignment
	for it := range 500 {
		nE, nM := 1+rng.IntN(12), 1+rng.IntN(6)
		values, capa := pairCapacityInstance(rng, nE, nM, 3, 0.3)
		flow := pairMinCostFlow(values, nE, nM, capa)
		dup := pairDuplicate(values, nE, nM, capa, &s, &a)
		require.InDelta(t, flow, dup, 1e-9, "instance %d", it)
	}
}

// BenchmarkCapacity compares column duplication with the dense solver
// against a min-cost flow by successive shortest paths, on random scores
// with capacity 3 (the choice argued in the package documentation).
func BenchmarkCapacity(b *testing.B) {
	for _, size := range [][2]int{{300, 100}, {1000, 300}, {3000, 1000}} {
		nE, nM := size[0], size[1]
		rng := rand.New(rand.NewPCG(1, uint64(nE)))
		values, capa := pairCapacityInstance(rng, nE, nM, 3, 0.1)
		for i := range capa {
			capa[i] = 3
		}
		b.Run(fmt.Sprintf("mentees=%d/mentors=%d/duplication", nE, nM), func(b *testing.B) {
			var s matching.Solver
			var a matching.Assignment
			b.ReportAllocs()
			for b.Loop() {
				pairBenchSink = pairDuplicate(values, nE, nM, capa, &s, &a)
			}
		})
		if nE > 1000 && testing.Short() {
			continue
		}
		b.Run(fmt.Sprintf("mentees=%d/mentors=%d/mincostflow", nE, nM), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				pairBenchSink = pairMinCostFlow(values, nE, nM, capa)
			}
		})
	}
}
