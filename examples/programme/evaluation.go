package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/mentorkit/mentorkit/evaluation/report"
	"github.com/mentorkit/mentorkit/examples/internal/kmplot"
	"github.com/mentorkit/mentorkit/goals"
)

// stepEvaluation monitors and evaluates the programme: the effectiveness report of the year (retention, time to
// leaving, engagement, promotion, goal attainment, Kirkpatrick's levels and
// the return on investment), the objectives of step 1 held against it,
// and the Kaplan–Meier curves of months to leaving drawn to dir.
func stepEvaluation(w io.Writer, y *year, dir string) error {
	section(w, "10. Effectiveness report")
	records, err := y.records()
	if err != nil {
		return err
	}
	rep, err := report.New(records, report.Config{
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

	if dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
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
	if more, err = plotPairScores(y, dir); err != nil {
		return err
	}
	files = append(files, more...)
	if dir == "" {
		fmt.Fprintln(w, "\nPlots drawn but not written (run with -out DIR to write them).")
		return nil
	}
	fmt.Fprintf(w, "\nKaplan–Meier curves and pair scores written to %s:", dir)
	for _, f := range files {
		fmt.Fprintf(w, " %s", filepath.Base(f))
	}
	fmt.Fprintln(w)
	return nil
}

// objectivesMet grades the objectives of step 1 with the year's figures:
// each objective's value at the end is one check-in of its goal.
func objectivesMet(w io.Writer, y *year, records []report.Record) error {
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
func byProgramme(w io.Writer, y *year, records []report.Record, dir string) ([]string, error) {
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
	return kmplot.Write(dir, "retention_by_programme", "Still employed, by programme (Kaplan–Meier)", names, curves, false)
}

// plotRetention draws the two Kaplan–Meier curves as steps with their
// pointwise intervals and writes them as PNG and SVG.
func plotRetention(rep report.Report, dir string) ([]string, error) {
	title := "Still employed: mentees vs everyone else (Kaplan–Meier, 95% CI)"
	if rep.LogRank.DF > 0 {
		title += fmt.Sprintf("\nlog-rank p = %.2g", rep.LogRank.PValue)
	}
	return kmplot.Write(dir, "retention_km", title, []string{"mentees", "others"}, []evaluation.Curve{rep.Mentored, rep.Others}, true)
}
