package quality_test

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/matching/quality"
	"github.com/mentorkit/mentorkit/matching/stable"
	"gonum.org/v1/gonum/mat"
)

// Quality metrics of a matching, worked by hand in
// TestMeasureHandExample.
func ExampleMeasure() {
	scores := mat.NewDense(3, 2, []float64{
		0.9, 0.5,
		0.6, 0.8,
		0.4, math.Inf(-1),
	})
	q, _ := quality.Measure(scores, nil, []int{1, 0, -1}, quality.Options{})
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
	a, _ := quality.AuditGroups(
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
	in := quality.Instance{Name: "two-by-two", Scores: mat.NewDense(2, 2, []float64{0.9, 0.8, 0.8, 0})}
	strategies := []quality.Strategy{quality.StrategyOptimal, quality.StrategyGreedy, quality.StrategyStable}
	rows, _ := quality.RunExperiment([]quality.Instance{in}, strategies, rand.New(rand.NewPCG(1, 1)), quality.Options{})
	fmt.Println(quality.ExperimentHeader[:6])
	for _, r := range rows {
		fmt.Println(r.Record()[:6])
	}
	// Output:
	// [instance strategy mentees matched total mean]
	// [two-by-two optimal 2 2 1.6 0.8]
	// [two-by-two greedy 2 2 0.9 0.45]
	// [two-by-two stable 2 2 0.9 0.45]
}

// Auditing a pairing result by department. A mentee missing from the
// department map is reported by ID, with its place in the result and a
// message in English and Dutch.
func ExampleAuditResult() {
	res := pairing.Result{
		Pairs:     []pairing.Match{{MentorID: "m1", MenteeID: "ann", Score: 0.8}},
		Unmatched: []pairing.Unmatched{{ID: "bob", Side: stable.SideMentee}},
	}
	_, err := quality.AuditResult(res, map[string]string{"ann": "sales"})
	var fe *quality.FieldError
	if errors.As(err, &fe) {
		fmt.Println(fe.Field, fe.ID, fe.Code)
		fmt.Println(fe.Message(true))
	}
	a, _ := quality.AuditResult(res, map[string]string{"ann": "sales", "bob": "it"})
	for _, g := range a.Groups {
		fmt.Printf("%s: %d of %d matched, mean score %v\n", g.Group, g.Matched, g.Size, g.MeanScore)
	}
	// Output:
	// unmatched[0].id bob noGroup
	// noemt een mentee die in geen enkele groep is ingedeeld
	// it: 0 of 1 matched, mean score NaN
	// sales: 1 of 1 matched, mean score 0.8
}

// Two-sided preferences: the administrator's scores and what each side
// wants differ, so the stable matchings (each side proposing) differ from
// the optimum and from greedy, and from each other. Worked by hand in
// TestTwoSidedHand.
func ExampleRunExperiment_twoSided() {
	in := quality.Instance{
		Name:       "hand",
		Scores:     mat.NewDense(2, 3, []float64{.9, .8, .1, .8, 0, .1}),
		MenteeView: mat.NewDense(2, 3, []float64{.1, .2, .9, .1, .9, .2}),
		MentorView: mat.NewDense(2, 3, []float64{.5, .9, .1, .4, .1, .9}),
	}
	rows, _ := quality.RunExperiment([]quality.Instance{in}, nil, rand.New(rand.NewPCG(1, 1)), quality.Options{})
	for _, r := range rows {
		if r.Strategy == quality.StrategyRandom {
			continue
		}
		fmt.Printf("%-12s total %.1f  mentee rank %.1f  mentor rank %.1f  blocking %d\n",
			r.Strategy, r.Quality.Total, r.TwoSided.MenteeRank, r.TwoSided.MentorRank, r.TwoSided.BlockingPairs)
	}
	// Output:
	// optimal      total 1.6  mentee rank 2.5  mentor rank 1.5  blocking 2
	// greedy       total 1.0  mentee rank 2.5  mentor rank 1.0  blocking 2
	// stable       total 0.1  mentee rank 1.0  mentor rank 2.0  blocking 0
	// stableMentor total 0.9  mentee rank 2.0  mentor rank 1.0  blocking 0
	// preference   total 0.9  mentee rank 2.0  mentor rank 1.0  blocking 0
	// fair         total 1.6  mentee rank 2.5  mentor rank 1.5  blocking 2
	// waiting      total 1.6  mentee rank 2.5  mentor rank 1.5  blocking 2
}
