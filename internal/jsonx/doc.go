// Package jsonx is mentorkit's one JSON rule for numbers. Every exported
// type that can hold a float marshals through it:
//
//   - finite numbers are JSON numbers, written as encoding/json writes them
//     (the shortest text that reads back to the same float64);
//   - NaN, +Inf and -Inf are the JSON strings "NaN", "Infinity" and
//     "-Infinity" (the convention of the reference data the tests use);
//   - null means "not applicable": a nil pointer, slice or map, and a float
//     read from null is NaN.
//
// Everything else is encoded as encoding/json does it: field names from
// `json` tags (with omitempty and "-"), embedded structs inlined, map keys
// sorted, Marshaler and TextMarshaler implementations called, omitempty and
// omitzero as encoding/json defines them. A type adopts
// the rule with two one-line methods:
//
//	func (r Result) MarshalJSON() ([]byte, error) { return jsonx.Marshal(r) }
//	func (r *Result) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, r) }
//
// Marshal and Unmarshal do not call the root value's own MarshalJSON or
// UnmarshalJSON (that would recurse); they do call those of every value
// inside it. Decoding ignores unknown object keys, as encoding/json does;
// [Unknown] lists them, for callers that refuse them.
package jsonx
