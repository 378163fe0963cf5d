package mentoring

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/mentorkit/mentorkit/internal/fault"
)

// findingText is a readiness finding's message template in English and
// Dutch, with the same verbs in the same order.
type findingText struct{ EN, NL string }

// The texts of the readiness findings. The English ones are the messages
// Review has always written.
var (
	txtObjectivesMissing = findingText{"State what the programme should achieve, with measurable objectives.",
		"Beschrijf wat het programma moet opleveren, met meetbare doelstellingen."}
	txtObjectiveNotMeasurable = findingText{"Objective %q does not say how it is measured or what the target is.",
		"Doelstelling %q zegt niet hoe ze wordt gemeten of wat het streefdoel is."}
	txtDurationMissing = findingText{"Set the start and end dates.", "Stel de begin- en einddatum in."}
	txtStartMissing    = findingText{"Set the start date.", "Stel de begindatum in."}
	txtEndMissing      = findingText{"Set the end date.", "Stel de einddatum in."}
	txtCadenceMissing  = findingText{"Set how often mentor and mentee meet.",
		"Leg vast hoe vaak mentor en mentee elkaar spreken."}
	txtCommitmentMissing = findingText{"State the expected time commitment in hours per month.",
		"Geef de verwachte tijdsinvestering op in uren per maand."}
	txtGuidelinesMissing = findingText{"Write guidelines with the roles and responsibilities of mentors and mentees.",
		"Schrijf richtlijnen met de rollen en verantwoordelijkheden van mentoren en mentees."}
	txtRoleWithoutGuideline = findingText{"Participants have the role %s, but no guideline says what a %s is responsible for.",
		"Deelnemers hebben de rol %s, maar geen richtlijn zegt waarvoor een %s verantwoordelijk is."}
	txtFeedbackMomentsMissing = findingText{"Plan moments to ask participants for feedback.",
		"Plan momenten om deelnemers om feedback te vragen."}
	txtMentorUntrained = findingText{"%s (%s) has not been trained as a mentor.",
		"%s (%s) is niet getraind als mentor."}
	txtMentorsMissing = findingText{"No mentors have joined yet, so their training cannot be checked.",
		"Er hebben zich nog geen mentoren aangemeld, dus hun training is niet te controleren."}
	txtParticipantTimeShort = findingText{"%s (%s) can give %s a month; the programme expects %s.",
		"%s (%s) kan %s per maand geven; het programma verwacht %s."}
)

// findingTexts lists the texts (the tests check their verbs).
var findingTexts = []findingText{
	txtObjectivesMissing, txtObjectiveNotMeasurable, txtDurationMissing, txtStartMissing, txtEndMissing,
	txtCadenceMissing, txtCommitmentMissing, txtGuidelinesMissing, txtRoleWithoutGuideline,
	txtFeedbackMomentsMissing, txtMentorUntrained, txtMentorsMissing, txtParticipantTimeShort,
}

// fill fills the templates; an argument of type fault.Text is taken in
// each template's language, any other argument is the same in both.
func (t findingText) fill(args ...any) fault.Text {
	en, nl := make([]any, len(args)), make([]any, len(args))
	for i, a := range args {
		if x, ok := a.(fault.Text); ok {
			en[i], nl[i] = x.EN, x.NL
		} else {
			en[i], nl[i] = a, a
		}
	}
	return fault.Text{EN: fmt.Sprintf(t.EN, en...), NL: fmt.Sprintf(t.NL, nl...)}
}

// hoursText is a number of hours in both languages ("1 hour", "1 uur",
// "2.5 hours", "2,5 uur").
func hoursText(h float64) fault.Text {
	nl := strings.Replace(strconv.FormatFloat(h, 'g', -1, 64), ".", ",", 1) + " uur"
	return fault.Text{EN: hours(h), NL: nl}
}

// roleText is a role in both languages, for the readiness texts: the
// English text is the role's JSON name, as Review has always written it.
func roleText(r Role) fault.Text {
	nl := map[Role]string{RoleMentor: "mentor", RoleMentee: "mentee", RoleReverseMentor: "reverse mentor", RolePeerMentor: "peermentor"}[r]
	if nl == "" {
		nl = r.String()
	}
	return fault.Text{EN: r.String(), NL: nl}
}
