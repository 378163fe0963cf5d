package main

import (
	"fmt"
	"io"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/mentorkit/mentorkit/evaluation/adjust"
)

// runEvaluation compares how long mentored and other employees stay, and
// how often they are promoted.
func runEvaluation(w io.Writer) error {
	fmt.Fprintln(w, "\n== Does the programme work?")
	// Months until leaving (false = still employed) for two cohorts.
	months := []float64{9, 13, 13, 18, 23, 28, 31, 34, 45, 48, 161,
		5, 5, 8, 8, 12, 16, 23, 27, 30, 33, 43, 45}
	left := []bool{true, true, false, true, true, false, true, true, false, true, false,
		true, true, true, true, true, false, true, true, true, true, true, true}
	cohort := []int{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2}

	mentored, err := evaluation.KaplanMeier(months[:11], left[:11])
	if err != nil {
		return err
	}
	s, err := mentored.At(24)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "mentored: %.0f%% still employed at 24 months (95%% CI %.0f%%-%.0f%%), median %v months\n",
		100*s.Surv, 100*s.Lower, 100*s.Upper, mentored.Median.Time)
	lr, err := evaluation.LogRank(months, left, cohort)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "log-rank: chi-square %.2f on %d df, p = %.3f\n", lr.ChiSq, lr.DF, lr.PValue)

	lo, hi, err := evaluation.WilsonInterval(18, 60, 0.95)
	if err != nil {
		return err
	}
	z, err := evaluation.TwoProportionZTest(18, 60, 9, 55, evaluation.TwoProportionConfig{})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "promoted: 30%% of mentored (95%% CI %.1f%%-%.1f%%) vs 16%% of others, p = %.3f\n",
		100*lo, 100*hi, z.PValue)

	adj, err := adjust.PValues([]float64{lr.PValue, z.PValue}, adjust.Config{Method: adjust.Holm})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Holm-adjusted p-values: %.3f %.3f\n", adj.P[0], adj.P[1])
	return nil
}
