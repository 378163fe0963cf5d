package goals

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mentorkit/mentorkit/goals/internal/dates"
	"github.com/mentorkit/mentorkit/internal/words"
)

// scannedQuantity is a quantity with where it stands among the tokens.
type scannedQuantity struct {
	Quantity
	first, last int // tokens of the number and its unit
	numLast     int // last token of the number itself
	decrease    bool
	article     bool // "een 6": a Dutch grade
}

// change is a "van N naar M" between two quantities (indexes).
type change struct{ from, to int }

// textScan is the reading of one field.
type textScan struct {
	field, text string
	lang        Language
	toks        []words.Token
	inDate      []bool
	clause      []int // clause group per token
	dates       []DateRef
	quantities  []scannedQuantity
	changes     []change
	// lastDecrease and quantityClauses are built on first use.
	u16             utf16Index
	lastDecrease    []int
	quantityClauses map[int]bool
}

// scanText reads one field: its dates, clauses, quantities and changes.
func scanText(field, text string, lang Language, o dates.Options) *textScan {
	ts := &textScan{field: field, text: text, lang: lang, toks: words.Tokens(text), u16: utf16Index{text: text}}
	ts.inDate = make([]bool, len(ts.toks))
	k := 0
	for _, r := range dates.Find(text, o) {
		ts.dates = append(ts.dates, DateRef{From: r.From, To: r.To, Due: r.Due, Start: r.Role == dates.Start,
			InferredYear: r.InferredYear, Approximate: r.Approximate, Relative: r.Relative,
			Span: ts.u16.span(field, r.Start, r.End)})
		for k < len(ts.toks) && ts.toks[k].Start < r.End {
			if ts.toks[k].Start >= r.Start {
				ts.inDate[k] = true
			}
			k++
		}
	}
	ts.clauses()
	ts.numbers()
	return ts
}

// tok returns the folded token k or "".
func (ts *textScan) tok(k int) string {
	if k < 0 || k >= len(ts.toks) {
		return ""
	}
	return ts.toks[k].Text
}

// gap returns the text between tokens k-1 and k.
func (ts *textScan) gap(k int) string {
	from, to := 0, len(ts.text)
	if k > 0 && k-1 < len(ts.toks) {
		from = ts.toks[k-1].End
	}
	if k < len(ts.toks) {
		to = ts.toks[k].Start
	}
	if k <= 0 && len(ts.toks) > 0 {
		to = ts.toks[0].Start
	}
	return ts.text[from:to]
}

// joined reports whether token k follows k-1 without punctuation.
func (ts *textScan) joined(k int) bool {
	return k > 0 && k < len(ts.toks) && !ts.toks[k].AfterPunct
}

// Clause rules: a new clause starts after ; ! ? a line break or a full
// stop followed by a space, and after the conjunctions below; a clause
// that opens with a word referring back joins the clause before it.
var (
	conjunctions = set("en", "and", "maar", "but", "plus")
	referBack    = set("target", "doel", "streefwaarde", "namelijk", "oftewel", "dus", "ie", "namely",
		"specifically", "concreet", "concretely", "meaning", "dat", "that", "this", "dit", "van", "from", "to", "naar")
)

// clauses assigns a clause group to each token.
func (ts *textScan) clauses() {
	ts.clause = make([]int, len(ts.toks))
	c := 0
	for k := 1; k < len(ts.toks); k++ {
		g := ts.gap(k)
		sentence := strings.ContainsAny(g, ";!?\n") || (strings.Contains(g, ".") && strings.ContainsAny(g, " \t"))
		if sentence && !referBack[ts.tok(k)] || conjunctions[ts.tok(k-1)] && !ts.inDate[k-1] {
			c++
		}
		ts.clause[k] = c
	}
}

// isNumber reports whether token k is a number (see isNumberToken).
func (ts *textScan) isNumber(k int) bool {
	return k >= 0 && k < len(ts.toks) && !ts.inDate[k] && isNumberToken(ts.text, ts.toks, k)
}

// numberWordValues are the written-out numbers of both languages.
var numberWordValues = map[string]float64{
	"een": 1, "one": 1, "twee": 2, "two": 2, "drie": 3, "three": 3, "vier": 4, "four": 4,
	"vijf": 5, "five": 5, "zes": 6, "six": 6, "zeven": 7, "seven": 7, "acht": 8, "eight": 8,
	"negen": 9, "nine": 9, "tien": 10, "ten": 10, "elf": 11, "eleven": 11, "twaalf": 12,
	"twelve": 12, "dertien": 13, "thirteen": 13, "veertien": 14, "fourteen": 14, "vijftien": 15,
	"fifteen": 15, "twintig": 20, "twenty": 20, "dertig": 30, "thirty": 30, "veertig": 40,
	"forty": 40, "vijftig": 50, "fifty": 50, "honderd": 100, "hundred": 100, "duizend": 1000,
	"thousand": 1000, "dozen": 12, "once": 1, "twice": 2, "eenmaal": 1, "tweemaal": 2, "driemaal": 3,
}

