package report

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"time"

	"gonum.org/v1/gonum/floats"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/mentorkit/mentorkit/evaluation/causal"
	"github.com/mentorkit/mentorkit/evaluation/hazard"
	"github.com/mentorkit/mentorkit/feedback"
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
)

// Change is a score measured before and after the programme, on the
// instrument's own scale (an engagement survey, a 360-degree feedback
// average).
type Change struct {
	Before float64 `json:"before"`
	After  float64 `json:"after"`
}

// Record is what the programme report knows about one employee, mentored
// or not. Pointers and empty slices mark data that was not collected.
type Record struct {
	// ID identifies the person; unique, non-empty.
	ID string `json:"id"`
	// Mentored reports taking part in the programme.
	Mentored bool `json:"mentored"`
	// Role is the job role or department; the matched comparison matches
	// exactly on it.
	Role string `json:"role,omitempty"`
	// Start is when the person's observation starts (programme start or
	// hiring date); required, not after the report's End.
	Start time.Time `json:"start"`
	// Exit is when the person left; the zero time means still employed.
	// An exit after the report's End counts as still employed at End.
	Exit time.Time `json:"exit"`
	// ExitCause is why the person left (Report.Exits splits the exits by
	// it); [ExitUnset] when not recorded, and always for a person without
	// an Exit.
	ExitCause ExitCause `json:"exitCause,omitempty"`
	// Engagement is the engagement survey score before and after; nil
	// when not both were measured.
	Engagement *Change `json:"engagement,omitempty"`
	// Feedback is the 360-degree behaviour score before and after; nil
	// when not both were measured.
	Feedback *Change `json:"feedback,omitempty"`
	// Promoted reports a promotion during the observation.
	Promoted bool `json:"promoted"`
	// GASTScore is the Goal Attainment Scaling T-score of the person's
	// goals (goals.TScore; 50 means goals met as expected); nil when no
	// goals were scored.
	GASTScore *float64 `json:"gasTScore,omitempty"`
	// SessionRatings are the person's ratings of their sessions, on any
	// one scale (say 1–5).
	SessionRatings []float64 `json:"sessionRatings,omitempty"`
	// Recommend is the 0–10 answer to "would you recommend the
	// programme?"; nil when not asked or not answered.
	Recommend *int `json:"recommend,omitempty"`
	// Covariates are pre-programme values for the matched comparison (in
	// the order of Config.Matching.Covariates); needed only with
	// Matching.
	Covariates []float64 `json:"covariates,omitempty"`
}

// Config holds the settings of [New]. Its zero value needs only End.
type Config struct {
	// End is the date the data describes (there is no clock); required.
	End time.Time `json:"end"`
	// Horizon is the period retention is measured over, counted from each
	// person's Start; 0 means 365 days. JSON holds it in nanoseconds, as
	// encoding/json writes a time.Duration.
	Horizon time.Duration `json:"horizon,omitempty"`
	// Confidence is the level of every interval, strictly between 0 and 1;
	// 0 means 0.95 (the default of the reference tools of package
	// evaluation).
	Confidence float64 `json:"confidence,omitempty"`
	// MinN is the smallest number of people a figure may rest on (on each
	// side of a comparison); 0 means 10. Below it the figure says "too
	// little data" instead of showing a number.
	MinN int `json:"minN,omitempty"`
	// CostPerLeaver is the cost of replacing one leaver (recruitment,
	// onboarding, lost productivity) in any currency; 0 means unknown and
	// no ROI is computed. ProgrammeCost is the programme's total cost
	// over the same horizon, in the same currency.
	CostPerLeaver float64 `json:"costPerLeaver,omitempty"`
	ProgrammeCost float64 `json:"programmeCost,omitempty"`
	// Matching, when not nil, adds the matched comparison of retention at
	// the horizon, matching mentored and other people on
	// Record.Covariates within Record.Role.
	Matching *evaluation.MatchConfig `json:"matching,omitempty"`
	// DetectPower is the power at which Report.Detectable states the
	// smallest effects the data could detect, strictly between 0 and 1;
	// 0 means 0.8.
	DetectPower float64 `json:"detectPower,omitempty"`
}

