package main

import (
	"fmt"
	"io"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/mentorkit/mentorkit/matching"
)

// runAssignment pairs three mentees with four mentors so that the total
// match score is as large as possible, and checks the optimality certificate.
func runAssignment(w io.Writer) error {
	fmt.Fprintln(w, "== The assignment solver")
	mentees := []string{"Anouk", "Bram", "Chantal"}
	mentors := []string{"Daan", "Eva", "Femke", "Gijs"}
	ruledOut := math.Inf(-1)               // e.g. a mentor in the mentee's own reporting line
	score := mat.NewDense(3, 4, []float64{ // rows: mentees, columns: mentors, 0..1
		0.82, 0.64, 0.91, 0.30,
		0.75, ruledOut, 0.88, 0.52,
		0.40, 0.71, 0.95, ruledOut,
	})
	a, err := matching.Assign(score, matching.Maximize)
	if err != nil {
		return err
	}
	if err := matching.Verify(score, matching.Maximize, a); err != nil {
		return err
	}
	for i, j := range a.RowToCol {
		fmt.Fprintf(w, "%-8s -> %-6s score %.2f\n", mentees[i], mentors[j], score.At(i, j))
	}
	for j, i := range a.ColToRow {
		if i < 0 {
			fmt.Fprintf(w, "%s has no mentee this round\n", mentors[j])
		}
	}
	fmt.Fprintf(w, "total score %.2f (certified optimal)\n\n", a.Total)
	return nil
}
