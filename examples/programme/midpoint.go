package main

import (
	"cmp"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/mentorkit/mentorkit/feedback"
	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/mentoring"
)

// stepMidPoint monitors progress with the mentor's self-check questions
// (who takes the initiative, who talks most, were expectations discussed): the health of every running relationship at
// the mid-point, with mentorkit's default thresholds. The one-to-one pair
// in the worst state is ended as a poor fit (the pair does not click) and its
// mentee re-matched, warm, by the Rematcher.
func stepMidPoint(w io.Writer, y *year) error {
	section(w, "6. Health at the mid-point, "+y.mid.Format("2 Jan 2006"))
	cfg := mentoring.HealthConfig{}.WithDefaults()
	tw := table(w)
	fmt.Fprintln(tw, "programme\trunning\thealthy\toverdue\tstalled\tmentor drives\tmentor talks more\tno expectations talk")
	for _, t := range y.tracks {
		t.health = nil
		counts := map[string]int{}
		healthy := 0
		for _, r := range t.rels {
			if !r.State.Open() {
				continue
			}
			h, err := mentoring.AssessHealth(r, t.before(r.ID, y.mid), t.cadence, y.mid, cfg)
			if err != nil {
				return err
			}
			t.health = append(t.health, h)
			cs := h.Concerns()
			if len(cs) == 0 {
				healthy++
			}
			for _, c := range cs {
				counts[c]++
			}
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\n", t.prog.Name, len(t.health), healthy, counts[mentoring.ConcernOverdue],
			counts[mentoring.ConcernStalled], counts[mentoring.ConcernMentorDrivesInitiative], counts[mentoring.ConcernMentorTalksMore],
			counts[mentoring.ConcernExpectationsNotDiscussed])
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	grow := y.tracks[0]
	cad := grow.cadence.Hours() / 24
	fmt.Fprintf(w, "A %s pair is overdue after %g days without a session and stalled after %g; the mentor drives when mentees\n"+
		"initiate under %s of at least %d sessions, and talks more when their mean talk share is over %s.\n",
		grow.prog.Name, cfg.OverdueAfter*cad, cfg.StalledAfter*cad, pct(cfg.MinMenteeInitiative), cfg.MinSessions, pct(cfg.MaxMentorTalkShare))
	return rematchPoorFit(w, y, grow)
}

// concernWords says the health concern codes in plain words.
var concernWords = map[string]string{
	mentoring.ConcernOverdue:                  "overdue",
	mentoring.ConcernStalled:                  "stalled",
	mentoring.ConcernMentorDrivesInitiative:   "the mentor takes the initiative",
	mentoring.ConcernMentorTalksMore:          "the mentor talks more than they listen",
	mentoring.ConcernExpectationsNotDiscussed: "expectations never discussed",
}

// concerns lists h's concerns in plain words.
func concerns(h mentoring.Health) string {
	var out []string
	for _, c := range h.Concerns() {
		out = append(out, concernWords[c])
	}
	return strings.Join(out, "; ")
}

// before returns the sessions of relationship id that started before at.
func (t *track) before(id string, at time.Time) []mentoring.Session {
	return slices.DeleteFunc(slices.Clone(t.sessions[id]), func(s mentoring.Session) bool { return !s.Start.Before(at) })
}

// worst returns the health of the relationship in the worst state: stalled
// before overdue, then the most concerns, then the longest without a
// session, ties by ID; false when every relationship is on time.
func worst(hs []mentoring.Health) (mentoring.Health, bool) {
	var bad []mentoring.Health
	for _, h := range hs {
		if h.Overdue {
			bad = append(bad, h)
		}
	}
	if len(bad) == 0 {
		return mentoring.Health{}, false
	}
	return slices.MinFunc(bad, func(a, b mentoring.Health) int {
		return cmp.Or(-cmpBool(a.Stalled, b.Stalled), -cmp.Compare(len(a.Concerns()), len(b.Concerns())),
			-cmp.Compare(a.DaysWithoutSession, b.DaysWithoutSession), cmp.Compare(a.RelationshipID, b.RelationshipID))
	}), true
}

func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// rematchPoorFit shows the mentor's self-check of the worst relationship,
// ends it as not a good fit and re-matches its mentee: the mentee leaves
// the Rematcher and joins again with the old mentor forbidden. Running
// relationships are kept unless a move gains more than rematchPenalty.
func rematchPoorFit(w io.Writer, y *year, t *track) error {
	h, ok := worst(t.health)
	if !ok {
		fmt.Fprintln(w, "\nNo one-to-one pair is overdue: nothing to re-match.")
		return nil
	}
	i := slices.IndexFunc(t.rels, func(r mentoring.Relationship) bool { return r.ID == h.RelationshipID })
	r := t.rels[i]
	mentee := r.MenteeIDs[0]
	fmt.Fprintf(w, "\nPoor fit: %s and %s, %d sessions, %.0f days without one (%s).\n",
		y.name(r.MentorID), y.name(mentee), h.Sessions, h.DaysWithoutSession, concerns(h))
	g := goalIDs(mentee)
	sc, err := feedback.SelfCheck(feedback.SelfCheckInput{Health: h, Sessions: t.before(r.ID, y.mid), GoalIDs: g[:]}, feedback.SelfCheckConfig{})
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "The mentor's self-check had flagged:")
	for _, s := range sc.Concerns() {
		fmt.Fprintf(w, "  - %s (%.2f, want %s %.2f)\n", s.Question[0], s.Value, map[bool]string{true: "≥", false: "≤"}[s.AtLeast], s.Threshold)
	}

	if err := t.end(i, y.mid, mentoring.ReasonNotAGoodFit); err != nil {
		return err
	}
	before := t.rm.Augmentations()
	left, err := t.rm.RemoveMentee(mentee)
	if err != nil {
		return err
	}
	if err := y.apply(t, left, y.mid); err != nil {
		return err
	}
	scores := make([]float64, len(t.rm.MentorIDs()))
	for j, m := range t.rm.MentorIDs() {
		x, err := t.pairing.Explain(m, mentee)
		if err != nil {
			return err
		}
		scores[j] = x.Score
		if len(x.Rules) > 0 || m == r.MentorID {
			scores[j] = math.Inf(-1)
		}
	}
	back, err := t.rm.AddMentee(mentee, scores)
	if err != nil {
		return err
	}
	if err := y.apply(t, back, y.mid); err != nil {
		return err
	}
	fmt.Fprintf(w, "Ended as not a good fit (%v); the Rematcher re-matched warm in %d augmenting paths:\n", mentoring.ReasonNotAGoodFit, t.rm.Augmentations()-before)
	for _, c := range append(left, back...) {
		if c.From == r.MentorID && c.MenteeID == mentee {
			continue // the ended pair itself
		}
		switch {
		case c.To == "":
			fmt.Fprintf(w, "  %s waits for a mentor\n", y.name(c.MenteeID))
		case c.From == "":
			x, err := t.pairing.Explain(c.To, c.MenteeID)
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "  %s now mentors %s (score %.2f)\n", y.name(c.To), y.name(c.MenteeID), x.Score)
		default:
			fmt.Fprintf(w, "  %s moves from %s to %s\n", y.name(c.MenteeID), y.name(c.From), y.name(c.To))
		}
	}
	if !slices.ContainsFunc(back, func(c pairing.Change) bool { return c.MenteeID == mentee && c.To != "" }) {
		fmt.Fprintf(w, "  %s waits for a mentor: no allowed mentor has a place worth taking\n", y.name(mentee))
	}
	return nil
}
