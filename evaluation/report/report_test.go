package report_test

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/mentorkit/mentorkit/evaluation/report"
	"github.com/mentorkit/mentorkit/internal/fault"
)

var (
	day0 = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	end0 = day0.AddDate(2, 0, 0)
)

func ptr[T any](v T) *T { return &v }

// handRecords: 4 mentored (m1 leaves after 6 months, m4 starts 3 months
// before the end) and 4 others (o1, o2 leave after 2 and 18 months).
// Retention after 12 months counts those observed for 12 months: mentored
// m1 left (0), m2, m3 stayed → 2 of 3 (m4 is left out: too recent);
// others o1 left, o2 (leaves at 18) stayed, o3, o4 stayed → 3 of 4.
func handRecords() []report.Record {
	return []report.Record{
		{ID: "m1", Mentored: true, Role: "IT", Start: day0, Exit: day0.AddDate(0, 6, 0), Promoted: false,
			Engagement: &report.Change{Before: 3, After: 3.5}, GASTScore: ptr(60.0), SessionRatings: []float64{4, 5}, Recommend: ptr(10)},
		{ID: "m2", Mentored: true, Role: "IT", Start: day0, Promoted: true,
			Engagement: &report.Change{Before: 3.2, After: 3.4}, GASTScore: ptr(50.0), SessionRatings: []float64{3}, Recommend: ptr(6),
			Feedback: &report.Change{Before: 3, After: 3.5}},
		{ID: "m3", Mentored: true, Role: "Sales", Start: day0, Promoted: true,
			Engagement: &report.Change{Before: 2.8, After: 3.6}, GASTScore: ptr(55.0), SessionRatings: []float64{4, 4, 4}, Recommend: ptr(9),
			Feedback: &report.Change{Before: 2.5, After: 3.25}},
		{ID: "m4", Mentored: true, Role: "Sales", Start: end0.AddDate(0, -3, 0)},
		{ID: "o1", Role: "IT", Start: day0, Exit: day0.AddDate(0, 2, 0), Engagement: &report.Change{Before: 3, After: 3}},
		{ID: "o2", Role: "IT", Start: day0, Exit: day0.AddDate(0, 18, 0), Engagement: &report.Change{Before: 3.5, After: 3.4}},
		{ID: "o3", Role: "Sales", Start: day0, Promoted: true, Engagement: &report.Change{Before: 4, After: 4.1}},
		{ID: "o4", Role: "Sales", Start: day0, Exit: end0.AddDate(1, 0, 0)}, // leaves after the end: still employed at End
	}
}

