package feedback

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/mentorkit/mentorkit/internal/faulttest"
	"github.com/mentorkit/mentorkit/internal/jsontest"

	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/mentorkit/mentorkit/mentoring"
)

// TestJSONRoundTrip builds every exported result type from degenerate
// inputs, where NaN and empty values appear, and decodes its JSON back
// equal.
func TestJSONRoundTrip(t *testing.T) {
	in := fiveItems()
	one := func(id string, g RaterGroup, v int) Response {
		return Response{Respondent: id, Subject: "m", Group: g, Answers: []Answer{{"q1", v}, {"q2", v}}}
	}

	// Every cell suppressed: two respondents under the default minimum.
	rep, err := BuildReport(in, []Response{one("a", Peer, 3), one("b", Peer, 4)}, ReportSpec{
		Dimensions: []Dimension{RaterGroupDimension()},
		Groupings:  []Grouping{{Name: "all"}, {Name: "group", By: []string{"raterGroup"}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range rep.Cells {
		if !c.Suppressed {
			t.Fatalf("cell %s released", c.String())
		}
	}
	jsontest.RoundTrip(t, rep)

	// n = 1, released by the self exemption: SD is NaN, unanswered items
	// are NaN throughout, the subscale has one score.
	self, err := BuildReport(in, []Response{one("s", Self, 5)}, ReportSpec{
		Policy: Policy{ExemptGroups: []RaterGroup{Self}}, Groupings: []Grouping{{Name: "all"}}})
	if err != nil {
		t.Fatal(err)
	}
	js := jsontest.RoundTrip(t, self)
	if !strings.Contains(js, `"sd":"NaN"`) {
		t.Errorf("a single answer's SD is not written as \"NaN\": %s", js)
	}
	jsontest.RoundTrip(t, self.Cells[0])
	jsontest.RoundTrip(t, self.Cells[0].Items[4]) // unanswered: all NaN
	jsontest.RoundTrip(t, self.Cells[0].Subscales[0])
	jsontest.RoundTrip(t, ScoreCount{Score: 2.5, Count: 3})

	// A 360 where everyone but the exempt self is suppressed.
	r360, err := Build360(in, []Response{one("s", Self, 4), one("p", Peer, 2), one("q", Peer, 3)}, "m", Policy{ExemptGroups: []RaterGroup{Self}})
	if err != nil {
		t.Fatal(err)
	}
	jsontest.RoundTrip(t, r360)
	jsontest.RoundTrip(t, r360.Items[0])
	jsontest.RoundTrip(t, r360.Items[0].Groups[0])

	// One rating, and every rating in one class: SE 0.
	nps, err := NPS([]int{10}, NPSConfig{})
	if err != nil {
		t.Fatal(err)
	}
	jsontest.RoundTrip(t, nps)

	// The self-check of a relationship without sessions: nothing known.
	sc, err := SelfCheck(SelfCheckInput{Health: mentoring.Health{RelationshipID: "r1", State: mentoring.StateActive,
		MenteeInitiativeShare: math.NaN()}, CoreValues: []SubscaleStats{{Subscale: "ownership", Index: math.NaN(), Mean: math.NaN()}}},
		SelfCheckConfig{})
	if err != nil {
		t.Fatal(err)
	}
	jsontest.RoundTrip(t, sc)
	jsontest.RoundTrip(t, sc.Signals[0])

	// SBI findings of an empty piece of feedback.
	jsontest.RoundTrip(t, LintSBI(SBI{}, "nl")[0])
}

// TestJSONRoundTripConfigs decodes every config and domain type back
// equal; a Dimension's Key is the one thing JSON cannot carry, and the
// JSON says so.
func TestJSONRoundTripConfigs(t *testing.T) {
	in := fiveItems()
	in.Items[4].Scale = &NPSScale
	jsontest.RoundTrip(t, *in)
	jsontest.RoundTrip(t, Response{Respondent: "a", Subject: "s", Group: DirectReport,
		At: time.Date(2026, 6, 1, 9, 0, 0, 0, time.UTC), Answers: []Answer{{"q1", 3}}})
	jsontest.RoundTrip(t, Policy{MinRespondents: 3, ExemptGroups: []RaterGroup{Manager}})
	jsontest.RoundTrip(t, NPSConfig{Confidence: 0.9})
	jsontest.RoundTrip(t, SelfCheckConfig{MinCoreValueIndex: 70})
	jsontest.RoundTrip(t, SelfCheckInput{Health: mentoring.Health{RelationshipID: "r1", State: mentoring.StateActive,
		MentorTalkShare: math.NaN()}, GoalIDs: []string{"g1"}})
	jsontest.RoundTrip(t, SBI{Situation: "In de vergadering", Behaviour: "je onderbrak", Impact: "ik haakte af"})

	spec := ReportSpec{Trim: 0.2, Policy: Policy{ExemptGroups: []RaterGroup{Self}},
		Dimensions: []Dimension{RaterGroupDimension(), {Name: "team", Values: []string{"A", "B"}}},
		Groupings:  []Grouping{{Name: "all"}, {Name: "team", By: []string{"team"}}}}
	js := jsontest.RoundTrip(t, spec, cmpopts.IgnoreFields(Dimension{}, "Key"))
	if want := `{"name":"raterGroup","keyOmitted":true}`; !strings.Contains(js, want) {
		t.Errorf("the JSON does not say the Key was left out: %s lacks %s", js, want)
	}
	var back ReportSpec
	if err := json.Unmarshal([]byte(js), &back); err != nil {
		t.Fatal(err)
	}
	// The decoded spec works without code: raterGroup is built in, team
	// reads the responses' attribute.
	var rs []Response
	for i := range 5 {
		rs = append(rs, Response{Respondent: fmt.Sprint("p", i), Subject: "s", Group: Peer, Attributes: map[string]string{"team": "A"},
			Answers: []Answer{{Item: in.Items[0].ID, Value: in.Scale.Min}}})
	}
	rep, err := BuildReport(in, rs, back)
	if err != nil {
		t.Fatal(err)
	}
	if c, ok := rep.Find("team", "A"); !ok || c.Suppressed || c.N != 5 {
		t.Errorf("team A from the attribute: %+v", c)
	}
}

// TestFieldErrorJSON: an error of BuildReport marshals with its code, the
// respondent's ID and both languages.
func TestFieldErrorJSON(t *testing.T) {
	_, err := BuildReport(fiveItems(), []Response{{Respondent: "ann", Subject: "s", Group: Peer, Answers: []Answer{{"q1", 9}}}},
		ReportSpec{Groupings: []Grouping{{Name: "all"}}})
	fe := faulttest.Require(t, err, "responses[0].answers[0].value", "answerOffScale")
	b, err := json.Marshal(fe)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"field":"responses[0].answers[0].value","id":"ann","value":9,"code":"answerOffScale","kind":"feedback: out of range",` +
		`"message":{"en":"is off the scale of item q1, 1 to 5","nl":"valt buiten de schaal van vraag q1, 1 tot en met 5"}}`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
}
