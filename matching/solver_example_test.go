package matching_test

import (
	"errors"
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/mentorkit/mentorkit/matching"
)

// The cost matrix of scipy.optimize.linear_sum_assignment's documentation:
// the cheapest way to give each of three workers a distinct job.
func ExampleAssign() {
	cost := mat.NewDense(3, 3, []float64{
		4, 1, 3,
		2, 0, 5,
		3, 2, 2,
	})
	a, err := matching.Assign(cost, matching.Minimize)
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, j := range a.RowToCol {
		fmt.Printf("worker %d -> job %d (cost %g)\n", i, j, cost.At(i, j))
	}
	fmt.Println("total:", a.Total)
	// Output:
	// worker 0 -> job 1 (cost 1)
	// worker 1 -> job 0 (cost 2)
	// worker 2 -> job 2 (cost 2)
	// total: 5
}

// Two mentees and three mentors with match scores to maximise; mentee 1
// may not be paired with mentor 0 (-Inf). A reused Solver and destination
// make repeated solves allocation-free.
func ExampleSolver_Assign() {
	ninf := math.Inf(-1)
	score := mat.NewDense(2, 3, []float64{
		0.9, 0.8, 0.1,
		ninf, 0.7, 0.2,
	})
	var s matching.Solver
	var a matching.Assignment
	if err := s.Assign(score, matching.Maximize, &a); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("mentee -> mentor:", a.RowToCol)
	fmt.Println("mentor -> mentee:", a.ColToRow)
	fmt.Printf("total score: %.1f\n", a.Total)

	// A mentee with no allowed mentor makes the problem infeasible.
	score.Set(1, 1, ninf)
	score.Set(1, 2, ninf)
	err := s.Assign(score, matching.Maximize, &a)
	fmt.Println(errors.Is(err, matching.ErrInfeasible))
	fmt.Println(err)
	// Output:
	// mentee -> mentor: [0 1]
	// mentor -> mentee: [0 1 -1]
	// total score: 1.6
	// true
	// matching: no complete assignment exists: rows [1] are allowed only 0 column(s) [] between them
}

// Verify checks an assignment and its certificate, and says what is wrong
// with one that is not optimal.
func ExampleVerify() {
	cost := mat.NewDense(2, 2, []float64{
		1, 2,
		3, 5,
	})
	a, _ := matching.Assign(cost, matching.Minimize)
	fmt.Println(a.RowToCol, a.Total, matching.Verify(cost, matching.Minimize, a))

	// The diagonal costs 1+5 = 6, more than the optimum 2+3 = 5: Verify
	// rejects it and says which condition fails where.
	a.RowToCol = []int{0, 1}
	a.ColToRow = []int{0, 1}
	a.Total = 6
	err := matching.Verify(cost, matching.Minimize, a)
	var ce *matching.CertificateError
	if errors.As(err, &ce) {
		fmt.Println(ce.Condition, "at row", ce.Row, "column", ce.Col)
	}
	// Output:
	// [1 0] 5 <nil>
	// complementary slackness at row 1 column 1
}
