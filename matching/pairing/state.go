package pairing

import (
	"cmp"
	"slices"
	"time"

	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/matching/stable"
	"github.com/mentorkit/mentorkit/mentoring"
)

// State is a running programme between two pairing runs: the running
// relationships, who met whom, who waits since when, and the fingerprint
// of the last run. It marshals to JSON without loss, so it is stored
// between runs and given back to [Rematch]. The zero State is the start
// of a programme (nobody paired yet); [Result.State] starts one from a
// first Solve.
type State struct {
	ProgrammeID string `json:"programmeId"`
	// Active are the running one-to-one relationships (MentorID, MenteeID,
	// Since), by mentee ID.
	Active []Tenure `json:"active,omitempty"`
	// Ended are the pairs that met and ended (Until, Outcome set), by
	// mentee ID, mentor ID and Since. Re-matching never pairs them again
	// (Rules.Previous), and bans (Rules.Bans) those that ended as
	// mentoring.ReasonNotAGoodFit.
	Ended []Tenure `json:"ended,omitempty"`
	// Waiting are the mentees without a mentor (MentorID empty) with the
	// time they began to wait (Since), by mentee ID.
	Waiting []Tenure `json:"waiting,omitempty"`
	// Fingerprint is that of the last run's Pairing (see
	// [Rematching].Programme).
	Fingerprint Fingerprint `json:"fingerprint"`
}

// Tenure is one mentee's spell with a mentor, or without one: running
// (Until zero), ended (Until and Outcome set), or waiting (MentorID
// empty).
type Tenure struct {
	MentorID string              `json:"mentorId,omitempty"`
	MenteeID string              `json:"menteeId"`
	Since    time.Time           `json:"since"`
	Until    time.Time           `json:"until,omitzero"`
	Outcome  mentoring.EndReason `json:"outcome,omitempty"`
}

// EventKind is what happened in a running programme. The zero value is
// unset (an error in an event).
type EventKind int

// The event kinds, from 1: 0 is unset.
const (
	// EventPairEnded: the relationship of MentorID and MenteeID ended, with
	// Outcome (unset reads as mentoring.ReasonOther); not a good fit bans
	// the pair. The mentee waits for a new mentor.
	EventPairEnded EventKind = iota + 1
	// EventMenteeLeft: MenteeID left the programme (their relationship
	// ends with Outcome).
	EventMenteeLeft
	// EventMentorLeft: MentorID left the programme; their relationships
	// end with Outcome and their mentees wait for a new mentor.
	EventMentorLeft
	// EventJoined: Participant joined the programme (a mentee waits from
	// now).
	EventJoined
	// EventCapacityChanged: MentorID takes Capacity mentees from now (1 to
	// mentoring.MaxCapacity); a mentor left with fewer places than
	// mentees keeps those that re-matching keeps.
	EventCapacityChanged
	// EventPersonChanged: Person (by ID) has a new profile, such as a new
	// manager or department, in every role. With Config.Directory, pass
	// the updated directory too: New refuses a manager that differs
	// from the directory's.
	EventPersonChanged
)

var eventKindTable = enum.New[EventKind]("event kind", "", "pairEnded", "menteeLeft", "mentorLeft", "joined", "capacityChanged", "personChanged")

// String returns the kind's lowerCamel name ("pairEnded"), "unset" for
// the zero value, or "event kind(n)" for an undeclared value.
func (k EventKind) String() string { return eventKindTable.String(k) }

// MarshalText writes the kind's name; an undeclared value is an error
// wrapping ErrUnknownEnum.
func (k EventKind) MarshalText() ([]byte, error) { return eventKindTable.Marshal(k) }

// UnmarshalText reads a kind's name, ignoring case; an unknown name is an
// error wrapping ErrUnknownEnum and leaves k unchanged.
func (k *EventKind) UnmarshalText(b []byte) error { return eventKindTable.Unmarshal(b, k) }

