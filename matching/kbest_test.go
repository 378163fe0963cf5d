package matching

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mentorkit/mentorkit/matching/internal/testkit"
	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"
)

// bruteAll is testkit.Brute with KBest's cells.
func bruteAll(m [][]float64, capacity []int, locks, bans []Cell, optional bool) []testkit.Assignment {
	cells := func(cs []Cell) []testkit.Cell {
		out := make([]testkit.Cell, len(cs))
		for i, x := range cs {
			out[i] = testkit.Cell{Row: x.Row, Col: x.Col}
		}
		return out
	}
	return testkit.Brute(m, capacity, cells(locks), cells(bans), optional)
}

// TestKBestAgainstEnumeration compares KBest with the sorted totals of
// every feasible assignment (enumerated by bruteAll) on thousands of
// seeded instances with n <= 6, square and rectangular, with forbidden
// entries, capacities, locks and bans, for both objectives. Small integer
// values make ties frequent, so only the totals are compared in order;
// each returned assignment must be feasible, distinct and add up to its
// Total.
func TestKBestAgainstEnumeration(t *testing.T) {
	rng := rand.New(rand.NewPCG(10, 1))
	for it := range 3000 {
		r, c := 1+rng.IntN(6), 1+rng.IntN(6)
		obj := Objective(rng.IntN(2))
		forbid := math.Inf(1)
		if obj == Maximize {
			forbid = math.Inf(-1)
		}
		m := testkit.RandIntMatrix(rng, r, c, 10, 0.2*rng.Float64(), forbid)
		var opts KBestOptions
		if rng.IntN(3) == 0 {
			opts.Capacity = make([]int, c)
			for j := range opts.Capacity {
				opts.Capacity[j] = rng.IntN(3)
			}
		}
		if rng.IntN(3) == 0 {
			i, j := rng.IntN(r), rng.IntN(c)
			if !math.IsInf(m[i][j], 0) {
				opts.Locks = []Cell{{i, j}}
			}
			opts.Bans = []Cell{{rng.IntN(r), rng.IntN(c)}}
		}
		k := 1 + rng.IntN(30)
		opts.Optional = obj == Maximize && rng.IntN(3) == 0
		all := bruteAll(m, opts.Capacity, opts.Locks, opts.Bans, opts.Optional)
		got, err := KBest(testkit.ToDense(m, c), obj, k, opts)
		if len(all) == 0 {
			require.ErrorIs(t, err, ErrInfeasible, "instance %d", it)
			continue
		}
		require.NoError(t, err, "instance %d", it)
		totals := make([]float64, len(all))
		for x, a := range all {
			totals[x] = a.Total
		}
		sort.Float64s(totals)
		if obj == Maximize {
			slices.Reverse(totals)
		}
		want := totals[:min(k, len(totals))]
		var gotTotals []float64
		seen := map[string]bool{}
		for _, a := range got {
			gotTotals = append(gotTotals, a.Total)
			key := ""
			var sum float64
			for i, j := range a.RowToCol {
				key += string(rune('a' + j + 1))
				if j >= 0 {
					sum += m[i][j]
				}
			}
			require.False(t, seen[key], "instance %d: duplicate %v", it, a.RowToCol)
			seen[key] = true
			require.Equal(t, sum, a.Total, "instance %d", it)
			require.True(t, slices.ContainsFunc(all, func(b testkit.Assignment) bool { return slices.Equal(b.RowToCol, a.RowToCol) }),
				"instance %d: %v is not a feasible assignment", it, a.RowToCol)
		}
		if d := cmp.Diff(want, gotTotals); d != "" {
			t.Fatalf("instance %d (%d×%d, %v, k=%d, %+v): totals (-want +got):\n%s", it, r, c, obj, k, opts, d)
		}
	}
}

