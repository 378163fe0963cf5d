package pairing

import (
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/matching/stable"
)

// The texts of Explanation.Text and Unmatched.Text, by code. Like the
// reason texts they are explanations, not errors.
var (
	txtExplain      = fault.Message{Code: "explainScore", Err: errReasonText, EN: "%s → %s: score %.2f", NL: "%s → %s: score %.2f"}
	txtExplainParts = fault.Message{Code: "explainParts", Err: errReasonText, EN: " (%s)", NL: " (%s)"}
	txtPoints       = fault.Message{Code: "explainPoints", Err: errReasonText, EN: "%s %.2f of %.2f", NL: "%s %.2f van %.2f"}
	txtNotScored    = fault.Message{Code: "explainNotScored", Err: errReasonText, EN: "%s not scored: %s", NL: "%s niet gescoord: %s"}
	txtForbiddenBy  = fault.Message{Code: "explainForbidden", Err: errReasonText, EN: "; not allowed: %s", NL: "; niet toegestaan: %s"}
	txtReverseGap   = fault.Message{Code: "explainReverseGap", Err: errReasonText,
		EN: "; the mentor is %g years and %d levels less senior than the mentee (the programme asks at least %g years and %d levels)",
		NL: "; de mentor is %g jaar en %d niveaus minder senior dan de mentee (het programma vraagt minstens %g jaar en %d niveaus)"}
	txtUnmatched = fault.Message{Code: "unmatched", Err: errReasonText, EN: "%s %s is not matched: %s", NL: "%s %s is niet gekoppeld: %s"}
	txtPartners  = fault.Message{Code: "unmatchedPartners", Err: errReasonText, EN: "%d %s: %s", NL: "%d %s: %s"}
	txtAllowed   = fault.Message{Code: "unmatchedAllowed", Err: errReasonText, EN: "%d allowed", NL: "%d toegestaan"}
	txtFullOf    = fault.Message{Code: "unmatchedAllowedFull", Err: errReasonText, EN: "%d allowed, of which %d full", NL: "%d toegestaan, waarvan %d vol"}
)

// textMessages lists the texts above (tests check them with fault.CheckTable).
var textMessages = []fault.Message{
	txtExplain, txtExplainParts, txtPoints, txtNotScored, txtForbiddenBy, txtReverseGap,
	txtUnmatched, txtPartners, txtAllowed, txtFullOf,
}

var reasonText = [...][2]string{
	ReasonNoAllowedMentor:   {"every mentor is excluded by a rule", "elke mentor is uitgesloten door een regel"},
	ReasonCapacityExhausted: {"the places of the allowed mentors went to other mentees", "de plaatsen van de toegestane mentoren zijn naar andere mentees gegaan"},
	ReasonNoAllowedMentee:   {"every mentee is excluded by a rule", "elke mentee is uitgesloten door een regel"},
	ReasonNotNeeded:         {"the allowed mentees are better placed with other mentors", "de toegestane mentees zijn beter geplaatst bij andere mentoren"},
	ReasonGroupTooSmall:     {"the circle could not reach the group minimum and was dissolved", "de groep haalde de minimale omvang niet en is opgeheven"},
	ReasonCircleMix:         {"the circle could not meet the required mix and was dissolved", "de groep voldeed niet aan de vereiste samenstelling en is opgeheven"},
}

// Message says what the reason means, in English or, when dutch is true,
// in Dutch (as [Rule.Message] does for rules). The unset or an undeclared
// Reason gives its String.
func (r Reason) Message(dutch bool) string {
	if r <= 0 || int(r) >= len(reasonText) {
		return r.String()
	}
	if dutch {
		return reasonText[r][1]
	}
	return reasonText[r][0]
}

var criterionText = [...][2]string{
	CriterionSkills:       {"skills", "vaardigheden"},
	CriterionInterests:    {"interests", "interesses"},
	CriterionCareerGoals:  {"career goals", "loopbaandoelen"},
	CriterionPersonality:  {"personality", "persoonlijkheid"},
	CriterionLanguages:    {"languages", "talen"},
	CriterionWorkingHours: {"working hours", "werktijden"},
	CriterionExperience:   {"experience", "ervaring"},
	CriterionLocation:     {"location", "locatie"},
	CriterionPreference:   {"preference", "voorkeur"},
	CriterionAvailability: {"availability", "beschikbaarheid"},
}

// Message names the criterion for people, in English or, when dutch is
// true, in Dutch ("career goals", "loopbaandoelen"). The unset or an
// undeclared Criterion gives its String.
func (c Criterion) Message(dutch bool) string {
	if c <= 0 || int(c) >= len(criterionText) {
		return c.String()
	}
	if dutch {
		return criterionText[c][1]
	}
	return criterionText[c][0]
}

