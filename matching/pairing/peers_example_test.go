package pairing_test

import (
	"fmt"

	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/mentoring"
)

// A buddy scheme: four colleagues of the same seniority, each in one pair.
// Daan and Eva put each other first; Fleur wants Daan, but Daan prefers
// Eva, who prefers him: Fleur goes with Gijs. Nobody would rather be with
// someone who would rather be with them.
func ExamplePairing_StablePeers() {
	peer := func(id, name string, ranked ...string) mentoring.Participant {
		return mentoring.Participant{
			Person: mentoring.Person{ID: id, Name: name, Languages: []string{"nl"}, Seniority: mentoring.Seniority{Level: mentoring.LevelMedior, Years: 5}},
			Role:   mentoring.RolePeerMentor, Capacity: 1, Preferences: mentoring.Preferences{Ranked: ranked},
		}
	}
	prog := mentoring.Programme{ID: "buddies", Name: "Buddyprogramma", Format: mentoring.FormatPeer, Participants: []mentoring.Participant{
		peer("daan", "Daan", "eva", "fleur"),
		peer("eva", "Eva", "daan"),
		peer("fleur", "Fleur", "daan", "gijs"),
		peer("gijs", "Gijs"),
	}}
	p, err := pairing.New(prog, pairing.Config{})
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := p.StablePeers()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range res.Pairs {
		fmt.Println(m.A, "+", m.B)
	}
	fmt.Println("fleur's list:", res.Lists["fleur"])
	// Output:
	// daan + eva
	// fleur + gijs
	// fleur's list: [daan gijs eva]
}
