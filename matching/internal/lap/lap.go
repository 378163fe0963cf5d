package lap

import "math"

// Grow returns s resized to length n, reusing its storage when it
// can; it never returns nil, so that empty results are empty slices. The
// dense, sparse and incremental solvers all size their buffers with it.
// The contents are not cleared.
func Grow[T any](s []T, n int) []T {
	if s == nil || cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// Engine is the incremental shortest augmenting path method behind
// k-best assignments, bottleneck refinement and re-matching: a square n×n
// minimisation over a row-major cost slice (+Inf forbids a pair) that keeps
// its dual potentials u, v and its partial matching between calls, so that
// a change that frees one row is repaired by one augmentation instead of a
// full solve.
//
// Invariant (the Hungarian method's): u[i] + v[j] <= c[i][j] for every
// allowed pair and equality on every matched pair. Forbidding a pair, or
// unmatching a row, keeps it; augment(i) restores a matching that also
// covers row i, and the matching is then optimal among those covering the
// same rows (Kuhn 1955; Jonker and Volgenant 1987 for the shortest path
// form). All arithmetic is subtraction and addition of finite costs and
// potentials: no infinity is ever added.
type Engine struct {
	n int
	c []float64 // n*n costs, row-major; +Inf forbidden
	// U, V are the dual potentials of rows and columns.
	U, V []float64
	// RowCol is the column of each row, ColRow the row of each column;
	// -1 where free.
	RowCol []int
	ColRow []int
	// RowFn, when set and c is nil, writes row i's costs into dst: the
	// search then computes only the rows it scans, so an augmentation
	// costs O(n) per scanned row instead of an n×n cost matrix.
	RowFn  func(i int, dst []float64)
	rowBuf []float64
	// Augments counts the augmentations performed (successful or not).
	Augments int
	// scratch of augment
	minv []float64
	way  []int
	used []bool
}

// Reset sizes the engine for an n×n problem with costs c (kept, not copied)
// and clears the matching and the potentials.
func (e *Engine) Reset(n int, c []float64) {
	e.n, e.c = n, c
	e.U = Grow(e.U, n)
	e.V = Grow(e.V, n)
	e.RowCol = Grow(e.RowCol, n)
	e.ColRow = Grow(e.ColRow, n)
	e.minv = Grow(e.minv, n)
	e.rowBuf = Grow(e.rowBuf, n)
	e.way = Grow(e.way, n)
	if cap(e.used) < n {
		e.used = make([]bool, n)
	}
	e.used = e.used[:n]
	for i := range n {
		e.U[i], e.V[i], e.RowCol[i], e.ColRow[i] = 0, 0, -1, -1
	}
}

// Solve finds a minimum-cost perfect matching from scratch: column
// reduction (v[j] = the smallest cost of column j, u = 0, which is dual
// feasible), then one augmentation per row in index order. It returns
// false when no perfect matching avoids the forbidden pairs; the state is
// then a valid partial matching.
func (e *Engine) Solve() bool {
	n := e.n
	for j := range n {
		best := math.Inf(1)
		for i := range n {
			best = min(best, e.c[i*n+j])
		}
		if math.IsInf(best, 1) {
			best = 0
		}
		e.V[j] = best
	}
	for i := range n {
		if !e.Augment(i) {
			return false
		}
	}
	return true
}

// Augment assigns the free row i0 by a shortest augmenting path over the
// reduced costs c[i][j] - u[i] - v[j] (Dijkstra, O(n²)), updating the
// potentials so that the invariant holds. Columns at equal distance are
// taken in ascending order. It returns false, leaving row i0 free and the
// invariant intact, when no free column can be reached.
func (e *Engine) Augment(i0 int) bool {
	n := e.n
	e.Augments++
	inf := math.Inf(1)
	minv, way, used := e.minv[:n], e.way[:n], e.used[:n]
	for j := range n {
		minv[j], way[j], used[j] = inf, -1, false
	}
	u, v, c := e.U, e.V, e.c
	i, j0 := i0, -1
	for {
		var row []float64
		if c != nil {
			row = c[i*n : i*n+n]
		} else {
			row = e.rowBuf[:n]
			e.RowFn(i, row)
		}
		delta, j1 := inf, -1
		ui := u[i]
		for j, cij := range row {
			if used[j] {
				continue
			}
			if r := cij - ui - v[j]; r < minv[j] {
				minv[j], way[j] = r, j0
			}
			if minv[j] < delta {
				delta, j1 = minv[j], j
			}
		}
		if j1 < 0 {
			// No reachable free column: undo nothing (the potential
			// updates so far kept the invariant) and report failure.
			return false
		}
		u[i0] += delta
		for j := range n {
			if used[j] {
				u[e.ColRow[j]] += delta
				v[j] -= delta
			} else {
				minv[j] -= delta
			}
		}
		used[j1] = true
		j0 = j1
		if e.ColRow[j1] < 0 {
			break
		}
		i = e.ColRow[j1]
	}
	// Augment along the path back to i0.
	for j := j0; j >= 0; {
		prev := way[j]
		var r int
		if prev < 0 {
			r = i0
		} else {
			r = e.ColRow[prev]
		}
		e.ColRow[j] = r
		e.RowCol[r] = j
		j = prev
	}
	return true
}

// Unmatch frees row i and its column.
func (e *Engine) Unmatch(i int) {
	if j := e.RowCol[i]; j >= 0 {
		e.ColRow[j] = -1
		e.RowCol[i] = -1
	}
}
