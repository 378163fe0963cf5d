package main

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/mentorkit/mentorkit/mentoring"
)

// organisationJSON is a small fictional organisation: 14 people, a
// one-to-one programme, a group, a reverse-mentoring programme and a draft,
// with relationships, their lifecycle steps and their sessions.
//
//go:embed organisation.json
var organisationJSON []byte

// organisation is the shape of organisation.json. Participants refer to
// people by ID; relationships list their lifecycle steps after the
// proposal.
type organisation struct {
	Name       string             `json:"organisation"`
	Now        time.Time          `json:"now"`
	People     []mentoring.Person `json:"people"`
	Programmes []struct {
		Programme    mentoring.Programme `json:"programme"`
		Participants []struct {
			PersonID string `json:"personId"`
			mentoring.Participant
		} `json:"participants"`
	} `json:"programmes"`
	Relationships []struct {
		mentoring.Relationship
		Proposed time.Time `json:"proposed"`
		Steps    []struct {
			To     mentoring.State     `json:"to"`
			At     time.Time           `json:"at"`
			Reason mentoring.EndReason `json:"reason"`
		} `json:"steps"`
	} `json:"relationships"`
	Sessions []mentoring.Session `json:"sessions"`
}

// runMentoring sets up the programmes, reviews their readiness, takes the
// relationships through their lifecycle and prints each one's health.
func runMentoring(w io.Writer) error {
	var org organisation
	if err := json.Unmarshal(organisationJSON, &org); err != nil {
		return fmt.Errorf("reading organisation.json: %w", err)
	}
	people := make(map[string]mentoring.Person, len(org.People))
	var errs []error
	for i, p := range org.People {
		if err := p.Validate(); err != nil {
			errs = append(errs, fmt.Errorf("people[%d]: %w", i, err))
		}
		people[p.ID] = p
	}
	if err := errors.Join(errs...); err != nil {
		return err
	}
	name := func(id string) string { return people[id].Name }

	fmt.Fprintf(w, "== Mentoring at %s, %d people, on %s\n\n", org.Name, len(org.People), org.Now.Format("Monday 2 January 2006"))

	// Programmes: copy each person into their participant record, validate
	// and review readiness.
	programmes := make(map[string]mentoring.Programme)
	var order []string
	for _, entry := range org.Programmes {
		p := entry.Programme
		for _, q := range entry.Participants {
			person, ok := people[q.PersonID]
			if !ok {
				return fmt.Errorf("programme %s: unknown person %q", p.ID, q.PersonID)
			}
			q.Participant.Person = person.Clone()
			p.Participants = append(p.Participants, q.Participant)
		}
		if err := p.Validate(); err != nil {
			return fmt.Errorf("programme %s: %w", p.ID, err)
		}
		programmes[p.ID] = p
		order = append(order, p.ID)

		review := p.Review()
		verdict := "ready to start"
		if !review.Ready {
			verdict = fmt.Sprintf("NOT READY (%d blockers)", review.Blockers())
		}
		fmt.Fprintf(w, "%s — %s, %s: %s\n", p.Name, formatName(p.Format), plural(len(p.Participants), "participant"), verdict)
		for _, f := range review.Findings {
			fmt.Fprintf(w, "    %-7s  %s\n", f.Severity, f.Message)
		}
	}

	// Relationships: propose, take each step, and check them against their
	// programme's rules (roles, group size, reverse seniority and topic,
	// capacity).
	fmt.Fprintf(w, "\n== Relationships\n\n")
	rels := make(map[string][]mentoring.Relationship)
	var all []mentoring.Relationship
	for _, in := range org.Relationships {
		r, err := mentoring.Propose(in.Relationship, in.Proposed)
		if err != nil {
			return fmt.Errorf("relationship %s: %w", in.ID, err)
		}
		for _, s := range in.Steps {
			if r, err = r.Transition(s.To, s.At, s.Reason); err != nil {
				return err
			}
		}
		rels[r.ProgrammeID] = append(rels[r.ProgrammeID], r)
		all = append(all, r)

		mentees := make([]string, len(r.MenteeIDs))
		for i, id := range r.MenteeIDs {
			mentees[i] = name(id)
		}
		topic := ""
		if r.Topic != "" {
			topic = " on " + r.Topic
		}
		fmt.Fprintf(w, "%-8s %s mentors %s%s\n", r.ID, name(r.MentorID), strings.Join(mentees, ", "), topic)
		var steps []string
		for _, t := range r.Transitions {
			s := t.At.Format("2 Jan") + " " + t.To.String()
			if t.Reason != 0 {
				s += " (" + t.Reason.String() + ")"
			}
			steps = append(steps, s)
		}
		fmt.Fprintf(w, "         %s\n", strings.Join(steps, " → "))
	}
	for _, id := range order {
		if err := programmes[id].ValidateRelationships(rels[id]); err != nil {
			return fmt.Errorf("programme %s: %w", id, err)
		}
		var sessions []mentoring.Session
		for _, s := range org.Sessions {
			for _, r := range rels[id] {
				if s.RelationshipID == r.ID {
					sessions = append(sessions, s)
				}
			}
		}
		if err := programmes[id].ValidateSessions(rels[id], sessions); err != nil {
			return fmt.Errorf("programme %s: %w", id, err)
		}
	}

	// A pairing the rules refuse: a reverse mentor mentors only on a topic
	// they offer.
	wrong, err := mentoring.Propose(mentoring.Relationship{
		ID: "rev-x", ProgrammeID: "reverse", MentorID: "ey", MenteeIDs: []string{"pb"}, Topic: "finance",
	}, org.Now)
	if err != nil {
		return err
	}
	if err := programmes["reverse"].ValidateRelationships(append(rels["reverse"], wrong)); err != nil {
		fmt.Fprintf(w, "\nRefused: Emma mentoring Pieter on finance:\n")
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Fprintf(w, "    %s\n", line)
		}
	} else {
		return errors.New("the rules accepted a reverse pairing on a topic the mentor does not offer")
	}

	// Health of every relationship on org.Now, against its programme's
	// cadence.
	fmt.Fprintf(w, "\n== Health on %s\n\n", org.Now.Format("2 January 2006"))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "relationship\tstate\tsessions\tlast session\tcadence\tmentee initiative\tmentor talk\tattention")
	for _, r := range all {
		var sessions []mentoring.Session
		for _, s := range org.Sessions {
			if s.RelationshipID == r.ID {
				sessions = append(sessions, s)
			}
		}
		h, err := mentoring.AssessHealth(r, sessions, programmes[r.ProgrammeID].Cadence, org.Now, mentoring.HealthConfig{})
		if err != nil {
			return fmt.Errorf("health of %s: %w", r.ID, err)
		}
		last, initiative, talk := "—", "—", "—"
		if h.Sessions > 0 {
			last = fmt.Sprintf("%.0f days ago", h.DaysSinceLastSession)
			initiative = fmt.Sprintf("%.0f%%", 100*h.MenteeInitiativeShare)
		}
		if h.TalkShareSessions > 0 {
			talk = fmt.Sprintf("%.0f%%", 100*h.MentorTalkShare)
		}
		attention := "ok"
		if c := h.Concerns(); len(c) > 0 {
			texts := make([]string, len(c))
			for i, code := range c {
				texts[i] = concernText[code]
			}
			attention = strings.Join(texts, "; ")
		}
		if h.State.Final() {
			attention = "closed"
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\tevery %.0f days\t%s\t%s\t%s\n",
			r.ID, h.State, h.Sessions, last, h.CadenceDays, initiative, talk, attention)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w)
	return nil
}

// concernText explains the health concern codes to a programme manager.
var concernText = map[string]string{
	mentoring.ConcernOverdue:                  "overdue",
	mentoring.ConcernStalled:                  "stalled",
	mentoring.ConcernMentorDrivesInitiative:   "mentee rarely takes the initiative",
	mentoring.ConcernMentorTalksMore:          "mentor talks more than listens",
	mentoring.ConcernExpectationsNotDiscussed: "expectations never discussed",
}

// plural returns "1 participant" or "3 participants".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// formatName spells a programme format for people.
func formatName(f mentoring.Format) string {
	switch f {
	case mentoring.FormatOneToOne:
		return "one-to-one"
	case mentoring.FormatCrossOrganisation:
		return "cross-organisation"
	}
	return f.String()
}