// Event is one change in a running programme since the last run; Kind
// says which fields it uses.
type Event struct {
	Kind     EventKind `json:"kind"`
	MentorID string    `json:"mentorId,omitempty"`
	MenteeID string    `json:"menteeId,omitempty"`
	// Outcome is how a relationship ended (pairEnded, menteeLeft,
	// mentorLeft); unset reads as mentoring.ReasonOther.
	Outcome     mentoring.EndReason    `json:"outcome,omitempty"`
	Capacity    int                    `json:"capacity,omitempty"`
	Participant *mentoring.Participant `json:"participant,omitempty"`
	Person      *mentoring.Person      `json:"person,omitempty"`
}

// running is a programme being changed by events.
type running struct {
	prog    mentoring.Programme
	peer    bool
	active  []Tenure
	ended   []Tenure
	waiting map[string]time.Time
	now     time.Time
	index   map[sideKey]int // find's index of the participants, nil when stale
}

// isMentorRole and isMenteeRole say on which side a participant pairs.
func isMentorRole(r mentoring.Role) bool {
	return r == mentoring.RoleMentor || r == mentoring.RoleReverseMentor || r == mentoring.RolePeerMentor
}

func (r *running) isMenteeRole(role mentoring.Role) bool {
	return role == mentoring.RoleMentee || (role == mentoring.RolePeerMentor && r.peer)
}

// find returns the index of id's participant on the mentor (mentor) or
// mentee side, or -1.
func (r *running) find(id string, mentor bool) int {
	if r.index == nil {
		r.index = map[sideKey]int{}
		for k, q := range r.prog.Participants {
			pid := cmp.Or(q.Person.ID, q.PersonID)
			for _, side := range []bool{true, false} {
				key := sideKey{pid, side}
				if _, seen := r.index[key]; !seen && ((side && isMentorRole(q.Role)) || (!side && r.isMenteeRole(q.Role))) {
					r.index[key] = k
				}
			}
		}
	}
	if k, ok := r.index[sideKey{id, mentor}]; ok {
		return k
	}
	return -1
}

// sideKey is a person on one side (mentor true).
type sideKey struct {
	id     string
	mentor bool
}

// activeOf returns the index of the active pair of mentee e, or -1.
func (r *running) activeOf(e string) int {
	return slices.IndexFunc(r.active, func(a Tenure) bool { return a.MenteeID == e })
}

// end ends active pair k with an outcome; the mentee waits when wait.
func (r *running) end(k int, outcome mentoring.EndReason, wait bool) {
	a := r.active[k]
	a.Until, a.Outcome = r.now, cmp.Or(outcome, mentoring.ReasonOther)
	r.ended = append(r.ended, a)
	r.active = slices.Delete(r.active, k, k+1)
	if wait {
		r.waiting[a.MenteeID] = r.now
	}
}

// checkState reads a stored state into r, checking it belongs to the
// programme: its ID, and active pairs of participants on the right
// sides, a mentee in at most one.
func (r *running) checkState(st State, errs *fault.Collector) {
	zero := st.ProgrammeID == "" && len(st.Active) == 0 && len(st.Ended) == 0 && len(st.Waiting) == 0
	if !zero && st.ProgrammeID != r.prog.ID {
		errs.Add(msgStateOther.New("state.programmeId", st.ProgrammeID, st.ProgrammeID, r.prog.ID))
		return
	}
	seen := map[string]int{}
	for i, a := range st.Active {
		f := fault.Index("state.active", i)
		ok := true
		if r.find(a.MentorID, true) < 0 {
			errs.Add(msgUnknownMentor.New(fault.Path(f, "mentorId"), a.MentorID, a.MentorID, r.prog.ID))
			ok = false
		}
		if r.find(a.MenteeID, false) < 0 {
			errs.Add(msgUnknownMentee.New(fault.Path(f, "menteeId"), a.MenteeID, a.MenteeID, r.prog.ID))
			ok = false
		}
		if j, dup := seen[a.MenteeID]; dup {
			errs.Add(msgDuplicate.New(fault.Path(f, "menteeId"), a.MenteeID, a.MenteeID, fault.Index("state.active", j)))
			ok = false
		}
		if ok {
			seen[a.MenteeID] = i
			r.active = append(r.active, a)
		}
	}
	r.ended = slices.Clone(st.Ended)
	for _, w := range st.Waiting {
		if _, paired := seen[w.MenteeID]; !paired && r.find(w.MenteeID, false) >= 0 {
			r.waiting[w.MenteeID] = w.Since
		}
	}
}

