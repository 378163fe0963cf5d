package pairing

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/mentoring"
)

func TestSuggestLoadBalancing(t *testing.T) {
	zero := Weights{}
	// Everyone prefers P (0.8) to Q (0.7) to R (0.6); e2 cannot have Q.
	table := tableScorer{}
	var parts []mentoring.Participant
	for _, m := range []string{"P", "Q", "R"} {
		parts = append(parts, pairMentor(pairPerson(m, 20, mentoring.LevelLead), 2))
	}
	for _, e := range []string{"e0", "e1", "e2", "e3"} {
		parts = append(parts, pairMentee(pairPerson(e, 1, mentoring.LevelJunior)))
		table["P/"+e], table["Q/"+e], table["R/"+e] = 0.8, 0.7, 0.6
	}
	cfg := Config{Weights: &zero, Custom: []CustomCriterion{{Scorer: table, Weight: 1}}, Rules: Rules{Bans: []PairRef{{"Q", "e2"}}}}
	p, err := New(pairProg(mentoring.FormatOneToOne, parts...), cfg)
	require.NoError(t, err)

	first := func(balance float64, k int, load map[string]int) []string {
		s, err := p.Suggester(SuggestOptions{K: k, Balance: balance, Load: load})
		require.NoError(t, err)
		var out []string
		for _, e := range []string{"e0", "e2"} {
			sg, err := s.Suggest(e)
			require.NoError(t, err)
			for _, x := range sg {
				out = append(out, e+":"+x.MentorID)
			}
		}
		return out
	}
	// K = 1: all four mentees' best is P, so demand P = 4/2 places = 2,
	// Q = R = 0: popularity P = 1, Q = R = 0.
	// Balance 0.1: rank P = 0.8·0.9 = 0.72 > 0.7: P stays first.
	require.Equal(t, []string{"e0:P", "e2:P"}, first(0.1, 1, nil))
	// Balance 0.2: rank P = 0.64 < Q 0.7 (and < R 0.6? no: 0.64 > 0.6).
	require.Equal(t, []string{"e0:Q", "e2:P"}, first(0.2, 1, nil))
	// Balance 0: by score, all three.
	require.Equal(t, []string{"e0:P", "e0:Q", "e0:R", "e2:P", "e2:R"}, first(0, 3, nil))
	// P full: not suggested.
	require.Equal(t, []string{"e0:Q", "e2:R"}, first(0, 1, map[string]int{"P": 2}))

	s, err := p.Suggester(SuggestOptions{K: 1, Balance: 0.2})
	require.NoError(t, err)
	sg, err := s.Suggest("e0")
	require.NoError(t, err)
	want := []Suggestion{{MentorID: "Q", Score: 0.7, Popularity: 0, Rank: 0.7, FreePlaces: 2, Breakdown: []Contribution{{Criterion: "table", Score: 0.7, Share: 1, Points: 0.7}}}}
	if d := cmp.Diff(want, sg); d != "" {
		t.Errorf("suggestion (-want +got):\n%s", d)
	}

	for _, bad := range []SuggestOptions{{K: -1}, {Balance: 1.5}, {Load: map[string]int{"nobody": 1}}, {Load: map[string]int{"P": 3}}} {
		_, err := p.Suggester(bad)
		require.Error(t, err, "%+v", bad)
		var fe *FieldError
		require.ErrorAs(t, err, &fe)
	}
	_, err = s.Suggest("P")
	require.ErrorIs(t, err, ErrUnknownID)
}
