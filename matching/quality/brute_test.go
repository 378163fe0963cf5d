package quality

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// enumerate calls f with every matching of r mentees to c mentors within
// capa over allowed (finite) pairs, mentees free to stay unmatched.
func enumerate(val []float64, r, c int, capa []int, f func(mm []int)) {
	mm := make([]int, r)
	load := make([]int, c)
	var rec func(e int)
	rec = func(e int) {
		if e == r {
			f(mm)
			return
		}
		mm[e] = -1
		rec(e + 1)
		for m := range c {
			if !math.IsInf(val[e*c+m], -1) && load[m] < capa[m] {
				mm[e], load[m] = m, load[m]+1
				rec(e + 1)
				load[m]--
			}
		}
		mm[e] = -1
	}
	rec(0)
}

// TestStrategiesBruteForce checks the exact strategies against
// enumeration of every matching of 2,000 random instances of up to 4
// mentees × 3 mentors: optimal and preference reach the best total on the
// scores and on the views' mean; fair reaches, among the matchings that
// fill the most lower-bound places, the best total; waiting reaches the
// largest total wait and then the best total.
func TestStrategiesBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 4))
	cell := func() float64 {
		if rng.IntN(5) == 0 {
			return math.Inf(-1)
		}
		return float64(rng.IntN(9)-2) / 4 // a few negatives and ties
	}
	for it := range 2000 {
		r, c := 1+rng.IntN(4), 1+rng.IntN(3)
		sc, ev, mv := make([]float64, r*c), make([]float64, r*c), make([]float64, r*c)
		for i := range sc {
			sc[i] = cell()
			ev[i], mv[i] = sc[i], sc[i]
			if !math.IsInf(sc[i], -1) {
				ev[i], mv[i] = float64(rng.IntN(5)), float64(rng.IntN(5))
			}
		}
		capa := make([]int, c)
		for m := range capa {
			capa[m] = rng.IntN(3)
		}
		in := Instance{Name: "b", Scores: mat.NewDense(r, c, sc), Capacity: capa,
			MenteeView: mat.NewDense(r, c, ev), MentorView: mat.NewDense(r, c, mv)}
		for range r {
			in.Groups = append(in.Groups, string(rune('a'+rng.IntN(2))))
			in.Waits = append(in.Waits, rng.IntN(4))
		}
		rows, err := RunExperiment([]Instance{in}, []Strategy{StrategyOptimal, StrategyPreference, StrategyFair, StrategyWaiting}, rng, Options{})
		if err != nil {
			t.Fatal(err)
		}
		sd, err := checkSides(in, sc, r, c, capa)
		if err != nil {
			t.Fatal(err)
		}
		// The fair bounds, from the optimum's number matched.
		opt := rows[0].Quality.Matched
		size := map[int]int{}
		for _, g := range sd.groups {
			size[g]++
		}
		lo := map[int]int{}
		for g, n := range size {
			lo[g] = int(math.Ceil(FairFloor*float64(opt)/float64(r)*float64(n) - 1e-9))
		}
		total := func(v []float64, mm []int) (s float64) {
			for e, m := range mm {
				if m >= 0 {
					s += v[e*c+m]
				}
			}
			return s
		}
		blend := sd.blend()
		bestOpt, bestPref := 0.0, 0.0
		bestFill, bestFair := -1, math.Inf(-1)
		bestWait, bestWaitScore := -1, math.Inf(-1)
		enumerate(sc, r, c, capa, func(mm []int) {
			bestOpt = max(bestOpt, total(sc, mm))
			bestPref = max(bestPref, total(blend, mm))
			count := map[int]int{}
			wait := 0
			for e, m := range mm {
				if m >= 0 {
					count[sd.groups[e]]++
					wait += in.Waits[e]
				}
			}
			fill := 0
			for g, l := range lo {
				fill += min(count[g], l)
			}
			if s := total(sc, mm); fill > bestFill || fill == bestFill && s > bestFair {
				bestFill, bestFair = fill, s
			}
			if s := total(sc, mm); wait > bestWait || wait == bestWait && s > bestWaitScore {
				bestWait, bestWaitScore = wait, s
			}
		})
		// The fair and waiting matchings fill as many bound places and
		// as much waiting time as the enumeration's best.
		fm, err := runStrategy(StrategyFair, sc, r, c, capa, sd, nil)
		if err != nil {
			t.Fatal(err)
		}
		wm, err := runStrategy(StrategyWaiting, sc, r, c, capa, sd, nil)
		if err != nil {
			t.Fatal(err)
		}
		count, wait, fill := map[int]int{}, 0, 0
		for e := range r {
			if fm[e] >= 0 {
				count[sd.groups[e]]++
			}
			if wm[e] >= 0 {
				wait += in.Waits[e]
			}
		}
		for g, l := range lo {
			fill += min(count[g], l)
		}
		if fill != bestFill || wait != bestWait {
			t.Fatalf("instance %d: fair fills %d of the bounds (best %d), waiting matches %d weeks (best %d)", it, fill, bestFill, wait, bestWait)
		}
		got := []float64{rows[0].Quality.Total, (rows[1].TwoSided.MenteeMean + rows[1].TwoSided.MentorMean) / 2 * float64(rows[1].Quality.Matched), rows[2].Quality.Total, rows[3].Quality.Total}
		if rows[1].Quality.Matched == 0 {
			got[1] = 0
		}
		want := []float64{bestOpt, bestPref, bestFair, bestWaitScore}
		for i := range want {
			if math.Abs(got[i]-want[i]) > 1e-9 {
				t.Fatalf("instance %d (%d×%d, capacity %v, scores %v, groups %v, waits %v): %s total %v, enumeration %v",
					it, r, c, capa, sc, in.Groups, in.Waits, rows[i].Strategy, got[i], want[i])
			}
		}
	}
}
