package feedback

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/internal/faulttest"
)

// testOrg is a small organisation: respondent → team and department.
type testOrg struct {
	team, dept map[string]string
}

func (o testOrg) dims() []Dimension {
	return []Dimension{
		{Name: "dept", Key: func(r *Response) (string, bool) { d, ok := o.dept[r.Respondent]; return d, ok }},
		{Name: "team", Key: func(r *Response) (string, bool) { t, ok := o.team[r.Respondent]; return t, ok }},
		RaterGroupDimension(),
	}
}

func fiveItems() *Instrument {
	in := &Instrument{ID: "pulse", Scale: LikertScale(5)}
	for j := range 5 {
		it := Item{ID: fmt.Sprintf("q%d", j+1), Text: map[string]string{"en": fmt.Sprintf("Question %d", j+1)}}
		if j < 3 {
			it.Subscale = "support"
		}
		it.Reverse = j == 4
		in.Items = append(in.Items, it)
	}
	return in
}

// people builds respondents named p0, p1, ... in the given teams.
func people(teams map[string][]int, dept map[string]string) (testOrg, []Response) {
	o := testOrg{team: map[string]string{}, dept: map[string]string{}}
	var rs []Response
	names := make([]string, 0, len(teams))
	for t := range teams {
		names = append(names, t)
	}
	slices.Sort(names)
	for _, t := range names {
		for _, v := range teams[t] {
			id := fmt.Sprintf("p%d", len(rs))
			o.team[id] = t
			o.dept[id] = dept[t]
			rs = append(rs, Response{Respondent: id, Subject: "prog", Group: Mentee,
				Answers: []Answer{{"q1", v}, {"q2", v}, {"q3", v}, {"q4", v}, {"q5", v}}})
		}
	}
	return o, rs
}

// suppressedCells lists the cells whose first item is not released (the
// whole cell suppressed, or the item).
func suppressedCells(rep Report) []string {
	var out []string
	for _, c := range rep.Cells {
		if c.Suppressed || c.Items[0].Suppression != 0 {
			out = append(out, c.String())
		}
	}
	return out
}

func TestBuildReportDifferencing(t *testing.T) {
	// Department D = team A (5 people) + team B (2 people). Releasing D and
	// A would give B's totals as D − A, so A (the smaller released cell
	// used) must go too.
	in := fiveItems()
	o, rs := people(map[string][]int{"A": {1, 2, 3, 4, 5}, "B": {5, 5}, "C": {1, 1, 2, 2, 3, 3}}, map[string]string{"A": "D", "B": "D", "C": "E"})
	rep, err := BuildReport(in, rs, ReportSpec{Dimensions: o.dims(), Groupings: []Grouping{
		{Name: "overall"}, {Name: "dept", By: []string{"dept"}}, {Name: "team", By: []string{"team"}},
	}})
	require.NoError(t, err)
	// Hand analysis: B (2) is below the minimum. D − A = B, so one of D and
	// A must go: A has fewer respondents. Then D = A + B, E = C and overall
	// = D + E reveal nothing about A or B alone.
	want := []string{"team: A", "team: B"}
	if diff := cmp.Diff(want, suppressedCells(rep)); diff != "" {
		t.Errorf("suppressed cells (-want +got):\n%s", diff)
	}
	d, ok := rep.Find("dept", "D")
	require.True(t, ok)
	require.False(t, d.Suppressed)
	// D's q1 answers are 1, 2, 3, 4, 5, 5, 5: sum 25, sum of squares 105,
	// SS = 105 − 25²/7 = 110/7, variance 55/21; the top two points (4, 5)
	// hold 4 of 7; floor(0.1·7) = 0 answers are trimmed.
	want1 := ItemStats{Item: "q1", N: 7, Mean: 25.0 / 7, Median: 4, TrimmedMean: 25.0 / 7,
		SD: math.Sqrt(55.0 / 21), TopTwoBox: 4.0 / 7, Index: (25.0/7 - 1) / 4 * 100, Distribution: []int{1, 1, 1, 1, 3}}
	if diff := cmp.Diff(want1, d.Items[0], approx()); diff != "" {
		t.Errorf("q1 in D (-want +got):\n%s", diff)
	}
	// q5 is reverse keyed: 6 − x gives 5, 4, 3, 2, 1, 1, 1.
	require.Equal(t, []int{3, 1, 1, 1, 1}, d.Items[4].Distribution)
	// The support subscale (q1..q3) scores are the answers themselves.
	if diff := cmp.Diff(SubscaleStats{Subscale: "support", N: 7, Mean: 25.0 / 7, Median: 4, TrimmedMean: 25.0 / 7, SD: math.Sqrt(55.0 / 21),
		TopTwoBox: 4.0 / 7, Index: (25.0/7 - 1) / 4 * 100, Distribution: []ScoreCount{{1, 1}, {2, 1}, {3, 1}, {4, 1}, {5, 3}}}, d.Subscales[0], approx()); diff != "" {
		t.Errorf("subscale in D (-want +got):\n%s", diff)
	}
}

