// Command rounds runs a small rolling programme in rounds: three mentors
// with one place each and four mentees, one of whom may not meet his
// manager. Each week a rotating round (flash format: every pair meets
// once, then the round ends) pairs the waiting list, longest waits
// first, never repeating a pair while a mentee has someone new left; it
// prints each round's pairs and the waiting list. Then the rotation
// schedule from the rules alone (how many rounds until everyone has met)
// and a ten-round simulation of the waiting times.
//
//	go run ./examples/rounds
package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/matching/pairing/rounds"
	"github.com/mentorkit/mentorkit/mentoring"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// programme is the small programme, scored on skills alone.
func programme() (mentoring.Programme, pairing.Config) {
	person := func(id string, lvl mentoring.Level, skills ...mentoring.Skill) mentoring.Person {
		return mentoring.Person{ID: id, Name: id, Seniority: mentoring.Seniority{Level: lvl, Years: 3 * float64(lvl)}, Skills: skills, Languages: []string{"nl"}}
	}
	mentor := func(p mentoring.Person, offers ...string) mentoring.Participant {
		return mentoring.Participant{Person: p, Role: mentoring.RoleMentor, Capacity: 1, Offers: offers}
	}
	mentee := func(p mentoring.Person, wants ...string) mentoring.Participant {
		return mentoring.Participant{Person: p, Role: mentoring.RoleMentee, WantsToDevelop: wants}
	}
	daan := person("daan", mentoring.LevelJunior)
	daan.ManagerID = "anna"
	w := pairing.Weights{Skills: 1}
	return mentoring.Programme{ID: "flash", Name: "Flash mentoring", Format: mentoring.FormatOneToOne, Participants: []mentoring.Participant{
		mentor(person("anna", mentoring.LevelLead, mentoring.Skill{Name: "leadership", Level: 5}), "leadership", "coaching"),
		mentor(person("bram", mentoring.LevelSenior, mentoring.Skill{Name: "Go", Level: 5}, mentoring.Skill{Name: "AI", Level: 4}), "Go", "AI"),
		mentor(person("chen", mentoring.LevelSenior, mentoring.Skill{Name: "retail", Level: 5}), "retail"),
		mentee(daan, "leadership", "Go"),
		mentee(person("eva", mentoring.LevelJunior, mentoring.Skill{Name: "AI", Level: 2}), "AI"),
		mentee(person("femke", mentoring.LevelMedior), "coaching"),
		mentee(person("gijs", mentoring.LevelJunior), "Go", "retail"),
	}}, pairing.Config{Weights: &w}
}

func run(out io.Writer) error {
	prog, cfg := programme()
	start := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	// The waiting list at the start: daan waits five weeks, eva two,
	// gijs one; femke has just joined.
	st := pairing.State{ProgrammeID: prog.ID, Waiting: []pairing.Tenure{
		{MenteeID: "daan", Since: start.AddDate(0, 0, -35)},
		{MenteeID: "eva", Since: start.AddDate(0, 0, -14)},
		{MenteeID: "gijs", Since: start.AddDate(0, 0, -7)},
	}}
	rc := rounds.Config{Rotate: true}
	for r := range 3 {
		now := start.AddDate(0, 0, 7*r)
		res, err := rounds.Round(prog, cfg, st, rc, now)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "Round %d (%s)\n", r+1, now.Format("2 Jan"))
		for _, p := range res.Pairs {
			repeat := ""
			if p.Repeat {
				repeat = ", again"
			}
			fmt.Fprintf(out, "  %-5s meets %-5s score %.2f, waited %.0f weeks%s\n", p.MenteeID, p.MentorID, p.Score, p.Waited, repeat)
		}
		for _, q := range res.Waiting {
			fmt.Fprintf(out, "  waiting: %-5s %.0f weeks (%s)\n", q.MenteeID, q.Waited, q.Reason)
		}
		if len(res.Exhausted) > 0 {
			fmt.Fprintf(out, "  has met everyone allowed (repeats only in places left free): %v\n", res.Exhausted)
		}
		st = res.State
	}

	s, err := rounds.Rotate(prog, cfg, 3)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Rotation from the rules: %d pairs forbidden, %d rounds needed, everyone met after %d\n", s.Forbidden, s.Needed, s.EveryoneMet)
	for _, o := range s.Obstacles {
		fmt.Fprintf(out, "  %s\n", o.Text.EN)
	}

	sim, err := rounds.Simulate(prog, cfg, pairing.State{}, rounds.SimConfig{Rounds: 10, Round: rc}, start, nil)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Ten rounds: %d pairs; waits at pairing mean %.2f weeks, max %.0f; everyone met after round %d\n",
		sim.PairedWaits.N, sim.PairedWaits.Mean, sim.PairedWaits.Max, sim.EveryoneMet)
	return nil
}