// versionWords before a number make it a version, level or standard
// number: "Python 3", "ISO 27001", "versie 2".
var versionWords = set("python", "java", "windows", "office", "iso", "nen", "iec", "din", "prince", "versie",
	"version", "v", "release", "level", "niveau", "web", "industrie", "industry", "iphone", "ios",
	"android", "html", "css", "php", "sql", "excel", "word", "module", "hoofdstuk", "chapter",
	"stap", "step", "fase", "phase", "sprint", "q", "h", "nr", "nummer", "no", "number")

// numbers finds the quantities and changes of the field.
func (ts *textScan) numbers() {
	for k := 0; k < len(ts.toks); k++ {
		if !ts.isNumber(k) {
			continue
		}
		q, ok := ts.number(k)
		k = q.last
		if ok {
			ts.quantities = append(ts.quantities, q)
		}
	}
	ts.findChanges()
	// Unitless numbers count only inside a change or as a target after a
	// verb of direction ("Increase NPS to 50").
	keep := ts.quantities[:0]
	remap := make([]int, len(ts.quantities))
	inChange := make([]bool, len(ts.quantities))
	for _, c := range ts.changes {
		inChange[c.from], inChange[c.to] = true, true
	}
	for i, q := range ts.quantities {
		remap[i] = len(keep)
		if q.Unit != "" || inChange[i] || ts.directedTarget(&q) {
			keep = append(keep, q)
		}
	}
	ts.quantities = keep
	for i := range ts.changes {
		ts.changes[i] = change{remap[ts.changes[i].from], remap[ts.changes[i].to]}
	}
}

// number reads the number at token k with its unit. It returns false for
// a clock time, version, ordinal or year.
func (ts *textScan) number(k int) (scannedQuantity, bool) {
	q := scannedQuantity{first: k, last: k}
	t := ts.tok(k)
	digits, suffix := splitDigits(t)
	var v float64
	if digits == "" {
		v = numberWordValues[t]
		if c, ok := compoundNumber(t); ok {
			v = c
		}
		// "twenty-five": a tens word, a hyphen, a unit word.
		if u := numberWordValues[ts.tok(k+1)]; v >= 20 && v <= 90 && u >= 1 && u <= 9 && ts.gap(k+1) == "-" {
			v += u
			q.last = k + 1
		}
		suffix = ""
	} else {
		text, last, version := ts.numeral(k, digits)
		q.last = last
		if version || ordinalSuffixes[suffix] && suffix != "" {
			return q, false
		}
		if len(suffix) > 0 && last > k {
			return q, false // "2.0beta"
		}
		f, err := strconv.ParseFloat(text, 64)
		if err != nil {
			return q, false
		}
		v = f
	}
	if strings.HasPrefix(ts.gap(q.last+1), ":") || (k > 0 && strings.HasSuffix(ts.gap(k), ":") && ts.isNumber(k-1)) {
		return q, false // 9:00, 1:1
	}
	if ts.joined(k) && (versionWords[ts.tok(k-1)] || ts.properName(k-1)) {
		return q, false
	}
	if ts.joined(k) && (ts.tok(k-1) == "om" || ts.tok(k-1) == "at") && ts.clockUnit(q.last+1) {
		return q, false // om 9 uur, at 9 am
	}
	q.numLast = q.last
	q.Value = v
	q.article = ts.joined(k) && ts.tok(k-1) == "een" && digits != ""
	q.Unit, q.last = ts.unit(k, q.last, suffix)
	if digits != "" && len(digits) == 4 && digits >= "1900" && digits <= "2199" && q.last == q.numLast && q.Unit == "" {
		return q, false // a year
	}
	q.decrease = ts.decreaseBefore(k)
	q.Span = ts.u16.span(ts.field, ts.spanStart(k), ts.toks[q.last].End)
	if strings.HasSuffix(ts.gap(q.numLast+1), "%") && q.last == q.numLast {
		q.Span = ts.u16.span(ts.field, ts.spanStart(k), ts.toks[q.last].End+strings.Index(ts.gap(q.numLast+1), "%")+1)
	}
	return q, true
}