func TestBuildReportCrossCutGroup(t *testing.T) {
	// Departments and teams cut across each other: dept p × team r holds 2
	// people, p × s 5, q × r 5, q × s nobody. Every released cell has at
	// least 5 (p 7, q 5, r 7, s 5), yet team r − dept q = (p × r): the
	// totals of a two-person group that no grouping lists. Hand analysis of
	// the suppression: r − q uses r (7) and q (5), so q goes; then p − s
	// gives the same pair, using p (7) and s (5), so s goes; p and r alone
	// determine nothing smaller than themselves.
	in := fiveItems()
	o := testOrg{team: map[string]string{}, dept: map[string]string{}}
	var rs []Response
	for _, g := range []struct {
		dept, team string
		n          int
	}{{"p", "r", 2}, {"p", "s", 5}, {"q", "r", 5}} {
		for range g.n {
			id := fmt.Sprintf("x%d", len(rs))
			o.dept[id], o.team[id] = g.dept, g.team
			rs = append(rs, Response{Respondent: id, Subject: "prog", Group: Mentee, Answers: []Answer{{"q1", 1 + len(rs)%5}}})
		}
	}
	spec := ReportSpec{Dimensions: o.dims(), Groupings: []Grouping{{Name: "dept", By: []string{"dept"}}, {Name: "team", By: []string{"team"}}}}
	rep, err := BuildReport(in, rs, spec)
	require.NoError(t, err)
	if diff := cmp.Diff([]string{"dept: q", "team: s"}, suppressedCells(rep)); diff != "" {
		t.Errorf("suppressed cells (-want +got):\n%s", diff)
	}
	attack(t, in, rs, spec, rep)
}

func TestBuildReportMissingValues(t *testing.T) {
	// Five mentees in department d0, five in d1, and a mentee and a peer
	// whose department is unknown (Key says no). The report lists overall
	// (12), d0 (5) and d1 (5): every listed cell is big enough, but
	// overall − d0 − d1 is the two people without a department. They form
	// an unlisted group of the department grouping, so the disclosing
	// combination must be broken: it uses overall (12), d0 (5) and d1 (5),
	// and the smallest, d0 (first in cell order), goes. Then overall − d1
	// is d0 plus the two, seven people, which is allowed.
	in := fiveItems()
	o := testOrg{team: map[string]string{}, dept: map[string]string{}}
	var rs []Response
	add := func(dept string, g RaterGroup) {
		id := fmt.Sprintf("x%d", len(rs))
		if dept != "" {
			o.dept[id], o.team[id] = dept, dept+".t"
		}
		rs = append(rs, Response{Respondent: id, Subject: "prog", Group: g, Answers: []Answer{{"q1", 1 + len(rs)%5}}})
	}
	for range 5 {
		add("d0", Mentee)
		add("d1", Mentee)
	}
	add("", Mentee)
	add("", Peer)
	spec := ReportSpec{Dimensions: o.dims(), Groupings: []Grouping{{Name: "overall"}, {Name: "dept", By: []string{"dept"}}}}
	rep, err := BuildReport(in, rs, spec)
	require.NoError(t, err)
	if diff := cmp.Diff([]string{"dept: d0"}, suppressedCells(rep)); diff != "" {
		t.Errorf("suppressed cells (-want +got):\n%s", diff)
	}
	attack(t, in, rs, spec, rep)
}

