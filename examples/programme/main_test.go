package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/mentoring/synthetic"
)

// TestRun runs the whole year for the default seed and checks lines whose
// values follow from the set-up and the library's documented rules, not
// from an earlier run's output.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	var buf bytes.Buffer
	require.NoError(t, run(&buf, 2026, dir))
	out := buf.String()

	t.Run("organisation", func(t *testing.T) {
		// newYear asks synthetic for 300 people over its default departments.
		want := fmt.Sprintf("Organisation: 300 people in %d departments", len(synthetic.DefaultDepartments()))
		require.Contains(t, out, want)
		// The participants drawn, as newYear configures them.
		got := rows(t, out, "programme", "format")
		want2 := [][]string{
			{"Grow (one-to-one)", "one mentor, one mentee", "30", "40", "14 days"},
			{"Reverse mentoring", "junior mentors senior", "8", "12", "28 days"},
			{"Circles (group)", "one mentor, a circle", "5", "24", "28 days"},
		}
		if d := cmp.Diff(want2, got); d != "" {
			t.Errorf("participants (-want +got):\n%s", d)
		}
	})

	t.Run("objectives", func(t *testing.T) {
		// "Betere retentie en meer betrokkenheid, z.s.m." has vague words
		// (S), no metric (M), no link (R) and no due date (T); A is the pace
		// check, which needs a target and check-ins, so it finds nothing.
		require.Regexp(t, `Betere retentie en meer betrokkenheid, z\.s\.m\.\s+- - A - -\s+sent back`, out)
		require.Equal(t, 3, strings.Count(out, "S M A R T  accepted"))
	})

	t.Run("readiness", func(t *testing.T) {
		// Review's rules: a drawn programme lacks objectives, dates,
		// cadence, commitment, guidelines and feedback moments (six
		// blockers) besides one blocker per untrained mentor; set-up fixes
		// the six and training the rest.
		got := rows(t, out, "programme", "blockers as drawn")
		require.Len(t, got, 3)
		for _, r := range got {
			drawn, after, trained, afterTraining := atoi(t, r[1]), atoi(t, r[2]), atoi(t, r[3]), atoi(t, r[4])
			require.Equal(t, 6, drawn-after, "%s: set-up blockers", r[0])
			require.Equal(t, trained, after, "%s: what set-up leaves is one blocker per untrained mentor", r[0])
			require.Equal(t, 0, afterTraining, "%s: after training", r[0])
		}
	})

	t.Run("poor fit", func(t *testing.T) {
		// The poor fit's mentee re-joins with the old mentor forbidden, so
		// a new mentor, if any, is someone else.
		m := regexp.MustCompile(`Poor fit: (Person \d+) \(.*?\) and (Person \d+) `).FindStringSubmatch(out)
		require.NotNil(t, m)
		require.Contains(t, out, "Ended as not a good fit")
		n := regexp.MustCompile(`(Person \d+) \([^)]*\) now mentors ` + m[2] + ` `).FindStringSubmatch(out)
		require.NotNil(t, n, "the mentee is re-matched")
		require.NotEqual(t, m[1], n[1])
	})

	t.Run("goals", func(t *testing.T) {
		// 40 + 12 + 24 mentees, two goals each.
		require.Contains(t, out, "76 mentees drafted a goal")
		require.Contains(t, out, "all 152 goals (two per mentee) pass all five letters")
	})

	t.Run("health thresholds", func(t *testing.T) {
		// The defaults on a 14-day cadence: overdue beyond 1.5 × 14 = 21
		// days, stalled beyond 3 × 14 = 42; initiative 0.5 over 3 sessions;
		// talk share 0.5.
		require.Contains(t, out, "overdue after 21 days without a session and stalled after 42")
		require.Contains(t, out, "initiate under 50% of at least 3 sessions, and talks more when their mean talk share is over 50%")
	})

	t.Run("health covers what runs", func(t *testing.T) {
		running := map[string]int{}
		for _, r := range rows(t, out, "programme", "sessions held") {
			if _, seen := running[r[0]]; !seen { // the first half's table comes first
				running[r[0]] = atoi(t, r[2])
			}
		}
		for _, r := range rows(t, out, "programme", "running") {
			require.Equal(t, running[r[0]], atoi(t, r[1]), "%s: relationships assessed at the mid-point", r[0])
		}
	})

	t.Run("relationships end one way each", func(t *testing.T) {
		for _, r := range rows(t, out, "programme", "relationships") {
			total := atoi(t, r[1])
			require.Equal(t, total, atoi(t, r[2])+atoi(t, r[3])+atoi(t, r[4])+atoi(t, r[5]), "%s", r[0])
		}
	})

	t.Run("by programme", func(t *testing.T) {
		// Everyone is in exactly one group: 300 people; the mentees of each
		// programme are the ones it matched.
		got := rows(t, out, "group", "people")
		require.Len(t, got, 4)
		people := 0
		matched := map[string]int{}
		for _, r := range rows(t, out, "programme", "mentees") {
			matched[r[0]] = atoi(t, r[2])
		}
		for _, r := range got {
			people += atoi(t, r[1])
			if r[0] != "not mentored" {
				require.Equal(t, matched[r[0]], atoi(t, r[1]), "%s", r[0])
			}
		}
		require.Equal(t, 300, people)
		require.Contains(t, out, "df = 3") // four groups
	})

	t.Run("mentored are the matched mentees", func(t *testing.T) {
		// Nobody is in two programmes, and a re-matched mentee was matched
		// at the start, so the report's mentored are the matched ones.
		matched := 0
		for _, r := range rows(t, out, "programme", "mentees") {
			matched += atoi(t, r[2])
		}
		m := regexp.MustCompile(`(\d+) mentored, (\d+) others`).FindStringSubmatch(out)
		require.NotNil(t, m)
		require.Equal(t, matched, atoi(t, m[1]))
		require.Equal(t, 300, atoi(t, m[1])+atoi(t, m[2]))
	})

	t.Run("anonymity", func(t *testing.T) {
		// The default policy: no released group under 5 respondents.
		require.Equal(t, 2, strings.Count(out, "groups under 5 are suppressed"))
		cells := 0
		for _, line := range strings.Split(out, "\n") {
			f := regexp.MustCompile(`\s{2,}`).Split(strings.TrimSpace(line), -1)
			if !strings.HasPrefix(line, "  ") || len(f) < 3 || !regexp.MustCompile(`^(all|programme|role)`).MatchString(f[0]) {
				continue
			}
			cells++
			if f[1] != "–" {
				require.GreaterOrEqual(t, atoi(t, f[1]), 5, "released cell %q", line)
			}
		}
		require.Equal(t, 2*12, cells, "1 + 3 + 2 + 3×2 cells per survey")
	})

	t.Run("plots", func(t *testing.T) {
		for _, name := range []string{"retention_km.png", "retention_km.svg", "retention_by_programme.png", "retention_by_programme.svg", "pair_scores.png", "pair_scores.svg"} {
			fi, err := os.Stat(filepath.Join(dir, name))
			require.NoError(t, err)
			require.Positive(t, fi.Size())
		}
		require.Contains(t, out, "Kaplan–Meier curves and pair scores written to "+dir)
	})
}

