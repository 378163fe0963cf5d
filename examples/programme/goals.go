package main

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/mentorkit/mentorkit/goals"
	"github.com/mentorkit/mentorkit/mentoring"
)

// stepGoals sets clear expectations and goals for every relationship
// (SMART goals) and starts from the mentee's own learning goal. Every mentee, matched or waiting, drafts a goal; a
// draft that fails the SMART check is rewritten with the mentor. Each
// mentee ends with two SMART goals on the topic they want to develop:
// practising it with their team (serving the programme's goals objective)
// and a course (serving a career goal).
func stepGoals(w io.Writer, y *year) error {
	section(w, "4. SMART goals per relationship")
	rng := newRand(y.seed, streamGoals)
	kickOff, due := y.start.AddDate(0, 0, 7), y.end.AddDate(0, -1, -4) // due on 1 December
	var objectiveIDs []string
	for _, o := range y.objectives {
		objectiveIDs = append(objectiveIDs, o.ID)
	}
	opts := goals.CheckOptions{Now: kickOff, MessageLanguage: goals.English, ProgrammeStart: y.start, ProgrammeEnd: y.end, Objectives: objectiveIDs}
	drafts, failed, passed := 0, 0, 0
	var example *goals.Report
	var exampleTitle string
	for _, t := range y.tracks {
		for _, q := range t.prog.Participants {
			if q.Role != mentoring.RoleMentee {
				continue
			}
			topic := q.WantsToDevelop[0]
			id := goalIDs(q.Person.ID)
			career := goals.Link{Kind: goals.LinkObjective, ID: "goals"}
			if len(q.Person.CareerGoals) > 0 {
				career = goals.Link{Kind: goals.LinkCareerGoal, ID: q.Person.CareerGoals[0]}
			}
			// Targets fit the cadence: a fortnightly pair meets about twice
			// as often as a monthly one.
			perFortnight := 14 * day.Hours() / t.cadence.Hours()
			n := int(math.Round(float64(6+rng.IntN(5)) * perFortnight))
			k := max(2, int(math.Round(float64(3+rng.IntN(3))*perFortnight)))
			gs := []goals.Goal{
				{ID: id[0], Title: fmt.Sprintf("Run %d %s practice sessions with my team by %s", n, topic, due.Format("2 January 2006")),
					Metric: "practice sessions run", Unit: "sessions", Direction: goals.Increase, Baseline: goals.Float(0), Target: goals.Float(float64(n)),
					Start: kickOff, Due: due, Owner: q.Person.ID, Links: []goals.Link{{Kind: goals.LinkObjective, ID: "goals"}}, Weight: 2},
				{ID: id[1], Title: fmt.Sprintf("Finish %d learning modules on %s by %s", k, topic, due.Format("2 January 2006")),
					Metric: "learning modules finished", Unit: "modules", Direction: goals.Increase, Baseline: goals.Float(0), Target: goals.Float(float64(k)),
					Start: kickOff, Due: due, Owner: q.Person.ID, Links: []goals.Link{career}, Weight: 1},
			}
			// The first draft: two in five mentees write a title only, with
			// vague words; the others draft the practice goal in full.
			draft := gs[0]
			if rng.IntN(5) < 2 {
				draft = goals.Goal{ID: id[0], Title: fmt.Sprintf([]string{"Beter worden in %s, z.s.m.", "Get better at %s"}[rng.IntN(2)], topic), Start: kickOff}
			}
			drafts++
			if r := goals.Check(draft, opts); !r.Met() {
				failed++
				if example == nil {
					example, exampleTitle = &r, draft.Title
				}
			}
			for _, g := range gs {
				if r := goals.Check(g, opts); !r.Met() {
					return fmt.Errorf("goal %q of %s is not SMART: %s", g.Title, q.Person.ID, firstError(r))
				}
				passed++
			}
			t.goals[q.Person.ID] = gs
		}
	}
	fmt.Fprintf(w, "%d mentees drafted a goal; %d drafts failed the SMART check, for example:\n", drafts, failed)
	if example != nil {
		fmt.Fprintf(w, "  %q  %s\n", exampleTitle, letters(met(*example)))
		for _, f := range example.Findings() {
			if f.Severity == goals.Error {
				fmt.Fprintf(w, "    %s\n", f.Message)
			}
		}
	}
	fmt.Fprintf(w, "After rewriting with the mentor, all %d goals (two per mentee) pass all five letters.\n", passed)
	return nil
}

