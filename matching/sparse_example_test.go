package matching_test

import (
	"errors"
	"fmt"

	"github.com/mentorkit/mentorkit/matching"
)

// Four mentees each list the mentors they would accept, with a match score
// (higher is better); every pair not listed is impossible. AssignSparse
// finds the pairing with the largest total score. With four mentees and
// three mentors, every mentor gets one mentee and one mentee waits.
func ExampleAssignSparse() {
	mentees := []string{"Anouk", "Bram", "Chen", "Daan"}
	mentors := []string{"Eva", "Femke", "Gert"}
	c := matching.Candidates{
		Rows: 4, Cols: 3,
		// Anouk: Eva 0.9, Femke 0.4; Bram: Eva 0.8; Chen: Femke 0.7,
		// Gert 0.6; Daan: Gert 0.5.
		RowStart: []int{0, 2, 3, 5, 6},
		Col:      []int{0, 1, 0, 1, 2, 2},
		Value:    []float64{0.9, 0.4, 0.8, 0.7, 0.6, 0.5},
	}
	a, err := matching.AssignSparse(c, matching.Maximize)
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, j := range a.RowToCol {
		if j < 0 {
			fmt.Printf("%s waits\n", mentees[i])
			continue
		}
		fmt.Printf("%s - %s\n", mentees[i], mentors[j])
	}
	fmt.Printf("total score %.1f\n", a.Total)
	fmt.Println("certificate:", matching.VerifySparse(c, matching.Maximize, a))
	// Output:
	// Anouk - Eva
	// Bram waits
	// Chen - Femke
	// Daan - Gert
	// total score 2.1
	// certificate: <nil>
}

// A SparseSolver keeps its buffers: solving many problems of similar size
// (one per department, say) allocates nothing once it is warm. Row 0 may
// take columns 1 and 0, row 1 columns 0 and 2, row 2 columns 2 and 1; the
// two perfect matchings cost 4+2+5 = 11 and 1+8+3 = 12 with the first
// costs, and 3 each with the second (the tie goes to the same matching).
func ExampleSparseSolver_Assign() {
	var s matching.SparseSolver
	var a matching.Assignment
	for _, costs := range [][]float64{{4, 1, 2, 8, 5, 3}, {1, 1, 1, 1, 1, 1}} {
		c := matching.Candidates{
			Rows: 3, Cols: 3,
			RowStart: []int{0, 2, 4, 6},
			Col:      []int{1, 0, 0, 2, 2, 1},
			Value:    costs,
		}
		if err := s.Assign(c, matching.Minimize, &a); err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(a.RowToCol, a.Total)
	}
	// Output:
	// [1 0 2] 11
	// [1 0 2] 3
}

// When the candidates leave some mentees without a possible mentor, the
// error names a Hall violator: mentees who together accept fewer mentors
// than they are.
func ExampleAssignSparse_infeasible() {
	c := matching.Candidates{
		Rows: 3, Cols: 3,
		RowStart: []int{0, 1, 3, 4},
		Col:      []int{1, 0, 2, 1},
		Value:    []float64{5, 3, 2, 4},
	}
	_, err := matching.AssignSparse(c, matching.Minimize)
	var e *matching.InfeasibleError
	if errors.As(err, &e) {
		fmt.Println("rows", e.Rows, "share the columns", e.Allowed)
	}
	fmt.Println(err)
	// Output:
	// rows [0 2] share the columns [1]
	// matching: no complete assignment exists: rows [0 2] are allowed only 1 column(s) [1] between them
}

// Validate reports every structural problem with its field, index and row.
func ExampleCandidates_Validate() {
	c := matching.Candidates{
		Rows: 2, Cols: 3,
		RowStart: []int{0, 2, 3},
		Col:      []int{1, 1, 3},
		Value:    []float64{1, 2, 3},
	}
	fmt.Println(c.Validate(matching.Minimize))
	// Output:
	// matching: malformed candidates: Col[1] (row 0): column 1 listed twice in the row
	// matching: malformed candidates: Col[2] (row 1): column 3 out of range [0, 3)
}

// VerifySparse checks an assignment and its certificate; a worse matching
// fails it.
func ExampleVerifySparse() {
	c := matching.Candidates{
		Rows: 2, Cols: 2,
		RowStart: []int{0, 2, 4},
		Col:      []int{0, 1, 0, 1},
		Value:    []float64{1, 2, 2, 4},
	}
	a, _ := matching.AssignSparse(c, matching.Minimize)
	fmt.Println(a.RowToCol, a.Total, matching.VerifySparse(c, matching.Minimize, a))
	a.RowToCol, a.ColToRow, a.Total = []int{0, 1}, []int{0, 1}, 5
	fmt.Println(matching.VerifySparse(c, matching.Minimize, a) != nil)
	// Output:
	// [1 0] 4 <nil>
	// true
}