func TestBuildReportNoNeedlessSuppression(t *testing.T) {
	// 14 teams of six (mentee, mentor, two peers, a direct report and a
	// manager), reported overall, by team and by team × rater group. The
	// team × rater group cells (one or two people) are suppressed; every
	// team (6 ≥ 5) may be released: the released cells are then whole
	// teams, so every combination of them is a sum of whole teams, six
	// people or more, and no small group can be derived. The search for
	// small unions used to give up beyond 12 independent combinations and
	// suppress teams until it could enumerate them (3 of these 14; 39 of
	// 50 teams).
	in := fiveItems()
	o := testOrg{team: map[string]string{}, dept: map[string]string{}}
	var rs []Response
	groups := []RaterGroup{Mentee, Mentor, Peer, DirectReport, Manager, Peer}
	for tm := range 14 {
		for k, g := range groups {
			id := fmt.Sprintf("r%d", len(rs))
			o.team[id], o.dept[id] = fmt.Sprintf("t%02d", tm), "d"
			rs = append(rs, Response{Respondent: id, Subject: "p", Group: g, Answers: []Answer{{"q1", 1 + (tm+k)%5}}})
		}
	}
	spec := ReportSpec{Dimensions: o.dims(), Groupings: []Grouping{{Name: "overall"}, {Name: "team", By: []string{"team"}},
		{Name: "team×raterGroup", By: []string{"team", "raterGroup"}}}}
	rep, err := BuildReport(in, rs, spec)
	require.NoError(t, err)
	for _, c := range rep.Cells {
		require.Equal(t, c.Grouping == "team×raterGroup", c.Suppressed, "%s", c.String())
	}

	// Overall, teams and rater groups (all big enough) of 50 such teams:
	// nothing is suppressed. A combination Σ α_t·team_t + Σ β_g·group_g
	// gives atom (t, g) the weight α_t + β_g; for it to pick out fewer
	// than five people it must be 1 on a few atoms and 0 on all others,
	// which with every team holding every rater group forces whole teams
	// or whole rater groups. (An exact search over all small atoms, tried
	// once, suppressed 17 of these 56 cells.)
	rs, o = nil, testOrg{team: map[string]string{}, dept: map[string]string{}}
	for tm := range 50 {
		for k, g := range groups {
			id := fmt.Sprintf("r%d", len(rs))
			o.team[id], o.dept[id] = fmt.Sprintf("t%02d", tm), "d"
			rs = append(rs, Response{Respondent: id, Subject: "p", Group: g, Answers: []Answer{{"q1", 1 + (tm+k)%5}}})
		}
	}
	spec = ReportSpec{Dimensions: o.dims(), Groupings: []Grouping{{Name: "overall"}, {Name: "team", By: []string{"team"}},
		{Name: "raterGroup", By: []string{"raterGroup"}}}}
	rep, err = BuildReport(in, rs, spec)
	require.NoError(t, err)
	require.Empty(t, suppressedCells(rep))
}

func approx() cmp.Option {
	return cmp.Comparer(func(x, y float64) bool {
		return x == y || math.Abs(x-y) <= 1e-12*math.Max(1, math.Abs(y)) || (math.IsNaN(x) && math.IsNaN(y))
	})
}

// member reports whether response r falls in cell c, recomputed from the
// dimension functions and nothing else.
func member(dims []Dimension, g Grouping, c Cell, r *Response) bool {
	for i, name := range g.By {
		for _, d := range dims {
			if d.Name == name {
				v, ok := d.Key(r)
				if !ok || v != c.Key[i] {
					return false
				}
			}
		}
	}
	return true
}

