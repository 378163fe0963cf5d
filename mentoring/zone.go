package mentoring

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/mentorkit/mentorkit/internal/tzdb"
)

// Time zones.
const (
	// MinUTCOffset and MaxUTCOffset bound the UTC offsets in minutes that
	// exist on Earth: UTC-12:00 (Baker Island) to UTC+14:00 (Line
	// Islands).
	MinUTCOffset = -12 * 60
	MaxUTCOffset = 14 * 60

	// TZDataVersion is the release of the IANA time zone database that
	// mentorkit carries (the zoneinfo.zip of Go 1.26.8, embedded). Zone
	// rules come from it and never from the machine, so a result that
	// depends on summer time is the same everywhere; such results record
	// this version (see [ZoneGap]).
	TZDataVersion = tzdb.Version
)

// Zone is a time zone: an IANA name from the zone table ("Europe/Amsterdam")
// or a fixed offset from UTC ("UTC+05:30", "UTC" for none). Build one with
// [ParseZone] or [FixedZone]; the zero Zone is unset. A Zone is a
// comparable value: two zones are equal when their names are. It marshals
// to JSON as its name and parses back with ParseZone.
type Zone struct {
	name   string // canonical: the table's spelling, or UTC±hh:mm, or "UTC"
	offset int    // minutes east of UTC, for a fixed zone
	fixed  bool
}

// ParseZone reads a time zone:
//
//   - an IANA name of the zone table, matched exactly but ignoring case
//     ("europe/amsterdam" is "Europe/Amsterdam"; links such as "US/Eastern"
//     and "Etc/GMT-1" are names too);
//   - "UTC" (any case): UTC itself;
//   - an offset, with or without "UTC" or "GMT" before it: a sign, one or
//     two digits of hours and optionally two of minutes, with or without a
//     colon ("UTC+05:30", "+0530", "-3", "GMT+1"), from MinUTCOffset to
//     MaxUTCOffset.
//
// Anything else is a *FieldError with code "unknownTimeZone" (wrapping
// ErrUnknownZone), or "zoneOffsetRange" (ErrOutOfRange) for a well-formed
// offset outside the range; its Field and ID are empty (Person.Validate
// fills them). Surrounding white space is not trimmed. ParseZone reads no
// file: names come from the embedded table of version [TZDataVersion].
func ParseZone(s string) (Zone, error) {
	if strings.EqualFold(s, "UTC") {
		return Zone{name: "UTC", fixed: true}, nil
	}
	if min, ok, wellFormed := parseOffset(s); wellFormed {
		if !ok {
			return Zone{}, msgZoneOffsetRange.At("", s)
		}
		return fixedZone(min), nil
	}
	if name, ok := tzdb.Lookup(s); ok {
		return Zone{name: name}, nil
	}
	return Zone{}, msgUnknownZone.At("", s)
}

// FixedZone returns the zone at a fixed offset of minutes east of UTC
// (India is +330), named "UTC+05:30" ("UTC" for 0). An offset outside
// MinUTCOffset to MaxUTCOffset is a *FieldError wrapping ErrOutOfRange.
func FixedZone(minutes int) (Zone, error) {
	if minutes < MinUTCOffset || minutes > MaxUTCOffset {
		return Zone{}, msgZoneOffsetRange.At("", minutes)
	}
	return fixedZone(minutes), nil
}

func fixedZone(minutes int) Zone {
	if minutes == 0 {
		return Zone{name: "UTC", fixed: true}
	}
	sign, m := '+', minutes
	if m < 0 {
		sign, m = '-', -m
	}
	return Zone{name: fmt.Sprintf("UTC%c%02d:%02d", sign, m/60, m%60), offset: minutes, fixed: true}
}