// apply applies event i, adding its errors (each naming the event by
// index and the person by ID); an event with an error changes nothing.
func (r *running) apply(i int, ev Event, errs *fault.Collector) {
	f := fault.Index("events", i)
	if _, err := ev.Outcome.MarshalText(); err != nil {
		errs.Add(msgEventOutcome.New(fault.Path(f, "outcome"), cmp.Or(ev.MenteeID, ev.MentorID), int(ev.Outcome)))
		return
	}
	switch ev.Kind {
	case EventPairEnded:
		r.pairEnded(f, ev, errs)
	case EventMenteeLeft:
		if r.find(ev.MenteeID, false) < 0 {
			errs.Add(msgUnknownMentee.New(fault.Path(f, "menteeId"), ev.MenteeID, ev.MenteeID, r.prog.ID))
			return
		}
		if k := r.activeOf(ev.MenteeID); k >= 0 {
			r.end(k, ev.Outcome, false)
		}
		delete(r.waiting, ev.MenteeID)
		r.remove(ev.MenteeID, false)
		r.endOrphans(ev.Outcome)
	case EventMentorLeft:
		if r.find(ev.MentorID, true) < 0 {
			errs.Add(msgUnknownMentor.New(fault.Path(f, "mentorId"), ev.MentorID, ev.MentorID, r.prog.ID))
			return
		}
		r.remove(ev.MentorID, true)
		r.endOrphans(ev.Outcome)
	case EventJoined:
		r.joined(f, ev, errs)
	case EventCapacityChanged:
		k := r.find(ev.MentorID, true)
		switch {
		case k < 0:
			errs.Add(msgUnknownMentor.New(fault.Path(f, "mentorId"), ev.MentorID, ev.MentorID, r.prog.ID))
		case ev.Capacity < 1 || ev.Capacity > mentoring.MaxCapacity:
			errs.Add(msgRange.New(fault.Path(f, "capacity"), ev.MentorID, ev.Capacity, 1, mentoring.MaxCapacity))
		default:
			r.prog.Participants[k].Capacity = ev.Capacity
		}
	case EventPersonChanged:
		r.personChanged(f, ev, errs)
	default:
		errs.Add(msgEventKind.New(fault.Path(f, "kind"), "", int(ev.Kind)))
	}
}

// pairEnded ends an active pair.
func (r *running) pairEnded(f string, ev Event, errs *fault.Collector) {
	okM, okE := r.find(ev.MentorID, true) >= 0, r.find(ev.MenteeID, false) >= 0
	if !okM {
		errs.Add(msgUnknownMentor.New(fault.Path(f, "mentorId"), ev.MentorID, ev.MentorID, r.prog.ID))
	}
	if !okE {
		errs.Add(msgUnknownMentee.New(fault.Path(f, "menteeId"), ev.MenteeID, ev.MenteeID, r.prog.ID))
	}
	if !okM || !okE {
		return
	}
	id := pairID(r.prog.ID, ev.MentorID, ev.MenteeID)
	if k := r.activeOf(ev.MenteeID); k >= 0 && r.active[k].MentorID == ev.MentorID {
		r.end(k, ev.Outcome, true)
		return
	}
	for _, t := range slices.Backward(r.ended) {
		if t.MentorID == ev.MentorID && t.MenteeID == ev.MenteeID {
			errs.Add(msgEventEnded.New(f, id, ev.MenteeID, ev.MentorID, ev.MenteeID, t.Until.Format(time.RFC3339)))
			return
		}
	}
	errs.Add(msgEventNotActive.New(f, id, ev.MenteeID, ev.MentorID, ev.MenteeID))
}

