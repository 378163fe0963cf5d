package dates

import (
	"strconv"
	"time"

	"github.com/mentorkit/mentorkit/internal/words"
)

// Role says what a found date means for the goal.
type Role uint8

// The roles.
const (
	Due   Role = iota // a deadline: the goal is to be met by Ref.Due
	Start             // a start ("vanaf januari", "starting in Q1")
)

// Options are the settings of Find.
type Options struct {
	// Now is the moment the text is read against; dates resolve in its
	// location. Without it only dates that state their year are found.
	Now time.Time
	// MonthFirst reads ambiguous numeric dates as month/day (US usage).
	MonthFirst bool
	// FiscalYearStart is the first month of the fiscal year that quarters
	// and half-years count in; 0 means January. Q1 2027 is then the first
	// quarter of the fiscal year that starts in 2027.
	FiscalYearStart time.Month
}

// Ref is one date or period found in a text.
type Ref struct {
	// Start and End are the byte offsets of the phrase: text[Start:End].
	Start, End int
	// From and To are the first and last day of the period the phrase
	// names (equal for a single day), at midnight in now's location.
	From, To time.Time
	// Due is the deadline the phrase sets: To, or the day before From for
	// "voor/before" a period longer than a day.
	Due time.Time
	// Role says whether the phrase is a deadline or a start.
	Role Role
	// InferredYear is true when the text gave no year and the year is the
	// next occurrence on or after now.
	InferredYear bool
	// Approximate is true for a vague part of a period ("begin maart",
	// "mid-February", "voor de zomer").
	Approximate bool
	// Relative is true when the phrase is relative to now ("eind dit jaar",
	// "binnen 6 weken", "EOY").
	Relative bool
}

// scanner holds the tokens of the text and the options.
type scanner struct {
	text string
	toks []words.Token
	o    Options
	loc  *time.Location
	now  time.Time // now's date at midnight
	out  []Ref
	// patterns are the readers at, in the order they are tried.
	patterns []func(int) (Ref, int, bool)
}

// Find returns the dates and periods of text in text order, none
// overlapping.
func Find(text string, o Options) []Ref {
	s := scanner{text: text, toks: words.Tokens(text), o: o}
	if !o.Now.IsZero() {
		s.loc = o.Now.Location()
		y, m, d := o.Now.Date()
		s.now = time.Date(y, m, d, 0, 0, 0, 0, s.loc)
	} else {
		s.loc = time.UTC
	}
	if s.o.FiscalYearStart < time.January || s.o.FiscalYearStart > time.December {
		s.o.FiscalYearStart = time.January
	}
	for i := 0; i < len(s.toks); {
		r, next, ok := s.at(i)
		if !ok {
			i++
			continue
		}
		s.out = append(s.out, s.withCue(i, r))
		i = next
	}
	return s.out
}

// tok returns the folded text of token k, or "" outside the text.
func (s *scanner) tok(k int) string {
	if k < 0 || k >= len(s.toks) {
		return ""
	}
	return s.toks[k].Text
}

// joined reports whether token k follows token k-1 without punctuation.
func (s *scanner) joined(k int) bool {
	return k > 0 && k < len(s.toks) && !s.toks[k].AfterPunct
}

// gap is the text between token k-1 and token k.
func (s *scanner) gap(k int) string {
	from, to := 0, len(s.text)
	if k > 0 && k-1 < len(s.toks) {
		from = s.toks[k-1].End
	}
	if k < len(s.toks) {
		to = s.toks[k].Start
	}
	if from > to {
		return ""
	}
	return s.text[from:to]
}

// day returns midnight of y-m-d in the scanner's location and whether the
// date exists.
func (s *scanner) day(y int, m time.Month, d int) (time.Time, bool) {
	if y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, s.loc)
	if t.Day() != d {
		return time.Time{}, false // 31-02
	}
	return t, true
}

// ref builds a Ref over tokens i..j.
func (s *scanner) ref(i, j int, from, to time.Time) Ref {
	return Ref{Start: s.toks[i].Start, End: s.toks[j].End, From: from, To: to, Due: to}
}

// at tries every pattern at token i and returns the ref, the token after
// it, and whether one matched.
func (s *scanner) at(i int) (Ref, int, bool) {
	if s.patterns == nil {
		s.patterns = []func(int) (Ref, int, bool){
			s.part, s.abbrev, s.within, s.season, s.numeric, s.dayMonth, s.monthDay,
			s.monthYear, s.quarter, s.week, s.year,
		}
	}
	for _, p := range s.patterns {
		if r, next, ok := p(i); ok {
			return r, next, true
		}
	}
	return Ref{}, 0, false
}

// cue words before a date.
var (
	beforeCues = set("voor", "vóór", "before", "prior")
	startCues  = set("vanaf", "from", "starting", "beginning", "start", "starts", "per")
)