// parseOffset reads "[UTC|GMT]±h[h][[:]mm]". wellFormed reports the
// syntax; ok that the offset is in range.
func parseOffset(s string) (minutes int, ok, wellFormed bool) {
	if len(s) >= 3 && (strings.EqualFold(s[:3], "UTC") || strings.EqualFold(s[:3], "GMT")) {
		s = s[3:]
	}
	if len(s) < 2 || (s[0] != '+' && s[0] != '-') {
		return 0, false, false
	}
	neg, s := s[0] == '-', s[1:]
	h, m := s, ""
	switch {
	case strings.IndexByte(s, ':') >= 0:
		h, m, _ = strings.Cut(s, ":")
		if len(m) != 2 {
			return 0, false, false
		}
	case len(s) > 2:
		h, m = s[:len(s)-2], s[len(s)-2:]
	}
	if len(h) < 1 || len(h) > 2 || !digits(h) || !digits(m) {
		return 0, false, false
	}
	hh, _ := strconv.Atoi(h)
	mm := 0
	if m != "" {
		mm, _ = strconv.Atoi(m)
	}
	if mm >= 60 {
		return 0, false, false
	}
	minutes = hh*60 + mm
	if neg {
		minutes = -minutes
	}
	return minutes, minutes >= MinUTCOffset && minutes <= MaxUTCOffset, true
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// String returns the zone's name: the IANA name as the table spells it,
// "UTC±hh:mm" for a fixed offset, "UTC", or "" for the zero Zone.
func (z Zone) String() string { return z.name }

// IsZero reports whether z is the zero, unset Zone.
func (z Zone) IsZero() bool { return z.name == "" }

// Fixed returns the offset in minutes east of UTC and true for a fixed
// zone, 0 and false for an IANA zone or the zero Zone.
func (z Zone) Fixed() (minutes int, ok bool) { return z.offset, z.fixed }

// Location returns the zone as a *time.Location: from the embedded table
// for an IANA name, time.FixedZone for an offset, time.UTC for the zero
// Zone.
func (z Zone) Location() *time.Location {
	switch {
	case z.fixed:
		if z.offset == 0 {
			return time.UTC
		}
		return time.FixedZone(z.name, z.offset*60)
	case z.name == "":
		return time.UTC
	}
	if l, ok := tzdb.Location(z.name); ok {
		return l
	}
	return time.UTC // unreachable: a Zone's name comes from the table
}

// OffsetAt returns the zone's offset from UTC in minutes at t (the zero
// Zone is UTC).
func (z Zone) OffsetAt(t time.Time) int {
	if z.fixed || z.name == "" {
		return z.offset
	}
	_, sec := t.In(z.Location()).Zone()
	return sec / 60
}

// MarshalText implements encoding.TextMarshaler: the zone's name ("" for
// the zero Zone).
func (z Zone) MarshalText() ([]byte, error) { return []byte(z.name), nil }

// UnmarshalText implements encoding.TextUnmarshaler with ParseZone; ""
// gives the zero Zone. On error z is unchanged.
func (z *Zone) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*z = Zone{}
		return nil
	}
	p, err := ParseZone(string(b))
	if err != nil {
		return err
	}
	*z = p
	return nil
}

// ZoneGap is how far apart two zones' clocks are over a period: the
// circular distance between their UTC offsets, min(δ, 1440 − δ) minutes for
// δ = |offset a − offset b| mod 1440, at its largest and smallest. Offsets
// are piecewise constant, so the extremes are found by sampling the start
// of the period and every transition of either zone (summer time and any
// rule change) inside it; a pair 1 hour apart in winter and 2 in summer has
// Most 120 and Least 60.
type ZoneGap struct {
	// Most is the largest distance in minutes over the period: the worst
	// case a rule on time zones is judged by.
	Most int `json:"most"`
	// MostAt is the first moment (the start or a transition) at which Most
	// holds, in the location of Start.
	MostAt time.Time `json:"mostAt"`
	// Least is the smallest distance in minutes over the period.
	Least int `json:"least"`
	// Start and End are the period sampled (after defaults).
	Start time.Time `json:"start"`
	End   time.Time `json:"end"`
	// TZDataVersion is the zone table the rules came from.
	TZDataVersion string `json:"tzDataVersion"`
}

// maxTransitions bounds the transitions sampled per zone: 1,000 is five
// centuries of twice-yearly summer time.
const maxTransitions = 1000

