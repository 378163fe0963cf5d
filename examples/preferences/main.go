// Command preferences shows participants' own wishes in a small
// programme: three mentors with one place each and four mentees, some of
// whom rank the people they would like (best first) or dismiss someone.
//
//  1. The rankings feed the pair score as the preference criterion (its
//     line in each pair's breakdown) and a dismissal forbids a pair.
//  2. A fairness bound — at least two matched mentees from the south site
//     — and its price: the score the bound costs.
//  3. A three-round rotation (flash format) from the same rules: who meets
//     whom each round, and who sits out.
//  4. A buddy scheme (peer programme): colleagues rank each other and are
//     split into stable pairs of two; three who each want the next have
//     no stable split, and the answer says who and why.
//
// The output is the same on every run.
//
//	go run ./examples/preferences
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/matching/pairing/fair"
	"github.com/mentorkit/mentorkit/matching/pairing/rounds"
	"github.com/mentorkit/mentorkit/mentoring"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "preferences:", err)
		os.Exit(1)
	}
}

// programme is the small programme, scored on skills and preferences
// (equal weights).
func programme() (mentoring.Programme, pairing.Config) {
	person := func(id, site string, lvl mentoring.Level, skills ...mentoring.Skill) mentoring.Person {
		return mentoring.Person{ID: id, Name: id, Seniority: mentoring.Seniority{Level: lvl, Years: 3 * float64(lvl)},
			Skills: skills, Languages: []string{"nl"}, Attributes: map[string]string{"site": site}}
	}
	mentor := func(p mentoring.Person, prefs mentoring.Preferences, offers ...string) mentoring.Participant {
		return mentoring.Participant{Person: p, Role: mentoring.RoleMentor, Capacity: 1, Offers: offers, Preferences: prefs}
	}
	mentee := func(p mentoring.Person, prefs mentoring.Preferences, wants ...string) mentoring.Participant {
		return mentoring.Participant{Person: p, Role: mentoring.RoleMentee, WantsToDevelop: wants, Preferences: prefs}
	}
	none := mentoring.Preferences{}
	w := pairing.Weights{Skills: 1, Preference: 1}
	return mentoring.Programme{ID: "wishes", Name: "Mentoring with wishes", Format: mentoring.FormatOneToOne, Participants: []mentoring.Participant{
		mentor(person("anna", "north", mentoring.LevelLead, mentoring.Skill{Name: "leadership", Level: 5}), none, "leadership", "coaching"),
		mentor(person("bram", "north", mentoring.LevelSenior, mentoring.Skill{Name: "Go", Level: 5}), mentoring.Preferences{Ranked: []string{"eva", "gijs"}}, "Go"),
		mentor(person("chen", "south", mentoring.LevelSenior, mentoring.Skill{Name: "retail", Level: 5}), none, "retail", "coaching"),
		mentee(person("daan", "north", mentoring.LevelJunior), mentoring.Preferences{Ranked: []string{"anna"}}, "leadership"),
		mentee(person("eva", "north", mentoring.LevelJunior), mentoring.Preferences{Ranked: []string{"bram", "anna"}}, "Go"),
		mentee(person("femke", "south", mentoring.LevelMedior), mentoring.Preferences{Ranked: []string{"bram", "anna"}, Dismissed: []string{"chen"}}, "coaching"),
		mentee(person("gijs", "south", mentoring.LevelJunior), mentoring.Preferences{Ranked: []string{"chen", "bram"}}, "Go", "retail"),
	}}, pairing.Config{Weights: &w}
}

