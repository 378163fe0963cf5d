package mentoring

import (
	"slices"
	"time"
)

// Transition records one step of a relationship's lifecycle: from which
// state to which, when, who took it, and (for ending) why.
type Transition struct {
	// From is the state left; unset (zero) for the proposal record that
	// opens every history.
	From State `json:"from"`
	// To is the state entered.
	To State `json:"to"`
	// At is when the transition happened, as passed by the caller.
	At time.Time `json:"at"`
	// Reason is why the relationship ended; set exactly when To is
	// StateEnded.
	Reason EndReason `json:"reason,omitempty"`
	// By is the ID of whoever took the step (the mentor, a mentee, a
	// programme coordinator, an HR system's user), as given with the
	// [By] option; empty when not recorded. When set it has no
	// surrounding white space. It need not be a member of the
	// relationship.
	By string `json:"by,omitempty"`
}

// A TransitionOption sets an optional detail of a lifecycle step. Pass it
// to [Propose] or any lifecycle method: r.Activate(now,
// mentoring.By("hr-17")).
type TransitionOption func(*Transition)

// By records actorID as the one who took the step (Transition.By). An
// empty actorID records nothing; a blank or padded one makes the step fail
// with a *FieldError on "by".
func By(actorID string) TransitionOption {
	return func(t *Transition) { t.By = actorID }
}

// newTransition builds a transition with the options applied.
func newTransition(t Transition, opts []TransitionOption) Transition {
	for _, o := range opts {
		if o != nil {
			o(&t)
		}
	}
	return t
}

// checkBy reports a blank or padded actor ID; an empty one is allowed.
func checkBy(v *validator, path, by string) {
	if by != "" && badID(by) {
		v.requireID(path, "by", by)
	}
}

// Relationship is a mentor and their mentee or mentees in one programme,
// with the lifecycle so far. A one-to-one, peer, reverse, flash or
// cross-organisation relationship has one mentee; a group relationship has
// as many as the programme's GroupSize allows (Programme.ValidateRelationships
// checks that against the programme).
//
// Create one with Propose and move it with Activate, Pause, Complete, End or
// Transition; each returns a new value and leaves the old one untouched.
type Relationship struct {
	// ID identifies the relationship; required.
	ID string `json:"id"`
	// ProgrammeID is the ID of the programme it belongs to; required.
	ProgrammeID string `json:"programmeId"`
	// MentorID is the person ID of the mentor (or reverse or peer mentor).
	MentorID string `json:"mentorId"`
	// MenteeIDs are the person IDs of the mentees, at least one, unique,
	// never the mentor.
	MenteeIDs []string `json:"menteeIds"`
	// Topic is what the mentoring is about; required for reverse mentoring,
	// where the mentor must offer it. Two people may not mentor each other
	// on the same topic.
	Topic string `json:"topic,omitempty"`
	// State is the current lifecycle state; it equals the To of the last
	// transition.
	State State `json:"state"`
	// Transitions is the full history, oldest first, starting with the
	// proposal record {To: proposed}.
	Transitions []Transition `json:"transitions"`
}

// Propose returns a copy of r in StateProposed whose history holds the
// proposal record at now. r must have an ID, ProgrammeID, MentorID and
// MenteeIDs, no State and no Transitions; the result must pass Validate,
// otherwise Propose returns the problems and a zero Relationship. The
// option [By] records who proposed it.
func Propose(r Relationship, now time.Time, opts ...TransitionOption) (Relationship, error) {
	v := validator{id: r.ID}
	if r.State != 0 {
		v.add("state", r.State.String(), msgNotNewState)
	}
	if len(r.Transitions) != 0 {
		v.add("transitions", len(r.Transitions), msgNotNewHistory)
	}
	if err := v.err(); err != nil {
		return Relationship{}, err
	}
	out := r.Clone()
	out.State = StateProposed
	out.Transitions = []Transition{newTransition(Transition{To: StateProposed, At: now}, opts)}
	if err := out.Validate(); err != nil {
		return Relationship{}, err
	}
	return out, nil
}

