package report

import (
	"fmt"
	"math"
	"slices"

	"github.com/mentorkit/mentorkit/evaluation/causal"
	"github.com/mentorkit/mentorkit/evaluation/hazard"
	"github.com/mentorkit/mentorkit/evaluation/internal/dist"
	"github.com/mentorkit/mentorkit/internal/enum"
)

// ExitCause is why a person's exit happened: the competing endings that
// Report.Exits separates. The zero value is unset: no cause recorded (or
// no exit). Its text form is the lowerCamel name ("promotedAway").
type ExitCause uint8

const (
	// ExitUnset: no cause recorded.
	ExitUnset ExitCause = iota
	// ExitLeft: left the organisation (resigned or dismissed).
	ExitLeft
	// ExitPromotedAway: promoted into a role outside the programme's
	// population.
	ExitPromotedAway
	// ExitTransferred: moved to another unit or location.
	ExitTransferred
)

// causeUnknown is the status code of an exit without a recorded cause.
const causeUnknown = int(ExitTransferred) + 1

var exitCauseTable = enum.New[ExitCause]("exitCause", "", "left", "promotedAway", "transferred")

// String returns the cause's name, "unset" for the zero value.
func (c ExitCause) String() string { return exitCauseTable.String(c) }

// MarshalText implements encoding.TextMarshaler; an undeclared value is an
// error wrapping [ErrUnknownEnum].
func (c ExitCause) MarshalText() ([]byte, error) { return exitCauseTable.Marshal(c) }

// UnmarshalText implements encoding.TextUnmarshaler, ignoring case; an
// unknown name is an error wrapping [ErrUnknownEnum].
func (c *ExitCause) UnmarshalText(b []byte) error { return exitCauseTable.Unmarshal(b, c) }

// causeText is how a figure names the cause of status code k.
func causeText(k int) string {
	switch ExitCause(k) {
	case ExitLeft:
		return "left the organisation"
	case ExitPromotedAway:
		return "promoted away"
	case ExitTransferred:
		return "transferred"
	}
	return "exit with no cause recorded"
}

// survivalData returns each record's months from Start to Exit (or End)
// and whether they left by End.
func (b *reportBuilder) survivalData() (t []float64, left []bool) {
	t = make([]float64, len(b.records))
	left = make([]bool, len(b.records))
	for i, rec := range b.records {
		stop := b.cfg.End
		if exitBy(rec, b.cfg.End) {
			stop, left[i] = rec.Exit, true
		}
		t[i] = months(stop.Sub(rec.Start))
	}
	return t, left
}

// hazardRatio appends to Retention the hazard ratio of leaving (any exit)
// of the mentored against the others, from a Cox model with Efron ties,
// and, with Matching, the same adjusted for the matching covariates.
func (b *reportBuilder) hazardRatio() {
	cfg, r := b.cfg, &b.rep
	t, left := b.survivalData()
	mentored := make([]float64, len(b.records))
	events := 0
	for i, rec := range b.records {
		if rec.Mentored {
			mentored[i] = 1
		}
		if left[i] {
			events++
		}
	}
	fit := func(name string, cov [][]float64) {
		f := Figure{Name: name, Unit: UnitRatio, N: r.NMentored, N2: r.NOthers, Value: math.NaN(), PValue: math.NaN(),
			Method: fmt.Sprintf("Cox, Efron ties, Wald interval; %d exits", events)}
		if events == 0 {
			f.Note = "too little data: no one left"
		} else if r.NMentored > 0 && r.NOthers > 0 {
			res, err := hazard.Cox(t, left, cov, hazard.CoxConfig{Confidence: cfg.Confidence})
			if c := res.Coefs; err == nil && c[0].Status == hazard.CoefEstimated {
				f.Value, f.Lower, f.Upper, f.PValue = c[0].HR, c[0].Lower, c[0].Upper, c[0].PValue
			} else if err == nil {
				f.Note = "no estimate: the hazard ratio runs off to 0 or infinity (no exits in one group)"
			}
		}
		r.Retention = append(r.Retention, f.check(cfg.MinN, true))
	}
	fit("hazard ratio of leaving (mentored / others)", [][]float64{mentored})
	if cfg.Matching == nil {
		return
	}
	cov := [][]float64{mentored}
	k := len(b.records[0].Covariates)
	for j := range k {
		col := make([]float64, len(b.records))
		for i, rec := range b.records {
			col[i] = rec.Covariates[j]
		}
		cov = append(cov, col)
	}
	fit("hazard ratio of leaving, adjusted for the matching covariates", cov)
}

