package main

import (
	"errors"
	"fmt"
	"io"
	"math"
	"time"

	"github.com/mentorkit/mentorkit/mentoring"
)

// stepFirstHalf runs the sessions up to the mid-point: regular contact
// between mentor and mentee. People leave as the year goes on; in the
// one-to-one programme the Rematcher gives a leaver's place, or a leaving
// mentor's mentees, to whoever gains most.
func stepFirstHalf(w io.Writer, y *year) error {
	section(w, "5. Sessions, first half")
	return y.half(w, y.start, y.mid)
}

// stepSecondHalf runs the sessions from the mid-point to the end, then
// closes every relationship still running as completed.
func stepSecondHalf(w io.Writer, y *year) error {
	section(w, "7. Sessions, second half")
	if err := y.half(w, y.mid, y.end); err != nil {
		return err
	}
	tw := table(w)
	fmt.Fprintln(w, "\nThe year's relationships, by how they ended:")
	fmt.Fprintln(tw, "programme\trelationships\tcompleted\tpoor fit\tsomeone left\tmoved\tsessions\tsessions per completed one")
	for _, t := range y.tracks {
		ended := map[mentoring.EndReason]int{}
		completed, sessions, ofCompleted := 0, 0, 0
		var all []mentoring.Session
		for i := range t.rels {
			r := t.rels[i]
			if r.State.Open() {
				var err error
				if r, err = r.Complete(y.end); err != nil {
					return err
				}
				t.rels[i] = r
			}
			n := len(t.sessions[r.ID])
			sessions += n
			all = append(all, t.sessions[r.ID]...)
			if r.State == mentoring.StateCompleted {
				completed++
				ofCompleted += n
			} else {
				ended[r.Transitions[len(r.Transitions)-1].Reason]++
			}
		}
		// The year's record must obey the programme's rules: roles, group
		// sizes, capacity, reverse seniority and topic, sessions initiated by
		// a member after the proposal.
		if err := errors.Join(t.prog.ValidateRelationships(t.rels), t.prog.ValidateSessions(t.rels, all)); err != nil {
			return err
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%.1f\n", t.prog.Name, len(t.rels), completed, ended[mentoring.ReasonNotAGoodFit],
			ended[mentoring.ReasonLeftOrganisation], ended[mentoring.ReasonOther], sessions, float64(ofCompleted)/math.Max(1, float64(completed)))
	}
	return tw.Flush()
}

// half handles the leavers of [from, to) in order and reports the sessions
// held in that period.
func (y *year) half(w io.Writer, from, to time.Time) error {
	ids := y.leavers(from, to)
	moved := 0
	for _, id := range ids {
		cs, err := y.leave(id, y.leaves[id])
		if err != nil {
			return err
		}
		for _, c := range cs {
			if c.MenteeID != id && c.To != "" && (c.From == "" || c.From == id) {
				moved++ // a waiting mentee, or a leaving mentor's mentee, found a mentor
			}
		}
	}
	fmt.Fprintf(w, "%d people left the organisation", len(ids))
	if moved > 0 {
		fmt.Fprintf(w, "; the Rematcher found a mentor for %d one-to-one mentees left without one", moved)
	}
	fmt.Fprintln(w, ".")
	tw := table(w)
	fmt.Fprintf(tw, "programme\tsessions held\trelationships running on %s\n", to.Format("2 Jan"))
	for _, t := range y.tracks {
		running := 0
		for _, r := range t.rels {
			if r.State.Open() {
				running++
			}
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\n", t.prog.Name, t.held(to)-t.held(from), running)
	}
	return tw.Flush()
}
