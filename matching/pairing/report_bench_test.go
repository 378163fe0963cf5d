package pairing

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/mentorkit/mentorkit/mentoring"
	"github.com/mentorkit/mentorkit/mentoring/synthetic"
)

// reportProgramme draws a synthetic organisation and programme of nE
// mentees and nM mentors of capacity 1 to 3, with the shared-language
// rule, a six-hour time-zone gap and PriorityParticipation (the setting
// of the floors).
func reportProgramme(b *testing.B, nM, nE int) (mentoring.Programme, []mentoring.Person, Config) {
	b.Helper()
	rng := rand.New(rand.NewPCG(16, uint64(nM)*uint64(nE)))
	org, err := synthetic.Organisation(rng, synthetic.Config{People: nM + nE + nM/10})
	if err != nil {
		b.Fatal(err)
	}
	prog, err := synthetic.Programme(rng, org, synthetic.ProgrammeConfig{Mentors: nM, Mentees: nE, MaxCapacity: 3})
	if err != nil {
		b.Fatal(err)
	}
	return prog, org, Config{Priority: PriorityParticipation, Rules: Rules{SharedLanguage: true, MaxTimeZoneGap: 6 * 60}}
}

// BenchmarkResultReport times turning a solved state into a Result (the
// pairs' breakdowns, the unmatched with their reasons, the fingerprint)
// on the floors' synthetic programmes, apart from the solve.
//
//	go test -run XXX -bench BenchmarkResultReport -benchtime 1x ./matching/pairing/
func BenchmarkResultReport(b *testing.B) {
	if testing.Short() {
		b.Skip("large")
	}
	for _, size := range [][3]int{{1000, 4000, 0}, {4000, 4000, 0}, {20000, 20000, 1}} {
		nM, nE, apart := size[0], size[1], size[2] == 1
		b.Run(fmt.Sprintf("mentees=%d/mentors=%d/apart=%v", nE, nM, apart), func(b *testing.B) {
			prog, org, cfg := reportProgramme(b, nM, nE)
			if apart { // mentees at UTC−6, mentors at UTC+6: no pair allowed
				side := map[string]int{}
				for i := range prog.Participants {
					q := &prog.Participants[i]
					q.Person.TimeZone, q.Person.UTCOffsetMinutes = "", 360
					if q.Role == mentoring.RoleMentee {
						q.Person.UTCOffsetMinutes = -360
					}
					side[q.Person.ID] = q.Person.UTCOffsetMinutes
				}
				for i := range org {
					if off, ok := side[org[i].ID]; ok {
						org[i].TimeZone, org[i].UTCOffsetMinutes = "", off
					}
				}
			}
			cfg.Directory = pairDirectory(b, mentoring.DirectoryStrict, org...)
			p, err := New(prog, cfg)
			if err != nil {
				b.Fatal(err)
			}
			st, err := p.solveProgramme()
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			var res Result
			for b.Loop() {
				if res, err = p.result(st); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(res.Unmatched)), "unmatched")
		})
	}
}

// BenchmarkFingerprint times Pairing.Fingerprint on a floor programme.
func BenchmarkFingerprint(b *testing.B) {
	if testing.Short() {
		b.Skip("large")
	}
	prog, org, cfg := reportProgramme(b, 5000, 20000)
	cfg.Directory = pairDirectory(b, mentoring.DirectoryStrict, org...)
	p, err := New(prog, cfg)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = p.Fingerprint()
	}
}
