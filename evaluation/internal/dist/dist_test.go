package dist

import (
	"math"
	"testing"
)

// TestNoncentralT checks values of R 4.2.2 pt(q, df, ncp) quoted in the
// cross-checks of the power reference data (power.t.test's power is
// pt(qt(0.975, 38), 38, ncp = sqrt(10)·0.8, lower = FALSE) = 0.6933994443,
// see TestTRefdata in package power), and the exact identities F(t; ν, 0)
// = Student's t and F(0; ν, δ) = Φ(-δ).
func TestNoncentralT(t *testing.T) {
	q := TQuantile(0.975, 38)
	if got := 1 - NoncentralTCDF(q, 38, math.Sqrt(10)*0.8); math.Abs(got-0.693399444317275) > 1e-9 {
		t.Errorf("power = %.15g", got)
	}
	if got := NoncentralTCDF(0, 7, 1.3); math.Abs(got-NormSF(1.3)) > 1e-16 {
		t.Errorf("F(0) = %v", got)
	}
	if got := NoncentralTCDF(TQuantile(0.9, 5), 5, 0); math.Abs(got-0.9) > 1e-12 {
		t.Errorf("central = %v", got)
	}
	// An infinite noncentrality puts all mass at ±∞: the limits 0 and 1.
	if lo, hi := NoncentralTCDF(1, 1, math.Inf(1)), NoncentralTCDF(1, 1, math.Inf(-1)); lo != 0 || hi != 1 {
		t.Errorf("F(1; 1, ±Inf) = %v, %v, want 0, 1", lo, hi)
	}
	for _, bad := range [][3]float64{{math.NaN(), 1, 1}, {1, 0, 1}, {1, -2, 1}} {
		if v := NoncentralTCDF(bad[0], bad[1], bad[2]); !math.IsNaN(v) {
			t.Errorf("%v: %v", bad, v)
		}
	}
}
