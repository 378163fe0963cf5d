package synthetic

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/mentoring"
)

func TestOrganisationDeterministicAndValid(t *testing.T) {
	a, err := Organisation(rand.New(rand.NewPCG(1, 2)), Config{People: 500})
	require.NoError(t, err)
	b, err := Organisation(rand.New(rand.NewPCG(1, 2)), Config{People: 500})
	require.NoError(t, err)
	if d := cmp.Diff(a, b); d != "" {
		t.Fatalf("same seed, different organisation (-a +b):\n%s", d)
	}
	c, err := Organisation(rand.New(rand.NewPCG(1, 3)), Config{People: 500})
	require.NoError(t, err)
	require.NotEqual(t, a, c, "another seed gives another organisation")
	require.Len(t, a, 500)
	ids := map[string]int{}
	for i, p := range a {
		require.NoError(t, p.Validate(), "person %d", i)
		ids[p.ID] = i
	}
	require.Len(t, ids, 500)
	// Reporting lines: every manager exists, appears earlier (so there is
	// no cycle), and only the chief executive has none.
	roots := 0
	for i, p := range a {
		if p.ManagerID == "" {
			roots++
			continue
		}
		j, ok := ids[p.ManagerID]
		require.True(t, ok, "manager of %s", p.ID)
		require.Less(t, j, i)
		require.GreaterOrEqual(t, a[j].Seniority.Level, mentoring.LevelSenior, "managers are senior")
	}
	require.Equal(t, 1, roots)
}

func TestProgrammeFormats(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 4))
	org, err := Organisation(rng, Config{People: 200})
	require.NoError(t, err)
	for _, f := range []mentoring.Format{mentoring.FormatOneToOne, mentoring.FormatGroup, mentoring.FormatReverse, mentoring.FormatPeer} {
		t.Run(f.String(), func(t *testing.T) {
			prog, err := Programme(rng, org, ProgrammeConfig{ID: "p-" + f.String(), Format: f, Mentors: 10, Mentees: 30})
			require.NoError(t, err)
			require.NoError(t, prog.Validate())
			require.Len(t, prog.Participants, 40)
			for _, q := range prog.Participants {
				if q.Role == mentoring.RoleReverseMentor {
					for _, o := range q.Offers {
						_, ok := q.Person.SkillLevel(o)
						require.True(t, ok, "a reverse mentor masters the topic offered")
					}
				}
			}
		})
	}
}

func TestBadConfig(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	for _, cfg := range []Config{{People: -1}, {SpanOfControl: 1}, {Sites: []Site{}}, {Departments: []Department{{Name: "x"}}}} {
		_, err := Organisation(rng, cfg)
		require.ErrorIs(t, err, ErrConfig, "%+v", cfg)
		var fe *FieldError
		require.True(t, errors.As(err, &fe))
		require.NotEmpty(t, fe.Code)
	}
	_, err := Organisation(nil, Config{})
	require.ErrorIs(t, err, ErrConfig)
	org, err := Organisation(rng, Config{People: 20})
	require.NoError(t, err)
	for _, pc := range []ProgrammeConfig{{Mentors: 0, Mentees: 3}, {Mentors: 15, Mentees: 15}, {Format: mentoring.FormatFlash, Mentors: 1, Mentees: 1}, {Mentors: 1, Mentees: 1, MaxCapacity: 101}} {
		_, err := Programme(rng, org, pc)
		require.ErrorIs(t, err, ErrConfig, "%+v", pc)
	}
}

// TestOrganisationRepeatedTerms: a site language or a department skill
// that repeats another as words ("EN" and the added "en", "go" and "Go",
// a department's "Feedback" and the common "feedback") is used once, so
// every person still passes Person.Validate (before, people got
// languages ["EN", "en"] and skills twice, which Validate rejects as
// duplicates); a language or skill with no words is a ConfigError.
func TestOrganisationRepeatedTerms(t *testing.T) {
	cfg := Config{People: 40,
		Sites:       []Site{{Name: "A", Languages: []string{"EN", "nl", "NL"}}},
		Departments: []Department{{Name: "X", Skills: []string{"Feedback", "Go", "go", "Coördinatie"}}},
	}
	for seed := range uint64(20) {
		org, err := Organisation(rand.New(rand.NewPCG(seed, 1)), cfg)
		require.NoError(t, err)
		for i, p := range org {
			require.NoError(t, p.Validate(), "seed %d person %d", seed, i)
		}
	}
	_, err := Organisation(rand.New(rand.NewPCG(1, 1)), Config{
		Sites:       []Site{{Name: "A", Languages: []string{"en", " "}}},
		Departments: []Department{{Name: "X", Skills: []string{"--"}}},
	})
	require.ErrorIs(t, err, ErrConfig)
	require.ErrorContains(t, err, "sites[0].languages[1]")
	require.ErrorContains(t, err, "departments[0].skills[0]")
}
