package matching

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"
)

// sparseRandom draws a small sparse problem: each pair is a candidate with
// probability density; values are integers 0..9 (many ties) or uniform
// reals in [-5, 15), and about one candidate in 25 is explicitly forbidden
// (±Inf for the objective). Row candidate order is shuffled so that nothing
// relies on sorted columns.
func sparseRandom(rng *rand.Rand, rows, cols int, density float64, integer bool, obj Objective) Candidates {
	c := Candidates{Rows: rows, Cols: cols, RowStart: make([]int, 1, rows+1)}
	for range rows {
		row := len(c.Col)
		for j := range cols {
			if rng.Float64() >= density {
				continue
			}
			x := rng.Float64()*20 - 5
			if integer {
				x = float64(rng.IntN(10))
			}
			if rng.IntN(25) == 0 {
				x = sparseForbidden(obj)
			}
			c.Col = append(c.Col, j)
			c.Value = append(c.Value, x)
		}
		sparseShuffleRow(rng, c, row, len(c.Col))
		c.RowStart = append(c.RowStart, len(c.Col))
	}
	return c
}

// sparseForbidden is the forbidden value for obj.
func sparseForbidden(obj Objective) float64 {
	if obj == Maximize {
		return math.Inf(-1)
	}
	return math.Inf(1)
}

// sparseShuffleRow shuffles the candidates at positions lo..hi-1 in place.
func sparseShuffleRow(rng *rand.Rand, c Candidates, lo, hi int) {
	rng.Shuffle(hi-lo, func(a, b int) {
		c.Col[lo+a], c.Col[lo+b] = c.Col[lo+b], c.Col[lo+a]
		c.Value[lo+a], c.Value[lo+b] = c.Value[lo+b], c.Value[lo+a]
	})
}

// sparseClone returns a deep copy of c.
func sparseClone(c Candidates) Candidates {
	c.RowStart = slices.Clone(c.RowStart)
	c.Col = slices.Clone(c.Col)
	c.Value = slices.Clone(c.Value)
	return c
}

// sparseDense expands c into a dense matrix with the forbidden value of obj
// on absent pairs, for the dense solver and the brute force.
func sparseDense(c Candidates, obj Objective) *mat.Dense {
	if c.Rows == 0 || c.Cols == 0 {
		return nil
	}
	m := mat.NewDense(c.Rows, c.Cols, nil)
	for i := range c.Rows {
		for j := range c.Cols {
			m.Set(i, j, sparseForbidden(obj))
		}
		for q := c.RowStart[i]; q < c.RowStart[i+1]; q++ {
			m.Set(i, c.Col[q], c.Value[q])
		}
	}
	return m
}

// sparseBrute returns the optimal total of c by trying every injection of
// the smaller side into the larger one, and whether any complete assignment
// exists. It is the independent reference of the property tests:
// exponential, for sizes up to 7.
func sparseBrute(c Candidates, obj Objective) (float64, bool) {
	if c.Rows == 0 || c.Cols == 0 {
		return 0, true
	}
	m := sparseDense(c, obj)
	better := func(a, b float64) bool { return a < b }
	if obj == Maximize {
		better = func(a, b float64) bool { return a > b }
	}
	n, k := c.Rows, c.Cols
	at := m.At
	if n > k {
		n, k = k, n
		at = func(i, j int) float64 { return m.At(j, i) }
	}
	used := make([]bool, k)
	best, found := 0.0, false
	var rec func(i int, sum float64)
	rec = func(i int, sum float64) {
		if i == n {
			if !found || better(sum, best) {
				best, found = sum, true
			}
			return
		}
		for j := range k {
			if x := at(i, j); !used[j] && !math.IsInf(x, 0) {
				used[j] = true
				rec(i+1, sum+x)
				used[j] = false
			}
		}
	}
	rec(0, 0)
	return best, found
}

// sparseCheckViolator checks that e names a true Hall violator of c: the
// lines it names are allowed exactly the lines it lists, fewer than
// themselves.
func sparseCheckViolator(t *testing.T, c Candidates, e *InfeasibleError) {
	t.Helper()
	lines, listed := e.Rows, e.Allowed
	neighbours := map[int]bool{}
	if c.Rows > c.Cols {
		lines, listed = e.Cols, e.AllowedRows
		in := map[int]bool{}
		for _, j := range lines {
			in[j] = true
		}
		for i := range c.Rows {
			for q := c.RowStart[i]; q < c.RowStart[i+1]; q++ {
				if in[c.Col[q]] && !math.IsInf(c.Value[q], 0) {
					neighbours[i] = true
				}
			}
		}
	} else {
		for _, i := range lines {
			for q := c.RowStart[i]; q < c.RowStart[i+1]; q++ {
				if !math.IsInf(c.Value[q], 0) {
					neighbours[c.Col[q]] = true
				}
			}
		}
	}
	require.True(t, slices.IsSorted(lines), "violating lines %v not ascending", lines)
	require.Less(t, len(listed), len(lines), "a violator must have fewer allowed lines than lines")
	got := []int{}
	for l := range max(c.Rows, c.Cols) {
		if neighbours[l] {
			got = append(got, l)
		}
	}
	if diff := cmp.Diff(listed, got); diff != "" {
		t.Fatalf("allowed lines are not the neighbourhood of %v (-reported +actual):\n%s", lines, diff)
	}
}

