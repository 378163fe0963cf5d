package main

import (
	"regexp"
	"strings"
	"testing"
)

// TestRunMentoring runs the mentoring part on the embedded organisation and
// checks the lines a programme manager relies on. The expected values are
// worked out by hand from organisation.json.
func TestRunMentoring(t *testing.T) {
	var b strings.Builder
	if err := runMentoring(&b); err != nil {
		t.Fatalf("runMentoring: %v", err)
	}
	out := b.String()
	for _, want := range []string{
		// The draft flash programme lacks objectives, dates, commitment,
		// guidelines, feedback moments and a trained mentor (a flash
		// programme needs no cadence): six blockers.
		"Flash mentoring day (draft) — flash, 1 participant: NOT READY (6 blockers)",
		// Daan gives 2 hours; the sales programme expects 3.
		"Daan Mulder (dm) can give 2 hours a month; the programme expects 3 hours.",
		"2 Feb proposed → 4 Feb active → 20 Mar paused → 6 Apr active",
		"5 Jan proposed → 9 Jan ended (declined)",
		`relationships[2].topic ("rev-x") = "finance": is not among the topics ey offers`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// sales-3: last session 25 Feb 14:00 CET, now 15 Apr 17:00 CEST, so
	// 49 days and 2 hours; stalled after 3 × 14 = 42 days. Its three
	// sessions were all started by the mentor (mentee initiative 0%) with
	// talk shares 0.75, 0.7 and 0.8, mean 0.75.
	row := regexp.MustCompile(`(?m)^sales-3 +active +3 +49 days ago +every 14 days +0% +75% +stalled; mentee rarely takes the initiative; mentor talks more than listens; expectations never discussed$`)
	if !row.MatchString(out) {
		t.Errorf("sales-3 health row not as expected:\n%s", out)
	}
	// rev-1: one session on 25 Feb 08:00 CET, 49 days before now; overdue
	// after 1.5 × 28 = 42 days, stalled only after 84.
	if !regexp.MustCompile(`(?m)^rev-1 +active +1 +49 days ago +every 28 days +0% +— +overdue$`).MatchString(out) {
		t.Errorf("rev-1 health row not as expected:\n%s", out)
	}
}
