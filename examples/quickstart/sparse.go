package main

import (
	"fmt"
	"io"

	"github.com/mentorkit/mentorkit/matching"
)

// runSparse pairs five mentees with four mentors when each mentee has a
// short list of acceptable mentors (every other pair is impossible),
// maximising the total match score with matching.AssignSparse.
func runSparse(w io.Writer) error {
	mentees := []string{"Anouk", "Bram", "Chen", "Daan", "Esra"}
	mentors := []string{"Femke", "Gert", "Hanna", "Ivo"}
	type option struct {
		mentor int
		score  float64
	}
	shortlists := [][]option{
		{{0, 0.92}, {2, 0.55}}, {{0, 0.88}, {1, 0.61}}, {{1, 0.74}, {3, 0.70}},
		{{2, 0.81}}, {{0, 0.90}, {2, 0.77}, {3, 0.52}},
	}
	c := matching.Candidates{Rows: len(mentees), Cols: len(mentors), RowStart: []int{0}}
	for _, list := range shortlists {
		for _, o := range list {
			c.Col, c.Value = append(c.Col, o.mentor), append(c.Value, o.score)
		}
		c.RowStart = append(c.RowStart, len(c.Col))
	}
	a, err := matching.AssignSparse(c, matching.Maximize)
	if err != nil {
		return err
	}
	if err := matching.VerifySparse(c, matching.Maximize, a); err != nil {
		return err
	}
	fmt.Fprintln(w, "Sparse pairing (each mentee lists only acceptable mentors):")
	for i, j := range a.RowToCol {
		if j < 0 {
			fmt.Fprintf(w, "  %-6s waits for the next round\n", mentees[i])
		} else {
			fmt.Fprintf(w, "  %-6s -> %s\n", mentees[i], mentors[j])
		}
	}
	fmt.Fprintf(w, "  total score %.2f (optimal, certificate checked)\n\n", a.Total)
	return nil
}
