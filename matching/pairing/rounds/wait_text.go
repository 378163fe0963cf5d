package rounds

import "github.com/mentorkit/mentorkit/internal/fault"

var waitText = [...][2]string{
	WaitNoPartner:   {"no allowed mentor is left whom the mentee has not met", "er is geen toegestane mentor meer die de mentee nog niet heeft ontmoet"},
	WaitNoPlace:     {"every allowed mentor is full", "elke toegestane mentor is vol"},
	WaitBelowCutoff: {"every allowed mentor with a free place scores below the cutoff", "elke toegestane mentor met een vrije plaats scoort onder de drempel"},
	WaitNotChosen:   {"the free places went to mentees who waited longer or fit better", "de vrije plaatsen gingen naar mentees die langer wachtten of beter passen"},
}

// Message says why a mentee waits, in English or, when dutch is true, in
// Dutch (as pairing's Rule.Message does for rules). The unset or an
// undeclared WaitReason gives its String.
func (r WaitReason) Message(dutch bool) string {
	if r == 0 || int(r) >= len(waitText) {
		return r.String()
	}
	if dutch {
		return waitText[r][1]
	}
	return waitText[r][0]
}

// txtWaiter is the text of Waiter.Text.
var txtWaiter = fault.Message{Code: "waiting", Err: errText,
	EN: "%s has waited %.1f weeks: %s", NL: "%s wacht al %.1f weken: %s"}

// Text says in English and Dutch who waits, how long and why:
// "e4 has waited 3.0 weeks: every allowed mentor is full".
func (w Waiter) Text() fault.Text {
	return fault.Text{
		EN: text(txtWaiter, w.MenteeID, w.Waited, w.Reason.Message(false)).EN,
		NL: text(txtWaiter, w.MenteeID, w.Waited, w.Reason.Message(true)).NL,
	}
}
