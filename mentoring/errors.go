package mentoring

import (
	"errors"
	"fmt"

	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/fault"
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
	// EndReason, Technique, Severity, FindingCode) that is not one of the
	// declared constants, including an unknown string in JSON. It is the
	// module's one unknown-enum sentinel, shared by every package.
	ErrUnknownEnum = enum.ErrUnknown
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
	// ErrUnknownZone reports a time zone that is neither a name in the
	// zone table nor a UTC offset.
	ErrUnknownZone = errors.New("mentoring: unknown time zone")
	// ErrUnknownLanguage reports a language that is neither a BCP 47 tag
	// of a known language nor a known language name.
	ErrUnknownLanguage = errors.New("mentoring: unknown language")
)

// FieldError is one validation problem: the field path, the ID of the
// person, participant, relationship or session it concerns, the value found
// there, a stable code, the sentinel it unwraps to and its message in
// English and Dutch. Validate methods join several with errors.Join. It is
// the module's one field-error type: the same type as the FieldError of
// every other mentorkit package.
type FieldError = fault.Error

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

// Code returns the stable code of the error, "illegalTransition" (the code
// a [FieldError] for an illegal step in a history carries too).
func (e *TransitionError) Code() string { return msgIllegalTransition.Code }

// Message says what is wrong in English, or in Dutch when dutch is true:
// "cannot move from ended to active".
func (e *TransitionError) Message(dutch bool) string {
	return msgIllegalTransition.New("", e.RelationshipID, nil, e.From, e.To).Message(dutch)
}
