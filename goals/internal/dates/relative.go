package dates

import "time"

// unit is a kind of period.
type unit uint8

const (
	noUnit unit = iota
	dayUnit
	weekUnit
	monthUnit
	quarterUnit
	yearUnit
)

// periodUnits maps folded period words to their unit.
var periodUnits = map[string]unit{
	"dag": dayUnit, "dagen": dayUnit, "day": dayUnit, "days": dayUnit,
	"week": weekUnit, "weken": weekUnit, "weeks": weekUnit,
	"maand": monthUnit, "maanden": monthUnit, "month": monthUnit, "months": monthUnit,
	"kwartaal": quarterUnit, "kwartalen": quarterUnit, "quarter": quarterUnit, "quarters": quarterUnit,
	"jaar": yearUnit, "jaren": yearUnit, "year": yearUnit, "years": yearUnit,
}

// shifts maps the words that pick a period relative to now to the shift.
var shifts = map[string]int{
	"dit": 0, "deze": 0, "this": 0, "current": 0, "huidige": 0, "het": 0, "the": 0, "de": 0,
	"volgend": 1, "volgende": 1, "next": 1, "komend": 1, "komende": 1, "coming": 1,
	"vorig": -1, "vorige": -1, "last": -1, "previous": -1,
}

// current returns the period of unit u containing now, shifted by n
// periods.
func (s *scanner) current(u unit, n int) (time.Time, time.Time) {
	y, m, _ := s.now.Date()
	switch u {
	case weekUnit:
		mon := s.now.AddDate(0, 0, -((int(s.now.Weekday())+6)%7)+7*n)
		return mon, mon.AddDate(0, 0, 6)
	case monthUnit:
		from := time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, s.loc)
		return from, from.AddDate(0, 1, -1)
	case quarterUnit:
		off := (int(m) - int(s.o.FiscalYearStart) + 12) % 12
		from := time.Date(y, m-time.Month(off%3)+time.Month(3*n), 1, 0, 0, 0, 0, s.loc)
		return from, from.AddDate(0, 3, -1)
	case yearUnit:
		from := time.Date(y+n, time.January, 1, 0, 0, 0, 0, s.loc)
		return from, from.AddDate(1, 0, -1)
	}
	return s.now, s.now
}

// partWords name a part of a period.
var partWords = map[string]byte{
	"eind": 'e', "einde": 'e', "end": 'e', "ultimo": 'e',
	"begin": 'b', "beginning": 'b', "early": 'b', "start": 's',
	"half": 'h', "medio": 'h', "mid": 'h', "midden": 'h', "halverwege": 'h',
}

// part reads "eind dit jaar", "end of next quarter", "eind Q2", "half
// maart", "mid-February", "eind 2027", "the end of the year", and a bare
// relative period ("deze maand", "next week").
func (s *scanner) part(i int) (Ref, int, bool) {
	p, isPart := partWords[s.tok(i)]
	k := i
	if isPart {
		k++
		if w := s.tok(k); (w == "of" || w == "van") && s.joined(k) {
			k++
		}
	}
	if !s.joined(k) && k != i {
		return Ref{}, 0, false
	}
	var from, to time.Time
	var last int
	var inferred, relative bool
	if n, ok := shifts[s.tok(k)]; ok && s.joined(k+1) && periodUnits[s.tok(k+1)] > dayUnit {
		if s.o.Now.IsZero() || (!isPart && (s.tok(k) == "het" || s.tok(k) == "the" || s.tok(k) == "de")) {
			return Ref{}, 0, false
		}
		from, to = s.current(periodUnits[s.tok(k+1)], n)
		last, relative = k+1, true
	} else if u := periodUnits[s.tok(k)]; isPart && u > dayUnit && !s.o.Now.IsZero() {
		from, to = s.current(u, 0) // "end of year"
		last, relative = k, true
	} else if isPart {
		r, next, ok := s.periodAt(k)
		if !ok {
			return Ref{}, 0, false
		}
		from, to, last, inferred = r.From, r.To, next-1, r.InferredYear
	} else {
		return Ref{}, 0, false
	}
	r := s.ref(i, last, from, to)
	r.InferredYear, r.Relative = inferred, relative
	switch p {
	case 'b':
		r.Approximate = true
		r.Due = s.early(from, to)
	case 's':
		r.Due = from
	case 'h':
		r.Approximate = true
		r.Due = s.middle(from, to)
	}
	if isPart {
		r.From, r.To = r.Due, r.Due
		if p == 'e' {
			r.From = to
		}
	}
	return r, last + 1, true
}

// periodAt reads a period after a part word: a quarter, a month, a year.
func (s *scanner) periodAt(k int) (Ref, int, bool) {
	if r, next, ok := s.quarter(k); ok {
		return r, next, true
	}
	if _, ok := months[s.tok(k)]; ok {
		if y, ok := year(s.tok(k + 1)); ok && s.joined(k+1) {
			from, to, ok := s.monthWindow(y, months[s.tok(k)])
			if !ok {
				return Ref{}, 0, false
			}
			return Ref{From: from, To: to}, k + 2, true
		}
		from, to, ok := s.infer(func(y int) (time.Time, time.Time, bool) { return s.monthWindow(y, months[s.tok(k)]) })
		if !ok {
			return Ref{}, 0, false
		}
		return Ref{From: from, To: to, InferredYear: true}, k + 1, true
	}
	if y, ok := year(s.tok(k)); ok {
		from, _ := s.day(y, time.January, 1)
		to, _ := s.day(y, time.December, 31)
		return Ref{From: from, To: to}, k + 1, true
	}
	return Ref{}, 0, false
}

