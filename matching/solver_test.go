package matching

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"
)

// lapAtOnly hides the concrete type of a matrix so that the solver must go
// through mat.Matrix's At (the copying path).
type lapAtOnly struct{ m mat.Matrix }

func (a lapAtOnly) Dims() (int, int)             { return a.m.Dims() }
func (a lapAtOnly) At(i, j int) float64          { return a.m.At(i, j) }
func (a lapAtOnly) T() mat.Matrix                { return mat.Transpose{Matrix: a} }
func lapForbidden(obj Objective) float64         { return lapSign(obj) * math.Inf(1) }
func lapSign(obj Objective) float64              { return map[Objective]float64{Minimize: 1, Maximize: -1}[obj] }
func lapBetter(obj Objective, a, b float64) bool { return lapSign(obj)*a < lapSign(obj)*b }

// lapBrute returns the optimal total of the r×c problem over every
// injection of the smaller side into the larger one, by exhaustive search
// (no pruning by bounds), and whether any complete assignment exists.
func lapBrute(m *mat.Dense, obj Objective) (float64, bool) {
	r, c := m.Dims()
	at := m.At
	if r > c {
		r, c = c, r
		at = func(i, j int) float64 { return m.At(j, i) }
	}
	used := make([]bool, c)
	best, found := 0.0, false
	var rec func(i int, sum float64)
	rec = func(i int, sum float64) {
		if i == r {
			if !found || lapBetter(obj, sum, best) {
				best, found = sum, true
			}
			return
		}
		for j := range c {
			x := at(i, j)
			if used[j] || math.IsInf(x, 0) {
				continue
			}
			used[j] = true
			rec(i+1, sum+x)
			used[j] = false
		}
	}
	rec(0, 0)
	return best, found
}

// lapRandom draws an r×c matrix: kind 0 small integers (many ties), 1
// uniform floats, 2 signed integers with a large offset (1e15), 3 floats
// with tiny differences around -1; a share pForbid of the entries is
// forbidden.
func lapRandom(rng *rand.Rand, r, c, kind int, pForbid float64, obj Objective) *mat.Dense {
	m := mat.NewDense(r, c, nil)
	for i := range r {
		for j := range c {
			var x float64
			switch kind {
			case 0:
				x = float64(rng.IntN(10))
			case 1:
				x = rng.Float64()
			case 2:
				x = 1e15 + float64(rng.IntN(2001)-1000)
			default:
				x = -1 + 1e-12*float64(rng.IntN(100))
			}
			if rng.Float64() < pForbid {
				x = lapForbidden(obj)
			}
			m.Set(i, j, x)
		}
	}
	return m
}

// lapCheckViolator checks that e names a true Hall violator of m.
func lapCheckViolator(t *testing.T, m *mat.Dense, obj Objective, e *InfeasibleError) {
	t.Helper()
	r, c := m.Dims()
	lines, allowed, at, other := e.Rows, e.Allowed, m.At, c
	if r > c {
		require.Nil(t, e.Rows, "rows > columns: the violator must be named by columns")
		lines, allowed, other = e.Cols, e.AllowedRows, r
		at = func(i, j int) float64 { return m.At(j, i) }
	} else {
		require.Nil(t, e.Cols, "rows <= columns: the violator must be named by rows")
	}
	require.NotEmpty(t, lines)
	require.Less(t, len(allowed), len(lines), "a Hall violator has fewer allowed lines than lines")
	require.True(t, slices.IsSorted(lines) && slices.IsSorted(allowed))
	var want []int
	for j := range other {
		for _, i := range lines {
			if !math.IsInf(at(i, j), 0) {
				want = append(want, j)
				break
			}
		}
	}
	if diff := cmp.Diff(want, allowed, cmp.Comparer(func(a, b []int) bool { return slices.Equal(a, b) })); diff != "" {
		t.Fatalf("allowed lines (-want +got):\n%s", diff)
	}
}

func TestAssignBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 1987))
	var s Solver
	var a Assignment
	instances, infeasible := 0, 0
	for trial := range 6000 {
		r, c := 1+rng.IntN(7), 1+rng.IntN(7)
		if trial%3 == 0 {
			c = r // square problems get a third of the trials
		}
		kind := rng.IntN(4)
		pForbid := []float64{0, 0, 0.2, 0.5}[rng.IntN(4)]
		obj := Objective(rng.IntN(2))
		m := lapRandom(rng, r, c, kind, pForbid, obj)
		orig := mat.DenseCopyOf(m)
		want, ok := lapBrute(m, obj)

		var in mat.Matrix = m
		switch trial % 4 {
		case 1:
			in = lapAtOnly{m}
		case 2:
			in = mat.Transpose{Matrix: mat.DenseCopyOf(m.T())}
		}
		err := s.Assign(in, obj, &a)
		require.True(t, mat.Equal(orig, m), "trial %d: input modified", trial)
		instances++
		if !ok {
			infeasible++
			require.ErrorIs(t, err, ErrInfeasible, "trial %d: %v\n%v", trial, obj, mat.Formatted(m))
			var e *InfeasibleError
			require.ErrorAs(t, err, &e)
			lapCheckViolator(t, m, obj, e)
			continue
		}
		require.NoError(t, err, "trial %d: %v\n%v", trial, obj, mat.Formatted(m))
		require.NoError(t, Verify(m, obj, a), "trial %d: %v\n%v\n%+v", trial, obj, mat.Formatted(m), a)
		tol := 0.0 // integer-valued kinds are exact
		if kind == 1 || kind == 3 {
			tol = 1e-12
		}
		if math.Abs(a.Total-want) > tol {
			t.Fatalf("trial %d (%v, kind %d): total %v, brute force %v\n%v", trial, obj, kind, a.Total, want, mat.Formatted(m))
		}
	}
	t.Logf("%d instances, %d infeasible", instances, infeasible)
	require.Greater(t, infeasible, 100, "the generator should produce infeasible instances too")
}
