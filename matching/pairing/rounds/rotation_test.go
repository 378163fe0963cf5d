package rounds

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"gonum.org/v1/gonum/mat"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/matching/pairing"
)

func TestMessages(t *testing.T) {
	if err := fault.CheckTable(append(append([]fault.Message(nil), messages...), texts...)); err != nil {
		t.Fatal(err)
	}
}

// The circle method by hand for a, b, c, d: a stays, b c d move one seat
// per round; a meets the person opposite (seat 3), seat 1 meets seat 2.
//
//	round 0: a b c d → a–d, b–c
//	round 1: a c d b → a–b, c–d
//	round 2: a d b c → a–c, b–d
func TestCircleByHand(t *testing.T) {
	s, err := Circle([]string{"d", "c", "b", "a"}, 4)
	if err != nil {
		t.Fatal(err)
	}
	p := func(a, b string) pairing.PairRef { return pairing.PairRef{MentorID: a, MenteeID: b} }
	want := [][]pairing.PairRef{{p("a", "d"), p("b", "c")}, {p("a", "b"), p("c", "d")}, {p("a", "c"), p("b", "d")}, {p("a", "d"), p("b", "c")}}
	if d := cmp.Diff(want, s.Rounds); d != "" {
		t.Fatal(d)
	}
	if s.Needed != 3 || s.EveryoneMet != 3 || len(s.Obstacles) != 0 {
		t.Fatalf("needed %d, everyone met %d, obstacles %v", s.Needed, s.EveryoneMet, s.Obstacles)
	}
}

// checkSchedule checks a schedule: nobody twice in a round, no pair
// repeated before EveryoneMet, every allowed pair met by then.
func checkSchedule(t *testing.T, s Schedule, allowed map[[2]string]bool, peer bool) {
	t.Helper()
	met := map[[2]string]bool{}
	for r, round := range s.Rounds {
		seen := map[string]bool{}
		for _, q := range round {
			key := [2]string{q.MentorID, q.MenteeID}
			if peer && (seen[q.MentorID] || seen[q.MenteeID]) || !peer && (seen["m"+q.MentorID] || seen["e"+q.MenteeID]) {
				t.Fatalf("round %d: %v meets twice", r, q)
			}
			if peer {
				seen[q.MentorID], seen[q.MenteeID] = true, true
			} else {
				seen["m"+q.MentorID], seen["e"+q.MenteeID] = true, true
			}
			if !allowed[key] {
				t.Fatalf("round %d: %v not allowed", r, q)
			}
			if met[key] && (s.EveryoneMet < 0 || r < s.EveryoneMet) {
				t.Fatalf("round %d: %v repeats before everyone met (%d)", r, q, s.EveryoneMet)
			}
			met[key] = true
		}
		if r+1 == s.EveryoneMet && len(met) != len(allowed) {
			t.Fatalf("everyone met after %d rounds, but %d of %d pairs met", r+1, len(met), len(allowed))
		}
	}
	if s.EveryoneMet < 0 && len(met) == len(allowed) && len(allowed) > 0 {
		t.Fatalf("every pair met, but EveryoneMet is %d", s.EveryoneMet)
	}
}

func TestCircleAndLatin(t *testing.T) {
	for n := 0; n <= 9; n++ {
		ids := make([]string, n)
		allowed := map[[2]string]bool{}
		for i := range ids {
			ids[i] = fmt.Sprintf("p%d", i)
			for j := range i {
				allowed[[2]string{ids[j], ids[i]}] = true
			}
		}
		for _, rounds := range []int{1, n - 1, n, n + 3} {
			if rounds < 1 {
				continue
			}
			s, err := Circle(ids, rounds)
			if err != nil {
				t.Fatal(err)
			}
			checkSchedule(t, s, allowed, true)
			need := n - 1 + n%2 // an odd pool needs n rounds
			if n < 2 {
				need = 0
			}
			if s.Needed != need || (rounds >= need && need > 0 && s.EveryoneMet != need) || (rounds < need && (s.EveryoneMet != -1 || len(s.Obstacles) == 0)) {
				t.Fatalf("n %d rounds %d: needed %d everyone %d obstacles %d", n, rounds, s.Needed, s.EveryoneMet, len(s.Obstacles))
			}
		}
	}
	for E := 0; E <= 5; E++ {
		for M := 0; M <= 5; M++ {
			es, ms := make([]string, E), make([]string, M)
			allowed := map[[2]string]bool{}
			for i := range es {
				es[i] = fmt.Sprintf("e%d", i)
			}
			for j := range ms {
				ms[j] = fmt.Sprintf("m%d", j)
				for _, e := range es {
					allowed[[2]string{ms[j], e}] = true
				}
			}
			s, err := Latin(es, ms, max(E, M, 1)+1)
			if err != nil {
				t.Fatal(err)
			}
			checkSchedule(t, s, allowed, false)
			if E > 0 && M > 0 && s.EveryoneMet != max(E, M) {
				t.Fatalf("%d×%d: everyone met after %d", E, M, s.EveryoneMet)
			}
		}
	}
}