// spanStart includes a currency sign before token k in the span.
func (ts *textScan) spanStart(k int) int {
	g := ts.gap(k)
	for _, c := range []string{"€", "$", "£"} {
		if i := strings.LastIndex(g, c); i >= 0 && strings.TrimSpace(g[i+len(c):]) == "" {
			return ts.toks[k].Start - (len(g) - i)
		}
	}
	return ts.toks[k].Start
}

// properName reports whether token k is a capitalised word inside its
// clause that is not a function word: "Python" in "mijn Python 3".
func (ts *textScan) properName(k int) bool {
	switch ts.tok(k) {
	case "eur", "euro", "usd", "dollar", "ca", "circa":
		return false
	}
	if k <= 0 || ts.clause[k] != ts.clause[k-1] || notUnits[ts.tok(k)] || fromWords[ts.tok(k)] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(ts.text[ts.toks[k].Start:])
	return unicode.IsUpper(r)
}

// clockUnit reports whether token k makes the number before it a clock
// time: uur, u, am, pm.
func (ts *textScan) clockUnit(k int) bool {
	switch ts.tok(k) {
	case "uur", "u", "am", "pm", "h", "o'clock", "oclock":
		return true
	}
	return false
}

// numeral assembles the digits of a number written with decimal or
// thousands separators from token k: "7,2" and "50.000" in Dutch, "1,500"
// and "2.5" in English. It returns the number as Go syntax, its last token,
// and whether it is a version number ("2.0.1").
func (ts *textScan) numeral(k int, digits string) (string, int, bool) {
	var b strings.Builder
	b.WriteString(digits)
	last, decimal, groupSep := k, false, ""
	for j := k + 1; j < len(ts.toks) && isDigits(ts.tok(j)) && !ts.inDate[j]; j++ {
		sep, next := ts.gap(j), ts.tok(j)
		if sep != "," && sep != "." {
			break
		}
		if decimal {
			return "", j, true // a second separator after a decimal: 2.0.1
		}
		native := (sep == "." && ts.lang == Dutch) || (sep == "," && ts.lang != Dutch)
		if len(next) == 3 && (sep == groupSep || groupSep == "" && native) {
			groupSep = sep // thousands: 50.000, 1,500
		} else if sep == groupSep {
			break // a malformed group: 1.50.000
		} else {
			b.WriteByte('.')
			decimal = true
		}
		b.WriteString(next)
		last = j
	}
	return b.String(), last, false
}

// Unit rules.
var (
	// unitFillers may stand between a number and its unit.
	unitFillers = set("meer", "extra", "minder", "nieuwe", "nieuw", "andere", "more", "additional", "new", "fewer", "less", "other", "grote", "kleine")
	// completeUnits are units that take no second word ("10 km race").
	completeUnits = set("km", "kg", "kilo", "uur", "uren", "hours", "hour", "minuten", "minutes", "minuut",
		"minute", "keer", "times", "x", "procent", "percent", "punten", "points", "punt", "point", "euro", "eur",
		"dollar", "dagen", "days", "weken", "weeks", "maanden", "months", "jaar", "years", "m", "cm", "l")
	// perWords introduce "per <period>".
	perWords    = set("per", "a", "an", "each", "every", "elke", "iedere")
	periodWords = set("dag", "day", "week", "maand", "month", "kwartaal", "quarter", "jaar", "year", "sprint",
		"les", "lesson", "shift", "dienst", "sessie", "session", "werkdag", "workday", "weekend")
	// unitStops never start or continue a unit.
	unitStops = set("per", "than", "dan", "daily", "weekly", "monthly", "dagelijks", "wekelijks", "maandelijks",
		"jaarlijks", "yearly", "annually", "before", "by", "within", "binnen", "uiterlijk", "after", "na", "until")
)

