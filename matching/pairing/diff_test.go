package pairing

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/mentorkit/mentorkit/internal/jsontest"
)

// TestDiff: a hand-built pair of results with every kind of change.
// Old: a–e1, a–e2, b–e3, c–e4 (total 2.5). New: a–e1, b–e2, c–e5, c–e4
// (total 2.0). e1 and e4 keep their mentor, e2 moves a → b, e3 loses b,
// e5 is new with c; the score changes by 2.0 − 2.5 = −0.5.
func TestDiff(t *testing.T) {
	old := Result{TotalScore: 2.5, Pairs: []Match{{MentorID: "a", MenteeID: "e1"}, {MentorID: "a", MenteeID: "e2"}, {MentorID: "b", MenteeID: "e3"}, {MentorID: "c", MenteeID: "e4"}}}
	cur := Result{TotalScore: 2.0, Pairs: []Match{{MentorID: "a", MenteeID: "e1"}, {MentorID: "b", MenteeID: "e2"}, {MentorID: "c", MenteeID: "e5"}, {MentorID: "c", MenteeID: "e4"}}}
	want := ResultDiff{
		Moved:       []Change{{MenteeID: "e2", From: "a", To: "b"}},
		Matched:     []Change{{MenteeID: "e5", To: "c"}},
		Unmatched:   []Change{{MenteeID: "e3", From: "b"}},
		Unchanged:   2,
		ScoreChange: -0.5,
	}
	got := Diff(old, cur)
	if d := cmp.Diff(want, got); d != "" {
		t.Fatalf("Diff (-want +got):\n%s", d)
	}
	jsontest.RoundTrip(t, got)
	jsontest.RoundTrip(t, ResultDiff{ScoreChange: math.NaN()})

	// The same result: nothing moves; the reverse swaps the lists.
	if d := cmp.Diff(ResultDiff{Unchanged: 4}, Diff(old, old)); d != "" {
		t.Fatalf("Diff(old, old) (-want +got):\n%s", d)
	}
	back := Diff(cur, old)
	if d := cmp.Diff(ResultDiff{
		Moved:     []Change{{MenteeID: "e2", From: "b", To: "a"}},
		Matched:   []Change{{MenteeID: "e3", To: "b"}},
		Unmatched: []Change{{MenteeID: "e5", From: "c"}},
		Unchanged: 2, ScoreChange: 0.5,
	}, back); d != "" {
		t.Fatalf("Diff(cur, old) (-want +got):\n%s", d)
	}
	if d := cmp.Diff(ResultDiff{}, Diff(Result{}, Result{})); d != "" {
		t.Fatalf("empty (-want +got):\n%s", d)
	}
}
