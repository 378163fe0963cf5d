package matching

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mentorkit/mentorkit/matching/internal/testkit"
	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"
)

// lexLess reports whether a is lexicographically smaller than b.
func lexLess(a, b []float64) bool { return slices.Compare(a, b) < 0 }

// TestFairAgainstBruteForce compares Bottleneck and LexMaxMin with every
// complete assignment (bruteAll) on thousands of seeded instances up to
// 6×6, square and rectangular, with forbidden entries and many ties: the
// worst entry must equal the brute-force max–min (min–max), the sorted
// vector of LexMaxMin the lexicographic optimum, and each total the best
// among the assignments with that worst entry (vector).
func TestFairAgainstBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(10, 4))
	for it := range 3000 {
		r, c := 1+rng.IntN(6), 1+rng.IntN(6)
		obj := Objective(rng.IntN(2))
		sgn, forbid := 1.0, math.Inf(-1)
		if obj == Minimize {
			sgn, forbid = -1, math.Inf(1)
		}
		m := testkit.RandIntMatrix(rng, r, c, 1+rng.IntN(8), 0.25*rng.Float64(), forbid)
		all := bruteAll(m, nil, nil, nil, false)
		d := testkit.ToDense(m, c)
		b, errB := Bottleneck(d, obj)
		l, errL := LexMaxMin(d, obj)
		if len(all) == 0 {
			require.ErrorIs(t, errB, ErrInfeasible)
			require.ErrorIs(t, errL, ErrInfeasible)
			continue
		}
		require.NoError(t, errB, "instance %d", it)
		require.NoError(t, errL, "instance %d", it)
		// Vectors in "maximise" form, sorted ascending (worst first).
		vec := func(a []int) []float64 {
			var v []float64
			for i, j := range a {
				if j >= 0 {
					v = append(v, sgn*m[i][j])
				}
			}
			slices.Sort(v)
			return v
		}
		bestWorst, bestVec := math.Inf(-1), []float64(nil)
		for _, a := range all {
			v := vec(a.RowToCol)
			if v[0] > bestWorst {
				bestWorst = v[0]
			}
			if bestVec == nil || lexLess(bestVec, v) {
				bestVec = v
			}
		}
		bestTotB, bestTotL := math.Inf(-1), math.Inf(-1)
		for _, a := range all {
			v := vec(a.RowToCol)
			if v[0] == bestWorst {
				bestTotB = max(bestTotB, sgn*a.Total)
			}
			if slices.Equal(v, bestVec) {
				bestTotL = max(bestTotL, sgn*a.Total)
			}
		}
		require.Equal(t, sgn*bestWorst, b.Worst, "instance %d %v bottleneck", it, m)
		require.Equal(t, bestTotB, sgn*b.Total, "instance %d bottleneck total", it)
		if diff := cmp.Diff(bestVec, vec(l.RowToCol)); diff != "" {
			t.Fatalf("instance %d %v %v: lex vector (-want +got):\n%s", it, obj, m, diff)
		}
		require.Equal(t, bestTotL, sgn*l.Total, "instance %d lex total", it)
		require.True(t, slices.ContainsFunc(all, func(a testkit.Assignment) bool { return slices.Equal(a.RowToCol, l.RowToCol) }))
	}
}

// TestFairHandExample: for the scores
//
//	0.9 0.8 0.1
//	0.8 0.1 0.2
//	0.7 0.6 0.5
//
// the six assignments (columns of rows 0, 1, 2) give, by hand:
//
//	(0,1,2) 1.5 worst 0.1   (0,2,1) 1.7 worst 0.2   (1,0,2) 2.1 worst 0.5
//	(1,2,0) 1.7 worst 0.2   (2,0,1) 1.5 worst 0.1   (2,1,0) 0.9 worst 0.1
//
// so the bottleneck is 0.5, reached only by (1,0,2), total 2.1.
func TestFairHandExample(t *testing.T) {
	m := mat.NewDense(3, 3, []float64{0.9, 0.8, 0.1, 0.8, 0.1, 0.2, 0.7, 0.6, 0.5})
	b, err := Bottleneck(m, Maximize)
	require.NoError(t, err)
	require.Equal(t, []int{1, 0, 2}, b.RowToCol)
	require.Equal(t, 0.5, b.Worst)
	require.InDelta(t, 2.1, b.Total, 1e-12)
}

func TestFairErrors(t *testing.T) {
	_, err := Bottleneck(nil, Maximize)
	require.ErrorIs(t, err, ErrShape)
	_, err = LexMaxMin(mat.NewDense(1, 1, []float64{math.NaN()}), Maximize)
	require.ErrorIs(t, err, ErrNaN)
	_, err = LexMaxMin(mat.NewDense(1, 1, []float64{1}), Objective(3))
	require.ErrorIs(t, err, ErrObjective)
	f, err := LexMaxMin(&mat.Dense{}, Maximize)
	require.NoError(t, err)
	require.Empty(t, f.RowToCol)
}
