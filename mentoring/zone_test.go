package mentoring

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/mentorkit/mentorkit/internal/jsontest"
)

func TestParseZone(t *testing.T) {
	for _, c := range []struct {
		in, name string
		fixed    bool
		offset   int // minutes, fixed zones only
	}{
		{"Europe/Amsterdam", "Europe/Amsterdam", false, 0},
		{"europe/AMSTERDAM", "Europe/Amsterdam", false, 0},
		{"Asia/Kolkata", "Asia/Kolkata", false, 0},
		{"US/Eastern", "US/Eastern", false, 0}, // a link is a name too
		{"Etc/GMT-1", "Etc/GMT-1", false, 0},
		{"UTC", "UTC", true, 0},
		{"utc", "UTC", true, 0},
		{"UTC+05:30", "UTC+05:30", true, 330},
		{"+0530", "UTC+05:30", true, 330},
		{"utc-3", "UTC-03:00", true, -180},
		{"GMT+1", "UTC+01:00", true, 60},
		{"-00:00", "UTC", true, 0},
		{"+14:00", "UTC+14:00", true, MaxUTCOffset},
		{"UTC-12", "UTC-12:00", true, MinUTCOffset},
	} {
		z, err := ParseZone(c.in)
		if err != nil {
			t.Errorf("ParseZone(%q): %v", c.in, err)
			continue
		}
		off, fixed := z.Fixed()
		if z.String() != c.name || fixed != c.fixed || off != c.offset {
			t.Errorf("ParseZone(%q) = %q fixed %v %d; want %q fixed %v %d", c.in, z, fixed, off, c.name, c.fixed, c.offset)
		}
	}
}

// TestParseZoneBadInput: names that do not exist, names in another script,
// offsets out of range and malformed ones are FieldErrors, never panics.
func TestParseZoneBadInput(t *testing.T) {
	for _, c := range []struct {
		in   string
		want error
		code string
	}{
		{"Europe/Amsterdamm", ErrUnknownZone, "unknownTimeZone"},
		{"Mars/Olympus_Mons", ErrUnknownZone, "unknownTimeZone"},
		{"Европа/Амстердам", ErrUnknownZone, "unknownTimeZone"},
		{" Europe/Amsterdam", ErrUnknownZone, "unknownTimeZone"},
		{"", ErrUnknownZone, "unknownTimeZone"},
		{"UTC+", ErrUnknownZone, "unknownTimeZone"},
		{"+05:60", ErrUnknownZone, "unknownTimeZone"},
		{"+5:3", ErrUnknownZone, "unknownTimeZone"},
		{"+12345", ErrUnknownZone, "unknownTimeZone"},
		{"UTC+15:00", ErrOutOfRange, "zoneOffsetRange"},
		{"-12:01", ErrOutOfRange, "zoneOffsetRange"},
		{"+99", ErrOutOfRange, "zoneOffsetRange"},
	} {
		_, err := ParseZone(c.in)
		var fe *FieldError
		if !errors.As(err, &fe) || !errors.Is(err, c.want) || fe.Code != c.code {
			t.Errorf("ParseZone(%q) = %v; want a FieldError %q wrapping %v", c.in, err, c.code, c.want)
		}
	}
	for _, m := range []int{MinUTCOffset - 1, MaxUTCOffset + 1} {
		if _, err := FixedZone(m); !errors.Is(err, ErrOutOfRange) {
			t.Errorf("FixedZone(%d) = %v; want ErrOutOfRange", m, err)
		}
	}
}

// TestZoneOffsets checks the rules of the embedded table against the
// published ones: EU summer time from the last Sunday of March to the last
// Sunday of October, 01:00 UTC (Directive 2000/84/EC); India at UTC+05:30
// all year.
func TestZoneOffsets(t *testing.T) {
	ams, _ := ParseZone("Europe/Amsterdam")
	kol, _ := ParseZone("Asia/Kolkata")
	winter := time.Date(2026, 1, 15, 12, 0, 0, 0, time.UTC)
	summer := time.Date(2026, 7, 15, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		z    Zone
		at   time.Time
		want int
	}{
		{ams, winter, 60}, {ams, summer, 120}, {kol, winter, 330}, {kol, summer, 330}, {Zone{}, summer, 0},
	} {
		if got := c.z.OffsetAt(c.at); got != c.want {
			t.Errorf("%v at %v: %d, want %d", c.z, c.at, got, c.want)
		}
	}
	if ams.Location().String() != "Europe/Amsterdam" || (Zone{}).Location() != time.UTC {
		t.Error("Location names")
	}
}

