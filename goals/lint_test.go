package goals

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// corpusGoal is one entry of testdata/lint_corpus.json, the hand-written
// corpus committed before the linter existed.
type corpusGoal struct {
	ID          string `json:"id"`
	Lang        string `json:"lang"`
	Title       string `json:"title"`
	Description string `json:"description"`
	Note        string `json:"note"`
	Findings    []struct {
		Code   string `json:"code"`
		Field  string `json:"field"`
		Words  string `json:"words"`
		Reason string `json:"reason"`
	} `json:"findings"`
}

func loadCorpus(t testing.TB) []corpusGoal {
	t.Helper()
	data, err := os.ReadFile("testdata/lint_corpus.json")
	require.NoError(t, err)
	var c struct {
		Goals []corpusGoal `json:"goals"`
	}
	require.NoError(t, json.Unmarshal(data, &c))
	require.GreaterOrEqual(t, len(c.Goals), 60)
	return c.Goals
}

// lintKey is what the corpus states of a finding.
type lintKey struct{ Code, Field, Words string }

func TestLintCorpus(t *testing.T) {
	for _, g := range loadCorpus(t) {
		t.Run(g.ID, func(t *testing.T) {
			var lang Language
			require.NoError(t, lang.UnmarshalText([]byte(g.Lang)))
			want := []lintKey{}
			for _, f := range g.Findings {
				want = append(want, lintKey{"specific." + f.Code, f.Field, f.Words})
			}
			for _, given := range []Language{lang, Auto} {
				fs, used := Lint(g.Title, g.Description, given)
				if used != lang {
					t.Errorf("Lint(%q, %q, %v) used language %v, want %v", g.Title, g.Description, given, used, lang)
				}
				got := []lintKey{}
				for _, f := range fs {
					got = append(got, lintKey{string(f.Code), f.Field, f.Words})
					text := map[string]string{"title": g.Title, "description": g.Description}[f.Field]
					if f.Field != "" && text[f.Start:f.End] != f.Words {
						t.Errorf("finding %+v: text[%d:%d] = %q, not its words", f, f.Start, f.End, text[f.Start:f.End])
					}
					if f.Message == "" {
						t.Errorf("finding %+v has no message", f)
					}
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("Lint(%q, %q, %v) mismatch (-want +got):\n%s\nnote: %s", g.Title, g.Description, given, diff, g.Note)
				}
			}
		})
	}
}

// TestLintExtra covers rules the corpus does not: a week number is a date,
// not a quantity; currency and ordinal forms.
func TestLintExtra(t *testing.T) {
	tests := []struct {
		title string
		lang  Language
		want  []Code
	}{
		{"In week 12 een betere workshop geven", Dutch, []Code{CodeVagueVerb}},
		// After "elke", "per", "every" or "each" the number is a count, not
		// a week number: "1 artikel" backs "Probeer".
		{"Probeer elke week 1 artikel te lezen", Dutch, nil},
		{"Try to read every week 2 articles", English, nil},
		{"Beter: per week 3 klanten bellen", Dutch, nil},
		// Without such a word it stays a week number, and a date.
		{"Beter presenteren in week 1", Dutch, []Code{CodeVagueVerb}},
		{"Beter onderhandelen: €500 meer per deal", Dutch, nil},
		{"Get better at negotiating: EUR 500 per deal", English, nil},
		{"Improve onboarding by the 1st of June", English, []Code{CodeVagueVerb}},
		{"Improve onboarding 3x faster", English, nil},
		{"Meer omzet: 500€ per maand extra", Dutch, nil},
		{"Soon, within 2 sprints, ship the dashboard", English, nil},
		{"Binnen drie maanden op termijn iets doen", Dutch, nil},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			fs, _ := Lint(tt.title, "", tt.lang)
			var got []Code
			for _, f := range fs {
				got = append(got, f.Code)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Lint(%q) codes mismatch (-want +got):\n%s", tt.title, diff)
			}
		})
	}
}
