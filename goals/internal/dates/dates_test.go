package dates

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// ams is the location the tests resolve in.
var ams = func() *time.Location {
	l, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		return time.FixedZone("CET", 3600)
	}
	return l
}()

// now is Monday 7 December 2026, 10:00 in Amsterdam (ISO week 50, Q4).
var now = time.Date(2026, time.December, 7, 10, 0, 0, 0, ams)

// found is what a test states of a Ref.
type found struct {
	Text                            string
	Due                             string
	Role                            Role
	Inferred, Approximate, Relative bool
}

func TestFind(t *testing.T) {
	// The expected dates are worked out by hand from the calendar: 7
	// December 2026 is a Monday; ISO week 1 of 2027 starts on Monday 4
	// January 2027, so week 12 runs 22–28 March and week 3 18–24 January.
	tests := []struct {
		text string
		o    Options
		want []found
	}{
		{"uiterlijk 1-3", Options{}, []found{{"1-3", "2027-03-01", Due, true, false, false}}},
		{"voor 31/12", Options{}, []found{{"31/12", "2026-12-31", Due, true, false, false}}},
		{"by 12/31", Options{}, []found{{"12/31", "2026-12-31", Due, true, false, false}}},
		{"1-3 keer per week", Options{}, nil},
		{"op 31-02-2027", Options{}, nil},
		{"op 1-1-0000 of 1-1-99999", Options{}, nil},
		{"03/04/2027", Options{}, []found{{"03/04/2027", "2027-04-03", Due, false, false, false}}},
		{"03/04/2027", Options{MonthFirst: true}, []found{{"03/04/2027", "2027-03-04", Due, false, false, false}}},
		{"2027-06-30", Options{}, []found{{"2027-06-30", "2027-06-30", Due, false, false, false}}},
		{"1.3.27", Options{}, []found{{"1.3.27", "2027-03-01", Due, false, false, false}}},
		{"15 maart 2027", Options{}, []found{{"15 maart 2027", "2027-03-15", Due, false, false, false}}},
		{"by the 1st of March", Options{}, []found{{"1st of March", "2027-03-01", Due, true, false, false}}},
		{"by March 15, 2027", Options{}, []found{{"March 15, 2027", "2027-03-15", Due, false, false, false}}},
		{"in juni", Options{}, []found{{"juni", "2027-06-30", Due, true, false, false}}},
		{"in december", Options{}, []found{{"december", "2026-12-31", Due, true, false, false}}},
		{"you may go", Options{}, nil},
		{"eind dit jaar", Options{}, []found{{"eind dit jaar", "2026-12-31", Due, false, false, true}}},
		{"voor eind volgend kwartaal", Options{}, []found{{"eind volgend kwartaal", "2027-03-31", Due, false, false, true}}},
		{"by end of year", Options{}, []found{{"end of year", "2026-12-31", Due, false, false, true}}},
		{"by the end of the year", Options{}, []found{{"end of the year", "2026-12-31", Due, false, false, true}}},
		{"by EOY", Options{}, []found{{"EOY", "2026-12-31", Due, false, false, true}}},
		{"by EOQ", Options{}, []found{{"EOQ", "2026-12-31", Due, false, false, true}}},
		{"in Q3'26", Options{}, []found{{"Q3'26", "2026-09-30", Due, false, false, false}}},
		{"before Q3'27", Options{}, []found{{"Q3'27", "2027-06-30", Due, false, false, false}}},
		{"eind Q2", Options{}, []found{{"eind Q2", "2027-06-30", Due, true, false, false}}},
		{"Q3 2027", Options{}, []found{{"Q3 2027", "2027-09-30", Due, false, false, false}}},
		{"Q1 2027", Options{FiscalYearStart: time.April}, []found{{"Q1 2027", "2027-06-30", Due, false, false, false}}},
		{"in H1", Options{}, []found{{"H1", "2027-06-30", Due, true, false, false}}},
		{"in wk12", Options{}, []found{{"wk12", "2027-03-28", Due, true, false, false}}},
		{"in week 3", Options{}, []found{{"week 3", "2027-01-24", Due, true, false, false}}},
		{"elke week 2 artikelen", Options{}, nil},
		{"binnen 6 weken", Options{}, []found{{"binnen 6 weken", "2027-01-18", Due, false, false, true}}},
		{"within 3 months", Options{}, []found{{"within 3 months", "2027-03-07", Due, false, false, true}}},
		{"voor de zomer", Options{}, []found{{"voor de zomer", "2027-06-30", Due, true, true, false}}},
		{"half maart", Options{}, []found{{"half maart", "2027-03-15", Due, true, true, false}}},
		{"by mid-February", Options{}, []found{{"mid-February", "2027-02-15", Due, true, true, false}}},
		{"begin volgend jaar", Options{}, []found{{"begin volgend jaar", "2027-01-31", Due, false, true, true}}},
		{"by the start of Q3", Options{}, []found{{"start of Q3", "2027-07-01", Due, true, false, false}}},
		{"eind 2027", Options{}, []found{{"eind 2027", "2027-12-31", Due, false, false, false}}},
		{"in 2027", Options{}, []found{{"2027", "2027-12-31", Due, false, false, false}}},
		{"2027 klanten", Options{}, nil},
		{"vanaf januari", Options{}, []found{{"januari", "2027-01-01", Start, true, false, false}}},
		{"starting in Q1 2027", Options{}, []found{{"Q1 2027", "2027-01-01", Start, false, false, false}}},
		{"from 3 to 5 sessions", Options{}, nil},
		{"eind volgende maand", Options{}, []found{{"eind volgende maand", "2027-01-31", Due, false, false, true}}},
		{"begin Q3", Options{}, []found{{"begin Q3", "2027-07-31", Due, true, true, false}}},
		{"medio 2027", Options{}, []found{{"medio 2027", "2027-06-30", Due, false, true, false}}},
		{"na de zomer", Options{}, []found{{"na de zomer", "2027-09-30", Due, true, true, false}}},
		{"t/m 31 maart", Options{}, []found{{"31 maart", "2027-03-31", Due, true, false, false}}},
		{"tot en met 31-3", Options{}, []found{{"31-3", "2027-03-31", Due, true, false, false}}},
		{"in week 12 2027", Options{}, []found{{"week 12 2027", "2027-03-28", Due, false, false, false}}},
		{"Q3 '26", Options{}, []found{{"Q3 '26", "2026-09-30", Due, false, false, false}}},
		{"in H2 2027", Options{FiscalYearStart: time.July}, []found{{"H2 2027", "2028-06-30", Due, false, false, false}}},
		{"by 29/02/2027", Options{}, nil},
		{"by 29/02/2028", Options{}, []found{{"29/02/2028", "2028-02-29", Due, false, false, false}}},
		{"voor kerst", Options{}, []found{{"voor kerst", "2026-12-24", Due, true, true, false}}},
		{"voor de kerst", Options{}, []found{{"voor de kerst", "2026-12-24", Due, true, true, false}}},
	}
	for _, tt := range tests {
		tt.o.Now = now
		var got []found
		for _, r := range Find(tt.text, tt.o) {
			if r.Due.Location() != ams {
				t.Errorf("%q: due %v not in now's location", tt.text, r.Due)
			}
			got = append(got, found{tt.text[r.Start:r.End], r.Due.Format(time.DateOnly), r.Role, r.InferredYear, r.Approximate, r.Relative})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Find(%q, %+v) (-want +got):\n%s", tt.text, tt.o, diff)
		}
	}
}

