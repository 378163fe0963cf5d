package learn_test

import (
	"fmt"
	"math/rand/v2"

	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/matching/pairing/learn"
)

// Learn weights from last year's relationships, rated 1–10 by the
// mentees (taken as continuous), and feed them back into pairing.
func ExampleFit() {
	gen := rand.New(rand.NewPCG(7, 7))
	var pairs []learn.Pair
	for i := range 400 {
		skills, goals, hours := gen.Float64(), gen.Float64(), gen.Float64()
		// In this programme working-hours overlap mattered most and
		// career goals not at all.
		rating := 4 + 2*skills + 3*hours + gen.NormFloat64()
		pairs = append(pairs, learn.Pair{
			ID: fmt.Sprint("rel-", i),
			Breakdown: []pairing.Contribution{
				{Criterion: "skills", Score: skills},
				{Criterion: "careerGoals", Score: goals},
				{Criterion: "workingHours", Score: hours},
			},
			Outcome: rating,
		})
	}
	res, err := learn.Fit(pairs, learn.Config{}, rand.New(rand.NewPCG(1, 2)))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range res.Criteria {
		fmt.Printf("%-12s weight %.2f [%.2f, %.2f]\n", c.Name, c.Weight, c.Lower, c.Upper)
	}
	fmt.Printf("held out: correlation %.2f with the learned weights, %.2f with the defaults\n", res.CV.Learned, res.CV.Default)
	cfg := pairing.Config{Weights: res.Weights()}
	fmt.Printf("pairing weights: skills %.2f, working hours %.2f\n", cfg.Weights.Skills, cfg.Weights.WorkingHours)
	// The true ratio 2 : 3 is weights 0.4 and 0.6.
	// Output:
	// skills       weight 0.41 [0.34, 0.46]
	// careerGoals  weight 0.00 [0.00, 0.05]
	// workingHours weight 0.59 [0.54, 0.65]
	// held out: correlation 0.70 with the learned weights, 0.39 with the defaults
	// pairing weights: skills 0.41, working hours 0.59
}
