package mentoring

import (
	"slices"
	"time"
)

// Objective is one objective of a programme. A programme needs clear,
// specific and measurable objectives: an objective counts as measurable
// when Measure says how and against what target it is measured.
type Objective struct {
	// Statement says what the programme wants to achieve; required.
	Statement string `json:"statement"`
	// Measure says how success is measured, with its target ("share of
	// mentees still employed after 12 months, target 90%"); empty when not
	// stated.
	Measure string `json:"measure,omitempty"`
}

// Guideline states the responsibilities of one role in a programme, so
// mentors and mentees know what is expected of them.
type Guideline struct {
	// Role is the role the guideline is for; required, one guideline per
	// role.
	Role Role `json:"role"`
	// Responsibilities lists what the role is expected to do; at least one.
	Responsibilities []string `json:"responsibilities"`
}

// GroupSize bounds the number of mentees in one relationship of a group
// programme. A zero field takes its default (DefaultGroupMin,
// DefaultGroupMax).
type GroupSize struct {
	// Min is the fewest mentees, at least 1; 0 means DefaultGroupMin.
	Min int `json:"min,omitempty"`
	// Max is the most mentees, at least Min; 0 means DefaultGroupMax.
	Max int `json:"max,omitempty"`
}

// DefaultPeerBandYears is the peer band used when Programme.PeerBandYears is
// zero: peer mentors may differ by at most this many years of experience.
const DefaultPeerBandYears = 5

// MaxCadence is the longest accepted meeting cadence (a year).
const MaxCadence = 366 * 24 * time.Hour

// Programme is a mentoring programme: its set-up and its participants.
type Programme struct {
	// ID identifies the programme; required.
	ID string `json:"id"`
	// Name is the display name; required.
	Name string `json:"name"`
	// Format is the programme's format; required.
	Format Format `json:"format"`
	// Objectives are what the programme wants to achieve.
	Objectives []Objective `json:"objectives,omitempty"`
	// Start is when the programme starts; zero when not yet set.
	Start time.Time `json:"start,omitzero"`
	// End is when the programme ends, after Start; zero when not yet set.
	End time.Time `json:"end,omitzero"`
	// Cadence is the intended time between two sessions of a relationship
	// (for example 14 days); zero when not set, at most MaxCadence. Health
	// measures overdue and stalled against it. JSON writes it in
	// nanoseconds, as encoding/json does for time.Duration.
	Cadence time.Duration `json:"cadence,omitempty"`
	// HoursPerMonth is the expected time commitment per participant, 0 to
	// MaxHoursPerMonth hours; zero when not stated.
	HoursPerMonth float64 `json:"hoursPerMonth,omitempty"`
	// Guidelines are the roles and responsibilities.
	Guidelines []Guideline `json:"guidelines,omitempty"`
	// FeedbackMoments are the planned moments to gather feedback from
	// participants, inside
	// [Start, End] when those are set.
	FeedbackMoments []time.Time `json:"feedbackMoments,omitempty"`
	// GroupSize bounds the mentees per relationship; only for FormatGroup.
	GroupSize GroupSize `json:"groupSize,omitzero"`
	// PeerBandYears is the largest difference in years of experience
	// between two peer mentors; 0 means DefaultPeerBandYears. Peers must
	// also be at most one Level apart.
	PeerBandYears float64 `json:"peerBandYears,omitempty"`
	// Participants are the people in the programme. A person ID appears
	// once, or twice with two roles where the format has a role that
	// mentors and one that is mentored (a mentor who also wants a mentor
	// is listed as mentor and as mentee); never twice with one role.
	Participants []Participant `json:"participants,omitempty"`
}

// Validate reports every problem with the programme and its participants,
// joined with errors.Join; each is a *FieldError unwrapping to a sentinel.
// Participants that refer to the directory by PersonID must be resolved
// first ([Programme.Resolve]): an unresolved one is an error.
// It checks values, not completeness: a programme still being set up
// (no dates, no cadence) is valid, and Review says what it lacks.
//
// Participants' roles must fit the format: peer mentors in a peer programme,
// reverse mentors and mentees in a reverse programme, mentors and mentees
// otherwise.
func (p Programme) Validate() error {
	var v validator
	p.check(&v, "")
	return v.err()
}

func (p Programme) check(v *validator, path string) {
	v.requireID(path, "id", p.ID)
	v.requireText(path, "name", p.Name)
	checkEnum(v, path, "format", "Format", formatTable, p.Format, true)
	for i, o := range p.Objectives {
		v.requireText(index(field(path, "objectives"), i), "statement", o.Statement)
	}
	if !p.Start.IsZero() && !p.End.IsZero() && !p.End.After(p.Start) {
		v.add(field(path, "end"), p.End, msgEndBeforeStart, p.Start.Format(time.RFC3339))
	}
	checkCadence(v, field(path, "cadence"), p.Cadence)
	v.between(path, "hoursPerMonth", p.HoursPerMonth, 0, MaxHoursPerMonth)
	p.checkGuidelines(v, path)
	p.checkFeedbackMoments(v, path)
	p.checkGroupSize(v, field(path, "groupSize"))
	v.between(path, "peerBandYears", p.PeerBandYears, 0, MaxYears)
	p.checkParticipants(v, path)
}

