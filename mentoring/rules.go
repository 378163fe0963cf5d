package mentoring

import "math"

// ValidateRelationships checks rels against the programme p: every
// relationship must pass Relationship.Validate, belong to p (ProgrammeID),
// have a unique ID and obey the rules of p's format and of its people:
//
//   - the mentor is a participant whose role may mentor (mentor, reverse
//     mentor, peer mentor) and every mentee a participant whose role may be
//     mentored (mentee, peer mentor), else ErrUnknownReference or
//     ErrRoleMismatch; a person listed with two roles is looked up in the
//     one that fits the side (mentor in one pair, mentee in another), and
//     is never their own mentee (ErrSelfMentoring);
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
	c := relationshipChecker{
		p:      p,
		byID:   make(map[string][2]int, len(p.Participants)),
		relIDs: make(map[string]int, len(rels)),
		load:   make(map[string]int),
		pairs:  make(map[[3]string]int),
	}
	for i, q := range p.Participants {
		if at, dup := c.byID[q.Person.ID]; !dup {
			c.byID[q.Person.ID] = [2]int{i, -1}
		} else if at[1] < 0 {
			c.byID[q.Person.ID] = [2]int{at[0], i}
		}
	}
	c.lo, c.hi = p.Format.menteeBounds(p.GroupSize)
	for i, r := range rels {
		restore := c.v.about(r.ID)
		c.check(i, r)
		restore()
	}
	return c.v.err()
}

// relationshipChecker holds what ValidateRelationships learns as it goes
// through the relationships in order.
type relationshipChecker struct {
	v      validator
	p      Programme
	byID   map[string][2]int // person ID → its first two participants (-1: none)
	lo, hi int               // mentees per relationship
	relIDs map[string]int    // relationship ID → its first index
	load   map[string]int    // open mentees per mentor
	pairs  map[[3]string]int // open (mentor, mentee, topic) → index
}

// lookup returns the participant with the given person ID: of a person
// with two roles, the one whose role fits (else the first).
func (c *relationshipChecker) lookup(id string, fits func(Role) bool) (Participant, bool) {
	at, ok := c.byID[id]
	if !ok {
		return Participant{}, false
	}
	if at[1] >= 0 && !fits(c.p.Participants[at[0]].Role) && fits(c.p.Participants[at[1]].Role) {
		return c.p.Participants[at[1]], true
	}
	return c.p.Participants[at[0]], true
}

// check checks relationship i on its own and against the programme.
func (c *relationshipChecker) check(i int, r Relationship) {
	v, p := &c.v, c.p
	rp := func() string { return index("relationships", i) }
	v.nested(rp, r.check)
	if r.ID != "" {
		if j, dup := c.relIDs[r.ID]; dup {
			v.add(field(rp(), "id"), r.ID, msgDuplicate, index("relationships", j))
		} else {
			c.relIDs[r.ID] = i
		}
	}
	if r.ProgrammeID != "" && r.ProgrammeID != p.ID {
		v.add(field(rp(), "programmeId"), r.ProgrammeID, msgOtherProgramme, p.ID)
	}
	if n := len(r.MenteeIDs); n > 0 && (n < c.lo || n > c.hi) {
		if c.lo == c.hi {
			v.add(field(rp(), "menteeIds"), n, msgOneMentee, p.Format)
		} else {
			v.add(field(rp(), "menteeIds"), n, msgGroupMentees, p.Format, c.lo, c.hi)
		}
	}
	mentor, mentorOK := c.lookup(r.MentorID, Role.canMentor)
	switch {
	case r.MentorID == "":
	case !mentorOK:
		v.add(field(rp(), "mentorId"), r.MentorID, msgNotParticipant)
	case !mentor.Role.canMentor():
		v.add(field(rp(), "mentorId"), r.MentorID, msgCannotMentor, mentor.Role)
	}
	reverse := p.Format == FormatReverse || (mentorOK && mentor.Role == RoleReverseMentor)
	if reverse && mentorOK {
		switch {
		case termKey(r.Topic) == "":
			v.add(field(rp(), "topic"), r.Topic, msgTopicRequired)
		case !mentor.OffersTopic(r.Topic):
			v.add(field(rp(), "topic"), r.Topic, msgTopicNotOffered, r.MentorID)
		}
	}
	for k, id := range r.MenteeIDs {
		if id == "" || id == r.MentorID {
			continue // reported by Relationship.check
		}
		mp := func() string { return index(field(rp(), "menteeIds"), k) }
		mentee, ok := c.lookup(id, Role.canBeMentored)
		switch {
		case !ok:
			v.add(mp(), id, msgNotParticipant)
			continue
		case !mentee.Role.canBeMentored():
			v.add(mp(), id, msgCannotBeMentored, mentee.Role)
		}
		if mentorOK {
			c.checkPair(mp, r.MentorID, mentor.Person, mentee.Person, reverse)
		}
	}
	if r.State.Open() {
		c.checkOpen(rp, i, r, mentor, mentorOK)
	}
}

