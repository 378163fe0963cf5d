package main

import (
	"fmt"
	"io"

	"github.com/mentorkit/mentorkit/feedback"
)

// runFeedback: a mid-point pulse in three teams; the two-person team is
// suppressed, and so is the team that would reveal it by subtraction.
func runFeedback(w io.Writer) error {
	fmt.Fprintln(w, "\n== Mid-point feedback, anonymous by construction")
	inst := feedback.Instrument{ID: "pulse", Scale: feedback.LikertScale(5), Items: []feedback.Item{
		{ID: "support", Text: map[string]string{"en": "My mentor supports me", "nl": "Mijn mentor steunt mij"}},
		{ID: "recommend", Scale: &feedback.NPSScale, Text: map[string]string{"en": "Would you recommend the programme?"}},
	}}
	teams := map[string][][2]int{ // team → (support, recommend) per respondent
		"Sales": {{4, 9}, {5, 10}, {4, 8}, {3, 6}, {5, 9}, {4, 7}},
		"Legal": {{2, 4}, {3, 6}},
		"Ops":   {{5, 10}, {4, 9}, {4, 7}, {5, 9}, {3, 5}},
	}
	team := map[string]string{}
	var rs []feedback.Response
	for _, name := range []string{"Sales", "Legal", "Ops"} {
		for _, a := range teams[name] {
			id := fmt.Sprint("p", len(rs))
			team[id] = name
			rs = append(rs, feedback.Response{Respondent: id, Subject: "programme", Group: feedback.Mentee,
				Answers: []feedback.Answer{{Item: "support", Value: a[0]}, {Item: "recommend", Value: a[1]}}})
		}
	}
	byTeam := feedback.Dimension{Name: "team", Key: func(r *feedback.Response) (string, bool) { t, ok := team[r.Respondent]; return t, ok }}
	rep, err := feedback.BuildReport(&inst, rs, feedback.ReportSpec{Dimensions: []feedback.Dimension{byTeam},
		Groupings: []feedback.Grouping{{Name: "programme"}, {Name: "team", By: []string{"team"}}}})
	if err != nil {
		return err
	}
	for _, c := range rep.Cells {
		if c.Suppressed {
			fmt.Fprintf(w, "%-12s suppressed (too few respondents to stay anonymous)\n", c.String())
			continue
		}
		support, recommend := c.Items[0], c.Items[1]
		if support.Suppression != 0 || recommend.Suppression != 0 {
			// Items are withheld one by one; here both are, to protect
			// another group (Legal, by subtraction from the programme).
			fmt.Fprintf(w, "%-12s suppressed (support: %v, recommend: %v)\n", c.String(), support.Suppression, recommend.Suppression)
			continue
		}
		nps, err := feedback.NPSFromDistribution(recommend.Distribution, feedback.NPSConfig{})
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%-12s n=%2d support %.2f/5 (%.0f%% agree)  NPS %+.0f\n", c.String(), c.N, support.Mean, 100*support.TopTwoBox, nps.Score)
	}
	return nil
}
