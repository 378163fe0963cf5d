package pairing

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsontest"
	"github.com/mentorkit/mentorkit/mentoring"
)

func TestMessageTable(t *testing.T) {
	require.NoError(t, fault.CheckTable(messages))
}

// TestJSONRoundTrip: every exported result type, built from degenerate
// inputs (no mentees, no mentors, no allowed pair, all unmatched), and
// the configuration survive JSON.
func TestJSONRoundTrip(t *testing.T) {
	mentor := pairMentor(pairPerson("m", 10, mentoring.LevelSenior), 1)
	mentee := pairMentee(pairPerson("e", 1, mentoring.LevelJunior))
	progs := map[string]mentoring.Programme{
		"empty":      pairProg(mentoring.FormatOneToOne),
		"no mentees": pairProg(mentoring.FormatOneToOne, mentor),
		"no mentors": pairProg(mentoring.FormatOneToOne, mentee),
		"one pair":   pairProg(mentoring.FormatOneToOne, mentor, mentee),
		"group":      pairProg(mentoring.FormatGroup, mentor, mentee),
	}
	banned := Config{Rules: Rules{Bans: []PairRef{{"m", "e"}}}, Priority: PriorityParticipation}
	for name, prog := range progs {
		for _, cfg := range []Config{{}, banned} {
			p, err := New(prog, cfg)
			if err != nil { // bans naming absent people
				continue
			}
			res, err := p.Solve()
			require.NoError(t, err, name)
			jsontest.RoundTrip(t, res)
			alts, err := p.Alternatives(AlternativeOptions{K: 2})
			if err == nil {
				jsontest.RoundTrip(t, alts)
			}
			s, err := p.Suggester(SuggestOptions{})
			require.NoError(t, err)
			for _, id := range p.menteeIdxIDs() {
				sg, err := s.Suggest(id)
				require.NoError(t, err)
				jsontest.RoundTrip(t, sg)
			}
			if len(p.mentors) > 0 && len(p.mentees) > 0 {
				x, err := p.Explain("m", "e")
				require.NoError(t, err)
				jsontest.RoundTrip(t, x)
				w, err := p.WhyNot(res, "m", "e")
				require.NoError(t, err)
				jsontest.RoundTrip(t, w)
			}
		}
	}
	// Non-finite numbers in a result decoded by hand.
	jsontest.RoundTrip(t, Result{MeanScore: math.NaN(), Pairs: []Match{{Score: math.Inf(1), Breakdown: []Contribution{{Criterion: "skills", Score: math.NaN()}}}}, Circles: []Circle{{MentorID: "m", MeanScore: math.NaN()}}})
	jsontest.RoundTrip(t, WhyNot{Bound: math.Inf(1), ObjectiveLoss: math.NaN()})
	jsontest.RoundTrip(t, Change{MenteeID: "e", To: "m"})
	// Stored results and running programmes: empty and degenerate.
	jsontest.RoundTrip(t, Fingerprint{})
	jsontest.RoundTrip(t, ResultDiff{})
	jsontest.RoundTrip(t, ResultDiff{ScoreChange: math.Inf(-1), Matched: []Change{{MenteeID: "e", To: "m"}}})
	jsontest.RoundTrip(t, State{})
	jsontest.RoundTrip(t, Event{})
	jsontest.RoundTrip(t, Tenure{MenteeID: "e"})
	jsontest.RoundTrip(t, Unmatched{ID: "e", Reason: ReasonNoAllowedMentor, Rules: []RuleCount{{RuleBanned, 1}}})

	// Configurations: the zero value, a full one, and custom criteria,
	// which JSON names but whose Scorer it cannot carry.
	w := DefaultWeights()
	jsontest.RoundTrip(t, Config{})
	jsontest.RoundTrip(t, Config{Weights: &w, Priority: PriorityParticipation, MinScore: 0.2, WorkingDayMinutes: 300, Rules: Rules{Locks: []PairRef{{"m", "e"}}}})
	jsontest.RoundTrip(t, SuggestOptions{K: 2, Balance: 0.5, Load: map[string]int{"m": 1}})
	jsontest.RoundTrip(t, AlternativeOptions{K: 2, Bans: []PairRef{{"m", "e"}}})
	b, err := json.Marshal(Config{Custom: []CustomCriterion{{Scorer: constScorer{"culture", 0.5}, Weight: 2}}})
	require.NoError(t, err)
	require.Contains(t, string(b), `"custom":[{"name":"culture","weight":2,"scorer":"omitted"}]`)
	var back Config
	require.NoError(t, json.Unmarshal(b, &back))
	require.Equal(t, "culture", back.Custom[0].Scorer.Name())
	jsontest.RoundTrip(t, back)
	_, err = New(progs["one pair"], back)
	var fe *FieldError
	require.ErrorAs(t, err, &fe)
	require.Equal(t, "scorerMissing", fe.Code)
	require.ErrorIs(t, err, ErrCriterion)
}

// menteeIdxIDs lists the mentees' IDs in index order.
func (p *Pairing) menteeIdxIDs() []string {
	ids := make([]string, len(p.mentees))
	for e := range p.mentees {
		ids[e] = p.menteeID(e)
	}
	return ids
}