// TestZoneGap: the distances follow from the published rules. EU summer
// time runs 29 March to 25 October 2026 (last Sundays, 01:00 UTC); US
// summer time 8 March to 1 November 2026 (second Sunday of March, first
// of November, 02:00 local); Sydney's ends 5 April and starts 4 October
// 2026 (first Sundays, 03:00/02:00 local). Amsterdam is UTC+1/+2, New
// York UTC−5/−4, Sydney UTC+10/+11, Kolkata UTC+05:30.
func TestZoneGap(t *testing.T) {
	z := func(s string) Zone {
		t.Helper()
		x, err := ParseZone(s)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	year := [2]time.Time{time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)}
	winter := [2]time.Time{time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC), time.Date(2026, 2, 28, 0, 0, 0, 0, time.UTC)}
	for _, c := range []struct {
		a, b        string
		period      [2]time.Time
		most, least int
		mostAt      time.Time
	}{
		// One hour apart in winter, two in summer: judged by two.
		{"Europe/Amsterdam", "UTC", year, 120, 60, time.Date(2026, 3, 29, 1, 0, 0, 0, time.UTC)},
		{"Europe/Amsterdam", "UTC", winter, 60, 60, winter[0]},
		{"Europe/Amsterdam", "Europe/London", year, 60, 60, year[0]},
		// 6 h, but 5 h while the US is on summer time and the EU not yet
		// (8–29 March) or no longer (25 October – 1 November).
		{"Europe/Amsterdam", "America/New_York", year, 360, 300, year[0]},
		// 10 h in January (+1/+11), 8 h in July (+2/+10).
		{"Europe/Amsterdam", "Australia/Sydney", year, 600, 480, year[0]},
		{"Asia/Kolkata", "Europe/Amsterdam", year, 270, 210, year[0]},
		// Circular: UTC+14 and UTC−10 are 24 h apart, the same clock time.
		{"+14:00", "-10:00", year, 0, 0, year[0]},
	} {
		g := z(c.a).Gap(z(c.b), c.period[0], c.period[1])
		if g.Most != c.most || g.Least != c.least || !g.MostAt.Equal(c.mostAt) || g.TZDataVersion != TZDataVersion {
			t.Errorf("%s–%s: most %d at %v, least %d; want %d at %v, %d", c.a, c.b, g.Most, g.MostAt, g.Least, c.most, c.mostAt, c.least)
		}
		if r := z(c.b).Gap(z(c.a), c.period[0], c.period[1]); r.Most != g.Most || r.Least != g.Least {
			t.Errorf("%s–%s: not symmetric", c.a, c.b)
		}
	}
	// Defaults: no dates means the table's year, one date a year from it.
	g := z("Europe/Amsterdam").Gap(z("UTC"), time.Time{}, time.Time{})
	if g.Start.Year() != 2025 || g.Most != 120 {
		t.Errorf("no dates: %+v", g)
	}
	g = z("Europe/Amsterdam").Gap(z("UTC"), time.Time{}, winter[1])
	if !g.Start.Equal(winter[1].AddDate(-1, 0, 0)) || g.Most != 120 {
		t.Errorf("end only: %+v", g)
	}
	g = z("Europe/Amsterdam").Gap(z("UTC"), winter[1], winter[0])
	if g.Most != 60 || g.Least != 60 {
		t.Errorf("end before start: %+v", g)
	}
}

func TestPersonZone(t *testing.T) {
	p := testPerson("p1", LevelSenior, 10)
	z, err := p.Zone()
	if err != nil || z.String() != "UTC+01:00" {
		t.Fatalf("offset only: %v, %v", z, err)
	}
	p.TimeZone = "europe/amsterdam" // wins over the offset
	if z, err = p.Zone(); err != nil || z.String() != "Europe/Amsterdam" {
		t.Fatalf("time zone: %v, %v", z, err)
	}
	p.TimeZone = "Europe/Amsterdamm"
	_, err = p.Zone()
	var fe *FieldError
	if !errors.As(err, &fe) || fe.ID != "p1" || fe.Field != "timeZone" || !errors.Is(err, ErrUnknownZone) {
		t.Fatalf("unknown zone: %#v", err)
	}
	if !strings.Contains(fe.Message(true), "geen tijdzone") {
		t.Errorf("Dutch message: %q", fe.Message(true))
	}
	err = Participant{Person: p, Role: RoleMentee}.Validate()
	if !errors.As(err, &fe) || fe.ID != "p1" || fe.Field != "person.timeZone" {
		t.Fatalf("Participant.Validate: %v", err)
	}
	p.TimeZone, p.UTCOffsetMinutes = "", 900
	if _, err = p.Zone(); !errors.As(err, &fe) || fe.ID != "p1" || fe.Field != "utcOffsetMinutes" {
		t.Fatalf("offset out of range: %v", err)
	}
}

func TestZoneJSONRoundTrip(t *testing.T) {
	eq := cmp.Comparer(func(a, b Zone) bool { return a == b })
	for _, s := range []string{"Europe/Amsterdam", "UTC+05:30", "UTC"} {
		z, _ := ParseZone(s)
		if got := jsontest.RoundTrip(t, z, eq); got != `"`+s+`"` {
			t.Errorf("JSON of %s: %s", s, got)
		}
	}
	jsontest.RoundTrip(t, Zone{}, eq)
	ams, _ := ParseZone("Europe/Amsterdam")
	jsontest.RoundTrip(t, ams.Gap(Zone{}, day, day.AddDate(1, 0, 0)))
	p := testPerson("p1", LevelSenior, 10)
	p.TimeZone = "Europe/Amsterdam"
	if s := jsontest.RoundTrip(t, p); !strings.Contains(s, `"timeZone":"Europe/Amsterdam"`) {
		t.Errorf("person JSON: %s", s)
	}
	var z Zone
	if err := z.UnmarshalText([]byte("Nowhere/Special")); !errors.Is(err, ErrUnknownZone) || !z.IsZero() {
		t.Errorf("UnmarshalText of an unknown zone: %v, %v", err, z)
	}
}

func FuzzParseZone(f *testing.F) {
	for _, s := range []string{"Europe/Amsterdam", "UTC+05:30", "+0530", "-3", "utc", "GMT+1", "+99", "+05:60", "Европа", "", "UTC-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		z, err := ParseZone(s)
		if err != nil {
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Err == nil || !z.IsZero() {
				t.Fatalf("ParseZone(%q): %v", s, err)
			}
			return
		}
		back, err := ParseZone(z.String())
		if err != nil || back != z {
			t.Fatalf("ParseZone(%q) = %v, reparsed %v, %v", s, z, back, err)
		}
		if off := z.OffsetAt(day); off < MinUTCOffset || off > MaxUTCOffset+60 {
			t.Fatalf("%v: offset %d", z, off)
		}
	})
}