// sparseTol is the tolerance for comparing totals of problems of scale x.
func sparseTol(x float64) float64 { return 1e-9 * (1 + math.Abs(x)) }

func TestAssignSparseAgreesWithBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 2026))
	var s SparseSolver
	var a Assignment
	infeasible := 0
	const trials = 6000
	for trial := range trials {
		rows, cols := rng.IntN(8), rng.IntN(8)
		obj := Objective(rng.IntN(2))
		density := []float64{0.2, 0.4, 0.7, 1}[rng.IntN(4)]
		c := sparseRandom(rng, rows, cols, density, trial%2 == 0, obj)
		want, ok := sparseBrute(c, obj)
		err := s.Assign(c, obj, &a)
		if !ok {
			var e *InfeasibleError
			require.ErrorAs(t, err, &e, "trial %d: %d×%d %v should be infeasible", trial, rows, cols, obj)
			require.ErrorIs(t, err, ErrInfeasible)
			sparseCheckViolator(t, c, e)
			infeasible++
			continue
		}
		require.NoError(t, err, "trial %d: %d×%d %v", trial, rows, cols, obj)
		require.InDelta(t, want, a.Total, sparseTol(want), "trial %d: %d×%d %v total", trial, rows, cols, obj)
		require.NoError(t, VerifySparse(c, obj, a), "trial %d", trial)
	}
	t.Logf("%d trials, %d infeasible", trials, infeasible)
	require.Greater(t, infeasible, trials/20, "too few infeasible instances to test the violator")
}

// TestAssignSparseAgreesWithAssign compares the sparse solver with the dense
// one on thousands of seeded instances small enough to densify, including
// sizes beyond the brute force's reach, and checks the sparse certificate
// with the dense Verify as well.
func TestAssignSparseAgreesWithAssign(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 2026))
	var s SparseSolver
	var a Assignment
	const trials = 4000
	for trial := range trials {
		rows, cols := 1+rng.IntN(30), 1+rng.IntN(30)
		obj := Objective(rng.IntN(2))
		density := []float64{0.1, 0.3, 0.6, 1}[rng.IntN(4)]
		c := sparseRandom(rng, rows, cols, density, trial%2 == 0, obj)
		m := sparseDense(c, obj)
		want, errDense := Assign(m, obj)
		err := s.Assign(c, obj, &a)
		if errDense != nil {
			require.ErrorIs(t, errDense, ErrInfeasible, "trial %d", trial)
			require.ErrorIs(t, err, ErrInfeasible, "trial %d: dense says infeasible", trial)
			var e *InfeasibleError
			require.ErrorAs(t, err, &e)
			sparseCheckViolator(t, c, e)
			continue
		}
		require.NoError(t, err, "trial %d: %d×%d %v", trial, rows, cols, obj)
		if trial%2 == 0 {
			require.Equal(t, want.Total, a.Total, "trial %d: integer totals must agree exactly", trial)
		} else {
			require.InDelta(t, want.Total, a.Total, sparseTol(want.Total), "trial %d", trial)
		}
		require.NoError(t, VerifySparse(c, obj, a), "trial %d", trial)
		require.NoError(t, Verify(m, obj, a), "trial %d: dense Verify of the sparse result", trial)
	}
}

