package main

import (
	"fmt"
	"io"
	"math/rand/v2"
	"time"

	"github.com/mentorkit/mentorkit/feedback"
	"github.com/mentorkit/mentorkit/mentoring"
)

// survey is the questionnaire of both feedback moments: asking for
// feedback, and whether the mentor listens as much as they talk.
var survey = feedback.Instrument{ID: "programme-survey", Scale: feedback.LikertScale(5), Items: []feedback.Item{
	{ID: "trust", Subscale: "relationship", Text: map[string]string{"en": "I can speak openly in our sessions", "nl": "Ik kan open praten in onze gesprekken"}},
	{ID: "listen", Subscale: "relationship", Text: map[string]string{"en": "We listen more than we send", "nl": "We luisteren meer dan we zenden"}},
	{ID: "goals", Subscale: "growth", Text: map[string]string{"en": "We work on clear learning goals", "nl": "We werken aan duidelijke leerdoelen"}},
	{ID: "progress", Subscale: "growth", Text: map[string]string{"en": "I see progress since the start", "nl": "Ik zie vooruitgang sinds de start"}},
	{ID: "recommend", Scale: &feedback.NPSScale, Text: map[string]string{"en": "How likely are you to recommend the programme?", "nl": "Hoe waarschijnlijk raad je het programma aan?"}},
}}

// stepFeedback runs the programme's two feedback moments, collecting
// feedback from the participants. Every
// mentor and mentee of a running relationship is asked; about four in five
// answer. What a manager sees comes from one feedback.BuildReport per
// moment under the default policy: no group of fewer than five
// respondents, and nothing that would let one be worked out. The guarantee
// holds within one report. The two moments are separate answers given
// half a year apart, so no answer can be taken from the difference of the
// two; what the two reports could still reveal together is how many in a
// group answered once but not twice (their respondent counts), which no
// single report's guarantee covers.
func stepFeedback(w io.Writer, y *year) error {
	section(w, "8. Feedback at the mid-point and at the end")
	rng := newRand(y.seed, streamSurvey)
	for _, moment := range []struct {
		name string
		at   time.Time
	}{{"mid-point", y.tracks[0].prog.FeedbackMoments[0]}, {"final", y.tracks[0].prog.FeedbackMoments[1]}} {
		programme := map[string]string{}
		var responses []feedback.Response
		var names []string
		for _, t := range y.tracks {
			names = append(names, t.prog.Name)
			fits := map[string][]float64{}
			var order []string
			for _, r := range t.rels {
				if !activeAt(r, moment.at) {
					continue
				}
				for _, id := range append([]string{r.MentorID}, r.MenteeIDs...) {
					if fits[id] == nil {
						order = append(order, id)
					}
					fits[id] = append(fits[id], t.fit[r.ID])
				}
			}
			for _, id := range order {
				if d, gone := y.leaves[id]; rng.Float64() < 0.2 || (gone && d.Before(moment.at)) {
					continue // did not answer, or left
				}
				group := feedback.Mentee
				if q, _ := t.prog.Participant(id); q.Role != mentoring.RoleMentee {
					group = feedback.Mentor
				}
				resp := answer(rng, id, group, mean(fits[id]), moment.at)
				responses = append(responses, resp)
				programme[id] = t.prog.Name
				if moment.name == "final" && group == feedback.Mentee {
					y.recommend[id] = resp.Answers[4].Value
				}
			}
		}
		rep, err := feedback.BuildReport(&survey, responses, feedback.ReportSpec{
			Dimensions: []feedback.Dimension{
				{Name: "programme", Values: names, Key: func(r *feedback.Response) (string, bool) { v, ok := programme[r.Respondent]; return v, ok }},
				feedback.RaterGroupDimension(),
			},
			Groupings: []feedback.Grouping{{Name: "all"}, {Name: "programme", By: []string{"programme"}},
				{Name: "role", By: []string{"raterGroup"}}, {Name: "programme×role", By: []string{"programme", "raterGroup"}}},
		})
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%s survey, %s: %d answers; groups under %d are suppressed.\n", moment.name, moment.at.Format("2 Jan 2006"), len(responses), rep.Policy.Min())
		if err := printSurvey(w, rep); err != nil {
			return err
		}
	}
	fmt.Fprintln(w, "Scores are 0–100 indexes of the 1–5 answers; NPS runs from -100 to +100. A group of five or more is")
	fmt.Fprintln(w, "suppressed too when, with the groups shown, it would give away a smaller one (a programme minus its mentees).")
	return nil
}

// answer draws one respondent's answers: the better their pairs click, the
// higher.
func answer(rng *rand.Rand, id string, group feedback.RaterGroup, fit float64, at time.Time) feedback.Response {
	r := feedback.Response{Respondent: id, Subject: "programme", Group: group, At: at}
	for _, it := range survey.Items[:4] {
		r.Answers = append(r.Answers, feedback.Answer{Item: it.ID, Value: int(clamp(float64(int(1.8+3*fit+0.8*rng.NormFloat64()+0.5)), 1, 5))})
	}
	r.Answers = append(r.Answers, feedback.Answer{Item: "recommend", Value: int(clamp(float64(int(3.5+6.5*fit+1.5*rng.NormFloat64()+0.5)), 0, 10))})
	return r
}

// printSurvey prints every cell of the report: released ones with their
// numbers, suppressed ones as such.
func printSurvey(w io.Writer, rep feedback.Report) error {
	tw := table(w)
	fmt.Fprintln(tw, "  group\tn\trelationship\tgrowth\tNPS")
	for _, c := range rep.Cells {
		if c.Suppressed {
			fmt.Fprintf(tw, "  %s\t–\tsuppressed\t\t\n", c.String())
			continue
		}
		nps, err := npsText(c.Items[4])
		if err != nil {
			return err
		}
		fmt.Fprintf(tw, "  %s\t%d\t%s\t%s\t%s\n", c.String(), c.N, index(c.Subscales[0]), index(c.Subscales[1]), nps)
	}
	return tw.Flush()
}

// index is a subscale's 0–100 index, or why it is withheld.
func index(s feedback.SubscaleStats) string {
	if s.Suppression != 0 {
		return "withheld (" + s.Suppression.String() + ")"
	}
	return fmt.Sprintf("%.0f", s.Index)
}

// npsText is the item's Net Promoter Score, or why it is withheld.
func npsText(it feedback.ItemStats) (string, error) {
	if it.Suppression != 0 {
		return "withheld (" + it.Suppression.String() + ")", nil
	}
	nps, err := feedback.NPSFromDistribution(it.Distribution, feedback.NPSConfig{})
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%+.0f", nps.Score), nil
}

// activeAt reports whether r was active at at: activated before it and not
// closed by then.
func activeAt(r mentoring.Relationship, at time.Time) bool {
	a, ok := r.Activated()
	if !ok || a.After(at) {
		return false
	}
	return r.State.Open() || r.Since().After(at)
}

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}
