package fair

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/mentoring"
)

// TestOverlapBruteForce: with two mentee groupings (gender and team) the
// Lagrangian method returns a pairing that meets every bound, whose total
// is at most the enumerated optimum, with a Bound at least that optimum;
// it fails only with ErrInfeasible. The log reports how often it was
// optimal and the largest gap.
func TestOverlapBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 8))
	optimal, found, missed, infeasible, worst := 0, 0, 0, 0, 0.0
	for trial := range 200 {
		prog, pcfg := testProgramme(t, rng, 2+rng.IntN(3), 3+rng.IntN(4), 2)
		bound := func(v string) Bound {
			b := Bound{Value: v, Min: rng.IntN(3)}
			if rng.IntN(2) == 0 {
				b.Max = intp(b.Min + rng.IntN(2))
			}
			return b
		}
		cfg := Config{Mentees: []Grouping{
			{Attribute: "gender", Bounds: []Bound{bound([]string{"f", "m"}[rng.IntN(2)])}},
			{Attribute: "team", Bounds: []Bound{bound([]string{"x", "y"}[rng.IntN(2)])}},
		}}
		p, err := pairing.New(prog, pcfg)
		if err != nil {
			t.Fatal(err)
		}
		resolved, _ := prog.Resolve(pcfg.Directory)
		pr, err := newProblem(p, resolved, pcfg, cfg)
		if err != nil {
			continue // a value nobody drew
		}
		want, ok := bruteBest(pr.t, false, pr.mentee, pr.mentor, pr.extra...)
		res, err := Solve(prog, pcfg, cfg)
		if !ok {
			infeasible++
			if !errors.Is(err, ErrInfeasible) {
				t.Fatalf("trial %d: want ErrInfeasible, got %v", trial, err)
			}
			continue
		}
		if err != nil {
			if !errors.Is(err, ErrInfeasible) {
				t.Fatalf("trial %d: %v", trial, err)
			}
			missed++
			continue
		}
		found++
		for _, g := range res.Groups {
			if g.Count < g.Min || (g.Max != nil && g.Count > *g.Max) {
				t.Fatalf("trial %d: group %+v breaks its bound", trial, g)
			}
		}
		if res.TotalScore > want.TotalScore+1e-9 || res.Bound < want.TotalScore-1e-9 || res.Exact {
			t.Fatalf("trial %d: total %v, bound %v, optimum %v, exact %v", trial, res.TotalScore, res.Bound, want.TotalScore, res.Exact)
		}
		if want.TotalScore-res.TotalScore <= 1e-9 {
			optimal++
		}
		worst = max(worst, want.TotalScore-res.TotalScore)
	}
	t.Logf("feasible %d: optimal %d, suboptimal %d (worst loss %.4f), none found %d; infeasible %d", found+missed, optimal, found-optimal, worst, missed, infeasible)
	if found < 30 {
		t.Errorf("only %d feasible results", found)
	}
}

// TestRateRatioBruteForce: the four-fifths rule on gender (with, in half
// the trials, a team bound too): the result meets the ratio and the
// bounds, its total is at most the enumerated optimum and the Bound at
// least it.
func TestRateRatioBruteForce(t *testing.T) {
	lagrangianBrute(t, 9, Grouping{Attribute: "gender", Bounds: []Bound{}, MinRateRatio: 0.8}, nil)
}

// lagrangianBrute runs the Lagrangian method on 200 random programmes
// whose mentees are bounded by g (and, every other trial, by at least one
// matched mentee of team x), against enumeration: a result never beats
// the optimum, its Bound is at least the optimum and it is not marked
// exact; a result where enumeration finds none fails, and so do fewer
// than 50 results. check, when not nil, adds checks of each result.
func lagrangianBrute(t *testing.T, seed uint64, g Grouping, check func(trial int, prog mentoring.Programme, res Result)) {
	t.Helper()
	rng := rand.New(rand.NewPCG(17, seed))
	optimal, found, missed := 0, 0, 0
	for trial := range 200 {
		prog, pcfg := testProgramme(t, rng, 1+rng.IntN(3), 3+rng.IntN(4), 2)
		cfg := Config{Mentees: []Grouping{g}}
		if trial%2 == 0 {
			cfg.Mentees = append(cfg.Mentees, Grouping{Attribute: "team", Bounds: []Bound{{Value: "x", Min: 1}}})
		}
		p, err := pairing.New(prog, pcfg)
		if err != nil {
			t.Fatal(err)
		}
		resolved, _ := prog.Resolve(pcfg.Directory)
		pr, err := newProblem(p, resolved, pcfg, cfg)
		if err != nil {
			continue
		}
		want, ok := bruteBest(pr.t, false, pr.mentee, pr.mentor, pr.extra...)
		res, err := Solve(prog, pcfg, cfg)
		if err != nil {
			if !errors.Is(err, ErrInfeasible) {
				t.Fatalf("trial %d: %v", trial, err)
			}
			if ok {
				missed++
				t.Logf("trial %d: missed %v; optimum %+v", trial, err, want)
			}
			continue
		}
		if !ok {
			t.Fatalf("trial %d: a result where enumeration finds none", trial)
		}
		found++
		if check != nil {
			check(trial, prog, res)
		}
		if res.TotalScore > want.TotalScore+1e-9 || res.Bound < want.TotalScore-1e-9 || res.Exact {
			t.Fatalf("trial %d: total %v, bound %v, optimum %v", trial, res.TotalScore, res.Bound, want.TotalScore)
		}
		if want.TotalScore-res.TotalScore <= 1e-9 {
			optimal++
		}
	}
	t.Logf("results %d (optimal %d), none found %d", found, optimal, missed)
	if found < 50 {
		t.Errorf("only %d results", found)
	}
}