// Report is the programme report: retention, time to leaving, engagement,
// promotion and goal attainment of mentored people against the others,
// Kirkpatrick's four levels and the return on investment. Every Figure
// carries its n and interval, or says there is too little data.
type Report struct {
	// End, Horizon, Confidence and MinN are the settings used, with the
	// defaults filled in.
	End        time.Time     `json:"end"`
	Horizon    time.Duration `json:"horizon"`
	Confidence float64       `json:"confidence"`
	MinN       int           `json:"minN"`
	// NMentored and NOthers count the records of each group.
	NMentored int `json:"nMentored"`
	NOthers   int `json:"nOthers"`
	// Retention: share still employed a Horizon after Start, per group
	// (Wilson), and the difference (Newcombe, two-proportion z-test), over
	// the people observed for the full horizon; then the hazard ratio of
	// leaving, mentored against the others, over everyone's time to
	// leaving (every exit, whatever its cause, as the retention share
	// counts it): a Cox model with Efron ties ([hazard.Cox], R's coxph),
	// and with Matching a second one adjusted for the matching
	// covariates.
	Retention []Figure `json:"retention"`
	// TimeToExit: median months to leaving (Kaplan–Meier) and restricted
	// mean months employed of the first Tau months per group, and the
	// difference of the restricted means.
	TimeToExit []Figure `json:"timeToExit"`
	// Mentored and Others are the Kaplan–Meier curves of months to
	// leaving (empty when the group is); LogRank compares them
	// ([evaluation.LogRank]; zero when either group is empty).
	Mentored evaluation.Curve `json:"mentored"`
	Others   evaluation.Curve `json:"others"`
	LogRank  evaluation.Test  `json:"logRank"`
	// Tau is the truncation time of the restricted means, in months: the
	// shorter of the two groups' follow-up.
	Tau float64 `json:"tau"`
	// Exits splits the exits by cause (Record.ExitCause; exits without
	// one form a cause of their own): for each cause, the cumulative
	// incidence within the horizon per group (Aalen–Johansen, counting
	// the other causes as competing, not as censoring) and the difference
	// with Gray's test; empty when no exit has a recorded cause.
	// Incidence holds the curves in months and the tests
	// ([hazard.CumulativeIncidence], R cmprsk's cuminc), nil then.
	Exits     []Figure               `json:"exits"`
	Incidence *hazard.CompetingRisks `json:"incidence,omitempty"`
	// Causal are the estimates meant as effects: the difference in
	// differences of engagement ([causal.DiffInDiff], or
	// [causal.DiffInDiffMatched] on the pairs of the matched comparison
	// when there is one), with cluster-robust errors; and the Γ at which
	// the matched retention effect would vanish ([causal.Rosenbaum] on the
	// pairs' 0/1 retention at the horizon; Value +Inf when no Γ below 1e6
	// explains it away, a note when it is not significant to begin
	// with). DiD and Sensitivity are the full results (nil when not
	// computed).
	Causal      []Figure            `json:"causal"`
	DiD         *causal.DiD         `json:"did,omitempty"`
	Sensitivity *causal.Sensitivity `json:"sensitivity,omitempty"`
	// Engagement: the change after - before per group (paired t), the
	// difference of the changes (Welch's t), d_z of the mentored change and
	// Hedges' g of the difference (noncentral-t intervals).
	Engagement []Figure `json:"engagement"`
	// Promotion: promotion rate per group (Wilson) and the difference
	// (Newcombe).
	Promotion []Figure `json:"promotion"`
	// Goals: mean GAS T-score per group with a one-sample t-test against
	// 50, the level of goals met as expected.
	Goals []Figure `json:"goals"`
	// Matched is the matched comparison of retention (nil without
	// Config.Matching or when no one was eligible).
	Matched *evaluation.Matched `json:"matched,omitempty"`
	// ROI is the return on investment (nil without CostPerLeaver or
	// without a retention difference).
	ROI *ROI `json:"roi,omitempty"`
	// Levels are Kirkpatrick's four levels, in order.
	Levels []Level `json:"levels"`
	// Detectable says what the sample could detect: the smallest
	// retention difference, hazard ratio of leaving and difference in
	// engagement change that a two-sided test at the report's level finds
	// with power DetectPower, given the group sizes (package
	// [github.com/mentorkit/mentorkit/evaluation/power]). A figure states
	// "too little data" where a group is below MinN or no effect is
	// detectable; its interval and p-value are NaN.
	Detectable []Figure `json:"detectable"`
	// DetectPower is the power Detectable uses.
	DetectPower float64 `json:"detectPower"`
	// Notes are remarks on the data as a whole.
	Notes []string `json:"notes,omitempty"`
}

// monthDays is the length of an average Gregorian month in days.
const monthDays = 365.2425 / 12

func months(d time.Duration) float64 { return d.Hours() / 24 / monthDays }

