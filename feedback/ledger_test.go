package feedback

import (
	"fmt"
	"testing"
	"time"

	"github.com/mentorkit/mentorkit/internal/jsontest"
	"github.com/stretchr/testify/require"
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
	requireField(t, err, "ledger.survey", "ledgerSurvey")

	lower := spec
	lower.Policy.MinRespondents = 3
	_, _, err = BuildReportLedger(in, rs, lower, led, "lower")
	require.ErrorIs(t, err, ErrOutOfRange)
	requireField(t, err, "spec.policy.minRespondents", "thresholdLowered")

	lower.Override = &ThresholdOverride{From: 5, To: 3, By: "works council", Reason: "pilot of three-person teams",
		At: time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)}
	_, led2, err := BuildReportLedger(in, rs, lower, led, "lower")
	require.NoError(t, err)
	require.Equal(t, 3, led2.MinRespondents)
	require.Equal(t, []ThresholdOverride{*lower.Override}, led2.Overrides)

	lower.Override = &ThresholdOverride{From: 4, To: 3, By: "x", Reason: "y"}
	_, _, err = BuildReportLedger(in, rs, lower, led, "lower")
	requireField(t, err, "spec.override", "overrideMismatch")
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
