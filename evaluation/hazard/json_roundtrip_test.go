package hazard

import (
	"math"
	"testing"

	"github.com/mentorkit/mentorkit/internal/jsontest"
)

// TestJSONRoundTrip marshals every result and config type, from ordinary
// and degenerate fits (aliased and infinite coefficients, no events), and
// decodes it back equal.
func TestJSONRoundTrip(t *testing.T) {
	time, event, cov := synthCox(200, 3, 7)
	fit, err := Cox(time, event, cov, CoxConfig{Ties: TiesBreslow, TestProportionality: true, Strata: make([]int, 200)})
	if err != nil {
		t.Fatal(err)
	}
	jsontest.RoundTrip(t, fit)
	jsontest.RoundTrip(t, CoxConfig{Ties: TiesBreslow, Confidence: 0.9, Strata: []int{1, 2}, MaxIter: 5, Tolerance: 1e-8})
	mono, err := Cox([]float64{1, 2, 3, 4, 5, 6, 7, 8}, []bool{true, true, true, true, true, true, false, true},
		[][]float64{{1, 1, 1, 1, 0, 0, 0, 0}, {1, 1, 1, 1, 1, 1, 1, 1}}, CoxConfig{TestProportionality: true})
	if err != nil {
		t.Fatal(err)
	}
	jsontest.RoundTrip(t, mono)
	none, err := Cox([]float64{1, 2}, []bool{false, false}, [][]float64{{0, 1}}, CoxConfig{})
	if err != nil {
		t.Fatal(err)
	}
	jsontest.RoundTrip(t, none)
	jsontest.RoundTrip(t, Coef{Status: CoefInfinite, Estimate: math.Inf(-1), SE: math.NaN()})
	ti, st, gr := synthCompeting(300, 3)
	res, err := CumulativeIncidence(ti, st, gr)
	if err != nil {
		t.Fatal(err)
	}
	jsontest.RoundTrip(t, res)
	jsontest.RoundTrip(t, GrayTest{Cause: 2, Statistic: math.NaN(), DF: 1, PValue: math.NaN()})
	jsontest.RoundTrip(t, res.Curves[0])
}
