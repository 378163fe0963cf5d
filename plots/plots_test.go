package plots

import (
	"errors"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/mentorkit/mentorkit/evaluation/causal"
	"github.com/mentorkit/mentorkit/evaluation/hazard"
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/matching/pairing"
)

func TestMessages(t *testing.T) {
	if err := fault.CheckTable(messages); err != nil {
		t.Fatal(err)
	}
}

// render saves p as a PNG under $PLOTS_RENDER (to look at) and always
// draws it once in memory, so a plot that fails to draw fails the test.
func render(t *testing.T, p *plot.Plot, name string) {
	t.Helper()
	if _, err := p.WriterTo(7*vg.Inch, 4.5*vg.Inch, "png"); err != nil {
		t.Fatalf("%s: drawing: %v", name, err)
	}
	dir := os.Getenv("PLOTS_RENDER")
	if dir == "" {
		return
	}
	if err := p.Save(7*vg.Inch, 4.5*vg.Inch, filepath.Join(dir, name+".png")); err != nil {
		t.Fatal(err)
	}
}

// retention returns two groups' durations and events: the mentored leave
// less often.
func retention() (a, b []float64, ea, eb []bool) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 120 {
		d := math.Min(24, math.Ceil(r.ExpFloat64()*60))
		a, ea = append(a, d), append(ea, d < 24 && i%5 != 0)
		d = math.Min(24, math.Ceil(r.ExpFloat64()*25))
		b, eb = append(b, d), append(eb, d < 24 && i%7 != 0)
	}
	return a, b, ea, eb
}

func kmCurves(t *testing.T) []evaluation.Curve {
	a, b, ea, eb := retention()
	ca, err := evaluation.KaplanMeier(a, ea)
	if err != nil {
		t.Fatal(err)
	}
	cb, err := evaluation.KaplanMeier(b, eb)
	if err != nil {
		t.Fatal(err)
	}
	return []evaluation.Curve{ca, cb}
}

func TestKaplanMeierDraws(t *testing.T) {
	curves := kmCurves(t)
	times := []float64{0, 6, 12, 18, 24}
	for _, band := range []Band{BandNone, BandShaded, BandDashed} {
		opt := SurvivalOptions{Title: "Still employed", XLabel: "months", YLabel: "share still employed",
			Labels: []string{"mentored", "others"}, Bands: band, AtRisk: times}
		p, err := KaplanMeier(curves, opt)
		if err != nil {
			t.Fatal(err)
		}
		render(t, p, []string{"km_plain", "km_shaded", "km_dashed"}[band])
		parts, err := kmBuild(curves, opt)
		if err != nil {
			t.Fatal(err)
		}
		for i, c := range curves {
			// The step points are (0, 1) and then the curve's rows.
			want := plotter.XYs{{X: 0, Y: 1}}
			for j := range c.Time {
				want = append(want, plotter.XY{X: c.Time[j], Y: c.Surv[j]})
			}
			if d := cmp.Diff(want, parts.lines[i].XYs); d != "" {
				t.Errorf("curve %d steps (-want +got):\n%s", i, d)
			}
			if parts.lines[i].StepStyle != plotter.PostStep {
				t.Errorf("curve %d: S must hold until the next time (PostStep)", i)
			}
			// Numbers at risk: the subjects whose time is ≥ t, counted
			// from the raw data, not from the curve.
			a, b, _, _ := retention()
			raw := [][]float64{a, b}[i]
			var want2 []string
			for _, tm := range times {
				n := 0
				for _, d := range raw {
					if d >= tm {
						n++
					}
				}
				want2 = append(want2, itoa(n))
			}
			if d := cmp.Diff(want2, parts.atRisk[i].Labels); d != "" {
				t.Errorf("curve %d at risk (-want +got):\n%s", i, d)
			}
		}
		if band == BandNone && len(parts.bands) != 0 {
			t.Errorf("bands drawn without Bands")
		}
		if band != BandNone && len(parts.bands) == 0 {
			t.Errorf("no bands drawn with %v", band)
		}
	}
}

