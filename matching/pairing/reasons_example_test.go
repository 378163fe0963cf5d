package pairing_test

import (
	"fmt"

	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/mentoring"
)

// Anna is the one mentor who speaks Dutch and has one place; Eva takes it
// (she wants what Anna offers), so Femke is left. Bram speaks English
// only. The reasons say so, and that one more place for Anna would match
// Femke.
func ExamplePairing_Reasons() {
	person := func(id, name, lang string) mentoring.Person {
		return mentoring.Person{ID: id, Name: name, Languages: []string{lang}, Seniority: mentoring.Seniority{Level: mentoring.LevelJunior, Years: 2}}
	}
	lead := func(p mentoring.Person) mentoring.Person {
		p.Seniority = mentoring.Seniority{Level: mentoring.LevelLead, Years: 15}
		p.Skills = []mentoring.Skill{{Name: "leiderschap", Level: 5}}
		return p
	}
	prog := mentoring.Programme{ID: "najaar", Name: "Najaarsprogramma", Format: mentoring.FormatOneToOne, Participants: []mentoring.Participant{
		{Person: lead(person("m1", "Anna", "nl")), Role: mentoring.RoleMentor, Capacity: 1, Offers: []string{"leiderschap"}},
		{Person: lead(person("m2", "Bram", "en")), Role: mentoring.RoleMentor, Capacity: 1, Offers: []string{"leiderschap"}},
		{Person: person("e1", "Eva", "nl"), Role: mentoring.RoleMentee, WantsToDevelop: []string{"leiderschap"}},
		{Person: person("e2", "Femke", "nl"), Role: mentoring.RoleMentee},
	}}
	p, err := pairing.New(prog, pairing.Config{Rules: pairing.Rules{SharedLanguage: true}})
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := p.Solve()
	if err != nil {
		fmt.Println(err)
		return
	}
	reasons, err := p.Reasons(res)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range reasons {
		fmt.Println(r.MenteeID, "—", r.Text.NL)
		fmt.Println(r.MenteeID, "—", r.Text.EN)
		if r.Remedy != nil {
			fmt.Println("remedy: one more place for", r.Remedy.MentorID)
		}
	}
	// Output:
	// e2 — 1 van de 2 mentoren: de twee spreken geen gemeenschappelijke taal; Anna (de enige toegestane) is vol, bezet door Eva; met één plaats meer bij Anna wordt deze mentee gekoppeld
	// e2 — 1 of 2 mentors: the two have no language in common; Anna (the only one allowed) is full, taken by Eva; one more place for Anna would match this mentee
	// remedy: one more place for m1
}
