package pairing_test

import (
	"fmt"
	"slices"
	"time"

	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/mentoring"
)

// exampleProgramme is a small one-to-one programme: three mentors of
// capacity 1 and three mentees. Daan reports to Anna.
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

// Only skill coverage counts here, so the scores can be checked by hand:
// daan–bram covers Go fully (need 6 of 6+6) = 0.50; eva–bram covers AI
// fully ((4-2)/2 = 1) = 1.00; femke–anna covers coaching (offered without
// a level: 4) of need 6+6 = 0.50. Anna may not mentor Daan (reporting
// line); Chen offers "retail", which is not "AI", so daan gets chen at
// 0.00 (PriorityParticipation matches everyone it can).
func ExampleSolve() {
	w := pairing.Weights{Skills: 1}
	res, err := pairing.Solve(exampleProgramme(), pairing.Config{Weights: &w, Priority: pairing.PriorityParticipation})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range res.Pairs {
		fmt.Printf("%s mentors %s: %.2f on %q\n", p.MentorID, p.MenteeID, p.Score, p.Topic)
	}
	for _, u := range res.Unmatched {
		fmt.Printf("%s %s unmatched: %v\n", u.Side, u.ID, u.Reason)
	}
	fmt.Printf("matched %d of %d, total %.2f\n", res.Matched, res.Mentees, res.TotalScore)
	// Output:
	// anna mentors femke: 0.50 on "coaching"
	// bram mentors eva: 1.00 on "AI"
	// chen mentors daan: 0.00 on ""
	// matched 3 of 3, total 1.50
}

// Forcing bram–daan (0.50) moves eva from bram (1.00) to chen or anna
// (0.00): the total drops from 1.50 to 1.00 and nobody loses a mentor.
func ExamplePairing_WhyNot() {
	w := pairing.Weights{Skills: 1}
	p, err := pairing.New(exampleProgramme(), pairing.Config{Weights: &w, Priority: pairing.PriorityParticipation})
	if err != nil {
		fmt.Println(err)
		return
	}
	res, _ := p.Solve()
	why, _ := p.WhyNot(res, "anna", "daan")
	fmt.Println("anna–daan:", why.Explanation.Rules)
	why, _ = p.WhyNot(res, "bram", "daan")
	fmt.Printf("bram–daan: score %.2f, bound %.2f, exact loss %.2f score, %d matched\n",
		why.Explanation.Score, why.Bound, why.ScoreLoss, why.MatchedLoss)
	// Output:
	// anna–daan: [reportingLine]
	// bram–daan: score 0.50, bound 0.50, exact loss 0.50 score, 0 matched
}

func ExamplePairing_Explain() {
	p, err := pairing.New(exampleProgramme(), pairing.Config{})
	if err != nil {
		fmt.Println(err)
		return
	}
	x, _ := p.Explain("bram", "eva")
	for _, c := range x.Breakdown {
		if c.Missing != 0 {
			fmt.Printf("%s not scored: no data (%v)\n", c.Criterion, c.Missing)
			continue
		}
		fmt.Printf("%s %.2f of %.2f\n", c.Criterion, c.Points, c.Share)
	}
	fmt.Printf("score %.2f\n", x.Score)
	// Nobody here states interests, career goals, a personality profile
	// or a location, so those criteria are not scored and the default
	// weights of the others (skills 3, languages 1, working hours 0.5,
	// experience 1) are renormalised over 5.5: skills 3/5.5 = 0.55, and
	// bram covers eva's AI fully, speaks her languages, shares her time
	// zone and has 7 ≥ 5 more years, so every criterion scores 1.
	// Output:
	// skills 0.55 of 0.55
	// interests not scored: no data (both)
	// careerGoals not scored: no data (mentee)
	// personality not scored: no data (both)
	// languages 0.18 of 0.18
	// workingHours 0.09 of 0.09
	// experience 0.18 of 0.18
	// location not scored: no data (both)
	// score 1.00
}

