package goals

import (
	"cmp"
	"slices"
	"strings"

	"github.com/mentorkit/mentorkit/internal/words"
)

// Lint checks the wording of a goal's title and description, in lang (Auto
// detects it from both texts with DetectLanguage) and returns its findings
// with messages in that language, and the language used. The findings are
// the Specific letter of Check.
//
// It flags, as whole words and phrases, case- and accent-insensitively
// ("meer" is not in "meerdere", "Z.S.M." is "z.s.m."):
//
//   - vague verbs and comparatives (CodeVagueVerb, an Error) such as
//     improve, better, more, enhance, work on; verbeteren, beter, meer,
//     proberen, werken aan, streven naar, unless the goal text has a
//     quantity: a number followed by a unit that is neither a month nor a
//     time span ("10 procent", "tien procent", "5 uur", "3 klanten", "20
//     more tickets", "3x"), a number with "%" or a currency sign, or a
//     change "from N to M" / "van N naar M";
//   - vague deadlines (CodeVagueDeadline, an Error) such as as soon as
//     possible, in the near future, over time; zo snel mogelijk, z.s.m., op
//     termijn, te zijner tijd, binnenkort, doorlopend, unless the goal text
//     has a date ("1 maart 2026", "31-12-2026", "31/12/2026", "2026-12-31",
//     "December 2026", "Q3", "week 12" but not "elke week 2 artikelen",
//     where the number counts, a year 1900–2199) or a time span
//     ("binnen 6 weken", "within 3 months");
//   - vague owners (CodeVagueOwner, a Warning) such as the team will, to be
//     determined; het team gaat, wordt opgepakt, nader te bepalen, which no
//     number can back;
//   - no number at all in title and description (CodeNoNumber, a Warning):
//     no digit and no written-out number ("two", "tien", "één"; the Dutch
//     "een" only in "een keer" and "een maal", since it is also the article).
//
// Each text finding names its field ("title" or "description"), the words
// as written, and their byte offsets into that field. Findings come in the
// order of the text, title first, with the no-number finding last. The
// quantity and date that back a word may stand anywhere in the title or the
// description. Lint never fails: any string, including invalid UTF-8, is
// accepted.
//
// Limits: compound Dutch numbers written out ("vijfentwintig") are not
// recognised as numbers, and "may" or "march" count as months only next to
// a number.
func Lint(title, description string, lang Language) ([]Finding, Language) {
	if lang != English && lang != Dutch {
		lang = DetectLanguage(title + "\n" + description)
	}
	fs := lint(title, description, lang)
	for i := range fs {
		fs[i].Message = message(lang, fs[i])
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
	lex := lexiconFor(lang)
	fields := [2]struct{ name, text string }{{"title", title}, {"description", description}}
	var facts textFacts
	for _, f := range fields {
		facts.or(scanFacts(f.text))
	}
	var out []Finding
	for _, f := range fields {
		start := len(out)
		add := func(m *words.Matcher, code Code, sev Severity, backed bool) {
			if backed {
				return
			}
			for _, mt := range m.FindLongest(f.text) {
				out = append(out, Finding{Code: code, Severity: sev, Field: f.name,
					Start: mt.Start, End: mt.End, Words: f.text[mt.Start:mt.End]})
			}
		}
		add(lex.owners, CodeVagueOwner, Warning, false)
		add(lex.verbs, CodeVagueVerb, Error, facts.quantity)
		add(lex.deadlines, CodeVagueDeadline, Error, facts.date)
		slices.SortStableFunc(out[start:], func(a, b Finding) int { return cmp.Compare(a.Start, b.Start) })
	}
	if !facts.number {
		out = append(out, Finding{Code: CodeNoNumber, Severity: Warning})
	}
	return out
}

// scanFacts finds numbers, quantities and dates in text; see Lint for the
// rules.
func scanFacts(text string) textFacts {
	var f textFacts
	toks := words.Tokens(text)
	n := len(toks)
	// joined reports whether token k follows token k-1 without punctuation.
	joined := func(k int) bool { return k > 0 && k < n && !toks[k].AfterPunct }
	gap := func(k int) string { // the text between token k-1 and token k
		from, to := 0, len(text)
		if k > 0 {
			from = toks[k-1].End
		}
		if k < n {
			to = toks[k].Start
		}
		return text[from:to]
	}
	isNum := func(k int) bool { return k >= 0 && k < n && isNumberToken(text, toks, k) }
	for i := 0; i < n; i++ {
		t := toks[i].Text
		switch {
		case quarters[t] || monthNames[t]:
			f.date = true
			continue
		case periodMarkers[t] && joined(i+1) && isDigits(toks[i+1].Text) && !(joined(i) && frequencyWords[toks[i-1].Text]):
			f.date, f.number = true, true
			i++ // the week number is not a quantity ("week 12 workshop")
			continue
		case monthNamesNearNumber[t] && ((joined(i) && isNum(i-1)) || (joined(i+1) && isNum(i+1))):
			f.date = true
			continue
		case !isNum(i):
			continue
		}
		f.number = true
		digits, suffix := splitDigits(t)
		if digits == "" {
			suffix = "" // a written-out number ("drie") has no unit inside it
		}
		j := i // the last token of the number
		if digits != "" && suffix == "" {
			// A numeric date: d-m-yyyy, d/m/yyyy, d.m.yyyy, yyyy-mm-dd.
			if i+2 < n && isDigits(toks[i+1].Text) && isDigits(toks[i+2].Text) {
				g1, g2 := gap(i+1), gap(i+2)
				if g1 == g2 && (g1 == "-" || g1 == "/" || g1 == ".") && dateParts(t, toks[i+1].Text, toks[i+2].Text) {
					f.date = true
					i += 2
					continue
				}
			}
			// A decimal or thousands separator: 7,2 or 1.000.
			if i+1 < n && isDigits(toks[i+1].Text) && (gap(i+1) == "," || gap(i+1) == ".") {
				j = i + 1
			} else if len(digits) == 4 && digits >= "1900" && digits <= "2199" {
				f.date = true // a year
				continue
			}
		}
		switch {
		case suffix != "" && !ordinalSuffixes[suffix]:
			if spanUnits[suffix] {
				f.date = true
			} else {
				f.quantity = true // 3x, 5km
			}
		case strings.ContainsAny(gap(j+1), "%‰€$£") || strings.ContainsAny(gap(i), "€$£"):
			f.quantity = true
		case joined(i) && (toks[i-1].Text == "eur" || toks[i-1].Text == "euro" || toks[i-1].Text == "usd"):
			f.quantity = true
		case joined(i) && fromWords[toks[i-1].Text] && joined(j+1) && toWords[toks[j+1].Text] && joined(j+2) && isNum(j+2):
			f.quantity = true
		default:
			k := j + 1
			if joined(k) && comparatives[toks[k].Text] && joined(k+1) {
				k++
			}
			if joined(k) {
				u := toks[k].Text
				switch {
				case monthNames[u] || monthNamesNearNumber[u]:
					f.date = true
				case spanUnits[u]:
					f.date = true
				case notUnits[u] || isNum(k):
				default:
					f.quantity = true
				}
			}
		}
		i = j
	}
	return f
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