// New builds the programme report from the employee records, as at
// cfg.End. Retention, promotion and the time to leaving compare all
// mentored with all other people; without Matching these comparisons are
// associations, not effects, because mentored people differ from the rest
// before the programme starts (Kammeyer-Mueller & Judge, 2008). The
// statistics are those of package [evaluation]; see each Report field
// for which.
//
// Time to leaving is measured in months (of 365.2425/12 days) from Start
// to Exit, censored at End for people still employed. Retention at the
// horizon is over the people whose Start is at least Horizon before End
// (the others are counted in Notes).
//
// Errors (*[FieldError], joined, at most ten per kind, with the record's
// ID): no records ([evaluation.ErrEmpty]); a missing or duplicate ID, a
// zero Start, a Start after End, an Exit before Start, an ExitCause
// without an Exit, non-finite scores,
// ratings or covariates, a Recommend outside 0..10, a negative Horizon,
// MinN or cost, a confidence outside (0, 1), a zero End
// ([evaluation.ErrOutOfRange]); covariates of the wrong length
// ([evaluation.ErrLength]); an undeclared ExitCause
// ([ErrUnknownEnum]). Records are not modified.
func New(records []Record, cfg Config) (Report, error) {
	cfg, err := checkReport(records, cfg)
	if err != nil {
		return Report{}, err
	}
	b := reportBuilder{records: records, cfg: cfg}
	return b.build()
}

type reportBuilder struct {
	records []Record
	cfg     Config
	rep     Report
	// retention difference for the ROI
	retDiff   evaluation.ProportionDiff
	retDiffOK bool
	// eligible counts the others (0) and mentored (1) observed for the
	// full horizon, kept those of them still employed at the horizon.
	eligible, kept [2]int
	// leavers counts the people who left by End; change holds the
	// engagement changes per group.
	leavers int
	change  [2][]float64
	// outcome is the 0/1 retention at the horizon of each person in the
	// matched comparison, by ID.
	outcome map[string]float64
}

func (b *reportBuilder) build() (Report, error) {
	cfg := b.cfg
	r := &b.rep
	r.End, r.Horizon, r.Confidence, r.MinN = cfg.End, cfg.Horizon, cfg.Confidence, cfg.MinN
	for _, rec := range b.records {
		if rec.Mentored {
			r.NMentored++
		} else {
			r.NOthers++
		}
	}
	b.retention()
	b.hazardRatio()
	b.timeToExit()
	b.exits()
	b.engagement()
	b.promotion()
	b.goals()
	if err := b.matched(); err != nil {
		return Report{}, err
	}
	b.causalFigures()
	b.roi()
	b.levels()
	b.detectable()
	return b.rep, nil
}

// group returns 1 for mentored, 0 for the others.
func group(rec Record) int {
	if rec.Mentored {
		return 1
	}
	return 0
}

var groupName = [2]string{"others", "mentored"}

// exitBy reports whether rec left at or before t.
func exitBy(rec Record, t time.Time) bool { return !rec.Exit.IsZero() && !rec.Exit.After(t) }

func (b *reportBuilder) retention() {
	cfg, r := b.cfg, &b.rep
	var n, kept [2]int
	late := 0
	for _, rec := range b.records {
		h := rec.Start.Add(cfg.Horizon)
		if h.After(cfg.End) && !exitBy(rec, cfg.End) {
			late++ // not observed for the full horizon and still there
			continue
		}
		g := group(rec)
		n[g]++
		if !exitBy(rec, h) {
			kept[g]++
		}
	}
	b.eligible, b.kept = n, kept
	label := "retained " + horizonText(cfg.Horizon)
	for _, g := range []int{1, 0} {
		f := Figure{Name: label + ", " + groupName[g], Unit: UnitShare, N: n[g], Method: "Wilson", PValue: math.NaN()}
		if n[g] > 0 {
			f.Value = float64(kept[g]) / float64(n[g])
			f.Lower, f.Upper, _ = evaluation.WilsonInterval(kept[g], n[g], cfg.Confidence)
		} else {
			f.Value = math.NaN()
		}
		r.Retention = append(r.Retention, f.check(cfg.MinN, false))
	}
	f := Figure{Name: label + ", difference (mentored − others)", Unit: UnitPoints, N: n[1], N2: n[0], Method: "Newcombe; z-test", Value: math.NaN()}
	if n[0] > 0 && n[1] > 0 {
		d, _ := evaluation.NewcombeInterval(kept[1], n[1], kept[0], n[0], cfg.Confidence)
		z, _ := evaluation.TwoProportionZTest(kept[1], n[1], kept[0], n[0], evaluation.TwoProportionConfig{})
		f.Value, f.Lower, f.Upper, f.PValue = d.Diff, d.Lower, d.Upper, z.PValue
		b.retDiff = d
	}
	f = f.check(cfg.MinN, true)
	b.retDiffOK = f.Enough
	r.Retention = append(r.Retention, f)
	if late > 0 {
		r.Notes = append(r.Notes, fmt.Sprintf("%d people started less than %s before the end and are still employed: left out of retention %s (they count in the time to leaving)",
			late, durationText(cfg.Horizon), horizonText(cfg.Horizon)))
	}
}

