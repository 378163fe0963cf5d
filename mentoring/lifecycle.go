package mentoring

import "github.com/mentorkit/mentorkit/internal/enum"

// State is where a relationship is in its lifecycle. It marshals to JSON as
// a string ("active"); the zero value is unset and marshals as "".
//
// A relationship starts proposed; CanTransition lists the moves from
// there. Completed and ended are final.
type State uint8

// The lifecycle states.
const (
	// StateProposed is a pairing that has been suggested but not accepted.
	StateProposed State = iota + 1
	// StateActive is a running relationship.
	StateActive
	// StatePaused is a relationship put on hold by agreement; health does
	// not count it as overdue.
	StatePaused
	// StateCompleted is a relationship that ran its course; final.
	StateCompleted
	// StateEnded is a relationship stopped early or declined, with an
	// EndReason; final.
	StateEnded
)

var stateTable = enum.New[State]("State", "", "proposed", "active", "paused", "completed", "ended")

// String returns the JSON name, "unset" for the zero value or
// "State(n)" for an undeclared value.
func (s State) String() string { return stateTable.String(s) }

// MarshalText implements encoding.TextMarshaler; an undeclared value is an
// error wrapping ErrUnknownEnum.
func (s State) MarshalText() ([]byte, error) { return stateTable.Marshal(s) }

// UnmarshalText implements encoding.TextUnmarshaler, ignoring case; an
// unknown string is an error wrapping ErrUnknownEnum and leaves s unchanged.
func (s *State) UnmarshalText(text []byte) error { return stateTable.Unmarshal(text, s) }

// Final reports whether no transition leaves s (completed or ended).
func (s State) Final() bool { return s == StateCompleted || s == StateEnded }

// Open reports whether s is proposed, active or paused: a relationship that
// still occupies its mentor's capacity.
func (s State) Open() bool { return s == StateProposed || s == StateActive || s == StatePaused }

// CanTransition reports whether a relationship may move from one state to
// another. The legal transitions are exactly:
//
//	proposed → active, ended (declined or another reason)
//	active   → paused, completed, ended
//	paused   → active, completed, ended
//
// Every other pair, including staying in the same state, unset or
// undeclared states, is illegal.
func CanTransition(from, to State) bool {
	switch from {
	case StateProposed:
		return to == StateActive || to == StateEnded
	case StateActive:
		return to == StatePaused || to == StateCompleted || to == StateEnded
	case StatePaused:
		return to == StateActive || to == StateCompleted || to == StateEnded
	}
	return false
}

// EndReason says why a relationship ended. It marshals to JSON as a string
// ("leftOrganisation"); the zero value is unset and marshals as "".
type EndReason uint8

// The reasons a relationship ends.
const (
	// ReasonNotAGoodFit: the pair did not click.
	ReasonNotAGoodFit EndReason = iota + 1
	// ReasonLeftOrganisation: the mentor or a mentee left.
	ReasonLeftOrganisation
	// ReasonProgrammeEnded: the programme closed before the relationship
	// completed.
	ReasonProgrammeEnded
	// ReasonDeclined: a proposed pairing was declined.
	ReasonDeclined
	// ReasonOther: any other reason.
	ReasonOther
)

var endReasonTable = enum.New[EndReason]("EndReason", "", "notAGoodFit", "leftOrganisation", "programmeEnded", "declined", "other")

// String returns the JSON name, "unset" for the zero value or
// "EndReason(n)" for an undeclared value.
func (r EndReason) String() string { return endReasonTable.String(r) }

// MarshalText implements encoding.TextMarshaler; an undeclared value is an
// error wrapping ErrUnknownEnum.
func (r EndReason) MarshalText() ([]byte, error) { return endReasonTable.Marshal(r) }

// UnmarshalText implements encoding.TextUnmarshaler, ignoring case; an
// unknown string is an error wrapping ErrUnknownEnum and leaves r unchanged.
func (r *EndReason) UnmarshalText(text []byte) error { return endReasonTable.Unmarshal(text, r) }
