package goals

import (
	"errors"
	"math"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/stretchr/testify/require"
)

// TestNum checks the number format of messages: four significant digits
// below 1, grouped thousands and at most two decimals from 1 on
// (98.765,5 in Dutch, 98,765.5 in English), and exponent notation below
// 0.0001 and from 10^15 on, where plain notation would print "0" for a
// small pace or many digits for a huge one.
func TestNum(t *testing.T) {
	tests := []struct {
		v      float64
		en, nl string
	}{
		{0.35, "0.35", "0,35"},
		{2.6666666, "2.67", "2,67"}, // from 1 on at most two decimals
		{0, "0", "0"},
		{-4, "-4", "-4"},
		{12345, "12,345", "12.345"}, // from 1,000 on: grouped, at most two decimals
		{98765.5, "98,765.5", "98.765,5"},
		{-1234567.891, "-1,234,567.89", "-1.234.567,89"},
		{999.996, "1,000", "1.000"},
		{0.00012345, "0.0001234", "0,0001234"},
		{0.000012345, "1.234e-05", "1,234e-05"},
		{7e306, "7e+306", "7e+306"},
		{math.Inf(1), "+Inf", "+Inf"},
	}
	for _, tt := range tests {
		got := []string{num(English, tt.v), num(Dutch, tt.v)}
		if diff := cmp.Diff([]string{tt.en, tt.nl}, got); diff != "" {
			t.Errorf("num(%v) mismatch (-want +got):\n%s", tt.v, diff)
		}
	}
}

// TestMessageTable checks the table of the package's error messages: codes
// unique and present, a sentinel each, both languages, the same verbs.
func TestMessageTable(t *testing.T) {
	require.NoError(t, fault.CheckTable(messages))
}

// TestTemplatesAgree checks the finding templates with the same rules (a
// finding is not an error, so each gets a stand-in sentinel): English and
// Dutch of every code take the same verbs in the same order, so that one
// argument list fits both.
func TestTemplatesAgree(t *testing.T) {
	finding := errors.New("goals: finding")
	var table []fault.Message
	for code, text := range templates {
		table = append(table, fault.Message{Code: string(code), Err: finding, EN: text.EN, NL: text.NL})
	}
	require.NoError(t, fault.CheckTable(table))
}

// sampleArgs are realistic arguments for each finding code in lang, made
// with the helpers the checks use.
func sampleArgs(lang Language, code Code) []any {
	now := time.Date(2026, time.December, 7, 10, 0, 0, 0, time.UTC)
	d := day(lang, now)
	switch code {
	case CodeVagueVerb, CodeVagueOwner:
		return []any{capital(fieldLabel(lang, "title")), quoted("meer\x00 klanten\n")}
	case CodeVagueDeadline:
		return []any{capital(fieldLabel(lang, "description")), quoted("z.s.m."), exampleDate(lang, now)}
	case CodeWrongDirection:
		return []any{num(lang, 8), beyondLabel(lang, Decrease), num(lang, 18.5), directionLabel(lang, Decrease)}
	case CodeAlreadyInBand:
		return []any{num(lang, 2.5), num(lang, 1), num(lang, 98765.5)}
	case CodeBadMeasure:
		c := checker{ml: lang}
		return []any{fieldLabel(lang, "band"), c.value(Band{Min: 5, Max: 3})}
	case CodeBadCheckIns:
		return []any{count(lang, 1, "problem", "problems", "probleem", "problemen")}
	case CodeRateTooHigh:
		return []any{num(lang, 4), "sessies", count(lang, 1, "day", "days", "dag", "dagen"), num(lang, 0.9333),
			num(lang, 2.667), num(lang, 0.35), num(lang, 1.5)}
	case CodeNoProgress:
		return []any{num(lang, -0.5), num(lang, 98765.5), "volgers"}
	case CodeMilestoneNoOwner, CodeUnknownObjective:
		return []any{quoted("Eerste\tsessie")}
	case CodeNoDue:
		return []any{exampleDate(lang, now)}
	case CodeDueBeforeStart, CodePastDue:
		return []any{d, d}
	case CodeOutsideProgramme:
		return []any{fieldLabel(lang, "due"), d, d, d}
	case CodeMilestoneAfterDue:
		return []any{quoted("Laatste sessie"), d, d}
	}
	return nil
}

