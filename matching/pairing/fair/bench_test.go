package fair

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/mentoring"
)

// benchSink keeps benchmark results alive.
var benchSink float64

// benchProgramme is pairing's benchmark shape (every rule on, a minimum
// score, one ban and one previous pair per 10 mentees) with nM mentors of
// capa places and nE mentees, plus the attributes of testProgramme.
func benchProgramme(b *testing.B, nM, nE, capa int) (prog mentoring.Programme, pcfg pairing.Config, cfg Config) {
	b.Helper()
	rng := rand.New(rand.NewPCG(2026, uint64(nM*nE)))
	p, pc := testProgramme(b, rng, nM, nE, capa)
	var mentors, mentees []string
	for i := range p.Participants {
		q := &p.Participants[i]
		if q.Capacity > 0 {
			q.Capacity = capa
			mentors = append(mentors, q.Person.ID)
		} else {
			mentees = append(mentees, q.Person.ID)
		}
	}
	pc.Rules = pairing.Rules{DifferentDepartment: true, SharedLanguage: true, MaxTimeZoneGap: 9 * 60}
	pc.MinScore = 0.05
	for i := range nE / 10 {
		pc.Rules.Bans = append(pc.Rules.Bans, pairing.PairRef{MentorID: mentors[rng.IntN(nM)], MenteeID: mentees[i]})
		pc.Rules.Previous = append(pc.Rules.Previous, pairing.PairRef{MentorID: mentors[rng.IntN(nM)], MenteeID: mentees[nE-1-i]})
	}
	// Bounds that bind: more matched women than the plain optimum gives
	// (MinRate 0.9 of the group), and at least nine tenths of site a's
	// mentors with a mentee.
	cfg = Config{
		Mentees: []Grouping{{Attribute: "gender", Bounds: []Bound{{Value: "f", MinRate: 0.9}}}},
		Mentors: []Grouping{{Attribute: "site", Bounds: []Bound{{Value: "a", MinRate: 0.9}}}},
	}
	return p, pc, cfg
}

// BenchmarkFairSolve times fair.Solve against pairing.Solve on the same
// programme (the floor: fair within 3× of plain at 5,000 × 1,000
// with capacity 3).
func BenchmarkFairSolve(b *testing.B) {
	for _, size := range [][2]int{{100, 500}, {1000, 5000}} {
		nM, nE := size[0], size[1]
		name := fmt.Sprintf("mentees=%d/mentors=%d", nE, nM)
		b.Run("plain/"+name, func(b *testing.B) {
			prog, pcfg, _ := benchProgramme(b, nM, nE, 3)
			b.ReportAllocs()
			for b.Loop() {
				res, err := pairing.Solve(prog, pcfg)
				if err != nil {
					b.Fatal(err)
				}
				benchSink = res.TotalScore
			}
		})
		b.Run("fair/"+name, func(b *testing.B) {
			prog, pcfg, cfg := benchProgramme(b, nM, nE, 3)
			b.ReportAllocs()
			for b.Loop() {
				res, err := Solve(prog, pcfg, cfg)
				if err != nil {
					b.Fatal(err)
				}
				benchSink = res.TotalScore
			}
		})
	}
}
