package hazard_test

import (
	"fmt"

	"github.com/mentorkit/mentorkit/evaluation/hazard"
)

// Months until leaving for 23 people; the second 11 had no mentor after
// their first year (survival's aml data, whose published Cox fit is
// coef 0.9155, se 0.5119, p 0.0737).
func ExampleCox() {
	months := []float64{9, 13, 13, 18, 23, 28, 31, 34, 45, 48, 161, 5, 5, 8, 8, 12, 16, 23, 27, 30, 33, 43, 45}
	left := []bool{true, true, false, true, true, false, true, true, false, true, false,
		true, true, true, true, true, false, true, true, true, true, true, true}
	noMentor := []float64{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}
	fit, err := hazard.Cox(months, left, [][]float64{noMentor}, hazard.CoxConfig{TestProportionality: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	c := fit.Coefs[0]
	fmt.Printf("coef %.4f, se %.4f, p %.4f\n", c.Estimate, c.SE, c.PValue)
	fmt.Printf("hazard ratio %.2f (95%% CI %.2f to %.2f)\n", c.HR, c.Lower, c.Upper)
	fmt.Printf("likelihood ratio %.2f on %d df, p %.3f\n", fit.LR.Statistic, fit.LR.DF, fit.LR.PValue)
	fmt.Printf("concordance %.3f\n", fit.Concordance.Concordance)
	fmt.Printf("proportional hazards: p %.2f\n", fit.PH.Global.PValue)
	// Output:
	// coef 0.9155, se 0.5119, p 0.0737
	// hazard ratio 2.50 (95% CI 0.92 to 6.81)
	// likelihood ratio 3.38 on 1 df, p 0.066
	// concordance 0.619
	// proportional hazards: p 0.93
}

// Two programmes, with exits by cause: 1 left the organisation, 2 moved
// internally, 0 still there at the end of follow-up.
func ExampleCumulativeIncidence() {
	months := []float64{1, 3, 4, 6, 8, 2, 3, 5, 7, 9}
	status := []int{1, 0, 1, 1, 0, 2, 1, 2, 1, 0}
	group := []string{"mentored", "mentored", "mentored", "mentored", "mentored", "peer", "peer", "peer", "peer", "peer"}
	r, err := hazard.CumulativeIncidence(months, status, group)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range r.Curves {
		est, v := c.At(6)
		fmt.Printf("%-8s cause %d: %.3f (var %.4f) by month 6\n", c.Group, c.Cause, est, v)
	}
	for _, t := range r.Tests {
		fmt.Printf("Gray's test, cause %d: %.3f on %d df, p %.3f\n", t.Cause, t.Statistic, t.DF, t.PValue)
	}
	// Output:
	// mentored cause 1: 0.733 (var 0.0933) by month 6
	// peer     cause 1: 0.200 (var 0.0425) by month 6
	// mentored cause 2: 0.000 (var 0.0000) by month 6
	// peer     cause 2: 0.400 (var 0.0669) by month 6
	// Gray's test, cause 1: 0.954 on 1 df, p 0.329
	// Gray's test, cause 2: 1.837 on 1 df, p 0.175
}
