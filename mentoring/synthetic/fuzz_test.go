package synthetic

import (
	"math/rand/v2"
	"testing"

	"github.com/mentorkit/mentorkit/mentoring"
)

// FuzzProgramme generates organisations and programmes from fuzzed
// settings: never a panic; either an error or people and a programme that
// pass mentoring's validation.
func FuzzProgramme(f *testing.F) {
	f.Add(uint64(1), 50, 7, uint8(1), 5, 10, 2, true)
	f.Add(uint64(2), 3, 2, uint8(2), 1, 1, 6, false)
	f.Add(uint64(3), 200, 50, uint8(3), 20, 20, 0, true)
	f.Add(uint64(4), 0, 0, uint8(4), 2, 8, 1, false)
	f.Fuzz(func(t *testing.T, seed uint64, people, span int, format uint8, mentors, mentees, capa int, customSites bool) {
		if people > 2000 || people < -5 {
			people %= 2000
		}
		cfg := Config{People: people, SpanOfControl: span}
		if customSites {
			cfg.Sites = []Site{{Name: "Lagos", UTCOffsetMinutes: 60, Languages: []string{"en", "yo"}}}
		}
		rng := rand.New(rand.NewPCG(seed, 1))
		org, err := Organisation(rng, cfg)
		if err != nil {
			return
		}
		for i, p := range org {
			if err := p.Validate(); err != nil {
				t.Fatalf("person %d: %v", i, err)
			}
		}
		prog, err := Programme(rng, org, ProgrammeConfig{Format: mentoring.Format(format % 8), Mentors: mentors, Mentees: mentees, MaxCapacity: capa})
		if err != nil {
			return
		}
		if err := prog.Validate(); err != nil {
			t.Fatalf("programme: %v", err)
		}
	})
}