func randomOrg(rng *rand.Rand, in *Instrument) (testOrg, []Response) {
	o := testOrg{team: map[string]string{}, dept: map[string]string{}}
	var rs []Response
	groups := []RaterGroup{Mentee, Mentee, Mentor, Peer, DirectReport, Manager, Self}
	for d := range 1 + rng.IntN(3) {
		for t := range 1 + rng.IntN(3) {
			size := 1 + rng.IntN(8)
			for range size {
				id := fmt.Sprintf("r%d", len(rs))
				if rng.IntN(10) > 0 { // a few respondents have no team or department
					o.team[id] = fmt.Sprintf("t%d.%d", d, t)
					o.dept[id] = fmt.Sprintf("d%d", d)
				}
				r := Response{Respondent: id, Subject: "prog", Group: groups[rng.IntN(len(groups))]}
				for _, it := range in.Items {
					if rng.IntN(8) > 0 {
						r.Answers = append(r.Answers, Answer{Item: it.ID, Value: 1 + rng.IntN(5)})
					}
				}
				rs = append(rs, r)
			}
		}
	}
	return o, rs
}

func TestBuildReportAttacker(t *testing.T) {
	in := fiveItems()
	all := []Grouping{
		{Name: "overall"},
		{Name: "dept", By: []string{"dept"}},
		{Name: "team", By: []string{"team"}},
		{Name: "raterGroup", By: []string{"raterGroup"}},
		{Name: "dept×raterGroup", By: []string{"dept", "raterGroup"}},
		{Name: "team×raterGroup", By: []string{"team", "raterGroup"}},
		{Name: "raterGroup×dept", By: []string{"raterGroup", "dept"}},
	}
	rng := rand.New(rand.NewPCG(7, 2026))
	var released, suppressed, secondary int
	for trial := range 300 {
		o, rs := randomOrg(rng, in)
		var gs []Grouping
		for _, g := range all {
			if rng.IntN(2) == 0 {
				gs = append(gs, g)
			}
		}
		if len(gs) == 0 {
			gs = all[:3]
		}
		spec := ReportSpec{
			Policy:     Policy{MinRespondents: []int{0, 3, 4, 5}[rng.IntN(4)], ExemptGroups: exempts(rng.IntN(2) == 0, rng.IntN(3) == 0)},
			Dimensions: o.dims(),
			Groupings:  gs,
		}
		if trial%3 == 0 { // list every department, team and rater group, some unused
			spec.Dimensions[0].Values = []string{"d0", "d1", "d2", "d9"}
			for d := range 3 {
				for t := range 3 {
					spec.Dimensions[1].Values = append(spec.Dimensions[1].Values, fmt.Sprintf("t%d.%d", d, t))
				}
			}
			for _, g := range declaredGroups {
				spec.Dimensions[2].Values = append(spec.Dimensions[2].Values, g.String())
			}
		}
		rep, err := BuildReport(in, rs, spec)
		require.NoError(t, err)
		t.Run(fmt.Sprint(trial), func(t *testing.T) {
			r, s := attack(t, in, rs, spec, rep)
			released += r
			suppressed += s
		})
		// Count cells that were big enough but had to go.
		for _, c := range rep.Cells {
			if c.Suppressed {
				g := spec.Groupings[slices.IndexFunc(spec.Groupings, func(g Grouping) bool { return g.Name == c.Grouping })]
				size := 0
				for i := range rs {
					if member(spec.Dimensions, g, c, &rs[i]) {
						size++
					}
				}
				if size >= spec.Policy.Min() {
					secondary++
				}
			}
		}
	}
	// The property must not hold vacuously.
	require.Greater(t, released, 300)
	require.Greater(t, suppressed, 300)
	require.Greater(t, secondary, 50)
	t.Logf("released %d, suppressed %d (of which %d big enough on their own)", released, suppressed, secondary)
}