func run(out io.Writer) error {
	prog, cfg := programme()
	p, err := pairing.New(prog, cfg)
	if err != nil {
		return err
	}
	res, err := p.Solve()
	if err != nil {
		return err
	}
	fmt.Fprintln(out, "1. Preferences in the score (skills and preference weigh the same)")
	for _, m := range res.Pairs {
		fmt.Fprintf(out, "  %-5s – %-5s score %.3f  %s\n", m.MentorID, m.MenteeID, m.Score, breakdown(m.Breakdown))
	}
	for _, u := range res.Unmatched {
		fmt.Fprintf(out, "  unmatched: %s\n", u.ID)
	}
	x, err := p.Explain("chen", "femke")
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "  chen – femke is forbidden: %s\n", rules(x.Rules))

	fmt.Fprintln(out, "2. A fairness bound and its price")
	fc := fair.Config{Mentees: []fair.Grouping{{Attribute: "site", Bounds: []fair.Bound{{Value: "south", Min: 2}}}}, Prices: true}
	fr, err := fair.Solve(prog, cfg, fc)
	if err != nil {
		return err
	}
	for _, g := range fr.Groups {
		fmt.Fprintf(out, "  site %-5s %d of %d mentees matched (at least %d)\n", g.Value, g.Count, g.Members, g.Min)
	}
	for _, m := range fr.Pairs {
		fmt.Fprintf(out, "  %-5s – %-5s score %.3f\n", m.MentorID, m.MenteeID, m.Score)
	}
	fmt.Fprintf(out, "  total %.3f; without the bound %.3f: the bound costs %.3f\n", fr.TotalScore, fr.Prices.Unconstrained.TotalScore, fr.Prices.Bounds[0].Price)

	fmt.Fprintln(out, "3. A three-round rotation")
	s, err := rounds.Rotate(prog, cfg, 3)
	if err != nil {
		return err
	}
	for r, pairs := range s.Rounds {
		var ps []string
		for _, pr := range pairs {
			ps = append(ps, pr.MentorID+"–"+pr.MenteeID)
		}
		fmt.Fprintf(out, "  round %d: %s; sits out: %s\n", r+1, strings.Join(ps, ", "), strings.Join(s.SitOut[r], ", "))
	}
	fmt.Fprintf(out, "  %d pair forbidden; %d rounds needed for everyone to meet\n", s.Forbidden, s.Needed)
	for _, o := range s.Obstacles {
		fmt.Fprintf(out, "  %s\n", o.Text.EN)
	}
	return buddies(out)
}

// buddies splits two small peer programmes into stable pairs.
func buddies(out io.Writer) error {
	fmt.Fprintln(out, "4. A buddy scheme: stable pairs of peers")
	peer := func(id string, ranked ...string) mentoring.Participant {
		return mentoring.Participant{
			Person: mentoring.Person{ID: id, Name: id, Languages: []string{"nl"}, Seniority: mentoring.Seniority{Level: mentoring.LevelMedior, Years: 5}},
			Role:   mentoring.RolePeerMentor, Capacity: 1, Preferences: mentoring.Preferences{Ranked: ranked},
		}
	}
	split := func(parts ...mentoring.Participant) (pairing.PeerPairing, error) {
		p, err := pairing.New(mentoring.Programme{ID: "buddies", Name: "Buddies", Format: mentoring.FormatPeer, Participants: parts}, pairing.Config{})
		if err != nil {
			return pairing.PeerPairing{}, err
		}
		return p.StablePeers()
	}
	res, err := split(peer("daan", "eva", "fleur"), peer("eva", "daan"), peer("fleur", "daan", "gijs"), peer("gijs"))
	if err != nil {
		return err
	}
	for _, m := range res.Pairs {
		fmt.Fprintf(out, "  %s + %s\n", m.A, m.B)
	}
	fmt.Fprintf(out, "  fleur's list: %s\n", strings.Join(res.Lists["fleur"], ", "))
	_, err = split(peer("ans", "bas", "cor"), peer("bas", "cor", "ans"), peer("cor", "ans", "bas"))
	var fe *pairing.FieldError
	if !errors.As(err, &fe) {
		return fmt.Errorf("three peers in a cycle: %v, want no stable split", err)
	}
	fmt.Fprintf(out, "  ans, bas and cor: %s %s\n", fe.Field, fe.Text.EN)
	return nil
}

// breakdown lists the criteria that were scored, as points of share.
func breakdown(cs []pairing.Contribution) string {
	var parts []string
	for _, c := range cs {
		if c.Missing != 0 {
			continue
		}
		parts = append(parts, fmt.Sprintf("%s %.3f of %.2f", c.Criterion, c.Points, c.Share))
	}
	return strings.Join(parts, ", ")
}

// rules names the rules a pair breaks, in English.
func rules(rs []pairing.Rule) string {
	var parts []string
	for _, r := range rs {
		parts = append(parts, r.Message(false))
	}
	return strings.Join(parts, "; ")
}
