package mentoring

import (
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/mentorkit/mentorkit/internal/fault"
)

func TestPersonValidate(t *testing.T) {
	tests := []struct {
		name   string
		modify func(p *Person)
		want   []problem
	}{
		{"valid", func(*Person) {}, nil},
		{"valid India offset and personality", func(p *Person) {
			p.UTCOffsetMinutes = 330
			p.Personality = &Personality{Openness: 0, Conscientiousness: 1, Extraversion: 0.5, Agreeableness: 0.2, Neuroticism: 0.9}
		}, nil},
		{"missing id and name", func(p *Person) { p.ID, p.Name = "", " " }, []problem{
			{"id", ErrMissing}, {"name", ErrMissing},
		}},
		{"padded id", func(p *Person) { p.ID = " a" }, []problem{{"id", ErrOutOfRange}}},
		{"padded manager", func(p *Person) { p.ManagerID = "m " }, []problem{{"managerId", ErrOutOfRange}}},
		{"blank manager", func(p *Person) { p.ManagerID = "  " }, []problem{{"managerId", ErrMissing}}},
		{"own manager", func(p *Person) { p.ManagerID = p.ID }, []problem{{"managerId", ErrOutOfRange}}},
		{"level unset, years negative", func(p *Person) { p.Seniority = Seniority{Years: -1} }, []problem{
			{"seniority.level", ErrMissing}, {"seniority.years", ErrOutOfRange},
		}},
		{"level undeclared, years NaN", func(p *Person) { p.Seniority = Seniority{Level: 9, Years: math.NaN()} }, []problem{
			{"seniority.level", ErrUnknownEnum}, {"seniority.years", ErrOutOfRange},
		}},
		{"years infinite", func(p *Person) { p.Seniority.Years = math.Inf(1) }, []problem{{"seniority.years", ErrOutOfRange}}},
		{"skills", func(p *Person) {
			p.Skills = []Skill{{"Go", 0}, {"go ", 5}, {"", 6}, {"sql", 1}}
		}, []problem{
			{"skills[0].level", ErrOutOfRange},
			{"skills[1].name", ErrDuplicate},
			{"skills[2].name", ErrMissing}, {"skills[2].level", ErrOutOfRange},
		}},
		{"lists", func(p *Person) {
			p.Interests = []string{"ai", ""}
			p.CareerGoals = []string{"lead", "LEAD"}
			p.Languages = []string{"nl", "NL"}
		}, []problem{
			{"interests[1]", ErrMissing}, {"careerGoals[1]", ErrDuplicate}, {"languages[1]", ErrDuplicate},
		}},
		{"offset too west", func(p *Person) { p.UTCOffsetMinutes = -721 }, []problem{{"utcOffsetMinutes", ErrOutOfRange}}},
		{"offset too east", func(p *Person) { p.UTCOffsetMinutes = 841 }, []problem{{"utcOffsetMinutes", ErrOutOfRange}}},
		{"offset edges", func(p *Person) { p.UTCOffsetMinutes = 840 }, nil},
		{"personality", func(p *Person) {
			p.Personality = &Personality{Openness: -0.1, Conscientiousness: 1.1, Extraversion: math.NaN()}
		}, []problem{
			{"personality.openness", ErrOutOfRange}, {"personality.conscientiousness", ErrOutOfRange},
			{"personality.extraversion", ErrOutOfRange},
		}},
		{"attributes", func(p *Person) { p.Attributes = map[string]string{"": "x", " ": "y", "team": "blue"} }, []problem{
			{"attributes", ErrMissing}, {"attributes", ErrMissing},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := testPerson("p1", LevelSenior, 10)
			tt.modify(&p)
			got := problemsOf(t, p.Validate())
			if diff := cmp.Diff(tt.want, got, cmp.Comparer(cmpErrs)); diff != "" {
				t.Errorf("Validate problems (-want +got):\n%s", diff)
			}
		})
	}
}

