// Command goals follows one mentee's three goals through a mentoring
// programme: a vague one, a SMART one and an over-ambitious one. It prints
// the SMART reports in Dutch and in English, a goal typed as text read
// into the form's fields and checked, the progress and forecast
// after a few check-ins, the four-point rule, and the Goal Attainment
// Scaling T-score at the end.
//
//	go run ./examples/goals
package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/mentorkit/mentorkit/goals"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "goals:", err)
		os.Exit(1)
	}
}

func day(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, time.UTC) }

var (
	programmeStart, programmeEnd = day(time.January, 5), day(time.June, 30)
	objectives                   = []string{"obj-visibility", "obj-leadership"}
)

// Sanne's goals, as she first wrote them.
var (
	vague = goals.Goal{
		ID: "vague", Title: "Beter worden in presenteren",
		Description: "Z.s.m. meer zichtbaarheid krijgen in het MT",
		Start:       day(time.January, 5),
	}
	smart = goals.Goal{
		ID: "smart", Title: "Vijf kennissessies geven voor 1 juni 2026",
		Description: "Van 0 naar 5 sessies van 30 minuten voor het hele team",
		Metric:      "kennissessies gegeven", Unit: "sessies", Direction: goals.Increase,
		Baseline: goals.Float(0), Target: goals.Float(5),
		Start: day(time.January, 5), Due: day(time.June, 1), Owner: "sanne",
		Links:      []goals.Link{{Kind: goals.LinkObjective, ID: "obj-visibility"}},
		Commitment: goals.Committed,
	}
	ambitious = goals.Goal{
		ID: "ambitious", Title: "Close 40 mentoring-platform deals by 1 May 2026",
		Metric: "deals closed", Unit: "deals", Direction: goals.Increase,
		Baseline: goals.Float(0), Target: goals.Float(40),
		Start: day(time.January, 5), Due: day(time.May, 1), Owner: "sanne",
		Links:      []goals.Link{{Kind: goals.LinkCareerGoal, ID: "cg-account-manager"}},
		Commitment: goals.Aspirational,
	}
)

// Check-ins up to 1 March.
var checkIns = map[string][]goals.CheckIn{
	"smart": {
		{Time: day(time.February, 1), Value: 1},
		{Time: day(time.February, 15), Value: 1},
		{Time: day(time.March, 1), Value: 2},
	},
	"ambitious": {
		{Time: day(time.January, 20), Value: 1},
		{Time: day(time.February, 3), Value: 3},
		{Time: day(time.February, 17), Value: 4},
		{Time: day(time.March, 1), Value: 6},
	},
}

