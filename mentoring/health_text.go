package mentoring

import "github.com/mentorkit/mentorkit/internal/fault"

// The texts of Health.Text, one per concern.
var (
	txtStalled = findingText{"no session for %.0f days with a cadence of %.0f days: the relationship has stalled",
		"al %.0f dagen geen sessie bij een ritme van %.0f dagen: de relatie is vastgelopen"}
	txtOverdue = findingText{"no session for %.0f days with a cadence of %.0f days: a session is overdue",
		"al %.0f dagen geen sessie bij een ritme van %.0f dagen: er is een sessie achterstallig"}
	txtMentorDrives = findingText{"the mentor took the initiative in %.0f%% of %d sessions: the mentee should own their learning",
		"de mentor nam het initiatief bij %.0f%% van %d sessies: de mentee hoort eigenaar te zijn van het eigen leren"}
	txtTalksMore = findingText{"the mentor talked %.0f%% of the time over %d sessions: listen more than you talk",
		"de mentor was %.0f%% van de tijd aan het woord over %d sessies: luister meer dan je zendt"}
	txtExpectations = findingText{"mutual expectations were not discussed in any of %d sessions",
		"in geen van de %d sessies zijn de wederzijdse verwachtingen besproken"}
	healthTexts = []findingText{txtStalled, txtOverdue, txtMentorDrives, txtTalksMore, txtExpectations}
)

// Text says the relationship's concerns ([Health.Concerns], in that
// order) in English and Dutch, joined with "; ", with the numbers behind
// them:
//
//	no session for 45 days with a cadence of 14 days: the relationship has stalled; mutual expectations were not discussed in any of 3 sessions
//
// A healthy relationship gives the empty Text.
func (h Health) Text() fault.Text {
	var t fault.Text
	for _, c := range h.Concerns() {
		var part fault.Text
		switch c {
		case ConcernStalled:
			part = txtStalled.fill(h.DaysWithoutSession, h.CadenceDays)
		case ConcernOverdue:
			part = txtOverdue.fill(h.DaysWithoutSession, h.CadenceDays)
		case ConcernMentorDrivesInitiative:
			part = txtMentorDrives.fill(100*h.MentorInitiativeShare, h.Sessions)
		case ConcernMentorTalksMore:
			part = txtTalksMore.fill(100*h.MentorTalkShare, h.TalkShareSessions)
		case ConcernExpectationsNotDiscussed:
			part = txtExpectations.fill(h.Sessions)
		}
		if t.EN != "" {
			t.EN += "; "
			t.NL += "; "
		}
		t.EN += part.EN
		t.NL += part.NL
	}
	return t
}