func (b *reportBuilder) timeToExit() {
	cfg, r := b.cfg, &b.rep
	var dur [2][]float64
	var ev [2][]bool
	var all []float64
	var allEv []bool
	var grp []int
	for _, rec := range b.records {
		g := group(rec)
		end := cfg.End
		left := exitBy(rec, cfg.End)
		if left {
			end = rec.Exit
		}
		m := months(end.Sub(rec.Start))
		dur[g] = append(dur[g], m)
		ev[g] = append(ev[g], left)
		all = append(all, m)
		allEv = append(allEv, left)
		if left {
			b.leavers++
		}
		grp = append(grp, g)
	}
	scfg := evaluation.SurvivalConfig{Confidence: cfg.Confidence}
	var curves [2]*evaluation.Curve
	for _, g := range []int{1, 0} {
		if len(dur[g]) == 0 {
			continue
		}
		c, err := evaluation.KaplanMeierWith(dur[g], ev[g], scfg)
		if err != nil {
			continue // cannot happen: the records are checked
		}
		curves[g] = &c
	}
	if curves[1] != nil {
		r.Mentored = *curves[1]
	}
	if curves[0] != nil {
		r.Others = *curves[0]
	}
	for _, g := range []int{1, 0} {
		f := Figure{Name: "median months to leaving, " + groupName[g], Unit: UnitMonths, N: len(dur[g]), Method: "Kaplan–Meier", PValue: math.NaN(), Value: math.NaN()}
		if c := curves[g]; c != nil {
			f.Value, f.Lower, f.Upper = c.Median.Time, c.Median.Lower, c.Median.Upper
			if !c.Median.Reached {
				f.Note = "not reached (over half still employed)"
			}
		}
		f = f.check(cfg.MinN, false)
		if curves[g] != nil && !curves[g].Median.Reached && f.N >= cfg.MinN {
			f.Enough = true // a result, not a lack of data
		}
		r.TimeToExit = append(r.TimeToExit, f)
	}
	if curves[0] == nil || curves[1] == nil {
		r.Tau = math.NaN()
		r.TimeToExit = append(r.TimeToExit, Figure{Name: "restricted mean months employed", Unit: UnitMonths,
			Value: math.NaN(), Lower: math.NaN(), Upper: math.NaN(), PValue: math.NaN(), N: len(dur[1]), N2: len(dur[0]),
			Method: "Kaplan–Meier area", Note: "too little data: one group is empty"})
		return
	}
	tau := min(curves[0].Time[len(curves[0].Time)-1], curves[1].Time[len(curves[1].Time)-1])
	r.Tau = tau
	var rm [2]evaluation.RMST
	var rmErr [2]error
	for _, g := range []int{1, 0} {
		rm[g], rmErr[g] = curves[g].RestrictedMean(tau)
		f := Figure{Name: fmt.Sprintf("restricted mean months employed of the first %.1f, %s", tau, groupName[g]), Unit: UnitMonths,
			N: len(dur[g]), Method: "Kaplan–Meier area", PValue: math.NaN(), Value: rm[g].Mean, Lower: rm[g].Lower, Upper: rm[g].Upper}
		if rmErr[g] != nil {
			f.Value = math.NaN()
		}
		r.TimeToExit = append(r.TimeToExit, f.check(cfg.MinN, false))
	}
	f := Figure{Name: "restricted mean months employed, difference (mentored − others)", Unit: UnitMonths,
		N: len(dur[1]), N2: len(dur[0]), Method: "evaluation.RMST difference", Value: math.NaN()}
	if rmErr[0] == nil && rmErr[1] == nil {
		if d, err := evaluation.DiffRMST(rm[1], rm[0]); err == nil {
			f.Value, f.Lower, f.Upper, f.PValue = d.Diff, d.Lower, d.Upper, d.PValue
		}
	}
	r.TimeToExit = append(r.TimeToExit, f.check(cfg.MinN, true))
	if lr, err := evaluation.LogRank(all, allEv, grp); err == nil {
		r.LogRank = lr
	}
}

