package pairing

import (
	"fmt"
	"testing"
	"time"

	"github.com/mentorkit/mentorkit/mentoring"
)

// BenchmarkRematchProgramme re-matches a running synthetic programme (shared
// language, six-hour gap, participation first) from the state of its
// first Solve after 60 events: 30 pairs end (every third as not a good
// fit), 10 mentors leave, 20 people join as mentees.
//
//	go test -run XXX -bench BenchmarkRematchProgramme -benchtime 1x ./matching/pairing/
func BenchmarkRematchProgramme(b *testing.B) {
	if testing.Short() {
		b.Skip("large")
	}
	for _, size := range [][2]int{{300, 1000}, {1000, 4000}} {
		nM, nE := size[0], size[1]
		b.Run(fmt.Sprintf("mentees=%d/mentors=%d", nE, nM), func(b *testing.B) {
			prog, org, cfg := reportProgramme(b, nM, nE)
			cfg.Directory = pairDirectory(b, mentoring.DirectoryStrict, org...)
			start := time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)
			res, err := Solve(prog, cfg)
			if err != nil {
				b.Fatal(err)
			}
			var events []Event
			for i, q := range res.Pairs[:30] {
				ev := Event{Kind: EventPairEnded, MentorID: q.MentorID, MenteeID: q.MenteeID}
				if i%3 == 0 {
					ev.Outcome = mentoring.ReasonNotAGoodFit
				}
				events = append(events, ev)
			}
			for _, q := range res.Pairs[len(res.Pairs)-60:] {
				if len(events) < 40 && (len(events) == 30 || events[len(events)-1].MentorID != q.MentorID) {
					events = append(events, Event{Kind: EventMentorLeft, MentorID: q.MentorID})
				}
			}
			for _, person := range org {
				if _, in := prog.Participant(person.ID); !in && len(events) < 60 {
					events = append(events, Event{Kind: EventJoined, Participant: &mentoring.Participant{Person: person, Role: mentoring.RoleMentee}})
				}
			}
			b.ReportAllocs()
			var out Rematching
			for b.Loop() {
				if out, err = Rematch(prog, cfg, res.State(start), events, 0.3, start.AddDate(0, 3, 0)); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(out.Kept), "kept")
			b.ReportMetric(float64(len(out.Diff.Moved)), "moved")
		})
	}
}
