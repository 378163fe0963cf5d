// Command feedback walks through a mentoring programme's mid-point survey:
// the instrument, responses from teams of different sizes, the confidential
// report a programme manager sees (small teams suppressed, and whatever
// would reveal them), the reliability of the scale, the Net Promoter Score,
// a 360 on one mentee's core values and the mentor's self-check.
//
//	go run ./examples/feedback
package main

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"time"

	"gonum.org/v1/gonum/mat"

	"github.com/mentorkit/mentorkit/feedback"
	"github.com/mentorkit/mentorkit/feedback/reliability"
	"github.com/mentorkit/mentorkit/mentoring"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "feedback:", err)
		os.Exit(1)
	}
}

var survey = feedback.Instrument{ID: "midpoint-2026", Scale: feedback.LikertScale(5), Items: []feedback.Item{
	{ID: "trust", Subscale: "relationship", Text: map[string]string{"en": "I can speak openly with my mentor/mentee", "nl": "Ik kan open praten met mijn mentor/mentee"}},
	{ID: "listen", Subscale: "relationship", Text: map[string]string{"en": "We listen more than we send", "nl": "We luisteren meer dan we zenden"}},
	{ID: "rushed", Subscale: "relationship", Reverse: true, Text: map[string]string{"en": "Our sessions feel rushed", "nl": "Onze gesprekken voelen gehaast"}},
	{ID: "goals", Subscale: "growth", Text: map[string]string{"en": "We work on clear learning goals", "nl": "We werken aan duidelijke leerdoelen"}},
	{ID: "progress", Subscale: "growth", Text: map[string]string{"en": "I see progress since the start", "nl": "Ik zie vooruitgang sinds de start"}},
	{ID: "recommend", Scale: &feedback.NPSScale, Text: map[string]string{"en": "How likely are you to recommend the programme?", "nl": "Hoe waarschijnlijk raad je het programma aan?"}},
}}

// org: team → department and size. Legal and Data are small.
var org = []struct {
	team, dept string
	size       int
}{{"Sales", "Commercial", 14}, {"Marketing", "Commercial", 9}, {"Legal", "Corporate", 3},
	{"Finance", "Corporate", 8}, {"Platform", "Tech", 12}, {"Data", "Tech", 4}}

