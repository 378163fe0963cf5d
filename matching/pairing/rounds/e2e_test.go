package rounds

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/mentoring"
	"github.com/mentorkit/mentorkit/mentoring/synthetic"
)

// TestRoundEndToEnd: Round on 150 seeded synthetic programmes (up to 5
// mentees and 3 mentors with up to 2 places, the shared-language rule,
// random met pairs and waits) against brute force over the programme's
// own score table, through the public entry point.
func TestRoundEndToEnd(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 4))
	formed, repeats := 0, 0
	for it := range 150 {
		nE, nM := 1+r.IntN(5), 1+r.IntN(3)
		org, err := synthetic.Organisation(r, synthetic.Config{People: 12})
		if err != nil {
			t.Fatal(err)
		}
		prog, err := synthetic.Programme(r, org, synthetic.ProgrammeConfig{Mentors: nM, Mentees: nE, MaxCapacity: 2})
		if err != nil {
			t.Fatal(err)
		}
		dir, err := mentoring.NewDirectory(org, mentoring.DirectoryStrict)
		if err != nil {
			t.Fatal(err)
		}
		cfg := pairing.Config{Directory: dir, Rules: pairing.Rules{SharedLanguage: it%2 == 0}}
		p, err := pairing.New(prog, cfg)
		if err != nil {
			t.Fatal(err)
		}
		tab, err := p.ScoreTable()
		if err != nil {
			t.Fatal(err)
		}
		nE, nM = len(tab.MenteeIDs), len(tab.MentorIDs)
		tt := tiny{cap: tab.Capacity}
		st := pairing.State{ProgrammeID: prog.ID}
		for e := range nE {
			row, met := make([]float64, nM), make([]bool, nM)
			for m := range nM {
				row[m] = tab.Scores.At(e, m)
				met[m] = r.IntN(3) == 0
				if met[m] {
					st.Ended = append(st.Ended, pairing.Tenure{MentorID: tab.MentorIDs[m], MenteeID: tab.MenteeIDs[e], Since: now0.AddDate(-1, 0, 0), Until: now0.AddDate(0, -1, 0)})
				}
			}
			tt.score, tt.met = append(tt.score, row), append(tt.met, met)
			weeks := float64(r.IntN(4))
			tt.weeks = append(tt.weeks, weeks)
			st.Waiting = append(st.Waiting, pairing.Tenure{MenteeID: tab.MenteeIDs[e], Since: now0.Add(-time.Duration(weeks) * Week)})
		}
		rc := Config{Cutoff: []float64{0, 0.4}[it%2]}
		if it%3 == 0 {
			rc.Wait, rc.WeekWeight = WaitWeight, 0.1
		}
		res, err := Round(prog, cfg, st, rc, now0)
		if err != nil {
			t.Fatal(err)
		}
		idxE, idxM := map[string]int{}, map[string]int{}
		for e, id := range tab.MenteeIDs {
			idxE[id] = e
		}
		for m, id := range tab.MentorIDs {
			idxM[id] = m
		}
		assign := make([]int, nE)
		for e := range assign {
			assign[e] = -1
		}
		for _, q := range res.Pairs {
			assign[idxE[q.MenteeID]] = idxM[q.MentorID]
			formed++
			if q.Repeat {
				repeats++
			}
		}
		first, second := split(assign, tt.met, false), split(assign, tt.met, true)
		if got, want := tt.key(first, rc), tt.bestKey(rc, nil, nil); less(got, want) || less(want, got) {
			t.Fatalf("it %d: key %v, brute force %v", it, got, want)
		}
		if got, want := tt.key(second, rc), tt.bestKey(rc, first, tt.met); less(got, want) || less(want, got) {
			t.Fatalf("it %d: repeats' key %v, brute force %v", it, got, want)
		}
	}
	if formed < 150 || repeats == 0 {
		t.Fatalf("only %d pairs (%d repeats) in 150 programmes: the test checks too little", formed, repeats)
	}
}

// TestRotateFormats: Rotate on seeded synthetic programmes of every
// format gives a schedule that repeats no pair before everyone has met,
// and pairs only people the rules allow.
func TestRotateFormats(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	met := map[mentoring.Format]int{}
	for it := range 40 {
		format := []mentoring.Format{mentoring.FormatOneToOne, mentoring.FormatGroup, mentoring.FormatReverse, mentoring.FormatPeer}[it%4]
		org, err := synthetic.Organisation(r, synthetic.Config{People: 30})
		if err != nil {
			t.Fatal(err)
		}
		prog, err := synthetic.Programme(r, org, synthetic.ProgrammeConfig{Mentors: 2 + r.IntN(4), Mentees: 2 + r.IntN(6), Format: format})
		if err != nil {
			t.Fatal(err)
		}
		dir, err := mentoring.NewDirectory(org, mentoring.DirectoryStrict)
		if err != nil {
			t.Fatal(err)
		}
		cfg := pairing.Config{Directory: dir, Rules: pairing.Rules{SharedLanguage: true}}
		p, err := pairing.New(prog, cfg)
		if err != nil {
			t.Fatal(err)
		}
		tab, err := p.ScoreTable()
		if err != nil {
			t.Fatal(err)
		}
		allowed := map[[2]string]bool{}
		rows, cols := tab.Scores.Dims()
		for e := range rows {
			for m := range cols {
				if a, b := tab.MentorIDs[m], tab.MenteeIDs[e]; tab.Scores.At(e, m) > -1 {
					if format == mentoring.FormatPeer {
						a, b = min(a, b), max(a, b)
					}
					allowed[[2]string{a, b}] = true
				}
			}
		}
		rounds := 1 + r.IntN(8)
		s, err := Rotate(prog, cfg, rounds)
		if err != nil {
			t.Fatalf("%v: %v", format, err)
		}
		if len(s.Rounds) != rounds {
			t.Fatalf("%v: %d rounds, want %d", format, len(s.Rounds), rounds)
		}
		checkSchedule(t, s, allowed, format == mentoring.FormatPeer)
		for _, round := range s.Rounds {
			met[format] += len(round)
		}
	}
	for _, f := range []mentoring.Format{mentoring.FormatOneToOne, mentoring.FormatGroup, mentoring.FormatReverse, mentoring.FormatPeer} {
		if met[f] == 0 {
			t.Errorf("%v: no meetings in 10 programmes: the test checks too little", f)
		}
	}
}
