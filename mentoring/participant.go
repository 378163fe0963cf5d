package mentoring

import (
	"cmp"
	"slices"
)

// Limits on a participant's commitment.
const (
	MaxCapacity      = 100 // most mentees one mentor can take
	MaxHoursPerMonth = 744 // hours in a 31-day month: the physical ceiling
)

// Participant is a person taking part in one programme: their role there,
// what they offer and want to develop, and how much they can give.
type Participant struct {
	// PersonID refers to the participant's person in the organisation's
	// [Directory] by ID, so a stored programme need not repeat the people
	// (JSON {"personId":"ann","role":"mentee"}). [Programme.Resolve] fills
	// Person from the directory; Validate and everything that scores or
	// checks a participant need Person filled, so resolve first (pairing
	// does so itself when its Config has a Directory). Empty means Person
	// is the participant's own, self-contained copy. When both are set,
	// Person.ID must equal PersonID.
	PersonID string `json:"personId,omitempty"`
	// Person is the participant's profile (copied in, so a Participant is a
	// self-contained value that matching can score). It is the zero Person
	// for a participant that refers to the directory by PersonID and is not
	// resolved yet; when stated next to PersonID it must agree with the
	// directory's person (Resolve checks it).
	Person Person `json:"person,omitzero"`
	// Role is the role in this programme; required.
	Role Role `json:"role"`
	// Offers are the topics the participant can mentor on. A reverse
	// mentor's relationship topic must be one of them.
	Offers []string `json:"offers,omitempty"`
	// WantsToDevelop are the topics the participant wants to grow in.
	WantsToDevelop []string `json:"wantsToDevelop,omitempty"`
	// Capacity is how many mentees a mentor, reverse mentor or peer mentor
	// takes at once: 1 to MaxCapacity for those roles (a group counts each
	// mentee). A mentee's capacity must be 0.
	Capacity int `json:"capacity,omitempty"`
	// MinCapacity is the least number of mentees a mentor, reverse mentor
	// or peer mentor takes in this programme ("at least 2"): 0 (no
	// minimum) to Capacity. A mentee's must be 0. Pairing treats it as a
	// hard constraint and explains a minimum it cannot reach; a group
	// programme sets its minimum with GroupSize instead.
	MinCapacity int `json:"minCapacity,omitempty"`
	// HoursPerMonth is the time the participant can give, 0 to
	// MaxHoursPerMonth hours.
	HoursPerMonth float64 `json:"hoursPerMonth"`
	// Trained reports whether a mentor has completed the programme's mentor
	// training: good programmes train their mentors. The readiness review
	// checks it for the mentor roles.
	Trained bool `json:"trained,omitempty"`
	// Preferences are the participant's own ranking and dismissals of
	// people on the other side (see [Preferences]); zero when none.
	Preferences Preferences `json:"preferences,omitzero"`
}

// Validate reports every problem with the participant, including those of
// the embedded person (fields prefixed "person."), joined with errors.Join.
// It returns nil for a valid participant. A participant that refers to
// the directory by PersonID without its Person ("unresolvedPerson",
// ErrMissing) is invalid: call [Programme.Resolve] first.
func (p Participant) Validate() error {
	var v validator
	p.check(&v, "")
	return v.err()
}

func (p Participant) check(v *validator, path string) {
	defer v.about(p.personID())()
	switch {
	case p.PersonID != "" && p.Person.isZero():
		v.add(field(path, "personId"), p.PersonID, msgUnresolvedPerson)
	case p.PersonID != "" && p.Person.ID != p.PersonID:
		v.add(field(path, "person.id"), p.Person.ID, msgPersonIDConflict, p.PersonID)
		p.Person.check(v, field(path, "person"))
	default:
		p.Person.check(v, field(path, "person"))
	}
	checkEnum(v, path, "role", "Role", roleTable, p.Role, true)
	v.uniqueTexts(path, "offers", p.Offers)
	v.uniqueTexts(path, "wantsToDevelop", p.WantsToDevelop)
	switch {
	case p.Role.canMentor():
		if p.Capacity < 1 || p.Capacity > MaxCapacity {
			v.add(field(path, "capacity"), p.Capacity, msgMentorCapacity, MaxCapacity, p.Role)
		}
		if p.MinCapacity < 0 || p.MinCapacity > max(p.Capacity, 0) {
			v.add(field(path, "minCapacity"), p.MinCapacity, msgMinCapacity, p.Capacity)
		}
	case p.Capacity != 0 || p.MinCapacity != 0:
		if p.Capacity != 0 {
			v.add(field(path, "capacity"), p.Capacity, msgCapacityNotMentor)
		}
		if p.MinCapacity != 0 {
			v.add(field(path, "minCapacity"), p.MinCapacity, msgCapacityNotMentor)
		}
	}
	v.between(path, "hoursPerMonth", p.HoursPerMonth, 0, MaxHoursPerMonth)
	p.checkPreferences(v, path)
}

// personID returns the ID of the participant's person: PersonID when set,
// else Person.ID.
func (p Participant) personID() string { return cmp.Or(p.PersonID, p.Person.ID) }

// Clone returns a deep copy of p.
func (p Participant) Clone() Participant {
	q := p
	q.Person = p.Person.Clone()
	q.Offers = slices.Clone(p.Offers)
	q.WantsToDevelop = slices.Clone(p.WantsToDevelop)
	q.Preferences = Preferences{Ranked: slices.Clone(p.Preferences.Ranked), Dismissed: slices.Clone(p.Preferences.Dismissed)}
	return q
}

// OffersTopic reports whether topic is among p.Offers as a term: the same
// words, ignoring case, accents and punctuation between words.
func (p Participant) OffersTopic(topic string) bool {
	for _, o := range p.Offers {
		if sameTerm(o, topic) {
			return true
		}
	}
	return false
}
