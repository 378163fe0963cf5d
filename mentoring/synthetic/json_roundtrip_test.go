package synthetic

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/mentorkit/mentorkit/internal/jsontest"

	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/mentoring"
)

func TestMessageTable(t *testing.T) {
	require.NoError(t, fault.CheckTable(messages))
}

// TestJSONRoundTripDegenerate builds every exported config and result type
// from degenerate inputs (zero configs, a one-person organisation whose
// only record is all NaN, a non-finite Range) and round-trips it.
func TestJSONRoundTripDegenerate(t *testing.T) {
	jsontest.RoundTrip(t, Config{})
	jsontest.RoundTrip(t, Config{People: 1, Sites: DefaultSites(), Departments: DefaultDepartments(), SpanOfControl: 2, IDPrefix: "x"})
	jsontest.RoundTrip(t, Site{})
	jsontest.RoundTrip(t, Department{})
	jsontest.RoundTrip(t, ProgrammeConfig{})
	jsontest.RoundTrip(t, ProgrammeConfig{Format: mentoring.FormatPeer, Mentors: 1, Mentees: 1})
	jsontest.RoundTrip(t, OutcomeConfig{})
	jsontest.RoundTrip(t, OutcomeConfig{YearlyExit: math.NaN(), HazardRatio: math.Inf(1)})
	jsontest.RoundTrip(t, CostConfig{})
	text := jsontest.RoundTrip(t, CostConfig{Family: CostBinary, Range: math.NaN()})
	require.Contains(t, text, `"family":"binary"`)
	require.Contains(t, text, `"range":"NaN"`)
	for _, f := range CostFamilies() {
		jsontest.RoundTrip(t, CostConfig{Family: f})
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
	text = jsontest.RoundTrip(t, recs[0])
	require.Contains(t, text, `"engagementAfter":"NaN"`)
	jsontest.RoundTrip(t, OutcomeRecord{
		Years: math.NaN(), SelfEvaluation: math.NaN(), EngagementBefore: math.NaN(), EngagementAfter: math.NaN(),
		GASTScore: math.NaN(), FeedbackBefore: math.NaN(), FeedbackAfter: math.NaN(), Recommend: -1,
	})

	// The errors, with a non-finite value.
	_, err = Costs(nil, CostConfig{Range: math.Inf(-1)})
	list, ok := fault.List(err)
	require.True(t, ok)
	for _, fe := range list {
		jsontest.RoundTrip(t, fe)
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
