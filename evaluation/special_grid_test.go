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
// incomplete gamma (gammaIncTails; the chi-square tail) in both tails for
// a to 5·10⁵; the normal upper tail (normSF, by
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
		"beta, both tails >= 1e-30": {tol: 5e-10},
		"beta, b = 1/2, any tail":   {tol: 3e-10},
		"gamma, any tail":           {tol: 5e-13},
		"normal tail":               {tol: 1.5e-13},
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
			note("beta, b = 1/2, any tail", e, p.A, p.B, p.X)
		}
		if p.A == 10 && p.B == 5000 && p.X == 0.9 && (up != 1.397797958254072283751843e-54 || mathext.RegIncBeta(p.B, p.A, 1-p.X) != 0) {
			t.Errorf("the doc's example of gonum's lost tail, I_0.1(5000, 10) = %g, no longer holds", up)
		}
	}
	var gonumGamma float64 // the doc: gonum's own loses 1.8e-12
	for _, p := range g.Gamma {
		lo, up := parseRef(t, p.Lower), parseRef(t, p.Upper)
		gp, gq := gammaIncTails(p.A, p.X)
		e := max(relErr(gp, lo), relErr(gq, up))
		note("gamma, any tail", e, p.A, p.X)
		gonumGamma = max(gonumGamma, relErr(mathext.GammaIncReg(p.A, p.X), lo), relErr(mathext.GammaIncRegComp(p.A, p.X), up))
	}
	if !(gonumGamma > 1e-12 && gonumGamma < 2e-12) {
		t.Errorf("gonum's incomplete gamma: worst relative error %.3g, the doc says 1.8e-12", gonumGamma)
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

// TestGammaIncTailsEdges checks the documented edge values of
// gammaIncTails and that both tails sum to 1.
func TestGammaIncTailsEdges(t *testing.T) {
	for _, c := range []struct{ a, x, p, q float64 }{
		{2, 0, 0, 1}, {2, math.Inf(1), 1, 0}, {math.Inf(1), 3, 0, 1},
		{1, 1, 1 - math.Exp(-1), math.Exp(-1)}, // P(1, x) = 1 − e^−x
	} {
		p, q := gammaIncTails(c.a, c.x)
		if math.Abs(p-c.p) > 1e-15 || math.Abs(q-c.q) > 1e-15 {
			t.Errorf("gammaIncTails(%v, %v) = %v, %v, want %v, %v", c.a, c.x, p, q, c.p, c.q)
		}
	}
	for _, c := range [][2]float64{{math.NaN(), 1}, {1, math.NaN()}, {0, 1}, {-1, 1}, {1, -1}} {
		if p, q := gammaIncTails(c[0], c[1]); !math.IsNaN(p) || !math.IsNaN(q) {
			t.Errorf("gammaIncTails(%v, %v) = %v, %v, want NaN", c[0], c[1], p, q)
		}
	}
}
