// Package enum is mentorkit's one rule for enums: a small unsigned type
// whose zero value is "unset", whose declared constants are 1..n-1, and
// whose text form (String, JSON, encoding.TextMarshaler) is its lowerCamel
// name. Parsing is case-insensitive; unknown text is an error that wraps
// [ErrUnknown], re-exported by every package that has enums.
//
// A package declares one [Table] per enum and forwards its methods:
//
//	var formatTable = enum.New[Format]("format", "", "oneToOne", "group")
//	func (f Format) String() string               { return formatTable.String(f) }
//	func (f Format) MarshalText() ([]byte, error)  { return formatTable.Marshal(f) }
//	func (f *Format) UnmarshalText(b []byte) error { return formatTable.Unmarshal(b, f) }
//
// The unset value marshals as "" (and "" parses back to it), so a field
// with omitempty disappears from JSON when unset. Where a package documents
// that its zero value is a real choice (matching.Minimize, the default of
// every reference tool), names[0] is that choice's name instead.
package enum