var missingText = [...][2]string{
	MissingMentee: {"the mentee's data is missing", "de gegevens van de mentee ontbreken"},
	MissingMentor: {"the mentor's data is missing", "de gegevens van de mentor ontbreken"},
	MissingBoth:   {"neither has the data", "beiden missen de gegevens"},
}

// Message says whose data is missing, in English or, when dutch is true,
// in Dutch. The zero Missing (scored) and an undeclared one give String.
func (m Missing) Message(dutch bool) string {
	if m <= 0 || int(m) >= len(missingText) {
		return m.String()
	}
	if dutch {
		return missingText[m][1]
	}
	return missingText[m][0]
}

// criterionWords names a contribution's criterion in both languages: a
// built-in criterion by its Message, a custom one by its own name.
func criterionWords(name string) fault.Text {
	var c Criterion
	if err := c.UnmarshalText([]byte(name)); err == nil && c > 0 {
		return fault.Text{EN: c.Message(false), NL: c.Message(true)}
	}
	return fault.Text{EN: name, NL: name}
}

// Text says the explanation in English and Dutch, naming the two by ID:
//
//	m1 → e1: score 0.72 (skills 0.42 of 0.50, location not scored: the mentee's data is missing); not allowed: RULE
//
// Each criterion shows its points of its share of the weight (see
// [Contribution]); every rule that forbids the pair follows, in Rule
// order, then the reverse-mentoring gap when there is one. A decoded
// Explanation gives the same text.
func (x Explanation) Text() fault.Text {
	t := text(txtExplain, x.MentorID, x.MenteeID, x.Score)
	parts := make([]fault.Text, 0, len(x.Breakdown))
	for _, c := range x.Breakdown {
		name := criterionWords(c.Criterion)
		if c.Missing != 0 {
			parts = append(parts, text(txtNotScored, name, fault.Text{EN: c.Missing.Message(false), NL: c.Missing.Message(true)}))
			continue
		}
		parts = append(parts, text(txtPoints, name, c.Points, c.Share))
	}
	if len(parts) > 0 {
		t = concat(t, text(txtExplainParts, commaText(parts)))
	}
	if len(x.Rules) > 0 {
		rules := make([]fault.Text, len(x.Rules))
		for i, r := range x.Rules {
			rules[i] = ruleWords(r)
		}
		t = concat(t, text(txtForbiddenBy, joinText(rules)))
	}
	if g := x.ReverseGap; g != nil {
		t = concat(t, text(txtReverseGap, g.Years, g.Levels, g.MinYears, g.MinLevels))
	}
	return t
}

// Text says in English and Dutch why the participant is left without a
// partner, naming them by ID: the reason ([Reason.Message]), how many
// partners each rule excluded, and how many the rules allow (for a mentee,
// how many of those are full):
//
//	mentee e7 is not matched: the places of the allowed mentors went to other mentees; 2 mentors: RULE; 3 allowed, of which 3 full
//
// [Pairing.Reasons] names the mentors, who holds their places and the
// change that would match a mentee.
func (u Unmatched) Text() fault.Text {
	side, partners := fault.Text{EN: "mentee", NL: "mentee"}, fault.Text{EN: "mentors", NL: "mentoren"}
	if u.Side == stable.SideMentor {
		side, partners = fault.Text{EN: "mentor", NL: "mentor"}, fault.Text{EN: "mentees", NL: "mentees"}
	}
	parts := []fault.Text{{EN: u.Reason.Message(false), NL: u.Reason.Message(true)}}
	for _, c := range u.Rules {
		parts = append(parts, text(txtPartners, c.Count, partners, ruleWords(c.Rule)))
	}
	if u.Full > 0 {
		parts = append(parts, text(txtFullOf, u.Allowed, u.Full))
	} else {
		parts = append(parts, text(txtAllowed, u.Allowed))
	}
	return text(txtUnmatched, side, u.ID, joinText(parts))
}

// concat appends b to a in each language.
func concat(a, b fault.Text) fault.Text { return fault.Text{EN: a.EN + b.EN, NL: a.NL + b.NL} }

// commaText joins texts with ", " in each language.
func commaText(parts []fault.Text) fault.Text {
	var t fault.Text
	for i, x := range parts {
		if i > 0 {
			t.EN += ", "
			t.NL += ", "
		}
		t.EN += x.EN
		t.NL += x.NL
	}
	return t
}
