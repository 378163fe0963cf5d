// Package mentoring is the domain core of mentorkit: people and their
// profiles, roles, programmes and their formats, relationships with a
// lifecycle, sessions and relationship health.
//
// The words come from the Dutch articles on workplace mentoring that the
// project started from: a mentor guides a mentee ("begeleiden"), a reverse
// mentor is a junior who mentors a senior on a topic they offer ("omgekeerd
// mentorschap"), a programme has measurable objectives, guidelines for its
// roles, a cadence and planned feedback moments, and a mentor checks who
// takes the initiative and whether they talk more than they listen.
//
// A Person is a profile; a Participant is a person in one programme with a
// role, what they offer and want to develop, and their capacity; a
// Programme holds its set-up and participants.
//
// # Errors
//
// Every Validate method reports all problems at once: the errors are joined
// with errors.Join, each a *FieldError naming the field (a path in JSON
// names such as "participants[2].person.skills[0].level"), the value and the
// problem. Each unwraps to an exported sentinel (ErrMissing, ErrOutOfRange,
// ErrDuplicate, ErrUnknownEnum, ...), so errors.Is tests the kind and
// errors.As gets the detail. Nothing in the package panics on caller data.
//
// # JSON
//
// Every type marshals with lowerCamel field names. Enums marshal as strings
// ("reverseMentor"); an unknown string is an error wrapping ErrUnknownEnum.
// The zero value of an enum means "unset" and marshals as "". Durations
// marshal in nanoseconds, as encoding/json does for time.Duration; times as
// RFC 3339. A round trip is lossless except that an empty slice or map
// comes back as nil and a time's location comes back as a fixed offset
// (time.Time.Equal still holds).
//
// # Determinism
//
// Functions are pure: no clock (now is an argument), no randomness, no I/O.
// Inputs are never modified and results never alias them. Map iteration
// order never reaches a result or an error.
package mentoring
