package feedback

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"
)

// shapeOrg draws a random organisation of the shapes of issue 19:
// departments × teams whose names repeat across departments, sites, tenure
// bands, rater groups, 360 subjects (a person answering about several),
// skipped items, k = 3 or 5, self and manager ratings exempt or not.
func shapeOrg(rng *rand.Rand) (*Instrument, []Response, ReportSpec) {
	in := &Instrument{ID: "shape", Scale: LikertScale(5), Items: []Item{
		{ID: "q1", Text: map[string]string{"en": "1"}, Subscale: "s"},
		{ID: "q2", Text: map[string]string{"en": "2"}, Subscale: "s"},
		{ID: "q3", Text: map[string]string{"en": "3"}},
		{ID: "q4", Text: map[string]string{"en": "4"}, Reverse: true},
	}}
	dept, team, site, tenure := map[string]string{}, map[string]string{}, map[string]string{}, map[string]string{}
	groups := []RaterGroup{Mentee, Mentee, Mentor, Peer, DirectReport, Manager, Self}
	teamNames := []string{"alpha", "beta", "gamma"}
	is360 := rng.IntN(4) == 0
	var rs []Response
	person := 0
	for d := range 1 + rng.IntN(3) {
		for t := range 1 + rng.IntN(3) {
			for range 1 + rng.IntN(6) {
				id := fmt.Sprint("p", person)
				person++
				if rng.IntN(12) > 0 {
					dept[id] = fmt.Sprint("d", d)
				}
				team[id] = teamNames[t]
				site[id] = fmt.Sprint("s", rng.IntN(2))
				tenure[id] = []string{"<1", "1-3", ">3"}[rng.IntN(3)]
				subjects := []string{"prog"}
				if is360 {
					subjects = []string{fmt.Sprint("m", rng.IntN(3))}
					if rng.IntN(2) == 0 {
						subjects = append(subjects, "m3")
					}
				}
				g := groups[rng.IntN(len(groups))]
				for _, s := range subjects {
					r := Response{Respondent: id, Subject: s, Group: g,
						Attributes: map[string]string{"team": team[id], "site": site[id], "tenure": tenure[id]}}
					if d, ok := dept[id]; ok {
						r.Attributes["dept"] = d
					}
					for _, it := range in.Items {
						if rng.IntN(6) > 0 {
							r.Answers = append(r.Answers, Answer{Item: it.ID, Value: 1 + rng.IntN(5)})
						}
					}
					rs = append(rs, r)
				}
			}
		}
	}
	dims := []Dimension{keyDim("dept", dept), keyDim("team", team), keyDim("site", site), keyDim("tenure", tenure),
		RaterGroupDimension(), SubjectDimension()}
	if rng.IntN(2) == 0 { // the same through the responses' attributes, no code
		dims = []Dimension{{Name: "dept"}, {Name: "team"}, {Name: "site"}, {Name: "tenure"}, {Name: "raterGroup"}, {Name: "subject"}}
	}
	all := []Grouping{
		{Name: "overall"},
		{Name: "dept", By: []string{"dept"}},
		{Name: "team", By: []string{"team"}},
		{Name: "dept×team", By: []string{"dept", "team"}},
		{Name: "site", By: []string{"site"}},
		{Name: "dept×site", By: []string{"dept", "site"}},
		{Name: "team×site", By: []string{"team", "site"}},
		{Name: "tenure", By: []string{"tenure"}},
		{Name: "raterGroup", By: []string{"raterGroup"}},
		{Name: "dept×raterGroup", By: []string{"dept", "raterGroup"}},
		{Name: "subject×raterGroup", By: []string{"subject", "raterGroup"}},
	}
	var gs []Grouping
	for _, g := range all {
		if rng.IntN(3) == 0 {
			gs = append(gs, g)
		}
	}
	if len(gs) == 0 {
		gs = all[:3]
	}
	spec := ReportSpec{
		Policy:     Policy{MinRespondents: []int{3, 5}[rng.IntN(2)], ExemptGroups: exempts(rng.IntN(2) == 0, rng.IntN(3) == 0)},
		Dimensions: dims,
		Groupings:  gs,
	}
	return in, rs, spec
}

// runShapes builds n random reports and attacks each with the oracle.
func runShapes(t *testing.T, seed uint64, n int) {
	rng := rand.New(rand.NewPCG(seed, 19))
	var released, suppressed, bounded int
	for trial := range n {
		in, rs, spec := shapeOrg(rng)
		rep, err := BuildReport(in, rs, spec)
		if err != nil {
			t.Fatalf("trial %d: %v", trial, err)
		}
		if rep.Bounded {
			bounded++
		}
		t.Run(strconv.Itoa(trial), func(t *testing.T) {
			r, s := attack(t, in, rs, spec, rep)
			released += r
			suppressed += s
		})
	}
	t.Logf("%d reports: %d (cell, item) released, %d suppressed, %d reports hit the search bound", n, released, suppressed, bounded)
	if released < n || suppressed < n {
		t.Fatalf("vacuous: %d released, %d suppressed", released, suppressed)
	}
	if bounded > 0 {
		t.Errorf("%d reports hit the search bound (target: never on these shapes)", bounded)
	}
}

