package feedback_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"time"

	"gonum.org/v1/gonum/mat"

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

func ExampleCronbachAlpha() {
	// Five respondents, two items (refdata case two_items_n5: psych gives 8/9).
	items := mat.NewDense(5, 2, []float64{1, 2, 2, 1, 3, 4, 4, 3, 5, 5})
	alpha, err := feedback.CronbachAlpha(items)
	fmt.Printf("%.4f %v\n", alpha, err)
	// Output: 0.8889 <nil>
}

func ExampleReliability() {
	// Seven respondents, three items on 1..5, the third reverse keyed; the
	// sixth skipped item 2 (NaN) and is left out. Checked with numpy on
	// the six complete rows, item 3 re-scored as 6 − x: raw alpha
	// 0.9222, standardised 0.9288; item–rest r 0.956, 0.720, 0.956;
	// alpha if deleted 0.792, 1.000, 0.792.
	items := mat.NewDense(7, 3, []float64{
		4, 5, 2,
		3, 4, 3,
		5, 5, 1,
		2, 3, 4,
		4, 4, 2,
		3, math.NaN(), 3,
		5, 4, 1,
	})
	rep, err := feedback.Reliability(items, feedback.ReliabilityConfig{Reverse: []int{2}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("alpha %.3f (standardised %.3f), %d rows used, %d dropped\n", rep.RawAlpha, rep.StdAlpha, rep.NObs, rep.NDropped)
	for _, it := range rep.Items {
		fmt.Printf("item %d: item–rest r %.3f, alpha if deleted %.3f\n", it.Column+1, it.ItemRestR, it.AlphaIfDeleted)
	}
	// Output:
	// alpha 0.922 (standardised 0.929), 6 rows used, 1 dropped
	// item 1: item–rest r 0.956, alpha if deleted 0.792
	// item 2: item–rest r 0.720, alpha if deleted 1.000
	// item 3: item–rest r 0.956, alpha if deleted 0.792
}

func ExampleRWG() {
	// Five members of a team rate "we share what we learn" on 1..5. By
	// hand: mean 4.4, s² = 0.3, uniform variance (5² − 1)/12 = 2, r_wg =
	// 1 − 0.3/2 = 0.85: strong agreement.
	rwg, err := feedback.RWG([]float64{4, 4, 5, 5, 4}, feedback.LikertScale(5))
	fmt.Printf("r_wg %.2f %v\n", rwg, err)
	// Output: r_wg 0.85 <nil>
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

func ExampleKrippendorffAlpha() {
	// Krippendorff (2011), example C: 4 coders, 12 units, NaN = missing.
	nan := math.NaN()
	data := mat.NewDense(4, 12, []float64{
		1, 2, 3, 3, 2, 1, 4, 1, 2, nan, nan, nan,
		1, 2, 3, 3, 2, 2, 4, 1, 2, 5, nan, 3,
		nan, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, nan,
		1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, nan,
	})
	for _, l := range []feedback.Level{feedback.Nominal, feedback.Ordinal, feedback.Interval} {
		res, _ := feedback.KrippendorffAlpha(data, l)
		fmt.Printf("%-8s %.3f\n", l, res.Alpha)
	}
	// Output:
	// nominal  0.743
	// ordinal  0.815
	// interval 0.849
}

func ExampleICC() {
	// Shrout & Fleiss (1979), Table 2: six targets, four judges.
	ratings := mat.NewDense(6, 4, []float64{9, 2, 5, 8, 6, 1, 3, 2, 8, 4, 6, 8, 7, 1, 2, 6, 10, 5, 6, 9, 6, 2, 4, 7})
	res, _ := feedback.ICC(ratings, feedback.ICCConfig{})
	fmt.Printf("ICC(2,1) %.2f, ICC(3,1) %.2f\n", res.ICC2.ICC, res.ICC3.ICC)
	// Output: ICC(2,1) 0.29, ICC(3,1) 0.71
}

func ExampleFeldtInterval() {
	// alpha 0.8 over 10 items from 100 respondents, 95 % (psych::alpha.ci).
	ci, err := feedback.FeldtInterval(0.8, 100, 10, 0.95)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("alpha %.2f, 95%% CI %.3f to %.3f\n", ci.Alpha, ci.Lower, ci.Upper)
	// Output:
	// alpha 0.80, 95% CI 0.736 to 0.854
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