// withCue applies the word before the phrase: "voor/before" a period ends
// the day before it; "vanaf/starting" makes it a start.
func (s *scanner) withCue(i int, r Ref) Ref {
	k := i - 1
	if s.tok(k) == "in" && s.joined(i) {
		k-- // "starting in Q1"
	}
	c := s.tok(k)
	if !s.joined(k + 1) {
		return r
	}
	switch {
	case beforeCues[c] && r.From.Before(r.To):
		r.Due = r.From.AddDate(0, 0, -1)
	case startCues[c] && !(c == "from" && s.fromTo(i)):
		r.Role = Start
		r.Due = r.From
	}
	return r
}

// fromTo reports whether "from" before token i starts a change "from X to
// Y" rather than a start date.
func (s *scanner) fromTo(i int) bool {
	for k := i; k < i+6 && k < len(s.toks); k++ {
		if s.tok(k) == "to" || s.tok(k) == "until" {
			return true
		}
	}
	return false
}

// set builds a string set.
func set(items ...string) map[string]bool {
	m := make(map[string]bool, len(items))
	for _, x := range items {
		m[x] = true
	}
	return m
}

// months maps folded month names and abbreviations of both languages to
// their month. ambiguousMonths are also common words ("may", "mar") and
// count only next to a number or a cue.
var (
	months = map[string]time.Month{
		"januari": 1, "january": 1, "jan": 1,
		"februari": 2, "february": 2, "feb": 2,
		"maart": 3, "march": 3, "mrt": 3, "mar": 3,
		"april": 4, "apr": 4,
		"mei": 5, "may": 5,
		"juni": 6, "june": 6, "jun": 6,
		"juli": 7, "july": 7, "jul": 7,
		"augustus": 8, "august": 8, "aug": 8,
		"september": 9, "sep": 9, "sept": 9,
		"oktober": 10, "october": 10, "okt": 10, "oct": 10,
		"november": 11, "nov": 11,
		"december": 12, "dec": 12,
	}
	ambiguousMonths = set("may", "march", "mar", "jan", "jun", "jul", "aug", "sep", "sept", "okt", "oct", "nov", "dec", "feb", "mrt", "apr")
	monthCues       = set("in", "eind", "einde", "end", "begin", "start", "half", "medio", "mid", "by", "voor", "before", "tot", "until", "uiterlijk", "of", "vanaf", "from", "t/m")
)

// number parses a digit token or a small number word.
func number(t string) (int, bool) {
	if t == "" {
		return 0, false
	}
	if t[0] >= '0' && t[0] <= '9' {
		if len(t) > 9 {
			return 0, false
		}
		n, err := strconv.Atoi(t)
		return n, err == nil
	}
	n, ok := numberWords[t]
	return n, ok
}

var numberWords = map[string]int{
	"een": 1, "één": 1, "a": 1, "an": 1, "one": 1, "twee": 2, "two": 2, "drie": 3, "three": 3,
	"vier": 4, "four": 4, "vijf": 5, "five": 5, "zes": 6, "six": 6, "zeven": 7, "seven": 7,
	"acht": 8, "eight": 8, "negen": 9, "nine": 9, "tien": 10, "ten": 10, "elf": 11, "eleven": 11,
	"twaalf": 12, "twelve": 12,
}

// ordinal parses "1", "1st", "2nd", "3e", "4de", "1ste".
func ordinal(t string) (int, bool) {
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 0 || i > 2 {
		return 0, false
	}
	switch t[i:] {
	case "", "st", "nd", "rd", "th", "e", "de", "ste":
	default:
		return 0, false
	}
	n, _ := strconv.Atoi(t[:i])
	return n, true
}

// year parses a written year: four digits 1900–2199 or two digits after an
// apostrophe (handled by the caller) as 20yy.
func year(t string) (int, bool) {
	if len(t) != 4 {
		return 0, false
	}
	n, err := strconv.Atoi(t)
	if err != nil || n < 1900 || n > 2199 {
		return 0, false
	}
	return n, true
}

// infer resolves a period given by a function of the year: the first year
// from now's year − 1 on whose period ends on or after now.
func (s *scanner) infer(period func(y int) (time.Time, time.Time, bool)) (time.Time, time.Time, bool) {
	if s.o.Now.IsZero() {
		return time.Time{}, time.Time{}, false
	}
	for y := s.now.Year() - 1; y <= s.now.Year()+1; y++ {
		from, to, ok := period(y)
		if ok && !to.Before(s.now) {
			return from, to, true
		}
	}
	return time.Time{}, time.Time{}, false
}

// isDigits reports whether t is a non-empty run of ASCII digits.
func isDigits(t string) bool {
	if t == "" {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return true
}
