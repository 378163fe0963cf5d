package dates

import (
	"strings"
	"time"
)

// numeric reads d-m-yyyy, d/m/yy, d.m.yyyy, yyyy-mm-dd and, after a cue
// word, d-m and d/m without a year.
func (s *scanner) numeric(i int) (Ref, int, bool) {
	a := s.tok(i)
	if !isDigits(a) || !isDigits(s.tok(i+1)) {
		return Ref{}, 0, false
	}
	sep := s.gap(i + 1)
	if sep != "-" && sep != "/" && sep != "." {
		return Ref{}, 0, false
	}
	b := s.tok(i + 1)
	three := isDigits(s.tok(i+2)) && s.gap(i+2) == sep
	if three && len(a) == 4 {
		y, _ := year(a)
		m, _ := number(b)
		d, _ := number(s.tok(i + 2))
		if t, ok := s.day(y, time.Month(m), d); ok && len(b) <= 2 && len(s.tok(i+2)) <= 2 {
			return s.ref(i, i+2, t, t), i + 3, true
		}
		return Ref{}, 0, false
	}
	if len(a) > 2 || len(b) > 2 {
		return Ref{}, 0, false
	}
	x, _ := number(a)
	z, _ := number(b)
	if three {
		c := s.tok(i + 2)
		var y int
		switch len(c) {
		case 2:
			n, _ := number(c)
			y = 2000 + n
		case 4:
			y, _ = year(c)
		default:
			return Ref{}, 0, false
		}
		if t, ok := s.dayOrMonthFirst(y, x, z); ok {
			return s.ref(i, i+2, t, t), i + 3, true
		}
		return Ref{}, 0, false
	}
	// Without a year: only after a deadline cue, and not "1-3 keer".
	totEnMet := s.tok(i-1) == "met" && s.tok(i-2) == "en" && s.tok(i-3) == "tot"
	if sep == "." || !(deadlineCue(s.tok(i-1)) || totEnMet) || s.gap(i+2) == sep {
		return Ref{}, 0, false
	}
	from, to, ok := s.infer(func(y int) (time.Time, time.Time, bool) {
		t, ok := s.dayOrMonthFirst(y, x, z)
		return t, t, ok
	})
	if !ok {
		return Ref{}, 0, false
	}
	r := s.ref(i, i+1, from, to)
	r.InferredYear = true
	return r, i + 2, true
}

// deadlineCue reports whether a word before a bare d-m makes it a date.
func deadlineCue(w string) bool {
	switch w {
	case "voor", "vóór", "uiterlijk", "by", "before", "tot", "until", "op", "on", "per", "deadline", "due", "m", "t", "na", "after", "vanaf", "from":
		return true
	}
	return false
}

// dayOrMonthFirst builds the date of two numbers, day first unless
// MonthFirst, falling back to the other order when the first is impossible.
func (s *scanner) dayOrMonthFirst(y, a, b int) (time.Time, bool) {
	d, m := a, b
	if s.o.MonthFirst {
		d, m = b, a
	}
	if t, ok := s.day(y, time.Month(m), d); ok {
		return t, true
	}
	return s.day(y, time.Month(d), m)
}

// dayMonth reads "1 maart", "15 maart 2027", "1st of March", "3e april".
func (s *scanner) dayMonth(i int) (Ref, int, bool) {
	d, ok := ordinal(s.tok(i))
	if !ok {
		return Ref{}, 0, false
	}
	k := i + 1
	if s.tok(k) == "of" && s.joined(k) {
		k++
	}
	m, ok := months[s.tok(k)]
	if !ok || !s.joined(k) {
		return Ref{}, 0, false
	}
	return s.dated(i, k, d, m)
}

// monthDay reads "March 15", "March 15, 2027", "maart 1".
func (s *scanner) monthDay(i int) (Ref, int, bool) {
	m, ok := months[s.tok(i)]
	if !ok || !s.joined(i+1) {
		return Ref{}, 0, false
	}
	d, ok := ordinal(s.tok(i + 1))
	if !ok {
		return Ref{}, 0, false
	}
	return s.dated(i, i+1, d, m)
}