// checkGuidelines reports a guideline without a role or responsibilities
// and a role with two guidelines.
func (p Programme) checkGuidelines(v *validator, path string) {
	roles := make(map[Role]int)
	for i, g := range p.Guidelines {
		gp := index(field(path, "guidelines"), i)
		checkEnum(v, gp, "role", "Role", roleTable, g.Role, true)
		if j, dup := roles[g.Role]; dup && g.Role != 0 {
			v.add(field(gp, "role"), g.Role.String(), msgDuplicate, index(field(path, "guidelines"), j))
		} else {
			roles[g.Role] = i
		}
		if len(g.Responsibilities) == 0 {
			v.add(field(gp, "responsibilities"), nil, msgNoResponsibilities)
		}
		v.uniqueTexts(gp, "responsibilities", g.Responsibilities)
	}
}

// checkFeedbackMoments reports a zero feedback moment and one outside the
// programme's dates.
func (p Programme) checkFeedbackMoments(v *validator, path string) {
	for i, t := range p.FeedbackMoments {
		fp := index(field(path, "feedbackMoments"), i)
		switch {
		case t.IsZero():
			v.add(fp, nil, msgZeroTime)
		case !p.Start.IsZero() && t.Before(p.Start):
			v.add(fp, t, msgBeforeProgrammeStart)
		case !p.End.IsZero() && t.After(p.End):
			v.add(fp, t, msgAfterProgrammeEnd)
		}
	}
}

// checkGroupSize reports a group size outside a group programme and bounds
// that are negative, too large or crossed.
func (p Programme) checkGroupSize(v *validator, gs string) {
	switch {
	case p.GroupSize != GroupSize{} && p.Format != FormatGroup:
		v.add(gs, p.GroupSize, msgGroupSizeNotGroup)
	case p.GroupSize.Min < 0:
		v.add(field(gs, "min"), p.GroupSize.Min, msgNegative)
	case p.GroupSize.Max < 0:
		v.add(field(gs, "max"), p.GroupSize.Max, msgNegative)
	case p.GroupSize.Max > MaxCapacity:
		v.add(field(gs, "max"), p.GroupSize.Max, msgBetween, 0, MaxCapacity)
	default:
		if lo, hi := p.Format.menteeBounds(p.GroupSize); lo > hi {
			v.add(gs, p.GroupSize, msgGroupMinAboveMax, lo, hi)
		}
	}
}

// checkParticipants checks each participant, their person IDs (unique,
// or twice with one role that mentors and one that is mentored) and their
// roles against the format.
func (p Programme) checkParticipants(v *validator, path string) {
	type seen struct{ first, n int }
	ids := make(map[string]seen, len(p.Participants))
	for i, q := range p.Participants {
		qp := func() string { return index(field(path, "participants"), i) }
		v.nested(qp, q.check)
		id := q.personID()
		restore := v.about(id)
		if id != "" {
			s, dup := ids[id]
			switch {
			case !dup:
				ids[id] = seen{first: i, n: 1}
			case s.n == 1 && secondRole(p.Participants[s.first].Role, q.Role):
				ids[id] = seen{first: s.first, n: 2}
			default:
				name := "person.id"
				if q.PersonID != "" {
					name = "personId"
				}
				v.add(field(qp(), name), id, msgDuplicate, index(field(path, "participants"), s.first))
			}
		}
		if q.Role != 0 && p.Format != 0 && !p.Format.allows(q.Role) {
			v.add(field(qp(), "role"), q.Role.String(), msgRoleNotInFormat, p.Format)
		}
		restore()
	}
}

// secondRole reports whether one person may hold roles a and b in one
// programme: two different roles, one that mentors and one that is
// mentored (a mentor who also has a mentor).
func secondRole(a, b Role) bool {
	return a != b && (a.canMentor() && b.canBeMentored() || b.canMentor() && a.canBeMentored())
}

// allows reports whether a participant with role r may join a programme of
// format f.
func (f Format) allows(r Role) bool {
	switch f {
	case FormatPeer:
		return r == RolePeerMentor
	case FormatReverse:
		return r == RoleReverseMentor || r == RoleMentee
	default:
		return r == RoleMentor || r == RoleMentee
	}
}

// Participant returns the participant with the given person ID (PersonID,
// or Person.ID when that is empty) and whether there is one; of a person
// listed in two roles, the first listed.
func (p Programme) Participant(personID string) (Participant, bool) {
	for _, q := range p.Participants {
		if q.personID() == personID {
			return q.Clone(), true
		}
	}
	return Participant{}, false
}

// Clone returns a deep copy of p.
func (p Programme) Clone() Programme {
	q := p
	q.Objectives = slices.Clone(p.Objectives)
	if p.Guidelines != nil {
		q.Guidelines = make([]Guideline, len(p.Guidelines))
		for i, g := range p.Guidelines {
			q.Guidelines[i] = Guideline{Role: g.Role, Responsibilities: slices.Clone(g.Responsibilities)}
		}
	}
	q.FeedbackMoments = slices.Clone(p.FeedbackMoments)
	if p.Participants != nil {
		q.Participants = make([]Participant, len(p.Participants))
		for i, x := range p.Participants {
			q.Participants[i] = x.Clone()
		}
	}
	return q
}

// peerBand returns the effective peer band in years.
func (p Programme) peerBand() float64 {
	if p.PeerBandYears == 0 {
		return DefaultPeerBandYears
	}
	return p.PeerBandYears
}
