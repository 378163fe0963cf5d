package main

import (
	"cmp"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/matching/stable"
	"github.com/mentorkit/mentorkit/mentoring"
)

// rematchPenalty is what breaking a running one-to-one relationship costs
// when the pairing is updated, in score units (scores are 0–1): a move must
// gain more than this to be worth it.
const rematchPenalty = 0.25

// stepMatching offers reverse mentoring next to the traditional kind and
// keeps relationships safe (no competition and no interests at stake
// between mentor and mentee), matching with care on skills, interests,
// career goals and personality. Pairs never share a
// reporting line up to two levels, always share a language and sit at most
// six hours apart. The proposed relationships start at the kick-off, a week
// after the programme opens.
func stepMatching(w io.Writer, y *year) error {
	section(w, "3. Matching")
	dir, err := mentoring.NewDirectory(y.org, mentoring.DirectoryStrict) // the reporting lines, built once
	if err != nil {
		return err
	}
	rules := pairing.Rules{SharedLanguage: true, MaxTimeZoneGap: 6 * 60}
	kickOff := y.start.AddDate(0, 0, 7)
	fmt.Fprintln(w, "Rules: no reporting line up to two levels, a shared language, at most 6 hours between time zones.")
	fmt.Fprintln(w, "Scores are 0–1: the weighted match of skills, career goals, personality, interests, experience, languages,")
	fmt.Fprintln(w, "working hours and location.")
	fmt.Fprintln(w)
	tw := table(w)
	fmt.Fprintln(tw, "programme\tmentees\tmatched\tmean score\tleft unmatched, and why")
	for i, t := range y.tracks {
		var err error
		if i == 0 {
			// The one-to-one programme keeps its Pairing: re-matching needs
			// its score table, and Explain scores any pair later on.
			if t.pairing, err = pairing.New(t.prog, pairing.Config{Directory: dir, Rules: rules}); err == nil {
				t.res, err = t.pairing.Solve()
			}
		} else {
			t.res, err = pairing.Solve(t.prog, pairing.Config{Directory: dir, Rules: rules}) // one call
		}
		if err != nil {
			return err
		}
		rels, err := t.res.Relationships(y.start) // proposed, one per pair or circle, in their order
		if err != nil {
			return err
		}
		for j, r := range rels {
			if r, err = r.Activate(kickOff); err != nil {
				return err
			}
			var score float64
			if t.prog.Format == mentoring.FormatGroup {
				score = t.res.Circles[j].MeanScore
			} else {
				score = t.res.Pairs[j].Score
			}
			t.add(y, r, score)
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.2f\t%s\n", t.prog.Name, t.res.Mentees, t.res.Matched, t.res.MeanScore, unmatched(t.res))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	grow, reverse, circles := y.tracks[0], y.tracks[1], y.tracks[2]
	if len(grow.res.Pairs) > 0 {
		m := grow.res.Pairs[0]
		fmt.Fprintf(w, "Example pair: %s mentors %s, score %.2f: %s\n", y.name(m.MentorID), y.name(m.MenteeID), m.Score, breakdown(m.Breakdown))
	}
	var topics []string
	for _, m := range reverse.res.Pairs {
		topics = append(topics, m.Topic)
	}
	slices.Sort(topics)
	fmt.Fprintf(w, "Reverse topics: %s\n", strings.Join(slices.Compact(topics), ", "))
	var sizes []string
	for _, c := range circles.res.Circles {
		sizes = append(sizes, fmt.Sprint(len(c.MenteeIDs)))
	}
	fmt.Fprintf(w, "Circles: %d, of %s mentees\n", len(circles.res.Circles), strings.Join(sizes, ", "))

	// The year's leavers are drawn once the pairs are known (a pair that
	// clicks keeps the mentee), then every relationship's sessions.
	drawLeavers(y)
	for _, t := range y.tracks {
		for _, r := range t.rels {
			y.plan(t, r, kickOff)
		}
	}
	return startRematcher(grow)
}

// startRematcher prepares warm re-matching of the one-to-one programme: the
// Rematcher solves the same score table as Pair (the pairing's ScoreTable,
// forbidden pairs at -Inf) and must find the same pairs.
func startRematcher(t *track) error {
	st, err := t.pairing.ScoreTable()
	if err != nil {
		return err
	}
	if t.rm, err = pairing.NewRematcher(st.MenteeIDs, st.MentorIDs, st.Capacity, st.Scores, rematchPenalty); err != nil {
		return err
	}
	var want []pairing.PairRef
	for _, m := range t.res.Pairs {
		want = append(want, pairing.PairRef{MentorID: m.MentorID, MenteeID: m.MenteeID})
	}
	if got := t.rm.Pairs(); !slices.Equal(got, want) || math.Abs(t.rm.Total()-t.res.TotalScore) > 1e-9 {
		return fmt.Errorf("the Rematcher's pairing (%d pairs, total %.6f) differs from Pair's (%d, %.6f): tied optima", len(got), t.rm.Total(), len(want), t.res.TotalScore)
	}
	return nil
}

// unmatched summarises who was left without a partner, by reason.
func unmatched(res pairing.Result) string {
	counts := map[string]int{}
	var order []string
	for _, u := range res.Unmatched {
		if u.Side != stable.SideMentee {
			continue
		}
		k := "mentors full" // allowed mentors exist, their places went to better pairs
		if u.Reason == pairing.ReasonNoAllowedMentor {
			k = "no allowed mentor"
			if len(u.Rules) > 0 { // the rule that excluded most mentors
				top := slices.MaxFunc(u.Rules, func(a, b pairing.RuleCount) int {
					return cmp.Or(cmp.Compare(a.Count, b.Count), cmp.Compare(b.Rule, a.Rule))
				})
				k += " (mostly " + top.Rule.String() + ")"
			}
		}
		if counts[k] == 0 {
			order = append(order, k)
		}
		counts[k]++
	}
	if len(order) == 0 {
		return "nobody"
	}
	var parts []string
	for _, k := range order {
		parts = append(parts, fmt.Sprintf("%d %s", counts[k], k))
	}
	return strings.Join(parts, ", ")
}

// breakdown lists the criteria that add most to a pair's score.
func breakdown(cs []pairing.Contribution) string {
	var parts []string
	for _, c := range cs {
		if c.Points >= 0.05 {
			parts = append(parts, fmt.Sprintf("%s %.2f", c.Criterion, c.Points))
		}
	}
	return strings.Join(parts, ", ")
}

// name returns a person's name, level and department.
func (y *year) name(id string) string {
	p := y.people[id]
	return fmt.Sprintf("%s (%s, %s)", p.Name, p.Seniority.Level, p.Department)
}

// add records a relationship that has just become active, with how well
// the pair clicks: partly what the matching score (0–1; a circle's mean)
// foresaw, partly chance.
func (t *track) add(y *year, r mentoring.Relationship, score float64) {
	t.rels = append(t.rels, r)
	t.fit[r.ID] = clamp(0.2+0.8*score+0.25*y.sessions.NormFloat64(), 0.02, 0.98)
}

func clamp(x, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, x)) }
