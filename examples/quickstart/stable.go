package main

import (
	"fmt"
	"io"

	"gonum.org/v1/gonum/mat"

	"github.com/mentorkit/mentorkit/matching"
	"github.com/mentorkit/mentorkit/matching/stable"
)

// runStable compares the stable, optimal and next-best pairings of three
// mentees and two mentors (Mia takes two mentees).
func runStable(w io.Writer) error {
	fmt.Fprintln(w, "== Stable, optimal and alternative pairings")
	mentees, mentors := []string{"Ann", "Bas", "Cem"}, []string{"Joe", "Mia"}
	scores := mat.NewDense(3, 2, []float64{
		0.9, 0.8, // Ann
		0.8, 0.0, // Bas
		0.7, 0.6, // Cem
	})
	capacity := []int{1, 2}
	name := func(mm []int) (s string) {
		for e, m := range mm {
			if m >= 0 {
				s += " " + mentees[e] + "–" + mentors[m]
			}
		}
		return s
	}
	prefs, err := stable.PreferencesFromScores(scores, nil, capacity)
	if err != nil {
		return err
	}
	st, err := stable.Match(prefs, stable.SideMentee)
	if err != nil {
		return err
	}
	price, err := stable.PriceOfStability(scores, capacity, st.MenteeToMentor)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "stable:%s (total %.1f)\noptimal:%s (total %.1f)\n", name(st.MenteeToMentor), price.Stable, name(price.OptimalMatching), price.Optimal)
	alts, err := matching.KBest(scores, matching.Maximize, 3, matching.KBestOptions{Capacity: capacity, Optional: true})
	if err != nil {
		return err
	}
	for k, a := range alts {
		fmt.Fprintf(w, "alternative %d:%s (total %.1f)\n", k+1, name(a.RowToCol), a.Total)
	}
	fmt.Fprintln(w)
	return nil
}
