package pairing

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/mentorkit/mentorkit/mentoring"
)

// BenchmarkCircleMix forms circles of 4 to 6 in a group programme of
// mentees/5 mentors with "at least one woman and at most two from one
// site per circle"; a quarter of the mentees are women, over 4 sites.
// The circles formed without the mix break it, and the programme is too
// large for the exact search, so this times the repair.
func BenchmarkCircleMix(b *testing.B) {
	for _, nE := range []int{100, 300, 600} {
		b.Run(fmt.Sprintf("mentees=%d", nE), func(b *testing.B) {
			rng := rand.New(rand.NewPCG(9, uint64(nE)))
			vals := make([]string, nE)
			prog := mixProgramme(9, nE/5, 6, "gender", vals)
			for i := range prog.Participants {
				q := &prog.Participants[i]
				if q.Role != mentoring.RoleMentee {
					continue
				}
				g := "man"
				if rng.IntN(4) == 0 {
					g = "woman"
				}
				q.Person.Attributes = map[string]string{"gender": g, "site": fmt.Sprint(rng.IntN(4))}
			}
			cfg := Config{Rules: Rules{CircleMix: []CircleMix{{Attribute: "gender", Value: "woman", Min: 1}, {Attribute: "site", Max: 2}}}}
			p, err := New(prog, cfg)
			if err != nil {
				b.Fatal(err)
			}
			var res Result
			for b.Loop() {
				if res, err = p.Solve(); err != nil {
					b.Fatal(err)
				}
			}
			if err := p.CheckCircleMix(res); err != nil && len(res.Circles) == 0 {
				b.Fatal(err)
			}
			b.ReportMetric(float64(res.Matched), "matched")
			b.ReportMetric(float64(len(res.Circles)), "circles")
		})
	}
}