func TestBuildReportSelfExemption(t *testing.T) {
	// A 360 of one subject: self, manager and some peers, self exempt.
	// Releasing "all raters" gives all − self = manager + peers. With three
	// peers that is an implicit group of four, below the minimum of five,
	// so "all" must go; with four peers it is five people and may stay.
	in := fiveItems()
	for _, tc := range []struct {
		peers int
		want  []string
	}{
		{3, []string{"all", "raterGroup: manager", "raterGroup: peer"}},
		{4, []string{"raterGroup: manager", "raterGroup: peer"}},
	} {
		t.Run(fmt.Sprint(tc.peers, " peers"), func(t *testing.T) {
			var rs []Response
			add := func(id string, g RaterGroup, v int) {
				rs = append(rs, Response{Respondent: id, Subject: "m1", Group: g, Answers: []Answer{{"q1", v}}})
			}
			add("s", Self, 5)
			add("m", Manager, 4)
			for i := range tc.peers {
				add(fmt.Sprint("p", i), Peer, 2+i%2)
			}
			spec := ReportSpec{Policy: Policy{ExemptGroups: []RaterGroup{Self}}, Dimensions: []Dimension{RaterGroupDimension()},
				Groupings: []Grouping{{Name: "all"}, {Name: "raterGroup", By: []string{"raterGroup"}}}}
			rep, err := BuildReport(in, rs, spec)
			require.NoError(t, err)
			if diff := cmp.Diff(tc.want, suppressedCells(rep)); diff != "" {
				t.Errorf("suppressed (-want +got):\n%s", diff)
			}
			self, _ := rep.Find("raterGroup", "self")
			require.True(t, self.Exempt)
			require.Equal(t, 5.0, self.Items[0].Mean)
			attack(t, in, rs, spec, rep)
		})
	}
}

func TestBuildReportErrors(t *testing.T) {
	in := fiveItems()
	o, rs := people(map[string][]int{"A": {1, 2, 3}}, map[string]string{"A": "D"})
	good := ReportSpec{Dimensions: o.dims(), Groupings: []Grouping{{Name: "team", By: []string{"team"}}}}
	bad := slices.Clone(rs)
	bad[1] = Response{Respondent: "p0", Subject: "", Answers: []Answer{{"q9", 3}, {"q1", 7}, {"q1", 2}}}
	tests := []struct {
		name  string
		spec  ReportSpec
		rs    []Response
		want  []error
		field string
	}{
		{"policy below floor", ReportSpec{Policy: Policy{MinRespondents: 2}, Dimensions: good.Dimensions, Groupings: good.Groupings}, rs, []error{ErrOutOfRange}, "policy.minRespondents"},
		{"no groupings", ReportSpec{Dimensions: good.Dimensions}, rs, []error{ErrTooFew}, "spec.groupings"},
		{"unknown dimension", ReportSpec{Dimensions: good.Dimensions, Groupings: []Grouping{{Name: "x", By: []string{"nope"}}}}, rs, []error{ErrInvalid}, "spec.groupings[0].by[0]"},
		{"trim", ReportSpec{Trim: 0.5, Dimensions: good.Dimensions, Groupings: good.Groupings}, rs, []error{ErrOutOfRange}, "spec.trim"},
		{"bad responses", good, bad, []error{ErrDuplicate, ErrInvalid, ErrUnknownItem, ErrOutOfRange}, "responses[1].answers[1].value"},
		{"no responses", good, nil, []error{ErrTooFew}, "responses"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := BuildReport(in, tc.rs, tc.spec)
			require.Error(t, err)
			for _, w := range tc.want {
				require.ErrorIs(t, err, w)
			}
			var fe *FieldError
			require.True(t, errors.As(err, &fe))
			require.Contains(t, err.Error(), tc.field)
		})
	}
}

