package goals

import (
	"encoding/json"
	"errors"
	"math"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/mentorkit/mentorkit/internal/jsontest"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/stretchr/testify/require"
)

// equalErrors compares two errors as the JSON of their FieldErrors plus
// which of the package's sentinels they wrap: a decoded error holds its
// values as generic JSON values, so that is what a round trip keeps.
func equalErrors(a, b error) bool {
	la, oka := fault.List(a)
	lb, okb := fault.List(b)
	ja, erra := json.Marshal(la)
	jb, errb := json.Marshal(lb)
	if oka != okb || erra != nil || errb != nil || string(ja) != string(jb) {
		return false
	}
	for _, m := range messages {
		if errors.Is(a, m.Err) != errors.Is(b, m.Err) {
			return false
		}
	}
	return true
}

// TestJSONRoundTrip builds every exported result, config and domain type
// from degenerate inputs (nothing given, no check-ins, constant values,
// one check-in, NaN and infinities where a value can hold them) and checks
// that each survives json.Marshal and json.Unmarshal unchanged.
func TestJSONRoundTrip(t *testing.T) {
	flat := sessionsGoal()
	flat.Commitment = Committed
	constant := []CheckIn{{Time: date(2026, 2, 1), Value: 2}, {Time: date(2026, 3, 1), Value: 2}}
	within := sessionsGoal()
	within.Direction, within.Target, within.Band = Within, nil, &Band{Min: 1, Max: 3}

	// Goals and their parts.
	jsontest.RoundTrip(t, Goal{})
	jsontest.RoundTrip(t, flat)
	jsontest.RoundTrip(t, within)
	jsontest.RoundTrip(t, Goal{Title: "x", Baseline: Float(math.NaN()),
		Target: Float(math.Inf(1)), Band: &Band{Min: math.Inf(-1), Max: math.NaN()}, Weight: math.NaN(),
		Milestones: []Milestone{{}}, Links: []Link{{}}})
	jsontest.RoundTrip(t, Band{})
	jsontest.RoundTrip(t, Milestone{})
	jsontest.RoundTrip(t, Link{})
	jsontest.RoundTrip(t, CheckIn{})
	jsontest.RoundTrip(t, CheckIn{Time: date(2026, 1, 1), Value: math.NaN(), Confidence: Float(math.Inf(1))})
	jsontest.RoundTrip(t, []CheckIn{})

	// Configs.
	jsontest.RoundTrip(t, StatusConfig{})
	jsontest.RoundTrip(t, StatusConfig{BehindGap: math.NaN(), AtRiskGap: math.Inf(1)})
	jsontest.RoundTrip(t, CheckOptions{})
	jsontest.RoundTrip(t, CheckOptions{Now: date(2026, 3, 1), Language: Dutch, MessageLanguage: English,
		CheckIns: constant, ProgrammeStart: date(2026, 1, 1), Objectives: []string{}, Reading: ReadingDoran,
		RateFactor: math.NaN()})
	jsontest.RoundTrip(t, Reading{})

	// Results of the progress functions on degenerate input.
	p, err := Track(flat, nil, date(2026, 1, 1), StatusConfig{})
	require.NoError(t, err) // no check-ins: the baseline, at the start
	jsontest.RoundTrip(t, p)
	p, err = Track(within, constant, date(2026, 6, 1), StatusConfig{})
	require.NoError(t, err)
	jsontest.RoundTrip(t, p)
	jsontest.RoundTrip(t, Progress{Current: math.NaN(), Raw: math.Inf(-1), Fraction: math.NaN(), Expected: math.NaN()})

	f, err := Forecast(flat, constant)
	require.NoError(t, err) // a flat line
	jsontest.RoundTrip(t, f)
	_, err = Forecast(flat, constant[:1])
	require.ErrorIs(t, err, ErrTooFewCheckIns)
	// Where no forecast exists, a caller that stores one writes NaN.
	jsontest.RoundTrip(t, Projection{Value: math.NaN(), SlopePerDay: math.NaN(), Fraction: math.NaN()})

	d, err := FourPoint(flat, constant)
	require.ErrorIs(t, err, ErrTooFewCheckIns)
	jsontest.RoundTrip(t, d)
	jsontest.RoundTrip(t, RaiseGoal)

	gr, err := FinalGrade(flat, constant[:1])
	require.NoError(t, err) // one check-in
	jsontest.RoundTrip(t, gr)
	jsontest.RoundTrip(t, Grade{Score: math.NaN(), Value: math.Inf(1)})

	// Check and Lint on nothing, and on malformed input.
	jsontest.RoundTrip(t, Check(Goal{}, CheckOptions{}), cmp.Comparer(equalErrors))
	bad := Goal{ID: "g-bad", Title: "x", Direction: Direction(9), Baseline: Float(math.NaN()), Due: date(2026, 1, 1), Start: date(2026, 2, 1)}
	r := Check(bad, CheckOptions{CheckIns: []CheckIn{{Value: math.Inf(1), Confidence: Float(2)}}})
	require.Error(t, r.Invalid)
	jsontest.RoundTrip(t, r, cmp.Comparer(equalErrors))
	jsontest.RoundTrip(t, Check(flat, CheckOptions{Now: date(2026, 3, 1), CheckIns: constant, MessageLanguage: Dutch}))
	fs, _ := Lint("", "", Auto)
	jsontest.RoundTrip(t, fs)
	jsontest.RoundTrip(t, LetterReport{})
	jsontest.RoundTrip(t, Finding{})

	// Reading text: nothing, a full goal, a report with facts from the text.
	jsontest.RoundTrip(t, ReadOptions{})
	jsontest.RoundTrip(t, ReadOptions{Language: Dutch, Now: date(2026, 12, 7), MonthFirst: true, FiscalYearStart: time.April})
	empty, err := Read("", "", ReadOptions{})
	require.NoError(t, err)
	jsontest.RoundTrip(t, empty)
	full, err := Read("Van 3 naar 1 keer per week overwerken, voor eind Q2", "vanaf januari, 😀", ReadOptions{Now: date(2026, 12, 7)})
	require.NoError(t, err)
	require.NotNil(t, full.Deadline)
	jsontest.RoundTrip(t, full)
	jsontest.RoundTrip(t, Quantity{Value: math.NaN()})
	jsontest.RoundTrip(t, DateRef{})
	jsontest.RoundTrip(t, Check(Goal{Title: full.Suggested.Title}, CheckOptions{Now: date(2026, 12, 7)}))
}