// TestAssignSparseHand checks small problems solved by hand.
func TestAssignSparseHand(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		name  string
		c     Candidates
		obj   Objective
		want  []int // RowToCol
		total float64
	}{
		{
			// Costs (absent = forbidden):
			//   row 0: col 0 = 4, col 1 = 1
			//   row 1: col 0 = 2, col 2 = 8
			//   row 2: col 1 = 3, col 2 = 5
			// The perfect matchings are {0-0, 1-2, 2-1} = 4+8+3 = 15 and
			// {0-1, 1-0, 2-2} = 1+2+5 = 8; the second is optimal.
			name: "3x3 minimise",
			c: Candidates{Rows: 3, Cols: 3, RowStart: []int{0, 2, 4, 6},
				Col: []int{1, 0, 0, 2, 2, 1}, Value: []float64{1, 4, 2, 8, 5, 3}},
			obj: Minimize, want: []int{1, 0, 2}, total: 8,
		},
		{
			// The same numbers as scores: 15 is the larger total.
			name: "3x3 maximise",
			c: Candidates{Rows: 3, Cols: 3, RowStart: []int{0, 2, 4, 6},
				Col: []int{1, 0, 0, 2, 2, 1}, Value: []float64{1, 4, 2, 8, 5, 3}},
			obj: Maximize, want: []int{0, 2, 1}, total: 15,
		},
		{
			// Two mentees, four mentors: mentee 0 prefers mentor 3 (cost
			// 1), mentee 1 too (cost 2) but has mentor 1 at 4; mentee 0's
			// alternative is mentor 2 at 6. 1+4 = 5 beats 6+2 = 8.
			name: "2x4 wide",
			c: Candidates{Rows: 2, Cols: 4, RowStart: []int{0, 2, 4},
				Col: []int{3, 2, 3, 1}, Value: []float64{1, 6, 2, 4}},
			obj: Minimize, want: []int{3, 1}, total: 5,
		},
		{
			// Four rows, two columns; the explicit +Inf is forbidden.
			// Column 0: rows 0 (5), 2 (1); column 1: rows 1 (2), 2 (+Inf),
			// 3 (7). Best: row 2 to column 0, row 1 to column 1: 1+2 = 3.
			name: "4x2 tall",
			c: Candidates{Rows: 4, Cols: 2, RowStart: []int{0, 1, 2, 4, 5},
				Col: []int{0, 1, 0, 1, 1}, Value: []float64{5, 2, 1, inf, 7}},
			obj: Minimize, want: []int{-1, 1, 0, -1}, total: 3,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := AssignSparse(tc.c, tc.obj)
			require.NoError(t, err)
			if diff := cmp.Diff(tc.want, a.RowToCol); diff != "" {
				t.Errorf("RowToCol (-want +got):\n%s", diff)
			}
			require.Equal(t, tc.total, a.Total)
			require.NoError(t, VerifySparse(tc.c, tc.obj, a))
		})
	}
}

func TestAssignSparseInfeasible(t *testing.T) {
	tests := []struct {
		name string
		c    Candidates
		want *InfeasibleError
	}{
		{
			// Rows 0 and 2 may only take column 1.
			name: "two rows one column",
			c: Candidates{Rows: 3, Cols: 3, RowStart: []int{0, 1, 4, 5},
				Col: []int{1, 0, 1, 2, 1}, Value: []float64{1, 1, 1, 1, 1}},
			want: &InfeasibleError{Rows: []int{0, 2}, Allowed: []int{1}},
		},
		{
			name: "row without candidates",
			c: Candidates{Rows: 2, Cols: 3, RowStart: []int{0, 2, 2},
				Col: []int{0, 1}, Value: []float64{1, 1}},
			want: &InfeasibleError{Rows: []int{1}, Allowed: []int{}},
		},
		{
			// Tall: columns 0 and 1 both only have row 3.
			name: "tall two columns one row",
			c: Candidates{Rows: 4, Cols: 3, RowStart: []int{0, 1, 2, 3, 5},
				Col: []int{2, 2, 2, 0, 1}, Value: []float64{1, 1, 1, 1, 1}},
			want: &InfeasibleError{Cols: []int{0, 1}, AllowedRows: []int{3}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := AssignSparse(tc.c, Minimize)
			require.ErrorIs(t, err, ErrInfeasible)
			var e *InfeasibleError
			require.ErrorAs(t, err, &e)
			if diff := cmp.Diff(tc.want, e); diff != "" {
				t.Errorf("violator (-want +got):\n%s", diff)
			}
			sparseCheckViolator(t, tc.c, e)
		})
	}
}

func TestAssignSparseEmpty(t *testing.T) {
	for _, tc := range []struct{ rows, cols int }{{0, 0}, {0, 3}, {2, 0}} {
		c := Candidates{Rows: tc.rows, Cols: tc.cols, RowStart: make([]int, tc.rows+1)}
		a, err := AssignSparse(c, Maximize)
		require.NoError(t, err)
		want := Assignment{
			RowToCol: slices.Repeat([]int{-1}, tc.rows), ColToRow: slices.Repeat([]int{-1}, tc.cols),
			U: make([]float64, tc.rows), V: make([]float64, tc.cols),
		}
		if diff := cmp.Diff(want, a); diff != "" {
			t.Errorf("%d×%d (-want +got):\n%s", tc.rows, tc.cols, diff)
		}
		require.NoError(t, VerifySparse(c, Maximize, a))
	}
	a, err := AssignSparse(Candidates{Cols: 2}, Minimize)
	require.NoError(t, err, "the zero value with Cols set is an empty problem")
	require.Equal(t, []int{-1, -1}, a.ColToRow)
}