func TestKBestFirstIsAssignOptimum(t *testing.T) {
	rng := rand.New(rand.NewPCG(10, 2))
	for range 200 {
		n := 3 + rng.IntN(20)
		m := mat.NewDense(n, n+rng.IntN(3), nil)
		r, c := m.Dims()
		for i := range r {
			for j := range c {
				m.Set(i, j, rng.Float64())
			}
		}
		a, err := Assign(m, Maximize)
		require.NoError(t, err)
		got, err := KBest(m, Maximize, 3, KBestOptions{})
		require.NoError(t, err)
		require.InDelta(t, a.Total, got[0].Total, 1e-9)
		require.GreaterOrEqual(t, got[0].Total, got[1].Total)
		require.GreaterOrEqual(t, got[1].Total, got[2].Total)
	}
}

func TestKBestErrors(t *testing.T) {
	m := mat.NewDense(2, 2, []float64{1, 2, 3, math.Inf(1)})
	tests := []struct {
		name string
		m    mat.Matrix
		obj  Objective
		k    int
		opts KBestOptions
		want error
	}{
		{"nil matrix", nil, Minimize, 1, KBestOptions{}, ErrShape},
		{"objective", m, Objective(7), 1, KBestOptions{}, ErrObjective},
		{"wrong sign", m, Maximize, 1, KBestOptions{}, ErrForbiddenSign},
		{"negative k", m, Minimize, -1, KBestOptions{}, ErrConfig},
		{"capacity length", m, Minimize, 1, KBestOptions{Capacity: []int{1}}, ErrConfig},
		{"negative capacity", m, Minimize, 1, KBestOptions{Capacity: []int{1, -1}}, ErrConfig},
		{"lock out of range", m, Minimize, 1, KBestOptions{Locks: []Cell{{2, 0}}}, ErrConfig},
		{"lock forbidden", m, Minimize, 1, KBestOptions{Locks: []Cell{{1, 1}}}, ErrConfig},
		{"row locked twice", m, Minimize, 1, KBestOptions{Locks: []Cell{{0, 0}, {0, 1}}}, ErrConfig},
		{"ban out of range", m, Minimize, 1, KBestOptions{Bans: []Cell{{0, -1}}}, ErrConfig},
		{"infeasible", m, Minimize, 1, KBestOptions{Bans: []Cell{{1, 0}}}, ErrInfeasible},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := KBest(tt.m, tt.obj, tt.k, tt.opts)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestKBestDoesNotModifyInput(t *testing.T) {
	data := []float64{4, 1, 3, 2, 0, 5, 3, 2, 2}
	m := mat.NewDense(3, 3, slices.Clone(data))
	opts := KBestOptions{Capacity: []int{1, 1, 1}, Bans: []Cell{{0, 1}}}
	_, err := KBest(m, Minimize, 4, opts)
	require.NoError(t, err)
	require.Equal(t, data, m.RawMatrix().Data)
	require.Equal(t, []int{1, 1, 1}, opts.Capacity)
}

// TestKBestOptionalMeaning pins the one meaning of Optional stated on
// KBestOptions. Row 1 has only forbidden entries: without Optional no
// assignment of min(2 rows, 2 places) = 2 rows exists (ErrInfeasible);
// with it, the best assignment leaves row 1 out (3 + 0), and so does the
// second best (2 + 0), then comes the empty one (0). Row 0's scores are
// 3 and 2; maximised by hand.
func TestKBestOptionalMeaning(t *testing.T) {
	ninf := math.Inf(-1)
	m := mat.NewDense(2, 2, []float64{3, 2, ninf, ninf})
	_, err := KBest(m, Maximize, 3, KBestOptions{})
	require.ErrorIs(t, err, ErrInfeasible)
	got, err := KBest(m, Maximize, 5, KBestOptions{Optional: true})
	require.NoError(t, err)
	require.Equal(t, []Ranked{
		{RowToCol: []int{0, -1}, Total: 3},
		{RowToCol: []int{1, -1}, Total: 2},
		{RowToCol: []int{-1, -1}, Total: 0},
	}, got)
}
