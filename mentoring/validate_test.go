package mentoring

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/mentorkit/mentorkit/internal/fault"
)

// TestUniqueTermsPairwiseEqualsMap checks on random lists that the
// allocation-free pairwise comparison and the map of term keys report the
// same problems, including lists longer than smallList.
func TestUniqueTermsPairwiseEqualsMap(t *testing.T) {
	vocab := []string{"Sociale media", "sociale-média", "SOCIALE  MEDIA", "AI", "ai", "retail", "", " ", "?!", "Coördinatie", "coordinatie", "C++", "c#", "e-mail", "email"}
	rng := rand.New(rand.NewPCG(7, 11))
	for trial := range 2000 {
		list := make([]string, rng.IntN(25))
		for i := range list {
			list[i] = vocab[rng.IntN(len(vocab))]
		}
		var a, b validator
		at := func(i int) string { return list[i] }
		a.uniqueTermsBy(true, "p", "list", "", len(list), at, nil)
		b.uniqueTermsBy(false, "p", "list", "", len(list), at, nil)
		if diff := cmp.Diff(a.errs, b.errs, cmp.Comparer(func(x, y error) bool { return x.Error() == y.Error() })); diff != "" {
			t.Fatalf("trial %d, list %q: pairwise and map differ (-pairwise +map):\n%s", trial, list, diff)
		}
	}
}

func TestUniqueTermsLongList(t *testing.T) {
	p := testPerson("p1", LevelSenior, 10)
	for i := range 20 {
		p.Interests = append(p.Interests, string(rune('a'+i))+" topic")
	}
	p.Interests = append(p.Interests, "A-topic", "")
	want := []problem{{"interests[20]", ErrDuplicate}, {"interests[21]", ErrMissing}}
	if diff := cmp.Diff(want, problemsOf(t, p.Validate()), cmp.Comparer(cmpErrs)); diff != "" {
		t.Fatalf("problems (-want +got):\n%s", diff)
	}
}

func TestTermsIgnoreCaseAccentsAndPunctuation(t *testing.T) {
	p := testPerson("p1", LevelSenior, 10)
	p.Skills = []Skill{{"Coördinatie", 3}, {"coordinatie", 4}}
	p.Languages = []string{"en-GB", "EN GB"}
	want := []problem{{"skills[1].name", ErrDuplicate}, {"languages[1]", ErrDuplicate}}
	if diff := cmp.Diff(want, problemsOf(t, p.Validate()), cmp.Comparer(cmpErrs)); diff != "" {
		t.Fatalf("problems (-want +got):\n%s", diff)
	}
	if lvl, ok := p.SkillLevel("COORDINATIE"); !ok || lvl != 3 {
		t.Fatalf("SkillLevel(COORDINATIE) = %d, %v; want 3, true", lvl, ok)
	}
}

func TestMessageTable(t *testing.T) {
	if err := fault.CheckTable(messages); err != nil {
		t.Fatal(err)
	}
}

// TestErrorsNameTheirSubject: an error inside a participant carries the
// person's ID, inside a relationship the relationship's, inside a session
// the session's; each has a code and both languages.
func TestErrorsNameTheirSubject(t *testing.T) {
	p := testProgramme()
	p.Participants[2].Person.ID = "e1" // repeats participants[1]
	p.Participants[0].Person.Skills[0].Level = 9
	r := inState(t, StateActive)
	r.MenteeIDs = append(r.MenteeIDs, "e1")
	s := testSession("s9", day)
	s.Duration = 0
	type subject struct{ Field, ID, Code string }
	var got []subject
	for _, err := range []error{p.Validate(), r.Validate(), p.ValidateSessions([]Relationship{r}, []Session{s})} {
		list, ok := fault.List(err)
		if !ok {
			t.Fatalf("%v holds an error that is not a FieldError", err)
		}
		for _, fe := range list {
			if fe.Text.EN == "" || fe.Text.NL == "" || !errors.Is(fe, fe.Err) {
				t.Errorf("%v lacks a text or its sentinel", fe)
			}
			got = append(got, subject{fe.Field, fe.ID, fe.Code})
		}
	}
	want := []subject{
		{"participants[0].person.skills[0].level", "m1", "outOfRange"},
		{"participants[2].person.id", "e1", "duplicate"},
		{"menteeIds[1]", "r1", "duplicate"},
		{"sessions[0].duration", "s9", "sessionDuration"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
}

func TestTransitionErrorText(t *testing.T) {
	r := inState(t, StateCompleted)
	_, err := r.Activate(r.Since())
	var te *TransitionError
	if !errors.As(err, &te) || !errors.Is(err, ErrIllegalTransition) {
		t.Fatalf("Activate after completion = %v", err)
	}
	if te.Code() != "illegalTransition" || te.Message(false) != "cannot move from completed to active" ||
		te.Message(true) != "kan niet van completed naar active" {
		t.Errorf("code %q, messages %q, %q", te.Code(), te.Message(false), te.Message(true))
	}
}
