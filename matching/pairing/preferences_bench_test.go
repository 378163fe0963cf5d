package pairing

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/mentorkit/mentorkit/mentoring"
)

// pairWithPreferences adds to a benchmark programme what participants
// state on a platform: each mentee ranks 5 mentors and each mentor 3
// mentees (a shortlist each), one in 20 dismisses someone, and, when
// windows is set, everyone gives 2 to 5 weekly windows of 1 to 4 hours
// in a zone of their own. It returns a modified copy.
func pairWithPreferences(prog mentoring.Programme, seed uint64, windows bool) mentoring.Programme {
	rng := rand.New(rand.NewPCG(seed, 17))
	prog.Participants = append([]mentoring.Participant(nil), prog.Participants...)
	var ms, es []string
	for _, q := range prog.Participants {
		if q.Role == mentoring.RoleMentee {
			es = append(es, q.Person.ID)
		} else {
			ms = append(ms, q.Person.ID)
		}
	}
	zones := []string{"Europe/Amsterdam", "Europe/London", "America/New_York", "Asia/Kolkata", "Asia/Singapore"}
	pick := func(pool []string, k int, not map[string]bool) []string {
		var out []string
		for len(out) < k && len(out) < len(pool)-len(not) {
			id := pool[rng.IntN(len(pool))]
			if !not[id] {
				not[id] = true
				out = append(out, id)
			}
		}
		return out
	}
	for i := range prog.Participants {
		q := &prog.Participants[i]
		q.Person = q.Person.Clone()
		pool, k := ms, 5
		if q.Role != mentoring.RoleMentee {
			pool, k = es, 3
		}
		not := map[string]bool{q.Person.ID: true}
		q.Preferences.Ranked = pick(pool, k, not)
		if rng.IntN(20) == 0 {
			q.Preferences.Dismissed = pick(pool, 1, not)
		}
		if windows {
			q.Person.TimeZone = zones[rng.IntN(len(zones))]
			q.PersonID = ""
			q.Person.Availability = nil
			for _, d := range rng.Perm(5)[:2+rng.IntN(4)] {
				s := 7*60 + rng.IntN(10*60)
				q.Person.Availability = append(q.Person.Availability, mentoring.WeeklyWindow{
					Day: time.Weekday(d + 1), Start: clock(s), End: clock(s + 60 + rng.IntN(181))})
			}
		}
	}
	prog.Start, prog.End = time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC), time.Date(2026, 12, 18, 0, 0, 0, 0, time.UTC)
	return prog
}

// BenchmarkPairingPreferences is the whole pairing (New and Solve) of
// 5,000 mentees and 1,000 mentors of capacity 3: plain, weighted by the
// participants' rankings, and weighted by rankings and weekly
// availability. The floor: preference-weighted within 3× plain.
func BenchmarkPairingPreferences(b *testing.B) {
	nM, nE := 1000, 5000
	plain, cfg := pairBenchProgramme(b, nM, nE, 3)
	for _, c := range []struct {
		name string
		prog mentoring.Programme
	}{
		{"plain", plain},
		{"preference", pairWithPreferences(plain, 1, false)},
		{"preference+availability", pairWithPreferences(plain, 1, true)},
	} {
		b.Run(fmt.Sprintf("mentees=%d/mentors=%d/%s", nE, nM, c.name), func(b *testing.B) {
			b.ReportAllocs()
			cpu0 := pairCPUTime()
			for b.Loop() {
				res, err := Solve(c.prog, cfg)
				if err != nil {
					b.Fatal(err)
				}
				pairBenchSink = res.TotalScore
			}
			b.ReportMetric(float64(pairCPUTime()-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
		})
	}
}

// BenchmarkPairingScorePreferences is BenchmarkPairingScore's kernel with
// rankings and windows (ns per scored pair, 0 allocations).
func BenchmarkPairingScorePreferences(b *testing.B) {
	nM, nE := 1000, 5000
	plain, cfg := pairBenchProgramme(b, nM, nE, 3)
	prog := pairWithPreferences(plain, 1, true)
	p, err := New(prog, cfg)
	if err != nil {
		b.Fatal(err)
	}
	row := make([]float64, len(p.mentors))
	b.ReportAllocs()
	for b.Loop() {
		for e := range p.mentees {
			if err := p.scoreRow(e, row); err != nil {
				b.Fatal(err)
			}
		}
	}
	pairBenchSink = row[0]
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/(float64(b.N)*float64(nE*nM)), "ns/pair")
}
