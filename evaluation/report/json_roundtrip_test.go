package report_test

import (
	"encoding/json"
	"math"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/mentorkit/mentorkit/evaluation/report"
)

// roundTrip marshals v, decodes it into a fresh T and requires the two to
// be equal (NaN equal to NaN). It returns the JSON.
func roundTrip[T any](t *testing.T, v T) string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	var got T
	require.NoError(t, json.Unmarshal(b, &got), "%s", b)
	if d := cmp.Diff(v, got, cmpopts.EquateNaNs()); d != "" {
		t.Fatalf("round trip of %T (-want +got):\n%s\nJSON: %s", v, d, b)
	}
	return string(b)
}

// TestJSONRoundTrip: a report with too little data for any figure (NaN
// values and p-values, an empty group, no log-rank test), a full one with
// the matched comparison and the ROI, the records and settings behind
// them, and an ROI with no cost (NaN ratio) marshal and decode back equal.
func TestJSONRoundTrip(t *testing.T) {
	few := []report.Record{{ID: "m1", Mentored: true, Start: day0, Exit: day0.AddDate(0, 3, 0)}}
	r, err := report.New(few, report.Config{End: end0})
	require.NoError(t, err)
	require.False(t, r.Retention[0].Enough)
	require.Contains(t, roundTrip(t, r), `"pValue":"NaN"`)
	roundTrip(t, few)

	cfg := report.Config{End: day0.AddDate(3, 0, 0), Horizon: 180 * 24 * time.Hour, Confidence: 0.9, MinN: 5,
		CostPerLeaver: 30000, ProgrammeCost: 60000,
		Matching: &evaluation.MatchConfig{Covariates: []string{"tenure", "self"}, Calipers: []float64{1, 0}}}
	records := syntheticRecords(t, 120, 30)
	full, err := report.New(records, cfg)
	require.NoError(t, err)
	require.NotNil(t, full.Matched)
	require.NotNil(t, full.ROI)
	roundTrip(t, full)
	roundTrip(t, cfg)
	roundTrip(t, records)
	require.Equal(t, `{"end":"0001-01-01T00:00:00Z"}`, roundTrip(t, report.Config{}))

	roi, err := report.ReturnOnInvestment(evaluation.ProportionDiff{Confidence: 0.95}, 1, 0, 0)
	require.NoError(t, err)
	require.True(t, math.IsNaN(roi.Ratio))
	roundTrip(t, roi)
	roundTrip(t, report.Figure{Name: "x", Value: math.NaN(), Lower: math.Inf(-1), Upper: math.Inf(1), Unit: report.UnitNPS, PValue: math.NaN()})
	roundTrip(t, report.Level{Number: 1, Name: "Reaction"})
	roundTrip(t, report.Change{Before: 1, After: 2})
}
