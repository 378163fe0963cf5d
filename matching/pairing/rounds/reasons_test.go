package rounds

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/mentorkit/mentorkit/matching/pairing"
)

// Wait reasons by hand on the small programme (e1–m1 and e2–m2 score
// 1.00, e3 0.50 with either): with a cutoff of 0.6, e3's two mentors
// have a place at the start but score below it (belowCutoff); with e3
// banned from both, no partner (noPartner); with both places taken by
// running pairs, no place (noPlace); without a cutoff, e3 loses to the
// 2.00 of e1 and e2 (notChosen).
func TestWaitReasons(t *testing.T) {
	prog, cfg := small()
	reason := func(cfg pairing.Config, st pairing.State, rc Config) WaitReason {
		t.Helper()
		res, err := Round(prog, cfg, st, rc, now0)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range res.Waiting {
			if w.MenteeID == "e3" {
				return w.Reason
			}
		}
		t.Fatalf("e3 does not wait: %+v", res.Pairs)
		return 0
	}
	banned := cfg
	banned.Rules.Bans = []pairing.PairRef{{MentorID: "m1", MenteeID: "e3"}, {MentorID: "m2", MenteeID: "e3"}}
	full := pairing.State{ProgrammeID: "pilot", Active: []pairing.Tenure{{MentorID: "m1", MenteeID: "e1", Since: now0}, {MentorID: "m2", MenteeID: "e2", Since: now0}}}
	got := []WaitReason{
		reason(cfg, pairing.State{}, Config{Cutoff: 0.6}),
		reason(banned, pairing.State{}, Config{}),
		reason(cfg, full, Config{}),
		reason(cfg, pairing.State{}, Config{}),
	}
	want := []WaitReason{WaitBelowCutoff, WaitNoPartner, WaitNoPlace, WaitNotChosen}
	if d := cmp.Diff(want, got); d != "" {
		t.Fatal(d)
	}
}

// FuzzCircleLatin: any IDs and round count give a schedule that never
// pairs a person twice in a round nor repeats a pair before everyone
// met, or a *FieldError.
func FuzzCircleLatin(f *testing.F) {
	f.Add("a,b,c,d,e", "x,y", 4)
	f.Add("a,a", "", 0)
	f.Add("", "m", 3)
	f.Fuzz(func(t *testing.T, left, right string, rounds int) {
		rounds %= 50
		ids, ms := strings.Split(left, ","), strings.Split(right, ",")
		if s, err := Circle(ids, rounds); err == nil {
			allowed := map[[2]string]bool{}
			for _, a := range ids {
				for _, b := range ids {
					if a < b {
						allowed[[2]string{a, b}] = true
					}
				}
			}
			checkSchedule(t, s, allowed, true)
		}
		if s, err := Latin(ids, ms, rounds); err == nil {
			allowed := map[[2]string]bool{}
			for _, e := range ids {
				for _, m := range ms {
					allowed[[2]string{m, e}] = true
				}
			}
			checkSchedule(t, s, allowed, false)
		}
	})
}
