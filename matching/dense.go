package matching

import (
	"math"
	"slices"

	"github.com/mentorkit/mentorkit/matching/internal/lap"
)

// denseKernel is the Jonker–Volgenant shortest-augmenting-path solver on a
// row-major cost matrix with n rows and nc >= n columns.
//
// Costs are read as sgn*c[i*stride+j] (sgn = +1 for Minimize, -1 for
// Maximize), so the kernel always minimises and never copies or negates the
// caller's matrix; multiplying by ±1 is exact. A +Inf cost (after the sign)
// is a forbidden pair. No "big M" stands in for it: +Inf is only ever
// compared, never added, and every potential stays finite. (The search
// marks columns whose distance is final with -Inf in its work array, a
// value no validated cost can produce; see augment.)
//
// Invariant (dual feasibility in JV's implicit form): for every assigned row
// i with column x[i], sgn*c[i][x[i]] - v[x[i]] <= sgn*c[i][j] - v[j] for all
// j, so u[i] = sgn*c[i][x[i]] - v[x[i]] and v are feasible duals that are
// tight on the assigned pairs. For rectangular problems v starts at 0 and
// only ever decreases, and only on columns that are (and stay) assigned, so
// v <= 0 with v = 0 on the unassigned columns: the sign condition.
//
// Reference: R. Jonker and A. Volgenant, "A shortest augmenting path
// algorithm for dense and sparse linear assignment problems", Computing 38
// (1987) 325–340.
type denseKernel struct {
	c      []float64 // costs in the caller's units, row-major, rows of length >= nc
	stride int
	sgn    float64
	n, nc  int

	v       []float64 // column potentials (minimisation form)
	d       []float64 // distance plus potential during a search; column minima during column reduction
	rowsol  []int     // column of each row, -1 while free
	colsol  []int     // row of each column, -1 while free
	pred    []int     // predecessor row of each column on the shortest-path tree
	free    []int     // free rows
	todo    []int     // columns at the current minimum distance, not yet scanned
	fin     []int     // columns whose distance is final in this search
	finD    []float64 // their distances
	matches []int     // how many columns chose each row in column reduction
	tree    []int     // rows of the last failed search (Hall violator)
}

// denseARRBudgetFactor bounds augmenting row reduction to this many row
// scans per row and per pass, so the initialisation stays O(n·nc) even
// when prices creep down in tiny steps; rows left over simply go to the
// shortest-path phase.
const denseARRBudgetFactor = 3

// prepare sizes the scratch buffers for an n×nc problem.
func (k *denseKernel) prepare(n, nc int) {
	k.n, k.nc = n, nc
	k.v = lap.Grow(k.v, nc)
	k.d = lap.Grow(k.d, nc)
	k.colsol = lap.Grow(k.colsol, nc)
	k.pred = lap.Grow(k.pred, nc)
	k.todo = lap.Grow(k.todo, nc)
	k.fin = lap.Grow(k.fin, nc)
	k.finD = lap.Grow(k.finD, nc)
	k.rowsol = lap.Grow(k.rowsol, n)
	k.free = lap.Grow(k.free, n)
	k.matches = lap.Grow(k.matches, n)
	k.tree = k.tree[:0]
}

// row returns row i of the cost matrix, exactly nc long.
func (k *denseKernel) row(i int) []float64 {
	off := i * k.stride
	return k.c[off : off+k.nc : off+k.nc]
}

// denseStatus is the outcome of denseKernel.solve.
type denseStatus int

const (
	denseSolved     denseStatus = iota
	denseBadEntry               // a NaN, a wrong infinity or a too large entry
	denseInfeasible             // k.tree holds a Hall violator
)

// denseBad reports whether the cost c (after the sign) may not appear: NaN,
// -Inf, or finite beyond MaxMagnitude. +Inf (forbidden) is fine.
func denseBad(c float64) bool {
	return (c > MaxMagnitude || !(c >= -MaxMagnitude)) && c != math.Inf(1)
}

// columnMinima checks every entry and leaves the column minima in d and
// the first row attaining each in pred (+Inf and -1 for a column with no
// allowed entry). It returns false on a bad entry.
func (k *denseKernel) columnMinima() bool {
	sgn := k.sgn
	d := k.d[:k.nc]
	pred := k.pred[:len(d)]
	for j := range d {
		d[j] = math.Inf(1)
		pred[j] = -1
	}
	for i := range k.n {
		if denseColumnMinima(k.row(i), d, pred, i, sgn) {
			return false
		}
	}
	return true
}

