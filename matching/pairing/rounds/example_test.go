package rounds_test

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/matching/pairing/rounds"
	"github.com/mentorkit/mentorkit/mentoring"
)

// exampleProgramme has three mentors of one place and three mentees;
// scored on skills alone: daan–bram 0.50 (Go, 6 of 6+6), eva–bram 1.00
// (AI fully covered), femke–anna 0.50 (coaching, 6 of 6+6), every other
// pair 0.00, and anna may not mentor daan (his manager).
func exampleProgramme() mentoring.Programme {
	person := func(id string, lvl mentoring.Level, years float64, skills ...mentoring.Skill) mentoring.Person {
		return mentoring.Person{ID: id, Name: id, Seniority: mentoring.Seniority{Level: lvl, Years: years}, Skills: skills, Languages: []string{"nl", "en"}, UTCOffsetMinutes: 60}
	}
	mentor := func(p mentoring.Person, offers ...string) mentoring.Participant {
		return mentoring.Participant{Person: p, Role: mentoring.RoleMentor, Capacity: 1, Offers: offers}
	}
	mentee := func(p mentoring.Person, wants ...string) mentoring.Participant {
		return mentoring.Participant{Person: p, Role: mentoring.RoleMentee, WantsToDevelop: wants}
	}
	daan := person("daan", mentoring.LevelJunior, 1)
	daan.ManagerID = "anna"
	return mentoring.Programme{ID: "spring", Name: "Spring programme", Format: mentoring.FormatOneToOne, Participants: []mentoring.Participant{
		mentor(person("anna", mentoring.LevelLead, 15, mentoring.Skill{Name: "Leiderschap", Level: 5}), "leiderschap", "coaching"),
		mentor(person("bram", mentoring.LevelSenior, 9, mentoring.Skill{Name: "Go", Level: 5}, mentoring.Skill{Name: "AI", Level: 4}), "Go", "AI"),
		mentor(person("chen", mentoring.LevelSenior, 8, mentoring.Skill{Name: "retail", Level: 5}), "retail"),
		mentee(daan, "Leiderschap", "Go"),
		mentee(person("eva", mentoring.LevelJunior, 2, mentoring.Skill{Name: "AI", Level: 2}), "AI"),
		mentee(person("femke", mentoring.LevelMedior, 4), "coördinatie", "coaching"),
	}}
}

// Eva has waited three weeks, daan one, femke joins now. With a cutoff
// of 0.3 daan's only pair is bram (0.50) and eva's too (1.00): eva waited
// longer, so she takes bram and daan waits (bram had a place, but the
// longer wait came first); femke takes anna (0.50).
func ExampleRound() {
	w := pairing.Weights{Skills: 1}
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	st := pairing.State{ProgrammeID: "spring", Waiting: []pairing.Tenure{
		{MenteeID: "daan", Since: now.AddDate(0, 0, -7)}, {MenteeID: "eva", Since: now.AddDate(0, 0, -21)},
	}}
	res, err := rounds.Round(exampleProgramme(), pairing.Config{Weights: &w}, st, rounds.Config{Cutoff: 0.3}, now)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range res.Pairs {
		fmt.Printf("%s–%s %.2f after %.0f weeks\n", p.MentorID, p.MenteeID, p.Score, p.Waited)
	}
	for _, q := range res.Waiting {
		fmt.Printf("%s waits (%.0f weeks): %s\n", q.MenteeID, q.Waited, q.Reason)
	}
	// Output:
	// anna–femke 0.50 after 0 weeks
	// bram–eva 1.00 after 3 weeks
	// daan waits (1 weeks): notChosen
}

// Four people of a peer pool meet everyone in three rounds.
func ExampleCircle() {
	s, _ := rounds.Circle([]string{"ann", "bo", "cas", "dee"}, 3)
	for r, pairs := range s.Rounds {
		fmt.Println(r+1, pairs)
	}
	fmt.Println("everyone met after", s.EveryoneMet)
	// Output:
	// 1 [{ann dee} {bo cas}]
	// 2 [{ann bo} {cas dee}]
	// 3 [{ann cas} {bo dee}]
	// everyone met after 3
}

// Two mentees and three mentors: three rounds, a mentor sits out each.
func ExampleLatin() {
	s, _ := rounds.Latin([]string{"e1", "e2"}, []string{"m1", "m2", "m3"}, 3)
	for r := range s.Rounds {
		fmt.Println(r+1, s.Rounds[r], "sits out:", s.SitOut[r])
	}
	// Output:
	// 1 [{m1 e1} {m2 e2}] sits out: [m3]
	// 2 [{m2 e1} {m3 e2}] sits out: [m1]
	// 3 [{m1 e2} {m3 e1}] sits out: [m2]
}

// Anna may not meet daan, so the rules allow 8 of the 9 pairs; eva,
// femke, bram and chen have three partners each, so three rounds are
// needed (König), and two are too few: the people with three partners
// are named.
func ExampleRotate() {
	w := pairing.Weights{Skills: 1}
	s, _ := rounds.Rotate(exampleProgramme(), pairing.Config{Weights: &w}, 2)
	fmt.Println("needed", s.Needed, "everyone met", s.EveryoneMet)
	for _, o := range s.Obstacles {
		fmt.Println(o.Text.EN)
	}
	// Output:
	// needed 3 everyone met -1
	// bram has 3 allowed partners, more than the 2 rounds
	// chen has 3 allowed partners, more than the 2 rounds
	// eva has 3 allowed partners, more than the 2 rounds
	// femke has 3 allowed partners, more than the 2 rounds
}

// Five rotating rounds, a week apart, scores only. Round 1: anna–femke,
// bram–eva, chen–daan (1.50). Round 2, new pairs only: daan–bram (0.50),
// anna–eva, chen–femke. Round 3: daan has met both mentors he may meet,
// eva's only new partner is chen and femke's bram; they take those, and
// daan, whose repeats come after new pairs, waits (anna, the free one, is
// his manager). All 8 allowed pairs have then met; rounds 4 and 5 repeat.
func ExampleSimulate() {
	w := pairing.Weights{Skills: 1}
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	sc := rounds.SimConfig{Rounds: 5, Round: rounds.Config{Rotate: true}}
	sim, err := rounds.Simulate(exampleProgramme(), pairing.Config{Weights: &w}, pairing.State{}, sc, now, rand.New(rand.NewPCG(1, 2)))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range sim.Rounds {
		fmt.Printf("round %d: %d paired, %d waiting\n", r.Round, r.Paired, r.Waits.N)
	}
	fmt.Println("everyone met after", sim.EveryoneMet)
	// Output:
	// round 1: 3 paired, 0 waiting
	// round 2: 3 paired, 0 waiting
	// round 3: 2 paired, 1 waiting
	// round 4: 3 paired, 0 waiting
	// round 5: 3 paired, 0 waiting
	// everyone met after 3
}
