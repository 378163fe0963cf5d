package rounds

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/mentorkit/mentorkit/internal/jsontest"
	"github.com/mentorkit/mentorkit/matching/pairing"
)

// Quantiles by R's type 7 (quantile(c(1, 2, 3, 4), c(.5, .9)) is 2.5,
// 3.7: h = 3·0.9 = 2.7, 3 + 0.7·(4 − 3)).
func TestSummarise(t *testing.T) {
	got := summarise([]float64{4, 1, 3, 2})
	want := Stats{N: 4, Mean: 2.5, Max: 4, P50: 2.5, P90: 3.7}
	if d := cmp.Diff(want, got, cmpopts.EquateApprox(0, 1e-12)); d != "" {
		t.Fatal(d)
	}
	if e := summarise(nil); e.N != 0 || !math.IsNaN(e.Mean) || !math.IsNaN(e.P90) {
		t.Fatalf("empty: %+v", e)
	}
}

// The small programme: e1–m1 and e2–m2 score 1.00, e3 0.50 with either.
// Round 1 pairs e1–m1 and e2–m2 (2.00 beats any pairing with e3); the
// pairs last, so e3 waits 0, 1 and 2 weeks after rounds 1–3 (mean 1,
// p90 1.8), the first time not chosen, then without a place; e1 never
// meets m2 nor e2 m1 nor e3 anyone: everyone is named, kept apart.
func TestSimulateByHand(t *testing.T) {
	prog, cfg := small()
	sim, err := Simulate(prog, cfg, pairing.State{}, SimConfig{Rounds: 3}, now0, nil)
	if err != nil {
		t.Fatal(err)
	}
	var paired []int
	for _, r := range sim.Rounds {
		paired = append(paired, r.Paired)
	}
	if d := cmp.Diff([]int{2, 0, 0}, paired); d != "" {
		t.Fatal(d)
	}
	want := Stats{N: 3, Mean: 1, Max: 2, P50: 1, P90: 1.8}
	if d := cmp.Diff(want, sim.Waits, cmpopts.EquateApprox(0, 1e-12)); d != "" {
		t.Fatal(d)
	}
	if sim.EveryoneMet != -1 || len(sim.Obstacles) != 3 || sim.Obstacles[2].ID != "e3" || sim.Obstacles[2].Code != "keptApart" {
		t.Fatalf("everyone met %d, obstacles %+v", sim.EveryoneMet, sim.Obstacles)
	}
	res, err := Round(prog, cfg, pairing.State{ProgrammeID: "pilot", Active: sim.State.Active, Waiting: sim.State.Waiting}, Config{}, now0.Add(3*Week))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Waiting) != 1 || res.Waiting[0].Reason != WaitNoPlace || res.Waiting[0].Waited != 3 {
		t.Fatalf("waiting %+v", res.Waiting)
	}
}

// Simulations with random endings are the same for the same seed, and
// with rotation every allowed pair meets.
func TestSimulateDeterministic(t *testing.T) {
	prog, cfg := small()
	sc := SimConfig{Rounds: 6, EndProbability: 0.4, Round: Config{Wait: WaitWeight, WeekWeight: 0.1}}
	a, err := Simulate(prog, cfg, pairing.State{}, sc, now0, rand.New(rand.NewPCG(7, 9)))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Simulate(prog, cfg, pairing.State{}, sc, now0, rand.New(rand.NewPCG(7, 9)))
	if d := cmp.Diff(a, b, cmpopts.EquateNaNs()); d != "" {
		t.Fatal(d)
	}
	sc = SimConfig{Rounds: 4, Round: Config{Rotate: true}}
	c, err := Simulate(prog, cfg, pairing.State{}, sc, now0, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.EveryoneMet < 1 || c.EveryoneMet > 4 {
		t.Fatalf("rotation: everyone met %d, %+v", c.EveryoneMet, c.Obstacles)
	}
}

// Every result and setting round-trips through JSON, NaN statistics and
// empty schedules included.
func TestJSONRoundTrip(t *testing.T) {
	prog, cfg := small()
	res, err := Round(prog, cfg, pairing.State{}, Config{Cutoff: 0.6, Wait: WaitWeight, WeekWeight: 0.05, Rotate: true}, now0)
	if err != nil {
		t.Fatal(err)
	}
	jsontest.RoundTrip(t, res)
	jsontest.RoundTrip(t, Result{})
	jsontest.RoundTrip(t, Config{Wait: WaitFirst, Cutoff: 1})
	s, _ := Circle([]string{"a", "b", "c"}, 1)
	jsontest.RoundTrip(t, s)
	jsontest.RoundTrip(t, Schedule{})
	sim, err := Simulate(prog, cfg, pairing.State{}, SimConfig{Rounds: 2, Round: Config{Cutoff: 1}}, now0, nil)
	if err != nil {
		t.Fatal(err)
	}
	jsontest.RoundTrip(t, sim)
	jsontest.RoundTrip(t, summarise(nil))
	jsontest.RoundTrip(t, SimConfig{Rounds: 3, Every: Week, EndProbability: 0.25})
}

// With every mentee leaving before round 2 (LeaveProbability 1): round 1
// pairs e1–m1 and e2–m2 (e3 waits); before round 2 all three leave, both
// pairs end as leftOrganisation, nobody waits, and no pair of anyone
// still there is left unmet, so everyone has met after round 2.
func TestSimulateLeavers(t *testing.T) {
	prog, cfg := small()
	sim, err := Simulate(prog, cfg, pairing.State{}, SimConfig{Rounds: 2, LeaveProbability: 1}, now0, rand.New(rand.NewPCG(3, 3)))
	if err != nil {
		t.Fatal(err)
	}
	r2 := sim.Rounds[1]
	if r2.Left != 3 || r2.Ended != 2 || r2.Paired != 0 || r2.Waits.N != 0 || sim.EveryoneMet != 2 {
		t.Fatalf("round 2 %+v, everyone met %d", r2, sim.EveryoneMet)
	}
	if len(sim.State.Active) != 0 || len(sim.State.Waiting) != 0 || len(sim.State.Ended) != 2 || sim.State.Ended[0].Outcome.String() != "leftOrganisation" {
		t.Fatalf("state %+v", sim.State)
	}
	sc := SimConfig{Rounds: 8, LeaveProbability: 0.2, EndProbability: 0.3}
	a, _ := Simulate(prog, cfg, pairing.State{}, sc, now0, rand.New(rand.NewPCG(5, 6)))
	b, _ := Simulate(prog, cfg, pairing.State{}, sc, now0, rand.New(rand.NewPCG(5, 6)))
	if d := cmp.Diff(a, b, cmpopts.EquateNaNs()); d != "" {
		t.Fatal(d)
	}
	jsontest.RoundTrip(t, a)
}
