package report_test

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/mentorkit/mentorkit/evaluation/report"
	"github.com/mentorkit/mentorkit/internal/jsontest"
)

// causeRecords: 10 others and 10 mentored, all starting at day0, the
// report two years later. Exits (months after start, cause):
//
//	others:   1 left, 2 left, 3 left, 4 promoted away, 5 transferred, 18 left
//	mentored: 2 left, 3 promoted away, 6 promoted away, 20 transferred
//
// Engagement before/after for five of each: the changes are 0, 1, 2, 1, 1
// for the mentored (mean 1) and 0, 0, 1, −1, 0 for the others (mean 0).
func causeRecords() []report.Record {
	type exit struct {
		months int
		cause  report.ExitCause
	}
	others := []exit{{1, report.ExitLeft}, {2, report.ExitLeft}, {3, report.ExitLeft}, {4, report.ExitPromotedAway}, {5, report.ExitTransferred}, {18, report.ExitLeft}}
	mentored := []exit{{2, report.ExitLeft}, {3, report.ExitPromotedAway}, {6, report.ExitPromotedAway}, {20, report.ExitTransferred}}
	changeM := []float64{0, 1, 2, 1, 1}
	changeO := []float64{0, 0, 1, -1, 0}
	var recs []report.Record
	for g, exits := range [][]exit{others, mentored} {
		for i := range 10 {
			r := report.Record{ID: fmt.Sprintf("%c%d", "om"[g], i), Mentored: g == 1, Start: day0}
			if i < len(exits) {
				r.Exit, r.ExitCause = day0.AddDate(0, exits[i].months, 0), exits[i].cause
			}
			if i >= 5 {
				before := 3 + 0.1*float64(i+5*g)
				change := changeO
				if g == 1 {
					change = changeM
				}
				r.Engagement = &report.Change{Before: before, After: before + change[i-5]}
			}
			recs = append(recs, r)
		}
	}
	return recs
}

// TestExitsByCause checks the cumulative incidence by hand: no one is
// censored before the horizon (365 days), so the Aalen–Johansen estimate
// of a cause is the share of each group that left by that cause within
// it (the 18- and 20-month exits come after): left 1/10 mentored against
// 3/10 others, promoted away 2/10 against 1/10, transferred 0 against 1/10.
// Gray's p-values and the variances are R cmprsk 2.2-11 cuminc on the same
// data, a consistency check of the wrapped function (its own tests hold
// the reference cases): p 0.1374406, 0.5460365, 0.9708492; var left
// 0.01 and 0.02370563.
func TestExitsByCause(t *testing.T) {
	cfg := report.Config{End: day0.AddDate(2, 0, 0), MinN: 5}
	rep, err := report.New(causeRecords(), cfg)
	require.NoError(t, err)
	type row struct {
		Name  string
		Value float64
		P     float64
	}
	var got []row
	for _, f := range rep.Exits {
		got = append(got, row{f.Name, f.Value, f.PValue})
	}
	nan := math.NaN()
	want := []row{
		{"left the organisation within 12 months, mentored", 0.1, nan},
		{"left the organisation within 12 months, others", 0.3, nan},
		{"left the organisation within 12 months, difference (mentored − others)", -0.2, 0.1374406},
		{"promoted away within 12 months, mentored", 0.2, nan},
		{"promoted away within 12 months, others", 0.1, nan},
		{"promoted away within 12 months, difference (mentored − others)", 0.1, 0.5460365},
		{"transferred within 12 months, mentored", 0, nan},
		{"transferred within 12 months, others", 0.1, nan},
		{"transferred within 12 months, difference (mentored − others)", -0.1, 0.9708492},
	}
	if d := cmp.Diff(want, got, cmpopts.EquateApprox(0, 1e-6), cmpopts.EquateNaNs()); d != "" {
		t.Errorf("exits by cause (-want +got):\n%s", d)
	}
	// The difference's interval: −0.2 ± 1.959964·√(0.01 + 0.02370563).
	d := rep.Exits[2]
	half := 1.959964 * math.Sqrt(0.01+0.02370563)
	require.InDelta(t, -0.2-half, d.Lower, 1e-6)
	require.InDelta(t, -0.2+half, d.Upper, 1e-6)
	require.Equal(t, 10, d.N)
	require.Equal(t, 10, d.N2)
	require.NotNil(t, rep.Incidence)
	require.Len(t, rep.Incidence.Tests, 3)

	text := rep.String()
	require.Contains(t, text, "Exits by cause")
	require.Contains(t, text, "promoted away within 12 months, difference (mentored − others)")
	require.Contains(t, text, "Causal estimates")
	jsontest.RoundTrip(t, rep)
}

