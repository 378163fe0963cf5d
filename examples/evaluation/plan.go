package main

import (
	"fmt"
	"io"
	"math"

	"github.com/mentorkit/mentorkit/evaluation/power"
	"github.com/mentorkit/mentorkit/evaluation/report"
)

// printPlan answers the planning questions of the next cohort from this
// year's report: how many mentees a 5-point retention rise needs, how many
// leavers a log-rank test of a 30% lower hazard needs, and what a pilot of
// 60 per group could detect.
func printPlan(w io.Writer, rep report.Report) error {
	base := rep.Retention[1].Value // the others' retention after a year
	if math.IsNaN(base) || base >= 0.95 {
		fmt.Fprintln(w, "\nPlan: the others' retention leaves no room for a 5-point rise")
		return nil
	}
	fmt.Fprintf(w, "\nPlanning the next cohort (80%% power, two-sided 5%% level)\n")
	n, err := power.PropSampleSize(power.PropDesign{}, base, base+0.05, 0.8)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "  retention %.1f%% → %.1f%%: %.0f people per group\n", 100*base, 100*(base+0.05), math.Ceil(n.N))
	lr, err := power.LogRankEvents(power.LogRankDesign{Allocation: 0.5, EventShare: 0.3}, 0.7, 0.8)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "  hazard of leaving 30%% lower (HR 0.7): %.0f leavers, %.0f people if 30%% leave during follow-up (Schoenfeld)\n",
		lr.Schoenfeld.EventsCeiling, lr.Schoenfeld.TotalCeiling)
	pilot, err := power.PropDetectable(power.PropDesign{}, base, 60, 0.8)
	if err != nil {
		fmt.Fprintf(w, "  a pilot of 60 per group: too little data to detect any retention rise\n")
		return nil
	}
	d, err := power.TDetectable(power.TDesign{}, 60, 0.8)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "  a pilot of 60 per group detects retention %.1f%% → %.1f%% or an engagement difference of %.2f SD\n",
		100*base, 100*pilot.P2, d.Delta)
	return nil
}
