package mentoring

import "github.com/mentorkit/mentorkit/internal/enum"

// Technique is a way of mentoring used in a session: guidance, reflection,
// being a role model, open questions and reverse mentoring. It marshals to JSON as
// a string ("openQuestions"); the zero value is unset and marshals as "".
type Technique uint8

// The five mentoring techniques.
const (
	// TechniqueGuidance: the mentor passes on knowledge of the trade
	// ("Begeleiding").
	TechniqueGuidance Technique = iota + 1
	// TechniqueReflection: the mentee brings a situation and reflects on
	// their choices ("Reflecteren").
	TechniqueReflection
	// TechniqueRoleModel: the mentor uses their own experience as an
	// example ("Voorbeeldfunctie").
	TechniqueRoleModel
	// TechniqueOpenQuestions: the mentor asks open questions, close to
	// coaching ("Open vragen").
	TechniqueOpenQuestions
	// TechniqueReverseMentoring: the junior mentors the senior
	// ("Omgekeerd mentorschap").
	TechniqueReverseMentoring
)

var techniqueTable = enum.New[Technique]("Technique", "", "guidance", "reflection", "roleModel", "openQuestions", "reverseMentoring")

// String returns the JSON name, "unset" for the zero value or
// "Technique(n)" for an undeclared value.
func (t Technique) String() string { return techniqueTable.String(t) }

// MarshalText implements encoding.TextMarshaler; an undeclared value is an
// error wrapping ErrUnknownEnum.
func (t Technique) MarshalText() ([]byte, error) { return techniqueTable.Marshal(t) }

// UnmarshalText implements encoding.TextUnmarshaler, ignoring case; an
// unknown string is an error wrapping ErrUnknownEnum and leaves t unchanged.
func (t *Technique) UnmarshalText(text []byte) error { return techniqueTable.Unmarshal(text, t) }
