package feedback

import "github.com/mentorkit/mentorkit/internal/enum"

// Suppression says why a cell, an item of a cell or a subscale of a cell is
// not released. The zero value means released. Its text and JSON form is
// the lowerCamel name ("complementary").
type Suppression int

// Reasons for suppression.
const (
	// SuppressedPrimary: fewer than the minimum of persons (not counting
	// exempt answers) answered in the cell.
	SuppressedPrimary Suppression = iota + 1
	// SuppressedComplementary: released, it would let a combination of the
	// answers of fewer than the minimum of persons be computed from the
	// rest of the report; ItemStats.Protects names the group.
	SuppressedComplementary
	// SuppressedBound: the exact check ran out of its search budget on this
	// part of the report, which was suppressed rather than released
	// unchecked (Report.Bounded is true).
	SuppressedBound
)

var suppressionTable = enum.New[Suppression]("suppression", "", "primary", "complementary", "bound")

// String returns the lowerCamel name, "unset" for the zero value (released).
func (s Suppression) String() string { return suppressionTable.String(s) }

// MarshalText encodes the reason as its name ("" when released).
func (s Suppression) MarshalText() ([]byte, error) { return suppressionTable.Marshal(s) }

// UnmarshalText decodes a reason, case-insensitively ("" is released).
func (s *Suppression) UnmarshalText(b []byte) error { return suppressionTable.Unmarshal(b, s) }
