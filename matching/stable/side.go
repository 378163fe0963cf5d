package stable

import (
	"errors"
	"strconv"
)

// Side says on which side of a pairing a participant is.
type Side int

const (
	// SideMentee is the mentee side.
	SideMentee Side = iota
	// SideMentor is the mentor side (mentors, reverse mentors, peer mentors).
	SideMentor
)

// String returns "mentee" or "mentor".
func (s Side) String() string {
	if s == SideMentor {
		return "mentor"
	}
	if s == SideMentee {
		return "mentee"
	}
	return "Side(" + strconv.Itoa(int(s)) + ")"
}

// ErrUnknownName means a text names neither side.
var ErrUnknownName = errors.New("stable: unknown side")

// MarshalText writes "mentee" or "mentor"; any other value is an error
// wrapping ErrUnknownSide.
func (s Side) MarshalText() ([]byte, error) {
	if s != SideMentee && s != SideMentor {
		return nil, &InputError{Field: "Side", Value: int(s), Problem: "is not a declared Side", Err: ErrUnknownName}
	}
	return []byte(s.String()), nil
}

// UnmarshalText reads "mentee" or "mentor"; anything else is an error
// wrapping ErrUnknownSide and leaves s unchanged.
func (s *Side) UnmarshalText(text []byte) error {
	switch string(text) {
	case "mentee":
		*s = SideMentee
	case "mentor":
		*s = SideMentor
	default:
		return &InputError{Field: "Side", Value: strconv.Quote(string(text)), Problem: "is not a Side name", Err: ErrUnknownName}
	}
	return nil
}
