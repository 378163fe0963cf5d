package feedback

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/internal/faulttest"
	"github.com/mentorkit/mentorkit/internal/jsontest"
)

// ledgerOrg: teams A and B of five; sites cut across them: S = a0..a3 +
// b0, T = a4 + b1..b4. Teams alone and sites alone are safe; together
// A − S = x_a4 − x_b0.
func ledgerOrg() (*Instrument, []Response, Dimension, Dimension) {
	team, site := map[string]string{}, map[string]string{}
	var rs []Response
	for _, t := range []string{"a", "b"} {
		for i := range 5 {
			id := fmt.Sprint(t, i)
			team[id] = t
			site[id] = "T"
			if (t == "a" && i < 4) || (t == "b" && i == 0) {
				site[id] = "S"
			}
			rs = append(rs, answered(id, Mentee, 1+i))
		}
	}
	return oneItem(), rs, keyDim("team", team), keyDim("site", site)
}

func TestBuildReportLedger(t *testing.T) {
	in, rs, team, site := ledgerOrg()
	spec1 := ReportSpec{Dimensions: []Dimension{team, site}, Groupings: []Grouping{{Name: "team", By: []string{"team"}}}}
	rep1, led, err := BuildReportLedger(in, rs, spec1, Ledger{}, "wave 1 by team")
	require.NoError(t, err)
	require.Equal(t, "pulse", led.Survey)
	require.Len(t, led.Releases, 1)
	require.Len(t, led.Releases[0].Rows, 4) // 2 teams × 2 items

	spec2 := ReportSpec{Dimensions: []Dimension{team, site}, Groupings: []Grouping{{Name: "site", By: []string{"site"}}}}
	both := ReportSpec{Dimensions: []Dimension{team, site}, Groupings: append(spec1.Groupings, spec2.Groupings...)}
	combined := func(r2 Report) Report {
		return Report{Cells: append(append([]Cell(nil), rep1.Cells...), r2.Cells...)}
	}
	// Without the ledger, the site report is safe alone but not with the
	// team report already out.
	alone, err := BuildReport(in, rs, spec2)
	require.NoError(t, err)
	c := combined(alone)
	require.NotEmpty(t, attackReport(t, oracleInput{inst: in, rs: rs, spec: both}, &c))
	// With it, the sites are withheld.
	rep2, led2, err := BuildReportLedger(in, rs, spec2, led, "by site")
	require.NoError(t, err)
	c = combined(rep2)
	require.Empty(t, attackReport(t, oracleInput{inst: in, rs: rs, spec: both}, &c))
	for _, cell := range rep2.Cells {
		require.NotZero(t, cell.Items[0].Suppression, cell.String())
	}
	require.Len(t, led2.Releases, 2)
	require.Len(t, led.Releases, 1, "the ledger passed in is not changed")
	jsontest.RoundTrip(t, led2)
}

func TestBuildReportLedgerErrors(t *testing.T) {
	in, rs, team, site := ledgerOrg()
	spec := ReportSpec{Dimensions: []Dimension{team, site}, Groupings: []Grouping{{Name: "team", By: []string{"team"}}}}
	_, led, err := BuildReportLedger(in, rs, spec, Ledger{}, "wave 1")
	require.NoError(t, err)

	_, _, err = BuildReportLedger(in, rs, spec, Ledger{Survey: "other"}, "x")
	require.ErrorIs(t, err, ErrInvalid)
	faulttest.Require(t, err, "ledger.survey", "ledgerSurvey")

	lower := spec
	lower.Policy.MinRespondents = 3
	_, _, err = BuildReportLedger(in, rs, lower, led, "lower")
	require.ErrorIs(t, err, ErrOutOfRange)
	faulttest.Require(t, err, "spec.policy.minRespondents", "thresholdLowered")

	lower.Override = &ThresholdOverride{From: 5, To: 3, By: "works council", Reason: "pilot of three-person teams",
		At: time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)}
	_, led2, err := BuildReportLedger(in, rs, lower, led, "lower")
	require.NoError(t, err)
	require.Equal(t, 3, led2.MinRespondents)
	require.Equal(t, []ThresholdOverride{*lower.Override}, led2.Overrides)

	lower.Override = &ThresholdOverride{From: 4, To: 3, By: "x", Reason: "y"}
	_, _, err = BuildReportLedger(in, rs, lower, led, "lower")
	faulttest.Require(t, err, "spec.override", "overrideMismatch")
}

