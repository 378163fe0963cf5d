package main

import (
	"fmt"
	"io"

	"github.com/mentorkit/mentorkit/goals"
	"github.com/mentorkit/mentorkit/mentoring"
)

// stepObjectives starts where a programme starts: buy-in from the board,
// and clear, measurable objectives that fit the HR strategy. Each objective is
// written as a goals.Goal and must pass the SMART check before it becomes
// one of the programme's objectives.
func stepObjectives(w io.Writer, y *year) error {
	section(w, "1. Buy-in and objectives")
	leaders, taking := 0, 0
	for _, p := range y.org {
		if p.Seniority.Level >= mentoring.LevelLead {
			leaders++
			for _, t := range y.tracks {
				if _, ok := t.prog.Participant(p.ID); ok {
					taking++
				}
			}
		}
	}
	fmt.Fprintf(w, "Buy-in: %d of the %d leads and executives take part themselves, as mentors or as reverse mentees.\n\n", taking, leaders)

	strategy := []goals.Link{{Kind: goals.LinkObjective, ID: "hr-strategy-2026"}}
	due := y.end.AddDate(0, 0, -1)
	// The board's first draft: vague words, no number, no date, no owner.
	draft := goals.Goal{ID: "draft", Title: "Betere retentie en meer betrokkenheid, z.s.m."}
	y.objectives = []goals.Goal{
		{ID: "retention", Title: "Keep 90% of mentees employed 12 months after the start, up from 85%",
			Metric: "mentees still employed after 12 months", Unit: "%", Direction: goals.Increase,
			Baseline: goals.Float(85), Target: goals.Float(90), Start: y.start, Due: due, Owner: "HR director", Links: strategy},
		{ID: "engagement", Title: "Raise the mentees' engagement score from 3.2 to 3.4 on the 1–5 survey by January 2027",
			Metric: "mean engagement score of mentees", Unit: "points", Direction: goals.Increase,
			Baseline: goals.Float(3.2), Target: goals.Float(3.4), Start: y.start, Due: due, Owner: "HR director", Links: strategy},
		{ID: "goals", Title: "Two in three mentees reach their learning goals (GAS level 0 or higher) by 4 January 2027",
			Metric: "mentees at GAS level 0 or higher", Unit: "%", Direction: goals.Increase,
			Baseline: goals.Float(0), Target: goals.Float(67), Start: y.start, Due: due, Owner: "programme manager", Links: strategy},
	}
	tw := table(w)
	var why string
	fmt.Fprintln(tw, "objective\tSMART\tverdict")
	for _, g := range append([]goals.Goal{draft}, y.objectives...) {
		r := goals.Check(g, goals.CheckOptions{Now: y.start, MessageLanguage: goals.English, ProgrammeStart: y.start, ProgrammeEnd: y.end})
		verdict := "accepted"
		if !r.Met() {
			verdict = "sent back"
			why = firstError(r)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", g.Title, letters(met(r)), verdict)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "The board's draft was sent back (%s)\nand rewritten as the three objectives below it.\n", why)
	return nil
}

// met returns which of the five letters a report meets.
func met(r goals.Report) [5]bool {
	var m [5]bool
	for i, l := range r.Letters {
		m[i] = l.Met
	}
	return m
}

// firstError returns the message of the first finding that fails a letter.
func firstError(r goals.Report) string {
	for _, f := range r.Findings() {
		if f.Severity == goals.Error {
			return f.Message
		}
	}
	return ""
}

// programmeObjectives turns the SMART objectives into the programme's
// objectives: the statement and how it is measured, with its target.
func programmeObjectives(gs []goals.Goal) []mentoring.Objective {
	out := make([]mentoring.Objective, len(gs))
	for i, g := range gs {
		out[i] = mentoring.Objective{Statement: g.Title,
			Measure: fmt.Sprintf("%s, from %g to %g %s by %s", g.Metric, *g.Baseline, *g.Target, g.Unit, g.Due.Format("2 Jan 2006"))}
	}
	return out
}
