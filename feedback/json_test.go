package feedback

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

func TestReportJSONRoundTrip(t *testing.T) {
	in := fiveItems()
	var rs []Response
	rs = append(rs, Response{Respondent: "s", Subject: "m", Group: Self, Answers: []Answer{{"q1", 4}}})
	for i := range 6 {
		rs = append(rs, Response{Respondent: fmt.Sprint("p", i), Subject: "m", Group: Peer, Answers: []Answer{{"q1", 1 + i%5}, {"q2", 3}}})
	}
	rep, err := Build360(in, rs, "m", Policy{ExemptGroups: []RaterGroup{Self}})
	require.NoError(t, err)
	b, err := json.Marshal(rep)
	require.NoError(t, err)
	require.Contains(t, string(b), `"group":"self"`)
	require.Contains(t, string(b), `"trimmedMean":`)
	require.Contains(t, string(b), `"sd":"NaN"`) // the single self-rating has no SD
	var back Report360
	require.NoError(t, json.Unmarshal(b, &back))
	if diff := cmp.Diff(rep, back, approx()); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}

	// A rater group is its text: the declared ones and a caller's own.
	var r Response
	require.NoError(t, json.Unmarshal([]byte(`{"respondent":"a","group":"skipLevel"}`), &r))
	require.Equal(t, RaterGroup("skipLevel"), r.Group)
	require.NoError(t, json.Unmarshal([]byte(`{"respondent":"a","group":"directReport"}`), &r))
	require.Equal(t, DirectReport, r.Group)
	for _, g := range []RaterGroup{Mentee, Mentor, Peer, DirectReport, Manager, Self} {
		b, err := json.Marshal(g)
		require.NoError(t, err)
		var back RaterGroup
		require.NoError(t, json.Unmarshal(b, &back))
		require.Equal(t, g, back)
	}
}

func TestBuildReportOrderIndependent(t *testing.T) {
	// The same respondents in any order give the same report, to the bit.
	in := fiveItems()
	gs := []Grouping{{Name: "overall"}, {Name: "dept", By: []string{"dept"}}, {Name: "team", By: []string{"team"}},
		{Name: "team×raterGroup", By: []string{"team", "raterGroup"}}}
	rng := rand.New(rand.NewPCG(11, 12))
	for trial := range 40 {
		o, rs := randomOrg(rng, in)
		spec := ReportSpec{Policy: Policy{MinRespondents: 3, ExemptGroups: exempts(trial%2 == 0, false)}, Dimensions: o.dims(), Groupings: gs}
		want, err := BuildReport(in, rs, spec)
		require.NoError(t, err)
		shuffled := append([]Response(nil), rs...)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		got, err := BuildReport(in, shuffled, spec)
		require.NoError(t, err)
		wb, err := json.Marshal(want)
		require.NoError(t, err)
		gb, err := json.Marshal(got)
		require.NoError(t, err)
		if string(wb) != string(gb) {
			t.Fatalf("trial %d: report depends on the order of responses:\n%s", trial, cmp.Diff(string(wb), string(gb)))
		}
		require.True(t, json.Valid(wb))
	}
}
