package fair

import (
	"errors"
	"fmt"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/matching/stable"
)

// errText is the sentinel of the texts below: explanations, not errors,
// sharing the message table's shape.
var errText = errors.New("fair: text")

// The texts of GroupCount.Text and Price.Text.
var (
	txtGroupMentees = fault.Message{Code: "groupMentees", Err: errText,
		EN: "mentees with %s = %s: %d of %d matched (%d with an allowed mentor)",
		NL: "mentees met %s = %s: %d van %d gekoppeld (%d met een toegestane mentor)"}
	txtGroupMentors = fault.Message{Code: "groupMentors", Err: errText,
		EN: "mentors with %s = %s: %d of %d with a mentee (%d with a place and an allowed mentee)",
		NL: "mentoren met %s = %s: %d van %d met een mentee (%d met een plaats en een toegestane mentee)"}
	txtMin   = fault.Message{Code: "groupMin", Err: errText, EN: "; at least %d", NL: "; minstens %d"}
	txtMax   = fault.Message{Code: "groupMax", Err: errText, EN: "; at most %d", NL: "; hoogstens %d"}
	txtPrice = fault.Message{Code: "boundPrice", Err: errText,
		EN: "the bound on %s with %s = %s costs %.2f of the total score (without it: %d matched, total %.2f)",
		NL: "de grens voor %s met %s = %s kost %.2f van de totale score (zonder: %d gekoppeld, totaal %.2f)"}
	textMessages = []fault.Message{txtGroupMentees, txtGroupMentors, txtMin, txtMax, txtPrice}
)

// fill fills a message's templates with the same arguments in both languages.
func fill(m fault.Message, args ...any) fault.Text {
	return fault.Text{EN: fmt.Sprintf(m.EN, args...), NL: fmt.Sprintf(m.NL, args...)}
}

func concat(a, b fault.Text) fault.Text { return fault.Text{EN: a.EN + b.EN, NL: a.NL + b.NL} }

// Text says the group's count against its bounds in English and Dutch:
//
//	mentees with department = sales: 4 of 10 matched (8 with an allowed mentor); at least 3; at most 5
//
// A bound of 0 (no minimum) is left out, as is a missing maximum.
func (g GroupCount) Text() fault.Text {
	m := txtGroupMentees
	if g.Side == stable.SideMentor {
		m = txtGroupMentors
	}
	t := fill(m, g.Attribute, g.Value, g.Count, g.Members, g.Allowed)
	if g.Min > 0 {
		t = concat(t, fill(txtMin, g.Min))
	}
	if g.Max != nil {
		t = concat(t, fill(txtMax, *g.Max))
	}
	return t
}

// Text says what the bound costs in English and Dutch:
//
//	the bound on mentees with department = sales costs 0.35 of the total score (without it: 12 matched, total 8.20)
func (p Price) Text() fault.Text {
	side := fault.Text{EN: "mentees", NL: "mentees"}
	if p.Side == stable.SideMentor {
		side = fault.Text{EN: "mentors", NL: "mentoren"}
	}
	return fault.Text{
		EN: fmt.Sprintf(txtPrice.EN, side.EN, p.Attribute, p.Value, p.Price, p.Without.Matched, p.Without.TotalScore),
		NL: fmt.Sprintf(txtPrice.NL, side.NL, p.Attribute, p.Value, p.Price, p.Without.Matched, p.Without.TotalScore),
	}
}
