package pairing

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/matching/stable"
)

func TestTextMessages(t *testing.T) {
	if err := fault.CheckTable(textMessages); err != nil {
		t.Error(err)
	}
}

// Every declared reason, criterion and missing side has its own text in
// both languages; unset and undeclared values fall back to String.
func TestEnumMessages(t *testing.T) {
	check := func(name string, n int, ownEnglish bool, msg func(i int, dutch bool) string, str func(i int) string) {
		t.Helper()
		seen := map[string]bool{}
		for i := 1; i <= n; i++ {
			en, nl := msg(i, false), msg(i, true)
			if en == "" || nl == "" || (ownEnglish && en == str(i)) || seen[en] || seen[nl] {
				t.Errorf("%s %d: EN %q, NL %q", name, i, en, nl)
			}
			seen[en], seen[nl] = true, true
		}
		for _, i := range []int{0, n + 1} {
			if got := msg(i, true); got != str(i) {
				t.Errorf("%s %d: Message = %q, want String %q", name, i, got, str(i))
			}
		}
	}
	check("Reason", int(ReasonCircleMix), true, func(i int, d bool) string { return Reason(i).Message(d) }, func(i int) string { return Reason(i).String() })
	check("Criterion", int(CriterionAvailability), false, func(i int, d bool) string { return Criterion(i).Message(d) }, func(i int) string { return Criterion(i).String() })
	// A criterion's English name may equal its JSON name ("skills").
	check("Missing", int(MissingBoth), true, func(i int, d bool) string { return Missing(i).Message(d) }, func(i int) string { return Missing(i).String() })
}

func TestExplanationText(t *testing.T) {
	tests := []struct {
		name string
		x    Explanation
		want fault.Text
	}{
		{"nothing scored", Explanation{MentorID: "m", MenteeID: "e"},
			fault.Text{EN: "m → e: score 0.00", NL: "m → e: score 0.00"}},
		{"breakdown with a missing criterion and a custom one",
			Explanation{MentorID: "m1", MenteeID: "e1", Score: 0.725, Breakdown: []Contribution{
				{Criterion: "skills", Score: 0.84, Share: 0.5, Points: 0.42},
				{Criterion: "careerGoals", Missing: MissingMentee},
				{Criterion: "team fit", Score: 1, Share: 0.3, Points: 0.3},
			}},
			fault.Text{
				EN: "m1 → e1: score 0.72 (skills 0.42 of 0.50, career goals not scored: the mentee's data is missing, team fit 0.30 of 0.30)",
				NL: "m1 → e1: score 0.72 (vaardigheden 0.42 van 0.50, loopbaandoelen niet gescoord: de gegevens van de mentee ontbreken, team fit 0.30 van 0.30)",
			}},
		{"forbidden twice, reverse gap",
			Explanation{MentorID: "a", MenteeID: "b", Score: 0.1, Rules: []Rule{RuleSelf, RuleBanned},
				ReverseGap: &ReverseGap{Years: -2, Levels: 0, MinYears: 5, MinLevels: 1}},
			fault.Text{
				EN: "a → b: score 0.10; not allowed: " + RuleSelf.Message(false) + "; " + RuleBanned.Message(false) +
					"; the mentor is -2 years and 0 levels less senior than the mentee (the programme asks at least 5 years and 1 levels)",
				NL: "a → b: score 0.10; niet toegestaan: " + RuleSelf.Message(true) + "; " + RuleBanned.Message(true) +
					"; de mentor is -2 jaar en 0 niveaus minder senior dan de mentee (het programma vraagt minstens 5 jaar en 1 niveaus)",
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if d := cmp.Diff(tc.want, tc.x.Text()); d != "" {
				t.Errorf("Text (-want +got):\n%s", d)
			}
			// A decoded explanation says the same.
			b, err := json.Marshal(tc.x)
			if err != nil {
				t.Fatal(err)
			}
			var back Explanation
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(tc.want, back.Text()); d != "" {
				t.Errorf("decoded Text (-want +got):\n%s", d)
			}
		})
	}
}

func TestUnmatchedText(t *testing.T) {
	tests := []struct {
		name string
		u    Unmatched
		want fault.Text
	}{
		{"mentee, every mentor forbidden",
			Unmatched{ID: "e1", Side: stable.SideMentee, Reason: ReasonNoAllowedMentor,
				Rules: []RuleCount{{RuleSameDepartment, 2}, {RuleNoSharedLanguage, 1}}},
			fault.Text{
				EN: "mentee e1 is not matched: every mentor is excluded by a rule; 2 mentors: " + RuleSameDepartment.Message(false) +
					"; 1 mentors: " + RuleNoSharedLanguage.Message(false) + "; 0 allowed",
				NL: "mentee e1 is niet gekoppeld: elke mentor is uitgesloten door een regel; 2 mentoren: " + RuleSameDepartment.Message(true) +
					"; 1 mentoren: " + RuleNoSharedLanguage.Message(true) + "; 0 toegestaan",
			}},
		{"mentor not needed",
			Unmatched{ID: "m9", Side: stable.SideMentor, Reason: ReasonNotNeeded, Allowed: 4},
			fault.Text{
				EN: "mentor m9 is not matched: the allowed mentees are better placed with other mentors; 4 allowed",
				NL: "mentor m9 is niet gekoppeld: de toegestane mentees zijn beter geplaatst bij andere mentoren; 4 toegestaan",
			}},
		{"mentee, places taken",
			Unmatched{ID: "e2", Side: stable.SideMentee, Reason: ReasonCapacityExhausted, Allowed: 3, Full: 2},
			fault.Text{
				EN: "mentee e2 is not matched: the places of the allowed mentors went to other mentees; 3 allowed, of which 2 full",
				NL: "mentee e2 is niet gekoppeld: de plaatsen van de toegestane mentoren zijn naar andere mentees gegaan; 3 toegestaan, waarvan 2 vol",
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if d := cmp.Diff(tc.want, tc.u.Text()); d != "" {
				t.Errorf("Text (-want +got):\n%s", d)
			}
		})
	}
}

// FuzzText: any decoded values, undeclared enums included, give a text in
// both languages and never a panic.
func FuzzText(f *testing.F) {
	f.Add("m", "e", 0.5, 1, 2, 3, uint8(1))
	f.Fuzz(func(t *testing.T, mentor, mentee string, score float64, crit, rule, reason int, side uint8) {
		x := Explanation{MentorID: mentor, MenteeID: mentee, Score: score,
			Breakdown: []Contribution{{Criterion: Criterion(crit).String(), Missing: Missing(crit)}, {Criterion: mentor}},
			Rules:     []Rule{Rule(rule)}, ReverseGap: &ReverseGap{Years: score}}
		if tx := x.Text(); tx.EN == "" || tx.NL == "" {
			t.Fatalf("empty explanation text %+v", tx)
		}
		u := Unmatched{ID: mentee, Side: stable.Side(side), Reason: Reason(reason), Rules: []RuleCount{{Rule(rule), crit}}, Allowed: crit, Full: rule}
		if tx := u.Text(); tx.EN == "" || tx.NL == "" {
			t.Fatalf("empty unmatched text %+v", tx)
		}
	})
}