// solve checks the entries and runs the whole algorithm.
func (k *denseKernel) solve() denseStatus {
	n, nc := k.n, k.nc
	for i := range k.rowsol {
		k.rowsol[i] = -1
	}
	for j := range k.colsol {
		k.colsol[j] = -1
	}
	var nfree int
	if n == nc {
		if !k.columnMinima() {
			return denseBadEntry
		}
		nfree = k.columnReduction()
	} else {
		var ok bool
		if nfree, ok = k.rowReduction(); !ok {
			return denseBadEntry
		}
	}
	for range 2 {
		nfree = k.augmentingRowReduction(nfree)
	}
	for _, f := range k.free[:nfree] {
		if !k.augment(f) {
			return denseInfeasible
		}
	}
	return denseSolved
}

// rowReduction starts a rectangular problem (n < nc) from v = 0: one pass
// over the rows in order that checks every entry and, like a pass of
// augmenting row reduction, gives each row its cheapest column, lowering
// that column's price to the row's second cheapest when the two differ.
// A row it displaces is not revisited here but listed as free, so each
// row is read once. It returns the number of free rows, listed in k.free,
// and false on a bad entry.
func (k *denseKernel) rowReduction() (int, bool) {
	v := k.v[:k.nc]
	clear(v)
	rowsol, colsol, free := k.rowsol, k.colsol, k.free
	sgn := k.sgn
	nfree := 0
	for i := range k.n {
		umin, usub, j1, j2, bad := denseTwoMinCheck(k.row(i), v, sgn)
		if bad {
			return 0, false
		}
		if j1 < 0 {
			free[nfree] = i // every entry of the row is forbidden
			nfree++
			continue
		}
		i0 := colsol[j1]
		if math.IsInf(usub, 1) {
			if i0 < 0 {
				rowsol[i], colsol[j1] = j1, i
			} else {
				free[nfree] = i
				nfree++
			}
			continue
		}
		if umin < usub {
			v[j1] -= usub - umin
		} else if i0 >= 0 {
			j1 = j2
			i0 = colsol[j1]
		}
		rowsol[i], colsol[j1] = j1, i
		if i0 >= 0 {
			rowsol[i0] = -1
			free[nfree] = i0
			nfree++
		}
	}
	return nfree, true
}

// columnReduction is JV's column reduction and reduction transfer for a
// square problem; columnMinima has left the column minima in d and pred.
// It returns the number of free rows, listed in k.free.
func (k *denseKernel) columnReduction() int {
	n := k.n
	v, d, pred := k.v, k.d, k.pred
	rowsol, colsol, matches := k.rowsol, k.colsol, k.matches
	clear(matches)
	for j := n - 1; j >= 0; j-- {
		if math.IsInf(d[j], 1) {
			// A column no row may take: the problem is infeasible, which
			// the shortest-path phase reports with a Hall violator.
			v[j] = 0
			continue
		}
		v[j] = d[j]
		i := pred[j]
		matches[i]++
		if matches[i] == 1 {
			rowsol[i], colsol[j] = j, i
		} else if v[j] <= v[rowsol[i]] {
			// Row i is the minimum of several columns: it keeps the one
			// with the smallest minimum, the lowest index among equals.
			colsol[rowsol[i]] = -1
			rowsol[i], colsol[j] = j, i
		}
	}
	sgn := k.sgn
	nfree := 0
	for i := range n {
		switch matches[i] {
		case 0:
			k.free[nfree] = i
			nfree++
		case 1:
			// Reduction transfer: move row i's slack to its column.
			j1 := rowsol[i]
			row := k.row(i)
			v := v[:len(row)]
			mn := math.Inf(1)
			for j, x := range row {
				if h := sgn*x - v[j]; h < mn && j != j1 {
					mn = h
				}
			}
			if !math.IsInf(mn, 1) {
				v[j1] -= mn
			}
		}
	}
	return nfree
}

