// Package mentoring is the domain core of mentorkit: people and their
// profiles, roles, programmes and their formats, relationships with a
// lifecycle, sessions, and relationship health.
//
// The words come from the Dutch articles on workplace mentoring the project
// started from: a mentor guides a mentee ("begeleiden"), a reverse mentor is
// a junior who mentors a senior on a topic they offer ("omgekeerd
// mentorschap"), a programme has measurable objectives, guidelines for its
// roles, a cadence and planned feedback moments, and a good mentor asks who
// takes the initiative and whether they talk more than they listen
// ("zenden/ontvangen").
//
// # The model
//
//   - A [Person] is a profile: reporting line, [Seniority], skills with
//     levels 1–5, interests, career goals, languages ([ParseLanguage]:
//     BCP 47 tags or names, compared by base language), a time zone by
//     IANA name or as a UTC offset in minutes ([ParseZone], from the
//     embedded zone table of version [TZDataVersion]), an optional Big
//     Five [Personality], free attributes, and the times the person is
//     free each week as [WeeklyWindow]s on their own clock (a window
//     never crosses midnight: split it; a person's windows never overlap).
//   - A [Directory] is the organisation's people and reporting lines, built
//     once by [NewDirectory] from an HR export, strict (every duplicate ID,
//     unknown manager, self-manager or cycle is an error) or lenient (each
//     is a finding naming the person). Its [Place]s answer "is A within k
//     levels above B?" in O(1); where the answer needs a broken part of a
//     reporting line it is [AnswerUnknown], which rules treat as "not
//     allowed".
//   - A [Participant] is a person in one programme with a [Role], what they
//     offer and want to develop, a capacity and hours per month, and their
//     own [Preferences]: people on the other side they rank, best first,
//     and people they dismiss (Validate refuses the participant themselves
//     and an ID listed twice; pairing checks that each names someone on
//     the other side). A person
//     may be listed twice in one programme: in a role that mentors and in
//     one that is mentored.
//   - A [Programme] has a [Format] (one-to-one, group, peer, reverse, flash,
//     cross-organisation), objectives, dates, cadence, commitment,
//     guidelines, feedback moments and its participants.
//     [Programme.Review] says whether it is ready to start, as [Finding]s
//     with stable codes; [Programme.ValidateRelationships] checks pairings
//     against the format's rules (reverse seniority and topic, peer band,
//     group size, capacity, no self- or mutual mentoring), and
//     [Programme.ValidateSessions] checks sessions against them (a flash
//     relationship has a single session).
//   - A [Relationship] moves through its lifecycle with [Propose] and
//     [Relationship.Transition]: proposed → active or ended; active →
//     paused, completed or ended; paused → active, completed or ended.
//     Every step is recorded as a [Transition] with its time and, for
//     ending, an [EndReason].
//   - A [Session] holds structured signals only (who initiated it, the
//     mentor's talk share, [Technique]s, whether expectations were
//     discussed, goal IDs), never free-text notes.
//   - [AssessHealth] turns a relationship, its sessions and now into
//     [Health]: days since the last session against the cadence, overdue,
//     stalled, initiative shares and mentor talk share, with thresholds in
//     [HealthConfig], whose zero value means the documented defaults. It is
//     the one place these signals are computed.
//
// Values are plain structs. Methods that change a relationship return a new
// value; Clone methods give deep copies.
//
// # Errors
//
// Every Validate method reports all problems at once, joined with
// errors.Join. Each is a [*FieldError] (the module's one field-error type,
// shared with every mentorkit package) holding
//
//   - Field: the path in JSON names, "participants[2].person.skills[0].level";
//   - ID: the person, relationship or session the value belongs to ("" for
//     the programme's own fields and for a config);
//   - Value: the offending value;
//   - Code: a stable machine-readable code ("duplicate", "outOfRange",
//     "notInverted", ...), one per message;
//   - Text: the message in English and Dutch, completing the field
//     ("must lie between 1 and 5", "moet tussen 1 en 5 liggen");
//   - Err: an exported sentinel ([ErrMissing], [ErrOutOfRange],
//     [ErrDuplicate], [ErrUnknownEnum], ...), so errors.Is tests the kind
//     and errors.As gets the detail.
//
// A FieldError marshals to JSON with all of these. An illegal lifecycle
// step is a [*TransitionError] naming both states, with a code and a Dutch
// message too, unwrapping to [ErrIllegalTransition]. Nothing in the
// package panics on caller data; the fuzz targets in the tests check that.
//
// For example, a person with a skill level of 6:
//
//	err := person.Validate()
//	// mentoring: skills[0].level ("ana") = 6: must lie between 1 and 5
//	var fe *mentoring.FieldError
//	if errors.As(err, &fe) {
//		fmt.Println(fe.ID, fe.Code, fe.Message(true)) // ana outOfRange moet tussen 1 en 5 liggen
//	}
//
// # Texts and terms
//
// Skill names, interests and topics are compared as terms: the
// same words once case, accents and the punctuation between words are
// ignored, so "Sociale media" and "sociale-média" are one topic and "AI"
// never matches "retail".
//
// # JSON
//
// Every type marshals with lowerCamel field names. Enums marshal as strings
// ("reverseMentor") and parse ignoring case ("ReverseMentor" reads as
// [RoleReverseMentor]); an unknown string is an error wrapping
// [ErrUnknownEnum]. The zero value of an enum means "unset" and marshals
// as "". Floats follow the module's one rule: NaN and the infinities
// marshal as the strings "NaN", "Infinity" and "-Infinity", and null reads
// as NaN, so even an input Validate rejects can be stored and shown.
// Durations marshal in nanoseconds, as encoding/json does for
// time.Duration; times as RFC 3339; an optional time that is unset (a
// programme's start and end, a last session) is left out. A round trip is lossless, except that an empty
// slice or map comes back as nil and a time's location comes back as a
// fixed offset (time.Time.Equal still holds).
//
// # Determinism
//
// Functions are pure: no clock (now is an argument), no randomness, no I/O
// (the zone table is embedded, not read from the machine), no logging. A
// computation as of now ignores what happens after it: [AssessHealth]
// leaves out later sessions and transitions, so it can be asked for any
// earlier date. Inputs are never modified and results never alias them. Map
// iteration order never reaches a result or an error; errors come in input
// order.
//
// # Numerics
//
// Shares are 0–1. Days in [Health] are 24-hour periods, computed from Unix
// seconds so that spans beyond time.Duration's ±292 years stay exact.
// Thresholds compare strictly: a relationship is overdue only when more
// than OverdueAfter cadences have passed.
package mentoring
