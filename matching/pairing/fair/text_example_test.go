package fair

import (
	"fmt"
	"testing"
)

// The groups and prices of a fair pairing say themselves in English and
// Dutch (the programme of the package example).
func ExampleGroupCount_Text() {
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
		fmt.Println(g.Text().EN)
	}
	fmt.Println(res.Prices.Bounds[0].Text().EN)
	fmt.Println(res.Prices.Bounds[0].Text().NL)
	// Output:
	// mentees with gender = f: 1 of 1 matched (1 with an allowed mentor); at least 1
	// mentees with gender = m: 1 of 2 matched (2 with an allowed mentor)
	// the bound on mentees with gender = f costs 0.40 of the total score (without it: 2 matched, total 1.70)
	// de grens voor mentees met gender = f kost 0.40 van de totale score (zonder: 2 gekoppeld, totaal 1.70)
}