// Transition returns a copy of r moved to state to at time now, with the
// transition appended to its history. reason is required when to is
// StateEnded and must be zero otherwise; ReasonDeclined only ends a
// proposed relationship.
//
// An illegal move (see CanTransition) returns a *TransitionError naming
// both states; a missing or misplaced reason, a now before the last
// transition, a relationship without history (not made by Propose) or
// whose State differs from its last transition returns *FieldErrors. On error the result is the zero
// Relationship; r itself is never modified. The option [By] records who
// took the step.
func (r Relationship) Transition(to State, now time.Time, reason EndReason, opts ...TransitionOption) (Relationship, error) {
	if !CanTransition(r.State, to) {
		return Relationship{}, &TransitionError{RelationshipID: r.ID, From: r.State, To: to}
	}
	v := validator{id: r.ID}
	switch n := len(r.Transitions); {
	case n == 0:
		v.add("transitions", nil, msgNoHistory)
	case r.Transitions[n-1].To != r.State:
		v.add("state", r.State.String(), msgStateMismatch, r.Transitions[n-1].To)
	}
	checkReason(&v, "reason", r.State, to, reason)
	step := newTransition(Transition{From: r.State, To: to, At: now, Reason: reason}, opts)
	checkBy(&v, "", step.By)
	switch {
	case now.IsZero():
		v.add("at", nil, msgRequired)
	case len(r.Transitions) > 0 && now.Before(r.Since()):
		v.add("at", now, msgBeforePrevious, r.Since().Format(time.RFC3339))
	}
	if err := v.err(); err != nil {
		return Relationship{}, err
	}
	out := r.Clone()
	out.State = to
	out.Transitions = append(out.Transitions, step)
	return out, nil
}

// checkReason reports a missing reason for ending, a reason on any other
// transition, and a decline of a relationship that had already started.
func checkReason(v *validator, path string, from, to State, reason EndReason) {
	switch {
	case !endReasonTable.Declared(reason):
		checkEnum(v, path, "", "EndReason", endReasonTable, reason, false)
	case to == StateEnded && reason == 0:
		v.add(path, nil, msgReasonRequired)
	case to != StateEnded && reason != 0:
		v.add(path, reason.String(), msgReasonNotEnding)
	case reason == ReasonDeclined && from != StateProposed:
		v.add(path, reason.String(), msgDeclineStarted, from)
	}
}

// Activate starts a proposed relationship or resumes a paused one at now;
// [By] records who did.
func (r Relationship) Activate(now time.Time, opts ...TransitionOption) (Relationship, error) {
	return r.Transition(StateActive, now, 0, opts...)
}

// Pause puts an active relationship on hold at now; [By] records who did.
func (r Relationship) Pause(now time.Time, opts ...TransitionOption) (Relationship, error) {
	return r.Transition(StatePaused, now, 0, opts...)
}

// Complete closes an active or paused relationship that ran its course;
// [By] records who closed it.
func (r Relationship) Complete(now time.Time, opts ...TransitionOption) (Relationship, error) {
	return r.Transition(StateCompleted, now, 0, opts...)
}

// End stops a relationship early (or declines a proposed one) for reason;
// [By] records who ended it.
func (r Relationship) End(now time.Time, reason EndReason, opts ...TransitionOption) (Relationship, error) {
	return r.Transition(StateEnded, now, reason, opts...)
}

// AsOf returns r as it stood at now: the transitions after now left out
// and State the state the last remaining one entered. ok is false, and the
// result is r unchanged, when r has no transition at or before now (it
// had not been proposed yet). The result shares nothing with r.
func (r Relationship) AsOf(now time.Time) (out Relationship, ok bool) {
	n := 0
	for n < len(r.Transitions) && !r.Transitions[n].At.After(now) {
		n++
	}
	out = r.Clone()
	if n == 0 {
		return out, false
	}
	out.Transitions = out.Transitions[:n:n]
	out.State = out.Transitions[n-1].To
	return out, true
}

// Since returns when r entered its current state: the time of its last
// transition, or the zero time when it has no history.
func (r Relationship) Since() time.Time {
	if len(r.Transitions) == 0 {
		return time.Time{}
	}
	return r.Transitions[len(r.Transitions)-1].At
}

