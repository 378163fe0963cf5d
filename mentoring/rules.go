package mentoring

import (
	"math"
	"strconv"
)

// ValidateRelationships checks rels against the programme p: every
// relationship must pass Relationship.Validate, belong to p (ProgrammeID),
// have a unique ID and obey the rules of p's format and of its people:
//
//   - the mentor is a participant whose role may mentor (mentor, reverse
//     mentor, peer mentor) and every mentee a participant whose role may be
//     mentored (mentee, peer mentor), else ErrUnknownReference or
//     ErrRoleMismatch;
//   - the number of mentees fits the format: one, or GroupSize for a group
//     (4 to 6 by default), else ErrGroupSize;
//   - reverse mentoring (a reverse programme or a reverse mentor): a topic
//     is named and offered by the mentor (ErrMissing, ErrTopicNotOffered),
//     and the mentor is less senior than every mentee by
//     Seniority.Compare (ErrNotInverted);
//   - peer mentoring (a peer programme): mentor and mentee are at most one
//     Level and at most PeerBandYears years of experience apart
//     (ErrOutsidePeerBand);
//   - cross-organisation: mentor and mentee name their organisations and
//     they differ (ErrSameOrganisation);
//   - across the open relationships (proposed, active, paused): each
//     mentor's mentees fit their Capacity (ErrCapacity, reported at the
//     first relationship that exceeds it), the same mentor, mentee and
//     topic appear at most once (ErrDuplicate), and no two people mentor
//     each other on the same topic (ErrMutualMentoring). Completed and
//     ended relationships are history and take no part in these.
//
// Topics are compared as terms (case, accents and punctuation between words
// ignored). Problems are *FieldErrors with fields "relationships[i]...",
// joined in input order; nil means all is well. p itself is not validated
// here (call p.Validate).
func (p Programme) ValidateRelationships(rels []Relationship) error {
	var v validator
	byID := make(map[string]int, len(p.Participants))
	for i, q := range p.Participants {
		if _, dup := byID[q.Person.ID]; !dup {
			byID[q.Person.ID] = i
		}
	}
	lookup := func(id string) (Participant, bool) {
		i, ok := byID[id]
		if !ok {
			return Participant{}, false
		}
		return p.Participants[i], true
	}
	lo, hi := p.Format.menteeBounds(p.GroupSize)
	relIDs := make(map[string]int, len(rels))
	load := make(map[string]int)     // open mentees per mentor
	pairs := make(map[[3]string]int) // open (mentor, mentee, topic) → index
	for i, r := range rels {
		rp := func() string { return index("relationships", i) }
		var tmp validator
		r.check(&tmp, "")
		if len(tmp.errs) > 0 {
			r.check(&v, rp())
		}
		if r.ID != "" {
			if j, dup := relIDs[r.ID]; dup {
				v.add(field(rp(), "id"), r.ID, "repeats "+index("relationships", j), ErrDuplicate)
			} else {
				relIDs[r.ID] = i
			}
		}
		if r.ProgrammeID != "" && r.ProgrammeID != p.ID {
			v.add(field(rp(), "programmeId"), r.ProgrammeID, "is not programme "+strconv.Quote(p.ID), ErrUnknownReference)
		}
		if n := len(r.MenteeIDs); n > 0 && (n < lo || n > hi) {
			v.add(field(rp(), "menteeIds"), n, "a "+p.Format.String()+" relationship has "+bounds(lo, hi)+" mentees", ErrGroupSize)
		}
		mentor, mentorOK := lookup(r.MentorID)
		switch {
		case r.MentorID == "":
		case !mentorOK:
			v.add(field(rp(), "mentorId"), r.MentorID, "is not a participant of the programme", ErrUnknownReference)
		case !mentor.Role.canMentor():
			v.add(field(rp(), "mentorId"), r.MentorID, "is a "+mentor.Role.String()+", who does not mentor", ErrRoleMismatch)
		}
		reverse := p.Format == FormatReverse || (mentorOK && mentor.Role == RoleReverseMentor)
		if reverse && mentorOK {
			switch {
			case termKey(r.Topic) == "":
				v.add(field(rp(), "topic"), r.Topic, "reverse mentoring needs a topic the mentor offers", ErrMissing)
			case !mentor.OffersTopic(r.Topic):
				v.add(field(rp(), "topic"), r.Topic, "is not among the topics "+r.MentorID+" offers", ErrTopicNotOffered)
			}
		}
		for k, id := range r.MenteeIDs {
			mp := func() string { return index(field(rp(), "menteeIds"), k) }
			mentee, ok := lookup(id)
			switch {
			case id == "" || id == r.MentorID:
				continue // reported by Relationship.check
			case !ok:
				v.add(mp(), id, "is not a participant of the programme", ErrUnknownReference)
				continue
			case !mentee.Role.canBeMentored():
				v.add(mp(), id, "is a "+mentee.Role.String()+", who is not mentored", ErrRoleMismatch)
			}
			if !mentorOK {
				continue
			}
			if reverse && mentor.Person.Seniority.Compare(mentee.Person.Seniority) >= 0 {
				v.add(mp(), id, "is not more senior than reverse mentor "+r.MentorID+
					" ("+seniorityText(mentee.Person.Seniority)+" against "+seniorityText(mentor.Person.Seniority)+")", ErrNotInverted)
			}
			if p.Format == FormatPeer {
				a, b := mentor.Person.Seniority, mentee.Person.Seniority
				if gap := math.Abs(a.Years - b.Years); gap > p.peerBand() || absInt(int(a.Level)-int(b.Level)) > 1 {
					v.add(mp(), id, "is outside the peer band of "+r.MentorID+" ("+seniorityText(b)+" against "+
						seniorityText(a)+", band "+strconv.FormatFloat(p.peerBand(), 'g', -1, 64)+" years and one level)", ErrOutsidePeerBand)
				}
			}
			if p.Format == FormatCrossOrganisation {
				a, b := mentor.Person.Organisation, mentee.Person.Organisation
				if termKey(a) == "" || termKey(b) == "" || sameTerm(a, b) {
					v.add(mp(), id, "must come from another organisation than the mentor ("+strconv.Quote(b)+" against "+strconv.Quote(a)+")", ErrSameOrganisation)
				}
			}
		}
		if !r.State.Open() {
			continue
		}
		if mentorOK && mentor.Role.canMentor() {
			before := load[r.MentorID]
			load[r.MentorID] = before + len(r.MenteeIDs)
			if before <= mentor.Capacity && load[r.MentorID] > mentor.Capacity {
				v.add(field(rp(), "mentorId"), r.MentorID, "now has "+strconv.Itoa(load[r.MentorID])+
					" mentees in open relationships, capacity "+strconv.Itoa(mentor.Capacity), ErrCapacity)
			}
		}
		topic := termKey(r.Topic)
		for k, id := range r.MenteeIDs {
			if id == "" || id == r.MentorID {
				continue
			}
			mp := func() string { return index(field(rp(), "menteeIds"), k) }
			if j, ok := pairs[[3]string{id, r.MentorID, topic}]; ok {
				v.add(mp(), id, "already mentors "+r.MentorID+" on the same topic in "+index("relationships", j), ErrMutualMentoring)
			}
			key := [3]string{r.MentorID, id, topic}
			if j, dup := pairs[key]; dup {
				v.add(mp(), id, "is already mentored by "+r.MentorID+" on the same topic in "+index("relationships", j), ErrDuplicate)
			} else {
				pairs[key] = i
			}
		}
	}
	return v.err()
}