func itoa(n int) string { return fmtInt(n) }

func TestKaplanMeierDegenerate(t *testing.T) {
	one, err := evaluation.KaplanMeier([]float64{3}, []bool{true})
	if err != nil {
		t.Fatal(err)
	}
	censored, err := evaluation.KaplanMeier([]float64{1, 2, 2, 5}, []bool{false, false, false, false})
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]evaluation.Curve{"km_one": one, "km_censored": censored} {
		for _, band := range []Band{BandNone, BandShaded, BandDashed} {
			p, err := KaplanMeier([]evaluation.Curve{c}, SurvivalOptions{Bands: band, AtRisk: []float64{0, 1, 2, 3, 10}})
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if p.Y.Max != 1 || p.Y.Min > 0.9 || math.IsNaN(p.Y.Min) {
				t.Errorf("%s: y range [%v, %v]", name, p.Y.Min, p.Y.Max)
			}
			render(t, p, name)
		}
	}
	// All censored: the line stays at 1.
	parts, _ := kmBuild([]evaluation.Curve{censored}, SurvivalOptions{})
	for _, xy := range parts.lines[0].XYs {
		if xy.Y != 1 {
			t.Errorf("all censored: point %v below 1", xy)
		}
	}
}

func TestErrors(t *testing.T) {
	curve, _ := evaluation.KaplanMeier([]float64{1, 2}, []bool{true, false})
	cases := []struct {
		name string
		err  error
		want error
	}{
		{"km none", second(KaplanMeier(nil, SurvivalOptions{})), ErrEmpty},
		{"km empty curve", second(KaplanMeier([]evaluation.Curve{{}}, SurvivalOptions{})), ErrEmpty},
		{"km labels", second(KaplanMeier([]evaluation.Curve{curve}, SurvivalOptions{Labels: []string{"a", "b"}})), ErrInvalid},
		{"km short surv", second(KaplanMeier([]evaluation.Curve{{Time: []float64{1}}}, SurvivalOptions{})), ErrInvalid},
		{"ci none", second(CumulativeIncidence(hazard.CompetingRisks{}, IncidenceOptions{})), ErrEmpty},
		{"ci nan", second(CumulativeIncidence(hazard.CompetingRisks{Curves: []hazard.Incidence{
			{Cause: 1, Time: []float64{1}, Estimate: []float64{math.NaN()}}}}, IncidenceOptions{})), ErrInvalid},
		{"scores none", second(PairScores(pairing.Result{}, ScoreOptions{})), ErrEmpty},
		{"scores nan", second(PairScores(pairing.Result{Pairs: []pairing.Match{{Score: math.NaN()}}}, ScoreOptions{})), ErrInvalid},
		{"scores bins", second(PairScores(pairing.Result{Pairs: []pairing.Match{{Score: 1}}}, ScoreOptions{Bins: -1})), ErrInvalid},
		{"balance none", second(Balance(nil, BalanceOptions{})), ErrEmpty},
		{"balance threshold", second(Balance(balanceRows(), BalanceOptions{Threshold: math.Inf(1)})), ErrInvalid},
		{"forest none", second(Forest(nil, ForestOptions{})), ErrEmpty},
		{"forest nan", second(Forest([]Effect{{Label: "x", Estimate: math.NaN()}}, ForestOptions{})), ErrInvalid},
		{"forest reference", second(Forest([]Effect{{Label: "x"}}, ForestOptions{Reference: math.NaN()})), ErrInvalid},
	}
	for _, c := range cases {
		var fe *FieldError
		if !errors.Is(c.err, c.want) || !errors.As(c.err, &fe) {
			t.Errorf("%s: error %v, want a FieldError wrapping %v", c.name, c.err, c.want)
		}
	}
}

func second(_ *plot.Plot, err error) error { return err }