func TestAttributeErrorsInKeyOrder(t *testing.T) {
	p := testPerson("p1", LevelSenior, 10)
	p.Attributes = map[string]string{"\t": "a", "": "b", "  ": "c", " ": "d", "ok": "e"}
	want := "mentoring: attributes (\"p1\") = \"\": has an empty key\n" +
		"mentoring: attributes (\"p1\") = \"\\t\": has an empty key\n" +
		"mentoring: attributes (\"p1\") = \" \": has an empty key\n" +
		"mentoring: attributes (\"p1\") = \"  \": has an empty key"
	for range 20 { // map order varies from run to run; the errors must not
		if got := p.Validate().Error(); got != want {
			t.Fatalf("Validate() =\n%s\nwant\n%s", got, want)
		}
	}
}

func TestFieldErrorMessage(t *testing.T) {
	p := testPerson("p1", LevelSenior, 10)
	p.Skills = []Skill{{"go", 7}}
	err := p.Validate()
	const want = `mentoring: skills[0].level ("p1") = 7: must lie between 1 and 5`
	if err == nil || err.Error() != want {
		t.Fatalf("Validate() = %v, want %q", err, want)
	}
	var fe *FieldError
	if !errors.As(err, &fe) {
		t.Fatalf("errors.As FieldError: %v", err)
	}
	wantFE := FieldError{Field: "skills[0].level", ID: "p1", Value: 7, Code: "outOfRange", Err: ErrOutOfRange,
		Text: fault.Text{EN: "must lie between 1 and 5", NL: "moet tussen 1 en 5 liggen"}}
	if diff := cmp.Diff(wantFE, *fe, cmpopts.IgnoreUnexported(FieldError{}), cmp.Comparer(cmpErrs)); diff != "" {
		t.Errorf("FieldError (-want +got):\n%s", diff)
	}
	if !errors.Is(err, ErrOutOfRange) {
		t.Errorf("errors.Is(err, ErrOutOfRange) = false")
	}
}

func TestSeniorityCompare(t *testing.T) {
	tests := []struct {
		a, b Seniority
		want int
	}{
		{Seniority{LevelJunior, 20}, Seniority{LevelMedior, 1}, -1}, // level first
		{Seniority{LevelSenior, 3}, Seniority{LevelSenior, 8}, -1},
		{Seniority{LevelSenior, 8}, Seniority{LevelSenior, 8}, 0},
		{Seniority{LevelExecutive, 0}, Seniority{LevelLead, 30}, 1},
	}
	for _, tt := range tests {
		if got := tt.a.Compare(tt.b); got != tt.want {
			t.Errorf("%v.Compare(%v) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := tt.b.Compare(tt.a); got != -tt.want {
			t.Errorf("%v.Compare(%v) = %d, want %d", tt.b, tt.a, got, -tt.want)
		}
	}
}

func TestPersonCloneDoesNotAlias(t *testing.T) {
	p := testPerson("p1", LevelSenior, 10)
	p.Interests = []string{"ai"}
	p.CareerGoals = []string{"lead"}
	p.Personality = &Personality{Openness: 0.5}
	p.Attributes = map[string]string{"k": "v"}
	q := p.Clone()
	if diff := cmp.Diff(p, q); diff != "" {
		t.Fatalf("Clone differs (-orig +clone):\n%s", diff)
	}
	q.Skills[0].Level = 1
	q.Interests[0] = "x"
	q.CareerGoals[0] = "x"
	q.Languages[0] = "x"
	q.Personality.Openness = 1
	q.Attributes["k"] = "x"
	if p.Skills[0].Level != 3 || p.Interests[0] != "ai" || p.CareerGoals[0] != "lead" ||
		p.Languages[0] != "nl" || p.Personality.Openness != 0.5 || p.Attributes["k"] != "v" {
		t.Fatalf("Clone shares memory with the original: %+v", p)
	}
}

func TestSkillLevel(t *testing.T) {
	p := testPerson("p1", LevelSenior, 10)
	if lvl, ok := p.SkillLevel(" Negotiation "); !ok || lvl != 3 {
		t.Errorf("SkillLevel(negotiation) = %d, %v; want 3, true", lvl, ok)
	}
	if _, ok := p.SkillLevel("go"); ok {
		t.Errorf("SkillLevel(go) found a skill the person lacks")
	}
}
