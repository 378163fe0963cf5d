package feedback

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/internal/faulttest"
)

func TestReleaseComments(t *testing.T) {
	// Team A: 10 commenters, team B: 3, both in department D; team C: 12
	// in department E. B is withheld (3 < 10), and D − A would give B's
	// three comments, so one of D and A goes too.
	team, dept := map[string]string{}, map[string]string{}
	var rs []Response
	for _, g := range []struct {
		team, dept string
		n          int
	}{{"A", "D", 10}, {"B", "D", 3}, {"C", "E", 12}} {
		for i := range g.n {
			id := fmt.Sprint(g.team, i)
			team[id], dept[id] = g.team, g.dept
			r := answered(id, Mentee, 1+i%5)
			r.Comment = fmt.Sprintf("comment of %s", id)
			rs = append(rs, r)
		}
	}
	spec := ReportSpec{Policy: Policy{MinRespondents: 3}, Dimensions: []Dimension{keyDim("team", team), keyDim("dept", dept)},
		Groupings: []Grouping{{Name: "dept", By: []string{"dept"}}, {Name: "team", By: []string{"team"}}}}
	got, err := ReleaseComments(oneItem(), rs, spec, 0, rand.New(rand.NewPCG(1, 2)))
	require.NoError(t, err)
	reasons := map[string]Suppression{}
	for _, g := range got {
		reasons[g.Grouping+":"+g.Key[0]] = g.Suppression
	}
	require.Equal(t, SuppressedPrimary, reasons["team:B"])
	require.Equal(t, Suppression(0), reasons["team:C"])
	require.Equal(t, Suppression(0), reasons["dept:E"])
	require.True(t, reasons["team:A"] == SuppressedComplementary || reasons["dept:D"] == SuppressedComplementary, "%v", reasons)

	// The oracle over the released sets (one unknown per comment): no
	// combination of fewer than ten persons' comments.
	sys := &oracleSystem{name: "comments"}
	vars := map[int]int{}
	for _, g := range got {
		if g.Suppression != 0 {
			continue
		}
		row := map[int]int64{}
		for i := range rs {
			in := (g.Grouping == "team" && team[rs[i].Respondent] == g.Key[0]) || (g.Grouping == "dept" && dept[rs[i].Respondent] == g.Key[0])
			if in {
				row[sys.variable(vars, i, rs[i].Respondent)] = 1
			}
		}
		require.Len(t, g.Comments, len(row))
		sys.rows = append(sys.rows, row)
	}
	_, leak := sys.attack(t, DefaultMinComments)
	require.False(t, leak)

	// The order comes from the generator, not from the input.
	rev := slices.Clone(rs)
	slices.Reverse(rev)
	again, err := ReleaseComments(oneItem(), rev, spec, 0, rand.New(rand.NewPCG(1, 2)))
	require.NoError(t, err)
	require.Equal(t, got, again)

	_, err = ReleaseComments(oneItem(), rs, spec, 0, nil)
	faulttest.Require(t, err, "rng", "required")
}
