package fair

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/mentorkit/mentorkit/matching/pairing"
)

// TestShareBruteForce: "at least 60% of the matched mentees are women"
// (Bound.MinShare; with, in half the trials, a minimum of team x in a
// second grouping too): the result meets the share and the bounds, its
// total is at most the enumerated optimum (meets checks the share) and
// the Bound at least it.
func TestShareBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 11))
	optimal, found, missed := 0, 0, 0
	for trial := range 200 {
		prog, pcfg := testProgramme(t, rng, 1+rng.IntN(3), 3+rng.IntN(4), 2)
		cfg := Config{Mentees: []Grouping{{Attribute: "gender", Bounds: []Bound{{Value: "f", MinShare: 0.6}}}}}
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
		women, matched := 0, 0
		for _, pq := range res.Pairs {
			matched++
			for _, q := range prog.Participants {
				if q.Person.ID == pq.MenteeID && q.Person.Attributes["gender"] == "f" {
					women++
				}
			}
		}
		if float64(women) < 0.6*float64(matched)-1e-9 {
			t.Fatalf("trial %d: %d women of %d matched", trial, women, matched)
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