func TestFindWithoutNow(t *testing.T) {
	got := Find("uiterlijk 1-3, eind dit jaar, of op 15 maart 2027", Options{})
	if len(got) != 1 || got[0].Due.Format(time.DateOnly) != "2027-03-15" || got[0].Due.Location() != time.UTC {
		t.Errorf("without now want only the dated 15 maart 2027 in UTC, got %+v", got)
	}
}

// TestISOWeekReference compares isoWeek with a slow reference: walking
// every day of 1990–2040 and grouping the days by time.Time.ISOWeek.
func TestISOWeekReference(t *testing.T) {
	s := scanner{loc: time.UTC}
	type key struct{ y, w int }
	first := map[key]time.Time{}
	last := map[key]time.Time{}
	for d := time.Date(1989, 12, 25, 0, 0, 0, 0, time.UTC); d.Year() < 2041; d = d.AddDate(0, 0, 1) {
		y, w := d.ISOWeek()
		k := key{y, w}
		if _, ok := first[k]; !ok {
			first[k] = d
		}
		last[k] = d
	}
	for y := 1990; y <= 2040; y++ {
		for w := 1; w <= 53; w++ {
			from, to, ok := s.isoWeek(y, w)
			want, exists := first[key{y, w}]
			if ok != exists || ok && (!from.Equal(want) || !to.Equal(last[key{y, w}])) {
				t.Fatalf("isoWeek(%d, %d) = %v %v %v, want %v %v %v", y, w, from, to, ok, want, last[key{y, w}], exists)
			}
		}
	}
}