// unit reads the unit after the number at tokens k..j (suffix is what
// follows the digits inside token k) and returns it with its last token.
func (ts *textScan) unit(k, j int, suffix string) (string, int) {
	g := ts.gap(j + 1)
	switch {
	case suffix == "x":
		return ts.perSuffix(map[bool]string{true: "keer", false: "times"}[ts.lang == Dutch], j)
	case suffix != "":
		return ts.perSuffix(suffix, j)
	case strings.HasPrefix(strings.TrimSpace(g), "%") || strings.HasPrefix(strings.TrimSpace(g), "‰"):
		r, _ := utf8.DecodeRuneInString(strings.TrimSpace(g))
		return string(r), j
	case strings.HasPrefix(strings.TrimSpace(g), "€"), strings.HasPrefix(strings.TrimSpace(g), "$"), strings.HasPrefix(strings.TrimSpace(g), "£"):
		r, _ := utf8.DecodeRuneInString(strings.TrimSpace(g))
		if strings.TrimSpace(g) == string(r) && perWords[ts.tok(j+1)] && ts.joined(j+2) && periodWords[ts.tok(j+2)] {
			return string(r) + " " + ts.text[ts.toks[j+1].Start:ts.toks[j+2].End], j + 2 // "500€ per maand"
		}
		return string(r), j
	}
	if s := ts.spanStart(k); s < ts.toks[k].Start {
		return strings.TrimSpace(ts.text[s:ts.toks[k].Start]), j
	}
	if ts.joined(k) {
		switch ts.tok(k - 1) {
		case "eur", "euro", "usd", "dollar":
			return ts.text[ts.toks[k-1].Start:ts.toks[k-1].End], j
		}
	}
	u := j + 1
	if ts.joined(u) && unitFillers[ts.tok(u)] && ts.joined(u+1) && ts.unitWord(u+1) {
		u++
	}
	if !ts.joined(u) || !ts.unitWord(u) || ts.finalVerb(u) {
		if per, last := ts.perSuffix("", j); last > j {
			return strings.TrimSpace(per), last // "32 per week": the noun may stand before "from"
		}
		return "", j
	}
	last := u
	if ts.lang != Dutch && !completeUnits[ts.tok(u)] && ts.joined(u+1) && ts.unitWord(u+1) && !perWords[ts.tok(u+1)] {
		last = u + 1
	}
	return ts.perSuffix(ts.text[ts.toks[u].Start:ts.toks[last].End], last)
}

// finalVerb reports whether token k is the Dutch verb that ends a clause
// ("van 7 naar 8 krijgen"): a word in -en, not a known unit, last in its
// clause.
func (ts *textScan) finalVerb(k int) bool {
	t := ts.tok(k)
	last := k+1 == len(ts.toks) || ts.toks[k+1].AfterPunct || ts.clause[k+1] != ts.clause[k]
	return ts.lang == Dutch && last && strings.HasSuffix(t, "en") && !completeUnits[t]
}

// unitWord reports whether token k can be (part of) a unit.
func (ts *textScan) unitWord(k int) bool {
	t := ts.tok(k)
	if k >= len(ts.toks) || ts.inDate[k] || t == "" || notUnits[t] || unitStops[t] || fromWords[t] || toWords[t] ||
		monthNames[t] || ts.isNumber(k) || conjunctions[t] {
		return false
	}
	return !(t[0] >= '0' && t[0] <= '9')
}

// perSuffix appends "per week" ("a week", "elke maand") after token j.
func (ts *textScan) perSuffix(u string, j int) (string, int) {
	if ts.joined(j+1) && perWords[ts.tok(j+1)] && ts.joined(j+2) && periodWords[ts.tok(j+2)] && !ts.inDate[j+2] {
		return u + " " + ts.text[ts.toks[j+1].Start:ts.toks[j+2].End], j + 2
	}
	return u, j
}

// increaseWords before "to N" make N a target to rise to.
var increaseWords = set("increase", "raise", "grow", "boost", "lift", "improve", "verhogen", "verhoog",
	"groeien", "omhoog", "opkrikken", "verbeteren", "stijgen")

// directedTarget reports whether the unitless number q stands after "to",
// "naar" or "tot" with a verb of direction earlier in its clause: a target
// without a unit ("Increase NPS to 50"), which a form can take while it
// asks for the unit. It sets q.decrease for a falling target.
func (ts *textScan) directedTarget(q *scannedQuantity) bool {
	k := q.first
	if k == 0 || !ts.joined(k) || !toWords[ts.tok(k-1)] {
		return false
	}
	for i := k - 2; i >= 0 && ts.clause[i] == ts.clause[k]; i-- {
		if increaseWords[ts.tok(i)] {
			return true
		}
		if decreaseWords[ts.tok(i)] {
			q.decrease = true
			return true
		}
	}
	return false
}

// decreaseWords before a number in its clause make the target a maximum.
var decreaseWords = set("maximaal", "max", "hooguit", "hoogstens", "onder", "beneden", "minder", "terugbrengen",
	"verlagen", "verminderen", "reduceren", "afbouwen", "dalen", "omlaag", "reduce", "decrease", "cut",
	"lower", "below", "under", "most", "fewer", "less", "limit", "drop", "minimise", "minimize", "beperken")