func TestBuildReportLedgerLaterWave(t *testing.T) {
	// The second wave misses a4: the team row released before still holds
	// a4's earlier answer, an unknown of its own in the check.
	in, rs, team, site := ledgerOrg()
	spec := ReportSpec{Dimensions: []Dimension{team, site}, Groupings: []Grouping{{Name: "team", By: []string{"team"}}}}
	_, led, err := BuildReportLedger(in, rs, spec, Ledger{}, "wave 1")
	require.NoError(t, err)
	var wave2 []Response
	for _, r := range rs {
		if r.Respondent != "a4" {
			wave2 = append(wave2, r)
		}
	}
	spec.Groupings = []Grouping{{Name: "overall"}}
	rep, led2, err := BuildReportLedger(in, wave2, spec, led, "wave 2 overall")
	require.NoError(t, err)
	// overall (9) − team b (5) = team a without a4: four people; released
	// before, team a included a4, so only the new overall is at risk, and
	// the report withholds it.
	c, _ := rep.Find("overall")
	require.NotZero(t, c.Items[0].Suppression)
	require.Len(t, led2.Releases, 2)
}

// subscaleOrg is ledgerOrg with a two-item subscale: teams a and b of five,
// sites S = a0..a3 + b0 and T = a4 + b1..b4; b2 skips q2.
func subscaleOrg() (*Instrument, []Response, []Dimension) {
	in, rs, team, site := ledgerOrg()
	in.Items[0].Subscale, in.Items[1].Subscale = "s", "s"
	for i := range rs {
		if rs[i].Respondent == "b2" {
			rs[i].Answers = rs[i].Answers[:1]
		}
	}
	return in, rs, []Dimension{team, site}
}

func TestBuildReportLedgerSubscales(t *testing.T) {
	in, rs, dims := subscaleOrg()
	byTeam := ReportSpec{Dimensions: dims, Groupings: []Grouping{{Name: "team", By: []string{"team"}}}}
	rep1, led, err := BuildReportLedger(in, rs, byTeam, Ledger{}, "by team")
	require.NoError(t, err)
	a, _ := rep1.Find("team", "a")
	require.Zero(t, a.Subscales[0].Suppression, "team a's five complete answerers: released through the ledger")
	var subRows int
	for _, row := range led.Releases[0].Rows {
		if row.Subscale == "s" {
			subRows++
			require.Empty(t, row.Item)
		}
	}
	require.Equal(t, 1, subRows, "team b has four complete answerers: its score is withheld, team a's recorded")
	jsontest.RoundTrip(t, led)

	// By site after by team: every figure of the two releases together,
	// items and subscale scores, attacked as one report.
	bySite := ReportSpec{Dimensions: dims, Groupings: []Grouping{{Name: "site", By: []string{"site"}}}}
	rep2, led2, err := BuildReportLedger(in, rs, bySite, led, "by site")
	require.NoError(t, err)
	both := ReportSpec{Dimensions: dims, Groupings: append(slices.Clone(byTeam.Groupings), bySite.Groupings...)}
	c := Report{Cells: append(slices.Clone(rep1.Cells), rep2.Cells...)}
	require.Empty(t, attackReport(t, oracleInput{inst: in, rs: rs, spec: both}, &c))
	// Alone, the site report releases subscales the team report exposes.
	alone, err := BuildReport(in, rs, bySite)
	require.NoError(t, err)
	c = Report{Cells: append(slices.Clone(rep1.Cells), alone.Cells...)}
	require.NotEmpty(t, attackReport(t, oracleInput{inst: in, rs: rs, spec: both}, &c))
	require.Len(t, led2.Releases, 2)
}

