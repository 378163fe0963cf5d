package matching

import (
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/mentorkit/mentorkit/matching/internal/lap"
	"gonum.org/v1/gonum/mat"
)

// denseMaxEntryErrors caps how many bad entries one error reports.
const denseMaxEntryErrors = 8

// Solver solves dense linear assignment problems and keeps its scratch
// buffers between calls, so that a warm Solver allocates nothing. It holds
// O(r+c) scratch and, for an input it cannot read in place (see
// Solver.Assign), one r×c copy of the matrix. The zero value is ready to
// use. A Solver must not be used by several goroutines at once; use one
// Solver per goroutine.
type Solver struct {
	k   denseKernel
	buf []float64 // copy of a matrix that is not a *mat.Dense, or a transposed one
}

// Assign solves the linear assignment problem on m: it picks, for every row
// of the smaller side of the r×c matrix m, a distinct line of the other
// side so that the total of the picked entries is the smallest (Minimize)
// or the largest (Maximize) possible. Forbidden pairs are +Inf when
// minimising and -Inf when maximising.
//
// The result carries the optimality certificate U, V described at
// Assignment, which Verify checks. See the package documentation for the
// algorithm, its complexity, the tie rule and the errors. Assign is a
// shorthand for a fresh Solver's Assign; reuse a Solver to avoid allocating
// in a loop.
func Assign(m mat.Matrix, obj Objective) (Assignment, error) {
	var s Solver
	var a Assignment
	if err := s.Assign(m, obj, &a); err != nil {
		return Assignment{}, err
	}
	return a, nil
}

// Assign solves the linear assignment problem on m as the package-level
// Assign does and writes the result into dst, reusing the storage of dst's
// slices when they are large enough. With a warm Solver (one whose earlier
// problems had at least as many rows and at least as many columns) and a
// reused dst it allocates nothing. On error *dst is left unchanged.
//
// A *mat.Dense with rows <= columns, or the mat.Transpose of a *mat.Dense
// with rows > columns, is read in place; any other matrix is first copied
// into one rows×columns buffer that the Solver keeps. m is never modified
// and dst never aliases it.
func (s *Solver) Assign(m mat.Matrix, obj Objective, dst *Assignment) error {
	if !obj.valid() {
		return fmt.Errorf("%w: %v", ErrObjective, obj)
	}
	if m == nil {
		return fmt.Errorf("%w: matrix is nil", ErrShape)
	}
	if dst == nil {
		return fmt.Errorf("%w: destination is nil", ErrShape)
	}
	r, c := m.Dims()
	if r < 0 || c < 0 {
		return fmt.Errorf("%w: matrix reports dimensions %d×%d", ErrShape, r, c)
	}
	if r == 0 || c == 0 {
		denseWriteEmpty(dst, r, c)
		return nil
	}
	if r > math.MaxInt/c {
		return fmt.Errorf("%w: matrix reports dimensions %d×%d, too large to hold", ErrShape, r, c)
	}
	transposed := r > c
	n, nc := r, c
	if transposed {
		n, nc = c, r
	}
	sgn := 1.0
	if obj == Maximize {
		sgn = -1
	}
	k := &s.k
	k.c, k.stride = s.load(m, transposed, n, nc)
	k.sgn = sgn
	k.prepare(n, nc)
	switch k.solve() {
	case denseBadEntry:
		k.c = nil
		return denseEntryErrors(m, obj)
	case denseInfeasible:
		err := s.infeasible(transposed)
		k.c = nil
		return err
	}
	s.write(dst, r, c, transposed)
	k.c = nil // never keep a reference to the caller's matrix
	return nil
}

// load returns the kernel's view of m: row-major, n rows of nc entries, in
// the caller's units. It reads a *mat.Dense in place when its orientation
// fits and copies anything else into s.buf.
func (s *Solver) load(m mat.Matrix, transposed bool, n, nc int) ([]float64, int) {
	if !transposed {
		if d, ok := m.(*mat.Dense); ok {
			raw := d.RawMatrix()
			return raw.Data, raw.Stride
		}
	} else if t, ok := m.(mat.Transpose); ok {
		if d, ok := t.Matrix.(*mat.Dense); ok {
			raw := d.RawMatrix()
			return raw.Data, raw.Stride
		}
	}
	s.buf = lap.Grow(s.buf, n*nc)
	buf := s.buf
	if d, ok := m.(*mat.Dense); ok {
		// transposed: kernel row j is column j of d. Copy in square tiles
		// so that both the reads and the writes stay within a few cache
		// lines at a time.
		const tile = 32
		raw := d.RawMatrix()
		for i0 := 0; i0 < raw.Rows; i0 += tile {
			for j0 := 0; j0 < raw.Cols; j0 += tile {
				for i := i0; i < min(i0+tile, raw.Rows); i++ {
					row := raw.Data[i*raw.Stride+j0 : i*raw.Stride+min(j0+tile, raw.Cols)]
					for j, x := range row {
						buf[(j0+j)*nc+i] = x
					}
				}
			}
		}
		return buf, nc
	}
	if transposed {
		for j := range n {
			for i := range nc {
				buf[j*nc+i] = m.At(i, j)
			}
		}
	} else {
		for i := range n {
			for j := range nc {
				buf[i*nc+j] = m.At(i, j)
			}
		}
	}
	return buf, nc
}