func TestReportByHand(t *testing.T) {
	records := handRecords()
	before := fmt.Sprint(records)
	r, err := report.New(records, report.Config{End: end0, MinN: 2, CostPerLeaver: 1000, ProgrammeCost: 50})
	require.NoError(t, err)
	require.Equal(t, before, fmt.Sprint(records), "records modified")
	require.Equal(t, 4, r.NMentored)
	require.Equal(t, 4, r.NOthers)
	require.Equal(t, 365*24*time.Hour, r.Horizon)
	require.Equal(t, 0.95, r.Confidence)

	ret := r.Retention
	require.InDelta(t, 2.0/3, ret[0].Value, 1e-15)
	require.Equal(t, 3, ret[0].N)
	require.InDelta(t, 0.75, ret[1].Value, 1e-15)
	require.Equal(t, 4, ret[1].N)
	require.InDelta(t, 2.0/3-0.75, ret[2].Value, 1e-15)
	nd, err := evaluation.NewcombeInterval(2, 3, 3, 4, 0.95)
	require.NoError(t, err)
	require.Equal(t, []float64{nd.Lower, nd.Upper}, []float64{ret[2].Lower, ret[2].Upper})
	require.Equal(t, []int{3, 4}, []int{ret[2].N, ret[2].N2})
	require.Contains(t, r.Notes[0], "1 people started less than 12 months before the end")

	// Months to leaving: m1 6 months (182 days), m4 censored at 3 months
	// (92 days); o1 2 months (60 days), o2 18 months (547 days), o4
	// censored at the end (731 days).
	mon := func(days float64) float64 { return days / (365.2425 / 12) }
	require.Equal(t, []float64{mon(92), mon(182), mon(731)}, r.Mentored.Time)
	require.Equal(t, []int{1, 0, 2}, r.Mentored.Censored)
	require.Equal(t, []float64{mon(60), mon(547), mon(731)}, r.Others.Time)
	require.Equal(t, []int{1, 1, 0}, r.Others.Died)
	require.InDelta(t, mon(731), r.Tau, 1e-12)
	require.Equal(t, 1, r.LogRank.DF)

	// Promotion: 2 of 4 against 1 of 4.
	require.InDelta(t, 0.5, r.Promotion[0].Value, 1e-15)
	require.InDelta(t, 0.25, r.Promotion[2].Value, 1e-15)
	// Engagement change, mentored: 0.5, 0.2, 0.8 → mean 0.5.
	require.InDelta(t, 0.5, r.Engagement[0].Value, 1e-12)
	require.Equal(t, 3, r.Engagement[0].N)
	// Others: 0, -0.1, 0.1 → mean 0.
	require.InDelta(t, 0, r.Engagement[1].Value, 1e-12)
	// GAS: 60, 50, 55 → 55.
	require.InDelta(t, 55, r.Goals[0].Value, 1e-12)
	require.Len(t, r.Goals, 1)

	// Kirkpatrick: reaction from per-person means 4.5, 3, 4 → 23/6; NPS of
	// 10, 6, 9: (2 - 1)/3 → 33.3.
	require.Len(t, r.Levels, 4)
	l1 := r.Levels[0]
	require.Equal(t, "Reaction", l1.Name)
	require.InDelta(t, 23.0/6, l1.Figures[0].Value, 1e-12)
	require.InDelta(t, 100.0/3, l1.Figures[1].Value, 1e-12)
	require.Contains(t, l1.Sources[0], "6 session ratings of 3 mentored people")
	require.Equal(t, []string{"1 of 4 mentored people rated no session", "1 of 4 mentored people gave no recommend answer"}, l1.Missing)
	l3 := r.Levels[2]
	// 360 change: 0.5 and 0.75 → 0.625.
	require.InDelta(t, 0.625, l3.Figures[0].Value, 1e-12)
	require.Contains(t, l3.Missing, "no 360 feedback of non-mentored people: the change has no comparison group")
	l4 := r.Levels[3]
	require.Contains(t, l4.Missing, "no pre-programme covariates: the comparison is not adjusted for who joins the programme")

	// ROI: retention difference -1/12 over 4 participants is -1/3
	// avoided leavers, -333.3 avoided cost, net -383.3.
	require.NotNil(t, r.ROI)
	require.InDelta(t, -1.0/3, r.ROI.AvoidedLeavers, 1e-12)
	require.InDelta(t, -1000.0/3-50, r.ROI.Net, 1e-9)

	text := r.String()
	for _, s := range []string{"Programme report as at 2026-01-01: 4 mentored, 4 others", "66.7%", "-8.3 pt", "Kirkpatrick", "missing: 1 of 4 mentored people rated no session", "Return on investment"} {
		require.Contains(t, text, s)
	}
}

func TestReportTooLittleData(t *testing.T) {
	r, err := report.New(handRecords(), report.Config{End: end0}) // MinN 10
	require.NoError(t, err)
	for _, figs := range [][]report.Figure{r.Retention, r.Engagement, r.Promotion, r.Goals} {
		for _, f := range figs {
			require.False(t, f.Enough, f.Name)
			require.True(t, math.IsNaN(f.Value) && math.IsNaN(f.Lower) && math.IsNaN(f.Upper), f.Name)
			require.Contains(t, f.Note, "too little data (n = ")
		}
	}
	require.Equal(t, "too little data (n = 3 and 4, at least 10 needed)", r.Retention[2].Note)
	for _, l := range r.Levels {
		require.False(t, l.Enough, l.Name)
	}
	require.Nil(t, r.ROI)
	text := r.String()
	require.Contains(t, text, "1 Reaction: too little data")
	require.Contains(t, text, "4 Results: too little data")
	require.NotContains(t, text, "NaN")
}