func run(w io.Writer) error {
	rng := rand.New(rand.NewPCG(2026, 3))
	team, dept := map[string]string{}, map[string]string{}
	var responses []feedback.Response
	for _, o := range org {
		mood := rng.IntN(2)
		for range o.size {
			id := fmt.Sprintf("p%03d", len(responses))
			team[id], dept[id] = o.team, o.dept
			g := feedback.Mentee
			if rng.IntN(3) == 0 {
				g = feedback.Mentor
			}
			r := feedback.Response{Respondent: id, Subject: "programme", Group: g, At: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)}
			base := 3 + mood + rng.IntN(2) - rng.IntN(2)
			for j, it := range survey.Items {
				switch {
				case it.ID == "recommend":
					r.Answers = append(r.Answers, feedback.Answer{Item: it.ID, Value: min(10, max(0, 2*base+rng.IntN(3)-1))})
				case rng.IntN(40) == 0: // a missing answer
				case it.Reverse:
					r.Answers = append(r.Answers, feedback.Answer{Item: it.ID, Value: clamp(6 - base + rng.IntN(3) - 1)})
				default:
					r.Answers = append(r.Answers, feedback.Answer{Item: it.ID, Value: clamp(base + rng.IntN(3) - 1 + j%2 - 1)})
				}
			}
			responses = append(responses, r)
		}
	}

	// Five of Marketing's nine skipped "progress": only four answered it,
	// so that item is suppressed for Marketing while its other items show.
	skipped := 0
	for i := range responses {
		if team[responses[i].Respondent] == "Marketing" && skipped < 5 {
			responses[i].Answers = slices.DeleteFunc(responses[i].Answers, func(a feedback.Answer) bool { return a.Item == "progress" })
			skipped++
		}
	}

	key := func(m map[string]string) func(*feedback.Response) (string, bool) {
		return func(r *feedback.Response) (string, bool) { v, ok := m[r.Respondent]; return v, ok }
	}
	// Listing every team (Facilities sent no answers) makes an empty team
	// look like a small one: the report does not show who answered at all.
	teams := []string{"Facilities"}
	for _, o := range org {
		teams = append(teams, o.team)
	}
	// The release goes into a ledger (JSON in practice), so that a later
	// release of the same responses is checked together with it.
	dims := []feedback.Dimension{{Name: "department", Key: key(dept)}, {Name: "team", Key: key(team), Values: teams}, feedback.RaterGroupDimension()}
	rep, ledger, err := feedback.BuildReportLedger(&survey, responses, feedback.ReportSpec{
		Dimensions: dims,
		Groupings: []feedback.Grouping{{Name: "programme"}, {Name: "department", By: []string{"department"}},
			{Name: "team", By: []string{"team"}}, {Name: "role", By: []string{"raterGroup"}}},
	}, feedback.Ledger{}, "mid-point by team")
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Mid-point survey, %d responses; groups below %d respondents are suppressed.\n\n", len(responses), rep.Policy.MinRespondents)
	// Each item is released per cell on its own: an item too few people
	// in a cell answered is suppressed there ("primary"), and so is what
	// would let it, or any other small group, be computed from the rest
	// ("complementary"). A subscale is scored over those who answered all
	// its items, and withheld where, with its items, it would give the few
	// who skipped one away.
	fmt.Fprintf(w, "%-24s %4s %13s %8s %10s %8s\n", "group", "n", "relationship", "growth", "trust 4-5", "progress")
	for _, c := range rep.Cells {
		if c.Suppressed {
			fmt.Fprintf(w, "%-24s %4s %13s\n", c.String(), "—", "suppressed")
			continue
		}
		sub := func(s feedback.SubscaleStats) string {
			if s.Suppression != 0 {
				return s.Suppression.String()
			}
			return fmt.Sprintf("%.0f", s.Index)
		}
		item := func(s feedback.ItemStats, v string) string {
			if s.Suppression != 0 {
				return s.Suppression.String()
			}
			return v
		}
		trust, progress := c.Items[0], c.Items[4]
		fmt.Fprintf(w, "%-24s %4d %13s %8s %10s %8s\n", c.String(), c.N, sub(c.Subscales[0]), sub(c.Subscales[1]),
			item(trust, fmt.Sprintf("%.0f%%", 100*trust.TopTwoBox)), item(progress, fmt.Sprintf("%.2f", progress.Mean)))
		var withheld []string
		for _, it := range c.Items {
			if it.Protects != "" {
				withheld = append(withheld, it.Item+" (protects "+it.Protects+")")
			}
		}
		if len(withheld) > 0 {
			fmt.Fprintf(w, "%24s withheld: %s\n", "", strings.Join(withheld, ", "))
		}
	}
	fmt.Fprintln(w, "(subscale columns: 0–100 index over those who answered all its items, checked together with\n the items; \"primary\": fewer than 5 answered it there; \"complementary\": withheld to protect another group)")

	// A week later HR asks for team × role. Checked against the ledger:
	// Marketing's mentees (7) would be fine alone, but Marketing (9) is
	// already out, and 9 − 7 would give its two mentors, so they are
	// withheld; Platform's mentees may show, as Platform's own figures
	// were withheld the first time.
	second, ledger, err := feedback.BuildReportLedger(&survey, responses, feedback.ReportSpec{Dimensions: dims,
		Groupings: []feedback.Grouping{{Name: "team×role", By: []string{"team", "raterGroup"}}}}, ledger, "team × role")
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nSecond release (ledger: %d releases so far), trust top-2:\n", len(ledger.Releases))
	for _, c := range second.Cells {
		switch {
		case c.Suppressed:
			fmt.Fprintf(w, "%-34s suppressed (%s)\n", c.String(), c.Suppression)
		case c.Items[0].Suppression != 0:
			fmt.Fprintf(w, "%-34s n=%d withheld (%s)\n", c.String(), c.N, c.Items[0].Suppression)
		default:
			fmt.Fprintf(w, "%-34s n=%d %.0f%%\n", c.String(), c.N, 100*c.Items[0].TopTwoBox)
		}
	}

	// Reliability of the five Likert items over the whole programme.
	items := mat.NewDense(len(responses), 5, nil)
	for i, r := range responses {
		for j := range 5 {
			items.Set(i, j, math.NaN())
		}
		for _, a := range r.Answers {
			for j, it := range survey.Items[:5] {
				if it.ID == a.Item {
					items.Set(i, j, float64(a.Value))
				}
			}
		}
	}
	rel, err := reliability.Reliability(items, reliability.ReliabilityConfig{Reverse: []int{2}})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nCronbach's alpha %.2f (standardised %.2f) over %d complete responses (%d with a missing answer left out)\n",
		rel.RawAlpha, rel.StdAlpha, rel.NObs, rel.NDropped)

	overall, ok := rep.Find("programme")
	if !ok || overall.Suppressed {
		return fmt.Errorf("the programme total is suppressed: too few responses for an NPS")
	}
	nps, err := feedback.NPSFromDistribution(overall.Items[5].Distribution, feedback.NPSConfig{})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "NPS %+.0f (95%% CI %+.0f to %+.0f): %d promoters, %d passives, %d detractors\n",
		nps.Score, nps.Lower, nps.Upper, nps.Promoters, nps.Passives, nps.Detractors)

	return selfCheck(w)
}

