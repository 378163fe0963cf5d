package pairing

import (
	"errors"
	"fmt"
	"strings"

	"github.com/mentorkit/mentorkit/internal/fault"
)

// errReasonText is the sentinel of the reason texts below: they are
// explanations, not errors, but share the message table's shape (a code,
// English and Dutch templates with the same verbs).
var errReasonText = errors.New("pairing: reason text")

// The texts of Reasons, by code.
var (
	txtRuleCount   = fault.Message{Code: "reasonRuleCount", Err: errReasonText, EN: "%d of %d mentors: %s", NL: "%d van de %d mentoren: %s"}
	txtNoneAllowed = fault.Message{Code: "reasonNoneAllowed", Err: errReasonText, EN: "no mentor is allowed", NL: "geen enkele mentor is toegestaan"}
	txtOnlyFull    = fault.Message{Code: "reasonOnlyFull", Err: errReasonText, EN: "%s (the only one allowed) is full, taken by %s", NL: "%s (de enige toegestane) is vol, bezet door %s"}
	txtFull        = fault.Message{Code: "reasonFull", Err: errReasonText, EN: "%s is full, taken by %s", NL: "%s is vol, bezet door %s"}
	txtNotChosen   = fault.Message{Code: "reasonNotChosen", Err: errReasonText, EN: "%s has a free place, but the optimum leaves the two apart", NL: "%s heeft een plaats vrij, maar de optimale indeling koppelt de twee niet"}
	txtForbidden   = fault.Message{Code: "reasonForbidden", Err: errReasonText, EN: "%s: %s", NL: "%s: %s"}
	txtNoMentors   = fault.Message{Code: "reasonNoMentors", Err: errReasonText, EN: "the programme has no mentors", NL: "het programma heeft geen mentoren"}
	txtChangePlace = fault.Message{Code: "changePlace", Err: errReasonText, EN: "one more place for %s would match this mentee", NL: "met één plaats meer bij %s wordt deze mentee gekoppeld"}
	txtChangeVia   = fault.Message{Code: "changePlaceVia", Err: errReasonText, EN: "one more place for %s would match this mentee (with %s, whose place a moved mentee frees)", NL: "met één plaats meer bij %s wordt deze mentee gekoppeld (aan %s, van wie een mentee overstapt)"}
	txtChangeRule  = fault.Message{Code: "changeRule", Err: errReasonText, EN: "allowing the pair with %s despite the rule \"%s\" would match this mentee", NL: "het koppel met %s toestaan ondanks de regel \"%s\" koppelt deze mentee"}
	txtNoChange    = fault.Message{Code: "noChange", Err: errReasonText, EN: "none of the %d single changes tried matches this mentee", NL: "geen van de %d geprobeerde losse wijzigingen koppelt deze mentee"}
)

// The texts of WhyNot.
var (
	txtWhyPaired    = fault.Message{Code: "whyNotPaired", Err: errReasonText, EN: "%s and %s are a pair", NL: "%s en %s vormen een koppel"}
	txtWhyRules     = fault.Message{Code: "whyNotRules", Err: errReasonText, EN: "%s may not mentor %s: %s", NL: "%s mag %s niet begeleiden: %s"}
	txtWhyCost      = fault.Message{Code: "whyNotCost", Err: errReasonText, EN: "pairing %s with %s would change the total score by %+.2f", NL: "%s aan %s koppelen zou de totale score met %+.2f veranderen"}
	txtWhyCostFewer = fault.Message{Code: "whyNotCostFewer", Err: errReasonText, EN: "pairing %s with %s would change the total score by %+.2f and the number of matched mentees by %+d", NL: "%s aan %s koppelen zou de totale score met %+.2f en het aantal gekoppelde mentees met %+d veranderen"}
)

// reasonMessages lists the texts (tests check them with fault.CheckTable).
var reasonMessages = []fault.Message{
	txtRuleCount, txtNoneAllowed, txtOnlyFull, txtFull, txtNotChosen, txtForbidden, txtNoMentors,
	txtChangePlace, txtChangeVia, txtChangeRule, txtNoChange,
	txtWhyPaired, txtWhyRules, txtWhyCost, txtWhyCostFewer,
}

// text fills a message's templates; each argument is a fault.Text (taken
// in its language) or a plain value (the same in both).
func text(m fault.Message, args ...any) fault.Text {
	en, nl := make([]any, len(args)), make([]any, len(args))
	for i, a := range args {
		if t, ok := a.(fault.Text); ok {
			en[i], nl[i] = t.EN, t.NL
		} else {
			en[i], nl[i] = a, a
		}
	}
	return fault.Text{EN: fmt.Sprintf(m.EN, en...), NL: fmt.Sprintf(m.NL, nl...)}
}

