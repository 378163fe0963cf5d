package goals

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/mentorkit/mentorkit/goals/internal/dates"
	"github.com/mentorkit/mentorkit/internal/words"
)

// Lint checks the wording of a goal's title and description and returns
// its findings with messages in lang (Auto detects it from both texts with
// DetectLanguage), and the language used. The findings are the Specific
// letter of Check. The word lists of both languages apply to every text,
// since mentees mix them ("mijn portfolio asap afronden").
//
// It flags, as whole words and phrases, case- and accent-insensitively
// ("meer" is not in "meerdere", "Z.S.M." is "z.s.m."):
//
//   - vague verbs and comparatives (CodeVagueVerb, an Error) such as
//     improve, improved, better, more, less, enhance, work on, work
//     towards; verbeteren, verbeterd, beter, meer, minder, vaker, proberen,
//     werken aan, streven naar, and the Dutch split verbs "aan … werken"
//     and "naar … streven" within six words of one clause; "niet meer" (no
//     longer) is not a comparative. A word is backed, and not flagged, by
//     a quantity in the same clause: a number with a unit ("10 procent",
//     "5 uur", "3 klanten", "20 more tickets", "3x"), with "%" or a
//     currency sign, or a change "from N to M" / "van N naar M". Clauses
//     end at ; ! ? a line break, a full stop and a space, and at en, and,
//     maar, but; a clause that opens with a word referring back (Target:,
//     Doel:, namelijk, from, van) joins the one before it; a colon or comma
//     ends none. A quantity anywhere in the description backs the title.
//     Dates, week numbers, clock times ("om 9:00 uur"), version numbers
//     ("Python 3", "versie 2.0") and standard numbers ("ISO 27001") are
//     not quantities;
//   - vague deadlines (CodeVagueDeadline, an Error) such as as soon as
//     possible, asap, soon, eventually; zo snel mogelijk, z.s.m., op
//     termijn, binnenkort, and unknown deadlines ("deadline TBD", "deadline
//     n.t.b."), unless the goal text has a date or period anywhere (see
//     [Read] for the forms understood, such as "1 maart", "31/12", "Q3'26",
//     "eind dit jaar", "binnen 6 weken");
//   - vague owners (CodeVagueOwner, a Warning) such as the team will, to be
//     determined; het team gaat, wordt opgepakt, nader te bepalen, which no
//     number can back, except inside an unknown deadline ("deadline TBD" is
//     a deadline problem);
//   - no number at all in title and description (CodeNoNumber, a Warning):
//     no digit and no written-out number ("two", "tien", "één"; the Dutch
//     "een" only in "een keer" and "een maal", since it is also the article).
//
// Each text finding names its field ("title" or "description"), the words
// as written, and their offsets into that field in bytes and in UTF-16
// code units. Findings come in the order of the text, title first, with
// the no-number finding last. Lint never fails: any string, including
// invalid UTF-8, is accepted, in time linear in its length.
//
// Written-out numbers include the Dutch compounds from 21 to 99
// ("vijfentwintig", "tweeëntwintig"). Limits: larger compounds
// ("honderdvijftig") are not numbers, and "may" or "march" count as months
// only next to a number or after a word such as "in" or "by".
func Lint(title, description string, lang Language) ([]Finding, Language) {
	if lang != English && lang != Dutch {
		lang = DetectLanguage(title + "\n" + description)
	}
	fs := lint(title, description, lang)
	for i := range fs {
		fs[i].Message = message(lang, fs[i], time.Time{})
	}
	return fs, lang
}

// textFacts is what the quantity and date rules found in a text.
type textFacts struct {
	number, quantity, date bool
}

func (f *textFacts) or(g textFacts) {
	f.number, f.quantity, f.date = f.number || g.number, f.quantity || g.quantity, f.date || g.date
}

