package pairing

import (
	"testing"
	"time"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/mentoring"
)

// FuzzPreferencesAvailability builds a small programme whose rankings,
// dismissals and windows come from the fuzzer (IDs that name nobody, the
// same side, the participant, twice; windows that cross midnight, overlap
// or do not read; zones with and without summer time), with the
// preference rules on or off. New must return field errors or a Pairing
// whose hot loop agrees with Explain and whose Solve respects every
// dismissal; never a panic.
func FuzzPreferencesAvailability(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
	f.Add([]byte{})
	f.Add([]byte{0, 0, 0, 255, 255, 255, 7, 7, 7, 9, 9})
	f.Add([]byte("rank and dismiss across zones, daylight saving in March"))
	ids := []string{"e0", "e1", "e2", "m0", "m1", "m2", "x", "", " e0"}
	clocks := []string{"00:00", "08:30", "09:00", "12:00", "17:45", "23:59", "24:00", "9:00", "25:00"}
	zones := []string{"Europe/Amsterdam", "America/New_York", "Pacific/Auckland", "UTC+05:30", "Australia/Lord_Howe", ""}
	f.Fuzz(func(t *testing.T, data []byte) {
		r := &pairFuzzReader{b: data}
		var parts []mentoring.Participant
		for i := range 6 {
			p := pairPerson(ids[i], float64(1+8*(i/3)), mentoring.Level(1+3*(i/3)))
			p.TimeZone = zones[r.intn(len(zones))]
			for k := range r.intn(4) {
				win := mentoring.WeeklyWindow{Day: time.Weekday(k + 2*r.intn(3)), Start: clocks[1+k], End: clocks[2+k]} // valid, mostly
				if r.byte() >= 224 {
					win = mentoring.WeeklyWindow{Day: time.Weekday(r.intn(9) - 1), Start: clocks[r.intn(len(clocks))], End: clocks[r.intn(len(clocks))]}
				}
				p.Availability = append(p.Availability, win)
			}
			q := pairMentee(p)
			if i >= 3 {
				q = pairMentor(p, 1+r.intn(2))
			}
			other := 3 * (1 - i/3) // the other side's first index
			pick := func(k int) string {
				if r.byte() >= 224 { // rarely anyone, valid or not
					return ids[r.intn(len(ids))]
				}
				return ids[other+k%3]
			}
			n := r.intn(4)
			for k := range n {
				q.Preferences.Ranked = append(q.Preferences.Ranked, pick(k))
			}
			for k := range r.intn(3 - min(n, 2)) {
				q.Preferences.Dismissed = append(q.Preferences.Dismissed, pick(n+k))
			}
			parts = append(parts, q)
		}
		prog := pairProg(mentoring.FormatOneToOne, parts...)
		prog.Start = time.Date(2026, 1, 1+r.intn(300), 0, 0, 0, 0, time.UTC)
		prog.End = prog.Start.AddDate(0, r.intn(13), 0)
		w := Weights{Preference: r.weight(), Availability: r.weight(), Experience: r.weight()}
		cfg := Config{Weights: &w, OverlapTargetMinutes: r.intn(300),
			Rules: Rules{RequireListed: r.intn(2) == 0, MinOverlapMinutes: r.intn(200)}}
		if r.byte() >= 250 {
			cfg.OverlapTargetMinutes = -1
		}
		p, err := New(prog, cfg)
		if len(data) == 0 && err != nil { // the seed that must reach the checks below
			t.Fatalf("the empty input builds an invalid programme: %v", err)
		}
		if err != nil {
			if _, ok := fault.List(err); !ok {
				t.Fatalf("not field errors: %v", err)
			}
			return
		}
		row := make([]float64, len(p.mentors))
		for e := range p.mentees {
			if err := p.scoreRow(e, row); err != nil {
				t.Fatal(err)
			}
			for m := range p.mentors {
				x, err := p.explain(e, m)
				if err != nil {
					t.Fatal(err)
				}
				if (len(x.Rules) == 0) != (row[m] >= 0) || len(x.Rules) == 0 && x.Score != row[m] {
					t.Fatalf("hot loop %v, Explain %s %v", row[m], x, x.Rules)
				}
			}
		}
		res, err := p.Solve()
		if err != nil {
			return // a minimum or lock the rules make unreachable is a reported error
		}
		for _, pr := range res.Pairs {
			x, _ := p.Explain(pr.MentorID, pr.MenteeID)
			if len(x.Rules) > 0 {
				t.Fatalf("pair %s→%s breaks %v", pr.MentorID, pr.MenteeID, x.Rules)
			}
		}
	})
}
