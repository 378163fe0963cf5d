package evaluation

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mathext"
)

// TestSpecialFunctionGrid pins the package doc's worst relative errors of
// the special functions behind the p-values against 50-digit mpmath values
// (testdata/special_grid.json, bench/refgen/special_grid.py): the
// regularised incomplete beta (gonum's mathext.RegIncBeta; the t tail is
// I_x(ν/2, ½)) in both tails for a, b from ½ to 5·10⁵; the regularised
// incomplete gamma (mathext.GammaIncReg/GammaIncRegComp; the chi-square
// tail) in both tails for a to 5·10⁵; the normal upper tail (normSF, by
// math.Erfc) out to z = 37.5. Each bound is the one the doc states; a
// worse error fails.
func TestSpecialFunctionGrid(t *testing.T) {
	var g struct {
		Beta []struct {
			A, B, X      float64
			Lower, Upper string
		}
		Gamma []struct {
			A, X         float64
			Lower, Upper string
		}
		Normal []struct {
			Z  float64
			SF string
		}
	}
	readGrid(t, "special_grid.json", &g)
	type check struct {
		tol   float64
		worst float64
		at    []float64
		n     int
	}
	checks := map[string]*check{
		"beta, both tails >= 1e-30":          {tol: 5e-10},
		"beta, b = 1/2, both tails >= 1e-30": {tol: 3e-10},
		"beta, b = 1/2, any tail":            {tol: 0.2},
		"gamma, both tails >= 1e-100":        {tol: 2e-12},
		"gamma, any tail":                    {tol: 7e-5},
		"normal tail":                        {tol: 1.5e-13},
	}
	note := func(name string, e float64, at ...float64) {
		c := checks[name]
		c.n++
		if e > c.worst || math.IsNaN(e) {
			c.worst, c.at = e, at
		}
	}
	for _, p := range g.Beta {
		lo, up := parseRef(t, p.Lower), parseRef(t, p.Upper)
		// The upper tail is I_{1−x}(b, a); 1 − x is exact for these x
		// to the digits that matter (the error it adds is below 1e-13).
		e := max(relErr(mathext.RegIncBeta(p.A, p.B, p.X), lo), relErr(mathext.RegIncBeta(p.B, p.A, 1-p.X), up))
		if min(lo, up) >= 1e-30 {
			note("beta, both tails >= 1e-30", e, p.A, p.B, p.X)
		}
		if p.B == 0.5 {
			if min(lo, up) >= 1e-30 {
				note("beta, b = 1/2, both tails >= 1e-30", e, p.A, p.B, p.X)
			}
			note("beta, b = 1/2, any tail", relErr(mathext.RegIncBeta(p.A, p.B, p.X), lo), p.A, p.B, p.X)
		}
	}
	for _, p := range g.Gamma {
		lo, up := parseRef(t, p.Lower), parseRef(t, p.Upper)
		e := max(relErr(mathext.GammaIncReg(p.A, p.X), lo), relErr(mathext.GammaIncRegComp(p.A, p.X), up))
		if min(lo, up) >= 1e-100 {
			note("gamma, both tails >= 1e-100", e, p.A, p.X)
		}
		note("gamma, any tail", e, p.A, p.X)
	}
	for _, p := range g.Normal {
		note("normal tail", relErr(normSF(p.Z), parseRef(t, p.SF)), p.Z)
	}
	for name, c := range checks {
		t.Logf("%s: %d points, worst relative error %.3g at %v", name, c.n, c.worst, c.at)
		if c.n == 0 || !(c.worst <= c.tol) {
			t.Errorf("%s: worst relative error %.3g at %v over %d points, the doc says <= %g", name, c.worst, c.at, c.n, c.tol)
		}
	}
}
