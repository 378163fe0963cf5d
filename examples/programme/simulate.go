package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/mentoring"
)

// The session model. A pair meets at each cadence slot with probability
// 0.35 + 0.65·fit, a few days either side of it; a pair that does not click
// (fit below stopFit) stops meeting after two sessions. The better the
// fit, the more often the mentee takes the initiative, the less the mentor
// talks, the likelier expectations are discussed in the first session and
// the higher the mentees rate the session. None of this is mentorkit: it
// is the made-up year the library is shown on.
const stopFit = 0.25

var techniques = []mentoring.Technique{mentoring.TechniqueGuidance, mentoring.TechniqueReflection,
	mentoring.TechniqueRoleModel, mentoring.TechniqueOpenQuestions}

// plan draws the sessions of relationship r from from until the programme
// ends or a member leaves. A circle goes on without a mentee who leaves
// (only its mentor leaving ends it): from then on that mentee initiates,
// rates and works on goals no more.
func (y *year) plan(t *track, r mentoring.Relationship, from time.Time) {
	rng, fit := y.sessions, t.fit[r.ID]
	until := y.end
	members := []string{r.MentorID}
	if t.prog.Format != mentoring.FormatGroup {
		members = append(members, r.MenteeIDs...)
	}
	for _, id := range members {
		if d, ok := y.leaves[id]; ok && d.Before(until) {
			until = d
		}
	}
	var out []mentoring.Session
	for k := 0; ; k++ {
		at := from.Add(time.Duration(k)*t.cadence + time.Duration(1+rng.IntN(5))*day + time.Duration(9+rng.IntN(8))*time.Hour)
		if !at.Before(until) || (fit < stopFit && len(out) == 2) {
			break
		}
		var present []string
		for _, m := range r.MenteeIDs {
			if d, gone := y.leaves[m]; !gone || at.Before(d) {
				present = append(present, m)
			}
		}
		if len(present) == 0 {
			break
		}
		if rng.Float64() >= 0.35+0.65*fit {
			continue
		}
		s := mentoring.Session{ID: fmt.Sprintf("%s/s%02d", r.ID, len(out)+1), RelationshipID: r.ID, Start: at,
			Duration:        time.Duration(45+15*rng.IntN(4)) * time.Minute,
			InitiatedBy:     r.MentorID,
			MentorTalkShare: mentoring.TalkShare(clamp(0.3+0.35*(1-fit)+0.05*rng.NormFloat64(), 0.05, 0.95)),
		}
		if rng.Float64() < 0.3+0.6*fit {
			s.InitiatedBy = present[rng.IntN(len(present))]
		}
		s.ExpectationsDiscussed = rng.Float64() < 0.1 || (len(out) == 0 && rng.Float64() < 0.4+0.6*fit)
		s.Techniques = []mentoring.Technique{techniques[rng.IntN(len(techniques))]}
		if t.prog.Format == mentoring.FormatReverse {
			s.Techniques = append(s.Techniques, mentoring.TechniqueReverseMentoring)
		}
		var ratings []float64
		for _, m := range r.MenteeIDs {
			if !slices.Contains(present, m) {
				ratings = append(ratings, math.NaN())
				continue
			}
			if rng.Float64() < 0.4+0.5*fit {
				s.GoalIDs = append(s.GoalIDs, goalIDs(m)[rng.IntN(2)])
			}
			ratings = append(ratings, clamp(math.Round(2.2+2.8*fit+0.6*rng.NormFloat64()), 1, 5))
		}
		t.ratings[s.ID] = ratings
		out = append(out, s)
	}
	t.sessions[r.ID] = out
}

// goalIDs returns the IDs of a mentee's two goals (step 4): sessions refer
// to them from the start.
func goalIDs(menteeID string) [2]string {
	return [2]string{menteeID + "/practice", menteeID + "/learn"}
}

