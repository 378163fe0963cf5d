package main

import (
	"fmt"
	"image/color"
	"io"
	"math"
	"os"
	"path/filepath"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/mentorkit/mentorkit/goals"
)

// stepEvaluation follows seed 000's "Monitoren" and seed 002's "Monitor en
// evalueer": the effectiveness report of the year (retention, time to
// leaving, engagement, promotion, goal attainment, Kirkpatrick's levels and
// the return on investment), the objectives of step 1 held against it,
// and the Kaplan–Meier curves of months to leaving drawn to dir.
func stepEvaluation(w io.Writer, y *year, dir string) error {
	section(w, "10. Effectiveness report")
	records := y.records()
	rep, err := evaluation.NewReport(records, evaluation.ReportConfig{
		End:           y.end,
		Horizon:       y.end.Sub(y.start),
		CostPerLeaver: 40000,                      // recruitment, onboarding and lost output, euro
		ProgrammeCost: 1500 * float64(len(y.gas)), // training, time and tooling per mentee, euro
		Matching:      &evaluation.MatchConfig{Covariates: []string{"years of experience", "junior or medior (0/1)"}},
	})
	if err != nil {
		return err
	}
	fmt.Fprint(w, rep)
	if err := objectivesMet(w, y, records); err != nil {
		return err
	}

	if dir == "" {
		if dir, err = os.MkdirTemp("", "mentorkit-programme-"); err != nil {
			return err
		}
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	files, err := plotRetention(rep, dir)
	if err != nil {
		return err
	}
	more, err := byProgramme(w, y, records, dir)
	if err != nil {
		return err
	}
	files = append(files, more...)
	fmt.Fprintf(w, "\nKaplan–Meier curves written to %s:", dir)
	for _, f := range files {
		fmt.Fprintf(w, " %s", filepath.Base(f))
	}
	fmt.Fprintln(w)
	return nil
}

// objectivesMet grades the objectives of step 1 with the year's figures:
// each objective's value at the end is one check-in of its goal.
func objectivesMet(w io.Writer, y *year, records []evaluation.Record) error {
	var stayed, mentored, engaged, nEngaged, gasOK float64
	for _, r := range records {
		if !r.Mentored {
			continue
		}
		mentored++
		if r.Exit.IsZero() {
			stayed++
		}
		if r.Engagement != nil {
			engaged += r.Engagement.After
			nEngaged++
		}
	}
	for _, t := range y.gas {
		if t >= 50 {
			gasOK++
		}
	}
	values := map[string]float64{"retention": 100 * stayed / mentored, "engagement": engaged / nEngaged, "goals": 100 * gasOK / float64(len(y.gas))}
	fmt.Fprintln(w, "\nThe objectives of step 1 at the end of the year:")
	tw := table(w)
	fmt.Fprintln(tw, "  objective\ttarget\tresult\tmet")
	for _, g := range y.objectives {
		v := values[g.ID]
		grade, err := goals.FinalGrade(g, []goals.CheckIn{{Time: g.Due, Value: v}})
		if err != nil {
			return err
		}
		prec := 2
		if g.Unit == "%" {
			prec = 1
		}
		fmt.Fprintf(tw, "  %s\t%g %s\t%.*f %s\t%v\n", g.Metric, *g.Target, g.Unit, prec, v, g.Unit, yesNo(grade.Success))
	}
	return tw.Flush()
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// byProgramme compares months to leaving of each programme's mentees and
// everyone else with evaluation.KaplanMeier and evaluation.LogRank directly,
// prints the comparison and plots the curves.
func byProgramme(w io.Writer, y *year, records []evaluation.Record, dir string) ([]string, error) {
	group := map[string]int{} // mentee ID → 1 + index of their programme; 0 for everyone else
	names := []string{"not mentored"}
	for i, t := range y.tracks {
		names = append(names, t.prog.Name)
		for _, r := range t.rels {
			for _, m := range r.MenteeIDs {
				group[m] = i + 1
			}
		}
	}
	durations := make([][]float64, len(names))
	events := make([][]bool, len(names))
	var allD []float64
	var allE []bool
	var allG []int
	for _, r := range records {
		until := y.end
		if !r.Exit.IsZero() && r.Exit.Before(until) {
			until = r.Exit
		}
		months := until.Sub(r.Start).Hours() / 24 / monthDays
		g := group[r.ID]
		durations[g], events[g] = append(durations[g], months), append(events[g], !r.Exit.IsZero())
		allD, allE, allG = append(allD, months), append(allE, !r.Exit.IsZero()), append(allG, g)
	}
	test, err := evaluation.LogRank(allD, allE, allG)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(w, "\nStill employed at the end, by programme (Kaplan–Meier; log-rank χ² = %.2f, df = %d, p = %.2f):\n", test.ChiSq, test.DF, test.PValue)
	tw := table(w)
	fmt.Fprintln(tw, "  group\tpeople\tleft\tstill employed\t95% interval")
	curves := make([]evaluation.Curve, len(names))
	for g, name := range names {
		if curves[g], err = evaluation.KaplanMeier(durations[g], events[g]); err != nil {
			return nil, err
		}
		c := curves[g]
		last := len(c.Time) - 1
		fmt.Fprintf(tw, "  %s\t%d\t%d\t%s\t%s – %s\n", name, c.N, c.Events, pct(c.Surv[last]), pct(c.Lower[last]), pct(c.Upper[last]))
	}
	if err := tw.Flush(); err != nil {
		return nil, err
	}
	return plotCurves(dir, "retention_by_programme", "Still employed, by programme (Kaplan–Meier)", names, curves, false)
}

// plotRetention draws the two Kaplan–Meier curves as steps with their
// pointwise intervals and writes them as PNG and SVG.
func plotRetention(rep evaluation.Report, dir string) ([]string, error) {
	title := "Still employed: mentees vs everyone else (Kaplan–Meier, 95% CI)"
	if rep.LogRank.DF > 0 {
		title += fmt.Sprintf("\nlog-rank p = %.2g", rep.LogRank.PValue)
	}
	return plotCurves(dir, "retention_km", title, []string{"mentees", "others"}, []evaluation.Curve{rep.Mentored, rep.Others}, true)
}

// palette colours the curves (colour-blind safe, after Okabe and Ito).
var palette = []color.RGBA{{R: 0x1b, G: 0x75, B: 0xbc, A: 0xff}, {R: 0xd9, G: 0x5f, B: 0x02, A: 0xff},
	{R: 0x00, G: 0x9e, B: 0x73, A: 0xff}, {R: 0xcc, G: 0x79, B: 0xa7, A: 0xff}}

// plotCurves draws survival curves as steps, with their pointwise
// intervals when bands is set, and writes name.png and name.svg to dir.
func plotCurves(dir, name, title string, labels []string, curves []evaluation.Curve, bands bool) ([]string, error) {
	p := plot.New()
	p.Title.Text = title
	p.X.Label.Text = "months since the programme started"
	p.Y.Label.Text = "share still employed"
	p.Y.Min, p.Y.Max = 0.5, 1 // lowered below to the lowest point drawn
	p.Legend.Top, p.Legend.Left = false, true
	p.Add(plotter.NewGrid())
	for i, c := range curves {
		for j, s := range c.Surv {
			if bands && !math.IsNaN(c.Lower[j]) {
				s = c.Lower[j]
			}
			p.Y.Min = math.Min(p.Y.Min, math.Floor(10*s)/10)
		}
		col := palette[i%len(palette)]
		surv, lo, hi := steps(c)
		line, err := plotter.NewLine(surv)
		if err != nil {
			return nil, err
		}
		line.Color, line.Width, line.StepStyle = col, vg.Points(1.5), plotter.PreStep
		p.Add(line)
		p.Legend.Add(fmt.Sprintf("%s (n = %d)", labels[i], c.N), line)
		if !bands {
			continue
		}
		for _, band := range []plotter.XYs{lo, hi} {
			l, err := plotter.NewLine(band)
			if err != nil {
				return nil, err
			}
			l.Color, l.Width, l.StepStyle = col, vg.Points(0.6), plotter.PreStep
			l.Dashes = []vg.Length{vg.Points(3), vg.Points(2)}
			p.Add(l)
		}
	}
	var files []string
	for _, ext := range []string{"png", "svg"} {
		f := filepath.Join(dir, name+"."+ext)
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