// TestReportOrderFree: the records in any order give the same report.
func TestReportOrderFree(t *testing.T) {
	records := syntheticRecords(t, 400, 60)
	cfg := report.Config{End: day0.AddDate(3, 0, 0), CostPerLeaver: 30000, ProgrammeCost: 60000,
		Matching: &evaluation.MatchConfig{Covariates: []string{"tenure", "self"}}}
	a, err := report.New(records, cfg)
	require.NoError(t, err)
	require.NotNil(t, a.Matched)
	rng := rand.New(rand.NewPCG(8, 8))
	shuffled := slices.Clone(records)
	rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	b, err := report.New(shuffled, cfg)
	require.NoError(t, err)
	require.Equal(t, a.String(), b.String())
	require.Contains(t, a.String(), "Matched comparison: ")
	// Balance improves: every |SMD| after matching is below the one before.
	for i, bal := range a.Matched.Before {
		require.Less(t, math.Abs(a.Matched.After[i].SMD), math.Abs(bal.SMD), bal.Covariate)
	}
}

// syntheticRecords makes n records, k mentored, with covariates (tenure,
// self-evaluation) that drive both selection and leaving.
func syntheticRecords(t *testing.T, n, k int) []report.Record {
	t.Helper()
	rng := rand.New(rand.NewPCG(21, 22))
	recs := make([]report.Record, n)
	for i := range recs {
		tenure, self := 10*rng.Float64(), rng.Float64()
		mentored := i < k
		if mentored {
			tenure /= 2
			self = 0.5 + self/2
		}
		rate := 0.02 * math.Exp(-tenure/10-self)
		if mentored {
			rate *= 0.7
		}
		r := report.Record{ID: fmt.Sprintf("e%04d", i), Mentored: mentored, Role: []string{"a", "b", "c"}[i%3],
			Start: day0, Covariates: []float64{tenure, self}, Promoted: rng.Float64() < 0.15}
		if m := rng.ExpFloat64() / rate; m < 36 {
			r.Exit = day0.Add(time.Duration(m * 30 * 24 * float64(time.Hour)))
			r.ExitCause = report.ExitCause(1 + i%3) // no draw: the other fields stay as they were
		}
		b := 3 + rng.NormFloat64()/2
		r.Engagement = &report.Change{Before: b, After: b + 0.1 + rng.NormFloat64()/3}
		if mentored {
			r.GASTScore = ptr(50 + 8*rng.NormFloat64())
			r.SessionRatings = []float64{4, float64(3 + rng.IntN(3))}
			r.Recommend = ptr(rng.IntN(11))
		}
		recs[i] = r
	}
	return recs
}