// lint returns the linter's findings without messages.
func lint(title, description string, lang Language) []Finding {
	fields := [2]struct{ name, text string }{{"title", title}, {"description", description}}
	var facts textFacts
	var scans [2]*textScan
	for i, f := range fields {
		facts.or(scanFacts(f.text))
		scans[i] = scanText(f.name, f.text, lang, dates.Options{Now: lintNow})
		facts.date = facts.date || len(scans[i].dates) > 0
	}
	var out []Finding
	for i, f := range fields {
		ts := scans[i]
		start := len(out)
		add := func(code Code, sev Severity, from, to int) {
			out = append(out, Finding{Code: code, Severity: sev, Field: f.name, Start: from, End: to, Words: f.text[from:to]})
		}
		deadlines := anyDeadlines.FindLongest(f.text)
		inDeadline := covered(len(f.text), deadlines)
		for _, mt := range anyOwners.FindLongest(f.text) {
			if !inDeadline[mt.Start] && !inDeadline[mt.End-1] {
				add(CodeVagueOwner, Warning, mt.Start, mt.End)
			}
		}
		verbs := anyVerbs.FindLongest(f.text)
		inVerb := covered(len(f.text), verbs)
		for _, sv := range ts.splitVerbs() {
			if !inVerb[sv.Start] && !inVerb[sv.End-1] {
				verbs = append(verbs, sv)
			}
		}
		for _, mt := range verbs {
			if !ts.negated(mt.Start) && !ts.backed(mt.Start, i == 0 && len(scans[1].quantities) > 0) {
				add(CodeVagueVerb, Error, mt.Start, mt.End)
			}
		}
		if !facts.date {
			for _, mt := range deadlines {
				add(CodeVagueDeadline, Error, mt.Start, mt.End)
			}
		}
		slices.SortStableFunc(out[start:], func(a, b Finding) int { return cmp.Compare(a.Start, b.Start) })
		// UTF-16 offsets in text order, so the cursor only moves on.
		u := utf16Index{text: f.text}
		for k := start; k < len(out); k++ {
			out[k].StartUTF16, out[k].EndUTF16 = u.at(out[k].Start), u.at(out[k].End)
		}
	}
	if !facts.number {
		out = append(out, Finding{Code: CodeNoNumber, Severity: Warning})
	}
	return out
}

// covered marks the bytes of a text of n bytes that the matches cover.
func covered(n int, ms []words.Match) []bool {
	c := make([]bool, n)
	for _, m := range ms {
		for i := m.Start; i < m.End; i++ {
			c[i] = true
		}
	}
	return c
}

// lintNow is the moment Lint finds date phrases against; Lint only asks
// whether a phrase is a date, never which day it is.
var lintNow = time.Date(2026, time.January, 1, 0, 0, 0, 0, time.UTC)

// tokenAt returns the index of the token starting at byte offset b, or -1.
func (ts *textScan) tokenAt(b int) int {
	i, ok := slices.BinarySearchFunc(ts.toks, b, func(t words.Token, b int) int { return cmp.Compare(t.Start, b) })
	if !ok {
		return -1
	}
	return i
}

// backed reports whether the vague word at byte offset b has a quantity in
// its clause (or elsewhere, when other is true: the description backs the
// title).
func (ts *textScan) backed(b int, other bool) bool {
	if other {
		return true
	}
	if ts.quantityClauses == nil {
		ts.quantityClauses = make(map[int]bool, len(ts.quantities))
		for _, q := range ts.quantities {
			ts.quantityClauses[ts.clause[q.first]] = true
		}
	}
	k := ts.tokenAt(b)
	return k >= 0 && ts.quantityClauses[ts.clause[k]]
}

// negated reports whether the word at byte offset b follows "niet" or
// "nooit": "niet meer" means "no longer", not "more".
func (ts *textScan) negated(b int) bool {
	k := ts.tokenAt(b)
	return k > 0 && ts.tok(k) == "meer" && ts.joined(k) && (ts.tok(k-1) == "niet" || ts.tok(k-1) == "nooit")
}

