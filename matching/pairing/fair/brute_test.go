package fair

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/matching/stable"
	"gonum.org/v1/gonum/mat"
)

// bruteBest enumerates every assignment of the table's mentees to an
// allowed mentor or to nobody within the capacities and locks, keeps those
// meeting the bounds, and returns the best value (matched first under
// participation, then score); ok is false when none meets the bounds.
func bruteBest(t pairing.ScoreTable, prio bool, me, mo *grouping, extra ...*grouping) (best Outcome, ok bool) {
	nE, nM := len(t.MenteeIDs), len(t.MentorIDs)
	lock := make([]int, nE)
	for e := range lock {
		lock[e] = -1
	}
	for _, l := range t.Locks {
		lock[l.Row] = l.Col
	}
	load := make([]int, nM)
	x := make([]int, nE)
	var rec func(e int)
	rec = func(e int) {
		if e == nE {
			if !meets(x, load, me, mo, extra...) {
				return
			}
			var o Outcome
			for e, m := range x {
				if m >= 0 {
					o.Matched++
					o.TotalScore += t.Scores.At(e, m)
				}
			}
			better := !ok || (prio && o.Matched > best.Matched) ||
				((!prio || o.Matched == best.Matched) && o.TotalScore > best.TotalScore+1e-12)
			if better {
				best, ok = o, true
			}
			return
		}
		if lock[e] < 0 {
			x[e] = -1
			rec(e + 1)
		}
		for m := range nM {
			if (lock[e] >= 0 && m != lock[e]) || load[m] == t.Capacity[m] || math.IsInf(t.Scores.At(e, m), -1) {
				continue
			}
			x[e] = m
			load[m]++
			rec(e + 1)
			load[m]--
		}
	}
	rec(0)
	return best, ok
}

// meets checks the groups' bounds on an assignment.
func meets(x, load []int, me, mo *grouping, extra ...*grouping) bool {
	for _, g := range append([]*grouping{me}, extra...) {
		if g == nil {
			continue
		}
		if c := countGroups(g, x); len(g.share) > 0 {
			total := 0
			for _, n := range c {
				total += n
			}
			for k, r := range g.share {
				if float64(c[k]) < r*float64(total)-1e-12 {
					return false
				}
			}
		}
		if g.ratio == 0 {
			continue
		}
		c := countGroups(g, x)
		for k := range c {
			for j := range c {
				if float64(c[k])/float64(g.members[k]) < g.ratio*float64(c[j])/float64(g.members[j])-1e-12 {
					return false
				}
			}
		}
	}
	for _, g := range extra {
		c := countGroups(g, x)
		for k := range c {
			if c[k] < g.lo[k] || (g.hi[k] >= 0 && c[k] > g.hi[k]) {
				return false
			}
		}
	}
	if me != nil {
		c := make([]int, len(me.values))
		for e, m := range x {
			if m >= 0 {
				c[me.of[e]]++
			}
		}
		for k := range c {
			if c[k] < me.lo[k] || (me.hi[k] >= 0 && c[k] > me.hi[k]) {
				return false
			}
		}
	}
	if mo != nil {
		c := make([]int, len(mo.values))
		for m, l := range load {
			if l > 0 {
				c[mo.of[m]]++
			}
		}
		for k := range c {
			if c[k] < mo.lo[k] || (mo.hi[k] >= 0 && c[k] > mo.hi[k]) {
				return false
			}
		}
	}
	return true
}