// TestAssignSparseInputErrors checks that bad input comes back as the
// validation errors, never a panic or a result.
func TestAssignSparseInputErrors(t *testing.T) {
	c := Candidates{Rows: 1, Cols: 2, RowStart: []int{0, 2}, Col: []int{0, 0}, Value: []float64{1, 2}}
	_, err := AssignSparse(c, Minimize)
	require.ErrorIs(t, err, ErrCandidates)
	_, err = AssignSparse(Candidates{Rows: 1, Cols: 1, RowStart: []int{0, 1}, Col: []int{0}, Value: []float64{math.NaN()}}, Minimize)
	require.ErrorIs(t, err, ErrNaN)
	_, err = AssignSparse(Candidates{Rows: 1, Cols: 1, RowStart: []int{0, 1}, Col: []int{0}, Value: []float64{1}}, Objective(7))
	require.ErrorIs(t, err, ErrObjective)
	var s SparseSolver
	require.ErrorIs(t, s.Assign(Candidates{RowStart: []int{0}}, Minimize, nil), ErrShape)
}

// TestAssignSparseProperties checks invariances on larger random problems:
// the input is not modified, a reused solver and a fresh one agree, the
// order of a row's candidates does not matter, permuting rows and columns
// keeps the total, and adding a constant to a row (on the square problems,
// where every row is assigned) shifts the total by it.
func TestAssignSparseProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(6, 2026))
	var s SparseSolver
	for trial := range 300 {
		rows, cols := 1+rng.IntN(60), 1+rng.IntN(60)
		if trial%3 == 0 {
			cols = rows
		}
		obj := Objective(rng.IntN(2))
		c := sparseRandom(rng, rows, cols, 0.3, trial%2 == 0, obj)
		orig := sparseClone(c)
		var a Assignment
		err := s.Assign(c, obj, &a)
		if diff := cmp.Diff(orig, c, cmp.Comparer(sparseSameFloat)); diff != "" {
			t.Fatalf("trial %d: input modified (-before +after):\n%s", trial, diff)
		}
		fresh, errFresh := AssignSparse(c, obj)
		require.Equal(t, err == nil, errFresh == nil, "trial %d", trial)
		if err != nil {
			require.Equal(t, err.Error(), errFresh.Error(), "trial %d", trial)
			continue
		}
		if diff := cmp.Diff(fresh, a); diff != "" {
			t.Fatalf("trial %d: reused solver differs from a fresh one (-fresh +reused):\n%s", trial, diff)
		}

		shuffled := sparseClone(c)
		for i := range rows {
			sparseShuffleRow(rng, shuffled, shuffled.RowStart[i], shuffled.RowStart[i+1])
		}
		b, err := AssignSparse(shuffled, obj)
		require.NoError(t, err)
		if diff := cmp.Diff(a, b); diff != "" {
			t.Fatalf("trial %d: candidate order changed the result (-before +after):\n%s", trial, diff)
		}

		p := sparsePermute(rng, c)
		b, err = AssignSparse(p, obj)
		require.NoError(t, err, "trial %d", trial)
		require.InDelta(t, a.Total, b.Total, sparseTol(a.Total), "trial %d: permuted total", trial)
		require.NoError(t, VerifySparse(p, obj, b))

		if rows == cols {
			shifted := sparseClone(c)
			i := rng.IntN(rows)
			for q := shifted.RowStart[i]; q < shifted.RowStart[i+1]; q++ {
				shifted.Value[q] += 3
			}
			b, err = AssignSparse(shifted, obj)
			require.NoError(t, err)
			require.InDelta(t, a.Total+3, b.Total, sparseTol(a.Total), "trial %d: shifted row %d", trial, i)
		}
	}
}

// sparseSameFloat compares floats bit for bit enough to see a change (NaN
// equal to NaN).
func sparseSameFloat(a, b float64) bool { return a == b || (math.IsNaN(a) && math.IsNaN(b)) }

// sparsePermute returns c with its rows and columns permuted at random.
func sparsePermute(rng *rand.Rand, c Candidates) Candidates {
	rp, cp := rng.Perm(c.Rows), rng.Perm(c.Cols)
	p := Candidates{Rows: c.Rows, Cols: c.Cols, RowStart: []int{0}}
	for _, i := range rp {
		for q := c.RowStart[i]; q < c.RowStart[i+1]; q++ {
			p.Col = append(p.Col, cp[c.Col[q]])
			p.Value = append(p.Value, c.Value[q])
		}
		p.RowStart = append(p.RowStart, len(p.Col))
	}
	return p
}

