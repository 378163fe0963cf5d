package fair

import (
	"math/rand/v2"
	"testing"

	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/mentoring"
	"github.com/mentorkit/mentorkit/mentoring/synthetic"
)

// testProgramme builds a seeded synthetic programme of nM mentors (places
// 1 to maxCap) and nE mentees; every mentee gets "gender" f or m and every
// mentor "site" a, b or c, drawn from rng.
func testProgramme(t testing.TB, rng *rand.Rand, nM, nE, maxCap int) (mentoring.Programme, pairing.Config) {
	t.Helper()
	org, err := synthetic.Organisation(rng, synthetic.Config{People: nM + nE + nM/10 + 2})
	if err != nil {
		t.Fatal(err)
	}
	prog, err := synthetic.Programme(rng, org, synthetic.ProgrammeConfig{Mentors: nM, Mentees: nE, MaxCapacity: maxCap})
	if err != nil {
		t.Fatal(err)
	}
	for i := range prog.Participants {
		q := &prog.Participants[i]
		if q.Role == mentoring.RoleMentor {
			q.Person.Attributes = map[string]string{"site": []string{"a", "b", "c"}[rng.IntN(3)]}
		} else {
			q.Person.Attributes = map[string]string{"gender": []string{"f", "m"}[rng.IntN(2)], "team": []string{"x", "y"}[rng.IntN(2)]}
		}
	}
	dir, err := mentoring.NewDirectory(org, mentoring.DirectoryStrict)
	if err != nil {
		t.Fatal(err)
	}
	return prog, pairing.Config{Directory: dir}
}

func intp(v int) *int { return &v }