func (b *reportBuilder) engagement() {
	cfg, r := b.cfg, &b.rep
	var before, after, change [2][]float64
	for _, rec := range b.records {
		if rec.Engagement == nil {
			continue
		}
		g := group(rec)
		before[g] = append(before[g], rec.Engagement.Before)
		after[g] = append(after[g], rec.Engagement.After)
		change[g] = append(change[g], rec.Engagement.After-rec.Engagement.Before)
	}
	b.change = change
	tc := evaluation.TTestConfig{Confidence: cfg.Confidence}
	for _, g := range []int{1, 0} {
		t, err := evaluation.TTestPaired(after[g], before[g], tc)
		r.Engagement = append(r.Engagement, figureFromT("engagement change (after − before), "+groupName[g], UnitScore, t, err, len(change[g]), 0, cfg.MinN, "paired t"))
	}
	t, err := evaluation.TTestWelch(change[1], change[0], tc)
	r.Engagement = append(r.Engagement, figureFromT("engagement change, difference (mentored − others)", UnitScore, t, err, len(change[1]), len(change[0]), cfg.MinN, "evaluation.Welch t"))
	ec := evaluation.EffectSizeConfig{Confidence: cfg.Confidence}
	f := Figure{Name: "engagement change, mentored, d_z", Unit: UnitEffect, N: len(change[1]), Method: "Cohen's d_z, noncentral t", PValue: math.NaN(), Value: math.NaN()}
	if dz, err := evaluation.CohensDZ(after[1], before[1], ec); err == nil {
		f.Value, f.Lower, f.Upper = dz.DZ, dz.Lower, dz.Upper
		if math.IsNaN(dz.Lower) {
			f.Value = math.NaN()
		}
	}
	r.Engagement = append(r.Engagement, f.check(cfg.MinN, false))
	f = Figure{Name: "engagement change, difference, Hedges' g", Unit: UnitEffect, N: len(change[1]), N2: len(change[0]), Method: "Hedges' g, noncentral t", PValue: math.NaN(), Value: math.NaN()}
	if g, err := evaluation.CohensD(change[1], change[0], ec); err == nil {
		f.Value, f.Lower, f.Upper = g.GExact, g.GLower, g.GUpper
		if math.IsNaN(g.GLower) {
			f.Value = math.NaN()
		}
	}
	r.Engagement = append(r.Engagement, f.check(cfg.MinN, true))
}

func (b *reportBuilder) promotion() {
	cfg, r := b.cfg, &b.rep
	var n, k [2]int
	for _, rec := range b.records {
		g := group(rec)
		n[g]++
		if rec.Promoted {
			k[g]++
		}
	}
	for _, g := range []int{1, 0} {
		f := Figure{Name: "promoted, " + groupName[g], Unit: UnitShare, N: n[g], Method: "Wilson", PValue: math.NaN(), Value: math.NaN()}
		if n[g] > 0 {
			f.Value = float64(k[g]) / float64(n[g])
			f.Lower, f.Upper, _ = evaluation.WilsonInterval(k[g], n[g], cfg.Confidence)
		}
		r.Promotion = append(r.Promotion, f.check(cfg.MinN, false))
	}
	f := Figure{Name: "promoted, difference (mentored − others)", Unit: UnitPoints, N: n[1], N2: n[0], Method: "Newcombe; z-test", Value: math.NaN()}
	if n[0] > 0 && n[1] > 0 {
		d, _ := evaluation.NewcombeInterval(k[1], n[1], k[0], n[0], cfg.Confidence)
		z, _ := evaluation.TwoProportionZTest(k[1], n[1], k[0], n[0], evaluation.TwoProportionConfig{})
		f.Value, f.Lower, f.Upper, f.PValue = d.Diff, d.Lower, d.Upper, z.PValue
	}
	r.Promotion = append(r.Promotion, f.check(cfg.MinN, true))
}

func (b *reportBuilder) goals() {
	cfg, r := b.cfg, &b.rep
	var gas [2][]float64
	for _, rec := range b.records {
		if rec.GASTScore != nil {
			gas[group(rec)] = append(gas[group(rec)], *rec.GASTScore)
		}
	}
	for _, g := range []int{1, 0} {
		if g == 0 && len(gas[0]) == 0 {
			continue // goals are usually set in the programme only
		}
		t, err := evaluation.TTestOneSample(gas[g], 50, evaluation.TTestConfig{Confidence: cfg.Confidence})
		r.Goals = append(r.Goals, figureFromT("GAS T-score, "+groupName[g]+" (50 = as expected; p against 50)", UnitScore, t, err, len(gas[g]), 0, cfg.MinN, "one-sample t"))
	}
}

func (b *reportBuilder) matched() error {
	cfg, r := b.cfg, &b.rep
	if cfg.Matching == nil {
		return nil
	}
	var subjects []evaluation.MatchSubject
	var nt int
	for _, rec := range b.records {
		h := rec.Start.Add(cfg.Horizon)
		if h.After(cfg.End) && !exitBy(rec, cfg.End) {
			continue
		}
		out := 1.0
		if exitBy(rec, h) {
			out = 0
		}
		if rec.Mentored {
			nt++
		}
		if b.outcome == nil {
			b.outcome = map[string]float64{}
		}
		b.outcome[rec.ID] = out
		subjects = append(subjects, evaluation.MatchSubject{ID: rec.ID, Treated: rec.Mentored, Stratum: rec.Role, Covariates: rec.Covariates, Outcome: out})
	}
	if nt == 0 || nt == len(subjects) {
		r.Notes = append(r.Notes, "matched comparison skipped: no mentored or no other person was observed for the full horizon")
		return nil
	}
	mc := *cfg.Matching
	mc.Confidence = cfg.Confidence
	m, err := evaluation.MatchedComparison(subjects, mc)
	if err != nil {
		return err // the covariates were checked; this is a config problem
	}
	r.Matched = &m
	return nil
}

