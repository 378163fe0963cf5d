package fair

import (
	"testing"

	"github.com/mentorkit/mentorkit/mentoring"
)

// TestShareBruteForce: "at least 60% of the matched mentees are women"
// (Bound.MinShare; with, in half the trials, a minimum of team x in a
// second grouping too): the result meets the share and the bounds, its
// total is at most the enumerated optimum (meets checks the share) and
// the Bound at least it.
func TestShareBruteForce(t *testing.T) {
	lagrangianBrute(t, 11, Grouping{Attribute: "gender", Bounds: []Bound{{Value: "f", MinShare: 0.6}}}, func(trial int, prog mentoring.Programme, res Result) {
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
	})
}
