package pairing

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/mentoring"
)

// explainPair builds a one-to-one programme of mentor m and mentee e and
// explains their pair under cfg.
func explainPair(t *testing.T, prog mentoring.Programme, cfg Config) Explanation {
	t.Helper()
	p, err := New(prog, cfg)
	require.NoError(t, err)
	x, err := p.Explain("m", "e")
	require.NoError(t, err)
	return x
}

// criterionScore returns the score of the named criterion in x.
func criterionScore(t *testing.T, x Explanation, c Criterion) float64 {
	t.Helper()
	for _, b := range x.Breakdown {
		if b.Criterion == c.String() {
			return b.Score
		}
	}
	t.Fatalf("no %s in the breakdown", c)
	return 0
}

// TestLanguagesByBaseLanguage: names, tags and regional forms of one
// language are one language for the rule and the criterion.
func TestLanguagesByBaseLanguage(t *testing.T) {
	for _, c := range []struct {
		mentor, mentee []string
		want           []Rule
		score          float64 // overlap coefficient |A ∩ B| / min(|A|, |B|)
	}{
		{[]string{"Nederlands"}, []string{"nl-BE"}, nil, 1},
		{[]string{"Dutch", "English"}, []string{"NL"}, nil, 1},         // 1 / min(2, 1)
		{[]string{"Vlaams", "Engels"}, []string{"nl", "fr"}, nil, 0.5}, // 1 / min(2, 2)
		{[]string{"Dutch"}, []string{"English"}, []Rule{RuleNoSharedLanguage}, 0},
	} {
		m := pairMentor(pairPerson("m", 10, mentoring.LevelSenior), 1)
		e := pairMentee(pairPerson("e", 2, mentoring.LevelJunior))
		m.Person.Languages, e.Person.Languages = c.mentor, c.mentee
		x := explainPair(t, pairProg(mentoring.FormatOneToOne, m, e), Config{Rules: Rules{SharedLanguage: true}})
		if d := cmp.Diff(c.want, x.Rules); d != "" {
			t.Errorf("%v / %v: rules (-want +got):\n%s", c.mentor, c.mentee, d)
		}
		if got := criterionScore(t, x, CriterionLanguages); got != c.score {
			t.Errorf("%v / %v: languages %v, want %v", c.mentor, c.mentee, got, c.score)
		}
	}
	// An unknown language stops New with the person's ID.
	m := pairMentor(pairPerson("m", 10, mentoring.LevelSenior), 1)
	e := pairMentee(pairPerson("e", 2, mentoring.LevelJunior))
	e.Person.Languages = []string{"klingon"}
	_, err := New(pairProg(mentoring.FormatOneToOne, m, e), Config{})
	require.ErrorIs(t, err, mentoring.ErrUnknownLanguage)
	require.Contains(t, err.Error(), "klingon")
}