// bounds formats a mentee range: "1" or "4 to 6".
func bounds(lo, hi int) string {
	if lo == hi {
		return strconv.Itoa(lo)
	}
	return strconv.Itoa(lo) + " to " + strconv.Itoa(hi)
}

// seniorityText formats a seniority as "senior, 12 years".
func seniorityText(s Seniority) string {
	return s.Level.String() + ", " + strconv.FormatFloat(s.Years, 'g', -1, 64) + " years"
}

func absInt(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// ValidateSessions checks sessions against the programme p and its
// relationships rels (which ValidateRelationships checks). Each session
// must pass Session.Validate, have an ID unique among sessions
// (ErrDuplicate), belong to one of rels (ErrUnknownReference), be
// initiated by that relationship's mentor or one of its mentees
// (ErrUnknownReference) and start no earlier than the relationship was
// proposed (ErrTimeOrder). In a flash programme a relationship has a single
// session; every further one is ErrTooManySessions. Problems are
// *FieldErrors with fields "sessions[i]...", joined in input order.
//
// Whether a session lies in the past depends on now; AssessHealth checks
// that.
func (p Programme) ValidateSessions(rels []Relationship, sessions []Session) error {
	var v validator
	byID := make(map[string]int, len(rels))
	for i, r := range rels {
		if _, dup := byID[r.ID]; !dup {
			byID[r.ID] = i
		}
	}
	ids := make(map[string]int, len(sessions))
	first := make(map[string]int) // relationship ID → its first session, flash only
	for i, s := range sessions {
		sp := func() string { return index("sessions", i) }
		var tmp validator
		s.check(&tmp, "")
		if len(tmp.errs) > 0 {
			s.check(&v, sp())
		}
		if s.ID != "" {
			if j, dup := ids[s.ID]; dup {
				v.add(field(sp(), "id"), s.ID, "repeats "+index("sessions", j), ErrDuplicate)
			} else {
				ids[s.ID] = i
			}
		}
		if s.RelationshipID == "" {
			continue
		}
		ri, ok := byID[s.RelationshipID]
		if !ok {
			v.add(field(sp(), "relationshipId"), s.RelationshipID, "is not a relationship of programme "+strconv.Quote(p.ID), ErrUnknownReference)
			continue
		}
		r := rels[ri]
		if s.InitiatedBy != "" && !r.HasMember(s.InitiatedBy) {
			v.add(field(sp(), "initiatedBy"), s.InitiatedBy, "is neither the mentor nor a mentee of "+r.ID, ErrUnknownReference)
		}
		if len(r.Transitions) > 0 && !s.Start.IsZero() && s.Start.Before(r.Transitions[0].At) {
			v.add(field(sp(), "start"), s.Start, "is before relationship "+r.ID+" was proposed", ErrTimeOrder)
		}
		if p.Format == FormatFlash {
			if j, seen := first[r.ID]; seen {
				v.add(field(sp(), "relationshipId"), r.ID, "already had its single flash session in "+index("sessions", j), ErrTooManySessions)
			} else {
				first[r.ID] = i
			}
		}
	}
	return v.err()
}