func run(w io.Writer) error {
	now := day(time.March, 1)
	opts := func(g goals.Goal, lang goals.Language) goals.CheckOptions {
		return goals.CheckOptions{Now: now, MessageLanguage: lang, CheckIns: checkIns[g.ID],
			ProgrammeStart: programmeStart, ProgrammeEnd: programmeEnd, Objectives: objectives}
	}
	fmt.Fprintln(w, "== SMART-check (Nederlands)")
	for _, g := range []goals.Goal{vague, smart} {
		report(w, g, goals.Check(g, opts(g, goals.Dutch)))
	}
	fmt.Fprintln(w, "== SMART check (English)")
	report(w, ambitious, goals.Check(ambitious, opts(ambitious, goals.English)))

	if err := typedGoal(w, now, opts); err != nil {
		return err
	}

	fmt.Fprintln(w, "== Progress on 1 March 2026")
	for _, g := range []goals.Goal{smart, ambitious} {
		p, err := goals.Track(g, checkIns[g.ID], now, goals.StatusConfig{})
		if err != nil {
			return err
		}
		f, err := goals.Forecast(g, checkIns[g.ID])
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%-9s now %g of %g %s: progress %.0f%%, expected %.0f%%, %v; forecast at %s: %.1f (target reached: %v)\n",
			g.ID, p.Current, *g.Target, g.Unit, 100*p.Fraction, 100*p.Expected, p.Status,
			g.Due.Format("2 Jan"), f.Value, f.Reaches)
	}

	// Two more fortnightly check-ins of the ambitious goal make six: the
	// four-point rule can speak.
	more := append(checkIns["ambitious"],
		goals.CheckIn{Time: day(time.March, 15), Value: 8},
		goals.CheckIn{Time: day(time.March, 29), Value: 9})
	d, err := goals.FourPoint(ambitious, more)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "four-point rule for %q after %d check-ins: %v\n", ambitious.ID, len(more), d)

	fmt.Fprintln(w, "== End of the programme")
	final := append(checkIns["smart"], goals.CheckIn{Time: day(time.May, 28), Value: 5})
	for _, x := range []struct {
		g  goals.Goal
		cs []goals.CheckIn
	}{{smart, final}, {ambitious, append(more, goals.CheckIn{Time: day(time.April, 30), Value: 15})}} {
		gr, err := goals.FinalGrade(x.g, x.cs)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%-9s grade %.1f (%v, success: %v)\n", x.g.ID, gr.Score, x.g.Commitment, gr.Success)
	}
	// GAS levels the mentor and Sanne agreed, in line with the grades above:
	// the vague goal (rewritten) and the sessions (all five given) at the
	// expected level 0, the deals (15 of 40) less than expected, −1; the
	// sessions weigh double. T = 50 + 10·(−1)/√(0.7·6 + 0.3·16) = 46.7.
	levels, weights := []int{0, 0, -1}, []float64{1, 2, 1}
	t, err := goals.TScore(levels, weights)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "GAS T-score for levels %v, weights %v: %.1f (50 = as expected)\n", levels, weights, t)
	return nil
}

// typedGoal reads a goal as Sanne types it into a form: Read pre-fills the
// fields, and Check, with the fields still empty, reads the same facts
// from the text and says which ones it took.
func typedGoal(w io.Writer, now time.Time, opts func(goals.Goal, goals.Language) goals.CheckOptions) error {
	fmt.Fprintln(w, "== Een getypt doel, ingelezen in het formulier")
	typed := goals.Goal{ID: "typed", Title: "Van 3 naar 1 keer per week overwerken, uiterlijk eind Q2", Owner: "sanne",
		Links: []goals.Link{{Kind: goals.LinkCareerGoal, ID: "cg-balans"}}}
	rd, err := goals.Read(typed.Title, typed.Description, goals.ReadOptions{Now: now})
	if err != nil {
		return err
	}
	s := rd.Suggested
	fmt.Fprintf(w, "taal %v; maatstaf %q, eenheid %q, richting %v, nulmeting %g, streefwaarde %g, einddatum %s (jaar afgeleid: %v)\n",
		rd.Language, s.Metric, s.Unit, s.Direction, *s.Baseline, *s.Target, s.Due.Format("2 Jan 2006"), rd.Deadline.InferredYear)
	for _, f := range rd.Facts {
		fmt.Fprintf(w, "  %-9s uit %q (bytes %d–%d)\n", f.Field, f.Span.Text, f.Span.Start, f.Span.End)
	}
	r := goals.Check(typed, opts(typed, goals.Dutch))
	report(w, typed, r)
	fmt.Fprintf(w, "  %d velden uit de tekst gelezen\n", len(r.FromText))
	return nil
}

func report(w io.Writer, g goals.Goal, r goals.Report) {
	fmt.Fprintf(w, "%q (%v)\n", g.Title, r.Language)
	for _, l := range r.Letters {
		mark := "ok "
		if !l.Met {
			mark = "NO "
		}
		fmt.Fprintf(w, "  %s %s %s\n", mark, l.Letter, l.Name)
		for _, f := range l.Findings {
			fmt.Fprintf(w, "        %-7v %s\n", f.Severity, f.Message)
		}
	}
}
