package plots_test

import (
	"fmt"
	"math"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/mentorkit/mentorkit/evaluation/causal"
	"github.com/mentorkit/mentorkit/evaluation/hazard"
	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/plots"
)

// Months to leaving of mentored people and of the rest; false: still
// employed at the end of follow-up.
func ExampleKaplanMeier() {
	mentored, err := evaluation.KaplanMeier([]float64{3, 8, 12, 12, 12}, []bool{true, false, false, false, false})
	if err != nil {
		panic(err)
	}
	others, err := evaluation.KaplanMeier([]float64{2, 4, 6, 9, 12}, []bool{true, true, false, true, false})
	if err != nil {
		panic(err)
	}
	p, err := plots.KaplanMeier([]evaluation.Curve{mentored, others}, plots.SurvivalOptions{
		Title: "Still employed", XLabel: "months", Labels: []string{"mentored", "others"},
		Bands: plots.BandShaded, AtRisk: []float64{0, 6, 12}})
	if err != nil {
		panic(err)
	}
	// The caller saves it: p.Save(7*vg.Inch, 4.5*vg.Inch, "retention.png").
	fmt.Println(p.Title.Text)
	fmt.Println("at risk at 6 months:", plots.AtRiskAt(mentored, 6), plots.AtRiskAt(others, 6))
	// Output:
	// Still employed
	// at risk at 6 months: 4 3
}

func ExampleCumulativeIncidence() {
	// Status 0: still employed; 1: left; 2: promoted away.
	r, err := hazard.CumulativeIncidence([]float64{2, 3, 5, 7, 8, 12}, []int{1, 2, 1, 0, 2, 0}, nil)
	if err != nil {
		panic(err)
	}
	p, err := plots.CumulativeIncidence(r, plots.IncidenceOptions{Causes: map[int]string{1: "left", 2: "promoted away"}})
	if err != nil {
		panic(err)
	}
	fmt.Println(p.Title.Text, p.Y.Min)
	// Output: Cumulative incidence 0
}

func ExamplePairScores() {
	res := pairing.Result{Pairs: []pairing.Match{
		{MentorID: "a", MenteeID: "x", Score: 0.62}, {MentorID: "b", MenteeID: "y", Score: 0.71},
		{MentorID: "c", MenteeID: "z", Score: 0.55}}}
	p, err := plots.PairScores(res, plots.ScoreOptions{})
	if err != nil {
		panic(err)
	}
	fmt.Println(p.Title.Text, p.Y.Label.Text)
	_, err = plots.PairScores(pairing.Result{}, plots.ScoreOptions{})
	fmt.Println(err != nil)
	// Output:
	// Pair scores pairs
	// true
}

func ExampleBalance() {
	rows := []causal.BalanceRow{
		{Covariate: "age", Before: evaluation.Balance{SMD: 0.42}, After: evaluation.Balance{SMD: 0.03}},
		{Covariate: "tenure", Before: evaluation.Balance{SMD: -0.31}, After: evaluation.Balance{SMD: -0.05}},
	}
	p, err := plots.Balance(rows, plots.BalanceOptions{})
	if err != nil {
		panic(err)
	}
	fmt.Println(p.Title.Text, "|", p.X.Label.Text)
	// Output: Covariate balance | standardized mean difference
}

func ExampleForest() {
	p, err := plots.Forest([]plots.Effect{
		{Label: "mentored", Estimate: 0.53, Lower: 0.42, Upper: 0.66},
		{Label: "junior", Estimate: 1.63, Lower: 1.29, Upper: 2.06},
		{Label: "no interval", Estimate: 0.9, Lower: math.NaN(), Upper: math.NaN()},
	}, plots.ForestOptions{XLabel: "hazard ratio", Reference: 1})
	if err != nil {
		panic(err)
	}
	fmt.Printf("%s: x from %.2f to %.2f\n", p.Title.Text, p.X.Min, p.X.Max)
	// Output: Effect sizes: x from 0.29 to 2.19
}
