package goals

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/mentorkit/mentorkit/internal/fault"
)

// templates holds the message of each finding code in English and Dutch,
// as fmt formats taking the same verbs. The arguments are described per
// code in the check that reports it. Findings are not errors, so these are
// not fault.Messages; they share only the two-language text.
var templates = map[Code]fault.Text{
	CodeVagueVerb: {
		EN: "%s: vague verb or comparative %q at bytes %d–%d; say how much, with a number and a unit (from 3 to 5 sessions a month)",
		NL: "%s: vaag werkwoord of vergrotende trap %q op bytes %d–%d; zeg hoeveel, met een getal en een eenheid (van 3 naar 5 sessies per maand)"},
	CodeVagueDeadline: {
		EN: "%s: vague deadline %q at bytes %d–%d; give a date (by 1 March 2026)",
		NL: "%s: vage termijn %q op bytes %d–%d; noem een datum (uiterlijk 1 maart 2026)"},
	CodeVagueOwner: {
		EN: "%s: vague owner %q at bytes %d–%d; name the person who will do it",
		NL: "%s: vage eigenaar %q op bytes %d–%d; noem de persoon die het doet"},
	CodeNoNumber: {
		EN: "no number in title or description: a measurable goal says how much",
		NL: "geen getal in titel of omschrijving: een meetbaar doel zegt hoeveel"},
	CodeNoMetric: {
		EN: "no metric: say what will be counted or measured",
		NL: "geen maatstaf: zeg wat er geteld of gemeten wordt"},
	CodeNoUnit: {
		EN: "no unit: say in what the metric is counted (sessions, %%, hours)",
		NL: "geen eenheid: zeg waarin de maatstaf wordt uitgedrukt (sessies, %%, uren)"},
	CodeNoDirection: {
		EN: "no direction: say whether the metric should increase, decrease or stay within a band",
		NL: "geen richting: zeg of de maatstaf moet stijgen, dalen of binnen een bandbreedte blijven"},
	CodeNoTarget: {
		EN: "no target value: say which value counts as done",
		NL: "geen streefwaarde: zeg bij welke waarde het doel bereikt is"},
	CodeNoBaseline: {
		EN: "no baseline: progress cannot be measured without the value at the start",
		NL: "geen nulmeting: zonder de waarde bij de start is voortgang niet te meten"},
	CodeWrongDirection: {
		EN: "target %s is not beyond baseline %s in the direction %s",
		NL: "streefwaarde %s ligt niet voorbij de nulmeting %s in de richting %s"},
	CodeAlreadyInBand: {
		EN: "baseline %s is already inside the band %s–%s: the goal is to keep it there",
		NL: "de nulmeting %s ligt al binnen de bandbreedte %s–%s: het doel is die vast te houden"},
	CodeBadMeasure: {
		EN: "%s is malformed (%v)",
		NL: "%s is ongeldig (%v)"},
	CodeBadCheckIns: {
		EN: "malformed check-ins (%d problems); the pace was not checked",
		NL: "ongeldige check-ins (%d problemen); het tempo is niet gecontroleerd"},
	CodeRateTooHigh: {
		EN: "the remaining %s %s in %s days need %s per week, %s times the %s per week of the check-ins (limit %s times)",
		NL: "de resterende %s %s in %s dagen vragen %s per week, %s keer de %s per week uit de check-ins (grens %s keer)"},
	CodeNoProgress: {
		EN: "the check-ins show no progress (%s per week) while %s %s remain",
		NL: "de check-ins laten geen vooruitgang zien (%s per week) terwijl er nog %s %s te gaan is"},
	CodeNoHistory: {
		EN: "fewer than two check-ins: the pace needed cannot yet be compared with the pace so far",
		NL: "minder dan twee check-ins: het benodigde tempo is nog niet met het tempo tot nu toe te vergelijken"},
	CodeNoOwner: {
		EN: "no owner: name the person responsible",
		NL: "geen eigenaar: noem wie verantwoordelijk is"},
	CodeNoOwnerAccepted: {
		EN: "no owner: nobody has accepted the goal yet",
		NL: "geen eigenaar: niemand heeft het doel nog geaccepteerd"},
	CodeMilestoneNoOwner: {
		EN: "milestone %q has no owner",
		NL: "mijlpaal %q heeft geen eigenaar"},
	CodeAspirational: {
		EN: "aspirational goal: agree that reaching about 70%% counts as success",
		NL: "ambitieus doel: spreek af dat ongeveer 70%% halen als succes telt"},
	CodeNoLink: {
		EN: "not linked to a programme objective or career goal: say what the goal serves",
		NL: "niet gekoppeld aan een programmadoel of loopbaandoel: zeg waar het doel aan bijdraagt"},
	CodeUnknownObjective: {
		EN: "objective %q is not an objective of the programme",
		NL: "programmadoel %q hoort niet bij het programma"},
	CodeNoDue: {
		EN: "no due date",
		NL: "geen einddatum"},
	CodeNoStart: {
		EN: "no start date: expected progress cannot be computed",
		NL: "geen startdatum: de verwachte voortgang is niet te berekenen"},
	CodeDueBeforeStart: {
		EN: "due date %s is not after start %s",
		NL: "einddatum %s ligt niet na startdatum %s"},
	CodePastDue: {
		EN: "due date %s has passed (now %s) and the goal is not achieved",
		NL: "einddatum %s is verstreken (nu %s) en het doel is niet bereikt"},
	CodeOutsideProgramme: {
		EN: "%s %s lies outside the programme (%s to %s)",
		NL: "%s %s valt buiten het programma (%s tot %s)"},
	CodeMilestoneAfterDue: {
		EN: "milestone %q is due %s, after the goal's due date %s",
		NL: "mijlpaal %q valt op %s, na de einddatum van het doel %s"},
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

// message formats the message of a text-linter finding.
func message(lang Language, f Finding) string {
	if f.Code == CodeNoNumber {
		return msgf(lang, f.Code)
	}
	return msgf(lang, f.Code, fieldLabel(lang, f.Field), f.Words, f.Start, f.End)
}

// fieldLabel names a Goal field in lang.
func fieldLabel(lang Language, field string) string {
	if lang != Dutch {
		return field
	}
	switch field {
	case "title":
		return "titel"
	case "description":
		return "omschrijving"
	case "start":
		return "startdatum"
	case "due":
		return "einddatum"
	}
	return field
}

// num formats a number for a message: up to four significant digits, with
// a decimal comma in Dutch. Numbers of 10,000 up to 10^15 show in full with
// two decimals; numbers below 0.0001 or from 10^15 on keep the exponent
// ("1.234e-05"), where plain notation would say "0.00" or run to hundreds
// of digits.
func num(lang Language, v float64) string {
	s := strconv.FormatFloat(v, 'g', 4, 64)
	if a := math.Abs(v); strings.ContainsAny(s, "e") && a >= 1e-4 && a < 1e15 {
		s = strconv.FormatFloat(v, 'f', 2, 64)
	}
	if lang == Dutch {
		s = strings.ReplaceAll(s, ".", ",")
	}
	return s
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