// Gap returns how far apart z and other are over [start, end] (see
// [ZoneGap]). A zero start or end makes the period one year long from the
// other end; with both zero the period is the calendar year of the zone
// table's release (TZDataVersion 2025c: 2025), so the answer never depends
// on the clock. An end before start samples start alone. The zero Zone is
// UTC. Gap is deterministic and reads no file.
func (z Zone) Gap(other Zone, start, end time.Time) ZoneGap {
	start, end = gapPeriod(start, end)
	g := ZoneGap{Least: -1, Start: start, End: end, TZDataVersion: TZDataVersion}
	sample := func(t time.Time) {
		d := circularDistance(z.OffsetAt(t), other.OffsetAt(t))
		if g.MostAt.IsZero() || d > g.Most {
			g.Most, g.MostAt = d, t.In(start.Location())
		}
		if g.Least < 0 || d < g.Least {
			g.Least = d
		}
	}
	sample(start)
	ta, tb := z.transitions(start, end), other.transitions(start, end)
	for len(ta) > 0 || len(tb) > 0 { // merged in time order, so MostAt is the first
		var t time.Time
		if len(tb) == 0 || len(ta) > 0 && !ta[0].After(tb[0]) {
			t, ta = ta[0], ta[1:]
			if len(tb) > 0 && tb[0].Equal(t) {
				tb = tb[1:]
			}
		} else {
			t, tb = tb[0], tb[1:]
		}
		sample(t)
	}
	return g
}

// gapPeriod fills in a zero start or end.
func gapPeriod(start, end time.Time) (time.Time, time.Time) {
	switch {
	case start.IsZero() && end.IsZero():
		y, _ := strconv.Atoi(TZDataVersion[:4])
		start = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		end = start.AddDate(1, 0, 0)
	case start.IsZero():
		start = end.AddDate(-1, 0, 0)
	case end.IsZero():
		end = start.AddDate(1, 0, 0)
	}
	return start, end
}

// transitions returns the moments in (start, end] at which z's offset or
// abbreviation changes, in order, at most maxTransitions.
func (z Zone) transitions(start, end time.Time) []time.Time {
	if z.fixed || z.name == "" || !end.After(start) {
		return nil
	}
	loc := z.Location()
	var out []time.Time
	t := start
	for range maxTransitions {
		_, next := t.In(loc).ZoneBounds()
		if next.IsZero() || next.After(end) || !next.After(t) {
			break
		}
		out = append(out, next)
		t = next
	}
	return out
}

// circularDistance is min(δ, 1440 − δ) for δ = |a − b| mod 1440.
func circularDistance(a, b int) int {
	d := a - b
	if d < 0 {
		d = -d
	}
	d %= 1440
	return min(d, 1440-d)
}

// Zone returns the person's time zone: TimeZone read by [ParseZone] when
// set, else the fixed offset UTCOffsetMinutes. A TimeZone that does not
// parse, or an offset out of range, is a *FieldError naming the person's
// ID and the field ("timeZone" or "utcOffsetMinutes").
func (p Person) Zone() (Zone, error) {
	if p.TimeZone != "" {
		z, err := ParseZone(p.TimeZone)
		return z, placed(err, "timeZone", p.ID)
	}
	z, err := FixedZone(p.UTCOffsetMinutes)
	if err != nil {
		return Zone{}, msgBetween.New("utcOffsetMinutes", p.ID, p.UTCOffsetMinutes, MinUTCOffset, MaxUTCOffset)
	}
	return z, nil
}

// checkZone reports a TimeZone that does not parse.
func (p Person) checkZone(v *validator, path string) {
	if p.TimeZone == "" {
		return
	}
	if _, err := ParseZone(p.TimeZone); err != nil {
		v.errs = append(v.errs, placed(err, field(path, "timeZone"), v.id))
	}
}

// placed returns a parse error (a *FieldError without field or ID) at
// field, about id; nil stays nil.
func placed(err error, field, id string) error {
	fe, ok := err.(*FieldError)
	if !ok {
		return err
	}
	c := *fe
	c.Field, c.ID = field, id
	return &c
}
