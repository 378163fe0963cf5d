package mentoring

import (
	"errors"
	"fmt"
	"time"
)

// Sentinel errors. Every error this package returns wraps one of them, so a
// caller can test the kind of problem with errors.Is whatever the details.
var (
	// ErrMissing reports a required value that is empty or zero.
	ErrMissing = errors.New("mentoring: required value missing")
	// ErrOutOfRange reports a number outside its documented range, NaN or
	// an infinity.
	ErrOutOfRange = errors.New("mentoring: value out of range")
	// ErrDuplicate reports a value that must be unique and is not (an ID, a
	// skill name, a language).
	ErrDuplicate = errors.New("mentoring: duplicate value")
	// ErrUnknownEnum reports an enum value (Role, Format, Level, State,
	// EndReason, Technique) that is not one of the declared constants,
	// including an unknown string in JSON.
	ErrUnknownEnum = errors.New("mentoring: unknown enum value")
	// ErrUnknownReference reports an ID that does not name a known person,
	// participant or relationship.
	ErrUnknownReference = errors.New("mentoring: unknown reference")
	// ErrTimeOrder reports times in the wrong order: an end before its
	// start, a transition before the previous one, a session after now.
	ErrTimeOrder = errors.New("mentoring: times out of order")
	// ErrIllegalTransition reports a lifecycle transition the table in
	// CanTransition does not allow. It is wrapped by *TransitionError.
	ErrIllegalTransition = errors.New("mentoring: illegal lifecycle transition")
	// ErrSelfMentoring reports a person who would mentor themselves.
	ErrSelfMentoring = errors.New("mentoring: nobody mentors themselves")
	// ErrMutualMentoring reports two people who mentor each other on the
	// same topic.
	ErrMutualMentoring = errors.New("mentoring: two people mentor each other on the same topic")
	// ErrNotInverted reports a reverse-mentoring pair whose mentor is not
	// less senior than the mentee.
	ErrNotInverted = errors.New("mentoring: reverse mentoring needs a less senior mentor")
	// ErrTopicNotOffered reports a reverse-mentoring topic that the reverse
	// mentor does not offer.
	ErrTopicNotOffered = errors.New("mentoring: topic not offered by the mentor")
	// ErrOutsidePeerBand reports peer mentors whose seniority differs by
	// more than the programme's peer band.
	ErrOutsidePeerBand = errors.New("mentoring: seniority outside the peer band")
	// ErrRoleMismatch reports a participant whose role does not fit the side
	// of the relationship they are on, or the programme's format.
	ErrRoleMismatch = errors.New("mentoring: role does not fit")
	// ErrGroupSize reports a relationship with more or fewer mentees than
	// its programme's format allows.
	ErrGroupSize = errors.New("mentoring: number of mentees not allowed by the format")
	// ErrCapacity reports a mentor with more open relationships' mentees
	// than their capacity.
	ErrCapacity = errors.New("mentoring: mentor capacity exceeded")
	// ErrTooManySessions reports a second session in a relationship of a
	// flash programme, which has a single session.
	ErrTooManySessions = errors.New("mentoring: a flash relationship has a single session")
	// ErrSameOrganisation reports a cross-organisation pair whose mentor and
	// mentee belong to the same (or an unstated) organisation.
	ErrSameOrganisation = errors.New("mentoring: cross-organisation pair from one organisation")
)

// FieldError is one validation problem: which field, the value found there
// and what is wrong with it. It unwraps to one of the package's sentinel
// errors. Validate methods join several FieldErrors with errors.Join.
type FieldError struct {
	// Field is the path of the offending value in JSON names, with indexes
	// in brackets, for example "participants[2].person.skills[0].level".
	Field string
	// Value is the offending value (a copy), or nil where there is none.
	Value any
	// Problem says in plain English what is wrong.
	Problem string
	// Err is the sentinel the error unwraps to.
	Err error
}

// Error formats the problem as "mentoring: FIELD = VALUE: PROBLEM".
func (e *FieldError) Error() string {
	switch v := e.Value.(type) {
	case nil:
		return fmt.Sprintf("mentoring: %s: %s", e.Field, e.Problem)
	case string:
		return fmt.Sprintf("mentoring: %s = %q: %s", e.Field, v, e.Problem)
	case time.Time:
		return fmt.Sprintf("mentoring: %s = %s: %s", e.Field, v.Format(time.RFC3339Nano), e.Problem)
	default:
		return fmt.Sprintf("mentoring: %s = %v: %s", e.Field, v, e.Problem)
	}
}

// Unwrap returns the sentinel error.
func (e *FieldError) Unwrap() error { return e.Err }

// TransitionError reports a lifecycle transition that is not allowed. It
// names both states and unwraps to ErrIllegalTransition.
type TransitionError struct {
	// RelationshipID is the relationship's ID (may be empty).
	RelationshipID string
	// From is the state the relationship is in.
	From State
	// To is the state that was asked for.
	To State
}

// Error formats the error as
// "mentoring: relationship "r1": illegal transition from completed to active".
func (e *TransitionError) Error() string {
	return fmt.Sprintf("mentoring: relationship %q: illegal transition from %s to %s", e.RelationshipID, e.From, e.To)
}

// Unwrap returns ErrIllegalTransition.
func (e *TransitionError) Unwrap() error { return ErrIllegalTransition }
