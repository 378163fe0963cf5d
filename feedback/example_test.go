package feedback_test

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/mentorkit/mentorkit/feedback"
	"github.com/mentorkit/mentorkit/mentoring"
)

func ExampleBuildReport() {
	inst := feedback.Instrument{ID: "pulse", Scale: feedback.LikertScale(5), Items: []feedback.Item{
		{ID: "support", Text: map[string]string{"en": "My mentor supports me", "nl": "Mijn mentor steunt mij"}},
	}}
	team := map[string]string{}
	var rs []feedback.Response
	add := func(t string, answers ...int) {
		for _, a := range answers {
			id := fmt.Sprint("p", len(rs))
			team[id] = t
			rs = append(rs, feedback.Response{Respondent: id, Subject: "programme", Group: feedback.Mentee,
				Answers: []feedback.Answer{{Item: "support", Value: a}}})
		}
	}
	add("sales", 4, 5, 4, 3, 5, 4)
	add("legal", 2, 3) // two people: suppressed, and so is what would reveal them
	add("ops", 5, 4, 4, 5, 3)
	rep, err := feedback.BuildReport(&inst, rs, feedback.ReportSpec{
		Dimensions: []feedback.Dimension{{Name: "team", Key: func(r *feedback.Response) (string, bool) {
			t, ok := team[r.Respondent]
			return t, ok
		}}},
		Groupings: []feedback.Grouping{{Name: "overall"}, {Name: "team", By: []string{"team"}}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range rep.Cells {
		if c.Suppressed {
			fmt.Printf("%-20s suppressed\n", c.String())
			continue
		}
		s := c.Items[0]
		if s.Suppression != 0 {
			fmt.Printf("%-20s n=%d support suppressed (%s)\n", c.String(), c.N, s.Suppression)
			continue
		}
		fmt.Printf("%-20s n=%d mean %.2f top-2 %.0f%%\n", c.String(), c.N, s.Mean, 100*s.TopTwoBox)
	}
	// Output:
	// overall              n=13 mean 3.92 top-2 69%
	// team: legal          suppressed
	// team: ops            n=5 support suppressed (complementary)
	// team: sales          n=6 mean 4.17 top-2 83%
}

func ExampleNPS() {
	res, err := feedback.NPS([]int{10, 9, 9, 8, 7, 7, 6, 5, 3, 10}, feedback.NPSConfig{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("NPS %+.0f (95%% CI %+.0f to %+.0f), n=%d\n", res.Score, res.Lower, res.Upper, res.N)
	// Output: NPS +10 (95% CI -41 to +61), n=10
}

func ExampleBuild360() {
	inst := feedback.Instrument{ID: "360", Scale: feedback.LikertScale(5), Items: []feedback.Item{
		{ID: "listens", Text: map[string]string{"en": "Listens more than talks"}},
	}}
	rs := []feedback.Response{{Respondent: "ann", Subject: "ann", Group: feedback.Self, Answers: []feedback.Answer{{Item: "listens", Value: 5}}}}
	for i, v := range []int{3, 4, 3, 3, 4, 2} {
		rs = append(rs, feedback.Response{Respondent: fmt.Sprint("peer", i), Subject: "ann", Group: feedback.Peer,
			Answers: []feedback.Answer{{Item: "listens", Value: v}}})
	}
	rep, err := feedback.Build360(&inst, rs, "ann", feedback.Policy{ExemptGroups: []feedback.RaterGroup{feedback.Self}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(rep.Items[0])
	// Output: listens: self 5.00, others 3.17, gap +1.83
}

func ExampleLintSBI() {
	for _, f := range feedback.LintSBI(feedback.SBI{
		Situation: "Altijd al",
		Behaviour: "Je bent lui",
		Impact:    "Het team wacht op jou",
	}, "nl") {
		fmt.Println(f.Code+":", f.Message)
	}
	// Output:
	// situationNoTimeOrPlace: de situatie noemt geen tijd of plaats; zeg wanneer en waar het gebeurde
	// behaviourTraitWord: "lui" is een oordeel over een eigenschap; beschrijf in plaats daarvan wat je zag of hoorde
}

func ExampleSelfCheck() {
	start := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	rel, _ := mentoring.Propose(mentoring.Relationship{ID: "r1", ProgrammeID: "p", MentorID: "mia", MenteeIDs: []string{"eva"}}, start)
	rel, _ = rel.Activate(start)
	var sessions []mentoring.Session
	for i, by := range []string{"mia", "mia", "eva", "mia"} {
		sessions = append(sessions, mentoring.Session{ID: fmt.Sprint("s", i), RelationshipID: "r1",
			Start: start.Add(time.Duration(i*14+1) * 24 * time.Hour), Duration: time.Hour, InitiatedBy: by,
			MentorTalkShare: mentoring.TalkShare(0.65), ExpectationsDiscussed: i == 0, GoalIDs: []string{"g-present"}})
	}
	now := start.Add(60 * 24 * time.Hour)
	health, err := mentoring.AssessHealth(rel, sessions, 14*24*time.Hour, now, mentoring.HealthConfig{})
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := feedback.SelfCheck(feedback.SelfCheckInput{Health: health, Sessions: sessions,
		GoalIDs: []string{"g-present", "g-network"}}, feedback.SelfCheckConfig{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range res.Signals {
		fmt.Printf("%-25s %.2f (threshold %.2f) concern=%v\n", s.Code, s.Value, s.Threshold, s.Concern)
	}
	// Output:
	// initiative                0.25 (threshold 0.50) concern=true
	// talkShare                 0.65 (threshold 0.50) concern=true
	// expectationsFirstSession  1.00 (threshold 1.00) concern=false
	// goalsCovered              0.50 (threshold 1.00) concern=true
	// sessionsOnGoals           1.00 (threshold 0.50) concern=false
}

func ExampleBuildReportLedger() {
	inst := feedback.Instrument{ID: "pulse", Scale: feedback.LikertScale(5), Items: []feedback.Item{
		{ID: "support", Text: map[string]string{"en": "My mentor supports me"}},
	}}
	// Teams A and B of five; sites cut across them: S holds four of A and
	// one of B.
	var rs []feedback.Response
	for i := range 10 {
		team, site := "A", "T"
		if i >= 5 {
			team = "B"
		}
		if i < 4 || i == 5 {
			site = "S"
		}
		rs = append(rs, feedback.Response{Respondent: fmt.Sprint("p", i), Subject: "programme", Group: feedback.Mentee,
			Attributes: map[string]string{"team": team, "site": site},
			Answers:    []feedback.Answer{{Item: "support", Value: 1 + i%5}}})
	}
	dims := []feedback.Dimension{{Name: "team"}, {Name: "site"}} // read from the attributes
	_, ledger, err := feedback.BuildReportLedger(&inst, rs, feedback.ReportSpec{Dimensions: dims,
		Groupings: []feedback.Grouping{{Name: "team", By: []string{"team"}}}}, feedback.Ledger{}, "by team")
	if err != nil {
		fmt.Println(err)
		return
	}
	// By site alone would be safe; with the teams out, team A − site S is
	// one person's answer minus another's, so the sites are withheld.
	rep, ledger, err := feedback.BuildReportLedger(&inst, rs, feedback.ReportSpec{Dimensions: dims,
		Groupings: []feedback.Grouping{{Name: "site", By: []string{"site"}}}}, ledger, "by site")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range rep.Cells {
		fmt.Println(c.String(), c.Items[0].Suppression)
	}
	fmt.Println(len(ledger.Releases), "releases in the ledger")
	// Output:
	// site: S complementary
	// site: T complementary
	// 2 releases in the ledger
}

func ExampleReleaseComments() {
	inst := feedback.Instrument{ID: "pulse", Scale: feedback.LikertScale(5), Items: []feedback.Item{
		{ID: "support", Text: map[string]string{"en": "My mentor supports me"}},
	}}
	var rs []feedback.Response
	for i := range 12 {
		rs = append(rs, feedback.Response{Respondent: fmt.Sprint("p", i), Subject: "programme", Group: feedback.Mentee,
			Answers: []feedback.Answer{{Item: "support", Value: 4}}, Comment: fmt.Sprintf("remark %02d", i)})
	}
	groups, err := feedback.ReleaseComments(&inst, rs, feedback.ReportSpec{Groupings: []feedback.Grouping{{Name: "all"}}},
		0, rand.New(rand.NewPCG(1, 2)))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(groups[0].Grouping, len(groups[0].Comments), "comments, in random order")
	// Output:
	// all 12 comments, in random order
}
