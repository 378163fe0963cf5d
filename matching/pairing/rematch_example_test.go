package pairing_test

import (
	"fmt"

	"github.com/mentorkit/mentorkit/matching/pairing"
	"gonum.org/v1/gonum/mat"
)

// Re-matching mid-programme: a mentor leaves, another joins; a penalty
// of 0.5 per broken pair keeps the running relationship a–m2.
func ExampleRematcher() {
	scores := mat.NewDense(2, 2, []float64{
		0.9, 0.5, // a
		0.8, 0.1, // b
	})
	rm, _ := pairing.NewRematcher([]string{"a", "b"}, []string{"m1", "m2"}, nil, scores, 0.5)
	fmt.Println(rm.Pairs())
	ch, _ := rm.RemoveMentor("m1")
	fmt.Println("m1 leaves:", ch)
	ch, _ = rm.AddMentor("m3", 1, []float64{0.95, 0.2})
	fmt.Println("m3 joins:", ch, rm.Pairs())
	// Output:
	// [{m1 b} {m2 a}]
	// m1 leaves: [{b m1 }]
	// m3 joins: [{b  m3}] [{m2 a} {m3 b}]
}
