package matching

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
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

// lapPermute returns m with rows and columns permuted: out[i][j] =
// m[pr[i]][pc[j]].
func lapPermute(m *mat.Dense, pr, pc []int) *mat.Dense {
	r, c := m.Dims()
	out := mat.NewDense(r, c, nil)
	for i := range r {
		for j := range c {
			out.Set(i, j, m.At(pr[i], pc[j]))
		}
	}
	return out
}

func TestAssignProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 7))
	var s Solver
	for trial := range 1500 {
		r, c := 1+rng.IntN(12), 1+rng.IntN(12)
		kind := rng.IntN(4)
		obj := Objective(rng.IntN(2))
		m := lapRandom(rng, r, c, kind, []float64{0, 0.3}[rng.IntN(2)], obj)
		var a Assignment
		err := s.Assign(m, obj, &a)
		if errors.Is(err, ErrInfeasible) {
			continue
		}
		require.NoError(t, err)
		require.NoError(t, Verify(m, obj, a))
		// kind 0 and 2 are integer-valued: exact; the others within
		// rounding of a sum of at most 12 entries of magnitude <= 1.
		tol := 0.0
		if kind == 1 || kind == 3 {
			tol = 1e-13
		}

		t.Run("", func(t *testing.T) {
			// Permuting rows and columns keeps the optimal total.
			pr, pc := rng.Perm(r), rng.Perm(c)
			var b Assignment
			require.NoError(t, s.Assign(lapPermute(m, pr, pc), obj, &b))
			require.InDelta(t, a.Total, b.Total, tol, "trial %d: permuted total", trial)
		})
		t.Run("", func(t *testing.T) {
			// Adding a constant to one row shifts the total by it when the
			// row is always assigned (the rows are the smaller side), and
			// the optimal assignment stays optimal.
			if r > c {
				return
			}
			i := rng.IntN(r)
			shift := float64(rng.IntN(21) - 10)
			mm := mat.DenseCopyOf(m)
			for j := range c {
				mm.Set(i, j, m.At(i, j)+shift)
			}
			var b Assignment
			require.NoError(t, s.Assign(mm, obj, &b))
			require.InDelta(t, a.Total+shift, b.Total, tol+1e-13*math.Abs(a.Total), "trial %d: shifted total", trial)
		})
		t.Run("", func(t *testing.T) {
			// Verify rejects a perturbed assignment: two rows swap columns.
			var rows []int
			for i, j := range a.RowToCol {
				if j >= 0 && !math.IsInf(m.At(i, j), 0) {
					rows = append(rows, i)
				}
			}
			if len(rows) < 2 {
				return
			}
			i1, i2 := rows[0], rows[1]
			j1, j2 := a.RowToCol[i1], a.RowToCol[i2]
			// Verify promises to reject a perturbation that worsens the
			// total by more than 2·tol; tol is 0 on the integer kinds.
			worse := lapSign(obj) * (m.At(i1, j2) + m.At(i2, j1) - m.At(i1, j1) - m.At(i2, j2))
			var tol float64
			if kind == 1 || kind == 3 {
				scale := 0.0
				for i := range r {
					for j := range c {
						if x := m.At(i, j); !math.IsInf(x, 0) {
							scale = max(scale, math.Abs(x))
						}
					}
				}
				for _, p := range append(slices.Clone(a.U), a.V...) {
					scale = max(scale, math.Abs(p))
				}
				tol = 4 * 0x1p-52 * scale * (2 + math.Log2(float64(1+r+c)))
			}
			if !(worse > 2*tol) {
				return // another optimum, or too close to tell apart
			}
			p := Assignment{
				RowToCol: slices.Clone(a.RowToCol), ColToRow: slices.Clone(a.ColToRow),
				U: a.U, V: a.V, Total: a.Total,
			}
			p.RowToCol[i1], p.RowToCol[i2] = j2, j1
			p.ColToRow[j1], p.ColToRow[j2] = i2, i1
			err := Verify(m, obj, p)
			require.ErrorIs(t, err, ErrCertificate, "trial %d: %v kind %d swap rows %d,%d\n%v\n%+v", trial, obj, kind, i1, i2, mat.Formatted(m), a)
		})
	}
}

