// Command pairing pairs mentors and mentees in a seeded synthetic
// organisation of 300 people: a standard one-to-one programme and a
// reverse-mentoring programme, with each pair's explanation, the people
// left unmatched and why (with the single change that would match each),
// why one pair was not formed — asked again of the result saved as JSON
// and reloaded —, the top three suggested mentors for one mentee, and a
// re-match three months on from the stored state and a list of events,
// with what changes and the state saved for the next run.
//
//	go run ./examples/pairing
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/mentoring"
	"github.com/mentorkit/mentorkit/mentoring/synthetic"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "pairing:", err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	rng := rand.New(rand.NewPCG(2026, 11))
	org, err := synthetic.Organisation(rng, synthetic.Config{People: 300})
	if err != nil {
		return err
	}
	standard, err := synthetic.Programme(rng, org, synthetic.ProgrammeConfig{ID: "grow-2026", Name: "Grow 2026", Mentors: 25, Mentees: 45, MaxCapacity: 2})
	if err != nil {
		return err
	}
	reverse, err := synthetic.Programme(rng, org, synthetic.ProgrammeConfig{ID: "reverse-2026", Name: "Reverse mentoring 2026", Format: mentoring.FormatReverse, Mentors: 8, Mentees: 12, MaxCapacity: 2})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Organisation: %d people in %d departments and %d sites\n\n", len(org), len(synthetic.DefaultDepartments()), len(synthetic.DefaultSites()))

	// Safe relationships: no reporting line two levels up, a shared
	// language, at most 6 hours between time zones.
	// The directory (built once, strict: the export is clean) holds the
	// reporting lines.
	dir, err := mentoring.NewDirectory(org, mentoring.DirectoryStrict)
	if err != nil {
		return err
	}
	rules := pairing.Rules{SharedLanguage: true, MaxTimeZoneGap: 6 * 60}
	now := time.Date(2026, 1, 12, 9, 0, 0, 0, time.UTC)

	for _, prog := range []mentoring.Programme{standard, reverse} {
		cfg := pairing.Config{Directory: dir, Rules: rules, Priority: pairing.PriorityParticipation}
		p, err := pairing.New(prog, cfg)
		if err != nil {
			return err
		}
		res, err := p.Solve()
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "== %s (%s): %d of %d mentees matched, mean score %.2f\n", prog.Name, prog.Format, res.Matched, res.Mentees, res.MeanScore)
		for i, q := range res.Pairs {
			if i == 6 {
				fmt.Fprintf(w, "   ... and %d more pairs\n", len(res.Pairs)-i)
				break
			}
			fmt.Fprintf(w, "   %s mentors %s on %q: %.2f\n      %s\n", name(prog, q.MentorID), name(prog, q.MenteeID), q.Topic, q.Score, breakdown(q.Breakdown))
		}
		for _, u := range res.Unmatched {
			fmt.Fprintf(w, "   unmatched %s %s: %s%s\n", u.Side, name(prog, u.ID), u.Reason, rulesText(u))
		}
		// What an administrator can change: per unmatched mentee, the
		// obstacles summarised and the single change that matches them.
		reasons, err := p.Reasons(res)
		if err != nil {
			return err
		}
		for _, r := range reasons {
			fix := fmt.Sprintf("no single change of the %d tried matches them", r.Tried)
			if r.Remedy != nil {
				fix = r.Remedy.Text.EN
			}
			fmt.Fprintf(w, "   %s: %d mentor(s) full, %s; %s\n", name(prog, r.MenteeID), r.Full, ruleCounts(r.Rules), fix)
		}
		rels, err := res.Relationships(now)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "   %d relationships proposed on %s\n", len(rels), now.Format("2 Jan 2006"))

		if prog.ID == standard.ID && len(res.Pairs) > 1 {
			// Why is the first pair's mentee not with the last pair's mentor?
			a, b := res.Pairs[0], res.Pairs[len(res.Pairs)-1]
			why, err := p.WhyNot(res, b.MentorID, a.MenteeID)
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "\n   Why not %s with %s? ", name(prog, b.MentorID), name(prog, a.MenteeID))
			if len(why.Explanation.Rules) > 0 {
				fmt.Fprintf(w, "rule %v\n", why.Explanation.Rules)
			} else {
				fmt.Fprintf(w, "score %.2f; forcing it costs at least %.3f (dual bound), exactly %.3f score and %d matched\n",
					why.Explanation.Score, why.Bound, why.ScoreLoss, why.MatchedLoss)
			}

			if err := reload(w, prog, cfg, res, b.MentorID, a.MenteeID); err != nil {
				return err
			}
			s, err := p.Suggester(pairing.SuggestOptions{K: 3, Balance: 0.5})
			if err != nil {
				return err
			}
			list, err := s.Suggest(a.MenteeID)
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "   Top 3 mentors for %s (self-service, load-balanced):\n", name(prog, a.MenteeID))
			for i, x := range list {
				fmt.Fprintf(w, "      %d. %s  rank %.2f = score %.2f × (1 - 0.5 × popularity %.2f), %d free place(s)\n", i+1, name(prog, x.MentorID), x.Rank, x.Score, x.Popularity, x.FreePlaces)
			}
		}
		if prog.ID == standard.ID {
			if err := later(w, prog, cfg, res, org, now); err != nil {
				return err
			}
		}
		fmt.Fprintln(w)
	}
	return nil
}