// end ends relationship i at at (or when it started, if later) for reason
// and drops its sessions from then on.
func (t *track) end(i int, at time.Time, reason mentoring.EndReason) error {
	r := t.rels[i]
	if s := r.Since(); at.Before(s) {
		at = s
	}
	r, err := r.End(at, reason)
	if err != nil {
		return err
	}
	t.rels[i] = r
	t.sessions[r.ID] = slices.DeleteFunc(t.sessions[r.ID], func(s mentoring.Session) bool { return !s.Start.Before(at) })
	return nil
}

// open returns the index of the open relationship of mentor and mentee, or
// -1.
func (t *track) open(mentorID, menteeID string) int {
	for i, r := range t.rels {
		if r.State.Open() && r.MentorID == mentorID && slices.Contains(r.MenteeIDs, menteeID) {
			return i
		}
	}
	return -1
}

// leave handles person id leaving at at: their relationships end, and in
// the one-to-one programme the Rematcher gives their place (or their
// mentees) to whoever gains most. It returns the re-matching changes.
func (y *year) leave(id string, at time.Time) ([]pairing.Change, error) {
	var changes []pairing.Change
	for _, t := range y.tracks {
		for i, r := range t.rels {
			if r.State.Open() && (r.MentorID == id || (t.prog.Format != mentoring.FormatGroup && r.HasMember(id))) {
				if err := t.end(i, at, mentoring.ReasonLeftOrganisation); err != nil {
					return nil, err
				}
			}
		}
		if t.rm == nil {
			continue
		}
		var cs []pairing.Change
		var err error
		switch {
		case slices.Contains(t.rm.MenteeIDs(), id):
			cs, err = t.rm.RemoveMentee(id)
		case slices.Contains(t.rm.MentorIDs(), id):
			cs, err = t.rm.RemoveMentor(id)
		}
		if err != nil {
			return nil, err
		}
		if err := y.apply(t, cs, at); err != nil {
			return nil, err
		}
		changes = append(changes, cs...)
	}
	return changes, nil
}

// apply turns the Rematcher's changes in t (the one-to-one programme) into
// relationships: a mentee who moves ends the old relationship (another
// reason: re-matched) and starts a new one the same day.
func (y *year) apply(t *track, changes []pairing.Change, at time.Time) error {
	for _, c := range changes {
		if c.From != "" {
			if i := t.open(c.From, c.MenteeID); i >= 0 {
				if err := t.end(i, at, mentoring.ReasonOther); err != nil {
					return err
				}
			}
		}
		if c.To == "" {
			continue
		}
		r, err := mentoring.Propose(mentoring.Relationship{ID: fmt.Sprintf("%s/%s/%s/%s", t.prog.ID, c.To, c.MenteeID, at.Format("0102")),
			ProgrammeID: t.prog.ID, MentorID: c.To, MenteeIDs: []string{c.MenteeID}}, at)
		if err == nil {
			r, err = r.Activate(at)
		}
		if err != nil {
			return err
		}
		x, err := t.pairing.Explain(c.To, c.MenteeID)
		if err != nil {
			return err
		}
		t.add(y, r, x.Score)
		y.plan(t, r, at)
	}
	return t.prog.ValidateRelationships(t.rels)
}

// leavers returns the people who leave in [from, to), by day, then ID.
func (y *year) leavers(from, to time.Time) []string {
	var ids []string
	for id, d := range y.leaves {
		if !d.Before(from) && d.Before(to) {
			ids = append(ids, id)
		}
	}
	slices.SortFunc(ids, func(a, b string) int {
		if c := y.leaves[a].Compare(y.leaves[b]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	return ids
}

// held returns the sessions of t held before at, over all relationships.
func (t *track) held(at time.Time) int {
	n := 0
	for _, r := range t.rels {
		for _, s := range t.sessions[r.ID] {
			if s.Start.Before(at) {
				n++
			}
		}
	}
	return n
}