func TestAssignPublishedExample(t *testing.T) {
	// The example of scipy.optimize.linear_sum_assignment's documentation
	// (SciPy 1.10 reference guide): row_ind [0 1 2], col_ind [1 0 2],
	// cost[row_ind, col_ind].sum() = 5.
	cost := mat.NewDense(3, 3, []float64{4, 1, 3, 2, 0, 5, 3, 2, 2})
	a, err := Assign(cost, Minimize)
	require.NoError(t, err)
	if diff := cmp.Diff([]int{1, 0, 2}, a.RowToCol); diff != "" {
		t.Errorf("RowToCol (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{1, 0, 2}, a.ColToRow); diff != "" {
		t.Errorf("ColToRow (-want +got):\n%s", diff)
	}
	require.Equal(t, 5.0, a.Total)
	require.NoError(t, Verify(cost, Minimize, a))
}

func TestAssignHandCalculated(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		name  string
		r, c  int
		data  []float64
		obj   Objective
		want  []int
		total float64
	}{
		// 2×3: the six choices (columns of rows 0, 1) cost (1,0) 1+2 = 3,
		// (2,1) 3+0 = 3, (0,1) 4+0 = 4, (2,0) 3+2 = 5, (1,2) 1+5 = 6 and
		// (0,2) 4+5 = 9: optimum 3, two ways. The tie rule (doc.go) picks
		// (1,0): row 0 takes its cheapest column 1 and lowers its price by
		// the gap to its second cheapest (3-1 = 2); row 1 then sees 2, 2, 5
		// and takes the first cheapest, column 0.
		{"rect min", 2, 3, []float64{4, 1, 3, 2, 0, 5}, Minimize, []int{1, 0}, 3},
		// The same table maximised: 4+5 = 9 (cols 0, 2) beats 3+2 = 5 and
		// the rest (listed above).
		{"rect max", 2, 3, []float64{4, 1, 3, 2, 0, 5}, Maximize, []int{0, 2}, 9},
		// 3×2 (columns the smaller side): column 0 takes row 1 (1), column
		// 1 takes row 2 (0): 1; the other choices (rows of columns 0, 1)
		// cost (0,2) 5+0 = 5, (1,0) 1+7 = 8, (0,1) 5+7 = 12, (2,0) and
		// (2,1) 9+7 = 16.
		{"tall min", 3, 2, []float64{5, 7, 1, 7, 9, 0}, Minimize, []int{-1, 0, 1}, 1},
		// Forbidden pairs force the anti-diagonal: 2+3 = 5.
		{"forbidden", 2, 2, []float64{inf, 2, 3, inf}, Minimize, []int{1, 0}, 5},
		{"forbidden max", 2, 2, []float64{math.Inf(-1), 2, 3, math.Inf(-1)}, Maximize, []int{1, 0}, 5},
		// Negative and large: -1e15 + (1e15 - 3) = -3 (the diagonal) beats
		// (1e15 - 1) + (-1e15 + 1) = 0.
		{"large", 2, 2, []float64{-1e15, 1e15 - 1, -1e15 + 1, 1e15 - 3}, Minimize, []int{0, 1}, -3},
		// A 1×1 problem.
		{"single", 1, 1, []float64{-7}, Maximize, []int{0}, -7},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mat.NewDense(tt.r, tt.c, tt.data)
			a, err := Assign(m, tt.obj)
			require.NoError(t, err)
			if diff := cmp.Diff(tt.want, a.RowToCol); diff != "" {
				t.Errorf("RowToCol (-want +got):\n%s", diff)
			}
			require.Equal(t, tt.total, a.Total)
			require.NoError(t, Verify(m, tt.obj, a))
		})
	}
}

// lapDims is a mat.Matrix with arbitrary reported dimensions.
type lapDims struct{ r, c int }

func (d lapDims) Dims() (int, int)    { return d.r, d.c }
func (d lapDims) At(int, int) float64 { return 0 }
func (d lapDims) T() mat.Matrix       { return mat.Transpose{Matrix: d} }