// exits fills Report.Exits and Report.Incidence: for each cause of exit,
// the cumulative incidence at the horizon per group (Aalen–Johansen with
// Gray's variance; the interval is estimate ± z·SE, clipped to 0–1) and
// the difference with Gray's test of equal incidence as its p-value.
func (b *reportBuilder) exits() {
	cfg, r := b.cfg, &b.rep
	t, left := b.survivalData()
	status := make([]int, len(b.records))
	grp := make([]string, len(b.records))
	recorded := false
	var present [causeUnknown + 1]bool
	for i, rec := range b.records {
		grp[i] = groupName[group(rec)]
		if !left[i] {
			continue
		}
		status[i] = int(rec.ExitCause)
		if rec.ExitCause == ExitUnset {
			status[i] = causeUnknown
		} else {
			recorded = true
		}
		present[status[i]] = true
	}
	if !recorded {
		r.Notes = append(r.Notes, "no exit has a recorded cause: exits are not split by cause")
		return
	}
	cr, err := hazard.CumulativeIncidence(t, status, grp)
	if err != nil || len(cr.Curves) == 0 {
		return // cannot happen: the records are checked and someone left
	}
	r.Incidence = &cr
	h := months(cfg.Horizon)
	z := dist.NormQuantile((1 + cfg.Confidence) / 2)
	within := "within " + durationText(cfg.Horizon)
	for k := 1; k <= causeUnknown; k++ {
		if !present[k] {
			continue
		}
		var est, v [2]float64
		for _, g := range []int{1, 0} {
			f := Figure{Name: causeText(k) + " " + within + ", " + groupName[g], Unit: UnitShare,
				N: b.groupN(g), Method: "cumulative incidence (Aalen–Johansen)", Value: math.NaN(), PValue: math.NaN()}
			est[g], v[g] = math.NaN(), math.NaN()
			if c, ok := cr.Curve(groupName[g], k); ok && h <= c.FollowUp {
				est[g], v[g] = c.At(h)
				se := math.Sqrt(v[g])
				f.Value, f.Lower, f.Upper = est[g], max(0, est[g]-z*se), min(1, est[g]+z*se)
			} else if ok {
				f.Note = fmt.Sprintf("too little data: followed for %.1f months only", c.FollowUp)
			}
			r.Exits = append(r.Exits, f.check(cfg.MinN, false))
		}
		f := Figure{Name: causeText(k) + " " + within + ", difference (mentored − others)", Unit: UnitPoints,
			N: b.groupN(1), N2: b.groupN(0), Method: "Aalen–Johansen; Gray's test", Value: est[1] - est[0], PValue: math.NaN()}
		se := math.Sqrt(v[1] + v[0])
		f.Lower, f.Upper = f.Value-z*se, f.Value+z*se
		if i := slices.IndexFunc(cr.Tests, func(g hazard.GrayTest) bool { return g.Cause == k }); i >= 0 {
			f.PValue = cr.Tests[i].PValue
		}
		r.Exits = append(r.Exits, f.check(cfg.MinN, true))
	}
}

// groupN counts the records of group g.
func (b *reportBuilder) groupN(g int) int {
	if g == 1 {
		return b.rep.NMentored
	}
	return b.rep.NOthers
}