// dated finishes a day d of month m whose tokens run from i to k, with an
// optional year after token k.
func (s *scanner) dated(i, k, d int, m time.Month) (Ref, int, bool) {
	if y, ok := year(s.tok(k + 1)); ok && (s.joined(k+1) || strings.TrimSpace(s.gap(k+1)) == ",") {
		t, ok := s.day(y, m, d)
		if !ok {
			return Ref{}, 0, false
		}
		return s.ref(i, k+1, t, t), k + 2, true
	}
	from, to, ok := s.infer(func(y int) (time.Time, time.Time, bool) {
		t, ok := s.day(y, m, d)
		return t, t, ok
	})
	if !ok {
		return Ref{}, 0, false
	}
	r := s.ref(i, k, from, to)
	r.InferredYear = true
	return r, k + 1, true
}

// monthWindow returns the month m of year y as a window.
func (s *scanner) monthWindow(y int, m time.Month) (time.Time, time.Time, bool) {
	from, ok := s.day(y, m, 1)
	if !ok {
		return time.Time{}, time.Time{}, false
	}
	return from, from.AddDate(0, 1, -1), true
}

// monthYear reads a month as a window: "juni", "in June", "december 2026".
// An ambiguous name ("may") needs a cue before it or a year after it.
func (s *scanner) monthYear(i int) (Ref, int, bool) {
	m, ok := months[s.tok(i)]
	if !ok {
		return Ref{}, 0, false
	}
	y, hasYear := year(s.tok(i + 1))
	hasYear = hasYear && s.joined(i+1)
	if ambiguousMonths[s.tok(i)] && !hasYear && !(s.joined(i) && monthCues[s.tok(i-1)]) {
		return Ref{}, 0, false
	}
	if hasYear {
		from, to, ok := s.monthWindow(y, m)
		if !ok {
			return Ref{}, 0, false
		}
		return s.ref(i, i+1, from, to), i + 2, true
	}
	from, to, ok := s.infer(func(y int) (time.Time, time.Time, bool) { return s.monthWindow(y, m) })
	if !ok {
		return Ref{}, 0, false
	}
	r := s.ref(i, i, from, to)
	r.InferredYear = true
	return r, i + 1, true
}

// quarterWindow returns quarter q (1–4) or, when half, half-year q (1–2)
// of the fiscal year that starts in calendar year y.
func (s *scanner) quarterWindow(y, q int, half bool) (time.Time, time.Time, bool) {
	size := 3
	if half {
		size = 6
	}
	from := time.Date(y, s.o.FiscalYearStart+time.Month(size*(q-1)), 1, 0, 0, 0, 0, s.loc)
	if from.Year() < 1900 || from.Year() > 2199 {
		return time.Time{}, time.Time{}, false
	}
	return from, from.AddDate(0, size, -1), true
}

// quarterToken parses "q3", "h2", "q3'26" and returns the number, whether
// it is a half-year, and the year when the token carries one (0 if not).
func quarterToken(t string) (q int, half bool, y int, ok bool) {
	if len(t) < 2 || (t[0] != 'q' && t[0] != 'h') || t[1] < '1' || t[1] > '4' {
		return 0, false, 0, false
	}
	q, half = int(t[1]-'0'), t[0] == 'h'
	if half && q > 2 {
		return 0, false, 0, false
	}
	switch rest := t[2:]; {
	case rest == "":
	case len(rest) == 3 && rest[0] == '\'' && isDigits(rest[1:]):
		n, _ := number(rest[1:])
		y = 2000 + n
	default:
		return 0, false, 0, false
	}
	return q, half, y, true
}

