package dates

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzFind checks that Find never panics and that every Ref lies inside
// the text on rune boundaries, in order without overlap, with From ≤ To
// and a due date in the years Find accepts.
func FuzzFind(f *testing.F) {
	for _, s := range []string{"uiterlijk 1-3", "Q3'26 wk12 EOY", "31-02-2027", "1-1-0000 1-1-99999",
		"voor de zomer", "binnen 999999999999 weken", "in 1000 jaar", "\x00\xff eind dit jaar 😀", "עד סוף השנה 31/12"} {
		f.Add(s, false, uint8(0))
	}
	f.Fuzz(func(t *testing.T, text string, monthFirst bool, fy uint8) {
		refs := Find(text, Options{Now: now, MonthFirst: monthFirst, FiscalYearStart: time.Month(fy % 14)})
		end := 0
		for _, r := range refs {
			if r.Start < end || r.End <= r.Start || r.End > len(text) {
				t.Fatalf("ref %+v out of order or outside the text of %d bytes", r, len(text))
			}
			if utf8.ValidString(text) && (!utf8.RuneStart(text[r.Start]) || (r.End < len(text) && !utf8.RuneStart(text[r.End]))) {
				t.Fatalf("ref %+v not on rune boundaries", r)
			}
			if r.To.Before(r.From) || r.Due.Year() < 1899 || r.Due.Year() > 2200 {
				t.Fatalf("ref %+v: bad period", r)
			}
			end = r.End
		}
	})
}

// FuzzFindReference formats a date with the time package, the reference,
// in each written form Find reads, and checks Find returns that date.
func FuzzFindReference(f *testing.F) {
	f.Add(uint16(2027), uint8(3), uint8(1), uint8(0))
	f.Add(uint16(2028), uint8(2), uint8(29), uint8(3))
	f.Fuzz(func(t *testing.T, y uint16, m, d, layout uint8) {
		year := 1900 + int(y)%300
		want := time.Date(year, time.Month(1+int(m)%12), 1+int(d)%31, 0, 0, 0, 0, ams)
		if want.Day() != 1+int(d)%31 || year > 2199 {
			return // not a date of the calendar, or a year Find refuses
		}
		var text string
		switch layout % 5 {
		case 0:
			text = want.Format("2-1-2006")
		case 1:
			text = want.Format("02/01/2006")
		case 2:
			text = want.Format("2006-01-02")
		case 3:
			text = want.Format("2 January 2006")
		case 4:
			text = want.Format("January 2, 2006")
		}
		text = "uiterlijk " + text + " klaar"
		refs := Find(text, Options{Now: now})
		if len(refs) != 1 || !refs[0].Due.Equal(want) || refs[0].InferredYear {
			t.Fatalf("Find(%q) = %+v, want %v", text, refs, want)
		}
		if got := text[refs[0].Start:refs[0].End]; !strings.Contains(text, got) || strings.Contains(got, "uiterlijk") {
			t.Fatalf("Find(%q): span %q", text, got)
		}
	})
}
