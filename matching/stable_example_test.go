package matching_test

import (
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"

	"github.com/mentorkit/mentorkit/matching"
)

// The three-by-three example of Gale and Shapley (1962): with the
// mentees proposing each gets its first choice, with the mentors
// proposing each mentor gets hers.
func ExampleStable() {
	p := matching.Preferences{
		Mentees: [][]int{{0, 1, 2}, {1, 2, 0}, {2, 0, 1}},
		Mentors: [][]int{{1, 2, 0}, {2, 0, 1}, {0, 1, 2}},
	}
	a, _ := matching.Stable(p, matching.SideMentee)
	b, _ := matching.Stable(p, matching.SideMentor)
	fmt.Println("mentees propose:", a.MenteeToMentor)
	fmt.Println("mentors propose:", b.MenteeToMentor)
	bp, _ := matching.BlockingPairs(p, []int{0, 2, 1})
	fmt.Println("blocking pairs of [0 2 1]:", bp)
	// Output:
	// mentees propose: [0 1 2]
	// mentors propose: [2 0 1]
	// blocking pairs of [0 2 1]: [{2 0}]
}

// Stable matching on scores, with a mentor of capacity 2, and what
// stability costs against the optimum.
func ExamplePriceOfStability() {
	scores := mat.NewDense(3, 2, []float64{
		0.9, 0.8,
		0.8, 0.0,
		0.7, 0.6,
	})
	capacity := []int{1, 2}
	p, _ := matching.PreferencesFromScores(scores, nil, capacity)
	st, _ := matching.Stable(p, matching.SideMentee)
	ps, _ := matching.PriceOfStability(scores, capacity, st.MenteeToMentor)
	fmt.Println("stable:", st.MenteeToMentor, "optimal:", ps.OptimalMatching)
	fmt.Printf("stable total %.1f, optimal %.1f\n", ps.Stable, ps.Optimal)
	// Output:
	// stable: [0 1 1] optimal: [1 0 1]
	// stable total 1.5, optimal 2.2
}

// The three best assignments of scipy's example cost matrix (by hand,
// the six assignments (0,1,2), (0,2,1), (1,0,2), (1,2,0), (2,0,1),
// (2,1,0) cost 6, 11, 5, 9, 7 and 6), then the best two that never give
// row 0 column 1. Equal totals come in the order the search finds them.
func ExampleKBest() {
	cost := mat.NewDense(3, 3, []float64{
		4, 1, 3,
		2, 0, 5,
		3, 2, 2,
	})
	best, _ := matching.KBest(cost, matching.Minimize, 3, matching.KBestOptions{})
	for _, r := range best {
		fmt.Println(r.RowToCol, r.Total)
	}
	banned, _ := matching.KBest(cost, matching.Minimize, 2, matching.KBestOptions{Bans: []matching.Cell{{Row: 0, Col: 1}}})
	for _, r := range banned {
		fmt.Println(r.RowToCol, r.Total)
	}
	// Output:
	// [1 0 2] 5
	// [0 1 2] 6
	// [2 1 0] 6
	// [2 1 0] 6
	// [0 1 2] 6
}

// The fairest assignment by its worst pair: of the six assignments
// (worked by hand in TestFairHandExample) only (1,0,2) keeps every pair
// at 0.5 or above.
func ExampleBottleneck() {
	scores := mat.NewDense(3, 3, []float64{
		0.9, 0.8, 0.1,
		0.8, 0.1, 0.2,
		0.7, 0.6, 0.5,
	})
	f, _ := matching.Bottleneck(scores, matching.Maximize)
	fmt.Println(f.RowToCol, f.Worst, f.Sorted)
	// Output:
	// [1 0 2] 0.5 [0.5 0.8 0.8]
}

// Lexicographic max–min: after the worst pair, the second worst is
// raised too. Column 0 scores 0.2 for everyone and must be used, so the
// worst pair is 0.2 whatever happens; giving it to row 2 leaves 0.9 and
// 0.9 for the others, where giving it to row 0 would leave 0.3 and 0.9.
func ExampleLexMaxMin() {
	scores := mat.NewDense(3, 3, []float64{
		0.2, 0.9, 0.9,
		0.2, 0.3, 0.9,
		0.2, 0.3, 0.3,
	})
	f, _ := matching.LexMaxMin(scores, matching.Maximize)
	fmt.Println(f.RowToCol, f.Sorted)
	// Output:
	// [1 2 0] [0.2 0.9 0.9]
}

