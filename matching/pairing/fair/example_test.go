package fair

import (
	"fmt"
	"testing"
)

// ExampleSolve pairs two mentors of one place with a woman and two men and
// requires at least one matched woman. The scores (mentee: first mentor,
// second mentor) are a: 0.5, 0.35; b: 0.9, 0.3; c: 0.2, 0.8. Without the
// bound the men take both places (1.7); with it the woman takes the first
// mentor's place, and the bound costs 0.4 of total score.
func ExampleSolve() {
	prog, pcfg, _, _ := handProgramme(&testing.T{}, [3][2]float64{{.5, .35}, {.9, .3}, {.2, .8}})
	res, err := Solve(prog, pcfg, Config{
		Mentees: []Grouping{{Attribute: "gender", Bounds: []Bound{{Value: "f", Min: 1}}}},
		Prices:  true,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, g := range res.Groups {
		fmt.Printf("%s %s: %d of %d matched (at least %d)\n", g.Attribute, g.Value, g.Count, g.Members, g.Min)
	}
	fmt.Printf("total score %.2f, without any bound %.2f (%d matched)\n", res.TotalScore, res.Prices.Unconstrained.TotalScore, res.Prices.Unconstrained.Matched)
	for _, p := range res.Prices.Bounds {
		fmt.Printf("price of %s = %s: %.2f\n", p.Attribute, p.Value, p.Price)
	}
	// Output:
	// gender f: 1 of 1 matched (at least 1)
	// gender m: 1 of 2 matched (at least 0)
	// total score 1.30, without any bound 1.70 (2 matched)
	// price of gender = f: 0.40
}