// TestAssignSparseNumerics checks large magnitudes, tiny differences and
// negative values against the dense solver.
func TestAssignSparseNumerics(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 2026))
	for trial := range 400 {
		rows, cols := 1+rng.IntN(12), 1+rng.IntN(12)
		obj := Objective(rng.IntN(2))
		c := sparseRandom(rng, rows, cols, 0.6, true, obj)
		for q := range c.Value {
			if math.IsInf(c.Value[q], 0) {
				continue
			}
			switch trial % 3 {
			case 0: // integers around 1e15: exact in float64
				c.Value[q] = 1e15 - 7*c.Value[q]
			case 1: // tiny differences
				c.Value[q] = 1 + c.Value[q]*1e-12
			case 2: // negative
				c.Value[q] = -1000 * c.Value[q]
			}
		}
		m := sparseDense(c, obj)
		want, errDense := Assign(m, obj)
		a, err := AssignSparse(c, obj)
		if errDense != nil {
			require.ErrorIs(t, err, ErrInfeasible)
			continue
		}
		require.NoError(t, err)
		if trial%3 == 1 {
			require.InDelta(t, want.Total, a.Total, 1e-12*float64(rows+cols), "trial %d", trial)
		} else {
			require.Equal(t, want.Total, a.Total, "trial %d", trial)
		}
		require.NoError(t, VerifySparse(c, obj, a), "trial %d", trial)
	}
}

// TestSparseSolverNoAllocations checks that a warm solver with a reused dst
// allocates nothing.
func TestSparseSolverNoAllocations(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 2026))
	for _, shape := range []struct{ rows, cols int }{{200, 200}, {100, 300}, {300, 100}} {
		c := sparseKRandom(rng, shape.rows, shape.cols, 10)
		var s SparseSolver
		var a Assignment
		require.NoError(t, s.Assign(c, Minimize, &a))
		allocs := testing.AllocsPerRun(5, func() {
			if err := s.Assign(c, Minimize, &a); err != nil {
				t.Fatal(err)
			}
		})
		require.Zero(t, allocs, "%d×%d", shape.rows, shape.cols)
	}
}

// sparseKRandom draws a rows×cols problem in the shape of the benchmark
// family sparse-k: every row gets k distinct random columns with integer
// costs 0..999, and line l of the smaller side also gets (or keeps) its
// column of a hidden random matching, so that a complete assignment exists.
func sparseKRandom(rng *rand.Rand, rows, cols, k int) Candidates {
	k = min(k, cols)
	hidden := make([]int, rows) // column of each row in the hidden matching, or -1
	for i := range hidden {
		hidden[i] = -1
	}
	if rows <= cols {
		perm := rng.Perm(cols)
		copy(hidden, perm[:rows])
	} else {
		for j, i := range rng.Perm(rows)[:cols] {
			hidden[i] = j
		}
	}
	c := Candidates{Rows: rows, Cols: cols, RowStart: make([]int, 1, rows+1)}
	seen := make([]int, cols)
	for i := range rows {
		stamp := i + 1
		add := func(j int) {
			if seen[j] != stamp {
				seen[j] = stamp
				c.Col = append(c.Col, j)
				c.Value = append(c.Value, float64(rng.IntN(1000)))
			}
		}
		for range k {
			add(rng.IntN(cols))
		}
		if hidden[i] >= 0 {
			add(hidden[i])
		}
		c.RowStart = append(c.RowStart, len(c.Col))
	}
	return c
}

// TestAssignSparseLarger runs sparse-k shaped problems of a few thousand
// rows against the dense solver (skipped with -short).
func TestAssignSparseLarger(t *testing.T) {
	if testing.Short() {
		t.Skip("larger problems")
	}
	rng := rand.New(rand.NewPCG(9, 2026))
	for k, shape := range []struct{ rows, cols, k int }{{1500, 1500, 8}, {800, 1500, 5}, {1500, 700, 5}, {1000, 1000, 50}, {1200, 1200, 20}, {600, 1100, 10}} {
		c := sparseKRandom(rng, shape.rows, shape.cols, shape.k)
		integer := k < 4
		if !integer {
			for q := range c.Value {
				c.Value[q] = rng.Float64()
			}
		}
		for _, obj := range []Objective{Minimize, Maximize} {
			a, err := AssignSparse(c, obj)
			require.NoError(t, err)
			require.NoError(t, VerifySparse(c, obj, a))
			m := sparseDense(c, obj)
			require.NoError(t, Verify(m, obj, a), "dense Verify of the sparse result")
			want, err := Assign(m, obj)
			require.NoError(t, err)
			if integer {
				require.Equal(t, want.Total, a.Total, "%v %v", shape, obj)
			} else {
				require.InDelta(t, want.Total, a.Total, sparseTol(want.Total), "%v %v", shape, obj)
			}
		}
	}
}