// quarter reads "Q3", "Q3 2026", "Q3'26", "Q3 '26", "H2".
func (s *scanner) quarter(i int) (Ref, int, bool) {
	q, half, y, ok := quarterToken(s.tok(i))
	if !ok {
		return Ref{}, 0, false
	}
	last := i
	if y == 0 && s.joined(i+1) {
		if yy, ok := year(s.tok(i + 1)); ok {
			y, last = yy, i+1
		} else if len(s.tok(i+1)) == 2 && isDigits(s.tok(i+1)) && strings.Contains(s.gap(i+1), "'") {
			n, _ := number(s.tok(i + 1))
			y, last = 2000+n, i+1
		}
	}
	if y != 0 {
		from, to, ok := s.quarterWindow(y, q, half)
		if !ok {
			return Ref{}, 0, false
		}
		return s.ref(i, last, from, to), last + 1, true
	}
	from, to, ok := s.infer(func(y int) (time.Time, time.Time, bool) { return s.quarterWindow(y, q, half) })
	if !ok {
		return Ref{}, 0, false
	}
	r := s.ref(i, i, from, to)
	r.InferredYear = true
	return r, i + 1, true
}

// isoWeek returns Monday and Sunday of ISO week w of year y.
func (s *scanner) isoWeek(y, w int) (time.Time, time.Time, bool) {
	if w < 1 || w > 53 || y < 1900 || y > 2199 {
		return time.Time{}, time.Time{}, false
	}
	jan4 := time.Date(y, time.January, 4, 0, 0, 0, 0, s.loc)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
	if _, ww := monday.ISOWeek(); ww != w {
		return time.Time{}, time.Time{}, false // week 53 of a 52-week year
	}
	return monday, monday.AddDate(0, 0, 6), true
}

// frequencyWords before "week 2" make the number a count ("elke week 2
// artikelen").
var frequencyWords = set("elke", "iedere", "per", "every", "each", "a", "een", "de", "the", "deze", "this", "volgende", "next", "vorige", "last")

// week reads "week 12", "wk 12", "wk12", "week12".
func (s *scanner) week(i int) (Ref, int, bool) {
	t := s.tok(i)
	var w, last int
	switch {
	case (t == "week" || t == "wk" || t == "weeknummer") && s.joined(i+1) && isDigits(s.tok(i+1)) && len(s.tok(i+1)) <= 2:
		w, _ = number(s.tok(i + 1))
		last = i + 1
	case strings.HasPrefix(t, "wk") && isDigits(t[2:]) && len(t) <= 4:
		w, _ = number(t[2:])
		last = i
	case strings.HasPrefix(t, "week") && isDigits(t[4:]) && len(t) <= 6:
		w, _ = number(t[4:])
		last = i
	default:
		return Ref{}, 0, false
	}
	if s.joined(i) && frequencyWords[s.tok(i-1)] {
		return Ref{}, 0, false
	}
	if y, ok := year(s.tok(last + 1)); ok && s.joined(last+1) {
		from, to, ok := s.isoWeek(y, w)
		if !ok {
			return Ref{}, 0, false
		}
		return s.ref(i, last+1, from, to), last + 2, true
	}
	from, to, ok := s.infer(func(y int) (time.Time, time.Time, bool) { return s.isoWeek(y, w) })
	if !ok {
		return Ref{}, 0, false
	}
	r := s.ref(i, last, from, to)
	r.InferredYear = true
	return r, last + 1, true
}

// yearCues make a bare four-digit number a year.
var yearCues = set("in", "by", "voor", "vóór", "before", "tot", "until", "uiterlijk", "during", "tijdens", "eind", "einde", "end", "begin", "start", "of", "van", "medio", "mid", "half", "vanaf", "from")

// year reads "in 2027", "by 2027": a year as a window.
func (s *scanner) year(i int) (Ref, int, bool) {
	y, ok := year(s.tok(i))
	if !ok || !s.joined(i) || !yearCues[s.tok(i-1)] {
		return Ref{}, 0, false
	}
	from, _ := s.day(y, time.January, 1)
	to, _ := s.day(y, time.December, 31)
	return s.ref(i, i, from, to), i + 1, true
}