// Activated returns when r first became active and whether it ever did.
func (r Relationship) Activated() (time.Time, bool) {
	for _, t := range r.Transitions {
		if t.To == StateActive {
			return t.At, true
		}
	}
	return time.Time{}, false
}

// HasMember reports whether personID is the mentor or one of the mentees.
func (r Relationship) HasMember(personID string) bool {
	return personID == r.MentorID || slices.Contains(r.MenteeIDs, personID)
}

// Clone returns a deep copy of r.
func (r Relationship) Clone() Relationship {
	q := r
	q.MenteeIDs = slices.Clone(r.MenteeIDs)
	q.Transitions = slices.Clone(r.Transitions)
	return q
}

// Validate reports every problem with r on its own, joined: missing IDs,
// duplicate mentees, a mentor among the mentees (ErrSelfMentoring), and a
// history that does not start with the proposal record, skips an illegal
// step (ErrIllegalTransition), goes back in time (ErrTimeOrder), lacks or
// misplaces an end reason, or disagrees with State. Checks that need the
// programme (roles, seniority, group size, capacity, mutual mentoring) are
// in Programme.ValidateRelationships.
func (r Relationship) Validate() error {
	var v validator
	r.check(&v, "")
	return v.err()
}

func (r Relationship) check(v *validator, path string) {
	defer v.about(r.ID)()
	v.requireID(path, "id", r.ID)
	v.requireID(path, "programmeId", r.ProgrammeID)
	v.requireID(path, "mentorId", r.MentorID)
	if len(r.MenteeIDs) == 0 {
		v.add(field(path, "menteeIds"), nil, msgNoMentees)
	}
	seen := make(map[string]int, len(r.MenteeIDs))
	for i, id := range r.MenteeIDs {
		p := func() string { return index(field(path, "menteeIds"), i) }
		if badID(id) {
			v.requireID(p(), "", id)
		}
		if id == "" {
			continue
		}
		if id == r.MentorID {
			v.add(p(), id, msgSelfMentoring)
		}
		if j, dup := seen[id]; dup {
			v.add(p(), id, msgDuplicate, index(field(path, "menteeIds"), j))
		} else {
			seen[id] = i
		}
	}
	if r.Topic != "" && blank(r.Topic) {
		v.add(field(path, "topic"), r.Topic, msgBlank)
	}
	checkEnum(v, path, "state", "State", stateTable, r.State, true)
	r.checkHistory(v, path)
}

// checkHistory reports a history that does not start with the proposal
// record, skips an illegal step, goes back in time, lacks or misplaces an
// end reason, or disagrees with State.
func (r Relationship) checkHistory(v *validator, path string) {
	tp := field(path, "transitions")
	if len(r.Transitions) == 0 {
		v.add(tp, nil, msgNoHistory)
		return
	}
	for i, t := range r.Transitions {
		ip := func() string { return index(tp, i) }
		if t.By != "" && badID(t.By) {
			checkBy(v, ip(), t.By)
		}
		if t.At.IsZero() {
			v.add(field(ip(), "at"), nil, msgRequired)
		} else if i > 0 && t.At.Before(r.Transitions[i-1].At) {
			v.add(field(ip(), "at"), t.At, msgBeforePrevious, r.Transitions[i-1].At.Format(time.RFC3339))
		}
		if i == 0 {
			if t.From != 0 || t.To != StateProposed {
				v.add(ip(), t.From.String()+"→"+t.To.String(), msgBadFirstRecord)
			}
			if t.Reason != 0 {
				v.add(field(ip(), "reason"), t.Reason.String(), msgReasonNotEnding)
			}
			continue
		}
		prev := r.Transitions[i-1].To
		if t.From != prev {
			v.add(field(ip(), "from"), t.From.String(), msgBrokenHistory, prev)
		} else if !CanTransition(t.From, t.To) {
			v.add(ip(), t.From.String()+"→"+t.To.String(), msgIllegalTransition, t.From, t.To)
		}
		checkReason(v, field(ip(), "reason"), t.From, t.To, t.Reason)
	}
	if last := r.Transitions[len(r.Transitions)-1].To; r.State != 0 && last != r.State {
		v.add(field(path, "state"), r.State.String(), msgStateMismatch, last)
	}
}