// reload saves the result as JSON, reads it back as a week later, and
// asks the same why-not question of a Pairing built again from the same
// programme and settings; a Pairing of a changed programme names what
// differs.
func reload(w io.Writer, prog mentoring.Programme, cfg pairing.Config, res pairing.Result, mentorID, menteeID string) error {
	saved, err := json.Marshal(res)
	if err != nil {
		return err
	}
	var back pairing.Result
	if err := json.Unmarshal(saved, &back); err != nil {
		return err
	}
	p, err := pairing.New(prog, cfg)
	if err != nil {
		return err
	}
	why, err := p.WhyNot(back, mentorID, menteeID)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "   Saved as %d bytes of JSON (fingerprint %s…) and reloaded: %s\n", len(saved), back.Fingerprint.Participants[:12], why.Text.EN)
	fmt.Fprintf(w, "      (in Dutch: %s)\n", why.Text.NL)
	changed := prog.Clone()
	changed.Participants[0].Capacity++
	q, err := pairing.New(changed, cfg)
	if err != nil {
		return err
	}
	var fe *pairing.FieldError
	if _, err := q.WhyNot(back, mentorID, menteeID); errors.As(err, &fe) {
		fmt.Fprintf(w, "   The same result against the programme with one more place: %s %s\n", fe.Field, fe.Text.EN)
	}
	return nil
}

