package rounds

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/mentoring"
	"github.com/mentorkit/mentorkit/mentoring/synthetic"
)

// BenchmarkRound: one lexicographic round with a cutoff on a synthetic
// programme whose mentees all wait (spread over 0–12 weeks), mentors of
// capacity up to 3, the organisation's directory and a shared language;
// pairing.New and the score table included.
func BenchmarkRound(b *testing.B) {
	for _, size := range [][2]int{{500, 100}, {2000, 500}} {
		nE, nM := size[0], size[1]
		b.Run(fmt.Sprintf("mentees=%d/mentors=%d", nE, nM), func(b *testing.B) {
			rng := rand.New(rand.NewPCG(1, 2))
			org, err := synthetic.Organisation(rng, synthetic.Config{People: nM + nE + nM/10})
			if err != nil {
				b.Fatal(err)
			}
			prog, err := synthetic.Programme(rng, org, synthetic.ProgrammeConfig{Mentors: nM, Mentees: nE, MaxCapacity: 3})
			if err != nil {
				b.Fatal(err)
			}
			dir, err := mentoring.NewDirectory(org, mentoring.DirectoryStrict)
			if err != nil {
				b.Fatal(err)
			}
			cfg := pairing.Config{Directory: dir, Rules: pairing.Rules{SharedLanguage: true}}
			st := pairing.State{ProgrammeID: prog.ID}
			for _, q := range prog.Participants {
				if q.Role == mentoring.RoleMentee {
					st.Waiting = append(st.Waiting, pairing.Tenure{MenteeID: q.Person.ID, Since: now0.Add(-Week * 12 * time.Duration(rng.IntN(1000)) / 1000)})
				}
			}
			b.ResetTimer()
			for b.Loop() {
				if _, err := Round(prog, cfg, st, Config{Cutoff: 0.3}, now0); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
