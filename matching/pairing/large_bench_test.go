package pairing

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/mentorkit/mentorkit/mentoring"
	"github.com/mentorkit/mentorkit/mentoring/synthetic"
)

// The floors of issue 16, one benchmark each. Run each alone on a quiet
// machine with one core and its peak RSS measured, e.g.
//
//	go test -c -o /tmp/pairing.test ./matching/pairing/
//	/usr/bin/time -v /tmp/pairing.test -test.run XXX -test.bench 'BenchmarkFloorExact20k' -test.benchtime 1x -test.cpu 1
//
// Building the organisation and the directory is outside the timed loop;
// New and Solve are inside.

// pairFloorProgramme draws the synthetic organisation and programme of a
// floor: nE mentees, nM mentors of capacity 1 to 3, shared language,
// a six-hour time-zone gap and PriorityParticipation.
func pairFloorProgramme(b *testing.B, nM, nE int) (mentoring.Programme, []mentoring.Person, Config) {
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
	cfg := Config{
		Priority: PriorityParticipation,
		Rules:    Rules{SharedLanguage: true, MaxTimeZoneGap: 6 * 60},
	}
	return prog, org, cfg
}

// BenchmarkFloorExact20k: 20,000 mentees × 5,000 mentors paired exactly
// (Result.Exact: the column generation's duals certify every allowed
// pair). Floor: 10 s and 2 GB peak RSS on one core.
func BenchmarkFloorExact20k(b *testing.B) {
	if testing.Short() {
		b.Skip("large")
	}
	prog, org, cfg := pairFloorProgramme(b, 5000, 20000)
	cfg.Directory = pairDirectory(b, mentoring.DirectoryStrict, org...)
	pairFloorRun(b, prog, cfg, true)
}

// BenchmarkFloorNoPair50k: 50,000 mentees × 50,000 mentors of whom no
// pair is allowed (mentees at UTC−6, mentors at UTC+6, twelve hours
// apart, with a six-hour gap rule). Floor: 5 s.
func BenchmarkFloorNoPair50k(b *testing.B) {
	if testing.Short() {
		b.Skip("large")
	}
	prog, cfg := pairNoPairProgramme(b)
	pairFloorRun(b, prog, cfg, false)
}

// pairNoPairProgramme is the 50,000 × 50,000 floor programme with every
// mentee at UTC−6 and every mentor at UTC+6, and its directory.
func pairNoPairProgramme(b *testing.B) (mentoring.Programme, Config) {
	prog, org, cfg := pairFloorProgramme(b, 50000, 50000)
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
	cfg.Directory = pairDirectory(b, mentoring.DirectoryStrict, org...)
	return prog, cfg
}

// pairFloorRun times New and Solve of one programme.
func pairFloorRun(b *testing.B, prog mentoring.Programme, cfg Config, wantPairs bool) {
	b.Helper()
	b.ReportAllocs()
	cpu0 := pairCPUTime()
	var res Result
	for b.Loop() {
		p, err := New(prog, cfg)
		if err != nil {
			b.Fatal(err)
		}
		if res, err = p.Solve(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(pairCPUTime()-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
	b.ReportMetric(float64(res.Matched), "matched")
	if !res.Exact || (res.Matched > 0) != wantPairs {
		b.Fatalf("exact %v, matched %d", res.Exact, res.Matched)
	}
}

// BenchmarkFloorSolveOnly is the two solve floors without New and
// without the result's reporting (Result's explanations and unmatched
// reasons): the scoring, pruning, solve and column generation alone.
func BenchmarkFloorSolveOnly(b *testing.B) {
	if testing.Short() {
		b.Skip("large")
	}
	for _, name := range []string{"exact20k", "noPair50k"} {
		b.Run(name, func(b *testing.B) {
			var prog mentoring.Programme
			var cfg Config
			if name == "noPair50k" {
				prog, cfg = pairNoPairProgramme(b)
			} else {
				var org []mentoring.Person
				prog, org, cfg = pairFloorProgramme(b, 5000, 20000)
				cfg.Directory = pairDirectory(b, mentoring.DirectoryStrict, org...)
			}
			p, err := New(prog, cfg)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			var st *pairState
			for b.Loop() {
				if st, err = p.solveProgramme(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(st.rounds), "rounds")
			b.ReportMetric(float64(st.priced), "priced")
		})
	}
}

// BenchmarkFloorDeepChain: a directory with a 10,000-deep reporting chain
// prepared (NewDirectory) and a 100-person programme drawn from it paired
// (50 mentors, 50 mentees spread along the chain). Floor: 1 s.
func BenchmarkFloorDeepChain(b *testing.B) {
	chart := make([]mentoring.Person, 10000)
	for i := range chart {
		chart[i] = pairPerson(fmt.Sprintf("p%05d", i), 30-float64(i)*30/10000, mentoring.LevelSenior)
		if i > 0 {
			chart[i].ManagerID = chart[i-1].ID
		}
	}
	var parts []mentoring.Participant
	for i := range 100 {
		q := chart[i*100+i%7]
		if i%2 == 0 {
			parts = append(parts, mentoring.Participant{PersonID: q.ID, Role: mentoring.RoleMentor, Capacity: 2})
		} else {
			parts = append(parts, mentoring.Participant{PersonID: q.ID, Role: mentoring.RoleMentee})
		}
	}
	prog := pairProg(mentoring.FormatOneToOne, parts...)
	b.ReportAllocs()
	var res Result
	for b.Loop() {
		dir, err := mentoring.NewDirectory(chart, mentoring.DirectoryStrict)
		if err != nil {
			b.Fatal(err)
		}
		if res, err = Solve(prog, Config{Directory: dir}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(res.Matched), "matched")
}