func TestAssignErrors(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	tests := []struct {
		name    string
		m       mat.Matrix
		obj     Objective
		want    error
		entries []EntryError // expected entry errors, in order
	}{
		{"objective", mat.NewDense(1, 1, []float64{1}), Objective(7), ErrObjective, nil},
		{"nil matrix", nil, Minimize, ErrShape, nil},
		{"negative dims", lapDims{-1, 2}, Minimize, ErrShape, nil},
		{"nan", mat.NewDense(2, 2, []float64{1, 2, nan, 4}), Minimize, ErrNaN, []EntryError{{Row: 1, Col: 0, Err: ErrNaN}}},
		{"-inf when minimising", mat.NewDense(1, 3, []float64{1, -inf, 2}), Minimize, ErrForbiddenSign, []EntryError{{Row: 0, Col: 1, Err: ErrForbiddenSign}}},
		{"+inf when maximising", mat.NewDense(3, 1, []float64{1, 2, inf}), Maximize, ErrForbiddenSign, []EntryError{{Row: 2, Col: 0, Err: ErrForbiddenSign}}},
		{"too large", mat.NewDense(1, 2, []float64{1e201, 0}), Minimize, ErrRange, []EntryError{{Row: 0, Col: 0, Err: ErrRange}}},
		{"several, transposed", mat.NewDense(3, 2, []float64{nan, 1, 2, -inf, 3, nan}), Minimize, ErrNaN,
			[]EntryError{{Row: 0, Col: 0, Err: ErrNaN}, {Row: 1, Col: 1, Err: ErrForbiddenSign}, {Row: 2, Col: 1, Err: ErrNaN}}},
		{"row of forbidden", mat.NewDense(2, 2, []float64{1, 2, inf, inf}), Minimize, ErrInfeasible, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s Solver
			dst := Assignment{Total: 42}
			err := s.Assign(tt.m, tt.obj, &dst)
			require.ErrorIs(t, err, tt.want)
			require.Equal(t, Assignment{Total: 42}, dst, "dst must be left unchanged on error")
			_, err2 := Assign(tt.m, tt.obj)
			require.ErrorIs(t, err2, tt.want)
			if tt.entries == nil {
				return
			}
			var got []EntryError
			for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
				var ee *EntryError
				require.ErrorAs(t, e, &ee)
				got = append(got, EntryError{Row: ee.Row, Col: ee.Col, Err: ee.Err})
			}
			if diff := cmp.Diff(tt.entries, got, cmp.Comparer(func(a, b error) bool { return a == b })); diff != "" {
				t.Errorf("entry errors (-want +got):\n%s", diff)
			}
		})
	}
	t.Run("nil destination", func(t *testing.T) {
		var s Solver
		require.ErrorIs(t, s.Assign(mat.NewDense(1, 1, nil), Minimize, nil), ErrShape)
	})
}

func TestAssignInfeasibleViolator(t *testing.T) {
	inf := math.Inf(1)
	// Rows 0 and 2 may both take only column 1: the Hall violator is
	// {0, 2} with allowed columns {1} (row 1 is free to take column 0 or
	// 2, so it is not part of the violator the search finds).
	m := mat.NewDense(3, 3, []float64{
		inf, 1, inf,
		1, 1, 1,
		inf, 2, inf,
	})
	_, err := Assign(m, Minimize)
	var e *InfeasibleError
	require.ErrorAs(t, err, &e)
	require.ErrorIs(t, err, ErrInfeasible)
	lapCheckViolator(t, m, Minimize, e)
	require.Equal(t, "matching: no complete assignment exists: rows [0 2] are allowed only 1 column(s) [1] between them", err.Error())

	// The same table transposed, maximising: named by columns.
	mt := mat.DenseCopyOf(m.T())
	mt.Apply(func(_, _ int, x float64) float64 { return -x }, mt)
	mt = mat.NewDense(4, 3, append(slices.Clone(mt.RawMatrix().Data), -inf, -inf, -inf))
	_, err = Assign(mt, Maximize)
	require.ErrorAs(t, err, &e)
	lapCheckViolator(t, mt, Maximize, e)
	require.Equal(t, []int{0, 2}, e.Cols)
	require.Equal(t, []int{1}, e.AllowedRows)
}

