package report_test

import (
	"math"
	"testing"
	"time"

	"github.com/mentorkit/mentorkit/internal/jsontest"

	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/mentorkit/mentorkit/evaluation/report"
)

// TestJSONRoundTrip: a report with too little data for any figure (NaN
// values and p-values, an empty group, no log-rank test), a full one with
// the matched comparison and the ROI, the records and settings behind
// them, and an ROI with no cost (NaN ratio) marshal and decode back equal.
func TestJSONRoundTrip(t *testing.T) {
	few := []report.Record{{ID: "m1", Mentored: true, Start: day0, Exit: day0.AddDate(0, 3, 0)}}
	r, err := report.New(few, report.Config{End: end0})
	require.NoError(t, err)
	require.False(t, r.Retention[0].Enough)
	require.Contains(t, jsontest.RoundTrip(t, r), `"pValue":"NaN"`)
	jsontest.RoundTrip(t, few)

	cfg := report.Config{End: day0.AddDate(3, 0, 0), Horizon: 180 * 24 * time.Hour, Confidence: 0.9, MinN: 5,
		CostPerLeaver: 30000, ProgrammeCost: 60000,
		Matching: &evaluation.MatchConfig{Covariates: []string{"tenure", "self"}, Calipers: []float64{1, 0}}}
	records := syntheticRecords(t, 120, 30)
	full, err := report.New(records, cfg)
	require.NoError(t, err)
	require.NotNil(t, full.Matched)
	require.NotNil(t, full.ROI)
	jsontest.RoundTrip(t, full)
	jsontest.RoundTrip(t, cfg)
	jsontest.RoundTrip(t, records)
	require.Equal(t, `{"end":"0001-01-01T00:00:00Z"}`, jsontest.RoundTrip(t, report.Config{}))

	roi, err := report.ReturnOnInvestment(evaluation.ProportionDiff{Confidence: 0.95}, 1, 0, 0)
	require.NoError(t, err)
	require.True(t, math.IsNaN(roi.Ratio))
	jsontest.RoundTrip(t, roi)
	jsontest.RoundTrip(t, report.Figure{Name: "x", Value: math.NaN(), Lower: math.Inf(-1), Upper: math.Inf(1), Unit: report.UnitNPS, PValue: math.NaN()})
	jsontest.RoundTrip(t, report.Level{Number: 1, Name: "Reaction"})
	jsontest.RoundTrip(t, report.Change{Before: 1, After: 2})
}
