package mentoring

import "github.com/mentorkit/mentorkit/internal/enum"

// Role is the part a participant plays in a programme. It marshals to JSON
// as a lowerCamel string ("reverseMentor"); the zero value is unset and
// marshals as "".
type Role uint8

// The roles. A mentor, reverse mentor or peer mentor takes the mentor side
// of a relationship; a mentee or peer mentor takes the mentee side.
const (
	// RoleMentor is a more experienced person who guides a mentee
	// ("begeleiden").
	RoleMentor Role = iota + 1
	// RoleMentee is the person whose growth is the point of the relationship.
	RoleMentee
	// RoleReverseMentor is a less senior person who mentors a more senior
	// one on a topic they offer ("omgekeerd mentorschap").
	RoleReverseMentor
	// RolePeerMentor is a colleague of similar seniority; peer mentors can
	// take either side of a peer relationship.
	RolePeerMentor
)

var roleTable = enum.New[Role]("Role", "", "mentor", "mentee", "reverseMentor", "peerMentor")

// String returns the JSON name, "unset" for the zero value or
// "Role(n)" for an undeclared value.
func (r Role) String() string { return roleTable.String(r) }

// MarshalText implements encoding.TextMarshaler; an undeclared value is an
// error wrapping ErrUnknownEnum.
func (r Role) MarshalText() ([]byte, error) { return roleTable.Marshal(r) }

// UnmarshalText implements encoding.TextUnmarshaler, ignoring case; an
// unknown string is an error wrapping ErrUnknownEnum and leaves r unchanged.
func (r *Role) UnmarshalText(text []byte) error { return roleTable.Unmarshal(text, r) }

// canMentor reports whether the role may take the mentor side.
func (r Role) canMentor() bool {
	return r == RoleMentor || r == RoleReverseMentor || r == RolePeerMentor
}

// canBeMentored reports whether the role may take the mentee side.
func (r Role) canBeMentored() bool { return r == RoleMentee || r == RolePeerMentor }
