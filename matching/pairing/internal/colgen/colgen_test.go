package colgen

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"

	"github.com/mentorkit/mentorkit/matching"
)

// randomProblem is a small problem with values in quarters (so totals are
// exact), empty rows, mentors without places, and row and place bonuses
// each present half the time.
func randomProblem(rng *rand.Rand) Problem {
	rows, mentors := rng.IntN(9), rng.IntN(8)
	p := Problem{RowStart: []int{0}, PlaceStart: []int{0}, Initial: 1 + rng.IntN(3)}
	for range mentors {
		p.PlaceStart = append(p.PlaceStart, p.PlaceStart[len(p.PlaceStart)-1]+rng.IntN(4))
	}
	places := p.PlaceStart[mentors]
	quarter := func(lo, hi int) float64 { return float64(lo+rng.IntN(4*(hi-lo)+1)) / 4 }
	for range rows {
		for _, m := range rng.Perm(mentors) { // pairs in any mentor order
			if rng.IntN(3) > 0 {
				p.Mentor, p.Value = append(p.Mentor, int32(m)), append(p.Value, quarter(-2, 5))
			}
		}
		p.RowStart = append(p.RowStart, len(p.Mentor))
	}
	if rng.IntN(2) == 0 {
		p.RowBonus = make([]float64, rows)
		for i := range p.RowBonus {
			p.RowBonus[i] = quarter(-1, 4)
		}
	}
	if rng.IntN(2) == 0 {
		p.PlaceBonus = make([]float64, places)
		for j := range p.PlaceBonus {
			p.PlaceBonus[j] = quarter(0, 6)
		}
	}
	return p
}

// at is the value of pair k of row i at place j.
func (p Problem) at(i, k, j int) float64 {
	x := p.Value[k]
	if p.RowBonus != nil {
		x += p.RowBonus[i]
	}
	if p.PlaceBonus != nil {
		x += p.PlaceBonus[j]
	}
	return x
}

// checkValid fails unless out gives each row of p a place of one of its
// allowed mentors or -1, no place twice, and returns the total value.
func checkValid(t testing.TB, p Problem, out []int) float64 {
	t.Helper()
	rows := max(len(p.RowStart)-1, 0)
	require.Len(t, out, rows)
	used := map[int]bool{}
	total := 0.0
	for i, j := range out {
		if j < 0 {
			require.Equal(t, -1, j, "row %d", i)
			continue
		}
		require.False(t, used[j], "place %d taken twice", j)
		used[j] = true
		m, _ := slices.BinarySearch(p.PlaceStart, j+1)
		m--
		k := slices.Index(p.Mentor[p.RowStart[i]:p.RowStart[i+1]], int32(m))
		require.GreaterOrEqual(t, k, 0, "row %d at place %d of mentor %d, not an allowed pair", i, j, m)
		total += p.at(i, p.RowStart[i]+k, j)
	}
	return total
}

// denseOptimum is the optimal total of p by matching.Assign on the full
// rows × (places + rows) matrix: -Inf where a pair is not allowed, 0 on
// each row's own column.
func denseOptimum(t testing.TB, p Problem) float64 {
	t.Helper()
	rows := len(p.RowStart) - 1
	places := p.PlaceStart[len(p.PlaceStart)-1]
	if rows == 0 {
		return 0
	}
	d := mat.NewDense(rows, places+rows, nil)
	for i := range rows {
		for j := range places + rows {
			d.Set(i, j, math.Inf(-1))
		}
		d.Set(i, places+i, 0)
		for k := p.RowStart[i]; k < p.RowStart[i+1]; k++ {
			m := p.Mentor[k]
			for j := p.PlaceStart[m]; j < p.PlaceStart[m+1]; j++ {
				d.Set(i, j, p.at(i, k, j))
			}
		}
	}
	a, err := matching.Assign(d, matching.Maximize)
	require.NoError(t, err)
	return a.Total
}

// clone is a deep copy of p, to check Solve leaves its input alone.
func clone(p Problem) Problem {
	p.RowStart, p.Mentor, p.Value = slices.Clone(p.RowStart), slices.Clone(p.Mentor), slices.Clone(p.Value)
	p.PlaceStart, p.RowBonus, p.PlaceBonus = slices.Clone(p.PlaceStart), slices.Clone(p.RowBonus), slices.Clone(p.PlaceBonus)
	return p
}

// TestSolveAgainstDense: on 600 random small problems starting from one to
// three pairs per row (so pricing adds most pairs), Solve's total equals
// the dense optimum of matching.Assign on the full matrix (exactly: the
// values are quarters), its assignment is valid and its input unchanged.
func TestSolveAgainstDense(t *testing.T) {
	rng := rand.New(rand.NewPCG(26, 12))
	priced := 0
	for trial := range 600 {
		p := randomProblem(rng)
		before := clone(p)
		out, err := Solve(p)
		require.NoError(t, err, "trial %d", trial)
		require.Empty(t, cmp.Diff(before, p), "trial %d: input modified", trial)
		require.Equal(t, denseOptimum(t, p), checkValid(t, p, out), "trial %d", trial)
		for i := range len(p.RowStart) - 1 {
			if p.RowStart[i+1]-p.RowStart[i] > p.Initial {
				priced++ // some pair of row i starts left out
				break
			}
		}
	}
	require.Greater(t, priced, 300) // problems where some pair starts left out
}