func (b *reportBuilder) roi() {
	cfg, r := b.cfg, &b.rep
	if cfg.CostPerLeaver <= 0 || !b.retDiffOK {
		return
	}
	roi, err := ReturnOnInvestment(b.retDiff, r.NMentored, cfg.CostPerLeaver, cfg.ProgrammeCost)
	if err == nil {
		r.ROI = &roi
	}
}

// levels assembles Kirkpatrick's four levels from the figures.
func (b *reportBuilder) levels() {
	cfg, r := b.cfg, &b.rep
	var rated, ratings, recommend, gas, fb, fbOthers int
	var perPerson []float64
	var answers []int
	var fbBefore, fbAfter []float64
	for _, rec := range b.records {
		if !rec.Mentored {
			if rec.Feedback != nil {
				fbOthers++
			}
			continue
		}
		if len(rec.SessionRatings) > 0 {
			rated++
			ratings += len(rec.SessionRatings)
			perPerson = append(perPerson, floats.Sum(rec.SessionRatings)/float64(len(rec.SessionRatings)))
		}
		if rec.Recommend != nil {
			recommend++
			answers = append(answers, *rec.Recommend)
		}
		if rec.GASTScore != nil {
			gas++
		}
		if rec.Feedback != nil {
			fb++
			fbBefore = append(fbBefore, rec.Feedback.Before)
			fbAfter = append(fbAfter, rec.Feedback.After)
		}
	}
	nm := r.NMentored
	missing := func(have int, what string) []string {
		if have < nm {
			return []string{fmt.Sprintf("%d of %d mentored people %s", nm-have, nm, what)}
		}
		return nil
	}

	// 1 Reaction.
	t, err := evaluation.TTestOneSample(perPerson, 0, evaluation.TTestConfig{Confidence: cfg.Confidence})
	rating := figureFromT("mean session rating (per person)", UnitScore, t, err, len(perPerson), 0, cfg.MinN, "t interval")
	rating.PValue = math.NaN()
	nps := Figure{Name: "Net Promoter Score", Unit: UnitNPS, N: len(answers), Method: "NPS, Wald interval", PValue: math.NaN(), Value: math.NaN()}
	if res, err := feedback.NPS(answers, feedback.NPSConfig{Confidence: cfg.Confidence}); err == nil {
		nps.Value, nps.Lower, nps.Upper = res.Score, res.Lower, res.Upper
	}
	l1 := Level{Number: 1, Name: "Reaction", Figures: []Figure{rating, nps.check(cfg.MinN, false)},
		Sources: []string{fmt.Sprintf("%d session ratings of %d mentored people", ratings, rated), fmt.Sprintf("%d answers to \"would you recommend the programme?\"", recommend)}}
	l1.Missing = append(missing(rated, "rated no session"), missing(recommend, "gave no recommend answer")...)

	// 2 Learning.
	l2 := Level{Number: 2, Name: "Learning", Figures: slices.Clone(r.Goals[:1]),
		Sources: []string{fmt.Sprintf("GAS T-scores of %d mentored people", gas)}, Missing: missing(gas, "have no scored goals")}

	// 3 Behaviour.
	t, err = evaluation.TTestPaired(fbAfter, fbBefore, evaluation.TTestConfig{Confidence: cfg.Confidence})
	fc := figureFromT("360 feedback change (after − before), mentored", UnitScore, t, err, len(fbAfter), 0, cfg.MinN, "paired t")
	dz := Figure{Name: "360 feedback change, mentored, d_z", Unit: UnitEffect, N: len(fbAfter), Method: "Cohen's d_z, noncentral t", PValue: math.NaN(), Value: math.NaN()}
	if e, err := evaluation.CohensDZ(fbAfter, fbBefore, evaluation.EffectSizeConfig{Confidence: cfg.Confidence}); err == nil && !math.IsNaN(e.Lower) {
		dz.Value, dz.Lower, dz.Upper = e.DZ, e.Lower, e.Upper
	}
	l3 := Level{Number: 3, Name: "Behaviour", Figures: []Figure{fc, dz.check(cfg.MinN, false)},
		Sources: []string{fmt.Sprintf("360 feedback before and after of %d mentored people", fb)}, Missing: missing(fb, "have no 360 feedback before and after")}
	if fbOthers == 0 {
		l3.Missing = append(l3.Missing, "no 360 feedback of non-mentored people: the change has no comparison group")
	}

	// 4 Results.
	l4 := Level{Number: 4, Name: "Results",
		Figures: []Figure{r.Retention[2], r.Retention[3], r.Promotion[2], r.TimeToExit[len(r.TimeToExit)-1]},
		Sources: []string{fmt.Sprintf("employment records (start, exit, promotion) of %d mentored and %d other people", r.NMentored, r.NOthers)}}
	if r.Matched != nil {
		m := r.Matched
		f := figureFromT("retained "+horizonText(cfg.Horizon)+", difference after matching", UnitPoints, m.Effect, nil, len(m.Pairs), len(m.Pairs), cfg.MinN, "matched pairs, paired t")
		l4.Figures = append(l4.Figures, f, r.Causal[len(r.Causal)-1])
		l4.Sources = append(l4.Sources, fmt.Sprintf("pre-programme covariates of %d mentored and %d other people, matched within role", m.NTreated, m.NControl))
		if len(m.Unmatched) > 0 {
			l4.Missing = append(l4.Missing, fmt.Sprintf("%d mentored people had no similar colleague to match", len(m.Unmatched)))
		}
	} else {
		l4.Missing = append(l4.Missing, "no pre-programme covariates: the comparison is not adjusted for who joins the programme")
	}
	if r.ROI != nil {
		roi := r.ROI
		l4.Figures = append(l4.Figures, Figure{Name: "net benefit (avoided turnover cost − programme cost)", Unit: UnitCurrency,
			Value: roi.Net, Lower: roi.NetLower, Upper: roi.NetUpper, N: b.eligible[1], N2: b.eligible[0], PValue: math.NaN(), Method: "ROI from the retention difference", Enough: true})
		l4.Sources = append(l4.Sources, fmt.Sprintf("cost per leaver %.0f and programme cost %.0f", cfg.CostPerLeaver, cfg.ProgrammeCost))
	} else if cfg.CostPerLeaver <= 0 {
		l4.Missing = append(l4.Missing, "no cost per leaver: no return on investment")
	}
	if b.eligible[0]+b.eligible[1] < len(b.records) {
		l4.Missing = append(l4.Missing, fmt.Sprintf("%d people not yet observed for the full horizon", len(b.records)-b.eligible[0]-b.eligible[1]))
	}
	r.Levels = []Level{l1, l2, l3, l4}
	for i := range r.Levels {
		for _, f := range r.Levels[i].Figures {
			r.Levels[i].Enough = r.Levels[i].Enough || f.Enough
		}
	}
}

