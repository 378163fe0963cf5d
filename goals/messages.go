package goals

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// templates holds the message of each code in English and Dutch, as
// fmt formats. The arguments are described per code in the check that
// reports it.
var templates = map[Code][2]string{
	CodeVagueVerb: {
		"%s: vague verb or comparative %q at bytes %d–%d; say how much, with a number and a unit (from 3 to 5 sessions a month)",
		"%s: vaag werkwoord of vergrotende trap %q op bytes %d–%d; zeg hoeveel, met een getal en een eenheid (van 3 naar 5 sessies per maand)"},
	CodeVagueDeadline: {
		"%s: vague deadline %q at bytes %d–%d; give a date (by 1 March 2026)",
		"%s: vage termijn %q op bytes %d–%d; noem een datum (uiterlijk 1 maart 2026)"},
	CodeVagueOwner: {
		"%s: vague owner %q at bytes %d–%d; name the person who will do it",
		"%s: vage eigenaar %q op bytes %d–%d; noem de persoon die het doet"},
	CodeNoNumber: {
		"no number in title or description: a measurable goal says how much",
		"geen getal in titel of omschrijving: een meetbaar doel zegt hoeveel"},
	CodeNoMetric: {
		"no metric: say what will be counted or measured",
		"geen maatstaf: zeg wat er geteld of gemeten wordt"},
	CodeNoUnit: {
		"no unit: say in what the metric is counted (sessions, %%, hours)",
		"geen eenheid: zeg waarin de maatstaf wordt uitgedrukt (sessies, %%, uren)"},
	CodeNoDirection: {
		"no direction: say whether the metric should increase, decrease or stay within a band",
		"geen richting: zeg of de maatstaf moet stijgen, dalen of binnen een bandbreedte blijven"},
	CodeNoTarget: {
		"no target value: say which value counts as done",
		"geen streefwaarde: zeg bij welke waarde het doel bereikt is"},
	CodeNoBaseline: {
		"no baseline: progress cannot be measured without the value at the start",
		"geen beginwaarde: zonder de waarde bij de start is voortgang niet te meten"},
	CodeWrongDirection: {
		"target %s is not beyond baseline %s in the direction %s",
		"streefwaarde %s ligt niet voorbij beginwaarde %s in de richting %s"},
	CodeAlreadyInBand: {
		"baseline %s is already inside the band %s–%s: the goal is to keep it there",
		"beginwaarde %s ligt al binnen de bandbreedte %s–%s: het doel is die vast te houden"},
	CodeBadMeasure: {
		"%s is malformed (%v)",
		"%s is ongeldig (%v)"},
	CodeBadCheckIns: {
		"malformed check-ins (%d problems); the pace was not checked",
		"ongeldige check-ins (%d problemen); het tempo is niet gecontroleerd"},
	CodeRateTooHigh: {
		"the remaining %s %s in %s days need %s per week, %s times the %s per week of the check-ins (limit %s times)",
		"de resterende %s %s in %s dagen vragen %s per week, %s keer de %s per week uit de check-ins (grens %s keer)"},
	CodeNoProgress: {
		"the check-ins show no progress (%s per week) while %s %s remain",
		"de check-ins laten geen vooruitgang zien (%s per week) terwijl er nog %s %s te gaan is"},
	CodeNoHistory: {
		"fewer than two check-ins: the pace needed cannot yet be compared with the pace so far",
		"minder dan twee check-ins: het benodigde tempo is nog niet met het tempo tot nu toe te vergelijken"},
	CodeNoOwner: {
		"no owner: name the person responsible",
		"geen eigenaar: noem wie verantwoordelijk is"},
	CodeNoOwnerAccepted: {
		"no owner: nobody has accepted the goal yet",
		"geen eigenaar: niemand heeft het doel nog geaccepteerd"},
	CodeMilestoneNoOwner: {
		"milestone %q has no owner",
		"mijlpaal %q heeft geen eigenaar"},
	CodeAspirational: {
		"aspirational goal: agree that reaching about 70%% counts as success",
		"ambitieus doel: spreek af dat ongeveer 70%% halen als succes telt"},
	CodeNoLink: {
		"not linked to a programme objective or career goal: say what the goal serves",
		"niet gekoppeld aan een programmadoel of loopbaandoel: zeg waar het doel aan bijdraagt"},
	CodeUnknownObjective: {
		"objective %q is not an objective of the programme",
		"programmadoel %q hoort niet bij het programma"},
	CodeNoDue: {
		"no due date",
		"geen einddatum"},
	CodeNoStart: {
		"no start date: expected progress cannot be computed",
		"geen startdatum: de verwachte voortgang is niet te berekenen"},
	CodeDueBeforeStart: {
		"due date %s is not after start %s",
		"einddatum %s ligt niet na startdatum %s"},
	CodePastDue: {
		"due date %s has passed (now %s) and the goal is not achieved",
		"einddatum %s is verstreken (nu %s) en het doel is niet bereikt"},
	CodeOutsideProgramme: {
		"%s %s lies outside the programme (%s to %s)",
		"%s %s valt buiten het programma (%s tot %s)"},
	CodeMilestoneAfterDue: {
		"milestone %q is due %s, after the goal's due date %s",
		"mijlpaal %q valt op %s, na de einddatum van het doel %s"},
}

// msgf formats the message of code in lang (English unless Dutch).
func msgf(lang Language, code Code, args ...any) string {
	t := templates[code]
	s := t[0]
	if lang == Dutch {
		s = t[1]
	}
	return fmt.Sprintf(s, args...)
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
