package feedback

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// benchSurvey builds n responses to a 20-item 5-point instrument from 1,000
// teams. Responses share their answer slices (drawn from 1,000 patterns):
// the inputs are read-only, and it keeps the benchmark's memory small
// without changing the work per response.
func benchSurvey(n int) (*Instrument, []Response, ReportSpec) {
	in := &Instrument{ID: "bench", Scale: LikertScale(5)}
	for j := range 20 {
		in.Items = append(in.Items, Item{ID: fmt.Sprintf("q%02d", j), Text: map[string]string{"en": "q"},
			Subscale: fmt.Sprintf("s%d", j/5), Reverse: j%7 == 0})
	}
	rng := rand.New(rand.NewPCG(3, 4))
	patterns := make([][]Answer, 1000)
	for p := range patterns {
		for j, it := range in.Items {
			if rng.IntN(20) > 0 || j == 0 {
				patterns[p] = append(patterns[p], Answer{Item: it.ID, Value: 1 + rng.IntN(5)})
			}
		}
	}
	teams := make([]string, 1000)
	for t := range teams {
		teams[t] = fmt.Sprintf("team%04d", t)
	}
	// Respondent IDs carry the team ("team0042/r0001234"), so the key
	// function is a cheap substring and the benchmark measures BuildReport,
	// not a caller's lookup table.
	rs := make([]Response, n)
	for i := range rs {
		id := fmt.Sprintf("%s/r%07d", teams[rng.IntN(len(teams))], i)
		rs[i] = Response{Respondent: id, Subject: "programme", Group: Mentee, Answers: patterns[rng.IntN(len(patterns))]}
	}
	spec := ReportSpec{
		Dimensions: []Dimension{{Name: "team", Key: func(r *Response) (string, bool) { t, _, ok := strings.Cut(r.Respondent, "/"); return t, ok }}},
		Groupings:  []Grouping{{Name: "team", By: []string{"team"}}},
	}
	return in, rs, spec
}

func BenchmarkBuildReport(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		if testing.Short() && n > 10_000 {
			continue
		}
		in, rs, spec := benchSurvey(n)
		b.Run(fmt.Sprintf("responses=%d/items=20/teams=1000", n), func(b *testing.B) {
			b.ReportAllocs()
			var sink Report
			for b.Loop() {
				rep, err := BuildReport(in, rs, spec)
				if err != nil {
					b.Fatal(err)
				}
				sink = rep
			}
			_ = sink
		})
	}
}

// BenchmarkBuildReportNested measures the exact suppression on connected
// groupings: overall, 10 departments, 100 teams and teams × 3 rater groups.
func BenchmarkBuildReportNested(b *testing.B) {
	in := fiveItems()
	rng := rand.New(rand.NewPCG(5, 6))
	o := testOrg{team: map[string]string{}, dept: map[string]string{}}
	var rs []Response
	groups := []RaterGroup{Mentee, Mentor, Peer}
	for i := range 5000 {
		id := fmt.Sprintf("r%d", i)
		t := rng.IntN(100)
		o.team[id] = fmt.Sprintf("t%02d", t)
		o.dept[id] = fmt.Sprintf("d%d", t/10)
		rs = append(rs, Response{Respondent: id, Subject: "p", Group: groups[rng.IntN(3)],
			Answers: []Answer{{"q1", 1 + rng.IntN(5)}, {"q2", 1 + rng.IntN(5)}}})
	}
	spec := ReportSpec{Dimensions: o.dims(), Groupings: []Grouping{{Name: "overall"}, {Name: "dept", By: []string{"dept"}},
		{Name: "team", By: []string{"team"}}, {Name: "team×raterGroup", By: []string{"team", "raterGroup"}}}}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := BuildReport(in, rs, spec); err != nil {
			b.Fatal(err)
		}
	}
}

// issueSurvey builds n responses in 500 teams of 50 departments (team names
// unique), five rater groups and three sites, to a 5-item instrument with
// 1 in 20 answers skipped: the performance shape of issue 19, reported by
// department, team, team × rater group and site.
func issueSurvey(n int) (*Instrument, []Response, ReportSpec) {
	in := fiveItems()
	rng := rand.New(rand.NewPCG(19, uint64(n)))
	dept, team, site := map[string]string{}, map[string]string{}, map[string]string{}
	groups := []RaterGroup{Mentee, Mentor, Peer, DirectReport, Manager}
	rs := make([]Response, n)
	for i := range rs {
		id := fmt.Sprintf("r%07d", i)
		t := rng.IntN(500)
		team[id], dept[id], site[id] = fmt.Sprintf("t%03d", t), fmt.Sprintf("d%02d", t/10), fmt.Sprint("s", rng.IntN(3))
		r := Response{Respondent: id, Subject: "programme", Group: groups[rng.IntN(len(groups))]}
		for _, it := range in.Items {
			if rng.IntN(20) > 0 {
				r.Answers = append(r.Answers, Answer{Item: it.ID, Value: 1 + rng.IntN(5)})
			}
		}
		rs[i] = r
	}
	spec := ReportSpec{
		Dimensions: []Dimension{keyDim("dept", dept), keyDim("team", team), keyDim("site", site), RaterGroupDimension()},
		Groupings: []Grouping{{Name: "dept", By: []string{"dept"}}, {Name: "team", By: []string{"team"}},
			{Name: "team×raterGroup", By: []string{"team", "raterGroup"}}, {Name: "site", By: []string{"site"}}},
	}
	return in, rs, spec
}

// BenchmarkBuildReportIssue19 reports, besides time, the released item
// cells and those withheld by the search bound (target: none).
func BenchmarkBuildReportIssue19(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 50_000, 100_000} {
		in, rs, spec := issueSurvey(n)
		b.Run(fmt.Sprintf("responses=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			var rep Report
			for b.Loop() {
				var err error
				if rep, err = BuildReport(in, rs, spec); err != nil {
					b.Fatal(err)
				}
			}
			released, bounded := 0, 0
			for _, c := range rep.Cells {
				for _, it := range c.Items {
					if it.Suppression == 0 {
						released++
					} else if it.Suppression == SuppressedBound {
						bounded++
					}
				}
			}
			b.ReportMetric(float64(released), "released-items")
			b.ReportMetric(float64(bounded), "bound-items")
		})
	}
}