// TestRotateKonig: on random bipartite graphs with forbidden pairs every
// allowed pair meets in exactly Needed rounds, the largest degree.
func TestRotateKonig(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 17))
	for it := range 400 {
		nE, nM := 1+r.IntN(7), 1+r.IntN(7)
		st := pairing.ScoreTable{Scores: mat.NewDense(nE, nM, nil), Capacity: make([]int, nM)}
		allowed := map[[2]string]bool{}
		for e := range nE {
			st.MenteeIDs = append(st.MenteeIDs, fmt.Sprintf("e%d", e))
		}
		for m := range nM {
			st.MentorIDs = append(st.MentorIDs, fmt.Sprintf("m%d", m))
		}
		forbidden := 0
		for e := range nE {
			for m := range nM {
				s := float64(r.IntN(11)) / 10
				if r.IntN(3) == 0 {
					s = math.Inf(-1)
					forbidden++
				} else {
					allowed[[2]string{st.MentorIDs[m], st.MenteeIDs[e]}] = true
				}
				st.Scores.Set(e, m, s)
			}
		}
		g := newGraph("p", st)
		rounds := 1 + r.IntN(9)
		s, err := rotateTwoSided(g, rounds, forbidden)
		if err != nil {
			t.Fatal(err)
		}
		checkSchedule(t, s, allowed, false)
		switch {
		case len(allowed) == 0 && s.EveryoneMet != 0,
			len(allowed) > 0 && rounds >= s.Needed && s.EveryoneMet != s.Needed,
			len(allowed) > 0 && rounds < s.Needed && s.EveryoneMet != -1:
			t.Fatalf("it %d: rounds %d needed %d everyone met %d", it, rounds, s.Needed, s.EveryoneMet)
		}
		if s.EveryoneMet == -1 {
			found := false
			for _, o := range s.Obstacles {
				found = found || (o.Code == "tooManyPartners" && o.Partners == s.Needed)
			}
			if !found {
				t.Fatalf("it %d: not everyone met and no person named: %v", it, s.Obstacles)
			}
		}
	}
}

// TestRotatePeerGreedy: the greedy peer schedule never repeats a pair
// before everyone met, and names who cannot.
func TestRotatePeerGreedy(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 8))
	for range 300 {
		n := 2 + r.IntN(7)
		st := pairing.ScoreTable{Scores: mat.NewDense(n, n, nil), Capacity: make([]int, n)}
		for i := range n {
			id := fmt.Sprintf("p%d", i)
			st.MenteeIDs, st.MentorIDs = append(st.MenteeIDs, id), append(st.MentorIDs, id)
		}
		allowed := map[[2]string]bool{}
		for i := range n {
			st.Scores.Set(i, i, math.Inf(-1))
			for j := i + 1; j < n; j++ {
				s := 0.5
				if r.IntN(3) == 0 {
					s = math.Inf(-1)
				} else {
					allowed[[2]string{st.MenteeIDs[i], st.MenteeIDs[j]}] = true
				}
				st.Scores.Set(i, j, s)
				st.Scores.Set(j, i, s)
			}
		}
		s, err := rotatePeer(st, 1+r.IntN(8))
		if err != nil {
			t.Fatal(err)
		}
		checkSchedule(t, s, allowed, true)
	}
}
