// Package fault is mentorkit's one error shape for bad input: the field
// path, the ID of the person, relationship, goal or response it concerns,
// the offending value, a stable machine-readable code, the sentinel it
// unwraps to, and its message in English and Dutch.
//
// Each package declares its messages once, as [Message] values in a table
// keyed by code, and builds errors with [Message.New] (or [Message.At] when
// no ID applies). Packages re-export [Error] under their own name
// (type FieldError = fault.Error), so callers use errors.As with whichever
// package they imported; all names denote the same type.
//
// An Error marshals to JSON as
//
//	{"field":"participants[3].person.id","id":"p-17","value":"x","code":"duplicateId",
//	 "kind":"mentoring: duplicate value","message":{"en":"…","nl":"…"}}
//
// Non-finite numbers in Value use the module's JSON number rule (see
// internal/jsonx). Decoding restores every field but Err: a sentinel's
// identity does not survive JSON, its text does (Kind).
package fault
