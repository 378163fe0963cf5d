package pairing_test

import (
	"fmt"

	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/mentoring"
)

// Explanations and unmatched participants say themselves in English and
// Dutch: anna may not mentor daan, who reports to her; gijs joins the
// three mentees of the programme, for three mentors with one place each.
func ExampleExplanation_Text() {
	w := pairing.Weights{Skills: 1}
	prog := exampleProgramme()
	prog.Participants = append(prog.Participants, mentoring.Participant{Role: mentoring.RoleMentee,
		Person: mentoring.Person{ID: "gijs", Name: "gijs", Seniority: mentoring.Seniority{Level: mentoring.LevelJunior, Years: 1}, Languages: []string{"nl"}, UTCOffsetMinutes: 60}})
	p, err := pairing.New(prog, pairing.Config{Weights: &w})
	if err != nil {
		fmt.Println(err)
		return
	}
	x, _ := p.Explain("bram", "daan")
	fmt.Println(x.Text().EN)
	x, _ = p.Explain("anna", "daan")
	fmt.Println(x.Text().NL)
	res, _ := p.Solve()
	for _, u := range res.Unmatched {
		fmt.Println(u.Text().EN)
		fmt.Println(u.Text().NL)
	}
	// Output:
	// bram → daan: score 0.50 (skills 0.50 of 1.00)
	// anna → daan: score 0.50 (vaardigheden 0.50 van 1.00); niet toegestaan: de een is leidinggevende van de ander, direct of hoger in de lijn
	// mentee gijs is not matched: the places of the allowed mentors went to other mentees; 3 allowed, of which 3 full
	// mentee gijs is niet gekoppeld: de plaatsen van de toegestane mentoren zijn naar andere mentees gegaan; 3 toegestaan, waarvan 3 vol
}
