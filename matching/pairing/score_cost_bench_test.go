package pairing

import (
	"fmt"
	"testing"
)

// BenchmarkPairingScoreMissing is BenchmarkPairingScore on a programme
// with the data HR exports often lack: no career goals, personality or
// location for anyone, and no interests for every other person. It
// measures the cost per pair of leaving the missing criteria out of a
// pair's score (compare binaries of two commits interleaved with
// benchstat; this file compiles unchanged against the package before the
// renormalisation).
func BenchmarkPairingScoreMissing(b *testing.B) {
	for _, size := range [][2]int{{100, 500}, {1000, 5000}} {
		nM, nE := size[0], size[1]
		b.Run(fmt.Sprintf("mentees=%d/mentors=%d", nE, nM), func(b *testing.B) {
			prog, cfg := pairBenchProgramme(b, nM, nE, 3)
			for i := range prog.Participants {
				q := &prog.Participants[i].Person
				q.CareerGoals, q.Personality, q.Location = nil, nil, ""
				if i%2 == 0 {
					q.Interests = nil
				}
			}
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
			pairBenchSink = row[0]
			pairs := float64(b.N) * float64(len(p.mentees)*len(p.mentors))
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/pairs, "ns/pair")
			b.ReportMetric(float64(pairCPUTime()-cpu0)/pairs, "cpu-ns/pair")
		})
	}
}