// splitVerbs finds Dutch verbs apart from their particle in one clause,
// within six words: "aan mijn presentaties werken".
func (ts *textScan) splitVerbs() []words.Match {
	var out []words.Match
	for i, t := range ts.toks {
		verbs, ok := splitVerbs[t.Text]
		if !ok {
			continue
		}
		for j := i + 1; j < len(ts.toks) && j <= i+6 && ts.clause[j] == ts.clause[i]; j++ {
			if verbs[ts.tok(j)] {
				out = append(out, words.Match{Start: t.Start, End: ts.toks[j].End})
				break
			}
		}
	}
	return out
}

// scanFacts finds numbers, quantities and dates in text; see Lint for the
// rules.
func scanFacts(text string) textFacts {
	s := factScanner{text: text, toks: words.Tokens(text)}
	for i := 0; i < len(s.toks); i++ {
		if next, ok := s.word(i); ok {
			i = next
			continue
		}
		i = s.number(i)
	}
	return s.f
}

// factScanner walks the tokens of one text, gathering its facts.
type factScanner struct {
	text string
	toks []words.Token
	f    textFacts
}

// joined reports whether token k follows token k-1 without punctuation.
func (s *factScanner) joined(k int) bool { return k > 0 && k < len(s.toks) && !s.toks[k].AfterPunct }

// gap is the text between token k-1 and token k.
func (s *factScanner) gap(k int) string {
	from, to := 0, len(s.text)
	if k > 0 {
		from = s.toks[k-1].End
	}
	if k < len(s.toks) {
		to = s.toks[k].Start
	}
	return s.text[from:to]
}

// isNum reports whether token k exists and is a number.
func (s *factScanner) isNum(k int) bool {
	return k >= 0 && k < len(s.toks) && isNumberToken(s.text, s.toks, k)
}

// word handles token i when it is not a number to read: a date word, a
// period marker with its number ("week 12"), or any other word. It returns
// the last token it used and false when token i is a number.
func (s *factScanner) word(i int) (last int, ok bool) {
	t := s.toks[i].Text
	switch {
	case quarters[t] || monthNames[t]:
		s.f.date = true
	case periodMarkers[t] && s.joined(i+1) && isDigits(s.toks[i+1].Text) && !(s.joined(i) && frequencyWords[s.toks[i-1].Text]):
		s.f.date, s.f.number = true, true
		return i + 1, true // the week number is not a quantity ("week 12 workshop")
	case monthNamesNearNumber[t] && ((s.joined(i) && s.isNum(i-1)) || (s.joined(i+1) && s.isNum(i+1))):
		s.f.date = true
	case s.isNum(i):
		return i, false
	}
	return i, true
}

// number reads the number at token i: a numeric date, a year, or a number
// with what follows it. It returns the last token it used.
func (s *factScanner) number(i int) int {
	s.f.number = true
	t := s.toks[i].Text
	digits, suffix := splitDigits(t)
	if digits == "" {
		suffix = "" // a written-out number ("drie") has no unit inside it
	}
	j := i // the last token of the number
	if digits != "" && suffix == "" {
		// A numeric date: d-m-yyyy, d/m/yyyy, d.m.yyyy, yyyy-mm-dd.
		if i+2 < len(s.toks) && isDigits(s.toks[i+1].Text) && isDigits(s.toks[i+2].Text) {
			g1, g2 := s.gap(i+1), s.gap(i+2)
			if g1 == g2 && (g1 == "-" || g1 == "/" || g1 == ".") && dateParts(t, s.toks[i+1].Text, s.toks[i+2].Text) {
				s.f.date = true
				return i + 2
			}
		}
		// A decimal or thousands separator: 7,2 or 1.000.
		if i+1 < len(s.toks) && isDigits(s.toks[i+1].Text) && (s.gap(i+1) == "," || s.gap(i+1) == ".") {
			j = i + 1
		} else if len(digits) == 4 && digits >= "1900" && digits <= "2199" {
			s.f.date = true // a year
			return i
		}
	}
	s.unit(i, j, suffix)
	return j
}

