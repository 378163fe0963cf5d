package reliability

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/mentorkit/mentorkit/internal/jsontest"
)

// TestJSONRoundTrip round-trips every result type from degenerate inputs
// (constant ratings: NaN statistics) and the configurations.
func TestJSONRoundTrip(t *testing.T) {
	// Constant ratings: no variance, NaN and infinite F statistics.
	icc, err := ICC(mat.NewDense(3, 2, []float64{2, 2, 2, 2, 2, 2}), ICCConfig{})
	if err != nil {
		t.Fatal(err)
	}
	if !math.IsNaN(icc.ICC1.ICC) {
		t.Fatalf("constant ratings: ICC1 = %v, want NaN", icc.ICC1.ICC)
	}
	jsontest.RoundTrip(t, icc)
	jsontest.RoundTrip(t, icc.ICC2)

	// Constant answers: NaN alpha and correlations; two items: NaN
	// alpha-if-deleted.
	rel, err := Reliability(mat.NewDense(3, 2, []float64{3, 3, 3, 3, 3, 3}), ReliabilityConfig{})
	if err != nil {
		t.Fatal(err)
	}
	if !math.IsNaN(rel.RawAlpha) {
		t.Fatalf("constant answers: alpha = %v, want NaN", rel.RawAlpha)
	}
	jsontest.RoundTrip(t, rel)
	jsontest.RoundTrip(t, rel.Items[0])

	// No variation: DE = 0, alpha NaN.
	ka, err := KrippendorffAlpha(mat.NewDense(2, 2, []float64{1, 1, 1, 1}), Nominal)
	if err != nil {
		t.Fatal(err)
	}
	jsontest.RoundTrip(t, ka)

	ci, err := FeldtInterval(math.NaN(), 10, 3, 0.95)
	if err == nil {
		jsontest.RoundTrip(t, ci)
	}
	ci, err = FeldtInterval(0.8, 100, 10, 0.95)
	if err != nil {
		t.Fatal(err)
	}
	jsontest.RoundTrip(t, ci)
	jsontest.RoundTrip(t, ICCConfig{Confidence: 0.99})
	jsontest.RoundTrip(t, ReliabilityConfig{Reverse: []int{2}})
}