// With skills only: each mentee's two best allowed mentors are daan: bram,
// chen; eva: bram, anna (0.00 ties go by ID); femke: anna, bram. Demand per
// place: bram 3, anna 2, chen 1, so popularity 1, 2/3 and 1/3. For eva,
// bram ranks 1.00·(1 - 0.5·1) = 0.50, anna and chen 0.
func ExamplePairing_Suggester() {
	w := pairing.Weights{Skills: 1}
	p, err := pairing.New(exampleProgramme(), pairing.Config{Weights: &w})
	if err != nil {
		fmt.Println(err)
		return
	}
	s, _ := p.Suggester(pairing.SuggestOptions{K: 2, Balance: 0.5})
	list, _ := s.Suggest("eva")
	for _, x := range list {
		fmt.Printf("%s score %.2f popularity %.2f rank %.2f\n", x.MentorID, x.Score, x.Popularity, x.Rank)
	}
	// Output:
	// bram score 1.00 popularity 1.00 rank 0.50
	// anna score 0.00 popularity 0.67 rank 0.00
}

func ExampleResult_Relationships() {
	res, err := pairing.Solve(exampleProgramme(), pairing.Config{})
	if err != nil {
		fmt.Println(err)
		return
	}
	rels, _ := res.Relationships(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	for _, r := range rels {
		fmt.Println(r.ID, r.State)
	}
	// Output:
	// spring/anna/femke proposed
	// spring/bram/eva proposed
	// spring/chen/daan proposed
}

// A group programme forms circles of one mentor and 4 to 6 mentees (the
// mentoring defaults): nine mentees and two mentors give circles of five
// and four, since every circle is first filled to the minimum of four.
func ExampleSolve_group() {
	var parts []mentoring.Participant
	for _, id := range []string{"g1", "g2"} {
		parts = append(parts, mentoring.Participant{Person: mentoring.Person{ID: id, Name: id, Seniority: mentoring.Seniority{Level: mentoring.LevelLead, Years: 20}}, Role: mentoring.RoleMentor, Capacity: 6})
	}
	for i := range 9 {
		id := fmt.Sprintf("m%d", i)
		parts = append(parts, mentoring.Participant{Person: mentoring.Person{ID: id, Name: id, Seniority: mentoring.Seniority{Level: mentoring.LevelJunior, Years: 1}}, Role: mentoring.RoleMentee})
	}
	prog := mentoring.Programme{ID: "circles", Name: "Circles", Format: mentoring.FormatGroup, Participants: parts}
	res, err := pairing.Solve(prog, pairing.Config{})
	if err != nil {
		fmt.Println(err)
		return
	}
	var sizes []int
	for _, c := range res.Circles {
		sizes = append(sizes, len(c.MenteeIDs))
	}
	slices.Sort(sizes)
	fmt.Println("circles:", sizes, "unmatched:", len(res.Unmatched))
	// Output:
	// circles: [4 5] unmatched: 0
}

// With skills only the scores (mentees × mentors anna, bram, chen) are,
// as worked out for ExamplePair: daan −Inf (reporting line), 0.50, 0;
// eva 0, 1.00, 0; femke 0.50, 0, 0. Under PriorityParticipation every
// pairing that matches all three mentees comes first; there are four, of
// totals 1.50 (chen–daan, bram–eva, anna–femke), 1.00 (bram–daan,
// chen–eva, anna–femke), 0.50 (bram–daan, anna–eva, chen–femke) and 0.
// Banning bram–eva leaves the 1.00 pairing best.
func ExamplePairing_Alternatives() {
	w := pairing.Weights{Skills: 1}
	p, err := pairing.New(exampleProgramme(), pairing.Config{Weights: &w, Priority: pairing.PriorityParticipation})
	if err != nil {
		fmt.Println(err)
		return
	}
	show := func(alts []pairing.Alternative) {
		for _, a := range alts {
			for _, q := range a.Pairs {
				fmt.Printf("%s–%s ", q.MentorID, q.MenteeID)
			}
			fmt.Printf("total %.2f, %d matched\n", a.TotalScore, a.Matched)
		}
	}
	alts, err := p.Alternatives(pairing.AlternativeOptions{K: 3})
	if err != nil {
		fmt.Println(err)
		return
	}
	show(alts)
	alts, err = p.Alternatives(pairing.AlternativeOptions{K: 1, Bans: []pairing.PairRef{{MentorID: "bram", MenteeID: "eva"}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	show(alts)
	// Output:
	// anna–femke bram–eva chen–daan total 1.50, 3 matched
	// anna–femke bram–daan chen–eva total 1.00, 3 matched
	// anna–eva bram–daan chen–femke total 0.50, 3 matched
	// anna–femke bram–daan chen–eva total 1.00, 3 matched
}
