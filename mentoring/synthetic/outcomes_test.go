package synthetic

import (
	"errors"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsontest"
	"github.com/mentorkit/mentorkit/mentoring"
)

var outcomeStart = time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)

func TestOutcomesDeterministicAndShaped(t *testing.T) {
	people, err := Organisation(rand.New(rand.NewPCG(7, 7)), Config{People: 2000})
	require.NoError(t, err)
	before := cloneIDs(people)
	gen := func(seed uint64) []OutcomeRecord {
		recs, err := Outcomes(rand.New(rand.NewPCG(seed, 1)), people, OutcomeConfig{Start: outcomeStart, Mentored: 300})
		require.NoError(t, err)
		return recs
	}
	a, b := gen(1), gen(1)
	if d := cmp.Diff(a, b, cmpopts.EquateNaNs()); d != "" {
		t.Fatalf("same seed, different records (-a +b):\n%s", d)
	}
	require.Equal(t, before, cloneIDs(people), "people modified")
	require.Len(t, a, 2000)

	end := outcomeStart.AddDate(3, 0, 0).Add(48 * time.Hour)
	var mentored, leftM, leftO int
	var selfM, selfO float64
	for i, r := range a {
		require.Equal(t, people[i].ID, r.PersonID)
		if !r.Exit.IsZero() {
			require.True(t, r.Exit.After(r.Start) || r.Exit.Equal(r.Start), "record %d exits before it starts", i)
			require.True(t, r.Exit.Before(end), "record %d exits after the window", i)
		}
		if r.Mentored {
			mentored++
			selfM += r.SelfEvaluation
			if !r.Exit.IsZero() {
				leftM++
			}
			require.NotEmpty(t, r.SessionRatings, "record %d", i)
			for _, s := range r.SessionRatings {
				require.True(t, s >= 1 && s <= 5)
			}
			require.True(t, r.Recommend >= -1 && r.Recommend <= 10)
		} else {
			selfO += r.SelfEvaluation
			if !r.Exit.IsZero() {
				leftO++
			}
			require.True(t, math.IsNaN(r.GASTScore) && r.SessionRatings == nil && r.Recommend == -1)
		}
		for _, v := range []float64{r.EngagementBefore, r.EngagementAfter, r.FeedbackBefore, r.FeedbackAfter} {
			require.True(t, math.IsNaN(v) || (v >= 1 && v <= 5), "record %d: score %v", i, v)
		}
	}
	require.Equal(t, 300, mentored)
	// The selection bias and the programme effect the doc promises: the
	// mentored are more self-confident, and fewer of them leave.
	require.Greater(t, selfM/300, selfO/1700)
	require.Less(t, float64(leftM)/300, float64(leftO)/1700)
}

func cloneIDs(people []mentoring.Person) []mentoring.Person {
	out := make([]mentoring.Person, len(people))
	for i, p := range people {
		out[i] = p.Clone()
	}
	return out
}

func TestOutcomesBadConfig(t *testing.T) {
	people, err := Organisation(rand.New(rand.NewPCG(1, 1)), Config{People: 20})
	require.NoError(t, err)
	_, err = Outcomes(rand.New(rand.NewPCG(1, 1)), people, OutcomeConfig{Months: 200, Mentored: 21, YearlyExit: 1, HazardRatio: -1})
	require.ErrorIs(t, err, ErrConfig)
	var fe *FieldError
	require.ErrorAs(t, err, &fe)
	list, ok := fault.List(err)
	require.True(t, ok, "every error is a *FieldError")
	var codes []string
	for _, fe := range list {
		codes = append(codes, fe.Field+" "+fe.Code)
	}
	require.Equal(t, []string{"start required", "months zeroOrBetween", "mentored outOfRange",
		"yearlyExit notProbability", "hazardRatio hazardRatio"}, codes)
	_, err = Outcomes(nil, nil, OutcomeConfig{Start: outcomeStart})
	require.True(t, errors.Is(err, ErrConfig))
	require.ErrorContains(t, err, "rng")
	require.ErrorContains(t, err, "people")
}

// TestOutcomesShortWindow: promotions and the one-year engagement score
// are drawn for people still there after a year, so a window of six
// months holds neither (before, about 15 % of 500 people came out
// promoted in a six-month window).
func TestOutcomesShortWindow(t *testing.T) {
	people, err := Organisation(rand.New(rand.NewPCG(7, 7)), Config{People: 500})
	require.NoError(t, err)
	recs, err := Outcomes(rand.New(rand.NewPCG(1, 1)), people, OutcomeConfig{Start: outcomeStart, Months: 6})
	require.NoError(t, err)
	for _, r := range recs {
		require.False(t, r.Promoted, r.PersonID)
		require.True(t, math.IsNaN(r.EngagementAfter), r.PersonID)
	}
}

// TestOutcomesExitCause: a cause exactly for the people who left, drawn
// with the documented shares (70/10/20 % for others, 50/30/20 % for the
// mentored: with 2,000 people over three years a few hundred leave, so
// the shares are checked within generous bounds), and the cause survives
// JSON.
func TestOutcomesExitCause(t *testing.T) {
	people, err := Organisation(rand.New(rand.NewPCG(7, 7)), Config{People: 2000})
	require.NoError(t, err)
	recs, err := Outcomes(rand.New(rand.NewPCG(3, 3)), people, OutcomeConfig{Start: outcomeStart, Mentored: 300})
	require.NoError(t, err)
	var count [2][4]int
	for _, r := range recs {
		require.Equal(t, r.Exit.IsZero(), r.ExitCause == ExitUnset, r.PersonID)
		g := 0
		if r.Mentored {
			g = 1
		}
		count[g][r.ExitCause]++
	}
	share := func(g int, c ExitCause) float64 {
		return float64(count[g][c]) / float64(count[g][1]+count[g][2]+count[g][3])
	}
	require.InDelta(t, 0.7, share(0, ExitLeft), 0.08)
	require.InDelta(t, 0.1, share(0, ExitPromotedAway), 0.06)
	require.InDelta(t, 0.2, share(0, ExitTransferred), 0.07)
	require.Greater(t, share(1, ExitPromotedAway), share(0, ExitPromotedAway))
	require.Less(t, share(1, ExitLeft), share(0, ExitLeft))

	for c := ExitLeft; c <= ExitTransferred; c++ {
		b, err := c.MarshalText()
		require.NoError(t, err)
		var back ExitCause
		require.NoError(t, back.UnmarshalText([]byte(strings.ToUpper(string(b)))))
		require.Equal(t, c, back)
	}
	require.Equal(t, "promotedAway", ExitPromotedAway.String())
	text := jsontest.RoundTrip(t, OutcomeRecord{PersonID: "p1", Start: outcomeStart, Exit: outcomeStart.AddDate(0, 5, 0),
		ExitCause: ExitPromotedAway, EngagementBefore: math.NaN(), EngagementAfter: math.NaN(),
		GASTScore: math.NaN(), FeedbackBefore: math.NaN(), FeedbackAfter: math.NaN(), Recommend: -1})
	require.Contains(t, text, `"exitCause":"promotedAway"`)
	var c ExitCause
	require.ErrorIs(t, c.UnmarshalText([]byte("retired")), mentoring.ErrUnknownEnum)
	_, err = ExitCause(9).MarshalText()
	require.ErrorIs(t, err, mentoring.ErrUnknownEnum)
}
