package main

import (
	"fmt"
	"path/filepath"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/mentorkit/mentorkit/evaluation/causal"
	"github.com/mentorkit/mentorkit/evaluation/hazard"
	"github.com/mentorkit/mentorkit/evaluation/report"
	"github.com/mentorkit/mentorkit/plots"
)

// figure is a plot and the file name (without extension) it is saved as.
type figure struct {
	name string
	p    *plot.Plot
}

// writePlots draws the report's figures with package plots and writes each
// as PNG and SVG to dir: retention (Kaplan–Meier with intervals and numbers
// at risk), exits by cause, covariate balance of the propensity match and
// the Cox model's hazard ratios. It returns the paths written.
func writePlots(dir string, rep report.Report, m causal.Match, fit hazard.CoxFit) ([]string, error) {
	title := "Still employed: mentored vs not (Kaplan–Meier, 95% CI)"
	if rep.LogRank.DF > 0 {
		title += fmt.Sprintf("\nlog-rank p = %.2g", rep.LogRank.PValue)
	}
	km, err := plots.KaplanMeier([]evaluation.Curve{rep.Mentored, rep.Others}, plots.SurvivalOptions{
		Title: title, XLabel: "months since the programme started", YLabel: "share still employed",
		Labels: []string{"mentored", "others"}, Bands: plots.BandShaded, AtRisk: []float64{0, 6, 12, 18, 24, 30, 36}})
	if err != nil {
		return nil, err
	}
	figures := []figure{{"retention_km", km}}
	if rep.Incidence != nil {
		ci, err := plots.CumulativeIncidence(*rep.Incidence, plots.IncidenceOptions{
			Title: "Exits by cause (cumulative incidence)", XLabel: "months since the programme started",
			Causes: map[int]string{int(report.ExitLeft): "left", int(report.ExitPromotedAway): "promoted away",
				int(report.ExitTransferred): "transferred", int(report.ExitTransferred) + 1: "no cause recorded"}})
		if err != nil {
			return nil, err
		}
		figures = append(figures, figure{"exits_by_cause", ci})
	}
	bal, err := plots.Balance(m.Balance, plots.BalanceOptions{Title: "Covariate balance of the propensity match"})
	if err != nil {
		return nil, err
	}
	var effects []plots.Effect
	for j, c := range fit.Coefs {
		if c.Status == hazard.CoefEstimated {
			effects = append(effects, plots.Effect{Label: coxNames[j], Estimate: c.HR, Lower: c.Lower, Upper: c.Upper})
		}
	}
	forest, err := plots.Forest(effects, plots.ForestOptions{Title: "Hazard of leaving (Cox model, 95% CI)",
		XLabel: "hazard ratio", Reference: 1})
	if err != nil {
		return nil, err
	}
	figures = append(figures, figure{"balance", bal}, figure{"hazard_ratios", forest})
	var files []string
	for _, f := range figures {
		for _, ext := range []string{"png", "svg"} {
			path := filepath.Join(dir, f.name+"."+ext)
			if err := f.p.Save(7*vg.Inch, 4.5*vg.Inch, path); err != nil {
				return nil, err
			}
			files = append(files, path)
		}
	}
	return files, nil
}