// unit reads what makes the number at tokens i..j a quantity or a time
// span: a suffix ("3x", "5km"), a percent or currency sign, a currency
// word before it, "from N to M", or the unit word after it.
func (s *factScanner) unit(i, j int, suffix string) {
	switch {
	case suffix != "" && !ordinalSuffixes[suffix]:
		if spanUnits[suffix] {
			s.f.date = true
		} else {
			s.f.quantity = true // 3x, 5km
		}
	case strings.ContainsAny(s.gap(j+1), "%‰€$£") || strings.ContainsAny(s.gap(i), "€$£"):
		s.f.quantity = true
	case s.joined(i) && (s.toks[i-1].Text == "eur" || s.toks[i-1].Text == "euro" || s.toks[i-1].Text == "usd"):
		s.f.quantity = true
	case s.joined(i) && fromWords[s.toks[i-1].Text] && s.joined(j+1) && toWords[s.toks[j+1].Text] && s.joined(j+2) && s.isNum(j+2):
		s.f.quantity = true
	default:
		k := j + 1
		if s.joined(k) && comparatives[s.toks[k].Text] && s.joined(k+1) {
			k++
		}
		if !s.joined(k) {
			return
		}
		switch u := s.toks[k].Text; {
		case monthNames[u] || monthNamesNearNumber[u] || spanUnits[u]:
			s.f.date = true
		case notUnits[u] || s.isNum(k):
		default:
			s.f.quantity = true
		}
	}
}

// isNumberToken reports whether token k is a number: it starts with a digit,
// or it is a written-out number of either language ("één" with its accents,
// "een" only before "keer" or "maal").
func isNumberToken(text string, toks []words.Token, k int) bool {
	t := toks[k].Text
	if t != "" && t[0] >= '0' && t[0] <= '9' {
		return true
	}
	if english.numberWords[t] || dutch.numberWords[t] {
		return true
	}
	if _, ok := compoundNumber(t); ok {
		return true
	}
	if t == "een" {
		if !strings.EqualFold(text[toks[k].Start:toks[k].End], "een") {
			return true // één, eén: the accents make it the number
		}
		if k+1 < len(toks) && !toks[k+1].AfterPunct && (toks[k+1].Text == "keer" || toks[k+1].Text == "maal") {
			return true
		}
	}
	return false
}

// splitDigits splits a folded token into its leading ASCII digits and the
// rest.
func splitDigits(t string) (digits, suffix string) {
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	return t[:i], t[i:]
}

// isDigits reports whether t is a non-empty run of ASCII digits.
func isDigits(t string) bool {
	d, s := splitDigits(t)
	return d != "" && s == ""
}

// dateParts reports whether three digit runs look like the parts of a date:
// d-m-yyyy (day and month of one or two digits, year of two or four) or
// yyyy-mm-dd.
func dateParts(a, b, c string) bool {
	short := func(s string) bool { return len(s) == 1 || len(s) == 2 }
	return (short(a) && short(b) && (len(c) == 2 || len(c) == 4)) || (len(a) == 4 && short(b) && short(c))
}

// compoundNumber reads a Dutch compound number from 21 to 99 written out
// in one word, folded: "vijfentwintig", "tweeentwintig" (tweeëntwintig).
func compoundNumber(t string) (float64, bool) {
	units := []string{"een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"}
	tens := []string{"twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"}
	for u, us := range units {
		rest, ok := strings.CutPrefix(t, us+"en")
		if !ok {
			continue
		}
		for d, ds := range tens {
			if rest == ds {
				return float64(10*(d+2) + u + 1), true
			}
		}
	}
	return 0, false
}
