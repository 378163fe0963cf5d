package main

import (
	"fmt"
	"io"
	"math"

	"github.com/mentorkit/mentorkit/evaluation/causal"
	"github.com/mentorkit/mentorkit/mentoring/synthetic"
)

// printCausal estimates what the programme caused: a propensity-score
// match (with the balance it reaches), the difference in differences of
// engagement on the matched sample, and how strong a hidden bias would
// have to be to explain the matched engagement gain away.
func printCausal(w io.Writer, outcomes []synthetic.OutcomeRecord) (causal.Match, error) {
	names := []string{"tenure (years)", "junior (0/1)", "self-evaluation (0-1)"}
	subjects := make([]causal.Subject, len(outcomes))
	var rows []causal.PanelRow
	gain := map[string]float64{}
	for i, o := range outcomes {
		subjects[i] = causal.Subject{ID: o.PersonID, Treated: o.Mentored,
			Covariates: []float64{o.Years, junior(o), o.SelfEvaluation}}
		if !math.IsNaN(o.EngagementBefore) && !math.IsNaN(o.EngagementAfter) {
			rows = append(rows,
				causal.PanelRow{ID: o.PersonID, Treated: o.Mentored, Post: false, Y: o.EngagementBefore},
				causal.PanelRow{ID: o.PersonID, Treated: o.Mentored, Post: true, Y: o.EngagementAfter})
			gain[o.PersonID] = o.EngagementAfter - o.EngagementBefore
		}
	}
	m, err := causal.MatchPropensity(subjects, causal.MatchConfig{Names: names})
	if err != nil {
		return m, err
	}
	fmt.Fprintf(w, "\nCausal estimate (propensity-score match, caliper %.2f on the logit)\n", m.CaliperWidth)
	fmt.Fprintf(w, "  %d pairs, %d mentees without a close enough colleague\n", len(m.Pairs), len(m.Unmatched))
	for _, b := range m.Balance {
		flag := "balanced"
		if b.Imbalanced {
			flag = "STILL IMBALANCED"
		}
		fmt.Fprintf(w, "  %-22s SMD %+.2f before, %+.2f after: %s\n", b.Covariate, b.Before.SMD, b.After.SMD, flag)
	}
	d, err := causal.DiffInDiffMatched(rows, m, causal.DiDConfig{})
	if err != nil {
		return m, err
	}
	e := d.Effect
	fmt.Fprintf(w, "  engagement DiD on the matched sample: %+.3f (95%% CI %+.3f to %+.3f, cluster-robust p = %.2g, %d people)\n",
		e.Estimate, e.Cluster.Lower, e.Cluster.Upper, e.Cluster.P, d.Clusters)
	// Sensitivity: the pairs in which both answered the survey twice.
	var t, c []float64
	for _, p := range m.Pairs {
		gt, okT := gain[p.Treated]
		gc, okC := gain[p.Control]
		if okT && okC {
			t, c = append(t, gt), append(c, gc)
		}
	}
	s, err := causal.Rosenbaum(t, c, causal.SensitivityConfig{Gammas: []float64{1, 1.5, 2}})
	if err != nil {
		fmt.Fprintf(w, "  sensitivity: %v\n", err)
		return m, nil
	}
	fmt.Fprintf(w, "  sensitivity (%d pairs): p ≤ %.2g at Γ = 1, ≤ %.2g at Γ = 1.5, ≤ %.2g at Γ = 2; ",
		s.Pairs, s.Bounds[0].PUpper, s.Bounds[1].PUpper, s.Bounds[2].PUpper)
	if math.IsNaN(s.GammaCritical) {
		fmt.Fprintln(w, "not significant even without hidden bias")
	} else {
		fmt.Fprintf(w, "a hidden bias of Γ = %.2f would explain it away\n", s.GammaCritical)
	}
	return m, nil
}
