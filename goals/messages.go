package goals

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/mentorkit/mentorkit/internal/fault"
)

// templates holds the message of each finding code in English and Dutch,
// as fmt formats taking the same verbs. The arguments are described per
// code in the check that reports it. Findings are not errors, so these are
// not fault.Messages; they share only the two-language text.
//
// The messages follow the register checklist (checked for every message
// in both languages by TestMessageRegister):
//
//  1. Full sentences: a capital first letter and a full stop at the end.
//  2. Say what is missing or wrong, then what to do, in the imperative of
//     an HR system: "Geef aan …", "Noem …"; "State …", "Name …". Never
//     "zeg", never grammar terms ("vergrotende trap", "comparative").
//  3. The words of the domain: nulmeting (baseline), streefwaarde
//     (target), einddatum, bandbreedte, t/m for inclusive ranges.
//  4. No byte offsets, no Go syntax ({5 3}, %!v, \x00, quoted escapes):
//     offsets stay in the finding's fields; the mentee's words are quoted
//     as written, with control characters removed.
//  5. Numbers as the language writes them: 98.765,5 in Dutch, 98,765.5 in
//     English; counts with the right plural (1 probleem, 2 problemen).
//  6. Example dates derived from now, never a fixed date.
var templates = map[Code]fault.Text{
	CodeVagueVerb: {
		EN: "%s: “%s” is vague. State how much, with a number and a unit (for example: from 3 to 5 sessions a month).",
		NL: "%s: ‘%s’ is niet concreet. Geef aan hoeveel, met een getal en een eenheid (bijvoorbeeld: van 3 naar 5 gesprekken per maand)."},
	CodeVagueDeadline: {
		EN: "%s: “%s” is not a deadline. Give a date (for example: by %s).",
		NL: "%s: ‘%s’ is geen termijn. Geef een datum op (bijvoorbeeld: uiterlijk %s)."},
	CodeVagueOwner: {
		EN: "%s: “%s” does not say who does it. Name the person responsible.",
		NL: "%s: ‘%s’ zegt niet wie het doet. Noem de persoon die verantwoordelijk is."},
	CodeNoNumber: {
		EN: "Neither the title nor the description contains a number. A measurable goal states how much.",
		NL: "Titel en omschrijving bevatten geen getal. Een meetbaar doel geeft aan hoeveel."},
	CodeNoMetric: {
		EN: "Metric missing. State what will be counted or measured.",
		NL: "Maatstaf ontbreekt. Geef aan wat er geteld of gemeten wordt."},
	CodeNoUnit: {
		EN: "Unit missing. State the unit of the metric (sessions, %%, hours).",
		NL: "Eenheid ontbreekt. Geef de eenheid van de maatstaf op (gesprekken, %%, uren)."},
	CodeNoDirection: {
		EN: "Direction missing. State whether the metric should rise, fall or stay within a range.",
		NL: "Richting ontbreekt. Geef aan of de maatstaf moet stijgen, dalen of binnen een bandbreedte moet blijven."},
	CodeNoTarget: {
		EN: "Target value missing. State the value at which the goal is reached.",
		NL: "Streefwaarde ontbreekt. Geef aan bij welke waarde het doel bereikt is."},
	CodeNoBaseline: {
		EN: "Baseline missing. Without the value at the start, progress cannot be measured.",
		NL: "Nulmeting ontbreekt. Zonder de waarde bij de start is de voortgang niet te meten."},
	CodeWrongDirection: {
		EN: "The target (%s) is not %s the baseline (%s), while the metric should %s.",
		NL: "De streefwaarde (%s) ligt niet %s de nulmeting (%s), terwijl de maatstaf moet %s."},
	CodeAlreadyInBand: {
		EN: "The baseline (%s) already lies within the range %s to %s. The goal is to keep it there.",
		NL: "De nulmeting (%s) ligt al binnen de bandbreedte %s t/m %s. Het doel is de waarde daar te houden."},
	CodeBadMeasure: {
		EN: "The %s is invalid (%s). Correct it in the form.",
		NL: "De %s is ongeldig (%s). Pas de waarde aan in het formulier."},
	CodeBadCheckIns: {
		EN: "The check-ins contain errors (%s). The pace has not been checked.",
		NL: "De check-ins bevatten fouten (%s). Het tempo is niet gecontroleerd."},
	CodeRateTooHigh: {
		EN: "The remaining %s %s in %s require %s per week: %s times the pace so far (%s per week). The limit is %s times.",
		NL: "Voor de resterende %s %s in %s is %s per week nodig: %s keer het tempo tot nu toe (%s per week). De grens is %s keer."},
	CodeNoProgress: {
		EN: "The check-ins show no progress (%s per week) while %s %s remain.",
		NL: "De check-ins laten geen vooruitgang zien (%s per week), terwijl er nog %s %s te gaan is."},
	CodeNoHistory: {
		EN: "There are fewer than two check-ins, so the pace needed cannot yet be compared with the pace so far.",
		NL: "Er zijn minder dan twee check-ins, dus het benodigde tempo is nog niet te vergelijken met het tempo tot nu toe."},
	CodeNoOwner: {
		EN: "Owner missing. Name the person responsible.",
		NL: "Eigenaar ontbreekt. Geef aan wie verantwoordelijk is."},
	CodeNoOwnerAccepted: {
		EN: "Owner missing: nobody has accepted the goal yet.",
		NL: "Eigenaar ontbreekt: niemand heeft het doel nog geaccepteerd."},
	CodeMilestoneNoOwner: {
		EN: "Milestone “%s” has no owner.",
		NL: "Mijlpaal ‘%s’ heeft geen eigenaar."},
	CodeAspirational: {
		EN: "This is an aspirational goal. Agree that reaching about 70%% counts as success.",
		NL: "Dit is een ambitieus doel. Spreek af dat ongeveer 70%% halen als succes telt."},
	CodeNoLink: {
		EN: "The goal is not linked to a programme objective or career goal. State what the goal contributes to.",
		NL: "Het doel is niet gekoppeld aan een programmadoel of loopbaandoel. Geef aan waaraan het doel bijdraagt."},
	CodeUnknownObjective: {
		EN: "Objective “%s” is not an objective of this programme.",
		NL: "Programmadoel ‘%s’ hoort niet bij dit programma."},
	CodeNoDue: {
		EN: "Due date missing. State by when the goal is to be reached (for example: by %s).",
		NL: "Einddatum ontbreekt. Geef aan wanneer het doel bereikt moet zijn (bijvoorbeeld: uiterlijk %s)."},
	CodeNoStart: {
		EN: "Start date missing. Without it, the expected progress cannot be computed.",
		NL: "Startdatum ontbreekt. Zonder startdatum is de verwachte voortgang niet te berekenen."},
	CodeDueBeforeStart: {
		EN: "The due date (%s) is not after the start date (%s).",
		NL: "De einddatum (%s) ligt niet na de startdatum (%s)."},
	CodePastDue: {
		EN: "The due date (%s) has passed and the goal has not been reached (checked on %s).",
		NL: "De einddatum (%s) is verstreken en het doel is niet bereikt (peildatum %s)."},
	CodeOutsideProgramme: {
		EN: "The %s (%s) lies outside the programme period (%s to %s).",
		NL: "De %s (%s) valt buiten de looptijd van het programma (%s t/m %s)."},
	CodeMilestoneAfterDue: {
		EN: "Milestone “%s” is due on %s, after the goal's due date (%s).",
		NL: "Mijlpaal ‘%s’ valt op %s, na de einddatum van het doel (%s)."},
}