// TestDiffInDiffByHand: every record with engagement has both scores, so
// the DiD estimate is the difference of the mean changes, 1 − 0 = 1, and
// its cluster-robust (HC1, by person) variance reduces to
// G/(G−1)·(n−1)/(n−k)·(SS_T/n_T² + SS_C/n_C²) with G = 10 people, n = 20
// rows, k = 4 terms and sums of squares of the changes about their means
// SS_T = SS_C = 2: 10/9·19/16·(2/25 + 2/25) = 0.2111…, SE 0.459468 (R's
// lm with the sandwich written out gives 0.4594683, interval 0.02597073
// to 1.974029 on 16 df, p 0.04484686).
func TestDiffInDiffByHand(t *testing.T) {
	rep, err := report.New(causeRecords(), report.Config{End: day0.AddDate(2, 0, 0), MinN: 5})
	require.NoError(t, err)
	require.NotNil(t, rep.DiD)
	f := rep.Causal[0]
	require.Equal(t, "engagement, difference in differences (mentored − others)", f.Name)
	require.True(t, f.Enough)
	require.Equal(t, [2]int{5, 5}, [2]int{f.N, f.N2})
	require.InDelta(t, 1, f.Value, 1e-12)
	se := math.Sqrt(10.0 / 9 * 19 / 16 * (2.0/25 + 2.0/25))
	require.InDelta(t, se, rep.DiD.Effect.Cluster.SE, 1e-12)
	require.InDelta(t, 0.02597073, f.Lower, 1e-7)
	require.InDelta(t, 1.974029, f.Upper, 1e-6)
	require.InDelta(t, 0.04484686, f.PValue, 1e-7)
	// Without a matched comparison there is no Γ.
	g := rep.Causal[1]
	require.False(t, g.Enough)
	require.Contains(t, g.Note, "Config.Matching")
}

// TestSensitivityByHand: 12 roles with one mentored and one other person
// each, with equal covariates, so matching within role pairs them. In 9
// pairs only the colleague left within the year, in 1 only the mentee,
// in 2 neither. All differences are ±1, so every rank is the average
// (D+1)/2 of the D = 10 discordant pairs and the normal bound reduces to
// z(Γ) = (P(1+Γ) − ΓD)/√(ΓD) with P = 9 positive pairs. It reaches
// z_0.95 = 1.644854 where √Γ solves x² + z√D·x − P = 0:
// x = (−5.201484 + √(27.05544 + 36))/2 = 1.369636, Γ = 1.875902.
func TestSensitivityByHand(t *testing.T) {
	var recs []report.Record
	for i := range 12 {
		role := fmt.Sprint("r", i)
		m := report.Record{ID: "m" + role, Mentored: true, Role: role, Start: day0, Covariates: []float64{float64(i)}}
		o := report.Record{ID: "o" + role, Role: role, Start: day0, Covariates: []float64{float64(i)}}
		switch {
		case i < 9:
			o.Exit, o.ExitCause = day0.AddDate(0, 3, 0), report.ExitLeft
		case i == 9:
			m.Exit, m.ExitCause = day0.AddDate(0, 3, 0), report.ExitTransferred
		}
		recs = append(recs, m, o)
	}
	rep, err := report.New(recs, report.Config{End: day0.AddDate(2, 0, 0), Matching: &evaluation.MatchConfig{Covariates: []string{"x"}}})
	require.NoError(t, err)
	require.NotNil(t, rep.Matched)
	require.Len(t, rep.Matched.Pairs, 12)
	require.NotNil(t, rep.Sensitivity)
	require.Equal(t, 10, rep.Sensitivity.Pairs)
	g := rep.Causal[len(rep.Causal)-1]
	require.True(t, g.Enough, g.Note)
	require.Equal(t, 12, g.N)
	z, D, P := 1.6448536269514722, 10.0, 9.0
	x := (-z*math.Sqrt(D) + math.Sqrt(z*z*D+4*P)) / 2
	require.InDelta(t, x*x, g.Value, 1e-4)
	require.InDelta(t, 1.875902, g.Value, 1e-4)
	// The adjusted hazard ratio is there beside the plain one.
	require.Len(t, rep.Retention, 5)
	require.Contains(t, rep.Retention[4].Name, "adjusted")
	require.Contains(t, rep.String(), "upper bound of the one-sided p-value at Γ = 1:")
	var l4 []string
	for _, f := range rep.Levels[3].Figures {
		l4 = append(l4, f.Name)
	}
	require.Contains(t, l4, "hazard ratio of leaving (mentored / others)")
	require.Contains(t, l4, g.Name)
	require.Contains(t, rep.String(), "Γ at which the matched retention effect would vanish: 1.88, n = 12, p = ")
	jsontest.RoundTrip(t, rep)
}