func TestReleaseCommentsLedger(t *testing.T) {
	in, rs, team, site := ledgerOrg()
	for i := range rs {
		rs[i].Comment = "comment of " + rs[i].Respondent
	}
	dims := []Dimension{team, site}
	byTeam := ReportSpec{Dimensions: dims, Groupings: []Grouping{{Name: "team", By: []string{"team"}}}}
	bySite := ReportSpec{Dimensions: dims, Groupings: []Grouping{{Name: "site", By: []string{"site"}}}}
	rng := rand.New(rand.NewPCG(1, 2))
	g1, led, err := ReleaseCommentsLedger(in, rs, byTeam, 5, rng, Ledger{}, "comments by team")
	require.NoError(t, err)
	for _, g := range g1 {
		require.Zero(t, g.Suppression, g.Key)
	}
	require.Len(t, led.Releases[0].Rows, 2)
	require.True(t, led.Releases[0].Rows[0].Comments)
	jsontest.RoundTrip(t, led)
	// Alone, both sites' comments go out; after the teams', team a minus
	// site S would be a4's comment with b0's: withheld.
	alone, err := ReleaseComments(in, rs, bySite, 5, rng)
	require.NoError(t, err)
	require.Zero(t, alone[0].Suppression)
	g2, led2, err := ReleaseCommentsLedger(in, rs, bySite, 5, rng, led, "comments by site")
	require.NoError(t, err)
	for _, g := range g2 {
		require.NotZero(t, g.Suppression, g.Key)
	}
	require.Len(t, led2.Releases, 2)

	_, _, err = ReleaseCommentsLedger(in, rs, bySite, 5, rng, Ledger{Survey: "other"}, "x")
	faulttest.Require(t, err, "ledger.survey", "ledgerSurvey")
	// Comments and figures share one ledger: a figure release after the
	// comments keeps the comment rows.
	_, led3, err := BuildReportLedger(in, rs, byTeam, led2, "figures by team")
	require.NoError(t, err)
	require.Len(t, led3.Releases, 3)
}

// TestLedgerShapes releases random organisations in two waves of
// different groupings through the ledger and attacks the two reports as
// one: items and subscale scores of both together leak nothing.
func TestLedgerShapes(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 19))
	var released int
	for trial := range 40 {
		in, rs, spec := shapeOrg(rng)
		cut := 1 + rng.IntN(max(1, len(spec.Groupings)))
		first, second := spec, spec
		first.Groupings = spec.Groupings[:min(cut, len(spec.Groupings))]
		second.Groupings = spec.Groupings[min(cut, len(spec.Groupings))-1:]
		rep1, led, err := BuildReportLedger(in, rs, first, Ledger{}, "1")
		require.NoError(t, err)
		rep2, _, err := BuildReportLedger(in, rs, second, led, "2")
		require.NoError(t, err)
		both := spec
		both.Groupings = append(slices.Clone(first.Groupings), second.Groupings...)
		c := Report{Cells: append(slices.Clone(rep1.Cells), rep2.Cells...)}
		t.Run(fmt.Sprint(trial), func(t *testing.T) {
			if leaks := attackReport(t, oracleInput{inst: in, rs: rs, spec: both}, &c); len(leaks) > 0 {
				t.Fatalf("two waves through the ledger leak: %v", leaks)
			}
		})
		for _, cell := range c.Cells {
			for _, s := range cell.Subscales {
				if !cell.Suppressed && s.Suppression == 0 && s.N > 0 {
					released++
				}
			}
		}
	}
	t.Logf("40 two-wave releases: %d subscale scores released", released)
	require.Positive(t, released)
}

// TestLedgerKeyChanged: a grouping of the same name that now puts a
// recorded response in another team, or in none, is refused; a grouping
// of another name may cut the responses any way.
func TestLedgerKeyChanged(t *testing.T) {
	in, rs, team, site := ledgerOrg()
	spec := ReportSpec{Dimensions: []Dimension{team, site}, Groupings: []Grouping{{Name: "team", By: []string{"team"}}}}
	_, led, err := BuildReportLedger(in, rs, spec, Ledger{}, "wave 1")
	require.NoError(t, err)
	moved := map[string]string{}
	for _, r := range rs {
		moved[r.Respondent] = r.Respondent[:1]
	}
	moved["a4"] = "b"
	delete(moved, "b0")
	spec2 := ReportSpec{Dimensions: []Dimension{keyDim("team", moved), site}, Groupings: spec.Groupings}
	_, _, err = BuildReportLedger(in, rs, spec2, led, "wave 2")
	require.ErrorIs(t, err, ErrInvalid)
	var fe *FieldError
	require.ErrorAs(t, err, &fe)
	require.Equal(t, "groupingKeyChanged", fe.Code)
	require.Equal(t, "spec.groupings[0]", fe.Field)
	require.Equal(t, "a4", fe.ID)
	require.Contains(t, err.Error(), "b0", "a response now in no cell is named too")
	_, _, err = ReleaseCommentsLedger(in, rs, spec2, 5, rand.New(rand.NewPCG(1, 1)), led, "comments")
	require.ErrorIs(t, err, ErrInvalid)

	spec2.Groupings = []Grouping{{Name: "team2026", By: []string{"team"}}}
	_, _, err = BuildReportLedger(in, rs, spec2, led, "wave 2")
	require.NoError(t, err)
}
