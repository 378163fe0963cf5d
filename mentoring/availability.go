package mentoring

import (
	"cmp"
	"slices"
	"time"

	"github.com/mentorkit/mentorkit/internal/fault"
)

// minutesPerWeek is the length of a week in minutes: 7 × 24 × 60.
const minutesPerWeek = 7 * 24 * 60

// WeeklyWindow is a time a person is available every week, on the clock of
// their own time zone ([Person.Zone]): Day from Start to End. In JSON it is
// {"day":1,"start":"09:00","end":"12:30"} (Day as time.Weekday numbers it:
// 0 is Sunday, 1 Monday … 6 Saturday).
//
// Start and End are "HH:MM" on the 24-hour clock, Start from "00:00" to
// "23:59" and End from "00:01" to "24:00" (the end of the day). A window
// ends after it starts on the same day: one that would cross midnight
// ("22:00"–"02:00") is refused, not split, so that a stored window always
// reads as the person wrote it; give it as two windows ("22:00"–"24:00"
// and "00:00"–"02:00" the next day). A person's windows may touch
// ("09:00"–"12:00" and "12:00"–"13:00") but not overlap.
type WeeklyWindow struct {
	Day   time.Weekday `json:"day"`
	Start string       `json:"start"`
	End   string       `json:"end"`
}

// Span returns the window as minutes from the start of the local week
// (Sunday 00:00): [start, end). A window that does not validate (a day
// outside Sunday to Saturday, a clock that does not read as "HH:MM", an
// end not after the start) is a *FieldError with an empty Field and ID
// (Person.Validate places it).
func (w WeeklyWindow) Span() (start, end int, err error) {
	if w.Day < time.Sunday || w.Day > time.Saturday {
		return 0, 0, msgBetween.At("day", int(w.Day), int(time.Sunday), int(time.Saturday))
	}
	s, okS := clockMinutes(w.Start, false)
	if !okS {
		return 0, 0, msgClock.At("start", w.Start)
	}
	e, okE := clockMinutes(w.End, true)
	if !okE {
		return 0, 0, msgClock.At("end", w.End)
	}
	if e <= s {
		return 0, 0, msgWindowMidnight.At("end", w.End, w.Start)
	}
	base := int(w.Day) * 24 * 60
	return base + s, base + e, nil
}

// clockMinutes reads "HH:MM" (exactly five bytes) as minutes after
// midnight; "24:00" only when end is true.
func clockMinutes(s string, end bool) (int, bool) {
	if len(s) != 5 || s[2] != ':' || !digits(s[:2]) || !digits(s[3:]) {
		return 0, false
	}
	h := int(s[0]-'0')*10 + int(s[1]-'0')
	m := int(s[3]-'0')*10 + int(s[4]-'0')
	switch {
	case m > 59, h > 24, h == 24 && (m != 0 || !end):
		return 0, false
	}
	return h*60 + m, true
}

// checkAvailability reports each window that does not read (Span) and
// each that overlaps an earlier one of the same person.
func (p Person) checkAvailability(v *validator, path string) {
	type span struct{ s, e, i int }
	spans := make([]span, 0, len(p.Availability))
	for i, w := range p.Availability {
		s, e, err := w.Span()
		if err != nil {
			v.errs = append(v.errs, placed(err, field(index(field(path, "availability"), i), err.(*FieldError).Field), v.id))
			continue
		}
		spans = append(spans, span{s, e, i})
	}
	slices.SortFunc(spans, func(a, b span) int { return cmp.Or(cmp.Compare(a.s, b.s), cmp.Compare(a.i, b.i)) })
	reach := -1 // the window reaching furthest so far
	for k, sp := range spans {
		if reach >= 0 && spans[reach].e > sp.s {
			a, b := min(spans[reach].i, sp.i), max(spans[reach].i, sp.i)
			v.add(index(field(path, "availability"), b), p.Availability[b].Start, msgWindowOverlap, index(field(path, "availability"), a))
		}
		if reach < 0 || sp.e > spans[reach].e {
			reach = k
		}
	}
}

// Preferences are a participant's own wishes about who they are paired
// with, by person ID on the other side of the programme (a mentee names
// mentors, a mentor names mentees; a peer names peers). Ranked lists the
// people the participant would like, best first; a shortlist without an
// order is a Ranked list in any order (pairing then weighs the first
// highest). Dismissed lists the people the participant does not want to be
// paired with: pairing forbids such a pair. A person is listed at most
// once over both lists, and never the participant themselves. JSON:
// {"ranked":["anna","bram"],"dismissed":["cas"]}.
//
// Validate checks the lists on their own; whether an ID names someone on
// the other side of the programme is checked by pairing, which knows the
// sides.
type Preferences struct {
	Ranked    []string `json:"ranked,omitempty"`
	Dismissed []string `json:"dismissed,omitempty"`
}

// IsZero reports whether p states no preference.
func (p Preferences) IsZero() bool { return len(p.Ranked) == 0 && len(p.Dismissed) == 0 }

// checkPreferences reports IDs that are empty or padded, the participant
// themselves, and an ID listed twice (in one list or in both).
func (p Participant) checkPreferences(v *validator, path string) {
	if p.Preferences.IsZero() {
		return
	}
	own := p.personID()
	first := make(map[string]string, len(p.Preferences.Ranked)+len(p.Preferences.Dismissed))
	for _, list := range []struct {
		name string
		ids  []string
	}{{"ranked", p.Preferences.Ranked}, {"dismissed", p.Preferences.Dismissed}} {
		for i, id := range list.ids {
			at := index(field(field(path, "preferences"), list.name), i)
			switch {
			case badID(id):
				v.requireID(at, "", id)
			case id == own:
				v.add(at, id, msgPreferSelf)
			case first[id] != "":
				v.add(at, id, msgDuplicate, first[id])
			default:
				first[id] = at
			}
		}
	}
}

// The messages of availability windows and preferences (checked together
// with the package's table by the tests).
var (
	msgClock = fault.Message{Code: "badClock", Err: ErrOutOfRange,
		EN: "is not a time of day as HH:MM (00:00 to 24:00)", NL: "is geen tijdstip als UU:MM (00:00 tot 24:00)"}
	msgWindowMidnight = fault.Message{Code: "windowCrossesMidnight", Err: ErrOutOfRange,
		EN: "is not after the start %s: a window ends on the day it starts; split one that crosses midnight into two",
		NL: "ligt niet na het begin %s: een tijdvak eindigt op de dag waarop het begint; splits een tijdvak over middernacht in tweeën"}
	msgWindowOverlap = fault.Message{Code: "windowOverlap", Err: ErrDuplicate,
		EN: "overlaps the window %s of the same person", NL: "overlapt met tijdvak %s van dezelfde persoon"}
	msgPreferSelf = fault.Message{Code: "preferSelf", Err: ErrOutOfRange,
		EN: "names the participant themselves", NL: "noemt de deelnemer zelf"}
)

// availabilityMessages lists the messages above.
var availabilityMessages = []fault.Message{msgClock, msgWindowMidnight, msgWindowOverlap, msgPreferSelf}