// horizonText is "at 12 months" for a horizon of a whole number of
// months, else "after N days".
func horizonText(h time.Duration) string { return "after " + durationText(h) }

func durationText(h time.Duration) string {
	days := h.Hours() / 24
	if m := days / monthDays; math.Abs(m-math.Round(m)) < 0.02 {
		return strconv.Itoa(int(math.Round(m))) + " months"
	}
	return strconv.FormatFloat(days, 'f', -1, 64) + " days"
}

// maxListed bounds the errors listed per kind of problem, so that a
// million bad records give a readable error.
const maxListed = 10

// checkReport checks the records and the settings and returns the
// settings with their defaults filled in.
func checkReport(records []Record, cfg Config) (Config, error) {
	var c fault.Collector
	count := map[string]int{}
	add := func(kind string, err *FieldError) {
		count[kind]++
		if count[kind] <= maxListed {
			c.Add(err)
		}
	}
	if len(records) == 0 {
		c.Add(msgNoRecords.At("records", nil))
	}
	if cfg.End.IsZero() {
		c.Add(msgRequired.At("cfg.end", nil))
	}
	if cfg.Horizon < 0 {
		c.Add(msgNegative.At("cfg.horizon", cfg.Horizon))
	}
	cfg.Horizon = cmp.Or(cfg.Horizon, 365*24*time.Hour)
	if cfg.MinN < 0 {
		c.Add(msgNegative.At("cfg.minN", cfg.MinN))
	}
	cfg.MinN = cmp.Or(cfg.MinN, 10)
	switch {
	case cfg.DetectPower == 0:
		cfg.DetectPower = 0.8
	case !(cfg.DetectPower > 0 && cfg.DetectPower < 1):
		c.Add(msgProbability.At("cfg.detectPower", cfg.DetectPower))
	}
	switch {
	case cfg.Confidence == 0:
		cfg.Confidence = 0.95
	case !(cfg.Confidence > 0 && cfg.Confidence < 1):
		c.Add(msgProbability.At("cfg.confidence", cfg.Confidence))
	}
	c.Add(checkAmount("cfg.costPerLeaver", cfg.CostPerLeaver))
	c.Add(checkAmount("cfg.programmeCost", cfg.ProgrammeCost))
	k, kFrom := -1, ""
	if cfg.Matching != nil {
		k, kFrom = len(cfg.Matching.Covariates), "cfg.matching.covariates"
		if k == 0 && len(records) > 0 {
			k, kFrom = len(records[0].Covariates), "records[0].covariates"
		}
	}
	seen := make(map[string]int, len(records))
	for i, rec := range records {
		path := fault.Index("records", i)
		switch first, dup := seen[rec.ID]; {
		case rec.ID == "":
			add("id", msgRequired.At(path+".id", nil))
		case dup:
			add("id", msgDuplicate.New(path+".id", rec.ID, rec.ID, fault.Index("records", first)))
		default:
			seen[rec.ID] = i
		}
		if err := checkDates(path, rec, cfg.End); err != nil {
			add("time", err)
		}
		for _, err := range checkScores(path, rec) {
			add("score", err)
		}
		if k >= 0 {
			if len(rec.Covariates) != k {
				add("cov", msgLength.New(path+".covariates", rec.ID, nil, len(rec.Covariates), k, kFrom))
			}
			for j, v := range rec.Covariates {
				if !finite(v) {
					add("cov", msgNotFinite.New(fault.Index(path+".covariates", j), rec.ID, v))
				}
			}
		}
	}
	return cfg, c.Err()
}

