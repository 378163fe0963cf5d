package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// table returns a writer that aligns tab-separated columns; call Flush
// when the table is done.
func table(w io.Writer) *tabwriter.Writer { return tabwriter.NewWriter(w, 0, 0, 2, ' ', 0) }

// section starts a section of the report.
func section(w io.Writer, title string) {
	fmt.Fprintf(w, "\n== %s\n\n", title)
}

// pct formats a share 0–1 as a whole percentage.
func pct(x float64) string { return fmt.Sprintf("%.0f%%", 100*x) }

// letters formats which SMART letters a goal meets: "S M A R T" with a dash
// for each letter it misses ("- - A - -").
func letters(met [5]bool) string {
	out := make([]string, 5)
	for i, l := range []string{"S", "M", "A", "R", "T"} {
		out[i] = "-"
		if met[i] {
			out[i] = l
		}
	}
	return strings.Join(out, " ")
}
