package feedback_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/mentorkit/mentorkit/feedback"
)

func lookupInstrument() *feedback.Instrument {
	nps := feedback.NPSScale
	return &feedback.Instrument{ID: "pulse", Scale: feedback.LikertScale(5), Items: []feedback.Item{
		{ID: "trust1", Text: map[string]string{"en": "I trust my mentor", "nl": "Ik vertrouw mijn mentor"}, Subscale: "trust"},
		{ID: "goal1", Text: map[string]string{"en": "We set goals"}, Subscale: "goals"},
		{ID: "trust2", Text: map[string]string{"en": "My mentor is hard to reach"}, Subscale: "trust", Reverse: true},
		{ID: "nps", Text: map[string]string{"en": "Would you recommend the programme?"}, Scale: &nps},
	}}
}

func TestInstrumentItem(t *testing.T) {
	in := lookupInstrument()
	it, ok := in.Item("trust2")
	if !ok || it.ID != "trust2" || !it.Reverse || it.Subscale != "trust" {
		t.Fatalf("Item(trust2) = %+v, %v", it, ok)
	}
	if it != &in.Items[2] {
		t.Error("Item does not point into the instrument")
	}
	if it, ok := in.Item("missing"); ok || it != nil {
		t.Errorf("Item(missing) = %+v, %v; want nil, false", it, ok)
	}
	if _, ok := in.Item(""); ok {
		t.Error("Item(\"\") found an item")
	}
}

func TestSubscaleItems(t *testing.T) {
	in := lookupInstrument()
	for _, tc := range []struct {
		name string
		want []string
	}{
		{"trust", []string{"trust1", "trust2"}},
		{"goals", []string{"goal1"}},
		{"", nil},
		{"nope", nil},
	} {
		if d := cmp.Diff(tc.want, in.SubscaleItems(tc.name)); d != "" {
			t.Errorf("SubscaleItems(%q) (-want +got):\n%s", tc.name, d)
		}
	}
}

func TestResponseAnswer(t *testing.T) {
	r := &feedback.Response{Answers: []feedback.Answer{{Item: "trust1", Value: 4}, {Item: "nps", Value: 0}, {Item: "trust1", Value: 2}}}
	for _, tc := range []struct {
		item string
		v    int
		ok   bool
	}{{"trust1", 4, true}, {"nps", 0, true}, {"goal1", 0, false}} {
		if v, ok := r.Answer(tc.item); v != tc.v || ok != tc.ok {
			t.Errorf("Answer(%q) = %d, %v; want %d, %v", tc.item, v, ok, tc.v, tc.ok)
		}
	}
}

// Look items, subscales and answers up by ID instead of by position.
func ExampleInstrument_Item() {
	in := &feedback.Instrument{ID: "pulse", Scale: feedback.LikertScale(5), Items: []feedback.Item{
		{ID: "trust1", Text: map[string]string{"en": "I trust my mentor"}, Subscale: "trust"},
		{ID: "goal1", Text: map[string]string{"en": "We set goals"}, Subscale: "goals"},
		{ID: "trust2", Text: map[string]string{"en": "My mentor is hard to reach"}, Subscale: "trust", Reverse: true},
	}}
	it, _ := in.Item("trust2")
	fmt.Println(it.Text["en"], "reverse:", it.Reverse)
	fmt.Println("trust:", in.SubscaleItems("trust"))
	r := feedback.Response{Respondent: "r1", Subject: "grow", Answers: []feedback.Answer{{Item: "trust2", Value: 2}}}
	v, ok := r.Answer("trust2")
	fmt.Println("trust2 answered:", v, ok)
	_, ok = r.Answer("goal1")
	fmt.Println("goal1 answered:", ok)
	// Output:
	// My mentor is hard to reach reverse: true
	// trust: [trust1 trust2]
	// trust2 answered: 2 true
	// goal1 answered: false
}
