package mentoring

import (
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
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
