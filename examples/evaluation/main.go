// Command evaluation builds the programme report of a seeded organisation:
// 2,000 employees observed for three years, 300 of them mentored. The
// mentored people were not chosen at random (they are more junior, newer
// and more self-confident), so next to the plain comparison the report
// matches each mentee with a similar colleague in the same department. It
// prints the report as a table and writes the Kaplan–Meier curves of
// months to leaving, mentored against the rest, as PNG and SVG.
//
//	go run ./examples/evaluation -out /tmp/plots
//
// Without -out the pictures go to a new temporary directory, which is
// printed.
package main

import (
	"flag"
	"fmt"
	"image/color"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/mentorkit/mentorkit/mentoring/synthetic"
)

func main() {
	out := flag.String("out", "", "directory for the Kaplan–Meier plots (default: a new temporary directory)")
	flag.Parse()
	if err := run(os.Stdout, *out); err != nil {
		fmt.Fprintln(os.Stderr, "evaluation:", err)
		os.Exit(1)
	}
}

var start = time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)

func run(w io.Writer, dir string) error {
	people, err := synthetic.Organisation(rand.New(rand.NewPCG(2026, 9)), synthetic.Config{People: 2000})
	if err != nil {
		return err
	}
	outcomes, err := synthetic.Outcomes(rand.New(rand.NewPCG(2026, 10)), people, synthetic.OutcomeConfig{Start: start, Months: 36, Mentored: 300})
	if err != nil {
		return err
	}
	records := make([]evaluation.Record, len(outcomes))
	for i, o := range outcomes {
		records[i] = toRecord(o)
	}
	rep, err := evaluation.NewReport(records, evaluation.ReportConfig{
		End:           start.AddDate(3, 0, 0),
		Horizon:       365 * 24 * time.Hour,
		CostPerLeaver: 40000, // recruitment, onboarding and lost output, euro
		ProgrammeCost: 300 * 1500,
		Matching: &evaluation.MatchConfig{
			Covariates: []string{"tenure (years)", "junior (0/1)", "self-evaluation (0-1)"},
			Calipers:   []float64{0, 0, 0.5},
		},
	})
	if err != nil {
		return err
	}
	fmt.Fprint(w, rep)

	if dir == "" {
		if dir, err = os.MkdirTemp("", "mentorkit-evaluation-"); err != nil {
			return err
		}
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	files, err := plotCurves(rep, dir)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nKaplan–Meier curves written to %s\n", dir)
	for _, f := range files {
		fmt.Fprintf(w, "  %s\n", filepath.Base(f))
	}
	return nil
}

// toRecord turns a synthetic outcome record into the report's record: NaN
// scores become "not measured".
func toRecord(o synthetic.OutcomeRecord) evaluation.Record {
	r := evaluation.Record{
		ID: o.PersonID, Mentored: o.Mentored, Role: o.Department,
		Start: o.Start, Exit: o.Exit, Promoted: o.Promoted,
		Covariates: []float64{o.Years, junior(o), o.SelfEvaluation},
	}
	if !math.IsNaN(o.EngagementBefore) && !math.IsNaN(o.EngagementAfter) {
		r.Engagement = &evaluation.Change{Before: o.EngagementBefore, After: o.EngagementAfter}
	}
	if !math.IsNaN(o.FeedbackBefore) && !math.IsNaN(o.FeedbackAfter) {
		r.Feedback = &evaluation.Change{Before: o.FeedbackBefore, After: o.FeedbackAfter}
	}
	if !math.IsNaN(o.GASTScore) {
		t := o.GASTScore
		r.GASTScore = &t
	}
	for _, s := range o.SessionRatings {
		r.SessionRatings = append(r.SessionRatings, float64(s))
	}
	if o.Recommend >= 0 {
		v := o.Recommend
		r.Recommend = &v
	}
	return r
}

func junior(o synthetic.OutcomeRecord) float64 {
	if o.Level <= 2 { // junior or medior
		return 1
	}
	return 0
}

// plotCurves draws the two survival curves as steps with their pointwise
// intervals and writes them as PNG and SVG.
func plotCurves(rep evaluation.Report, dir string) ([]string, error) {
	p := plot.New()
	p.Title.Text = "Still employed: mentored vs not (Kaplan–Meier, 95% CI)"
	p.X.Label.Text = "months since the programme started"
	p.Y.Label.Text = "share still employed"
	p.Y.Min, p.Y.Max = 0, 1
	p.Legend.Top, p.Legend.Left = false, true
	p.Legend.XOffs, p.Legend.YOffs = vg.Points(60), vg.Points(40)
	p.Add(plotter.NewGrid())
	for _, c := range []struct {
		name  string
		curve evaluation.Curve
		col   color.RGBA
	}{
		{fmt.Sprintf("mentored (n = %d)", rep.Mentored.N), rep.Mentored, color.RGBA{R: 0x1b, G: 0x75, B: 0xbc, A: 0xff}},
		{fmt.Sprintf("others (n = %d)", rep.Others.N), rep.Others, color.RGBA{R: 0xd9, G: 0x5f, B: 0x02, A: 0xff}},
	} {
		surv, lo, hi := steps(c.curve)
		line, err := plotter.NewLine(surv)
		if err != nil {
			return nil, err
		}
		line.Color, line.Width, line.StepStyle = c.col, vg.Points(1.5), plotter.PreStep
		p.Add(line)
		p.Legend.Add(c.name, line)
		for _, band := range []plotter.XYs{lo, hi} {
			l, err := plotter.NewLine(band)
			if err != nil {
				return nil, err
			}
			l.Color, l.Width, l.StepStyle = c.col, vg.Points(0.6), plotter.PreStep
			l.Dashes = []vg.Length{vg.Points(3), vg.Points(2)}
			p.Add(l)
		}
	}
	if rep.LogRank.DF > 0 {
		p.Title.Text += fmt.Sprintf("\nlog-rank p = %.2g", rep.LogRank.PValue)
	}
	var files []string
	for _, ext := range []string{"png", "svg"} {
		f := filepath.Join(dir, "retention_km."+ext)
		if err := p.Save(7*vg.Inch, 4.5*vg.Inch, f); err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	return files, nil
}

// steps returns the curve and its interval as points starting at (0, 1);
// NaN bounds (after S reaches 0) repeat the last finite value.
func steps(c evaluation.Curve) (surv, lo, hi plotter.XYs) {
	surv = plotter.XYs{{X: 0, Y: 1}}
	lo, hi = plotter.XYs{{X: 0, Y: 1}}, plotter.XYs{{X: 0, Y: 1}}
	for i, t := range c.Time {
		surv = append(surv, plotter.XY{X: t, Y: c.Surv[i]})
		l, h := c.Lower[i], c.Upper[i]
		if math.IsNaN(l) {
			l, h = lo[len(lo)-1].Y, hi[len(hi)-1].Y
		}
		lo = append(lo, plotter.XY{X: t, Y: l})
		hi = append(hi, plotter.XY{X: t, Y: h})
	}
	return surv, lo, hi
}