// checkAmount checks a cost: finite and not negative.
func checkAmount(field string, v float64) error {
	switch {
	case !finite(v):
		return msgNotFinite.At(field, v)
	case v < 0:
		return msgNegative.At(field, v)
	}
	return nil
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// checkDates checks a record's start and exit against the report's end.
func checkDates(path string, rec Record, end time.Time) *FieldError {
	switch {
	case rec.Start.IsZero():
		return msgRequired.New(path+".start", rec.ID, nil)
	case !end.IsZero() && rec.Start.After(end):
		return msgAfterEnd.New(path+".start", rec.ID, rec.Start, end.Format(time.DateOnly))
	case !rec.Exit.IsZero() && rec.Exit.Before(rec.Start):
		return msgExitBeforeStart.New(path+".exit", rec.ID, rec.Exit, rec.Start.Format(time.DateOnly))
	case rec.ExitCause > ExitTransferred:
		return msgUnknownCause.New(path+".exitCause", rec.ID, int(rec.ExitCause))
	case rec.ExitCause != ExitUnset && rec.Exit.IsZero():
		return msgCauseWithoutExit.New(path+".exitCause", rec.ID, rec.ExitCause.String())
	}
	return nil
}

// checkScores checks a record's scores, ratings and recommend answer.
func checkScores(path string, rec Record) []*FieldError {
	var errs []*FieldError
	for _, c := range []struct {
		name string
		v    *Change
	}{{".engagement", rec.Engagement}, {".feedback", rec.Feedback}} {
		if c.v == nil {
			continue
		}
		if !finite(c.v.Before) {
			errs = append(errs, msgNotFinite.New(path+c.name+".before", rec.ID, c.v.Before))
		}
		if !finite(c.v.After) {
			errs = append(errs, msgNotFinite.New(path+c.name+".after", rec.ID, c.v.After))
		}
	}
	if rec.GASTScore != nil && !finite(*rec.GASTScore) {
		errs = append(errs, msgNotFinite.New(path+".gasTScore", rec.ID, *rec.GASTScore))
	}
	for j, v := range rec.SessionRatings {
		if !finite(v) {
			errs = append(errs, msgNotFinite.New(fault.Index(path+".sessionRatings", j), rec.ID, v))
		}
	}
	if rec.Recommend != nil && (*rec.Recommend < 0 || *rec.Recommend > 10) {
		errs = append(errs, msgBetween.New(path+".recommend", rec.ID, *rec.Recommend, 0, 10))
	}
	return errs
}

// MarshalJSON writes the report by the module's number rule: NaN (a
// figure with too little data, a p-value where no test applies) is "NaN".
func (r Report) MarshalJSON() ([]byte, error) { return jsonx.Marshal(r) }

// UnmarshalJSON reads what MarshalJSON writes.
func (r *Report) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, r) }

// MarshalJSON writes the settings by the module's number rule.
func (c Config) MarshalJSON() ([]byte, error) { return jsonx.Marshal(c) }

// UnmarshalJSON reads what MarshalJSON writes.
func (c *Config) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, c) }

// MarshalJSON writes the record by the module's number rule.
func (r Record) MarshalJSON() ([]byte, error) { return jsonx.Marshal(r) }

// UnmarshalJSON reads what MarshalJSON writes.
func (r *Record) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, r) }

// MarshalJSON writes the change by the module's number rule.
func (c Change) MarshalJSON() ([]byte, error) { return jsonx.Marshal(c) }

// UnmarshalJSON reads what MarshalJSON writes.
func (c *Change) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, c) }