// TestSolveInitial: the optimum does not depend on Initial (0 = the
// default, which takes every pair of these problems from the start).
func TestSolveInitial(t *testing.T) {
	rng := rand.New(rand.NewPCG(26, 13))
	for trial := range 200 {
		p := randomProblem(rng)
		want := denseOptimum(t, p)
		for _, n := range []int{-1, 0, 1, 2, 1 << 30} {
			p.Initial = n
			out, err := Solve(p)
			require.NoError(t, err, "trial %d initial %d", trial, n)
			require.Equal(t, want, checkValid(t, p, out), "trial %d initial %d", trial, n)
		}
	}
}

// TestSolveCases: hand-made problems with known answers.
func TestSolveCases(t *testing.T) {
	for _, tc := range []struct {
		name string
		p    Problem
		want []int
	}{
		{"zero problem", Problem{}, []int{}},
		{"rows without pairs", Problem{RowStart: []int{0, 0, 0}}, []int{-1, -1}},
		{"mentor without places", Problem{RowStart: []int{0, 1}, Mentor: []int32{0}, Value: []float64{5}, PlaceStart: []int{0, 0}}, []int{-1}},
		{"negative value stays unmatched", Problem{RowStart: []int{0, 1}, Mentor: []int32{0}, Value: []float64{-1}, PlaceStart: []int{0, 1}}, []int{-1}},
		{"row bonus makes it worth it", Problem{RowStart: []int{0, 1}, Mentor: []int32{0}, Value: []float64{-1}, PlaceStart: []int{0, 1}, RowBonus: []float64{2}}, []int{0}},
		{
			// Two rows want mentor 1 (one place); the second row's bonus wins it,
			// the first takes mentor 0's better place (bonus 3 on place 1).
			"bonuses decide",
			Problem{
				RowStart: []int{0, 2, 3}, Mentor: []int32{1, 0, 1}, Value: []float64{4, 1, 4},
				PlaceStart: []int{0, 2, 3}, RowBonus: []float64{0, 1}, PlaceBonus: []float64{0, 3, 0}, Initial: 1,
			},
			[]int{1, 2},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Solve(tc.p)
			require.NoError(t, err)
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
}

// TestSolveErrors: malformed problems give an error wrapping ErrProblem.
func TestSolveErrors(t *testing.T) {
	ok := Problem{RowStart: []int{0, 1, 2}, Mentor: []int32{0, 1}, Value: []float64{1, 2}, PlaceStart: []int{0, 1, 2}}
	for _, tc := range []struct {
		name string
		edit func(p *Problem)
	}{
		{"Value shorter", func(p *Problem) { p.Value = p.Value[:1] }},
		{"RowStart end", func(p *Problem) { p.RowStart[2] = 1 }},
		{"RowStart start", func(p *Problem) { p.RowStart[0] = 1 }},
		{"RowStart decreasing", func(p *Problem) { p.RowStart = []int{0, 2, 1, 2} }},
		{"pairs without RowStart", func(p *Problem) { p.RowStart = nil }},
		{"PlaceStart start", func(p *Problem) { p.PlaceStart[0] = 1 }},
		{"PlaceStart decreasing", func(p *Problem) { p.PlaceStart = []int{0, 2, 1} }},
		{"no mentors", func(p *Problem) { p.PlaceStart = nil }},
		{"mentor negative", func(p *Problem) { p.Mentor[0] = -1 }},
		{"mentor out of range", func(p *Problem) { p.Mentor[1] = 2 }},
		{"mentor twice in a row", func(p *Problem) { p.RowStart = []int{0, 2}; p.Mentor[1] = 0 }},
		{"RowBonus length", func(p *Problem) { p.RowBonus = []float64{1} }},
		{"PlaceBonus length", func(p *Problem) { p.PlaceBonus = []float64{1, 2, 3} }},
		{"Value NaN", func(p *Problem) { p.Value[0] = math.NaN() }},
		{"Value Inf", func(p *Problem) { p.Value[0] = math.Inf(1) }},
		{"RowBonus -Inf", func(p *Problem) { p.RowBonus = []float64{0, math.Inf(-1)} }},
		{"PlaceBonus NaN", func(p *Problem) { p.PlaceBonus = []float64{math.NaN(), 0} }},
		{"sum overflows", func(p *Problem) {
			p.Value[0] = math.MaxFloat64
			p.RowBonus = []float64{math.MaxFloat64, 0}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := clone(ok)
			tc.edit(&p)
			out, err := Solve(p)
			require.ErrorIs(t, err, ErrProblem)
			require.Nil(t, out)
		})
	}
	_, err := Solve(ok)
	require.NoError(t, err)
}

// TestTopPairs: the quickselect keeps exactly the n best (value, then
// index), checked against a full sort on random lists with many ties.
func TestTopPairs(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 11))
	byRank := func(a, b rankedPair) int {
		if a.before(b) {
			return -1
		}
		return 1
	}
	for range 500 {
		list := make([]rankedPair, rng.IntN(60))
		for i := range list {
			list[i] = rankedPair{float64(rng.IntN(6)), i}
		}
		rng.Shuffle(len(list), func(i, j int) { list[i], list[j] = list[j], list[i] })
		n := rng.IntN(70)
		want := slices.Clone(list)
		slices.SortFunc(want, byRank)
		want = want[:min(n, len(want))]
		got := slices.Clone(topPairs(list, n))
		slices.SortFunc(got, byRank)
		require.Equal(t, want, got)
	}
}
