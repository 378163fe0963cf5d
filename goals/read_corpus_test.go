package goals

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// readCase is one entry of testdata/read_corpus.json, written by hand
// before Read existed (see the file's rules).
type readCase struct {
	ID         string    `json:"id"`
	Lang       string    `json:"lang"`
	Now        string    `json:"now"`
	Text       string    `json:"text"`
	Desc       string    `json:"desc"`
	MonthFirst bool      `json:"monthFirst"`
	Links      []Link    `json:"links"`
	Numbers    []float64 `json:"numbers"`
	Unit       string    `json:"unit"`
	Baseline   *float64  `json:"baseline"`
	Target     *float64  `json:"target"`
	Direction  string    `json:"direction"`
	Due        string    `json:"due"`
	Inferred   bool      `json:"inferred"`
	Approx     bool      `json:"approx"`
	Met        string    `json:"met"`
}

// readFacts is what the corpus states of a goal, in one comparable value.
type readFacts struct {
	Lang             string
	Numbers          []float64
	Unit             string
	Baseline, Target *float64
	Direction        string
	Due              string
	Inferred, Approx bool
	Met              string
}

// corpusNow is the default moment of the corpus: Monday 7 December 2026,
// 10:00 in Amsterdam.
var corpusNow = time.Date(2026, time.December, 7, 10, 0, 0, 0, amsterdam())

func amsterdam() *time.Location {
	l, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		return time.FixedZone("CET", 3600)
	}
	return l
}

// TestReadCorpus reads every goal of the corpus and checks it with the
// form fields empty; every fact and every letter must agree with the
// careful reader's. It logs the agreement per language.
func TestReadCorpus(t *testing.T) {
	data, err := os.ReadFile("testdata/read_corpus.json")
	require.NoError(t, err)
	var c struct {
		Goals []readCase `json:"goals"`
	}
	require.NoError(t, json.Unmarshal(data, &c))
	require.GreaterOrEqual(t, len(c.Goals), 80)
	passed, total := map[string]int{}, map[string]int{}
	for _, g := range c.Goals {
		now := corpusNow
		if g.Now != "" {
			now, err = time.Parse(time.RFC3339, g.Now)
			require.NoError(t, err)
			now = now.In(amsterdam())
		}
		want := readFacts{Lang: g.Lang, Numbers: g.Numbers, Unit: g.Unit, Baseline: g.Baseline, Target: g.Target,
			Direction: g.Direction, Due: g.Due, Inferred: g.Inferred, Approx: g.Approx, Met: g.Met}
		r, err := Read(g.Text, g.Desc, ReadOptions{Now: now, MonthFirst: g.MonthFirst})
		require.NoError(t, err)
		got := readFacts{Lang: r.Language.String(), Numbers: []float64{}}
		for _, q := range r.Quantities {
			got.Numbers = append(got.Numbers, q.Value)
		}
		if r.Target != nil {
			got.Unit, got.Target = strings.ToLower(r.Target.Unit), Float(r.Target.Value)
		}
		if r.Baseline != nil {
			got.Baseline = Float(r.Baseline.Value)
		}
		if r.Direction != DirectionUnset {
			got.Direction = r.Direction.String()
		}
		if r.Deadline != nil {
			got.Due = r.Deadline.Due.Format(time.DateOnly)
			got.Inferred, got.Approx = r.Deadline.InferredYear, r.Deadline.Approximate
		}
		rep := Check(Goal{Title: g.Text, Description: g.Desc, Links: g.Links},
			CheckOptions{Now: now, MonthFirst: g.MonthFirst})
		for _, l := range rep.Letters {
			if l.Met {
				got.Met += l.Letter
			}
		}
		total[g.Lang]++
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s %q (-careful reader +Read/Check):\n%s", g.ID, g.Text, diff)
			continue
		}
		passed[g.Lang]++
	}
	t.Logf("corpus agreement: %d/%d overall; Dutch %d/%d, English %d/%d",
		passed["nl"]+passed["en"], total["nl"]+total["en"], passed["nl"], total["nl"], passed["en"], total["en"])
}