// msgf formats the message of code in lang (English unless Dutch).
func msgf(lang Language, code Code, args ...any) string {
	return fmt.Sprintf(inLanguage(lang, templates[code]), args...)
}

// inLanguage picks the text in lang: Dutch, or English otherwise.
func inLanguage(lang Language, t fault.Text) string {
	if lang == Dutch {
		return t.NL
	}
	return t.EN
}

// message formats the message of a text-linter finding; now gives the
// example date (zero: a relative example).
func message(lang Language, f Finding, now time.Time) string {
	switch f.Code {
	case CodeNoNumber:
		return msgf(lang, f.Code)
	case CodeVagueDeadline:
		return msgf(lang, f.Code, capital(fieldLabel(lang, f.Field)), quoted(f.Words), exampleDate(lang, now))
	}
	return msgf(lang, f.Code, capital(fieldLabel(lang, f.Field)), quoted(f.Words))
}

// fieldLabel names a Goal field in lang, as a message writes it.
func fieldLabel(lang Language, field string) string {
	nl := map[string]string{"title": "titel", "description": "omschrijving", "start": "startdatum", "due": "einddatum",
		"baseline": "nulmeting", "target": "streefwaarde", "band": "bandbreedte", "direction": "richting"}
	en := map[string]string{"start": "start date", "due": "due date"}
	if lang == Dutch {
		if l, ok := nl[field]; ok {
			return l
		}
	} else if l, ok := en[field]; ok {
		return l
	}
	return field
}