func TestCumulativeIncidence(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var times []float64
	var status []int
	var group []string
	for i := range 200 {
		times = append(times, math.Ceil(r.ExpFloat64()*20))
		status = append(status, r.IntN(3))
		group = append(group, []string{"mentored", "others"}[i%2])
	}
	cr, err := hazard.CumulativeIncidence(times, status, group)
	if err != nil {
		t.Fatal(err)
	}
	p, err := CumulativeIncidence(cr, IncidenceOptions{XLabel: "months", Causes: map[int]string{1: "left", 2: "promoted away"}})
	if err != nil {
		t.Fatal(err)
	}
	render(t, p, "incidence")
	lines, top, err := incidenceLines(cr)
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range cr.Curves {
		// The steps start at (0, 0), pass every jump of the curve and end
		// at the group's follow-up.
		want := plotter.XYs{{X: 0, Y: 0}}
		for j := range c.Time {
			want = append(want, plotter.XY{X: c.Time[j], Y: c.Estimate[j]})
		}
		if c.FollowUp > want[len(want)-1].X {
			want = append(want, plotter.XY{X: c.FollowUp, Y: want[len(want)-1].Y})
		}
		if d := cmp.Diff(want, lines[i].XYs); d != "" {
			t.Errorf("curve %d (-want +got):\n%s", i, d)
		}
		if est := c.Estimate[len(c.Estimate)-1]; est > top {
			t.Errorf("top %v below an estimate %v", top, est)
		}
	}
	if p.Y.Max < top {
		t.Errorf("y axis ends at %v below the largest estimate %v", p.Y.Max, top)
	}
	// One cause, one group, one exit.
	one, err := hazard.CumulativeIncidence([]float64{2}, []int{1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	p, err = CumulativeIncidence(one, IncidenceOptions{})
	if err != nil {
		t.Fatal(err)
	}
	render(t, p, "incidence_one")
}

func scoresResult(n int) pairing.Result {
	r := rand.New(rand.NewPCG(5, 6))
	var res pairing.Result
	for i := range n {
		res.Pairs = append(res.Pairs, pairing.Match{MentorID: "m" + fmtInt(i), MenteeID: "e" + fmtInt(i),
			Score: math.Min(1, math.Max(0, 0.6+0.12*r.NormFloat64()))})
	}
	return res
}

func TestPairScores(t *testing.T) {
	for _, n := range []int{1, 2, 150} {
		res := scoresResult(n)
		p, err := PairScores(res, ScoreOptions{})
		if err != nil {
			t.Fatal(err)
		}
		render(t, p, "scores_"+fmtInt(n))
		h, mean, err := scoreHist(res, ScoreOptions{})
		if err != nil {
			t.Fatal(err)
		}
		total, sum := 0.0, 0.0
		for _, b := range h.Bins {
			total += b.Weight
		}
		for _, m := range res.Pairs {
			sum += m.Score
		}
		if total != float64(n) {
			t.Errorf("n = %d: bins hold %v pairs", n, total)
		}
		if math.Abs(mean-sum/float64(n)) > 1e-12 {
			t.Errorf("n = %d: mean %v, want %v", n, mean, sum/float64(n))
		}
		// Sturges: ⌈log2 n⌉ + 1 bins (one bin for one distinct score).
		if want := map[int]int{1: 1, 2: 2, 150: 9}[n]; len(h.Bins) != want {
			t.Errorf("n = %d: %d bins, want %d", n, len(h.Bins), want)
		}
	}
}

func balanceRows() []causal.BalanceRow {
	row := func(name string, before, after float64) causal.BalanceRow {
		return causal.BalanceRow{Covariate: name, Before: evaluation.Balance{SMD: before}, After: evaluation.Balance{SMD: after}}
	}
	return []causal.BalanceRow{row("age", 0.42, 0.03), row("tenure (years)", -0.31, -0.05),
		row("grade", 0.18, 0.12), row("women", -0.08, 0.01), row("part-time", math.NaN(), math.NaN())}
}

func TestBalance(t *testing.T) {
	rows := balanceRows()
	for _, abs := range []bool{false, true} {
		p, err := Balance(rows, BalanceOptions{Absolute: abs})
		if err != nil {
			t.Fatal(err)
		}
		render(t, p, map[bool]string{false: "balance", true: "balance_abs"}[abs])
		parts, _ := balanceBuild(rows, abs)
		var wantB, wantA plotter.XYs
		for i, r := range rows {
			y := float64(len(rows) - 1 - i)
			f := func(x float64) float64 {
				if abs {
					return math.Abs(x)
				}
				return x
			}
			if !math.IsNaN(r.Before.SMD) {
				wantB = append(wantB, plotter.XY{X: f(r.Before.SMD), Y: y})
				wantA = append(wantA, plotter.XY{X: f(r.After.SMD), Y: y})
			}
			if parts.ticks[i].Label != r.Covariate || parts.ticks[i].Value != y {
				t.Errorf("tick %d = %+v", i, parts.ticks[i])
			}
		}
		if d := cmp.Diff(wantB, parts.before.XYs); d != "" {
			t.Errorf("before (-want +got):\n%s", d)
		}
		if d := cmp.Diff(wantA, parts.after.XYs); d != "" {
			t.Errorf("after (-want +got):\n%s", d)
		}
	}
	// From a real match.
	r := rand.New(rand.NewPCG(7, 8))
	var subjects []causal.Subject
	for i := range 300 {
		treated := r.Float64() < 0.3
		age := 35 + 8*r.NormFloat64()
		if treated {
			age += 4
		}
		subjects = append(subjects, causal.Subject{ID: "s" + fmtInt(i), Treated: treated,
			Covariates: []float64{age, 5 + 3*r.NormFloat64()}})
	}
	m, err := causal.MatchPropensity(subjects, causal.MatchConfig{Names: []string{"age", "tenure"}})
	if err != nil {
		t.Fatal(err)
	}
	p, err := Balance(m.Balance, BalanceOptions{})
	if err != nil {
		t.Fatal(err)
	}
	render(t, p, "balance_match")
	// One covariate that is constant: nothing finite to draw, still a plot.
	p, err = Balance([]causal.BalanceRow{{Covariate: "const", Before: evaluation.Balance{SMD: math.NaN()},
		After: evaluation.Balance{SMD: math.NaN()}}}, BalanceOptions{})
	if err != nil {
		t.Fatal(err)
	}
	render(t, p, "balance_nan")
}

func TestForest(t *testing.T) {
	effects := []Effect{
		{Label: "retention at 12 months", Estimate: 0.11, Lower: 0.04, Upper: 0.18},
		{Label: "engagement (SMD)", Estimate: 0.32, Lower: 0.12, Upper: 0.52},
		{Label: "promotion (risk difference)", Estimate: 0.05, Lower: -0.02, Upper: 0.12},
		{Label: "no interval", Estimate: -0.1, Lower: math.NaN(), Upper: math.NaN()},
	}
	p, err := Forest(effects, ForestOptions{Title: "Programme effects"})
	if err != nil {
		t.Fatal(err)
	}
	render(t, p, "forest")
	parts, _ := forestBuild(effects, 0)
	if len(parts.intervals) != 3 {
		t.Fatalf("%d intervals, want 3", len(parts.intervals))
	}
	for i, e := range effects[:3] {
		y := float64(len(effects) - 1 - i)
		want := plotter.XYs{{X: e.Lower, Y: y}, {X: e.Upper, Y: y}}
		if d := cmp.Diff(want, parts.intervals[i].XYs); d != "" {
			t.Errorf("interval %d (-want +got):\n%s", i, d)
		}
		if parts.points.XYs[i] != (plotter.XY{X: e.Estimate, Y: y}) {
			t.Errorf("point %d = %v", i, parts.points.XYs[i])
		}
	}
	if p.X.Min > -0.1 || p.X.Max < 0.52 {
		t.Errorf("x range [%v, %v] cuts an interval", p.X.Min, p.X.Max)
	}
	p, err = Forest([]Effect{{Label: "only", Estimate: 0}}, ForestOptions{})
	if err != nil {
		t.Fatal(err)
	}
	render(t, p, "forest_one")
}

func fmtInt(n int) string { return strconv.Itoa(n) }

// TestPairScoresBins checks the counts per bin by hand: scores 0, 0.25,
// 0.5, 0.75 and 1 in two bins of width 0.5, left-closed, the last closed
// at both ends: [0, 0.5) holds 0 and 0.25, [0.5, 1] holds the other three.
func TestPairScoresBins(t *testing.T) {
	var res pairing.Result
	for _, s := range []float64{0.75, 0, 1, 0.25, 0.5} {
		res.Pairs = append(res.Pairs, pairing.Match{Score: s})
	}
	h, _, err := scoreHist(res, ScoreOptions{Bins: 2})
	if err != nil {
		t.Fatal(err)
	}
	got := []float64{h.Bins[0].Weight, h.Bins[1].Weight}
	if d := cmp.Diff([]float64{2, 3}, got); d != "" {
		t.Errorf("bins (-want +got):\n%s", d)
	}
	if h.Bins[0].Min != 0 || h.Bins[1].Max != 1 {
		t.Errorf("bins span [%v, %v], want [0, 1]", h.Bins[0].Min, h.Bins[1].Max)
	}
}

// TestKaplanMeierBands checks the drawn interval against the curve: each
// row's [Lower, Upper] holds from its time to the next, and rows whose
// bounds are NaN (S = 0; S = 1 on the log-log scale) are left out, never
// drawn at 0.
func TestKaplanMeierBands(t *testing.T) {
	c, err := evaluation.KaplanMeierWith([]float64{1, 2, 3, 4, 5, 6}, []bool{false, true, true, false, true, true},
		evaluation.SurvivalConfig{Transform: evaluation.TransformLogLog})
	if err != nil {
		t.Fatal(err)
	}
	// Expected steps from the curve itself, one run of finite bounds.
	var lo, hi plotter.XYs
	for j, tm := range c.Time {
		if math.IsNaN(c.Lower[j]) || math.IsNaN(c.Upper[j]) {
			continue
		}
		end := tm
		if j+1 < len(c.Time) {
			end = c.Time[j+1]
		}
		lo = append(lo, plotter.XY{X: tm, Y: c.Lower[j]}, plotter.XY{X: end, Y: c.Lower[j]})
		hi = append(hi, plotter.XY{X: tm, Y: c.Upper[j]}, plotter.XY{X: end, Y: c.Upper[j]})
	}
	if !math.IsNaN(c.Lower[0]) || !math.IsNaN(c.Lower[len(c.Time)-1]) {
		t.Fatalf("fixture: want NaN bounds at S = 1 and S = 0, got %v", c.Lower)
	}
	parts, err := kmBuild([]evaluation.Curve{c}, SurvivalOptions{Bands: BandDashed})
	if err != nil {
		t.Fatal(err)
	}
	if len(parts.bands) != 2 {
		t.Fatalf("%d band lines, want 2 (one run)", len(parts.bands))
	}
	if d := cmp.Diff(lo, parts.bands[0].(*plotter.Line).XYs); d != "" {
		t.Errorf("lower (-want +got):\n%s", d)
	}
	if d := cmp.Diff(hi, parts.bands[1].(*plotter.Line).XYs); d != "" {
		t.Errorf("upper (-want +got):\n%s", d)
	}
	p, err := KaplanMeier([]evaluation.Curve{c}, SurvivalOptions{Bands: BandShaded, AtRisk: []float64{0, 3, 6}})
	if err != nil {
		t.Fatal(err)
	}
	if parts.low != 0 {
		t.Errorf("curves' area starts at %v, want 0 (the curve reaches 0)", parts.low)
	}
	render(t, p, "km_loglog")
}