func TestReportErrors(t *testing.T) {
	bad := []report.Record{
		{ID: "a", Start: day0, Exit: day0.AddDate(0, 0, -1)},
		{ID: "a", Start: end0.AddDate(0, 0, 1)},
		{ID: "", Start: day0, Engagement: &report.Change{Before: math.NaN(), After: 1}},
		{ID: "c", GASTScore: ptr(math.Inf(1)), SessionRatings: []float64{1, math.NaN()}, Recommend: ptr(11)},
		{ID: "d", Start: day0, Covariates: []float64{1}},
	}
	_, err := report.New(bad, report.Config{End: end0, Confidence: 2, MinN: -1, CostPerLeaver: -5,
		Matching: &evaluation.MatchConfig{Covariates: []string{"x", "y"}}})
	require.ErrorIs(t, err, evaluation.ErrOutOfRange)
	require.ErrorIs(t, err, evaluation.ErrLength)
	got := fieldCodes(t, err)
	for field, code := range map[string]string{
		"records[0].exit": "exitBeforeStart", "records[1].id": "duplicate", "records[1].start": "startAfterEnd",
		"records[2].id": "required", "records[2].engagement.before": "notFinite", "records[3].start": "required",
		"records[3].gasTScore": "notFinite", "records[3].sessionRatings[1]": "notFinite", "records[3].recommend": "outOfRange",
		"records[4].covariates": "lengthMismatch", "cfg.confidence": "notProbability", "cfg.minN": "negative",
		"cfg.costPerLeaver": "negative",
	} {
		require.Equal(t, code, got[field], field)
	}
	list, ok := fault.List(err)
	require.True(t, ok, "every error is a *FieldError")
	for _, fe := range list {
		if fe.Field == "records[3].recommend" {
			require.Equal(t, "c", fe.ID)
			require.Equal(t, "moet tussen 0 en 10 liggen", fe.Text.NL)
		}
	}
	_, err = report.New(nil, report.Config{})
	require.ErrorIs(t, err, evaluation.ErrEmpty)
	require.Equal(t, map[string]string{"records": "noRecords", "cfg.end": "required"}, fieldCodes(t, err))
	var fe *report.FieldError
	require.True(t, errors.As(err, &fe))
}

// fieldCodes maps the field of every *FieldError in err to its code.
func fieldCodes(t *testing.T, err error) map[string]string {
	t.Helper()
	list, ok := fault.List(err)
	require.True(t, ok, "not all errors are *FieldError: %v", err)
	m := map[string]string{}
	for _, fe := range list {
		m[fe.Field] = fe.Code
	}
	return m
}

func TestMessages(t *testing.T) {
	require.NoError(t, fault.CheckTable(report.Messages()))
}

func TestReturnOnInvestment(t *testing.T) {
	// 300 participants, retention 12.4 points higher [6.5, 17.8]: 37.2
	// [19.5, 53.4] avoided leavers; at 40,000 each and a cost of 450,000.
	d := evaluation.ProportionDiff{Diff: 0.124, Lower: 0.065, Upper: 0.178, Confidence: 0.95}
	r, err := report.ReturnOnInvestment(d, 300, 40000, 450000)
	require.NoError(t, err)
	require.InDelta(t, 37.2, r.AvoidedLeavers, 1e-9)
	require.InDelta(t, 19.5, r.AvoidedLower, 1e-9)
	require.InDelta(t, 53.4, r.AvoidedUpper, 1e-9)
	require.InDelta(t, 1488000-450000, r.Net, 1e-6)
	require.InDelta(t, 780000-450000, r.NetLower, 1e-6)
	require.InDelta(t, (1488000-450000)/450000.0, r.Ratio, 1e-12)
	free, err := report.ReturnOnInvestment(d, 300, 40000, 0)
	require.NoError(t, err)
	require.True(t, math.IsNaN(free.Ratio))
	_, err = report.ReturnOnInvestment(evaluation.ProportionDiff{Diff: 2, Lower: 3}, 0, math.NaN(), -1)
	require.Equal(t, map[string]string{"participants": "tooSmall", "costPerLeaver": "notFinite", "cost": "negative",
		"retention.diff": "outOfRange", "retention.lower": "outOfRange", "retention": "intervalOrder",
		"retention.confidence": "notProbability"}, fieldCodes(t, err))
}