// TestExitCausesMissing: without any recorded cause the exits are not
// split (a note says so); exits without a cause among recorded ones form
// a cause of their own.
func TestExitCausesMissing(t *testing.T) {
	recs := causeRecords()
	for i := range recs {
		recs[i].ExitCause = report.ExitUnset
	}
	rep, err := report.New(recs, report.Config{End: day0.AddDate(2, 0, 0), MinN: 5})
	require.NoError(t, err)
	require.Empty(t, rep.Exits)
	require.Nil(t, rep.Incidence)
	require.Contains(t, strings.Join(rep.Notes, "\n"), "no exit has a recorded cause")

	recs = causeRecords()
	recs[0].ExitCause = report.ExitUnset // o0, left at 1 month
	rep, err = report.New(recs, report.Config{End: day0.AddDate(2, 0, 0), MinN: 5})
	require.NoError(t, err)
	var names []string
	for _, f := range rep.Exits {
		names = append(names, f.Name)
	}
	require.Contains(t, names, "exit with no cause recorded within 12 months, others")
	require.InDelta(t, 0.2, rep.Exits[1].Value, 1e-12) // others left: 2 of 10 now
}

// TestExitCauseErrors: a cause without an exit and an undeclared cause
// are field errors; a cause with an exit after the end is fine (still
// employed at End).
func TestExitCauseErrors(t *testing.T) {
	recs := []report.Record{
		{ID: "a", Start: day0, ExitCause: report.ExitLeft},
		{ID: "b", Start: day0, Exit: day0.AddDate(0, 1, 0), ExitCause: 7},
		{ID: "c", Start: day0, Exit: end0.AddDate(1, 0, 0), ExitCause: report.ExitTransferred},
	}
	_, err := report.New(recs, report.Config{End: end0})
	codes := fieldCodes(t, err)
	require.Equal(t, map[string]string{"records[0].exitCause": "causeWithoutExit", "records[1].exitCause": "unknownExitCause"}, codes)
	require.ErrorIs(t, err, report.ErrUnknownEnum)

	var c report.ExitCause
	require.NoError(t, c.UnmarshalText([]byte("PromotedAway")))
	require.Equal(t, report.ExitPromotedAway, c)
	require.ErrorIs(t, c.UnmarshalText([]byte("retired")), report.ErrUnknownEnum)
	text := jsontest.RoundTrip(t, report.Record{ID: "x", Start: day0, Exit: end0, ExitCause: report.ExitTransferred})
	require.Contains(t, text, `"exitCause":"transferred"`)
}

// TestNewSectionsTooLittleData: with MinN above the group sizes every
// figure of the new sections holds NaN and says "too little data".
func TestNewSectionsTooLittleData(t *testing.T) {
	rep, err := report.New(causeRecords(), report.Config{End: day0.AddDate(2, 0, 0), MinN: 11})
	require.NoError(t, err)
	figs := append(append([]report.Figure{rep.Retention[3]}, rep.Exits...), rep.Causal[0])
	require.Len(t, figs, 11)
	for _, f := range figs {
		require.False(t, f.Enough, f.Name)
		require.True(t, math.IsNaN(f.Value) && math.IsNaN(f.Lower) && math.IsNaN(f.Upper) && math.IsNaN(f.PValue), f.Name)
		require.Contains(t, f.Note, "too little data (n = ", f.Name)
	}
	require.NotContains(t, rep.String(), "NaN")
}