// capital upper-cases the first letter of s.
func capital(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// quoted prepares the mentee's words for a message: control characters and
// invalid bytes become spaces and U+FFFD, runs of space one space, and
// anything over 60 characters is cut with an ellipsis.
func quoted(s string) string {
	var b strings.Builder
	n, space := 0, false
	for _, r := range s {
		if unicode.IsControl(r) || unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if n == 60 {
			b.WriteString("…")
			break
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}

// exampleDate is the example deadline of a hint: the last day of the
// month three months after now, or "the end of next quarter" without now.
func exampleDate(lang Language, now time.Time) string {
	if now.IsZero() {
		if lang == Dutch {
			return "eind volgend kwartaal"
		}
		return "the end of next quarter"
	}
	y, m, _ := now.Date()
	return day(lang, time.Date(y, m+4, 0, 0, 0, 0, 0, now.Location()))
}

// count writes n with the singular or plural noun: "1 probleem", "2
// problemen".
func count(lang Language, n int, en1, enN, nl1, nlN string) string {
	noun := map[bool]map[bool]string{true: {true: nl1, false: nlN}, false: {true: en1, false: enN}}[lang == Dutch][n == 1]
	return num(lang, float64(n)) + " " + noun
}

// num formats a number for a message as the language writes it: four
// significant digits below 1, at most two decimals from 1 on (so that no
// decimal part looks like a group of thousands), with thousands grouped
// (98.765,5 in Dutch, 98,765.5 in English). Numbers below
// 0.0001 or from 10^15 on keep the exponent ("1,234e-05"), where plain
// notation would say "0" or run to many digits.
func num(lang Language, v float64) string {
	a := math.Abs(v)
	var s string
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0) || (a != 0 && a < 1e-4) || a >= 1e15:
		s = strconv.FormatFloat(v, 'g', 4, 64)
	case a < 1:
		s = strconv.FormatFloat(v, 'g', 4, 64)
		if strings.Contains(s, "e") {
			s = strconv.FormatFloat(v, 'f', -1, 64)
		}
	default:
		s = strconv.FormatFloat(v, 'f', 2, 64)
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
		s = group(s)
	}
	if lang == Dutch {
		s = strings.Map(func(r rune) rune {
			switch r {
			case '.':
				return ','
			case ',':
				return '.'
			}
			return r
		}, s)
	}
	return s
}

// group inserts thousands commas into the integer part of a plain number.
func group(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	intPart, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if hasFrac {
		return sign + b.String() + "." + frac
	}
	return sign + b.String()
}

// day formats a date for a message: "2 January 2026" or "2 januari 2026".
func day(lang Language, t time.Time) string {
	s := t.Format("2 January 2006")
	if lang != Dutch {
		return s
	}
	for i, m := range englishMonths {
		if strings.Contains(s, m) {
			return strings.Replace(s, m, dutchMonths[i], 1)
		}
	}
	return s
}

var (
	englishMonths = []string{"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"}
	dutchMonths = []string{"januari", "februari", "maart", "april", "mei", "juni", "juli",
		"augustus", "september", "oktober", "november", "december"}
)
