// Package tzdb is mentorkit's pinned copy of the IANA time zone database:
// the zoneinfo.zip that Go release go1.26.8 ships in $GOROOT/lib/time,
// embedded in the binary so that no package reads a file or depends on the
// machine's zone data. [Version] names the tz release it was built from;
// results that depend on zone rules carry it.
//
// The table is read once, on first use, from the embedded bytes; zones are
// loaded with time.LoadLocationFromTZData and cached. Everything here is
// safe for concurrent use and deterministic: the same name gives the same
// rules on every machine.
//
// To update: copy $(go env GOROOT)/lib/time/zoneinfo.zip of a newer Go
// release here and set Version to the DATA= line of that release's
// lib/time/update.bash.
package tzdb
