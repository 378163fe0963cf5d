package evaluation

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/mentorkit/mentorkit/evaluation/internal/dist"
)

// readGrid decodes a testdata file made by bench/refgen (values as
// decimal strings with 25 digits, parsed here to float64).
func readGrid(t *testing.T, name string, v any) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatal(err)
	}
}

func parseRef(t *testing.T, s string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// relErr is |got − want|/|want| (absolute below 1e-300).
func relErr(got, want float64) float64 {
	if got == want {
		return 0
	}
	return math.Abs(got-want) / math.Max(math.Abs(want), 1e-300)
}

// nctGridTol is the worst relative error of either tail of the noncentral
// t allowed over testdata/nct_grid.json, as the doc of dist.NoncentralTTails states.
const nctGridTol = 5e-14

// TestNoncentralTGrid compares both tails with the 50-digit reference of
// bench/refgen/nct_grid.py: df 1 … 10⁶, δ to ±10⁴, tails down to 1e-280.
func TestNoncentralTGrid(t *testing.T) {
	var g struct {
		Points []struct {
			T, DF, NCP float64
			CDF, SF    string
		}
	}
	readGrid(t, "nct_grid.json", &g)
	if len(g.Points) < 200 {
		t.Fatalf("%d points", len(g.Points))
	}
	var worst float64
	var at [3]float64
	for _, p := range g.Points {
		lo, up := dist.NoncentralTTails(p.T, p.DF, p.NCP)
		if c, s := dist.NoncentralTCDF(p.T, p.DF, p.NCP), dist.NoncentralTSF(p.T, p.DF, p.NCP); c != lo || s != up {
			t.Errorf("dist.NoncentralTCDF, dist.NoncentralTSF = %v, %v; dist.NoncentralTTails = %v, %v", c, s, lo, up)
		}
		for _, e := range []float64{relErr(lo, parseRef(t, p.CDF)), relErr(up, parseRef(t, p.SF))} {
			if e > worst || math.IsNaN(e) {
				worst, at = e, [3]float64{p.T, p.DF, p.NCP}
			}
		}
	}
	t.Logf("worst relative error %.3g at t, df, δ = %v", worst, at)
	if !(worst <= nctGridTol) {
		t.Errorf("worst relative error %.3g at t, df, δ = %v, want <= %g", worst, at, nctGridTol)
	}
}

// TestNoncentralTIntervalReference compares the noncentrality bounds that
// CohensD and CohensDZ scale with 50-digit roots of the 50-digit
// distribution (testdata/nct_interval.json, bench/refgen/nct_interval.py):
// df 1 … 10⁶, t to 9,000, within 1e-10·max(1, |δ|) each and below 1e-14
// at worst, as the package doc states.
func TestNoncentralTIntervalReference(t *testing.T) {
	var g struct {
		Cases []struct {
			T, DF, Confidence float64
			Lower, Upper      string
		}
	}
	readGrid(t, "nct_interval.json", &g)
	if len(g.Cases) < 6 {
		t.Fatalf("%d cases", len(g.Cases))
	}
	var worst float64
	for _, c := range g.Cases {
		lo, hi := dist.NoncentralTDeltaInterval(c.T, c.DF, c.Confidence)
		for _, p := range [][2]float64{{lo, parseRef(t, c.Lower)}, {hi, parseRef(t, c.Upper)}} {
			e := math.Abs(p[0]-p[1]) / math.Max(1, math.Abs(p[1]))
			worst = max(worst, e)
			if !(e <= 1e-10) {
				t.Errorf("t = %v, df = %v, c = %v: bound %.17g, want %.17g (error %.3g)", c.T, c.DF, c.Confidence, p[0], p[1], e)
			}
		}
	}
	t.Logf("%d intervals, worst error %.3g", len(g.Cases), worst)
	if !(worst <= 1e-14) {
		t.Errorf("worst error %.3g, the package doc says below 1e-14", worst)
	}
}

// TestNoncentralTQuantile inverts the grid: dist.NoncentralTQuantile at the reference
// probability gives back t within 1e-10·max(1, |t|), where the density is
// not too flat for t to be determined (the lower tail between 1e-6 and
// 1 − 1e-6).
func TestNoncentralTQuantile(t *testing.T) {
	var g struct {
		Points []struct {
			T, DF, NCP float64
			CDF, SF    string
		}
	}
	readGrid(t, "nct_grid.json", &g)
	n := 0
	for _, p := range g.Points {
		lo, up := parseRef(t, p.CDF), parseRef(t, p.SF)
		if lo < 1e-6 || up < 1e-6 || p.DF > 1e4 || math.Abs(p.NCP) > 1000 {
			continue
		}
		n++
		q := dist.NoncentralTQuantile(lo, p.DF, p.NCP)
		if up < lo {
			// the tail nearer 0 determines t best
			q = dist.NoncentralTQuantile(1-up, p.DF, p.NCP)
		}
		if e := math.Abs(q-p.T) / math.Max(1, math.Abs(p.T)); !(e <= 1e-10) {
			t.Errorf("t, df, δ = %v, %v, %v: quantile %.17g (error %.3g)", p.T, p.DF, p.NCP, q, e)
		}
	}
	if n < 20 {
		t.Fatalf("only %d points", n)
	}
}