// joinText joins texts with "; " in each language.
func joinText(parts []fault.Text) fault.Text {
	var t fault.Text
	for i, x := range parts {
		if i > 0 {
			t.EN += "; "
			t.NL += "; "
		}
		t.EN += x.EN
		t.NL += x.NL
	}
	return t
}

// ruleWords is a rule's meaning in both languages.
func ruleWords(r Rule) fault.Text { return fault.Text{EN: r.Message(false), NL: r.Message(true)} }

// label names a person for an administrator: the name, or the ID when
// there is none.
func label(id, name string) string {
	if name != "" {
		return name
	}
	return id
}

func (p *Pairing) mentorLabel(m int) string {
	return label(p.mentorID(m), p.mentors[m].Person.Name)
}

// menteeLabels names mentees given by ID, joined with ", ".
func (p *Pairing) menteeLabels(ids []string) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = id
		if e, ok := p.menteeIdx[id]; ok {
			names[i] = label(id, p.mentees[e].Person.Name)
		}
	}
	return strings.Join(names, ", ")
}

// obstacleText says what one obstacle is.
func (p *Pairing) obstacleText(o Obstacle) fault.Text {
	who := p.mentorLabel(p.mentorIdx[o.MentorID])
	switch {
	case len(o.Rules) > 0:
		return text(txtForbidden, who, ruleWords(o.Rules[0]))
	case o.Full:
		return text(txtFull, who, p.menteeLabels(o.TakenBy))
	}
	return text(txtNotChosen, who)
}

// remedyText says what a remedy is.
func (p *Pairing) remedyText(c Remedy) fault.Text {
	who := p.mentorLabel(p.mentorIdx[c.MentorID])
	switch {
	case c.Rule == RuleNone && c.MatchedWith == c.MentorID:
		return text(txtChangePlace, who)
	case c.Rule == RuleNone:
		return text(txtChangeVia, who, p.mentorLabel(p.mentorIdx[c.MatchedWith]))
	}
	return text(txtChangeRule, who, ruleWords(c.Rule))
}

// reasonsText summarises a mentee's reasons: the rules with their counts,
// the full mentors (the only one allowed said so), mentors left apart,
// then the change or that none was found.
func (p *Pairing) reasonsText(r MenteeReasons) fault.Text {
	n := len(p.mentors)
	if n == 0 {
		return text(txtNoMentors)
	}
	var parts []fault.Text
	allowed := 0
	for _, o := range r.Obstacles {
		if len(o.Rules) == 0 {
			allowed++
		}
	}
	if allowed == 0 {
		parts = append(parts, text(txtNoneAllowed))
	}
	for _, c := range r.Rules {
		parts = append(parts, text(txtRuleCount, c.Count, n, ruleWords(c.Rule)))
	}
	for _, o := range r.Obstacles {
		if len(o.Rules) > 0 {
			continue
		}
		who := p.mentorLabel(p.mentorIdx[o.MentorID])
		switch {
		case o.Full && allowed == 1:
			parts = append(parts, text(txtOnlyFull, who, p.menteeLabels(o.TakenBy)))
		default:
			parts = append(parts, o.Text)
		}
	}
	if r.Remedy != nil {
		parts = append(parts, r.Remedy.Text)
	} else {
		parts = append(parts, text(txtNoChange, r.Tried))
	}
	return joinText(parts)
}

// whyNotText says a WhyNot's answer: the pair is formed, the rules that
// forbid it (every one, in Rule order), or the change of the total score
// and of the number matched if it were forced.
func (p *Pairing) whyNotText(w WhyNot) fault.Text {
	mentor := p.mentorLabel(p.mentorIdx[w.MentorID])
	e := p.menteeIdx[w.MenteeID]
	mentee := label(w.MenteeID, p.mentees[e].Person.Name)
	switch {
	case w.Paired:
		return text(txtWhyPaired, mentor, mentee)
	case len(w.Explanation.Rules) > 0:
		rules := make([]fault.Text, len(w.Explanation.Rules))
		for i, r := range w.Explanation.Rules {
			rules[i] = ruleWords(r)
		}
		return text(txtWhyRules, mentor, mentee, joinText(rules))
	case w.MatchedLoss != 0:
		return text(txtWhyCostFewer, mentor, mentee, 0-w.ScoreLoss, -w.MatchedLoss)
	}
	return text(txtWhyCost, mentor, mentee, 0-w.ScoreLoss)
}
