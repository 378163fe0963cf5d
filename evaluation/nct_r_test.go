package evaluation

import (
	"encoding/csv"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestNoncentralTAgainstR pins what the package doc says of R 4.2.2's pt
// (testdata/nct_grid_r.csv, bench/refgen/nct_r_pt.sh, on the points of
// nct_grid.json), comparing the tail nearer 0 with the 50-digit value:
// for |δ| <= 37.62 and df <= 10⁴, tails of 1e-9 and more are within 1e-3
// relative; at df = 10⁵, δ = 37, t = 39.0068 it gives an upper tail of
// 9.3e-13 for 0.0228; beyond 37.62 its normal approximation is off by more
// than 150% in tails of 1e-3 and more (df = 10, δ = −40, t = −94: 0.00705
// for 0.00245).
func TestNoncentralTAgainstR(t *testing.T) {
	var g struct {
		Points []struct {
			T, DF, NCP float64
			CDF, SF    string
		}
	}
	readGrid(t, "nct_grid.json", &g)
	f, err := os.Open(filepath.Join("testdata", "nct_grid_r.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comment = '#'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	rows = rows[1:]
	if len(rows) != len(g.Points) {
		t.Fatalf("%d R rows for %d points", len(rows), len(g.Points))
	}
	num := func(s string) float64 {
		v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	var inSeries, beyond, failure float64
	var atIn, atBeyond [3]float64
	for i, p := range g.Points {
		row := rows[i]
		if num(row[0]) != p.T || num(row[1]) != p.DF || num(row[2]) != p.NCP {
			t.Fatalf("row %d is another point: %v", i, row)
		}
		lo, up := parseRef(t, p.CDF), parseRef(t, p.SF)
		e, small := relErr(num(row[3]), lo), lo
		if up < lo {
			e, small = relErr(num(row[4]), up), up
		}
		at := [3]float64{p.T, p.DF, p.NCP}
		switch {
		case p.T == 39.00683332641253 && p.DF == 1e5 && p.NCP == 37:
			failure = e
		case math.Abs(p.NCP) <= 37.62 && p.DF <= 1e4 && small >= 1e-9 && e > inSeries:
			inSeries, atIn = e, at
		case math.Abs(p.NCP) > 37.62 && small >= 1e-3 && e > beyond:
			beyond, atBeyond = e, at
		}
	}
	t.Logf("R pt, |δ| <= 37.62, df <= 1e4, tail >= 1e-9: worst relative error %.3g at t, df, δ = %v", inSeries, atIn)
	t.Logf("R pt at df = 1e5, δ = 37: relative error %.3g", failure)
	t.Logf("R pt, |δ| > 37.62, tail >= 1e-3: worst relative error %.3g at t, df, δ = %v", beyond, atBeyond)
	if !(inSeries <= 1e-3) {
		t.Errorf("R's pt within its series is off by %.3g, the doc says <= 1e-3", inSeries)
	}
	if !(failure > 0.9) {
		t.Errorf("R's pt at df = 1e5, δ = 37 is off by %.3g, the doc says it fails", failure)
	}
	if !(beyond > 1.5) {
		t.Errorf("R's pt beyond 37.62 is off by only %.3g, the doc says more than 150%%", beyond)
	}
}