// TestMessageRegister renders every finding message in both languages and
// checks it against the register checklist on templates.
func TestMessageRegister(t *testing.T) {
	banned := []string{"byte", "{", "}", "[", "]", "%!", `\x`, "%v", "<nil>", "\x00", "\t", "\n"}
	bannedNL := []string{"zeg ", "Zeg ", "vergrotende trap", "in de richting", "beginwaarde", " the ", " and ", " to ",
		"1 problemen", "1 dagen"}
	bannedEN := []string{"comparative", "1 problems", "1 days", " t/m "}
	englishDecimal := regexp.MustCompile(`\d\.\d{1,2}(\D|$)|\d,\d{3}(\D|$)`)
	dutchDecimal := regexp.MustCompile(`\d,\d{1,2}(\D|$)|\d\.\d{3}(\D|$)`)
	codes := make([]Code, 0, len(templates))
	for c := range templates {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	for _, code := range codes {
		for _, lang := range []Language{English, Dutch} {
			m := msgf(lang, code, sampleArgs(lang, code)...)
			r, _ := utf8.DecodeRuneInString(m)
			if !unicode.IsUpper(r) || !strings.HasSuffix(m, ".") {
				t.Errorf("%s %s: not a full sentence: %q", code, lang, m)
			}
			list, wrong := bannedEN, dutchDecimal
			if lang == Dutch {
				list, wrong = bannedNL, englishDecimal
			}
			for _, b := range append(banned, list...) {
				if strings.Contains(m, b) {
					t.Errorf("%s %s: contains %q: %q", code, lang, b, m)
				}
			}
			if wrong.MatchString(m) {
				t.Errorf("%s %s: a number written the other language's way: %q", code, lang, m)
			}
		}
	}
	// The error messages complete "<field> …": only the wording rules apply.
	for _, msg := range messages {
		for _, text := range []string{msg.EN, msg.NL} {
			for _, b := range []string{"zeg ", "byte", "{", "}"} {
				if strings.Contains(text, b) {
					t.Errorf("error message %s contains %q: %q", msg.Code, b, text)
				}
			}
		}
	}
}

// TestExampleDateFollowsNow checks that the hint's example date is the end
// of the month three months after now, in the message language.
func TestExampleDateFollowsNow(t *testing.T) {
	tests := []struct {
		now    time.Time
		en, nl string
	}{
		{time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC), "31 March 2027", "31 maart 2027"},
		{time.Date(2027, 11, 30, 0, 0, 0, 0, time.UTC), "29 February 2028", "29 februari 2028"},
		{time.Time{}, "the end of next quarter", "eind volgend kwartaal"},
	}
	for _, tt := range tests {
		if got := []string{exampleDate(English, tt.now), exampleDate(Dutch, tt.now)}; !slices.Equal(got, []string{tt.en, tt.nl}) {
			t.Errorf("exampleDate(%v) = %q, want %q and %q", tt.now, got, tt.en, tt.nl)
		}
	}
	r := Check(Goal{Title: "Vijf klanten werven"}, CheckOptions{Now: tests[0].now})
	if m := r.Letters[4].Findings[0].Message; !strings.Contains(m, "uiterlijk 31 maart 2027") {
		t.Errorf("no-due message %q does not use the date from now", m)
	}
}

// TestErrorNumbersPerLanguage checks that an error's Dutch text writes its
// numbers the Dutch way: a baseline of 98,765.5 followers.
func TestErrorNumbersPerLanguage(t *testing.T) {
	g := Goal{ID: "g1", Title: "Volgers", Direction: Increase, Baseline: Float(98765.5), Target: Float(1000),
		Start: date(2026, 1, 1), Due: date(2026, 6, 1)}
	_, err := Track(g, nil, date(2026, 2, 1), StatusConfig{})
	var fe *FieldError
	require.True(t, errors.As(err, &fe))
	require.Equal(t, "is below the baseline 98,765.5 of a goal that must increase", fe.Text.EN)
	require.Equal(t, "ligt onder de nulmeting 98.765,5 van een doel dat moet stijgen", fe.Text.NL)
}