// checkPair applies the format's rules on seniority and organisation to a
// mentor and one of their mentees, reported at mp().
func (c *relationshipChecker) checkPair(mp func() string, mentorID string, mentor, mentee Person, reverse bool) {
	v, p := &c.v, c.p
	a, b := mentor.Seniority, mentee.Seniority
	if reverse && a.Compare(b) >= 0 {
		v.add(mp(), mentee.ID, msgNotInverted, mentorID, b.Level, b.Years, a.Level, a.Years)
	}
	if p.Format == FormatPeer {
		if gap := math.Abs(a.Years - b.Years); gap > p.peerBand() || absInt(int(a.Level)-int(b.Level)) > 1 {
			v.add(mp(), mentee.ID, msgOutsidePeerBand, mentorID, b.Level, b.Years, a.Level, a.Years, p.peerBand())
		}
	}
	if p.Format == FormatCrossOrganisation {
		oa, ob := mentor.Organisation, mentee.Organisation
		if termKey(oa) == "" || termKey(ob) == "" || sameTerm(oa, ob) {
			v.add(mp(), mentee.ID, msgSameOrganisation, ob, oa)
		}
	}
}

// checkOpen counts an open relationship against its mentor's capacity and
// reports repeated and mutual pairs among the open relationships.
func (c *relationshipChecker) checkOpen(rp func() string, i int, r Relationship, mentor Participant, mentorOK bool) {
	v := &c.v
	if mentorOK && mentor.Role.canMentor() {
		before := c.load[r.MentorID]
		c.load[r.MentorID] = before + len(r.MenteeIDs)
		if before <= mentor.Capacity && c.load[r.MentorID] > mentor.Capacity {
			v.add(field(rp(), "mentorId"), r.MentorID, msgCapacityExceeded, c.load[r.MentorID], mentor.Capacity)
		}
	}
	topic := termKey(r.Topic)
	for k, id := range r.MenteeIDs {
		if id == "" || id == r.MentorID {
			continue
		}
		mp := func() string { return index(field(rp(), "menteeIds"), k) }
		if j, ok := c.pairs[[3]string{id, r.MentorID, topic}]; ok {
			v.add(mp(), id, msgMutualMentoring, r.MentorID, index("relationships", j))
		}
		key := [3]string{r.MentorID, id, topic}
		if j, dup := c.pairs[key]; dup {
			v.add(mp(), id, msgPairRepeated, r.MentorID, index("relationships", j))
		} else {
			c.pairs[key] = i
		}
	}
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
		v.id = s.ID
		sp := func() string { return index("sessions", i) }
		v.nested(sp, s.check)
		if s.ID != "" {
			if j, dup := ids[s.ID]; dup {
				v.add(field(sp(), "id"), s.ID, msgDuplicate, index("sessions", j))
			} else {
				ids[s.ID] = i
			}
		}
		if s.RelationshipID == "" {
			continue
		}
		ri, ok := byID[s.RelationshipID]
		if !ok {
			v.add(field(sp(), "relationshipId"), s.RelationshipID, msgUnknownRelationship, p.ID)
			continue
		}
		r := rels[ri]
		if s.InitiatedBy != "" && !r.HasMember(s.InitiatedBy) {
			v.add(field(sp(), "initiatedBy"), s.InitiatedBy, msgNotMember, r.ID)
		}
		if len(r.Transitions) > 0 && !s.Start.IsZero() && s.Start.Before(r.Transitions[0].At) {
			v.add(field(sp(), "start"), s.Start, msgBeforeProposal, r.ID)
		}
		if p.Format == FormatFlash {
			if j, seen := first[r.ID]; seen {
				v.add(field(sp(), "relationshipId"), r.ID, msgFlashSecondSession, index("sessions", j))
			} else {
				first[r.ID] = i
			}
		}
	}
	return v.err()
}
