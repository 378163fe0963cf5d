package main

import (
	"fmt"
	"io"
	"time"

	"github.com/mentorkit/mentorkit/evaluation/report"
)

// runProgrammeReport builds a programme report from 60 employee records:
// 20 mentored (2 leave within the year), 40 others (10 leave), everyone
// with an engagement score before and after.
func runProgrammeReport(w io.Writer) error {
	fmt.Fprintln(w, "\n== The programme report")
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	var records []report.Record
	for i := range 60 {
		mentored := i < 20
		r := report.Record{ID: fmt.Sprintf("e%02d", i), Mentored: mentored, Start: start,
			Engagement: &report.Change{Before: 3 + float64(i%5)/10, After: 3.1 + float64(i%7)/10}}
		if mentored {
			r.Engagement.After += 0.3
		}
		if (mentored && i%10 == 3) || (!mentored && i%4 == 0) {
			r.Exit = start.AddDate(0, 2+i%9, 0)
		}
		records = append(records, r)
	}
	rep, err := report.New(records, report.Config{
		End: start.AddDate(1, 3, 0), CostPerLeaver: 30000, ProgrammeCost: 40000,
	})
	if err != nil {
		return err
	}
	for _, f := range append(rep.Retention, rep.Engagement[2]) {
		n := fmt.Sprint("n=", f.N)
		if f.N2 > 0 {
			n += fmt.Sprint(" vs ", f.N2)
		}
		fmt.Fprintf(w, "%-56s %-10s %.3f [%.3f, %.3f]\n", f.Name, n, f.Value, f.Lower, f.Upper)
	}
	fmt.Fprintf(w, "log-rank p = %.3f\n", rep.LogRank.PValue)
	for _, l := range rep.Levels {
		fmt.Fprintf(w, "Kirkpatrick level %d %s: enough data = %v\n", l.Number, l.Name, l.Enough)
	}
	if rep.ROI != nil {
		fmt.Fprintf(w, "net benefit %.0f [%.0f, %.0f]\n", rep.ROI.Net, rep.ROI.NetLower, rep.ROI.NetUpper)
	}
	return nil
}
