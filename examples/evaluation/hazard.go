package main

import (
	"fmt"
	"io"

	"github.com/mentorkit/mentorkit/evaluation/hazard"
	"github.com/mentorkit/mentorkit/mentoring/synthetic"
)

// coxNames name the Cox model's covariates, in order.
var coxNames = []string{"mentored", "tenure (years)", "junior (0/1)", "self-evaluation (0-1)"}

// printHazard fits the Cox model of months to leaving: the hazard ratio of
// the mentored against the rest, adjusted for the traits that drew people
// into the programme, with its interval, the concordance and the test
// that the ratio stays the same over the three years.
func printHazard(w io.Writer, outcomes []synthetic.OutcomeRecord) (hazard.CoxFit, error) {
	n := len(outcomes)
	months := make([]float64, n)
	left := make([]bool, n)
	cov := [][]float64{make([]float64, n), make([]float64, n), make([]float64, n), make([]float64, n)}
	names := coxNames
	end := start.AddDate(3, 0, 0)
	for i, o := range outcomes {
		stop := end
		if !o.Exit.IsZero() {
			stop, left[i] = o.Exit, true
		}
		months[i] = stop.Sub(o.Start).Hours() / (24 * 365.25 / 12)
		if o.Mentored {
			cov[0][i] = 1
		}
		cov[1][i], cov[2][i], cov[3][i] = o.Years, junior(o), o.SelfEvaluation
	}
	fit, err := hazard.Cox(months, left, cov, hazard.CoxConfig{TestProportionality: true})
	if err != nil {
		return fit, err
	}
	fmt.Fprintf(w, "\nHazard of leaving (Cox model, Efron ties; %d people, %d left)\n", fit.N, fit.Events)
	for j, c := range fit.Coefs {
		if c.Status != hazard.CoefEstimated {
			fmt.Fprintf(w, "  %-22s not estimable (%v)\n", names[j], c.Status)
			continue
		}
		fmt.Fprintf(w, "  %-22s hazard ratio %.2f (95%% CI %.2f–%.2f), p %.2g; proportional: p %.2f\n",
			names[j], c.HR, c.Lower, c.Upper, c.PValue, fit.PH.Terms[j].PValue)
	}
	fmt.Fprintf(w, "  concordance %.3f; likelihood-ratio test %.1f on %d df, p %.2g\n",
		fit.Concordance.Concordance, fit.LR.Statistic, fit.LR.DF, fit.LR.PValue)
	return fit, nil
}
