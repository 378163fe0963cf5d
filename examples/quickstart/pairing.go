package main

import (
	"fmt"
	"io"

	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/mentoring"
)

// runPairing pairs a small programme: who mentors whom, why, and who waits.
func runPairing(w io.Writer) error {
	fmt.Fprintln(w, "== Pairing")
	person := func(id, name, dept, manager string, lvl mentoring.Level, years float64, skills ...mentoring.Skill) mentoring.Person {
		return mentoring.Person{ID: id, Name: name, Department: dept, ManagerID: manager, Seniority: mentoring.Seniority{Level: lvl, Years: years},
			Skills: skills, Languages: []string{"nl", "en"}, UTCOffsetMinutes: 60, Interests: []string{"hiking", "chess"}}
	}
	mentor := func(p mentoring.Person, offers ...string) mentoring.Participant {
		return mentoring.Participant{Person: p, Role: mentoring.RoleMentor, Capacity: 1, Offers: offers}
	}
	mentee := func(p mentoring.Person, wants ...string) mentoring.Participant {
		return mentoring.Participant{Person: p, Role: mentoring.RoleMentee, WantsToDevelop: wants}
	}
	prog := mentoring.Programme{ID: "grow", Name: "Grow", Format: mentoring.FormatOneToOne, Participants: []mentoring.Participant{
		mentor(person("ann", "Ann de Vries", "Sales", "", mentoring.LevelLead, 15, mentoring.Skill{Name: "Onderhandelen", Level: 5}), "onderhandelen", "leiderschap"),
		mentor(person("bas", "Bas Jansen", "Data", "", mentoring.LevelSenior, 9, mentoring.Skill{Name: "AI", Level: 5}), "AI", "SQL"),
		mentee(person("cem", "Cem Yilmaz", "Sales", "ann", mentoring.LevelJunior, 1), "Onderhandelen"),
		mentee(person("dewi", "Dewi Pratama", "Finance", "", mentoring.LevelJunior, 2, mentoring.Skill{Name: "SQL", Level: 2}), "AI", "coördinatie"),
		mentee(person("eva", "Eva Smit", "Marketing", "", mentoring.LevelMedior, 4), "Leiderschap"),
	}}
	p, err := pairing.New(prog, pairing.Config{Rules: pairing.Rules{SharedLanguage: true}})
	if err != nil {
		return err
	}
	res, err := p.Solve()
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Pairing %q: %d of %d mentees matched\n", prog.Name, res.Matched, res.Mentees)
	for _, p := range res.Pairs {
		fmt.Fprintf(w, "  %s mentors %s on %q (score %.2f; skills %.2f of %.2f)\n",
			p.MentorID, p.MenteeID, p.Topic, p.Score, p.Breakdown[0].Points, p.Breakdown[0].Share)
	}
	for _, u := range res.Unmatched {
		fmt.Fprintf(w, "  %s %s waits: %v\n", u.Side, u.ID, u.Reason)
	}
	// Why not Ann and Cem (a rule), and why not Bas and Eva (a cost)?
	for _, q := range [][2]string{{"ann", "cem"}, {"bas", "eva"}} {
		why, err := p.WhyNot(res, q[0], q[1])
		if err != nil {
			return err
		}
		if len(why.Explanation.Rules) > 0 {
			fmt.Fprintf(w, "  why not %s and %s? forbidden: %v\n", q[0], q[1], why.Explanation.Rules)
			continue
		}
		fmt.Fprintf(w, "  why not %s and %s? forcing it costs %.2f of total score (dual bound %.2f)\n", q[0], q[1], why.ScoreLoss, why.Bound)
	}
	fmt.Fprintln(w)
	return nil
}