// causalFigures fills Report.Causal, DiD and Sensitivity: the difference
// in differences of engagement (on the matched pairs when there is a
// matched comparison) and the Γ at which the matched retention effect
// would vanish.
func (b *reportBuilder) causalFigures() {
	cfg, r := b.cfg, &b.rep
	var m *causal.Match
	if r.Matched != nil && len(r.Matched.Pairs) > 0 {
		m = &causal.Match{Pairs: make([]causal.Pair, len(r.Matched.Pairs))}
		for i, p := range r.Matched.Pairs {
			m.Pairs[i] = causal.Pair{Treated: p.Treated, Control: p.Control, Distance: p.Distance}
		}
	}
	b.did(m)
	name := "Γ at which the matched retention effect would vanish"
	f := Figure{Name: name, Unit: UnitRatio, Value: math.NaN(), Lower: math.NaN(), Upper: math.NaN(), PValue: math.NaN(),
		Method: "Rosenbaum bounds, signed-rank test (mentored retained more), one-sided"}
	if m == nil {
		f.Note = "needs the matched comparison (Config.Matching)"
		r.Causal = append(r.Causal, f.check(cfg.MinN, false))
		return
	}
	var yt, yc []float64
	for _, p := range m.Pairs {
		yt, yc = append(yt, b.outcome[p.Treated]), append(yc, b.outcome[p.Control])
	}
	f.N = len(m.Pairs)
	s, err := causal.Rosenbaum(yt, yc, causal.SensitivityConfig{Confidence: cfg.Confidence})
	switch {
	case err != nil:
		f.Note = "no estimate: every pair has the same retention outcome"
	default:
		r.Sensitivity = &s
		f.PValue = s.Bounds[0].PUpper
		f.Method += fmt.Sprintf("; %d of %d pairs differ", s.Pairs, len(m.Pairs))
		f.Value = s.GammaCritical
		if math.IsNaN(s.GammaCritical) {
			f.Note = "no effect to explain away: not significant even without hidden bias (Γ = 1)"
		}
	}
	f = f.check(cfg.MinN, false)
	if err == nil && f.N >= cfg.MinN && math.IsNaN(s.GammaCritical) {
		f.Enough, f.PValue = true, s.Bounds[0].PUpper // a result, not a lack of data
	}
	r.Causal = append(r.Causal, f)
}

// did adds the difference in differences of engagement to Causal: on the
// pairs of m when not nil, else on everyone with both scores.
func (b *reportBuilder) did(m *causal.Match) {
	cfg, r := b.cfg, &b.rep
	in := map[string]bool{}
	if m != nil {
		for _, p := range m.Pairs {
			in[p.Treated], in[p.Control] = true, true
		}
	}
	var rows []causal.PanelRow
	var n [2]int
	for _, rec := range b.records {
		if rec.Engagement == nil || m != nil && !in[rec.ID] {
			continue
		}
		n[group(rec)]++
		rows = append(rows, causal.PanelRow{ID: rec.ID, Treated: rec.Mentored, Y: rec.Engagement.Before},
			causal.PanelRow{ID: rec.ID, Treated: rec.Mentored, Post: true, Y: rec.Engagement.After})
	}
	name := "engagement, difference in differences (mentored − others)"
	if m != nil {
		name += ", matched pairs"
	}
	f := Figure{Name: name, Unit: UnitScore, N: n[1], N2: n[0], Value: math.NaN(), PValue: math.NaN(),
		Method: "DiD (OLS y ~ treat·post), cluster-robust HC1 by person"}
	if len(rows) > 0 {
		var d causal.DiD
		var err error
		if m != nil {
			d, err = causal.DiffInDiffMatched(rows, *m, causal.DiDConfig{Confidence: cfg.Confidence})
		} else {
			d, err = causal.DiffInDiff(rows, causal.DiDConfig{Confidence: cfg.Confidence})
		}
		if err == nil {
			r.DiD = &d
			e := d.Effect
			f.Value, f.Lower, f.Upper, f.PValue = e.Estimate, e.Cluster.Lower, e.Cluster.Upper, e.Cluster.P
			if math.IsNaN(e.Cluster.Lower) {
				f.Value = math.NaN()
			}
		}
	} else {
		f.Note = "too little data: no before/after engagement scores"
	}
	r.Causal = append(r.Causal, f.check(cfg.MinN, true))
}