// TestShapes runs a small set of random organisations in every test run.
func TestShapes(t *testing.T) { runShapes(t, 1, 40) }

// TestShapesLong runs 1,000 random organisations when FEEDBACK_SHAPES_LONG
// is set (go test -run TestShapesLong with FEEDBACK_SHAPES_LONG=1).
func TestShapesLong(t *testing.T) {
	if os.Getenv("FEEDBACK_SHAPES_LONG") == "" {
		t.Skip("set FEEDBACK_SHAPES_LONG=1 to run 1,000 random organisations")
	}
	runShapes(t, 2, 1000)
}

// TestGreedyComparison measures, on random organisations and the traps,
// how many (cell, item) pairs each protection releases, every one
// certified by the oracle: the witness choice, the greedy smallest-first
// choice, and BuildReport's (the better of the two per item), which must
// never release fewer than greedy.
func TestGreedyComparison(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 19))
	total := map[int]int{}
	for trial := range 30 {
		in, rs, spec := shapeOrg(rng)
		acc, err := accumulate(in, rs, spec.Dimensions)
		if err != nil {
			t.Fatal(err)
		}
		cells := buildCells(acc, &spec)
		got := map[int]int{}
		for _, strategy := range []int{protectBest, protectWitness, protectGreedy} {
			pl := plan(acc, cells, &spec, strategy)
			rep := assemble(in, acc, cells, &spec, pl)
			t.Run(fmt.Sprint(trial, "/", strategy), func(t *testing.T) { attack(t, in, rs, spec, rep) })
			got[strategy] = pl.released
			total[strategy] += pl.released
		}
		if got[protectBest] < got[protectGreedy] {
			t.Errorf("trial %d: BuildReport releases %d, greedy %d", trial, got[protectBest], got[protectGreedy])
		}
	}
	t.Logf("released (cell, item) pairs over 30 reports: BuildReport %d, witness %d, greedy %d",
		total[protectBest], total[protectWitness], total[protectGreedy])
	// The hand-built traps, each strategy certified by the oracle.
	clear(total)
	for _, tr := range traps() {
		acc, err := accumulate(tr.inst, tr.rs, tr.spec.Dimensions)
		if err != nil {
			t.Fatal(err)
		}
		cells := buildCells(acc, &tr.spec)
		got := map[int]int{}
		for _, strategy := range []int{protectBest, protectWitness, protectGreedy} {
			pl := plan(acc, cells, &tr.spec, strategy)
			rep := assemble(tr.inst, acc, cells, &tr.spec, pl)
			if leaks := attackReport(t, oracleInput{inst: tr.inst, rs: tr.rs, spec: tr.spec, person: tr.person}, &rep); len(leaks) > 0 {
				t.Fatalf("%s, strategy %d: %v", tr.name, strategy, leaks)
			}
			got[strategy] = pl.released
			total[strategy] += pl.released
		}
		if got[protectBest] < got[protectGreedy] {
			t.Errorf("trap %s: BuildReport releases %d, greedy %d", tr.name, got[protectBest], got[protectGreedy])
		}
	}
	t.Logf("released (cell, item) pairs over the %d traps: BuildReport %d, witness %d, greedy %d",
		len(traps()), total[protectBest], total[protectWitness], total[protectGreedy])
}

// TestGreedyComparisonLarge compares the protections on large random
// organisations (the performance shape with random sizes), each certified
// by the large attacker; with FEEDBACK_LARGE_LONG set (≈ 30 s).
func TestGreedyComparisonLarge(t *testing.T) {
	if os.Getenv("FEEDBACK_LARGE_LONG") == "" {
		t.Skip("set FEEDBACK_LARGE_LONG=1 to compare on large organisations")
	}
	rng := rand.New(rand.NewPCG(5, 19))
	total := map[int]int{}
	for trial := range 3 {
		in, rs, spec := largeOrg(rng, 600+rng.IntN(900))
		acc, err := accumulate(in, rs, spec.Dimensions)
		if err != nil {
			t.Fatal(err)
		}
		cells := buildCells(acc, &spec)
		got := map[int]int{}
		for _, strategy := range []int{protectBest, protectWitness, protectGreedy} {
			pl := plan(acc, cells, &spec, strategy)
			rep := assemble(in, acc, cells, &spec, pl)
			if leaks := attackReport(t, oracleInput{inst: in, rs: rs, spec: spec, large: true}, &rep); len(leaks) > 0 {
				t.Fatalf("trial %d, strategy %d: %v", trial, strategy, leaks)
			}
			got[strategy] = pl.released
			total[strategy] += pl.released
		}
		if got[protectBest] < got[protectGreedy] {
			t.Errorf("trial %d: BuildReport releases %d, greedy %d", trial, got[protectBest], got[protectGreedy])
		}
	}
	t.Logf("released (cell, item) pairs over 3 large reports: BuildReport %d, witness %d, greedy %d",
		total[protectBest], total[protectWitness], total[protectGreedy])
}