func TestVerifySparseRejects(t *testing.T) {
	// The 3×3 hand example of TestAssignSparseHand, and a 2×3 problem.
	sq := Candidates{Rows: 3, Cols: 3, RowStart: []int{0, 2, 4, 6},
		Col: []int{1, 0, 0, 2, 2, 1}, Value: []float64{1, 4, 2, 8, 5, 3}}
	wide := Candidates{Rows: 2, Cols: 3, RowStart: []int{0, 2, 4},
		Col: []int{0, 1, 1, 2}, Value: []float64{1, 5, 2, 4}}
	solve := func(c Candidates) Assignment {
		a, err := AssignSparse(c, Minimize)
		require.NoError(t, err)
		require.NoError(t, VerifySparse(c, Minimize, a))
		return a
	}
	clone := func(a Assignment) Assignment {
		a.RowToCol, a.ColToRow = slices.Clone(a.RowToCol), slices.Clone(a.ColToRow)
		a.U, a.V = slices.Clone(a.U), slices.Clone(a.V)
		return a
	}
	tests := []struct {
		name   string
		c      Candidates
		change func(a *Assignment)
		want   Condition
	}{
		{"short U", sq, func(a *Assignment) { a.U = a.U[:2] }, CondShape},
		{"disagreeing matching", sq, func(a *Assignment) { a.ColToRow[0], a.ColToRow[1] = a.ColToRow[1], a.ColToRow[0] }, CondMatching},
		{"unassigned row", sq, func(a *Assignment) { a.ColToRow[a.RowToCol[0]] = -1; a.RowToCol[0] = -1 }, CondCoverage},
		{
			// Rows 0 and 1 swap columns: 0-0 and 1-1; (1, 1) is absent.
			"absent pair", sq, func(a *Assignment) {
				a.RowToCol[0], a.RowToCol[1] = 0, 1
				a.ColToRow[0], a.ColToRow[1] = 0, 1
			}, CondForbidden,
		},
		{"NaN potential", sq, func(a *Assignment) { a.V[2] = math.NaN() }, CondFinite},
		{"infeasible dual", sq, func(a *Assignment) { a.U[0] += 1 }, CondFeasibility},
		{"slack on an assigned pair", sq, func(a *Assignment) { a.U[0] -= 1 }, CondSlackness},
		{
			// The other perfect matching (total 15) with the optimal
			// duals: not tight.
			"non-optimal matching", sq, func(a *Assignment) {
				a.RowToCol = []int{0, 2, 1}
				a.ColToRow = []int{0, 2, 1}
				a.Total = 15
			}, CondSlackness,
		},
		{"wrong total", sq, func(a *Assignment) { a.Total++ }, CondTotal},
		{
			// Unassigned column with a non-zero potential.
			"sign condition", wide, func(a *Assignment) {
				for j, i := range a.ColToRow {
					if i < 0 {
						a.V[j] = -1
					}
				}
			}, CondSign,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := clone(solve(tc.c))
			tc.change(&a)
			err := VerifySparse(tc.c, Minimize, a)
			require.ErrorIs(t, err, ErrCertificate)
			var e *CertificateError
			require.ErrorAs(t, err, &e)
			require.Equal(t, tc.want, e.Condition, "%v", err)
		})
	}
	t.Run("invalid candidates", func(t *testing.T) {
		bad := sparseClone(sq)
		bad.Col[0] = 9
		require.ErrorIs(t, VerifySparse(bad, Minimize, solve(sq)), ErrCandidates)
	})
}

// sparseFuzzValue maps a fuzz byte to a value: a few specials (NaN, ±Inf,
// large and tiny magnitudes), otherwise small integers and fractions.
func sparseFuzzValue(b byte) float64 {
	switch b {
	case 250:
		return math.NaN()
	case 251:
		return math.Inf(1)
	case 252:
		return math.Inf(-1)
	case 253:
		return 1e15
	case 254:
		return -1e300
	case 255:
		return 1e-300
	}
	if b%2 == 0 {
		return float64(int(b) - 100)
	}
	return float64(b) / 7
}

