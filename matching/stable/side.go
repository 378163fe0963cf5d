package stable

import "github.com/mentorkit/mentorkit/internal/enum"

// Side says on which side of a pairing a participant is. The zero value
// is unset; what unset means is up to the function taking a Side: [Match]
// reads an unset proposer as SideMentee (mentee-proposing, the usual
// applicant-proposing default).
type Side uint8

const (
	// SideMentee is the mentee side.
	SideMentee Side = iota + 1
	// SideMentor is the mentor side (mentors, reverse mentors, peer mentors).
	SideMentor
)

var sideTable = enum.New[Side]("side", "", "mentee", "mentor")

// String returns "mentee", "mentor", "unset" for the zero value or
// "side(N)" for an undeclared one.
func (s Side) String() string { return sideTable.String(s) }

// MarshalText writes "mentee", "mentor" or "" (unset); an undeclared value
// is a *FieldError wrapping ErrUnknownEnum.
func (s Side) MarshalText() ([]byte, error) { return sideTable.Marshal(s) }

// UnmarshalText reads "mentee", "mentor" or "" (unset), ignoring case;
// anything else is a *FieldError wrapping ErrUnknownEnum and leaves s
// unchanged.
func (s *Side) UnmarshalText(text []byte) error { return sideTable.Unmarshal(text, s) }
