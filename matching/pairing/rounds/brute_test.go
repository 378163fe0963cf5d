package rounds

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"gonum.org/v1/gonum/mat"

	"github.com/mentorkit/mentorkit/matching/pairing"
)

// tiny is a random small programme: scores (NaN = forbidden), capacities,
// met pairs and waits in weeks.
type tiny struct {
	score [][]float64
	cap   []int
	met   [][]bool
	weeks []float64
}

func randomTiny(r *rand.Rand) tiny {
	nE, nM := 1+r.IntN(5), 1+r.IntN(3)
	t := tiny{cap: make([]int, nM)}
	for m := range t.cap {
		t.cap[m] = 1 + r.IntN(2)
	}
	for range nE {
		row, met := make([]float64, nM), make([]bool, nM)
		for m := range row {
			if r.IntN(4) == 0 {
				row[m] = math.Inf(-1)
			} else {
				row[m] = float64(r.IntN(11)) / 10
			}
			met[m] = r.IntN(3) == 0
		}
		t.score = append(t.score, row)
		t.met = append(t.met, met)
		t.weeks = append(t.weeks, float64(r.IntN(4))+float64(r.IntN(3))/4)
	}
	return t
}

// graph builds the rounds graph of t, everyone waiting at now.
func (t tiny) graph(now time.Time) *graph {
	nE, nM := len(t.score), len(t.cap)
	st := pairing.ScoreTable{Scores: mat.NewDense(nE, nM, nil), Capacity: t.cap}
	for e := range nE {
		st.MenteeIDs = append(st.MenteeIDs, fmt.Sprintf("e%d", e))
	}
	for m := range nM {
		st.MentorIDs = append(st.MentorIDs, fmt.Sprintf("m%d", m))
	}
	for e, row := range t.score {
		for m, s := range row {
			st.Scores.Set(e, m, s)
		}
	}
	var state pairing.State
	state.ProgrammeID = "p"
	for e := range nE {
		state.Waiting = append(state.Waiting, pairing.Tenure{MenteeID: st.MenteeIDs[e], Since: now.Add(-time.Duration(t.weeks[e] * float64(Week)))})
		for m := range nM {
			if t.met[e][m] {
				state.Ended = append(state.Ended, pairing.Tenure{MentorID: st.MentorIDs[m], MenteeID: st.MenteeIDs[e], Since: now.AddDate(-1, 0, 0), Until: now.AddDate(0, -1, 0)})
			}
		}
	}
	g := newGraph("p", st)
	if err := g.read(state, now); err != nil {
		panic(err)
	}
	return g
}

// key is a pairing's objective as a vector compared lexicographically:
// under WaitFirst the number matched per whole-week wait, longest first,
// then the total score; under WaitWeight the sum of score + w·weeks.
func (t tiny) key(assign []int, rc Config) []float64 {
	if rc.Wait == WaitWeight {
		s := 0.0
		for e, m := range assign {
			if m >= 0 {
				s += t.score[e][m] + rc.WeekWeight*t.weeks[e]
			}
		}
		return []float64{s}
	}
	out := make([]float64, 5)
	for e, m := range assign {
		if m >= 0 {
			out[3-int(math.Floor(t.weeks[e]))]++
			out[4] += t.score[e][m]
		}
	}
	return out
}

// split keeps the pairs of assign that met before (repeat) or not.
func split(assign []int, met [][]bool, repeat bool) []int {
	out := make([]int, len(assign))
	for e, m := range assign {
		out[e] = -1
		if m >= 0 && met[e][m] == repeat {
			out[e] = m
		}
	}
	return out
}

// bestKey enumerates every pairing the round may form: with fixed nil,
// of pairs that have not met; else, around the pairs fixed, of previous
// pairs of exhausted mentees (those of repeat).
func (t tiny) bestKey(rc Config, fixed []int, repeat [][]bool) []float64 {
	nE, nM := len(t.score), len(t.cap)
	ok := func(e, m int) bool {
		s := t.score[e][m]
		if math.IsInf(s, -1) || s < rc.Cutoff {
			return false
		}
		if fixed != nil && (fixed[e] >= 0 || !repeat[e][m]) {
			return false
		}
		if !t.met[e][m] || fixed == nil {
			return fixed == nil && !t.met[e][m]
		}
		for k := range nM { // exhausted: every allowed mentor met
			if !math.IsInf(t.score[e][k], -1) && !t.met[e][k] {
				return false
			}
		}
		return true
	}
	assign := make([]int, nE)
	left := append([]int(nil), t.cap...)
	for _, m := range fixed {
		if m >= 0 {
			left[m]--
		}
	}
	var best []float64
	var walk func(e int)
	walk = func(e int) {
		if e == nE {
			if k := t.key(assign, rc); best == nil || less(best, k) {
				best = k
			}
			return
		}
		assign[e] = -1
		walk(e + 1)
		for m := range nM {
			if left[m] > 0 && ok(e, m) {
				assign[e], left[m] = m, left[m]-1
				walk(e + 1)
				left[m]++
			}
		}
		assign[e] = -1
	}
	walk(0)
	return best
}

// less compares keys lexicographically, scores up to rounding.
func less(a, b []float64) bool {
	for i := range a {
		if math.Abs(a[i]-b[i]) > 1e-9 {
			return a[i] < b[i]
		}
	}
	return false
}

// TestRoundBruteForce checks Round's assignment against every pairing
// of 3,000 random tiny programmes, under both wait modes and cutoffs.
func TestRoundBruteForce(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 3))
	now := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	for it := range 3000 {
		tt := randomTiny(r)
		rc := Config{Cutoff: []float64{0, 0.3, 0.5}[r.IntN(3)]}
		if r.IntN(2) == 0 {
			rc.Wait, rc.WeekWeight = WaitWeight, []float64{0, 0.05, 0.5}[r.IntN(3)]
		}
		g := tt.graph(now)
		roundCandidates = []int{40, 1, 2}[it%3] // column generation from one or two mentors per mentee
		res, err := g.round(rc, now)
		roundCandidates = 40
		if err != nil {
			t.Fatal(err)
		}
		assign := make([]int, len(tt.score))
		for e := range assign {
			assign[e] = -1
		}
		for _, p := range res.Pairs {
			var e, m int
			fmt.Sscanf(p.MenteeID, "e%d", &e)
			fmt.Sscanf(p.MentorID, "m%d", &m)
			assign[e] = m
			if p.Repeat != tt.met[e][m] {
				t.Fatalf("it %d: %s–%s repeat %v, met %v", it, p.MentorID, p.MenteeID, p.Repeat, tt.met[e][m])
			}
		}
		// First stage: the pairs that have not met, optimal among those;
		// second: repeats of exhausted mentees, optimal in what is left.
		first, second := split(assign, tt.met, false), split(assign, tt.met, true)
		got, want := tt.key(first, rc), tt.bestKey(rc, nil, nil)
		if less(got, want) || less(want, got) {
			t.Fatalf("it %d (%+v): key %v, brute force %v\n%+v", it, rc, got, want, tt)
		}
		got, want = tt.key(second, rc), tt.bestKey(rc, first, tt.met)
		if less(got, want) || less(want, got) {
			t.Fatalf("it %d (%+v): repeats' key %v, brute force %v\n%+v", it, rc, got, want, tt)
		}
		if len(res.Pairs)+len(res.Waiting) != len(tt.score) {
			t.Fatalf("it %d: %d pairs + %d waiting != %d mentees", it, len(res.Pairs), len(res.Waiting), len(tt.score))
		}
	}
}
