package fair

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/matching/stable"
)

func TestText(t *testing.T) {
	if err := fault.CheckTable(textMessages); err != nil {
		t.Error(err)
	}
	five := 5
	tests := []struct {
		name string
		got  fault.Text
		want fault.Text
	}{
		{"mentee group, both bounds",
			GroupCount{Side: stable.SideMentee, Attribute: "department", Value: "sales", Members: 10, Allowed: 8, Count: 4, Min: 3, Max: &five}.Text(),
			fault.Text{
				EN: "mentees with department = sales: 4 of 10 matched (8 with an allowed mentor); at least 3; at most 5",
				NL: "mentees met department = sales: 4 van 10 gekoppeld (8 met een toegestane mentor); minstens 3; hoogstens 5"}},
		{"mentor group, no bounds",
			GroupCount{Side: stable.SideMentor, Attribute: "site", Value: "Utrecht", Members: 5, Allowed: 4, Count: 2}.Text(),
			fault.Text{
				EN: "mentors with site = Utrecht: 2 of 5 with a mentee (4 with a place and an allowed mentee)",
				NL: "mentoren met site = Utrecht: 2 van 5 met een mentee (4 met een plaats en een toegestane mentee)"}},
		{"price",
			Price{Side: stable.SideMentee, Attribute: "gender", Value: "woman", Price: 0.35, Without: Outcome{Matched: 12, TotalScore: 8.2}}.Text(),
			fault.Text{
				EN: "the bound on mentees with gender = woman costs 0.35 of the total score (without it: 12 matched, total 8.20)",
				NL: "de grens voor mentees met gender = woman kost 0.35 van de totale score (zonder: 12 gekoppeld, totaal 8.20)"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if d := cmp.Diff(tc.want, tc.got); d != "" {
				t.Errorf("Text (-want +got):\n%s", d)
			}
		})
	}
}