// decreaseBefore reports whether a decrease word precedes token k in its
// clause.
func (ts *textScan) decreaseBefore(k int) bool {
	if ts.lastDecrease == nil {
		// One pass: the last decrease word at or before each token, in its
		// clause (-1 if none), so that every number costs O(1).
		ts.lastDecrease = make([]int, len(ts.toks))
		last := -1
		for i := range ts.toks {
			if i > 0 && ts.clause[i] != ts.clause[i-1] {
				last = -1
			}
			if decreaseWords[ts.tok(i)] {
				last = i
			}
			ts.lastDecrease[i] = last
		}
	}
	return k > 0 && ts.lastDecrease[k-1] >= 0 && ts.clause[ts.lastDecrease[k-1]] == ts.clause[k]
}

// changeFillers may stand between "van" and its number or "naar" and its
// number ("van gemiddeld 6 naar maximaal 4").
var changeFillers = set("een", "gemiddeld", "ongeveer", "circa", "ca", "zo'n", "about", "around", "average",
	"an", "a", "the", "de", "maximaal", "minimaal", "max", "min", "at", "most", "least", "approximately")

// findChanges pairs quantities in "van N naar M" / "from N to M".
func (ts *textScan) findChanges() {
	for i := 0; i+1 < len(ts.quantities); i++ {
		a, b := ts.quantities[i], ts.quantities[i+1]
		k := a.first - 1
		for k >= 0 && changeFillers[ts.tok(k)] && k > a.first-3 {
			k--
		}
		if k < 0 || !fromWords[ts.tok(k)] || ts.clause[k] != ts.clause[b.first] {
			continue
		}
		m := b.first - 1
		for m > a.last && changeFillers[ts.tok(m)] {
			m--
		}
		if m != a.last+1 || !toWords[ts.tok(m)] {
			continue
		}
		for _, p := range []*scannedQuantity{&ts.quantities[i], &ts.quantities[i+1]} {
			if p.Unit == "" && p.article && ts.lang == Dutch {
				p.Unit = "cijfer" // "van een 6 naar een 8": grades
			}
			// "my hours from 28 to 32 per week": the unit stands before.
			if b := ts.tok(k - 1); k > 0 && completeUnits[b] && (p.Unit == "" || strings.HasPrefix(p.Unit, "per ")) {
				p.Unit = strings.TrimSpace(ts.text[ts.toks[k-1].Start:ts.toks[k-1].End] + " " + p.Unit)
			}
		}
		ts.changes = append(ts.changes, change{i, i + 1})
		i++
	}
}

// metricStops are left out of the metric words.
var metricStops = set("de", "het", "een", "en", "of", "van", "naar", "tot", "voor", "met", "op", "aan", "in",
	"bij", "te", "om", "door", "uit", "mijn", "onze", "ons", "je", "jouw", "ik", "wil", "we", "wij", "is", "zijn",
	"ben", "wordt", "worden", "per", "the", "a", "an", "and", "or", "of", "from", "to", "by", "for", "with",
	"on", "at", "my", "our", "your", "i", "will", "want", "is", "are", "be", "have", "has", "than", "dan",
	"gemiddeld", "average", "maximaal", "minimaal", "max", "min", "most", "least", "laten", "go", "get",
	"verhogen", "verlagen", "terugbrengen", "verminderen", "increase", "reduce", "raise", "keep", "houden",
	"under", "onder", "below", "boven", "above", "elke", "every", "each", "iedere", "wekelijks", "weekly",
	"dagelijks", "daily", "target", "doel", "naar", "vaker", "more", "meer", "less", "minder", "die", "dat",
	"keer", "times", "x", "uiterlijk", "before", "deadline", "until", "eind", "end", "binnen", "within", "latest")

// metric returns the words of quantity i's clause that say what is
// counted, as written, at most eight.
func (ts *textScan) metric(i int) string {
	c := ts.clause[ts.quantities[i].first]
	var out []string
	for k, t := range ts.toks {
		if ts.clause[k] != c || ts.inDate[k] || metricStops[t.Text] || ts.isNumber(k) || isDigits(t.Text) {
			continue
		}
		if d, _ := splitDigits(t.Text); d != "" || periodWords[t.Text] && k > 0 && perWords[ts.tok(k-1)] {
			continue // a number, or the period of "per week"
		}
		out = append(out, ts.text[t.Start:t.End])
		if len(out) == 8 {
			break
		}
	}
	return strings.Join(out, " ")
}
