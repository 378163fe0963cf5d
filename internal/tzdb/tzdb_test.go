package tzdb

import (
	"testing"
	"time"
)

// TestTable checks the embedded table: it reads, every zone in it loads,
// and the rules are the published ones.
func TestTable(t *testing.T) {
	ns := Names()
	if len(ns) < 300 {
		t.Fatalf("only %d zones in the table", len(ns))
	}
	for _, n := range ns {
		if _, ok := Location(n); !ok {
			t.Errorf("zone %q does not load", n)
		}
	}
	// EU summer time: the last Sundays of March and October at 01:00 UTC
	// (Directive 2000/84/EC); Amsterdam is UTC+1 in winter, UTC+2 in summer.
	ams, ok := Location("Europe/Amsterdam")
	if !ok {
		t.Fatal("no Europe/Amsterdam")
	}
	for _, c := range []struct {
		at   time.Time
		want int
	}{
		{time.Date(2026, 3, 29, 0, 59, 0, 0, time.UTC), 3600},
		{time.Date(2026, 3, 29, 1, 0, 0, 0, time.UTC), 7200},
		{time.Date(2026, 10, 25, 0, 59, 0, 0, time.UTC), 7200},
		{time.Date(2026, 10, 25, 1, 0, 0, 0, time.UTC), 3600},
	} {
		if _, off := c.at.In(ams).Zone(); off != c.want {
			t.Errorf("Amsterdam at %v: offset %d, want %d", c.at, off, c.want)
		}
	}
}

func TestLookup(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"Europe/Amsterdam", "Europe/Amsterdam", true},
		{"europe/amsterdam", "Europe/Amsterdam", true},
		{"AMERICA/ARGENTINA/BUENOS_AIRES", "America/Argentina/Buenos_Aires", true},
		{"UTC", "UTC", true},
		{"Europe/Amsterdamm", "", false},
		{"Europe/", "", false},
		{"", "", false},
		{" Europe/Amsterdam", "", false},
	} {
		got, ok := Lookup(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("Lookup(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
	if _, ok := Location("europe/amsterdam"); ok {
		t.Error("Location takes canonical names only")
	}
}