// sparseFuzzDecode turns bytes into Candidates of at most 8×8. With the
// malformed flag, RowStart and Col come straight from the bytes, so every
// structural error is reachable; otherwise each row is a column bitmask
// followed by its values.
func sparseFuzzDecode(data []byte) (Candidates, Objective, []byte) {
	next := func() byte {
		if len(data) == 0 {
			return 0
		}
		b := data[0]
		data = data[1:]
		return b
	}
	rows, cols, flags := int(next()%9), int(next()%9), next()
	obj := Objective(flags & 1)
	if flags&8 != 0 {
		obj = Objective(flags) // mostly invalid objectives
	}
	c := Candidates{Rows: rows, Cols: cols}
	if flags&2 != 0 { // malformed structure
		if flags&4 != 0 {
			c.Rows = -int(next())
		}
		n := int(next() % 12)
		c.RowStart = make([]int, n)
		for k := range c.RowStart {
			c.RowStart[k] = int(int8(next())) % 16
		}
		n = int(next() % 20)
		for range n {
			c.Col = append(c.Col, int(int8(next()))%12)
			c.Value = append(c.Value, sparseFuzzValue(next()))
		}
		if flags&16 != 0 && len(c.Value) > 0 {
			c.Value = c.Value[1:]
		}
		return c, obj, data
	}
	c.RowStart = []int{0}
	for range rows {
		mask := next()
		for j := range cols {
			if mask&(1<<j) != 0 {
				c.Col = append(c.Col, j)
				c.Value = append(c.Value, sparseFuzzValue(next()))
			}
		}
		c.RowStart = append(c.RowStart, len(c.Col))
	}
	return c, obj, data
}

// FuzzAssignSparse turns bytes into (possibly malformed) sparse problems:
// AssignSparse never panics and either returns an error or an assignment
// that VerifySparse accepts and whose total equals the dense solver's;
// VerifySparse never panics on an arbitrary assignment either.
func FuzzAssignSparse(f *testing.F) {
	f.Add([]byte{3, 3, 0, 7, 1, 2, 3, 7, 4, 5, 6, 7, 7, 8, 9})
	f.Add([]byte{2, 4, 1, 15, 10, 20, 30, 40, 3, 50, 250})
	f.Add([]byte{4, 2, 0, 1, 5, 2, 6, 3, 7, 251, 3, 8, 9})
	f.Add([]byte{2, 2, 2, 3, 0, 1, 2, 3, 0, 1, 1, 2})
	f.Add([]byte{5, 5, 0, 1, 253, 1, 254, 1, 4, 2, 4, 3})
	f.Fuzz(func(t *testing.T, data []byte) {
		c, obj, rest := sparseFuzzDecode(data)
		orig := sparseClone(c)
		a, err := AssignSparse(c, obj)
		if diff := cmp.Diff(orig, c, cmp.Comparer(sparseSameFloat)); diff != "" {
			t.Fatalf("input modified (-before +after):\n%s", diff)
		}
		// An arbitrary assignment from the remaining bytes must not make
		// VerifySparse panic.
		junk := Assignment{Total: float64(len(rest))}
		for k, b := range rest {
			switch k % 4 {
			case 0:
				junk.RowToCol = append(junk.RowToCol, int(int8(b))%10)
			case 1:
				junk.ColToRow = append(junk.ColToRow, int(int8(b))%10)
			case 2:
				junk.U = append(junk.U, sparseFuzzValue(b))
			default:
				junk.V = append(junk.V, sparseFuzzValue(b))
			}
		}
		_ = VerifySparse(c, obj, junk)
		if err != nil {
			if c.Validate(obj) == nil {
				var e *InfeasibleError
				if !errors.As(err, &e) {
					t.Fatalf("valid input, error %v is not an InfeasibleError", err)
				}
				sparseCheckViolator(t, c, e)
			}
			return
		}
		if err := VerifySparse(c, obj, a); err != nil {
			t.Fatalf("VerifySparse: %v", err)
		}
		if c.Rows == 0 || c.Cols == 0 {
			return
		}
		m := sparseDense(c, obj)
		want, err := Assign(m, obj)
		if err != nil {
			t.Fatalf("dense Assign fails where the sparse solver did not: %v", err)
		}
		if math.Abs(want.Total-a.Total) > 1e-9*(1+math.Abs(want.Total)) {
			t.Fatalf("total %v, dense solver %v", a.Total, want.Total)
		}
	})
}

