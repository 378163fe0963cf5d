package flow

import (
	"errors"
	"math/rand/v2"
	"testing"
)

// TestDeferBruteForce: MaxValue with random arcs deferred (Defer) agrees
// with enumeration, whether or not the deferred arcs cut every s–t path
// (when they do not, MaxValue falls back to plain successive shortest
// paths), and when every arc out of s is deferred (the insertion path is
// then always taken).
func TestDeferBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 3))
	inserted := 0
	for trial := range 4000 {
		n := 3 + rng.IntN(4)
		g := NewNetwork(n)
		m := 2 + rng.IntN(7)
		cut := trial%2 == 0
		for range m {
			u := randomArc(rng, n)
			a, err := g.AddArc(u.from, u.to, u.lo, u.hi, u.prio, u.score)
			if err != nil {
				t.Fatal(err)
			}
			if (cut && u.from == 0) || (!cut && rng.IntN(2) == 0) {
				g.Defer(a)
			}
		}
		want, ok := bruteForce(n, g.arcs, 0, n-1)
		r, owner := g.build(0, n-1)
		if _, used := g.insertion(r, owner, 0, n-1); used {
			inserted++
		}
		got, err := g.MaxValue(0, n-1)
		if !ok {
			if !errors.Is(err, ErrInfeasible) {
				t.Fatalf("trial %d: want infeasible, got %v %+v (arcs %+v late %v)", trial, err, got, g.arcs, g.late)
			}
			continue
		}
		if err != nil {
			t.Fatalf("trial %d: %v (arcs %+v late %v)", trial, err, g.arcs, g.late)
		}
		if got.Priority != want.Priority || got.Score < want.Score-1e-9 || got.Score > want.Score+1e-9 {
			t.Fatalf("trial %d: got (%d, %v), want (%d, %v) %v; arcs %+v late %v", trial, got.Priority, got.Score, want.Priority, want.Score, want.Arc, g.arcs, g.late)
		}
	}
	if inserted < 1000 {
		t.Errorf("insertion used in %d trials only", inserted)
	}
}

// TestWarmBruteForce: one network solved, then grown by AddArc (the
// arcs Improves names, then random ones) and solved again from the kept
// optimum, agrees with enumeration of its arcs after every solve.
func TestWarmBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 5))
	warm := 0
	for trial := range 2000 {
		n := 3 + rng.IntN(4)
		var all []userArc
		for range 2 + rng.IntN(7) {
			all = append(all, randomResumeArc(rng, n))
		}
		g := NewNetwork(n)
		in := make([]bool, len(all))
		add := func(a int) {
			u := all[a]
			b, err := g.AddArc(u.from, u.to, u.lo, u.hi, u.prio, u.score)
			if err != nil {
				t.Fatal(err)
			}
			if u.from == 0 {
				g.Defer(b)
			}
			in[a] = true
		}
		for a := range all {
			if all[a].from == 0 || rng.IntN(2) == 0 {
				add(a)
			}
		}
		for round := 0; ; round++ {
			if g.warm != nil {
				warm++
			}
			f, err := g.MaxValue(0, n-1)
			want, ok := bruteForce(n, g.arcs, 0, n-1)
			switch {
			case !ok && !errors.Is(err, ErrInfeasible):
				t.Fatalf("trial %d round %d: want infeasible, got %v; arcs %+v", trial, round, err, g.arcs)
			case ok && (err != nil || f.Priority != want.Priority || f.Score < want.Score-1e-9 || f.Score > want.Score+1e-9):
				t.Fatalf("trial %d round %d: got (%d, %v, %v), want (%d, %v); arcs %+v", trial, round, f.Priority, f.Score, err, want.Priority, want.Score, g.arcs)
			}
			added := false
			for a, u := range all {
				if !in[a] && (f.Improves(u.from, u.to, u.prio, u.score, 1e-12) || rng.IntN(3) == 0) {
					add(a)
					added = true
				}
			}
			if !added {
				break
			}
		}
	}
	if warm < 500 {
		t.Errorf("warm start used %d times only", warm)
	}
}
