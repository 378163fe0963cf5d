package matching

import "math"

// lapEngine is the incremental shortest augmenting path method behind
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
type lapEngine struct {
	n      int
	c      []float64 // n*n costs, row-major; +Inf forbidden
	u, v   []float64
	rowCol []int // column of each row, -1 free
	colRow []int // row of each column, -1 free
	// rowFn, when set and c is nil, writes row i's costs into dst: the
	// search then computes only the rows it scans, so an augmentation
	// costs O(n) per scanned row instead of an n×n cost matrix.
	rowFn  func(i int, dst []float64)
	rowBuf []float64
	// augments counts the augmentations performed (successful or not).
	augments int
	// scratch of augment
	minv []float64
	way  []int
	used []bool
}

// reset sizes the engine for an n×n problem with costs c (kept, not copied)
// and clears the matching and the potentials.
func (e *lapEngine) reset(n int, c []float64) {
	e.n, e.c = n, c
	e.u = growSlice(e.u, n)
	e.v = growSlice(e.v, n)
	e.rowCol = growSlice(e.rowCol, n)
	e.colRow = growSlice(e.colRow, n)
	e.minv = growSlice(e.minv, n)
	e.rowBuf = growSlice(e.rowBuf, n)
	e.way = growSlice(e.way, n)
	if cap(e.used) < n {
		e.used = make([]bool, n)
	}
	e.used = e.used[:n]
	for i := range n {
		e.u[i], e.v[i], e.rowCol[i], e.colRow[i] = 0, 0, -1, -1
	}
}

// solve finds a minimum-cost perfect matching from scratch: column
// reduction (v[j] = the smallest cost of column j, u = 0, which is dual
// feasible), then one augmentation per row in index order. It returns
// false when no perfect matching avoids the forbidden pairs; the state is
// then a valid partial matching.
func (e *lapEngine) solve() bool {
	n := e.n
	for j := range n {
		best := math.Inf(1)
		for i := range n {
			best = min(best, e.c[i*n+j])
		}
		if math.IsInf(best, 1) {
			best = 0
		}
		e.v[j] = best
	}
	for i := range n {
		if !e.augment(i) {
			return false
		}
	}
	return true
}

// augment assigns the free row i0 by a shortest augmenting path over the
// reduced costs c[i][j] - u[i] - v[j] (Dijkstra, O(n²)), updating the
// potentials so that the invariant holds. Columns at equal distance are
// taken in ascending order. It returns false, leaving row i0 free and the
// invariant intact, when no free column can be reached.
func (e *lapEngine) augment(i0 int) bool {
	n := e.n
	e.augments++
	inf := math.Inf(1)
	minv, way, used := e.minv[:n], e.way[:n], e.used[:n]
	for j := range n {
		minv[j], way[j], used[j] = inf, -1, false
	}
	u, v, c := e.u, e.v, e.c
	i, j0 := i0, -1
	for {
		var row []float64
		if c != nil {
			row = c[i*n : i*n+n]
		} else {
			row = e.rowBuf[:n]
			e.rowFn(i, row)
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
				u[e.colRow[j]] += delta
				v[j] -= delta
			} else {
				minv[j] -= delta
			}
		}
		used[j1] = true
		j0 = j1
		if e.colRow[j1] < 0 {
			break
		}
		i = e.colRow[j1]
	}
	// Augment along the path back to i0.
	for j := j0; j >= 0; {
		prev := way[j]
		var r int
		if prev < 0 {
			r = i0
		} else {
			r = e.colRow[prev]
		}
		e.colRow[j] = r
		e.rowCol[r] = j
		j = prev
	}
	return true
}

// unmatch frees row i and its column.
func (e *lapEngine) unmatch(i int) {
	if j := e.rowCol[i]; j >= 0 {
		e.colRow[j] = -1
		e.rowCol[i] = -1
	}
}
