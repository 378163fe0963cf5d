package main

import (
	"fmt"
	"io"
	"time"

	"github.com/mentorkit/mentorkit/goals"
)

// runGoals checks a vague Dutch goal and a SMART English one, tracks the
// second from three check-ins and scores the period with GAS.
func runGoals(w io.Writer) error {
	fmt.Fprintln(w, "== SMART goals")
	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, time.UTC) }
	now := day(time.April, 1)
	vague := goals.Goal{Title: "Z.s.m. beter worden in presenteren"}
	smart := goals.Goal{
		Title: "Lead 10 mentoring sessions by 1 May 2026", Metric: "sessions led", Unit: "sessions",
		Direction: goals.Increase, Baseline: goals.Float(2), Target: goals.Float(10),
		Start: day(time.January, 1), Due: day(time.May, 1), Owner: "ana",
		Links: []goals.Link{{Kind: goals.LinkObjective, ID: "leadership"}},
	}
	checkIns := []goals.CheckIn{{Time: day(time.January, 31), Value: 3}, {Time: day(time.March, 2), Value: 5}, {Time: now, Value: 6}}
	for _, x := range []struct {
		g  goals.Goal
		cs []goals.CheckIn
	}{{vague, nil}, {smart, checkIns}} {
		r := goals.Check(x.g, goals.CheckOptions{Now: now, CheckIns: x.cs})
		fmt.Fprintf(w, "%q (%v) SMART: %v\n", x.g.Title, r.Language, r.Met())
		for _, l := range r.Letters {
			for _, f := range l.Findings {
				if f.Severity == goals.Error {
					fmt.Fprintf(w, "  %s %s: %s\n", l.Letter, l.Name, f.Message)
				}
			}
		}
	}
	p, err := goals.Track(smart, checkIns, now, goals.StatusConfig{})
	if err != nil {
		return err
	}
	f, err := goals.Forecast(smart, checkIns)
	if err != nil {
		return err
	}
	t, err := goals.TScore([]int{-1, 1}, []float64{1, 2})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "progress %.0f%% (expected %.0f%%, %v), forecast %.1f by the due date; GAS T-score %.1f\n",
		100*p.Fraction, 100*p.Expected, p.Status, f.Value, t)
	return nil
}
