package synthetic

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/mentoring"
)

func TestMessageTable(t *testing.T) {
	require.NoError(t, fault.CheckTable(messages))
}

// roundTrip marshals v, decodes it into a fresh T and compares the two
// with NaNs equal; it returns the JSON text.
func roundTrip[T any](t *testing.T, name string, v T) string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err, name)
	var got T
	require.NoError(t, json.Unmarshal(b, &got), "%s: %s", name, b)
	if diff := cmp.Diff(v, got, cmpopts.EquateNaNs(), cmpopts.IgnoreUnexported(FieldError{}),
		cmpopts.IgnoreFields(FieldError{}, "Err")); diff != "" {
		t.Errorf("%s: round trip via %s (-want +got):\n%s", name, b, diff)
	}
	return string(b)
}

// TestJSONRoundTripDegenerate builds every exported config and result type
// from degenerate inputs (zero configs, a one-person organisation whose
// only record is all NaN, a non-finite Range) and round-trips it.
func TestJSONRoundTripDegenerate(t *testing.T) {
	roundTrip(t, "Config{}", Config{})
	roundTrip(t, "Config defaults", Config{People: 1, Sites: DefaultSites(), Departments: DefaultDepartments(), SpanOfControl: 2, IDPrefix: "x"})
	roundTrip(t, "Site{}", Site{})
	roundTrip(t, "Department{}", Department{})
	roundTrip(t, "ProgrammeConfig{}", ProgrammeConfig{})
	roundTrip(t, "ProgrammeConfig peer", ProgrammeConfig{Format: mentoring.FormatPeer, Mentors: 1, Mentees: 1})
	roundTrip(t, "OutcomeConfig{}", OutcomeConfig{})
	roundTrip(t, "OutcomeConfig NaN", OutcomeConfig{YearlyExit: math.NaN(), HazardRatio: math.Inf(1)})
	roundTrip(t, "CostConfig{}", CostConfig{})
	text := roundTrip(t, "CostConfig NaN", CostConfig{Family: CostBinary, Range: math.NaN()})
	require.Contains(t, text, `"family":"binary"`)
	require.Contains(t, text, `"range":"NaN"`)
	for _, f := range CostFamilies() {
		roundTrip(t, f.String(), CostConfig{Family: f})
	}

	// A one-person organisation (Mentored 0 picks at least one, so that
	// person is mentored) over a six-month window: no promotion and no
	// engagement after a year, unmeasured scores NaN.
	rng := rand.New(rand.NewPCG(5, 5))
	people, err := Organisation(rng, Config{People: 1})
	require.NoError(t, err)
	recs, err := Outcomes(rng, people, OutcomeConfig{Start: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), Months: 6})
	require.NoError(t, err)
	require.Len(t, recs, 1)
	require.True(t, math.IsNaN(recs[0].EngagementAfter))
	text = roundTrip(t, "OutcomeRecord, short window", recs[0])
	require.Contains(t, text, `"engagementAfter":"NaN"`)
	roundTrip(t, "OutcomeRecord all NaN", OutcomeRecord{
		Years: math.NaN(), SelfEvaluation: math.NaN(), EngagementBefore: math.NaN(), EngagementAfter: math.NaN(),
		GASTScore: math.NaN(), FeedbackBefore: math.NaN(), FeedbackAfter: math.NaN(), Recommend: -1,
	})

	// The errors, with a non-finite value.
	_, err = Costs(nil, CostConfig{Range: math.Inf(-1)})
	list, ok := fault.List(err)
	require.True(t, ok)
	for _, fe := range list {
		roundTrip(t, fe.Field, fe)
	}
}

func TestCostFamilyText(t *testing.T) {
	var f CostFamily
	require.NoError(t, f.UnmarshalText([]byte("Spatial")))
	require.Equal(t, CostSpatial, f)
	require.ErrorIs(t, f.UnmarshalText([]byte("normal")), mentoring.ErrUnknownEnum)
	require.Equal(t, CostSpatial, f, "unchanged on error")
	require.Equal(t, "unset", CostFamily(0).String())
	require.Equal(t, "CostFamily(9)", CostFamily(9).String())
	// Unset reads as uniform: the same matrix.
	a, err := Costs(rand.New(rand.NewPCG(1, 2)), CostConfig{Rows: 3, Cols: 3})
	require.NoError(t, err)
	b, err := Costs(rand.New(rand.NewPCG(1, 2)), CostConfig{Family: CostUniform, Rows: 3, Cols: 3})
	require.NoError(t, err)
	require.Equal(t, a.RawMatrix().Data, b.RawMatrix().Data)
}