// later re-matches the programme three months on: one pair ended as not
// a good fit, a mentee and a mentor left, two people joined and a mentor
// takes one more mentee. The running pairs cost 0.3 each to change.
func later(w io.Writer, prog mentoring.Programme, cfg pairing.Config, res pairing.Result, org []mentoring.Person, start time.Time) error {
	st := res.State(start) // the pairs run from the start; the unmatched wait
	var joined []pairing.Event
	for _, person := range org {
		if _, in := prog.Participant(person.ID); !in && len(joined) < 2 {
			joined = append(joined, pairing.Event{Kind: pairing.EventJoined, Participant: &mentoring.Participant{Person: person, Role: mentoring.RoleMentee, WantsToDevelop: []string{"leadership"}, HoursPerMonth: 2}})
		}
	}
	first, second, third, last := res.Pairs[0], res.Pairs[1], res.Pairs[2], res.Pairs[len(res.Pairs)-1]
	// The third pair's mentee now reports to their mentor: the directory
	// is updated, and so is the participant.
	moved, _ := prog.Participant(third.MenteeID)
	moved.Person.ManagerID = third.MentorID
	people := slices.Clone(org)
	for i := range people {
		if people[i].ID == moved.Person.ID {
			people[i] = moved.Person
		}
	}
	dir, err := mentoring.NewDirectory(people, mentoring.DirectoryStrict)
	if err != nil {
		return err
	}
	cfg.Directory = dir
	events := append([]pairing.Event{
		{Kind: pairing.EventPairEnded, MentorID: first.MentorID, MenteeID: first.MenteeID, Outcome: mentoring.ReasonNotAGoodFit},
		{Kind: pairing.EventMenteeLeft, MenteeID: second.MenteeID, Outcome: mentoring.ReasonLeftOrganisation},
		{Kind: pairing.EventMentorLeft, MentorID: last.MentorID, Outcome: mentoring.ReasonLeftOrganisation},
		{Kind: pairing.EventCapacityChanged, MentorID: second.MentorID, Capacity: 3},
		{Kind: pairing.EventPersonChanged, Person: &moved.Person},
	}, joined...)
	now := start.AddDate(0, 3, 0)
	out, err := pairing.Rematch(prog, cfg, st, events, 0.3, now)
	if err != nil {
		return err
	}
	who := func(id string) string {
		if _, ok := out.Programme.Participant(id); ok {
			return name(out.Programme, id)
		}
		return name(prog, id)
	}
	d := out.Diff
	fmt.Fprintf(w, "\n   Re-matched on %s after %d events: %d of %d running pairs kept, %d moved, %d newly matched, %d left without a mentor\n",
		now.Format("2 Jan 2006"), len(events), out.Kept, len(st.Active), len(d.Moved), len(d.Matched), len(d.Unmatched))
	for _, x := range out.Broken {
		fmt.Fprintf(w, "      now breaks %v: %s with %s\n", x.Rules, who(x.MentorID), who(x.MenteeID))
	}
	for _, list := range [][]pairing.Change{d.Moved, d.Matched, d.Unmatched} {
		for _, c := range list {
			fmt.Fprintf(w, "      %s: %s → %s\n", who(c.MenteeID), orNone(who, c.From), orNone(who, c.To))
		}
	}
	fmt.Fprintf(w, "      total score %.2f (%+.2f); %.2f given up for stability against re-optimising freely\n", out.Result.TotalScore, d.ScoreChange, out.ScoreGivenUp)
	saved, err := json.Marshal(out.State)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "   State saved for the next run: %d bytes of JSON, %d active, %d ended, %d waiting\n", len(saved), len(out.State.Active), len(out.State.Ended), len(out.State.Waiting))
	return nil
}

// orNone names id, or says "nobody".
func orNone(who func(string) string, id string) string {
	if id == "" {
		return "nobody"
	}
	return who(id)
}

// name returns "Name (department)" for a participant ID.
func name(prog mentoring.Programme, id string) string {
	if q, ok := prog.Participant(id); ok {
		return fmt.Sprintf("%s (%s, %s)", q.Person.Name, q.Person.Department, q.Person.Seniority.Level)
	}
	return id
}

// breakdown formats the largest contributions: "skills 0.27 of 0.27, ...".
func breakdown(cs []pairing.Contribution) string {
	var parts []string
	for _, c := range cs {
		if c.Points >= 0.03 {
			parts = append(parts, fmt.Sprintf("%s %.2f of %.2f", c.Criterion, c.Points, c.Share))
		}
	}
	return strings.Join(parts, ", ")
}

// ruleCounts lists the rules that forbid mentors, with their counts.
func ruleCounts(rs []pairing.RuleCount) string {
	if len(rs) == 0 {
		return "no rule forbids a mentor"
	}
	var parts []string
	for _, r := range rs {
		parts = append(parts, fmt.Sprintf("%v ×%d", r.Rule, r.Count))
	}
	return "forbidden: " + strings.Join(parts, ", ")
}

// rulesText lists the rules that excluded partners, if any.
func rulesText(u pairing.Unmatched) string {
	if len(u.Rules) == 0 {
		return fmt.Sprintf(" (%d allowed partner(s))", u.Allowed)
	}
	var parts []string
	for _, r := range u.Rules {
		parts = append(parts, fmt.Sprintf("%v ×%d", r.Rule, r.Count))
	}
	return " (" + strings.Join(parts, ", ") + ")"
}