func TestAssignEmpty(t *testing.T) {
	for _, d := range []lapDims{{0, 0}, {3, 0}, {0, 2}} {
		a, err := Assign(d, Maximize)
		require.NoError(t, err)
		want := Assignment{
			RowToCol: slices.Repeat([]int{-1}, d.r), ColToRow: slices.Repeat([]int{-1}, d.c),
			U: make([]float64, d.r), V: make([]float64, d.c),
		}
		if diff := cmp.Diff(want, a, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%v (-want +got):\n%s", d, diff)
		}
		require.NoError(t, Verify(d, Maximize, a))
	}
	a, err := Assign(&mat.Dense{}, Minimize)
	require.NoError(t, err)
	require.Empty(t, a.RowToCol)
}

func TestSolverReuseAndAliasing(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	var s Solver
	var a Assignment
	// Shapes grow and shrink; a reused Solver and dst must give the same
	// answers as fresh ones.
	for _, dims := range [][2]int{{30, 40}, {5, 3}, {60, 60}, {2, 2}, {40, 10}, {1, 70}} {
		m := lapRandom(rng, dims[0], dims[1], 1, 0, Minimize)
		require.NoError(t, s.Assign(m, Minimize, &a))
		fresh, err := Assign(m, Minimize)
		require.NoError(t, err)
		if diff := cmp.Diff(fresh, a); diff != "" {
			t.Errorf("%v: reused solver differs (-fresh +reused):\n%s", dims, diff)
		}
	}
	// A tall *mat.Dense is copied transposed tile by tile; the At path
	// copies entry by entry: both must see the same matrix.
	tall := lapRandom(rng, 70, 45, 1, 0.1, Minimize)
	viaTiles, err := Assign(tall, Minimize)
	require.NoError(t, err)
	viaAt, err := Assign(lapAtOnly{tall}, Minimize)
	require.NoError(t, err)
	if diff := cmp.Diff(viaAt, viaTiles); diff != "" {
		t.Errorf("tall matrix (-At +tiles):\n%s", diff)
	}
	require.NoError(t, Verify(tall, Minimize, viaTiles))

	// The result never shares memory with the input, even on the in-place
	// path: overwriting the result leaves the matrix alone.
	m := lapRandom(rng, 4, 4, 0, 0, Minimize)
	orig := mat.DenseCopyOf(m)
	got, err := Assign(m, Minimize)
	require.NoError(t, err)
	for i := range got.U {
		got.U[i], got.V[i], got.RowToCol[i] = 1e9, 1e9, 99
	}
	require.True(t, mat.Equal(orig, m))
}

func TestSolverAllocatesNothingWhenWarm(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	for _, dims := range [][2]int{{50, 50}, {30, 60}, {60, 30}} {
		m := lapRandom(rng, dims[0], dims[1], 0, 0.5, Maximize)
		var s Solver
		var a Assignment
		require.NoError(t, s.Assign(m, Maximize, &a))
		allocs := testing.AllocsPerRun(20, func() {
			if err := s.Assign(m, Maximize, &a); err != nil {
				t.Fatal(err)
			}
		})
		require.Zero(t, allocs, "%v", dims)
	}
}