// augmentingRowReduction is one pass of JV's augmenting row reduction over
// the nfree rows in k.free; it returns the rows still free, in k.free.
func (k *denseKernel) augmentingRowReduction(nfree int) int {
	free, rowsol, colsol := k.free, k.rowsol, k.colsol
	v := k.v[:k.nc]
	sgn := k.sgn
	budget := denseARRBudgetFactor * k.n
	prv := nfree
	nfree = 0
	for p := 0; p < prv; {
		if budget == 0 {
			nfree += copy(free[nfree:], free[p:prv])
			break
		}
		budget--
		i := free[p]
		p++
		umin, usub, j1, j2 := denseTwoMin(k.row(i), v, sgn)
		if j1 < 0 {
			// Every entry of the row is forbidden.
			free[nfree] = i
			nfree++
			continue
		}
		i0 := colsol[j1]
		if math.IsInf(usub, 1) {
			// One allowed column: take it only if nobody holds it.
			if i0 < 0 {
				rowsol[i], colsol[j1] = j1, i
			} else {
				free[nfree] = i
				nfree++
			}
			continue
		}
		if umin < usub {
			v[j1] -= usub - umin
		} else if i0 >= 0 {
			j1 = j2
			i0 = colsol[j1]
		}
		rowsol[i], colsol[j1] = j1, i
		if i0 >= 0 {
			rowsol[i0] = -1
			if umin < usub {
				p--
				free[p] = i0
			} else {
				free[nfree] = i0
				nfree++
			}
		}
	}
	return nfree
}

// augment finds a shortest augmenting path from the free row f (Dijkstra on
// reduced costs), updates the prices and flips the path. Columns at equal
// distance are taken in ascending index order and the path ends at the
// first free column found that way. It returns false when no free column
// is reachable; k.tree then holds the rows of the search tree.
//
// The search keeps D[j] = d[j] + v[j] (in k.d) rather than the distance
// d[j]: v does not change during a search, and relaxing row i then reads
// only the cost row and D (t = sgn*c[i][j] - h against D[j], h = u[i] - mu).
// A column whose distance is final gets D[j] = -Inf, which no relaxation
// can beat, so the row scan needs no test of a "done" flag; its distance
// is kept in k.finD. -Inf cannot arise from a cost (entries are validated)
// and is never used in arithmetic that reaches the result.
func (k *denseKernel) augment(f int) bool {
	nc := k.nc
	sgn := k.sgn
	inf, ninf := math.Inf(1), math.Inf(-1)
	v := k.v[:nc]
	dv := k.d[:nc]
	pred := k.pred[:nc]
	colsol := k.colsol[:nc]
	todo := k.todo[:0]
	fin := k.fin[:0]
	finD := k.finD[:0]

	mu, todo := denseStart(k.row(f), dv, v, pred, f, sgn, todo)
	end := -1
	head := 0
	for end < 0 {
		if head == len(todo) {
			// Collect the columns at the new minimum distance.
			head = 0
			mu, todo = denseNearest(dv, v, todo[:0])
		}
		if head == 0 {
			if mu == inf || len(todo) == 0 {
				k.failTree(f, fin)
				return false
			}
			for _, j := range todo {
				dv[j] = ninf
				fin = append(fin, j)
				finD = append(finD, mu)
			}
			for _, j := range todo {
				if colsol[j] < 0 {
					end = j
					break
				}
			}
			if end >= 0 {
				break
			}
		}
		// Scan the row assigned to the next column at distance mu.
		j1 := todo[head]
		head++
		i := colsol[j1]
		row := k.row(i)
		h := sgn*row[j1] - v[j1] - mu
		for off := 0; ; {
			j := off + denseRelax(row[off:], dv[off:], v[off:], pred[off:], i, sgn, h, mu)
			if j >= len(row) {
				break
			}
			// The distance of column j is mu (below it only by
			// rounding): it is final, or the end of the path.
			if colsol[j] < 0 {
				end = j
				break
			}
			dv[j] = ninf
			fin = append(fin, j)
			finD = append(finD, mu)
			todo = append(todo, j)
			off = j + 1
		}
	}
	// Update the prices of the columns whose distance is final.
	for n, j := range fin {
		v[j] += finD[n] - mu
	}
	// Flip the augmenting path.
	rowsol := k.rowsol
	for {
		i := pred[end]
		colsol[end] = i
		end, rowsol[i] = rowsol[i], end
		if i == f {
			break
		}
	}
	return true
}

// failTree records the rows of a failed search from f (f and the rows
// holding the final columns), ascending, in k.tree, and clears the marks.
func (k *denseKernel) failTree(f int, fin []int) {
	k.tree = append(k.tree[:0], f)
	for _, j := range fin {
		k.tree = append(k.tree, k.colsol[j])
	}
	slices.Sort(k.tree)
}