// TestDeterministic checks that a seed fixes the whole output, and that the
// seed is used.
func TestDeterministic(t *testing.T) {
	dir := t.TempDir()
	runSeed := func(seed uint64) string {
		var buf bytes.Buffer
		require.NoError(t, run(&buf, seed, dir))
		return buf.String()
	}
	a, b := runSeed(7), runSeed(7)
	if d := cmp.Diff(a, b); d != "" {
		t.Fatalf("seed 7 twice (-first +second):\n%s", d)
	}
	require.NotEqual(t, a, runSeed(8))
}

func TestGASLevel(t *testing.T) {
	// The bands of stepGoalResults: under half-way -2, short of the target
	// -1, reached 0, 25% beyond +1, 50% beyond +2.
	for _, c := range []struct {
		raw  float64
		want int
	}{{-0.3, -2}, {0.49, -2}, {0.5, -1}, {0.99, -1}, {1, 0}, {1.24, 0}, {1.25, 1}, {1.5, 2}, {3, 2}} {
		require.Equal(t, c.want, gasLevel(c.raw), "raw %g", c.raw)
	}
}

// rows returns the rows of the first aligned table whose header starts
// with the given columns, until the first line that is not a row.
func rows(t *testing.T, out string, header ...string) [][]string {
	t.Helper()
	split := regexp.MustCompile(`\s{2,}`)
	lines := strings.Split(out, "\n")
	for i, l := range lines {
		f := split.Split(strings.TrimSpace(l), -1)
		if len(f) < len(header) || !slices.Equal(f[:len(header)], header) {
			continue
		}
		var got [][]string
		for _, r := range lines[i+1:] {
			g := split.Split(strings.TrimSpace(r), -1)
			if len(g) != len(f) {
				break
			}
			got = append(got, g)
		}
		return got
	}
	t.Fatalf("no table with header %q", header)
	return nil
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	require.NoError(t, err, "number %q", s)
	return n
}