// TestSparsePrepareClasses checks the grouping of rows (at their second
// scan) on random rows and potentials, ties and equal rows included: every
// row keeps its candidates, the classes tile it, and every entry of class
// b or later has c - v at least the recorded bound of class b (the bound a
// search relies on to stop).
func TestSparsePrepareClasses(t *testing.T) {
	rng := rand.New(rand.NewPCG(14, 2026))
	for trial := range 300 {
		n := 1 + rng.IntN(80)
		c := sparseRandom(rng, n, n, []float64{0.05, 0.3, 1}[trial%3], trial%2 == 0, Minimize)
		var s SparseSolver
		s.build(c, Minimize, false)
		s.reset(n, n)
		for j := range s.cs {
			s.cs[j].v = float64(rng.IntN(7)) - 3
			if trial%4 == 3 {
				s.cs[j].v = 0 // every row's costs equal in some trials
			}
		}
		before := slices.Clone(s.ent)
		s.prepare(n)
		for i := range n {
			require.False(t, s.grouped(i), "a first scan reads the row whole")
			require.True(t, s.grouped(i), "a second groups it")
		}
		const nb = sparseBuckets
		for i := range n {
			lo, hi := s.start[i], s.start[i+1]
			got := slices.Clone(s.ent[lo:hi])
			want := slices.Clone(before[lo:hi])
			byCol := func(a, b sparseEntry) int { return int(a.col - b.col) }
			slices.SortFunc(got, byCol)
			slices.SortFunc(want, byCol)
			require.Equal(t, want, got, "trial %d row %d: candidates changed", trial, i)
			q := lo
			for b := range nb {
				end := lo + int(s.meta[i].end[b])
				require.GreaterOrEqual(t, end, q, "trial %d row %d class %d", trial, i, b)
				for _, e := range s.ent[q:hi] {
					require.GreaterOrEqual(t, e.cost-s.cs[e.col].v, float64(s.meta[i].low[b]),
						"trial %d row %d: entry of class >= %d below its bound", trial, i, b)
				}
				q = end
			}
			require.Equal(t, hi, q, "trial %d row %d: classes do not tile the row", trial, i)
		}
	}
}

// sparseSortRows returns c with every row's candidates in ascending column
// order (the form load takes in one pass).
func sparseSortRows(c Candidates) Candidates {
	s := sparseClone(c)
	for i := range s.Rows {
		lo, hi := s.RowStart[i], s.RowStart[i+1]
		idx := make([]int, hi-lo)
		for t := range idx {
			idx[t] = lo + t
		}
		slices.SortStableFunc(idx, func(a, b int) int { return c.Col[a] - c.Col[b] })
		for t, q := range idx {
			s.Col[lo+t], s.Value[lo+t] = c.Col[q], c.Value[q]
		}
	}
	return s
}

// TestSparseLoadAgreesWithBuild checks that the one-pass load (rows in
// column order, Rows <= Cols) and the general validate-and-build path give
// identical results and identical errors: the same problems with rows
// shuffled take the general path; rows with a repeated column, and
// entries that are NaN, the wrong infinity or too large, make load give
// up so that validate reports them.
func TestSparseLoadAgreesWithBuild(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 2026))
	for trial := range 400 {
		rows, cols := 1+rng.IntN(40), 1+rng.IntN(40)
		obj := Objective(rng.IntN(2))
		c := sparseRandom(rng, rows, cols, []float64{0.1, 0.4, 1}[trial%3], trial%2 == 0, obj)
		sorted := sparseSortRows(c)
		if trial%5 == 4 && len(sorted.Col) > 0 {
			q := rng.IntN(len(sorted.Col))
			switch trial % 4 {
			case 0:
				sorted.Value[q] = math.NaN()
			case 1:
				sorted.Value[q] = 2 * MaxMagnitude
			case 2:
				sorted.Value[q] = math.Inf(1)
				if obj == Minimize {
					sorted.Value[q] = math.Inf(-1)
				}
			default:
				if q > 0 {
					sorted.Col[q] = sorted.Col[q-1] // repeated (or out of order)
				}
			}
		}
		shuffled := sparseClone(sorted)
		for i := range shuffled.Rows {
			sparseShuffleRow(rng, shuffled, shuffled.RowStart[i], shuffled.RowStart[i+1])
		}
		var s SparseSolver
		if rows <= cols && trial%5 != 4 {
			require.True(t, s.load(sorted, obj), "trial %d: load must take sorted valid rows", trial)
		}
		a, errA := AssignSparse(sorted, obj)
		b, errB := AssignSparse(shuffled, obj)
		require.Equal(t, errB == nil, errA == nil, "trial %d: %v / %v", trial, errA, errB)
		if errA != nil {
			if !errors.Is(errA, ErrInfeasible) {
				require.Equal(t, sorted.Validate(obj).Error(), errA.Error(), "trial %d", trial)
			}
			continue
		}
		if diff := cmp.Diff(b, a); diff != "" {
			t.Fatalf("trial %d: one-pass load differs from build (-build +load):\n%s", trial, diff)
		}
	}
}
