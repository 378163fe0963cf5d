package mentoring

import (
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsontest"
)

func TestAvailabilityMessageTable(t *testing.T) {
	require.NoError(t, fault.CheckTable(slices.Concat(messages, directoryMessages, availabilityMessages)))
}

// TestWeeklyWindowSpan: minutes from Sunday 00:00, by hand (Monday is day
// 1: 1440 + 9·60 = 1980).
func TestWeeklyWindowSpan(t *testing.T) {
	for _, c := range []struct {
		w          WeeklyWindow
		start, end int
		code       string
	}{
		{WeeklyWindow{time.Monday, "09:00", "12:30"}, 1980, 1440 + 750, ""},
		{WeeklyWindow{time.Sunday, "00:00", "24:00"}, 0, 1440, ""},
		{WeeklyWindow{time.Saturday, "23:59", "24:00"}, 6*1440 + 1439, minutesPerWeek, ""},
		{WeeklyWindow{time.Monday, "22:00", "02:00"}, 0, 0, "windowCrossesMidnight"},
		{WeeklyWindow{time.Monday, "09:00", "09:00"}, 0, 0, "windowCrossesMidnight"},
		{WeeklyWindow{time.Monday, "24:00", "24:00"}, 0, 0, "badClock"},
		{WeeklyWindow{time.Monday, "9:00", "10:00"}, 0, 0, "badClock"},
		{WeeklyWindow{time.Monday, "09:60", "10:00"}, 0, 0, "badClock"},
		{WeeklyWindow{time.Monday, "09:00", "24:01"}, 0, 0, "badClock"},
		{WeeklyWindow{7, "09:00", "10:00"}, 0, 0, "outOfRange"},
		{WeeklyWindow{-1, "09:00", "10:00"}, 0, 0, "outOfRange"},
	} {
		s, e, err := c.w.Span()
		if c.code != "" {
			var fe *FieldError
			require.ErrorAs(t, err, &fe, "%+v", c.w)
			require.Equal(t, c.code, fe.Code, "%+v", c.w)
			continue
		}
		require.NoError(t, err)
		require.Equal(t, [2]int{c.start, c.end}, [2]int{s, e}, "%+v", c.w)
	}
}

// TestAvailabilityValidate: each bad window named by its index and the
// person's ID; touching windows are fine, overlapping ones name the
// earlier window.
func TestAvailabilityValidate(t *testing.T) {
	p := testPerson("ann", LevelSenior, 5)
	p.Availability = []WeeklyWindow{
		{time.Tuesday, "12:00", "13:00"},
		{time.Tuesday, "09:00", "12:00"}, // touches [0]
		{time.Tuesday, "12:30", "14:00"}, // overlaps [0]
		{time.Friday, "22:00", "01:00"},  // crosses midnight
		{time.Tuesday, "08:00", "09:30"}, // overlaps [1]
	}
	err := p.Validate()
	var got []string
	fes, _ := fault.List(err)
	for _, e := range fes {
		got = append(got, e.Field+" "+e.Code+" "+e.ID)
	}
	want := []string{
		"availability[3].end windowCrossesMidnight ann",
		"availability[4] windowOverlap ann",
		"availability[2] windowOverlap ann",
	}
	require.Empty(t, cmp.Diff(want, got))
	require.Contains(t, fes[1].Text.EN, "availability[1]")
	require.Contains(t, fes[1].Text.NL, "overlapt met tijdvak availability[1]")
}

// TestPreferencesValidate: padded and own IDs, duplicates in one list and
// across both.
func TestPreferencesValidate(t *testing.T) {
	q := testParticipant("ann", RoleMentee, LevelJunior, 0)
	q.Preferences = Preferences{Ranked: []string{"bo", "cas", "bo", "ann", " x"}, Dismissed: []string{"cas", "dirk"}}
	var got []string
	fes, _ := fault.List(q.Validate())
	for _, e := range fes {
		got = append(got, e.Field+" "+e.Code+" "+e.ID)
	}
	want := []string{
		"preferences.ranked[2] duplicate ann",
		"preferences.ranked[3] preferSelf ann",
		"preferences.ranked[4] padded ann",
		"preferences.dismissed[0] duplicate ann",
	}
	require.Empty(t, cmp.Diff(want, got))
	q.Preferences = Preferences{Ranked: []string{"bo"}, Dismissed: []string{"cas"}}
	require.NoError(t, q.Validate())
}

func TestAvailabilityPreferencesRoundTrip(t *testing.T) {
	q := testParticipant("ann", RoleMentee, LevelJunior, 0)
	q.Person.Availability = []WeeklyWindow{{time.Monday, "09:00", "12:00"}, {time.Sunday, "20:00", "24:00"}}
	q.Preferences = Preferences{Ranked: []string{"bo", "cas"}, Dismissed: []string{"dirk"}}
	text := jsontest.RoundTrip(t, q)
	require.Contains(t, string(text), `"availability":[{"day":1,"start":"09:00","end":"12:00"}`)
	require.Contains(t, string(text), `"preferences":{"ranked":["bo","cas"],"dismissed":["dirk"]}`)
	c := q.Clone()
	c.Preferences.Ranked[0] = "x"
	c.Person.Availability[0].Start = "08:00"
	require.Equal(t, "bo", q.Preferences.Ranked[0])
	require.Equal(t, "09:00", q.Person.Availability[0].Start)
	jsontest.RoundTrip(t, WeeklyWindow{})
	jsontest.RoundTrip(t, Preferences{})
}

// FuzzWeeklyWindowSpan: any window either errs with a *FieldError or
// gives a span inside its day.
func FuzzWeeklyWindowSpan(f *testing.F) {
	f.Add(1, "09:00", "12:00")
	f.Add(0, "22:00", "24:00")
	f.Add(8, "x", "")
	f.Fuzz(func(t *testing.T, day int, start, end string) {
		s, e, err := WeeklyWindow{time.Weekday(day), start, end}.Span()
		if err != nil {
			if _, ok := err.(*FieldError); !ok {
				t.Fatalf("%T", err)
			}
			return
		}
		if !(s >= day*1440 && s < e && e <= (day+1)*1440) {
			t.Fatalf("span %d-%d for day %d", s, e, day)
		}
	})
}