// selfCheck asks the mentor's self-check questions (who takes the
// initiative, who talks most, were expectations discussed) for mentor Mia
// and mentee Eva, with
// Eva's core values from a 360 by six colleagues.
func selfCheck(w io.Writer) error {
	values := feedback.Instrument{ID: "core-values", Scale: feedback.LikertScale(5), Items: []feedback.Item{
		{ID: "owns", Subscale: "ownership", Text: map[string]string{"en": "Takes ownership", "nl": "Neemt eigenaarschap"}},
		{ID: "asks", Subscale: "curiosity", Text: map[string]string{"en": "Asks for help and feedback", "nl": "Vraagt om hulp en feedback"}},
	}}
	var rs []feedback.Response
	for i, v := range [][2]int{{3, 4}, {2, 5}, {3, 4}, {4, 5}, {2, 4}, {3, 3}} {
		rs = append(rs, feedback.Response{Respondent: fmt.Sprint("colleague", i), Subject: "eva", Group: feedback.Peer,
			Answers: []feedback.Answer{{Item: "owns", Value: v[0]}, {Item: "asks", Value: v[1]}}})
	}
	r360, err := feedback.Build360(&values, rs, "eva", feedback.Policy{})
	if err != nil {
		return err
	}
	others, _ := r360.Source.Find(feedback.Grouping360SelfOther, "others")

	start := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	rel, err := mentoring.Propose(mentoring.Relationship{ID: "mia-eva", ProgrammeID: "midpoint-2026", MentorID: "mia", MenteeIDs: []string{"eva"}}, start)
	if err == nil {
		rel, err = rel.Activate(start)
	}
	if err != nil {
		return err
	}
	var sessions []mentoring.Session
	for i, by := range []string{"mia", "mia", "eva", "mia", "mia"} {
		s := mentoring.Session{ID: fmt.Sprint("s", i+1), RelationshipID: rel.ID, Start: start.Add(time.Duration(1+14*i) * 24 * time.Hour),
			Duration: time.Hour, InitiatedBy: by, MentorTalkShare: mentoring.TalkShare(0.55 + 0.03*float64(i)), ExpectationsDiscussed: i == 1}
		if i%2 == 0 {
			s.GoalIDs = []string{"organise-work"}
		}
		sessions = append(sessions, s)
	}
	now := start.Add(70 * 24 * time.Hour)
	health, err := mentoring.AssessHealth(rel, sessions, 14*24*time.Hour, now, mentoring.HealthConfig{})
	if err != nil {
		return err
	}
	res, err := feedback.SelfCheck(feedback.SelfCheckInput{Health: health, Sessions: sessions,
		GoalIDs: []string{"organise-work", "present-to-board"}, CoreValues: others.Subscales}, feedback.SelfCheckConfig{})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nSelf-check for mentor Mia (relationship %s):\n", res.RelationshipID)
	for _, s := range res.Signals {
		mark := "  "
		if s.Concern {
			mark = "! "
		}
		cmp := "≤"
		if s.AtLeast {
			cmp = "≥"
		}
		name := s.Code
		if s.Subject != "" {
			name += " " + s.Subject
		}
		extra := ""
		if len(s.Missing) > 0 {
			extra = " — not yet discussed: " + strings.Join(s.Missing, ", ")
		}
		fmt.Fprintf(w, "%s%-25s %6.2f (want %s %.2f)%s\n   %s\n", mark, name, s.Value, cmp, s.Threshold, extra, s.Question[1])
	}
	return nil
}

func clamp(v int) int { return min(5, max(1, v)) }