// stepGoalResults draws each mentee's progress at their sessions (the
// better the pair clicks, the faster), then grades every goal at its due
// date and scores each mentee's goals with Goal Attainment Scaling.
func stepGoalResults(w io.Writer, y *year) error {
	section(w, "9. Goals at the end")
	rng := newRand(y.seed, streamGoals+100)
	tw := table(w)
	fmt.Fprintln(tw, "programme\tmentored\tgoals met\tmean grade\tGAS T ≥ 50\tmean GAS T\tfour-point rule at mid-point")
	for _, t := range y.tracks {
		var mentored []string
		sessions := map[string][]mentoring.Session{}
		for _, r := range t.rels {
			for _, m := range r.MenteeIDs {
				if !slices.Contains(mentored, m) {
					mentored = append(mentored, m)
				}
				for _, s := range t.sessions[r.ID] {
					if d, gone := y.leaves[m]; !gone || s.Start.Before(d) {
						sessions[m] = append(sessions[m], s)
					}
				}
			}
		}
		slices.Sort(mentored)
		met, graded, atLeast50, sumT, sumGrade := 0, 0, 0, 0.0, 0.0
		decisions := map[goals.Decision]int{}
		for _, m := range mentored {
			ss := sessions[m]
			slices.SortFunc(ss, func(a, b mentoring.Session) int { return a.Start.Compare(b.Start) })
			var levels []int
			var weights []float64
			for j, g := range t.goals[m] {
				cis := checkIns(rng, t, ss, j)
				grade, err := goals.FinalGrade(g, cis)
				if err != nil && !errors.Is(err, goals.ErrTooFewCheckIns) {
					return err // no check-in by the due date is a grade of 0
				}
				graded++
				sumGrade += grade.Score
				if grade.Success {
					met++
				}
				p, err := goals.Track(g, cis, g.Due, goals.StatusConfig{})
				if err != nil {
					return err
				}
				levels, weights = append(levels, gasLevel(p.Raw)), append(weights, g.Weight)
				if j == 0 { // the rule needs six check-ins by the mid-point
					d, err := goals.FourPoint(g, before(cis, y.mid))
					switch {
					case err == nil:
						decisions[d]++
					case !errors.Is(err, goals.ErrTooFewCheckIns):
						return err
					}
				}
			}
			tscore, err := goals.TScore(levels, weights)
			if err != nil {
				return err
			}
			y.gas[m] = tscore
			sumT += tscore
			if tscore >= 50 {
				atLeast50++
			}
		}
		n := float64(len(mentored))
		fmt.Fprintf(tw, "%s\t%d\t%d of %d\t%.2f\t%s\t%.1f\tkeep %d, change plan %d, raise goal %d\n", t.prog.Name, len(mentored), met, graded,
			sumGrade/math.Max(1, float64(graded)), pct(float64(atLeast50)/math.Max(1, n)), sumT/math.Max(1, n),
			decisions[goals.Keep], decisions[goals.ChangePlan], decisions[goals.RaiseGoal])
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w, "GAS levels per goal: target reached is 0 (as expected), 25% beyond it +1, 50% beyond +2, half-way -1, less -2;")
	fmt.Fprintln(w, "the practice goal weighs double. Grades are OKR grades 0–1 at the due date (1 December).")
	return nil
}

// checkIns draws the progress of a mentee's goal j, reported at each of
// their sessions: the count of practice sessions run (goal 0) or modules
// finished (goal 1) so far.
func checkIns(rng *rand.Rand, t *track, ss []mentoring.Session, j int) []goals.CheckIn {
	var out []goals.CheckIn
	value := 0.0
	for _, s := range ss {
		p := []float64{0.15 + 0.5*t.fit[s.RelationshipID], 0.1 + 0.3*t.fit[s.RelationshipID]}[j]
		if rng.Float64() < p {
			value++
		}
		out = append(out, goals.CheckIn{Time: s.Start, Value: value})
	}
	return out
}

// before returns the check-ins before at.
func before(cis []goals.CheckIn, at time.Time) []goals.CheckIn {
	return slices.DeleteFunc(slices.Clone(cis), func(c goals.CheckIn) bool { return !c.Time.Before(at) })
}

// gasLevel maps a goal's raw progress fraction at its due date to a Goal
// Attainment Scaling level: reaching the target is the expected outcome, 0.
func gasLevel(raw float64) int {
	switch {
	case raw < 0.5:
		return -2
	case raw < 1:
		return -1
	case raw < 1.25:
		return 0
	case raw < 1.5:
		return 1
	}
	return 2
}