// joined adds a participant.
func (r *running) joined(f string, ev Event, errs *fault.Collector) {
	q := ev.Participant
	if q == nil {
		errs.Add(msgRequired.New(fault.Path(f, "participant"), "", nil))
		return
	}
	id := cmp.Or(q.Person.ID, q.PersonID)
	pf := fault.Path(f, "participant.person.id")
	switch {
	case id == "":
		errs.Add(msgRequired.New(pf, "", id))
	case isMentorRole(q.Role) && r.find(id, true) >= 0:
		errs.Add(msgAlreadyMentor.New(pf, id, id))
	case r.isMenteeRole(q.Role) && r.find(id, false) >= 0:
		errs.Add(msgAlreadyMentee.New(pf, id, id))
	default:
		r.prog.Participants = append(r.prog.Participants, q.Clone())
		r.index = nil
		if r.isMenteeRole(q.Role) {
			r.waiting[id] = r.now
		}
	}
}

// personChanged replaces a person's profile in every role.
func (r *running) personChanged(f string, ev Event, errs *fault.Collector) {
	q := ev.Person
	switch {
	case q == nil:
		errs.Add(msgRequired.New(fault.Path(f, "person"), "", nil))
		return
	}
	found := false
	for k := range r.prog.Participants {
		if p := &r.prog.Participants[k]; p.Person.ID == q.ID {
			p.Person = q.Clone()
			found = true
		}
	}
	if !found {
		errs.Add(msgEventUnknownPerson.New(fault.Path(f, "person.id"), q.ID, q.ID, r.prog.ID))
	}
}

// remove drops id's participant on one side.
func (r *running) remove(id string, mentor bool) {
	if k := r.find(id, mentor); k >= 0 {
		r.prog.Participants = slices.Delete(r.prog.Participants, k, k+1)
		r.index = nil
	}
}

// endOrphans ends the active pairs of people no longer in the programme
// on their side (after a leave; a peer leaves both sides); a mentee who
// is still there waits.
func (r *running) endOrphans(outcome mentoring.EndReason) {
	for k := len(r.active) - 1; k >= 0; k-- {
		a := r.active[k]
		stays := r.find(a.MenteeID, false) >= 0
		if !stays {
			delete(r.waiting, a.MenteeID)
		}
		if !stays || r.find(a.MentorID, true) < 0 {
			r.end(k, outcome, stays)
		}
	}
}

// State returns the programme state the result starts, at time now: its
// pairs active since now, its unmatched mentees waiting since now, and
// its fingerprint. Pass it to [Rematch] at the next run. A group
// programme's circles are read as their pairs.
func (r Result) State(now time.Time) State {
	st := State{ProgrammeID: r.ProgrammeID, Fingerprint: r.Fingerprint}
	for _, q := range r.Pairs {
		st.Active = append(st.Active, Tenure{MentorID: q.MentorID, MenteeID: q.MenteeID, Since: now})
	}
	slices.SortFunc(st.Active, func(a, b Tenure) int { return cmp.Compare(a.MenteeID, b.MenteeID) })
	for _, u := range r.Unmatched {
		if u.Side == stable.SideMentee {
			st.Waiting = append(st.Waiting, Tenure{MenteeID: u.ID, Since: now})
		}
	}
	return st
}

// followDirectory takes, for every participant with a profile of its own
// (no PersonID), the manager and department from dir where dir knows the
// person: an updated directory is how a manager or department change
// arrives, and the directory is the source of reporting lines.
func (r *running) followDirectory(dir *mentoring.Directory) {
	if dir == nil {
		return
	}
	for k := range r.prog.Participants {
		q := &r.prog.Participants[k]
		if q.PersonID != "" {
			continue // resolved from the directory already
		}
		if d, ok := dir.Person(q.Person.ID); ok {
			q.Person.ManagerID, q.Person.Department = d.ManagerID, d.Department
		}
	}
}
