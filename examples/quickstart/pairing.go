package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/mentoring"
)

// staffCSV is the organisation as an HR system exports it: one row per
// person with their manager's ID. Fay's manager was typed "bass": nobody
// has that ID (Bas's is "bas").
const staffCSV = `id,name,department,manager,level,years
ann,Ann de Vries,Sales,,lead,15
bas,Bas Jansen,Data,,senior,9
cem,Cem Yilmaz,Sales,ann,junior,1
dewi,Dewi Pratama,Finance,,junior,2
eva,Eva Smit,Marketing,,medior,4
fay,Fay Bos,Data,bass,junior,1
`

// readStaff parses staffCSV into people.
func readStaff(text string) ([]mentoring.Person, error) {
	rows, err := csv.NewReader(strings.NewReader(text)).ReadAll()
	if err != nil {
		return nil, err
	}
	var people []mentoring.Person
	for i, r := range rows[1:] {
		var lvl mentoring.Level
		if err := lvl.UnmarshalText([]byte(r[4])); err != nil {
			return nil, fmt.Errorf("row %d: %w", i+2, err)
		}
		years, err := strconv.ParseFloat(r[5], 64)
		if err != nil {
			return nil, fmt.Errorf("row %d: %w", i+2, err)
		}
		people = append(people, mentoring.Person{ID: r[0], Name: r[1], Department: r[2], ManagerID: r[3],
			Seniority: mentoring.Seniority{Level: lvl, Years: years}, Languages: []string{"nl", "en"}, UTCOffsetMinutes: 60,
			Interests: []string{"hiking", "chess"}})
	}
	return people, nil
}

// runPairing builds the directory from the staff table, pairs a small
// programme (who mentors whom, why, and who waits) and shows that a broken
// reporting line makes pairs refused, never silently allowed.
func runPairing(w io.Writer) error {
	fmt.Fprintln(w, "== Pairing")
	staff, err := readStaff(staffCSV)
	if err != nil {
		return err
	}
	// Lenient: the export's problems become findings naming the person,
	// and every pair whose reporting line they touch is refused.
	dir, err := mentoring.NewDirectory(staff, mentoring.DirectoryLenient)
	if err != nil {
		return err
	}
	for _, f := range dir.Findings() {
		who, _ := dir.Person(f.ID)
		fmt.Fprintf(w, "Directory: %s's manager %q %s\n", who.Name, f.Value, f.Message(false))
	}
	person := func(id string, skills ...mentoring.Skill) mentoring.Person {
		p, _ := dir.Person(id)
		p.Skills = skills
		return p
	}
	mentor := func(p mentoring.Person, offers ...string) mentoring.Participant {
		return mentoring.Participant{Person: p, Role: mentoring.RoleMentor, Capacity: 1, Offers: offers}
	}
	mentee := func(p mentoring.Person, wants ...string) mentoring.Participant {
		return mentoring.Participant{Person: p, Role: mentoring.RoleMentee, WantsToDevelop: wants}
	}
	prog := mentoring.Programme{ID: "grow", Name: "Grow", Format: mentoring.FormatOneToOne, Participants: []mentoring.Participant{
		mentor(person("ann", mentoring.Skill{Name: "Onderhandelen", Level: 5}), "onderhandelen", "leiderschap"),
		mentor(person("bas", mentoring.Skill{Name: "AI", Level: 5}), "AI", "SQL"),
		mentee(person("cem"), "Onderhandelen"),
		mentee(person("dewi", mentoring.Skill{Name: "SQL", Level: 2}), "AI", "coördinatie"),
		mentee(person("eva"), "Leiderschap"),
		mentee(person("fay"), "SQL"),
	}}
	p, err := pairing.New(prog, pairing.Config{Directory: dir, Rules: pairing.Rules{SharedLanguage: true}})
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
	// Why not Ann and Cem (a rule), Bas and Fay (a reporting line that
	// cannot be checked: read as "no manager", the typo would have allowed
	// Fay's own manager Bas to mentor her), and Bas and Eva (a cost)?
	for _, q := range [][2]string{{"ann", "cem"}, {"bas", "fay"}, {"bas", "eva"}} {
		why, err := p.WhyNot(res, q[0], q[1])
		if err != nil {
			return err
		}
		if rules := why.Explanation.Rules; len(rules) > 0 {
			fmt.Fprintf(w, "  why not %s and %s? forbidden: %v: %s\n", q[0], q[1], rules, rules[0].Message(false))
			continue
		}
		fmt.Fprintf(w, "  why not %s and %s? forcing it costs %.2f of total score (dual bound %.2f)\n", q[0], q[1], why.ScoreLoss, why.Bound)
	}
	fmt.Fprintln(w)
	return nil
}