func TestSubscaleStats(t *testing.T) {
	in := fiveItems() // subscale "support" = q1..q3 on 1..5
	rs := []Response{
		{Respondent: "a", Subject: "s", Group: Mentee, Answers: []Answer{{"q1", 4}, {"q2", 5}, {"q3", 3}}}, // 4
		{Respondent: "b", Subject: "s", Group: Mentee, Answers: []Answer{{"q1", 1}, {"q2", 2}, {"q3", 3}}}, // 2
		{Respondent: "c", Subject: "s", Group: Mentee, Answers: []Answer{{"q1", 2}, {"q3", 4}}},            // partial: no score
		{Respondent: "d", Subject: "s", Group: Mentee, Answers: []Answer{{"q1", 5}, {"q2", 5}, {"q3", 5}}}, // 5
		{Respondent: "e", Subject: "s", Group: Mentee, Answers: []Answer{{"q4", 3}}},                       // no score
		{Respondent: "f", Subject: "s", Group: Mentee, Answers: []Answer{{"q1", 3}, {"q2", 3}, {"q3", 3}}}, // 3
	}
	spec := ReportSpec{Policy: Policy{MinRespondents: 3}, Groupings: []Grouping{{Name: "all"}}}
	rep, err := BuildReport(in, rs, spec)
	require.NoError(t, err)
	c, ok := rep.Find("all")
	require.True(t, ok)
	// q1 + q2 + q3 − 3·(subscale mean)·4 would be c's answers to q1 and
	// q3: with c the only partial answerer, the subscale is withheld.
	require.Equal(t, SuppressedComplementary, c.Subscales[0].Suppression)
	attack(t, in, rs, spec, rep)
	acc, err := accumulate(in, rs, nil)
	require.NoError(t, err)
	_, subs := acc.cellStats(in, buildCells(acc, &spec)[0], DefaultTrim)
	// By hand, over the complete answerers a, b, d, f: scores 4, 2, 5, 3;
	// mean 3.5, median 3.5, SS = 2·1.5² + 2·0.5² = 5, SD = √(5/3); two of
	// four at least 4; index (3.5 − 1)/4·100 = 62.5; nothing trimmed.
	want := SubscaleStats{Subscale: "support", N: 4, Mean: 3.5, Median: 3.5, TrimmedMean: 3.5, SD: math.Sqrt(5.0 / 3),
		TopTwoBox: 0.5, Index: 62.5, Distribution: []ScoreCount{{2, 1}, {3, 1}, {4, 1}, {5, 1}}}
	if diff := cmp.Diff(want, subs[0], approx()); diff != "" {
		t.Errorf("subscale (-want +got):\n%s", diff)
	}
	require.Equal(t, 6, c.N)
	require.Equal(t, 1, c.Items[0].Missing) // e skipped q1
	require.Equal(t, 5, c.Items[0].N)

	// Without c the subscale adds nothing: released.
	rep, err = BuildReport(in, append(rs[:2:2], rs[3:]...), spec)
	require.NoError(t, err)
	c, _ = rep.Find("all")
	require.Zero(t, c.Subscales[0].Suppression)
	require.Equal(t, 3.5, c.Subscales[0].Mean)
}

func TestBuildReportListedValues(t *testing.T) {
	in := fiveItems()
	o, rs := people(map[string][]int{"A": {1, 2, 3, 4, 5}, "B": {5, 5, 4, 4, 3}}, map[string]string{"A": "D", "B": "D"})
	dims := o.dims()
	dims[1].Values = []string{"A", "B", "C"} // nobody from C answered
	rep, err := BuildReport(in, rs, ReportSpec{Dimensions: dims, Groupings: []Grouping{{Name: "team", By: []string{"team"}}}})
	require.NoError(t, err)
	require.Equal(t, []string{"team: C"}, suppressedCells(rep))
	c, _ := rep.Find("team", "C")
	require.Equal(t, Cell{Grouping: "team", Key: []string{"C"}, Suppressed: true, Suppression: SuppressedPrimary}, *c)

	dims[1].Values = []string{"A", "A"}
	_, err = BuildReport(in, rs, ReportSpec{Dimensions: dims, Groupings: []Grouping{{Name: "team", By: []string{"team"}}}})
	require.ErrorIs(t, err, ErrDuplicate)
	faulttest.Require(t, err, "spec.dimensions[1].values[1]", "duplicate")
	dims[1].Values = []string{"A"}
	_, err = BuildReport(in, rs, ReportSpec{Dimensions: dims, Groupings: []Grouping{{Name: "team", By: []string{"team"}}}})
	require.ErrorIs(t, err, ErrInvalid)
	fe := faulttest.Require(t, err, "responses[5]", "valueNotListed")
	require.Equal(t, "p5", fe.ID)
	require.Equal(t, "B", fe.Value)
	require.Equal(t, "has a value of dimension team that is not one of its listed values", fe.Text.EN)
}