// write stores the kernel's solution into dst in the caller's orientation
// and units.
func (s *Solver) write(dst *Assignment, r, c int, transposed bool) {
	k := &s.k
	dst.RowToCol = lap.Grow(dst.RowToCol, r)
	dst.ColToRow = lap.Grow(dst.ColToRow, c)
	dst.U = lap.Grow(dst.U, r)
	dst.V = lap.Grow(dst.V, c)
	ku, kv := dst.U, dst.V
	kx, ky := dst.RowToCol, dst.ColToRow
	if transposed {
		ku, kv = dst.V, dst.U
		kx, ky = dst.ColToRow, dst.RowToCol
	}
	copy(kx, k.rowsol)
	copy(ky, k.colsol)
	sgn := k.sgn
	var sum, comp float64 // Neumaier's compensated sum of the assigned entries
	for i, j := range k.rowsol {
		x := k.row(i)[j]
		sum, comp = denseNeumaier(sum, comp, x)
		// sgn*(...) turns min-form potentials into the caller's units;
		// adding 0 turns a -0 into 0.
		ku[i] = sgn*(sgn*x-k.v[j]) + 0
	}
	for j, vj := range k.v {
		kv[j] = sgn*vj + 0
	}
	dst.Total = sum + comp
}

// denseNeumaier adds x to the compensated sum (sum, comp).
func denseNeumaier(sum, comp, x float64) (float64, float64) {
	t := sum + x
	if math.Abs(sum) >= math.Abs(x) {
		comp += (sum - t) + x
	} else {
		comp += (x - t) + sum
	}
	return t, comp
}

// denseWriteEmpty stores the assignment of an r×c matrix with r or c zero.
func denseWriteEmpty(dst *Assignment, r, c int) {
	dst.RowToCol = lap.Grow(dst.RowToCol, r)
	dst.ColToRow = lap.Grow(dst.ColToRow, c)
	dst.U = lap.Grow(dst.U, r)
	dst.V = lap.Grow(dst.V, c)
	for i := range dst.RowToCol {
		dst.RowToCol[i] = -1
	}
	for j := range dst.ColToRow {
		dst.ColToRow[j] = -1
	}
	clear(dst.U)
	clear(dst.V)
	dst.Total = 0
}

// infeasible builds the InfeasibleError for the Hall violator the kernel
// found, in the caller's orientation.
func (s *Solver) infeasible(transposed bool) error {
	k := &s.k
	lines := slices.Clone(k.tree)
	var allowed []int
	for j := range k.nc {
		for _, i := range lines {
			if !math.IsInf(k.sgn*k.row(i)[j], 1) {
				allowed = append(allowed, j)
				break
			}
		}
	}
	if allowed == nil {
		allowed = []int{}
	}
	if transposed {
		return &InfeasibleError{Cols: lines, AllowedRows: allowed}
	}
	return &InfeasibleError{Rows: lines, Allowed: allowed}
}

// CheckMatrix validates a matrix argument for obj, as Assign does: the
// objective (ErrObjective), a nil matrix, negative dimensions or more
// entries than an int can count (ErrShape), then the entries
// (denseEntryErrors). It returns the dimensions.
func CheckMatrix(m mat.Matrix, obj Objective) (r, c int, err error) {
	if !obj.valid() {
		return 0, 0, fmt.Errorf("%w: %v", ErrObjective, obj)
	}
	if m == nil {
		return 0, 0, fmt.Errorf("%w: matrix is nil", ErrShape)
	}
	r, c = m.Dims()
	if r < 0 || c < 0 {
		return 0, 0, fmt.Errorf("%w: matrix reports dimensions %d×%d", ErrShape, r, c)
	}
	if c > 0 && r > math.MaxInt/c {
		return 0, 0, fmt.Errorf("%w: matrix reports dimensions %d×%d, too large to hold", ErrShape, r, c)
	}
	if err := denseEntryErrors(m, obj); err != nil {
		return 0, 0, err
	}
	return r, c, nil
}

// denseEntryErrors reports the NaN, wrong-sign and too large entries of m in row-major
// order, at most denseMaxEntryErrors of them, joined.
func denseEntryErrors(m mat.Matrix, obj Objective) error {
	r, c := m.Dims()
	var errs []error
	for i := range r {
		for j := range c {
			if err := denseCheckEntry(m.At(i, j), i, j, obj); err != nil {
				errs = append(errs, err)
				if len(errs) == denseMaxEntryErrors {
					return errors.Join(errs...)
				}
			}
		}
	}
	return errors.Join(errs...)
}

// denseCheckEntry returns an *EntryError when x may not appear in a matrix
// for obj, and nil otherwise.
func denseCheckEntry(x float64, i, j int, obj Objective) error {
	switch {
	case math.IsNaN(x):
		return &EntryError{Row: i, Col: j, Value: x, Err: ErrNaN}
	case obj == Minimize && math.IsInf(x, -1), obj == Maximize && math.IsInf(x, 1):
		return &EntryError{Row: i, Col: j, Value: x, Err: ErrForbiddenSign}
	case !math.IsInf(x, 0) && math.Abs(x) > MaxMagnitude:
		return &EntryError{Row: i, Col: j, Value: x, Err: ErrRange}
	}
	return nil
}
