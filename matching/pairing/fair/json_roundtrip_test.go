package fair

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/mentorkit/mentorkit/internal/jsontest"
	"github.com/mentorkit/mentorkit/matching/stable"
)

// TestJSONRoundTrip: the settings and results, from a solved programme
// with prices and from degenerate values, decode back equal.
func TestJSONRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 6))
	prog, pcfg := testProgramme(t, rng, 4, 8, 2)
	for i := range prog.Participants {
		if prog.Participants[i].Capacity > 0 {
			prog.Participants[i].Person.Attributes = map[string]string{"site": "a"}
		}
	}
	cfg := Config{
		Mentees: []Grouping{{Attribute: "gender", Bounds: []Bound{{Value: "f", Min: 1, Max: intp(3), MinRate: 0.25, MinShare: 0.4}, {Value: "m", Max: intp(0)}}}},
		Mentors: []Grouping{{Attribute: "site", Bounds: []Bound{{Value: "a", Min: 1}}}},
		Prices:  true,
	}
	jsontest.RoundTrip(t, cfg)
	res, err := Solve(prog, pcfg, cfg)
	if err != nil {
		t.Fatal(err)
	}
	jsontest.RoundTrip(t, res)
	jsontest.RoundTrip(t, Result{})
	jsontest.RoundTrip(t, Result{TotalScore: math.NaN(), Bound: math.Inf(1), Prices: &Prices{}})
	jsontest.RoundTrip(t, GroupCount{Side: stable.SideMentor, Max: intp(0)})
	jsontest.RoundTrip(t, Price{Price: math.Inf(-1)})
}
