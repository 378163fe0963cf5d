package mentoring

import "github.com/mentorkit/mentorkit/internal/enum"

// Format is the shape of a programme. It marshals to JSON as a lowerCamel
// string ("crossOrganisation"); the zero value is unset and marshals as "".
type Format uint8

// The programme formats.
const (
	// FormatOneToOne pairs one mentor with one mentee.
	FormatOneToOne Format = iota + 1
	// FormatGroup gives one mentor a bounded group of mentees, 4 to 6 unless
	// the programme sets GroupSize.
	FormatGroup
	// FormatPeer pairs colleagues of similar seniority (within the
	// programme's peer band).
	FormatPeer
	// FormatReverse pairs a less senior mentor with a more senior mentee on
	// a topic the mentor offers, typically one where juniors know more:
	// work-life balance, diversity, technology, globalisation.
	FormatReverse
	// FormatFlash is a one-to-one relationship of a single session.
	FormatFlash
	// FormatCrossOrganisation pairs a mentor and a mentee from different
	// organisations, as on a marketplace where companies exchange mentors.
	FormatCrossOrganisation
)

var formatTable = enum.New[Format]("Format", "", "oneToOne", "group", "peer", "reverse", "flash", "crossOrganisation")

// String returns the JSON name, "unset" for the zero value or
// "Format(n)" for an undeclared value.
func (f Format) String() string { return formatTable.String(f) }

// MarshalText implements encoding.TextMarshaler; an undeclared value is an
// error wrapping ErrUnknownEnum.
func (f Format) MarshalText() ([]byte, error) { return formatTable.Marshal(f) }

// UnmarshalText implements encoding.TextUnmarshaler, ignoring case; an
// unknown string is an error wrapping ErrUnknownEnum and leaves f unchanged.
func (f *Format) UnmarshalText(text []byte) error { return formatTable.Unmarshal(text, f) }

// Default group bounds for FormatGroup when Programme.GroupSize is zero.
const (
	DefaultGroupMin = 4 // fewest mentees in a group relationship by default
	DefaultGroupMax = 6 // most mentees in a group relationship by default
)

// menteeBounds returns the allowed number of mentees per relationship for
// the format, taking a group's bounds from gs (zero means the defaults).
func (f Format) menteeBounds(gs GroupSize) (lo, hi int) {
	if f != FormatGroup {
		return 1, 1
	}
	lo, hi = gs.Min, gs.Max
	if lo == 0 {
		lo = DefaultGroupMin
	}
	if hi == 0 {
		hi = DefaultGroupMax
	}
	return lo, hi
}
