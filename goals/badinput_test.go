package goals

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// TestReadBadInput feeds Read, Lint and Check the inputs people and
// programs produce by mistake: each gives a result or a clear error,
// never a panic.
func TestReadBadInput(t *testing.T) {
	now := corpusNow
	tests := []struct {
		name, text string
		wantDue    string // "" when no deadline should be read
	}{
		{"invalid UTF-8", "Voor 1 maart \xff\xfe 3 klanten \xc3", "2027-03-01"},
		{"NUL bytes", "Voor\x001 maart\x00 3 klanten", "2027-03-01"},
		{"31-02", "uiterlijk 31-02-2027 vijf klanten", ""},
		{"year 0", "uiterlijk 1-1-0000", ""},
		{"year 99999", "uiterlijk 1-1-99999 of in 99999", ""},
		{"past deadline", "Voor 1 maart 2020 3 klanten werven", "2020-03-01"},
		{"emoji", "🚀 5 klanten 🎯 voor 1 april 😀", "2027-04-01"},
		{"right to left", "עד סוף השנה 5 לקוחות, uiterlijk 1 juni", "2027-06-01"},
		{"huge number", "van 1e400 naar 99999999999999999999999999 klanten", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Read(tt.text, "", ReadOptions{Now: now})
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			got := ""
			if r.Deadline != nil {
				got = r.Deadline.Due.Format(time.DateOnly)
			}
			if got != tt.wantDue {
				t.Errorf("deadline %q, want %q", got, tt.wantDue)
			}
			for _, q := range r.Quantities {
				if q.Span.Text != tt.text[q.Span.Start:q.Span.End] {
					t.Errorf("quantity %+v: span text differs from the text", q)
				}
			}
			Lint(tt.text, tt.text, Auto)
			Check(Goal{Title: tt.text}, CheckOptions{Now: now})
		})
	}
}

// TestReadTooLong checks the length limit: Read refuses more than
// MaxTextLength bytes with an error wrapping ErrOutOfRange, and Check
// then judges the fields alone.
func TestReadTooLong(t *testing.T) {
	long := strings.Repeat("Voor 1 maart 3 klanten. ", MaxTextLength/20)
	_, err := Read(long, "", ReadOptions{Now: corpusNow})
	if !errors.Is(err, ErrOutOfRange) {
		t.Fatalf("Read of %d bytes: %v, want ErrOutOfRange", len(long), err)
	}
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Field != "title" || fe.Code != "textTooLong" {
		t.Fatalf("error %#v, want a FieldError on title with code textTooLong", err)
	}
	r := Check(Goal{Title: long}, CheckOptions{Now: corpusNow})
	if len(r.FromText) != 0 || r.Letters[4].Met {
		t.Errorf("Check of a too long text read facts from it: %+v", r.FromText)
	}
}

// TestLintLinear checks that Lint and Check take time linear in the text:
// 500 kB of text written to trip quadratic paths (one clause, many numbers
// and vague words) takes at most 30 times as long as 50 kB (10 times is
// linear; the slack is for a loaded machine).
func TestLintLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing")
	}
	unit := "meer 3 klanten aan werken van 2 naar 5 om 9:00 uur Python 3 binnenkort tbd "
	measure := func(n int) time.Duration {
		text := strings.Repeat(unit, n/len(unit))
		start := time.Now()
		Lint(text, "", Auto)
		Check(Goal{Title: text}, CheckOptions{Now: corpusNow})
		return time.Since(start)
	}
	small, big := measure(50_000), measure(500_000)
	if big > 30*small+50*time.Millisecond {
		t.Errorf("500 kB took %v, 50 kB %v: not linear", big, small)
	}
}

// TestLintUTF16Offsets checks the UTF-16 offsets of a finding after an
// emoji (4 bytes, 2 UTF-16 units) and an é (2 bytes, 1 unit): "meer" starts
// at byte 4+1+2+1 = 8 and UTF-16 unit 2+1+1+1 = 5.
func TestLintUTF16Offsets(t *testing.T) {
	fs, _ := Lint("😀 é meer klanten", "", Dutch)
	if len(fs) == 0 || fs[0].Words != "meer" || fs[0].Start != 8 || fs[0].StartUTF16 != 5 || fs[0].EndUTF16 != 9 {
		t.Fatalf("findings %+v, want meer at bytes 8–12, UTF-16 5–9", fs)
	}
}
