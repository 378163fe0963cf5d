package fair

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/mentoring"
)

// TestPairTopic: a fair pair names its topic as plain pairing does. Anna
// teaches public speaking (level 5) and Go (level 2), Bram teaches Go
// (level 5); Eva (public speaking level 1, Go level 1) wants both, Femke
// wants Go. With one place each and at least one woman matched (both
// are), the pairs are the plain optimum. The topic is the wanted topic
// the mentor covers best, clamp((mentor level − mentee level)/2, 0, 1):
// Anna–Eva public speaking (5−1)/2 → 1 beats Go (2−1)/2 = 0.5, in Anna's
// wording; Bram–Femke Go. With Anna at Go level 3 the two tie at 1 and
// the folded name decides: "go" before "public speaking".
func TestPairTopic(t *testing.T) {
	for annaGo, want := range map[int]string{2: "Public speaking", 3: "Go"} {
		testPairTopic(t, annaGo, want)
	}
}

func testPairTopic(t *testing.T, annaGo int, annaEva string) {
	person := func(id, name string, skills ...mentoring.Skill) mentoring.Person {
		return mentoring.Person{ID: id, Name: name, Languages: []string{"nl"}, Skills: skills,
			Seniority:  mentoring.Seniority{Level: mentoring.LevelJunior, Years: 2},
			Attributes: map[string]string{"gender": "f"}}
	}
	lead := func(p mentoring.Person) mentoring.Person {
		p.Seniority = mentoring.Seniority{Level: mentoring.LevelLead, Years: 15}
		return p
	}
	prog := mentoring.Programme{ID: "voorjaar", Name: "Voorjaar", Format: mentoring.FormatOneToOne, Participants: []mentoring.Participant{
		{Person: lead(person("m1", "Anna", mentoring.Skill{Name: "Public speaking", Level: 5}, mentoring.Skill{Name: "Go", Level: annaGo})),
			Role: mentoring.RoleMentor, Capacity: 1, Offers: []string{"Public speaking", "Go"}},
		{Person: lead(person("m2", "Bram", mentoring.Skill{Name: "Go", Level: 5})), Role: mentoring.RoleMentor, Capacity: 1, Offers: []string{"Go"}},
		{Person: person("e1", "Eva", mentoring.Skill{Name: "public speaking", Level: 1}, mentoring.Skill{Name: "go", Level: 1}),
			Role: mentoring.RoleMentee, WantsToDevelop: []string{"public speaking", "go"}},
		{Person: person("e2", "Femke"), Role: mentoring.RoleMentee, WantsToDevelop: []string{"go"}},
	}}
	pcfg := pairing.Config{Rules: pairing.Rules{ReportingLevels: -1}}
	plain, err := pairing.Solve(prog, pcfg)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Solve(prog, pcfg, Config{Mentees: []Grouping{{Attribute: "gender", Bounds: []Bound{{Value: "f", Min: 1}}}}})
	if err != nil {
		t.Fatal(err)
	}
	topics := map[string]string{}
	for _, p := range res.Pairs {
		topics[p.MentorID+"–"+p.MenteeID] = p.Topic
	}
	if d := cmp.Diff(map[string]string{"m1–e1": annaEva, "m2–e2": "Go"}, topics); d != "" {
		t.Errorf("Anna at Go level %d: fair topics (-want +got):\n%s", annaGo, d)
	}
	if d := cmp.Diff(plain.Pairs, res.Pairs); d != "" {
		t.Errorf("fair pairs differ from the plain optimum (-plain +fair):\n%s", d)
	}
}