// TestReportJSONRestoresSentinels: a decoded report's Invalid still
// matches the package's sentinels and names the goal.
func TestReportJSONRestoresSentinels(t *testing.T) {
	g := Goal{ID: "g1", Title: " ", Weight: -1, Start: date(2026, 2, 1), Due: date(2026, 1, 1)}
	data, err := json.Marshal(Check(g, CheckOptions{}))
	require.NoError(t, err)
	var back Report
	require.NoError(t, json.Unmarshal(data, &back))
	for _, s := range []error{ErrMissing, ErrOutOfRange, ErrTimeOrder} {
		require.ErrorIs(t, back.Invalid, s)
	}
	var fe *FieldError
	require.True(t, errors.As(back.Invalid, &fe))
	require.Equal(t, "g1", fe.ID)
	require.Equal(t, "required", fe.Code)
	require.Equal(t, "is verplicht", fe.Text.NL)
}

// TestJSONNames: stable lowerCamel names, non-finite numbers as strings.
func TestJSONNames(t *testing.T) {
	data, err := json.Marshal(Progress{Current: math.NaN(), Raw: math.Inf(1), Status: AtRisk, CheckIns: 2})
	require.NoError(t, err)
	require.JSONEq(t, `{"current":"NaN","fraction":0,"raw":"Infinity","expected":0,"status":"atRisk","checkIns":2}`, string(data))
	data, err = json.Marshal(CheckOptions{Now: time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC), RateFactor: 2, Reading: ReadingDutch})
	require.NoError(t, err)
	var raw map[string]any
	require.NoError(t, json.Unmarshal(data, &raw))
	for _, k := range []string{"now", "checkIns", "objectives", "reading", "rateFactor"} {
		require.Contains(t, raw, k)
	}
	for _, k := range []string{"programmeStart", "programmeEnd"} {
		require.NotContains(t, raw, k, "an unset time is left out (omitzero)")
	}
	require.Equal(t, map[string]any{"a": "acceptable", "r": "realistic"}, raw["reading"])
}