func FuzzNewReport(f *testing.F) {
	f.Add([]byte{1, 20, 3, 40, 5, 60, 7, 80, 9, 100, 11, 120}, uint8(3))
	f.Fuzz(func(t *testing.T, data []byte, minN uint8) {
		var recs []report.Record
		for i := 0; i+3 < len(data) && i < 400; i += 4 {
			r := report.Record{ID: fmt.Sprint(i), Mentored: data[i]&1 == 1, Role: fmt.Sprint(data[i] >> 6),
				Start: day0.AddDate(0, int(data[i+1]%30), 0), Promoted: data[i+2]&1 == 1, Covariates: []float64{float64(data[i+2])}}
			if data[i+1]&0x80 != 0 {
				r.Exit = r.Start.AddDate(0, int(data[i+3]%40)-2, 0)
				r.ExitCause = report.ExitCause(data[i+2] >> 5 % 5) // 4: undeclared, an error
			}
			if data[i+3]&1 == 1 {
				r.Engagement = &report.Change{Before: float64(data[i+2] % 5), After: float64(data[i+3] % 5)}
				r.Feedback = r.Engagement
				r.GASTScore = ptr(float64(data[i+3]) / 3)
				r.SessionRatings = []float64{float64(data[i] % 5)}
				r.Recommend = ptr(int(data[i+3] % 12))
			}
			recs = append(recs, r)
		}
		rep, err := report.New(recs, report.Config{End: end0, MinN: int(minN % 8), CostPerLeaver: 100,
			Matching: &evaluation.MatchConfig{Calipers: []float64{1}}})
		if err != nil {
			var ie *report.FieldError
			if !errors.As(err, &ie) {
				t.Fatal(err)
			}
			return
		}
		text := rep.String()
		if strings.Contains(text, "NaN") {
			t.Fatalf("NaN in the text:\n%s", text)
		}
	})
}

func ExampleNew() {
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	var records []report.Record
	// 30 mentored people, 3 of whom leave within the year; 60 others, 21
	// of whom leave. statsmodels 0.13.5 gives the Wilson intervals
	// [0.7438, 0.9654] and [0.5236, 0.7583] and Newcombe's [0.0599,
	// 0.3923]; R survival 3.5.3 coxph(Surv(months, left) ~ mentored) the
	// hazard ratio 0.24084 [0.07176, 0.80825].
	for i := range 90 {
		r := report.Record{ID: fmt.Sprintf("p%02d", i), Mentored: i < 30, Start: start}
		if i%10 == 0 || (i >= 30 && i%4 == 1) {
			r.Exit = start.AddDate(0, 1+i%11, 0)
		}
		records = append(records, r)
	}
	rep, err := report.New(records, report.Config{End: start.AddDate(1, 6, 0)})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range rep.Retention {
		fmt.Printf("%s: %.3f [%.3f, %.3f] (n = %d)\n", f.Name, f.Value, f.Lower, f.Upper, f.N)
	}
	fmt.Println(rep.Levels[1].Name+":", rep.Levels[1].Figures[0].Note)
	// Output:
	// retained after 12 months, mentored: 0.900 [0.744, 0.965] (n = 30)
	// retained after 12 months, others: 0.650 [0.524, 0.758] (n = 60)
	// retained after 12 months, difference (mentored − others): 0.250 [0.060, 0.392] (n = 30)
	// hazard ratio of leaving (mentored / others): 0.241 [0.072, 0.808] (n = 30)
	// Learning: too little data (n = 0, at least 10 needed)
}

// 300 participants kept 12.4 percentage points more of their people over
// a year (95% CI 6.5 to 17.8): 37.2 fewer leavers [19.5, 53.4]. At 40,000
// per leaver that avoids 1,488,000 [780,000, 2,136,000]; the programme
// cost 450,000, so the net is 1,038,000 [330,000, 1,686,000], a return of
// 231% [73%, 375%].
func ExampleReturnOnInvestment() {
	retention := evaluation.ProportionDiff{Diff: 0.124, Lower: 0.065, Upper: 0.178, Confidence: 0.95}
	r, err := report.ReturnOnInvestment(retention, 300, 40000, 450000)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("avoided leavers %.1f [%.1f, %.1f]\n", r.AvoidedLeavers, r.AvoidedLower, r.AvoidedUpper)
	fmt.Printf("net %.0f [%.0f, %.0f], ROI %.0f%% [%.0f%%, %.0f%%]\n", r.Net, r.NetLower, r.NetUpper, 100*r.Ratio, 100*r.RatioLower, 100*r.RatioUpper)
	// Output:
	// avoided leavers 37.2 [19.5, 53.4]
	// net 1038000 [330000, 1686000], ROI 231% [73%, 375%]
}
