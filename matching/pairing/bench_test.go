package pairing

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/mentorkit/mentorkit/mentoring"
	"github.com/mentorkit/mentorkit/mentoring/synthetic"
)

// pairBenchSink keeps benchmark results alive.
var pairBenchSink float64

// pairBenchProgramme builds a seeded synthetic programme of nM mentors of
// capacity capa and nE mentees, with every rule switched on.
func pairBenchProgramme(b *testing.B, nM, nE, capa int) (mentoring.Programme, Config) {
	b.Helper()
	rng := rand.New(rand.NewPCG(2026, uint64(nM*nE)))
	org, err := synthetic.Organisation(rng, synthetic.Config{People: nM + nE + nM/10})
	if err != nil {
		b.Fatal(err)
	}
	prog, err := synthetic.Programme(rng, org, synthetic.ProgrammeConfig{Mentors: nM, Mentees: nE, MaxCapacity: capa})
	if err != nil {
		b.Fatal(err)
	}
	var mentors, mentees []string
	for i := range prog.Participants {
		q := &prog.Participants[i]
		if q.Role == mentoring.RoleMentor {
			q.Capacity = capa
			mentors = append(mentors, q.Person.ID)
		} else {
			mentees = append(mentees, q.Person.ID)
		}
	}
	cfg := Config{
		Directory: pairDirectory(b, mentoring.DirectoryStrict, org...),
		Rules: Rules{
			DifferentDepartment: true,
			SharedLanguage:      true,
			MaxTimeZoneGap:      9 * 60,
		},
		MinScore: 0.05,
	}
	for i := range nE / 10 { // one ban and one previous pair per 10 mentees
		cfg.Rules.Bans = append(cfg.Rules.Bans, PairRef{mentors[rng.IntN(nM)], mentees[i]})
		cfg.Rules.Previous = append(cfg.Rules.Previous, PairRef{mentors[rng.IntN(nM)], mentees[nE-1-i]})
	}
	return prog, cfg
}

// BenchmarkPairingScore scores every mentee against every mentor with all
// criteria and all rules (the work before the solve), reporting ns per pair.
func BenchmarkPairingScore(b *testing.B) {
	for _, size := range [][2]int{{100, 500}, {1000, 5000}} {
		nM, nE := size[0], size[1]
		b.Run(fmt.Sprintf("mentees=%d/mentors=%d", nE, nM), func(b *testing.B) {
			prog, cfg := pairBenchProgramme(b, nM, nE, 3)
			p, err := New(prog, cfg)
			if err != nil {
				b.Fatal(err)
			}
			row := make([]float64, len(p.mentors))
			b.ReportAllocs()
			cpu0 := pairCPUTime()
			for b.Loop() {
				for e := range p.mentees {
					if err := p.scoreRow(e, row); err != nil {
						b.Fatal(err)
					}
				}
			}
			cpu := pairCPUTime() - cpu0
			pairBenchSink = row[0]
			pairs := float64(b.N) * float64(len(p.mentees)*len(p.mentors))
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/pairs, "ns/pair")
			b.ReportMetric(float64(cpu)/pairs, "cpu-ns/pair")
		})
	}
}

// BenchmarkPairingSolve is the whole pairing: scoring, capacity 3 by column
// duplication, the dense solve and the result with explanations.
func BenchmarkPairingSolve(b *testing.B) {
	for _, size := range [][2]int{{100, 500}, {1000, 5000}} {
		nM, nE := size[0], size[1]
		b.Run(fmt.Sprintf("mentees=%d/mentors=%d", nE, nM), func(b *testing.B) {
			prog, cfg := pairBenchProgramme(b, nM, nE, 3)
			p, err := New(prog, cfg)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			cpu0 := pairCPUTime()
			for b.Loop() {
				res, err := p.Solve()
				if err != nil {
					b.Fatal(err)
				}
				pairBenchSink = res.TotalScore
			}
			b.ReportMetric(float64(pairCPUTime()-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
		})
	}
}

// BenchmarkPairingPaths times the dense path (exact over all pairs) and the
// sparse large-organisation path (DefaultCandidates mentors per mentee) on
// the same programmes, to choose DefaultDenseLimit.
func BenchmarkPairingPaths(b *testing.B) {
	for _, size := range [][2]int{{200, 1000}, {600, 3000}, {1000, 5000}} {
		nM, nE := size[0], size[1]
		prog, cfg := pairBenchProgramme(b, nM, nE, 3)
		for _, path := range []string{"dense", "sparse"} {
			b.Run(fmt.Sprintf("mentees=%d/mentors=%d/%s", nE, nM, path), func(b *testing.B) {
				c := cfg
				c.DenseLimit = 1 << 40
				if path == "sparse" {
					c.DenseLimit = -1
				}
				p, err := New(prog, c)
				if err != nil {
					b.Fatal(err)
				}
				b.ReportAllocs()
				cpu0 := pairCPUTime()
				var res Result
				for b.Loop() {
					if res, err = p.Solve(); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(pairCPUTime()-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
				b.ReportMetric(res.TotalScore, "total")
				b.ReportMetric(float64(res.Matched), "matched")
			})
		}
	}
}

// BenchmarkPairingLarge is the large-organisation path alone: 20,000
// mentees and 4,000 mentors of capacity 3 (a dense problem of 240 million
// entries, 1.9 GB, far above DefaultDenseLimit), DefaultCandidates mentors
// per mentee to start with, the sparse solver and the column generation.
func BenchmarkPairingLarge(b *testing.B) {
	if testing.Short() {
		b.Skip("large")
	}
	prog, cfg := pairBenchProgramme(b, 4000, 20000, 3)
	p, err := New(prog, cfg)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	cpu0 := pairCPUTime()
	var res Result
	for b.Loop() {
		if res, err = p.Solve(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(pairCPUTime()-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
	b.ReportMetric(float64(res.Matched), "matched")
	if !res.Exact {
		b.Fatal("the column generation must end exact")
	}
}
