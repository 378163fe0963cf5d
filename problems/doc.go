// Package problems turns an error returned by any mentorkit package into a
// flat list a form or an API response can show: one [Problem] per field
// error, each with its field path, the ID of the person, relationship,
// goal or response it concerns, its stable code and its message in English
// and Dutch.
//
// Every mentorkit package reports bad input as FieldError values (the one
// shared type, re-exported as mentoring.FieldError, pairing.FieldError,
// evaluation.FieldError, …), several joined with errors.Join and possibly
// wrapped with fmt.Errorf("%w"). [List] walks that tree:
//
//   - a FieldError becomes one Problem with its Field, ID, Code and Text;
//   - a typed error with a stable code and a two-language message (those
//     with methods Code() string and Message(dutch bool) string, such as
//     matching.EntryError or mentoring.TransitionError) becomes one Problem
//     with that code and message;
//   - any other leaf error (a plain sentinel, an error of another library)
//     becomes one Problem without a code whose message, in both languages,
//     is the error's text.
//
// The order is the order of the error tree, depth first: the order in which
// the package found the problems, which is deterministic for the same input.
// The list marshals to JSON with lowerCamel names.
//
// # Unknown members
//
// Decoding JSON into mentorkit's types, as into any Go struct with
// encoding/json, ignores members no field reads. [UnknownMembers] lists
// them after decoding, as field errors with their JSON paths, for a
// service that refuses misspelt or foreign input rather than dropping it.
//
// The package imports only mentorkit's internal error and JSON helpers, so any program,
// including one that uses the matching solver alone, can use it.
package problems
