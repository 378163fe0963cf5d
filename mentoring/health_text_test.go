package mentoring

import (
	"regexp"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/mentorkit/mentorkit/internal/fault"
)

func TestHealthText(t *testing.T) {
	verbs := regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z%]`)
	for _, x := range healthTexts {
		if en, nl := verbs.FindAllString(x.EN, -1), verbs.FindAllString(x.NL, -1); !slices.Equal(en, nl) || x.EN == x.NL {
			t.Errorf("%q %v / %q %v", x.EN, en, x.NL, nl)
		}
	}
	tests := []struct {
		name string
		h    Health
		want fault.Text
	}{
		{"healthy", Health{Sessions: 2, ExpectationsDiscussed: true}, fault.Text{}},
		{"stalled, expectations not discussed", Health{Sessions: 3, Stalled: true, Overdue: true, DaysWithoutSession: 45.2, CadenceDays: 14},
			fault.Text{
				EN: "no session for 45 days with a cadence of 14 days: the relationship has stalled; mutual expectations were not discussed in any of 3 sessions",
				NL: "al 45 dagen geen sessie bij een ritme van 14 dagen: de relatie is vastgelopen; in geen van de 3 sessies zijn de wederzijdse verwachtingen besproken"}},
		{"overdue, mentor drives and talks", Health{Sessions: 5, Overdue: true, DaysWithoutSession: 30, CadenceDays: 14, ExpectationsDiscussed: true,
			MentorDrivesInitiative: true, MentorInitiativeShare: 0.8, MentorTalksMore: true, MentorTalkShare: 0.7, TalkShareSessions: 4},
			fault.Text{
				EN: "no session for 30 days with a cadence of 14 days: a session is overdue; the mentor took the initiative in 80% of 5 sessions: the mentee should own their learning; the mentor talked 70% of the time over 4 sessions: listen more than you talk",
				NL: "al 30 dagen geen sessie bij een ritme van 14 dagen: er is een sessie achterstallig; de mentor nam het initiatief bij 80% van 5 sessies: de mentee hoort eigenaar te zijn van het eigen leren; de mentor was 70% van de tijd aan het woord over 4 sessies: luister meer dan je zendt"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if d := cmp.Diff(tc.want, tc.h.Text()); d != "" {
				t.Errorf("Text (-want +got):\n%s", d)
			}
		})
	}
}
