package pairing

import "github.com/mentorkit/mentorkit/matching/pairing/internal/colgen"

// rematchCandidates is how many best mentors each free mentee starts with
// in keepingAssign's column generation (a variable for tests).
var rematchCandidates = 40

// keepingAssign solves the assignment of Rematch exactly by column
// generation (colgen.Solve). Row i (a free mentee) has the allowed pairs
// k = start[i] … start[i+1]-1 with mentor ms[k] and value val[k] +
// slotBonus[j] at place j of that mentor (places slotStart[m] …
// slotStart[m+1]-1), and a private "unmatched" column of value 0; each
// row starts with its rematchCandidates best pairs. The last argument
// (the number of (pair, place) entries) is not needed: colgen counts the
// entries it uses. It returns the place of each row, -1 for unmatched.
func keepingAssign(ms []int32, val []float64, start, slotStart []int, slotBonus []float64, _ int) ([]int, error) {
	return colgen.Solve(colgen.Problem{
		RowStart:   start,
		Mentor:     ms,
		Value:      val,
		PlaceStart: slotStart,
		PlaceBonus: slotBonus,
		Initial:    rematchCandidates,
	})
}
