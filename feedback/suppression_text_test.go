package feedback_test

import (
	"fmt"
	"testing"

	"github.com/mentorkit/mentorkit/feedback"
)

func TestSuppressionMessage(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range []feedback.Suppression{feedback.SuppressedPrimary, feedback.SuppressedComplementary, feedback.SuppressedBound} {
		en, nl := s.Message(false), s.Message(true)
		if en == "" || nl == "" || en == nl || seen[en] || seen[nl] {
			t.Errorf("%v: EN %q, NL %q", s, en, nl)
		}
		seen[en], seen[nl] = true, true
	}
	if got := feedback.Suppression(0).Message(true); got != "" {
		t.Errorf("released: %q, want empty", got)
	}
	if got, want := feedback.Suppression(99).Message(false), feedback.Suppression(99).String(); got != want {
		t.Errorf("undeclared: %q, want %q", got, want)
	}
	// The wording a works council reads, checked as written.
	if got, want := feedback.SuppressedPrimary.Message(true), "niet getoond: te weinig mensen hebben hier geantwoord om hun antwoorden anoniem te houden"; got != want {
		t.Errorf("primary, Dutch: %q, want %q", got, want)
	}
}

func ExampleSuppression_Message() {
	fmt.Println(feedback.SuppressedComplementary.Message(false))
	fmt.Println(feedback.SuppressedComplementary.Message(true))
	// Output:
	// withheld: together with the figures shown it would reveal the answers of too few people
	// niet getoond: samen met de getoonde cijfers zou het de antwoorden van te weinig mensen prijsgeven
}