// Re-matching mid-programme: a mentor leaves, another joins; a penalty
// of 0.5 per broken pair keeps the running relationship a–m2.
func ExampleRematcher() {
	scores := mat.NewDense(2, 2, []float64{
		0.9, 0.5, // a
		0.8, 0.1, // b
	})
	rm, _ := matching.NewRematcher([]string{"a", "b"}, []string{"m1", "m2"}, nil, scores, 0.5)
	fmt.Println(rm.Pairs())
	ch, _ := rm.RemoveMentor("m1")
	fmt.Println("m1 leaves:", ch)
	ch, _ = rm.AddMentor("m3", 1, []float64{0.95, 0.2})
	fmt.Println("m3 joins:", ch, rm.Pairs())
	// Output:
	// [{m1 b} {m2 a}]
	// m1 leaves: [{b m1 }]
	// m3 joins: [{b  m3}] [{m2 a} {m3 b}]
}

// Quality metrics of a matching, worked by hand in
// TestMeasureHandExample.
func ExampleMeasure() {
	scores := mat.NewDense(3, 2, []float64{
		0.9, 0.5,
		0.6, 0.8,
		0.4, math.Inf(-1),
	})
	q, _ := matching.Measure(scores, nil, []int{1, 0, -1}, matching.QualityOptions{})
	fmt.Printf("matched %d of %d, total %.2f, min %.2f, Gini %.4f\n", q.Matched, q.Mentees, q.Total, q.Min, q.Gini)
	fmt.Println("mentee ranks:", q.MenteeRank, "blocking pairs:", q.BlockingPairs, "envious:", q.Envious)
	// Output:
	// matched 2 of 3, total 1.10, min 0.50, Gini 0.0455
	// mentee ranks: [2 2 0] blocking pairs: 2 envious: 3
}

// A group audit: match rate and mean score by department, each as a
// ratio to the best department (the four-fifths rule flags ratios below
// 0.8).
func ExampleAuditGroups() {
	a, _ := matching.AuditGroups(
		[]string{"sales", "it", "it", "it"},
		[]bool{true, true, false, true},
		[]float64{0.9, 0.8, 0, 0.4},
	)
	for _, g := range a.Groups {
		fmt.Printf("%-5s matched %d/%d rate ratio %.2f score ratio %.2f\n", g.Group, g.Matched, g.Size, g.RateRatio, g.ScoreRatio)
	}
	// Output:
	// it    matched 2/3 rate ratio 0.67 score ratio 0.67
	// sales matched 1/1 rate ratio 1.00 score ratio 1.00
}

// An experiment in miniature: three strategies on one instance, as a
// tidy table (examples/experiment runs it on 100 synthetic
// organisations). Optimal pairs e0–m1 and e1–m0 (0.8 + 0.8); greedy and
// stable both take the mutual best pair e0–m0 (0.9) first, leaving e1
// with m1 (0.0).
func ExampleRunExperiment() {
	in := matching.Instance{Name: "two-by-two", Scores: mat.NewDense(2, 2, []float64{0.9, 0.8, 0.8, 0})}
	strategies := []matching.Strategy{matching.StrategyOptimal, matching.StrategyGreedy, matching.StrategyStable}
	rows, _ := matching.RunExperiment([]matching.Instance{in}, strategies, rand.New(rand.NewPCG(1, 1)), matching.QualityOptions{})
	fmt.Println(matching.ExperimentHeader[:6])
	for _, r := range rows {
		fmt.Println(r.Record()[:6])
	}
	// Output:
	// [instance strategy mentees matched total mean]
	// [two-by-two optimal 2 2 1.6 0.8]
	// [two-by-two greedy 2 2 0.9 0.45]
	// [two-by-two stable 2 2 0.9 0.45]
}

// Both mentees prefer mentor 0; mentor 0 prefers mentee 1 and mentor 1
// mentee 0. Pairing mentee 0 with mentor 0 and mentee 1 with mentor 1
// leaves mentee 1 and mentor 0 preferring each other to their partners:
// one blocking pair. The mentee-proposing stable matching gives mentor 0
// to mentee 1 and has none.
func ExampleBlockingPairs() {
	p := matching.Preferences{
		Mentees: [][]int{{0, 1}, {0, 1}},
		Mentors: [][]int{{1, 0}, {0, 1}},
	}
	bp, err := matching.BlockingPairs(p, []int{0, 1})
	fmt.Println(bp, err)
	st, _ := matching.Stable(p, matching.SideMentee)
	bp, err = matching.BlockingPairs(p, st.MenteeToMentor)
	fmt.Println(st.MenteeToMentor, len(bp), err)
	// Output:
	// [{1 0}] <nil>
	// [1 0] 0 <nil>
}
