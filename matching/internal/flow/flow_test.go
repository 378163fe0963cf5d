package flow

import (
	"errors"
	"math/rand/v2"
	"testing"
)

// bruteForce enumerates every integer flow within the arcs' bounds that
// conserves flow at the inner nodes and returns the best (priority, then
// score) and whether one exists.
func bruteForce(n int, arcs []userArc, s, t int) (best Flow, ok bool) {
	x := make([]int, len(arcs))
	var rec func(i int)
	rec = func(i int) {
		if i == len(arcs) {
			bal := make([]int, n)
			for a, u := range arcs {
				bal[u.from] -= x[a]
				bal[u.to] += x[a]
			}
			for v := range n {
				if v != s && v != t && bal[v] != 0 {
					return
				}
			}
			var f Flow
			for a, u := range arcs {
				f.Priority += u.prio * int64(x[a])
				f.Score += u.score * float64(x[a])
			}
			if !ok || f.Priority > best.Priority || (f.Priority == best.Priority && f.Score > best.Score+1e-9) {
				best, ok = f, true
				best.Arc = append([]int(nil), x...)
			}
			return
		}
		for v := arcs[i].lo; v <= arcs[i].hi; v++ {
			x[i] = v
			rec(i + 1)
		}
	}
	rec(0)
	return best, ok
}

// TestMaxValueBruteForce compares MaxValue with enumeration on random
// small DAGs with lower bounds, priorities and negative scores.
func TestMaxValueBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 1))
	infeasible := 0
	for trial := range 3000 {
		n := 3 + rng.IntN(4)
		g := NewNetwork(n)
		m := 2 + rng.IntN(6)
		for range m {
			u := randomArc(rng, n)
			if _, err := g.AddArc(u.from, u.to, u.lo, u.hi, u.prio, u.score); err != nil {
				t.Fatal(err)
			}
		}
		want, ok := bruteForce(n, g.arcs, 0, n-1)
		got, err := g.MaxValue(0, n-1)
		if !ok {
			infeasible++
			if !errors.Is(err, ErrInfeasible) {
				t.Fatalf("trial %d: want infeasible, got %v %+v (arcs %+v)", trial, err, got, g.arcs)
			}
			continue
		}
		if err != nil {
			t.Fatalf("trial %d: %v (arcs %+v)", trial, err, g.arcs)
		}
		if got.Priority != want.Priority || got.Score < want.Score-1e-9 || got.Score > want.Score+1e-9 {
			t.Fatalf("trial %d: got (%d, %v), want (%d, %v) %v; arcs %+v", trial, got.Priority, got.Score, want.Priority, want.Score, want.Arc, g.arcs)
		}
	}
	if infeasible == 0 {
		t.Error("no infeasible case generated")
	}
}

func TestAddArcErrors(t *testing.T) {
	g := NewNetwork(3)
	for _, c := range [][4]int{{1, 1, 0, 1}, {2, 1, 0, 1}, {0, 3, 0, 1}, {-1, 1, 0, 1}, {0, 1, 2, 1}, {0, 1, -1, 1}} {
		if _, err := g.AddArc(c[0], c[1], c[2], c[3], 0, 0); !errors.Is(err, ErrArc) {
			t.Errorf("%v: err %v", c, err)
		}
	}
	if _, err := g.MaxValue(0, 0); !errors.Is(err, ErrArc) {
		t.Errorf("s == t: %v", err)
	}
}

// TestImprovesCertifies: solving on a subset of the arcs and adding back
// every left-out arc Improves names, until none does, reaches the optimum
// of the whole network (enumerated) — the pricing loop of fair pairing.
func TestImprovesCertifies(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 7))
	for trial := range 2000 {
		n := 3 + rng.IntN(4)
		var all []userArc
		for range 2 + rng.IntN(7) {
			all = append(all, randomResumeArc(rng, n))
		}
		in := make([]bool, len(all))
		for a := range all {
			in[a] = all[a].lo > 0 || rng.IntN(2) == 0
		}
		want, ok := bruteForce(n, all, 0, n-1)
		for round := 0; ; round++ {
			g := NewNetwork(n)
			for a, u := range all {
				if in[a] {
					g.AddArc(u.from, u.to, u.lo, u.hi, u.prio, u.score)
				}
			}
			f, err := g.MaxValue(0, n-1)
			added := false
			for a, u := range all {
				if !in[a] && f.Improves(u.from, u.to, u.prio, u.score, 1e-12) {
					in[a], added = true, true
				}
			}
			if added {
				continue
			}
			if !ok {
				if err == nil {
					t.Fatalf("trial %d: want infeasible", trial)
				}
				break
			}
			if err != nil || f.Priority != want.Priority || f.Score < want.Score-1e-9 || f.Score > want.Score+1e-9 {
				t.Fatalf("trial %d round %d: got (%d, %v, %v), want (%d, %v); arcs %+v in %v", trial, round, f.Priority, f.Score, err, want.Priority, want.Score, all, in)
			}
			break
		}
	}
}

// randomArc draws an arc forward between two of n nodes: up to 2 units,
// a lower bound one time in four, a priority of −1, 0 or 1 one time in
// three, a score in quarters from −1 to 1.
func randomArc(rng *rand.Rand, n int) userArc {
	from := rng.IntN(n - 1)
	to := from + 1 + rng.IntN(n-1-from)
	hi := rng.IntN(3)
	lo := 0
	if rng.IntN(4) == 0 {
		lo = rng.IntN(hi + 1)
	}
	prio := int64(0)
	if rng.IntN(3) == 0 {
		prio = int64(rng.IntN(3) - 1)
	}
	return userArc{from, to, lo, hi, prio, float64(rng.IntN(9)-4) / 4}
}

// randomResumeArc draws an arc for the tests that add arcs to a solved
// network: 1 or 2 units, a lower bound one time in four, a priority of 0
// or 1, a score in quarters from −1 to 1.
func randomResumeArc(rng *rand.Rand, n int) userArc {
	from := rng.IntN(n - 1)
	to := from + 1 + rng.IntN(n-1-from)
	hi := 1 + rng.IntN(2)
	lo := 0
	if rng.IntN(4) == 0 {
		lo = rng.IntN(hi + 1)
	}
	return userArc{from, to, lo, hi, int64(rng.IntN(2)), float64(rng.IntN(9)-4) / 4}
}
