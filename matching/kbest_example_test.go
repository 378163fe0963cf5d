package matching_test

import (
	"fmt"

	"github.com/mentorkit/mentorkit/matching"
	"gonum.org/v1/gonum/mat"
)

// The three best assignments of scipy's example cost matrix (by hand,
// the six assignments (0,1,2), (0,2,1), (1,0,2), (1,2,0), (2,0,1),
// (2,1,0) cost 6, 11, 5, 9, 7 and 6), then the best two that never give
// row 0 column 1. Equal totals come in the order the search finds them.
func ExampleKBest() {
	cost := mat.NewDense(3, 3, []float64{
		4, 1, 3,
		2, 0, 5,
		3, 2, 2,
	})
	best, _ := matching.KBest(cost, matching.Minimize, 3, matching.KBestOptions{})
	for _, r := range best {
		fmt.Println(r.RowToCol, r.Total)
	}
	banned, _ := matching.KBest(cost, matching.Minimize, 2, matching.KBestOptions{Bans: []matching.Cell{{Row: 0, Col: 1}}})
	for _, r := range banned {
		fmt.Println(r.RowToCol, r.Total)
	}
	// Output:
	// [1 0 2] 5
	// [0 1 2] 6
	// [2 1 0] 6
	// [2 1 0] 6
	// [0 1 2] 6
}

// The fairest assignment by its worst pair: of the six assignments
// (worked by hand in TestFairHandExample) only (1,0,2) keeps every pair
// at 0.5 or above.
func ExampleBottleneck() {
	scores := mat.NewDense(3, 3, []float64{
		0.9, 0.8, 0.1,
		0.8, 0.1, 0.2,
		0.7, 0.6, 0.5,
	})
	f, _ := matching.Bottleneck(scores, matching.Maximize)
	fmt.Println(f.RowToCol, f.Worst, f.Sorted)
	// Output:
	// [1 0 2] 0.5 [0.5 0.8 0.8]
}

// Lexicographic max–min: after the worst pair, the second worst is
// raised too. Column 0 scores 0.2 for everyone and must be used, so the
// worst pair is 0.2 whatever happens; giving it to row 2 leaves 0.9 and
// 0.9 for the others, where giving it to row 0 would leave 0.3 and 0.9.
func ExampleLexMaxMin() {
	scores := mat.NewDense(3, 3, []float64{
		0.2, 0.9, 0.9,
		0.2, 0.3, 0.9,
		0.2, 0.3, 0.3,
	})
	f, _ := matching.LexMaxMin(scores, matching.Maximize)
	fmt.Println(f.RowToCol, f.Sorted)
	// Output:
	// [1 2 0] [0.2 0.9 0.9]
}
