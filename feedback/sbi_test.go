package feedback

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLintSBI(t *testing.T) {
	codes := func(fs []SBIFinding) []string {
		var out []string
		for _, f := range fs {
			out = append(out, f.Code+":"+f.Word)
		}
		return out
	}
	tests := []struct {
		name string
		in   SBI
		want []string
	}{
		{"good en", SBI{Situation: "In the project meeting on Tuesday", Behaviour: "you interrupted Sam three times", Impact: "Sam stopped contributing"}, nil},
		{"good nl", SBI{Situation: "Tijdens het overleg van gisteren", Behaviour: "je liet Sam niet uitpraten", Impact: "Sam zei daarna niets meer"}, nil},
		{"date counts as time", SBI{Situation: "On 3/10", Behaviour: "you sent the report", Impact: "we could start"}, nil},
		{"no time or place", SBI{Situation: "Generally speaking", Behaviour: "you sent the report", Impact: "we could start"}, []string{"situationNoTimeOrPlace:"}},
		{"trait en", SBI{Situation: "Yesterday", Behaviour: "You were LAZY and rude", Impact: "x"}, []string{"behaviourTraitWord:LAZY", "behaviourTraitWord:rude"}},
		{"trait nl with accent", SBI{Situation: "Vandaag", Behaviour: "Je was lui en egoistisch", Impact: "x"}, []string{"behaviourTraitWord:lui", "behaviourTraitWord:egoistisch"}},
		{"phrase", SBI{Situation: "Vandaag", Behaviour: "You are not a team player", Impact: "x"}, []string{"behaviourTraitWord:not a team player"}},
		{"whole words only", SBI{Situation: "Vandaag", Behaviour: "je luisterde en bleef rustig", Impact: "x"}, nil},
		{"missing", SBI{Situation: " ", Behaviour: "", Impact: "\t"}, []string{"situationMissing:", "behaviourMissing:", "impactMissing:"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, codes(LintSBI(tc.in, "en"))); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
		})
	}
	got := LintSBI(SBI{Situation: "Vandaag", Behaviour: "Je was lui", Impact: "x"}, "nl")
	want := []SBIFinding{{Code: SBIBehaviourTraitWord, Field: "behaviour", Start: 7, End: 10, Word: "lui",
		Message: `"lui" is een oordeel over een eigenschap; beschrijf in plaats daarvan wat je zag of hoorde`}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Dutch finding (-want +got):\n%s", diff)
	}
	// JSON uses the package's lowerCamel names for every field.
	b, err := json.Marshal(got[0])
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"code":"behaviourTraitWord","field":"behaviour","start":7,"end":10,"word":"lui","message":"\"lui\" is een oordeel over een eigenschap; beschrijf in plaats daarvan wat je zag of hoorde"}`; string(b) != want {
		t.Errorf("JSON:\n got %s\nwant %s", b, want)
	}
}