func TestAssignMatrixKinds(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 4))
	big := lapRandom(rng, 7, 8, 1, 0.2, Minimize)
	sym := mat.NewSymDense(5, nil)
	for i := range 5 {
		for j := i; j < 5; j++ {
			sym.SetSym(i, j, float64(rng.IntN(20)))
		}
	}
	tests := []struct {
		name string
		m    mat.Matrix
	}{
		{"view, wide", big.Slice(1, 5, 2, 8)},
		{"view, tall", big.Slice(0, 7, 3, 6)},
		{"transpose of a view", big.Slice(1, 5, 2, 8).T()},
		{"transpose of a dense", big.T()},
		{"symmetric", sym},
		{"vector", mat.NewVecDense(4, []float64{3, 1, 2, 5})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, obj := range []Objective{Minimize, Maximize} {
				// Forbidden entries are +Inf: maximise the negated matrix
				// so that they read -Inf.
				in := tt.m
				if obj == Maximize {
					var neg mat.Dense
					neg.Scale(-1, tt.m)
					in = lapAtOnly{&neg}
				}
				got, err := Assign(in, obj)
				if errors.Is(err, ErrInfeasible) {
					_, ok := lapBrute(mat.DenseCopyOf(in), obj)
					require.False(t, ok)
					continue
				}
				require.NoError(t, err)
				require.NoError(t, Verify(in, obj, got))
				want, ok := lapBrute(mat.DenseCopyOf(in), obj)
				require.True(t, ok)
				require.InDelta(t, want, got.Total, 1e-12)
				// The same values in a fresh *mat.Dense give the same
				// assignment.
				ref, err := Assign(mat.DenseCopyOf(in), obj)
				require.NoError(t, err)
				if diff := cmp.Diff(ref, got); diff != "" {
					t.Errorf("%v (-copy +kind):\n%s", obj, diff)
				}
			}
		})
	}
}

func TestAssignLargeOffsetIsExact(t *testing.T) {
	// Adding the same constant to every entry adds n times it to every
	// complete assignment, so the optimum's total shifts by exactly n·c.
	// With integer entries below 1000, c = ±1e14 and n = 60 every sum
	// stays below 2^53, so the solver must agree to the last unit.
	rng := rand.New(rand.NewPCG(15, 15))
	var s Solver
	for _, dims := range [][2]int{{60, 60}, {40, 60}, {60, 35}} {
		r, c := dims[0], dims[1]
		m := mat.NewDense(r, c, nil)
		for i := range r {
			for j := range c {
				m.Set(i, j, float64(rng.IntN(1000)))
			}
		}
		for _, obj := range []Objective{Minimize, Maximize} {
			var base Assignment
			require.NoError(t, s.Assign(m, obj, &base))
			require.NoError(t, Verify(m, obj, base))
			for _, offset := range []float64{1e14, -1e14} {
				var shifted mat.Dense
				shifted.Apply(func(_, _ int, x float64) float64 { return x + offset }, m)
				var a Assignment
				require.NoError(t, s.Assign(&shifted, obj, &a))
				require.NoError(t, Verify(&shifted, obj, a), "%v %v %v", dims, obj, offset)
				n := float64(min(r, c))
				require.Equal(t, base.Total+n*offset, a.Total, "%v %v %v", dims, obj, offset)
			}
		}
	}
}

// lyingDims is a mat.Matrix whose Dims no real matrix has: negative, or
// with more entries than an int can count.
type lyingDims struct{ r, c int }

func (m lyingDims) Dims() (int, int)    { return m.r, m.c }
func (m lyingDims) At(i, j int) float64 { return 0 }
func (m lyingDims) T() mat.Matrix       { return lyingDims{m.c, m.r} }

// TestMatrixArgumentsShape: every entry point that takes a matrix rejects
// impossible dimensions with ErrShape, as Assign does, instead of
// panicking (PreferencesFromScores made a slice of length -1) or looping
// over 2^80 entries (Bottleneck, KBest, Measure and the others checked
// only the sign).
func TestMatrixArgumentsShape(t *testing.T) {
	for _, m := range []lyingDims{{-1, 2}, {2, -1}, {1 << 40, 1 << 40}} {
		t.Run(strconv.Itoa(m.r)+"×"+strconv.Itoa(m.c), func(t *testing.T) {
			calls := map[string]func() error{
				"Assign":     func() error { _, err := Assign(m, Minimize); return err },
				"Bottleneck": func() error { _, err := Bottleneck(m, Maximize); return err },
				"LexMaxMin":  func() error { _, err := LexMaxMin(m, Minimize); return err },
				"KBest":      func() error { _, err := KBest(m, Maximize, 2, KBestOptions{}); return err },
			}
			for name, call := range calls {
				require.ErrorIs(t, call(), ErrShape, name)
			}
		})
	}
}