// TestSolveBruteForce compares Solve with enumeration on small random
// programmes with random bounds on both sides, both priorities, and
// checks each result's counts against its bounds.
func TestSolveBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 2))
	feasible, infeasible := 0, 0
	for trial := range 300 {
		nM, nE := 2+rng.IntN(3), 3+rng.IntN(4)
		prog, pcfg := testProgramme(t, rng, nM, nE, 2)
		if rng.IntN(2) == 0 {
			pcfg.Priority = pairing.PriorityParticipation
		}
		if rng.IntN(3) == 0 {
			pcfg.MinScore = 0.4
		}
		cfg := Config{Mentees: []Grouping{{Attribute: "gender", Bounds: []Bound{}}}}
		for _, v := range []string{"f", "m"} {
			if rng.IntN(2) == 0 {
				b := Bound{Value: v, Min: rng.IntN(3)}
				if rng.IntN(2) == 0 {
					b.Max = intp(b.Min + rng.IntN(2))
				}
				cfg.Mentees[0].Bounds = append(cfg.Mentees[0].Bounds, b)
			}
		}
		allOne := true
		for _, q := range prog.Participants {
			allOne = allOne && q.Capacity <= 1
		}
		if rng.IntN(2) == 0 {
			b := Bound{Value: "a", Min: rng.IntN(2)}
			if allOne && rng.IntN(2) == 0 {
				b.Max = intp(rng.IntN(2))
			}
			cfg.Mentors = []Grouping{{Attribute: "site", Bounds: []Bound{b}}}
		}
		p, err := pairing.New(prog, pcfg)
		if err != nil {
			t.Fatal(err)
		}
		if rng.IntN(3) == 0 { // lock one allowed pair
			tab, _ := p.ScoreTable()
			e, m := rng.IntN(len(tab.MenteeIDs)), rng.IntN(len(tab.MentorIDs))
			if !math.IsInf(tab.Scores.At(e, m), -1) {
				pcfg.Rules.Locks = []pairing.PairRef{{MentorID: tab.MentorIDs[m], MenteeID: tab.MenteeIDs[e]}}
				if p, err = pairing.New(prog, pcfg); err != nil {
					t.Fatal(err)
				}
			}
		}
		resolved, _ := prog.Resolve(pcfg.Directory)
		pr, err := newProblem(p, resolved, pcfg, cfg)
		if err != nil {
			continue // a value nobody drew; covered by the error tests
		}
		want, ok := bruteBest(pr.t, pcfg.Priority == pairing.PriorityParticipation, pr.mentee, pr.mentor)
		saved := candidatesPerMentee
		candidatesPerMentee = 1 + trial%2 // pricing adds back the rest
		res, err := Solve(prog, pcfg, cfg)
		candidatesPerMentee = saved
		if !ok {
			infeasible++
			if err == nil {
				t.Fatalf("trial %d: want infeasible, got %+v", trial, res.Groups)
			}
			continue
		}
		feasible++
		if err != nil {
			t.Fatalf("trial %d: %v", trial, err)
		}
		if res.Matched != want.Matched && pcfg.Priority == pairing.PriorityParticipation {
			t.Fatalf("trial %d: matched %d, want %d", trial, res.Matched, want.Matched)
		}
		if math.Abs(res.TotalScore-want.TotalScore) > 1e-9 {
			t.Fatalf("trial %d: total %v, want %v (%+v)\ncfg %+v prio %v\n%v\ncap %v locks %v\npairs %+v\ngroups %+v", trial, res.TotalScore, want.TotalScore, want, cfg, pcfg.Priority, mat.Formatted(pr.t.Scores), pr.t.Capacity, pr.t.Locks, pairsOf(res), res.Groups)
		}
		for _, g := range res.Groups {
			if g.Count < g.Min || (g.Max != nil && g.Count > *g.Max) {
				t.Fatalf("trial %d: group %+v breaks its bound", trial, g)
			}
			if g.Side == stable.SideMentee && g.Count > g.Allowed {
				t.Fatalf("trial %d: group %+v counts more than allowed", trial, g)
			}
		}
	}
	t.Logf("%d feasible, %d infeasible", feasible, infeasible)
	if feasible < 50 || infeasible < 5 {
		t.Errorf("too few cases of a kind: %d feasible, %d infeasible", feasible, infeasible)
	}
}

func pairsOf(r Result) []string {
	var s []string
	for _, p := range r.Pairs {
		s = append(s, p.MentorID+"-"+p.MenteeID)
	}
	return s
}