// early is the approximate deadline of "begin <period>": the 10th of a
// month, the end of the first month of a longer period.
func (s *scanner) early(from, to time.Time) time.Time {
	if to.Sub(from) < 40*24*time.Hour {
		return from.AddDate(0, 0, 9)
	}
	return from.AddDate(0, 1, -1)
}

// middle is the approximate deadline of "half <period>": the 15th of a
// month, the 15th of the middle month of a quarter, the end of June of a
// year.
func (s *scanner) middle(from, to time.Time) time.Time {
	switch d := to.Sub(from); {
	case d < 40*24*time.Hour:
		return from.AddDate(0, 0, 14)
	case d < 100*24*time.Hour:
		return from.AddDate(0, 1, 14)
	}
	return from.AddDate(0, 6, -1)
}

// abbrev reads EOY, EOQ, EOM, EOW: the end of the current period.
func (s *scanner) abbrev(i int) (Ref, int, bool) {
	var u unit
	switch s.tok(i) {
	case "eoy":
		u = yearUnit
	case "eoq":
		u = quarterUnit
	case "eom":
		u = monthUnit
	case "eow":
		u = weekUnit
	default:
		return Ref{}, 0, false
	}
	if s.o.Now.IsZero() {
		return Ref{}, 0, false
	}
	_, to := s.current(u, 0)
	r := s.ref(i, i, to, to)
	r.Relative = true
	return r, i + 1, true
}

// within reads "binnen 6 weken", "within 3 months", "in twee dagen", "over
// een maand": a deadline counted from now's date.
func (s *scanner) within(i int) (Ref, int, bool) {
	switch s.tok(i) {
	case "binnen", "within", "in", "over":
	default:
		return Ref{}, 0, false
	}
	n, ok := number(s.tok(i + 1))
	u := periodUnits[s.tok(i+2)]
	if !ok || u == noUnit || !s.joined(i+1) || !s.joined(i+2) || n > 1000 || s.o.Now.IsZero() {
		return Ref{}, 0, false
	}
	var due time.Time
	switch u {
	case dayUnit:
		due = s.now.AddDate(0, 0, n)
	case weekUnit:
		due = s.now.AddDate(0, 0, 7*n)
	case monthUnit:
		due = s.now.AddDate(0, n, 0)
	case quarterUnit:
		due = s.now.AddDate(0, 3*n, 0)
	case yearUnit:
		due = s.now.AddDate(n, 0, 0)
	}
	if due.Year() > 2199 {
		return Ref{}, 0, false
	}
	r := s.ref(i, i+2, s.now, due)
	r.Relative = true
	return r, i + 3, true
}

// seasons are approximate windows (our choice): spring March–May, summer
// July–August (the Dutch summer holidays), autumn September–November,
// winter December–February, Christmas 25 December.
var seasons = map[string][4]int{ // from month, from day, months long, days long
	"zomer": {7, 1, 2, 0}, "zomervakantie": {7, 1, 2, 0}, "summer": {7, 1, 2, 0},
	"voorjaar": {3, 1, 3, 0}, "lente": {3, 1, 3, 0}, "spring": {3, 1, 3, 0},
	"najaar": {9, 1, 3, 0}, "herfst": {9, 1, 3, 0}, "autumn": {9, 1, 3, 0}, "fall": {9, 1, 3, 0},
	"winter": {12, 1, 3, 0}, "kerst": {12, 25, 0, 1}, "kerstmis": {12, 25, 0, 1}, "christmas": {12, 25, 0, 1},
}

// season reads "voor de zomer", "before the summer", "in het voorjaar", "na
// de zomer", "deze zomer": approximate windows.
func (s *scanner) season(i int) (Ref, int, bool) {
	k := i
	cue := s.tok(k)
	switch cue {
	case "voor", "vóór", "before", "na", "after", "in", "tot", "until", "deze", "this", "komende", "next", "during", "tijdens":
		k++
	default:
		cue = ""
	}
	if w := s.tok(k); (w == "de" || w == "het" || w == "the") && (k == i || s.joined(k)) {
		k++
	}
	sz, ok := seasons[s.tok(k)]
	if !ok || k == i || !s.joined(k) || s.o.Now.IsZero() {
		return Ref{}, 0, false
	}
	window := func(y int) (time.Time, time.Time, bool) {
		from := time.Date(y, time.Month(sz[0]), sz[1], 0, 0, 0, 0, s.loc)
		return from, from.AddDate(0, sz[2], sz[3]-1), true
	}
	from, to, _ := s.infer(window)
	if (cue == "voor" || cue == "vóór" || cue == "before") && !from.After(s.now) {
		from, to, _ = window(from.Year() + 1)
	}
	r := s.ref(i, k, from, to)
	r.Approximate, r.InferredYear = true, true
	switch cue {
	case "voor", "vóór", "before":
		r.Due = from.AddDate(0, 0, -1)
	case "na", "after":
		r.From = to.AddDate(0, 0, 1) // the month after the season
		r.To = r.From.AddDate(0, 1, -1)
		r.Due = r.To
	}
	return r, k + 1, true
}
