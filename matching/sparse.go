package matching

import (
	"fmt"
	"math"
	"slices"

	"github.com/mentorkit/mentorkit/matching/internal/lap"
)

// AssignSparse solves the linear assignment problem whose allowed pairs are
// the candidates c, minimising or maximising the total of the assigned
// values. Every pair that is not a candidate is forbidden, as is a candidate
// whose value is +Inf (Minimize) or -Inf (Maximize).
//
// Every row of the smaller side is assigned (both rectangular shapes work);
// the result is the same Assignment the dense solver returns, with its
// certificate: U and V are feasible duals over the candidates (U[i]+V[j] <=
// value for Minimize, >= for Maximize, on every allowed candidate), tight
// on every assigned pair, and the potentials of the larger side are <= 0
// (Minimize) or >= 0 (Maximize) and exactly 0 where that side stays
// unassigned. VerifySparse checks all of this. The optimal total equals
// Assign's on the dense matrix with ±Inf on the absent pairs.
//
// Errors: the problems Candidates.Validate reports (ErrCandidates, ErrNaN,
// ErrForbiddenSign, ErrRange, ErrObjective), or an *InfeasibleError
// (ErrInfeasible) naming a Hall violator when no complete assignment of the
// smaller side exists. Empty problems (Rows or Cols 0) give an empty
// assignment (every line -1, potentials 0).
//
// The method is a sparse shortest augmenting path algorithm of the
// Jonker–Volgenant family (LAPJVsp, Volgenant 1996); see SparseSolver. It
// takes O(Rows + Cols + len(Col)) memory (about 16 bytes per candidate,
// 90 per row and 40 per column) and never anything of size Rows×Cols.
// AssignSparse allocates a fresh SparseSolver; reuse one with
// SparseSolver.Assign for repeated solves.
func AssignSparse(c Candidates, obj Objective) (Assignment, error) {
	var s SparseSolver
	var a Assignment
	if err := s.Assign(c, obj, &a); err != nil {
		return Assignment{}, err
	}
	return a, nil
}

// SparseSolver solves sparse assignment problems (see AssignSparse) and
// keeps its working buffers between solves. The zero value is ready to use;
// once its buffers have grown to a problem's size, solving a problem of at
// most that size (into a dst whose slices are large enough) allocates
// nothing. A SparseSolver is not safe for concurrent use.
//
// # Algorithm
//
// The solver copies the candidates into an internal n×m problem with n <=
// m (the transpose when Rows > Cols), costs c (the values, negated when
// maximising) and explicitly forbidden candidates dropped. With column
// potentials v and implicit row potentials
// u[i] = c[i][x(i)] - v[x(i)] it keeps every reduced cost c[i][j] - u[i] -
// v[j] of a candidate non-negative and zero on assigned pairs:
//
//  1. Square problems start with Jonker and Volgenant's column reduction
//     (v[j] = the smallest cost of column j, the column going to the first
//     row attaining it, columns taken from the last) and reduction
//     transfer. Rectangular problems start from v = 0, so that the sign
//     condition on unassigned columns holds throughout (v only decreases,
//     and only on columns that stay assigned).
//  2. From its second scan on (or its first in a search of step 4), a
//     row's candidates are grouped, once, in linear time after putting
//     them in column order, into 8 classes of c - v: class b within
//     [b·w, (b+1)·w) of the row's smallest, the last class everything
//     beyond, for a width w common to all rows (the median distance from
//     a sample row's smallest c - v to its fourth smallest). Each class
//     records a lower bound on c - v over it and the later classes;
//     potentials only decrease, so the bounds stay valid.
//     A row that the first pass of step 3 reads once and assigns for good
//     (most rows of a rectangular problem) is never grouped.
//  3. Augmenting row reduction (JV 1987): a free row takes its cheapest
//     column, lowering that column's potential to the second cheapest
//     reduced cost, and evicts the column's previous row. A row's scan for
//     its two cheapest stops at the first class whose bound exceeds the
//     second cheapest so far. JV make two passes over the free rows; here
//     passes continue, up to 8, while a pass after the first still
//     assigns a row.
//  4. Each remaining free row is assigned by Dijkstra's algorithm over the
//     reduced costs, which stops once no label can beat the shortest path
//     to a free column found so far; the potentials of the finished
//     columns drop by (path length - their distance), and the path is
//     augmented. A label as short as the column being finished (a tight
//     candidate, the common case) goes on a stack that is finished first;
//     longer labels go on a 4-ary heap. Labels that cannot beat the best
//     path are never stored, and a row's scan stops at the first class
//     whose bound rules it out. If the search runs out of labels, the rows
//     reached and their columns form a Hall violator.
//
// References: R. Jonker and A. Volgenant, A shortest augmenting path
// algorithm for dense and sparse linear assignment problems, Computing 38
// (1987) 325–340; A. Volgenant, Linear and semi-assignment problems: a core
// oriented approach, Computers & Operations Research 23 (1996) 917–932.
//
// Copying and grouping take O(Rows + Cols + len(Col)). Each search costs
// O(E log E) for the E candidates it scans, so the worst case is
// O(n·len(Col)·log len(Col)); on random sparse problems the first two
// steps assign most rows (95% on the sparse-k benchmark), the searches stay
// local and a scan reads about 7 candidates of a row of 51.
//
// # Ties and determinism
//
// The result is a function of the candidate sets and their values alone:
// it does not depend on the order of a row's candidates (a row is put in
// column order before it is grouped, and the whole-row scans of step 3
// break ties by column), on the machine or on GOMAXPROCS. Among several
// optimal assignments the one returned is fixed by the steps above: a
// column's minimum goes to the first row attaining it, a row's minimum to
// the cheapest candidate with the lowest column, free rows are searched in
// the order the initialisation leaves them, and columns at equal distance
// are finished in an order determined by the input.
type SparseSolver struct {
	mark []int32 // validation markers, one per column

	// The internal n×m problem (n <= m) in CSR form: row i is
	// ent[start[i]:start[i+1]], grouped into classes once scanned twice.
	start  []int
	ent    []sparseEntry
	loaded bool          // load built the internal form (see load)
	minima bool          // and the column minima
	fill   []int         // transposition cursors
	aux    []sparseEntry // a row being put in column order
	keys   []uint64      // and its sort keys

	// Working state of the internal problem.
	cs       []sparseCol       // potential, distance, row and mark of each column
	meta     []sparseMeta      // each row's cost classes (see prepare)
	inv      float64           // 1 / the class width
	ordered  bool              // every row lists its columns in ascending order
	sortTail []bool            // a row's last class is not yet in column order
	tmp      []sparseEntry     // group's scratch row
	class    []uint8           // and the class of each of its entries
	x        []int32           // column of each row, -1 when free
	xc       []float64         // cost of each row's assigned candidate
	free     []int32           // free rows
	cnt      []int32           // column reduction: columns claimed per row
	heap     []sparseHeapEntry // lazy 4-ary heap of labelled columns
	todo     []int32           // labelled columns at the distance being finished
	touched  []int32           // columns with a finite distance in this search
	settled  []int32           // columns finished in this search
	warm     float64           // sink for augment's prefetching loads
}

// sparseEntry is one candidate of the internal problem. Cost and column
// share a cache line, so a row scan reads one stream.
type sparseEntry struct {
	cost float64
	col  int32
}

// sparseCol keeps a column's state together, so that the inner loop
// touches one cache line per candidate.
type sparseCol struct {
	v, d float64 // potential and tentative distance
	y    int32   // row of the column, -1 when free
	p    int32   // row that labelled the column in the search (its minimum's row in column reduction)
	done bool    // finished in the current search
}

// sparseHeapEntry is a labelled column in the search heap.
type sparseHeapEntry struct {
	key float64
	col int32
}

// Assign solves c for obj into dst (see AssignSparse for the problem, the
// certificate and the errors). dst's slices are reused when their capacity
// suffices and never alias c. On error dst is left unchanged.
func (s *SparseSolver) Assign(c Candidates, obj Objective, dst *Assignment) error {
	if dst == nil {
		return fmt.Errorf("%w: destination is nil", ErrShape)
	}
	if !s.load(c, obj) {
		if err := c.validate(obj, &s.mark); err != nil {
			return err
		}
	}
	transposed := c.Rows > c.Cols
	n, m := c.Rows, c.Cols
	if transposed {
		n, m = c.Cols, c.Rows
	}
	s.ordered = s.loaded || transposed // load takes only ordered rows; a transposition orders them
	if !s.loaded {
		s.build(c, obj, transposed)
		s.reset(n, m)
	}
	if n > 0 {
		if n == m {
			s.columnReduction(n)
		} else {
			for i := range n {
				s.free = append(s.free, int32(i))
			}
		}
		if len(s.free) > 0 {
			s.prepare(n)
		}
		for pass := 0; pass < sparseARRPasses && len(s.free) > 0; pass++ {
			before := len(s.free)
			s.rowReduction()
			if pass > 0 && len(s.free) == before {
				break // this pass assigned no row: the next would not either
			}
		}
		for _, f := range s.free {
			if !s.augment(int(f)) {
				return s.violator(int(f), transposed)
			}
		}
	}
	s.write(c, obj, transposed, dst)
	return nil
}

// load is the common case of validate, build and the first pass of
// columnReduction in one pass over c: when Rows <= Cols and every row
// lists its columns in strictly ascending order (so none twice) and every
// value is acceptable, it builds the internal form, resets the working
// state, computes the column minima when the problem is square, sets
// s.loaded and returns true. Otherwise it returns false, having checked
// nothing it reports: the caller then runs validate and build.
func (s *SparseSolver) load(c Candidates, obj Objective) bool {
	s.loaded, s.minima = false, false
	n, m := c.Rows, c.Cols
	if !obj.valid() || n < 0 || n > m || m > MaxSparseDim || len(c.RowStart) != n+1 ||
		len(c.Col) != len(c.Value) || c.RowStart[0] != 0 || c.RowStart[n] != len(c.Col) {
		return false
	}
	s.reset(n, m)
	s.ent = lap.Grow(s.ent, len(c.Col))
	s.start = lap.Grow(s.start, n+1)
	ent, start, cs := s.ent, s.start, s.cs
	neg := obj == Maximize
	allowedInf := math.Inf(1) // the infinity that forbids a pair
	if neg {
		allowedInf = math.Inf(-1)
	}
	square := n == m
	p := 0
	for i := range n {
		lo, hi := c.RowStart[i], c.RowStart[i+1]
		if hi < lo || hi > len(c.Col) {
			return false
		}
		start[i] = p
		last := -1
		for q := lo; q < hi; q++ {
			j, x := c.Col[q], c.Value[q]
			if j <= last || j >= m {
				return false // out of range, repeated or out of order
			}
			last = j
			if !(math.Abs(x) <= MaxMagnitude) {
				if x == allowedInf {
					continue // forbidden
				}
				return false // NaN, the wrong infinity or too large
			}
			if neg {
				x = 0 - x
			}
			ent[p] = sparseEntry{cost: x, col: int32(j)}
			p++
			if square && x < cs[j].d { // column minima, the first row wins ties
				cs[j].d, cs[j].p = x, int32(i)
			}
		}
	}
	start[n] = p
	s.ent = ent[:p]
	s.loaded, s.minima = true, square
	return true
}

// build copies c into the internal form: transposed when Rows > Cols,
// values negated when maximising (so the internal problem always
// minimises) and explicitly forbidden entries dropped: a row-major copy,
// or one counting transposition (which lists every internal row's columns
// in ascending order) when transposed. Linear time.
func (s *SparseSolver) build(c Candidates, obj Objective, transposed bool) {
	neg := obj == Maximize
	nnz := 0
	for _, x := range c.Value {
		if !math.IsInf(x, 0) {
			nnz++
		}
	}
	s.ent = lap.Grow(s.ent, nnz)
	if transposed {
		s.start = lap.Grow(s.start, c.Cols+1)
		s.byColumn(c, neg, s.ent, s.start)
		return
	}
	s.start = lap.Grow(s.start, c.Rows+1)
	p := 0
	for i := range c.Rows {
		s.start[i] = p
		for q := c.RowStart[i]; q < c.RowStart[i+1]; q++ {
			if x := c.Value[q]; !math.IsInf(x, 0) {
				if neg {
					x = 0 - x
				}
				s.ent[p] = sparseEntry{cost: x, col: int32(c.Col[q])}
				p++
			}
		}
	}
	s.start[c.Rows] = p
}

// sortRow puts a row's entries in column order: the columns and positions
// packed into integers sort without a comparison function.
func (s *SparseSolver) sortRow(row []sparseEntry) {
	keys := lap.Grow(s.keys, len(row))
	for t, e := range row {
		keys[t] = uint64(e.col)<<32 | uint64(t) // t < len(row) <= MaxSparseDim
	}
	slices.Sort(keys)
	tmp := lap.Grow(s.aux, len(row))
	copy(tmp, row)
	for t, k := range keys {
		row[t] = tmp[uint32(k)]
	}
	s.keys, s.aux = keys, tmp
}

// byColumn writes c's allowed candidates column by column into ent and
// start (len(start) = Cols+1): entry (cost, row), rows ascending within a
// column, costs negated when neg.
func (s *SparseSolver) byColumn(c Candidates, neg bool, ent []sparseEntry, start []int) {
	s.fill = lap.Grow(s.fill, c.Cols)
	fill := s.fill
	clear(fill)
	for q, j := range c.Col {
		if !math.IsInf(c.Value[q], 0) {
			fill[j]++
		}
	}
	at := 0
	for j, k := range fill {
		start[j] = at
		fill[j] = at
		at += k
	}
	start[c.Cols] = at
	for i := range c.Rows {
		for q := c.RowStart[i]; q < c.RowStart[i+1]; q++ {
			if x := c.Value[q]; !math.IsInf(x, 0) {
				if neg {
					x = 0 - x
				}
				j := c.Col[q]
				ent[fill[j]] = sparseEntry{cost: x, col: int32(i)}
				fill[j]++
			}
		}
	}
}

// sparseMeta holds one row's cost classes in one cache line: a lower
// bound on c - v over each class and the later ones (rounded down to
// float32, which only loosens it) and the end of each class, counted from
// the row's start.
type sparseMeta struct {
	low [sparseBuckets]float32
	end [sparseBuckets]int32
}

// sparseBelow returns the largest float32 that is at most x.
func sparseBelow(x float64) float32 {
	f := float32(x)
	if float64(f) > x {
		f = math.Nextafter32(f, float32(math.Inf(-1)))
	}
	return f
}

// sparseBuckets is the number of cost classes of a row (see prepare).
const sparseBuckets = 8

// sparseARRPasses bounds the passes of augmenting row reduction: JV use
// two; with the class bounds a pass is cheap, and on the sparse-k
// benchmark up to eight leave fewer rows for the searches (about 5%
// faster overall).
const sparseARRPasses = 8

// prepare orders every row, once the initialisation is done, into
// sparseBuckets classes of reduced cost c - v: class b holds the entries
// within [b·w, (b+1)·w) of the row's smallest (the last class everything
// beyond), where w is a width common to all rows (see width). It records
// where each class ends and a lower bound on the reduced costs of each
// class and all later ones. Potentials only decrease from here on, so
// the bounds stay valid, and a search scans a row class by class until
// the bound rules the rest out. The order within a class is the caller's;
// the searches break ties by column, so it does not matter. Linear time,
// no comparisons between entries.
func (s *SparseSolver) prepare(n int) {
	s.meta = lap.Grow(s.meta, n)
	for i := range s.meta {
		s.meta[i].end[sparseBuckets-1] = sparseUnscanned
	}
	s.sortTail = lap.Grow(s.sortTail, n)
	clear(s.sortTail)
	s.inv = 0
	if w := s.width(n); w > 0 && !math.IsInf(w, 1) {
		s.inv = 1 / w
	}
}

// Row states kept in a row's last class end until it is grouped.
const (
	sparseUnscanned   = -2 // never scanned: the first scan reads it whole
	sparseScannedOnce = -1 // scanned once: the next scan groups it first
)

// grouped reports whether row i's classes are ready, grouping it when it
// has been scanned before, and otherwise marking it scanned: a row that a
// pass of row reduction scans once and assigns for good (most rows of a
// rectangular problem) is never grouped.
func (s *SparseSolver) grouped(i int) bool {
	switch s.meta[i].end[sparseBuckets-1] {
	case sparseUnscanned:
		s.meta[i].end[sparseBuckets-1] = sparseScannedOnce
		return false
	case sparseScannedOnce:
		s.group(i)
	}
	return true
}

// group sorts row i into its classes (see prepare). Unless the rows are
// known to list their columns in ascending order (s.ordered), each class
// is then put in column order (the last one when a search first reaches
// it), so that the order of a search's scan never depends on the
// caller's.
func (s *SparseSolver) group(i int) {
	const nb = sparseBuckets
	cs := s.cs
	row := s.ent[s.start[i]:s.start[i+1]]
	// The row's smallest c - v: u[i] when the row is assigned (its
	// reduced costs are >= 0 and 0 at its column), else a pass.
	var m float64
	if x := s.x[i]; x >= 0 {
		m = s.xc[i] - cs[x].v
	} else {
		m = math.Inf(1)
		for _, e := range row {
			m = min(m, e.cost-cs[e.col].v)
		}
	}
	var cnt [nb + 1]int
	var low [nb]float64
	for b := range low {
		low[b] = math.Inf(1)
	}
	inv := s.inv
	class := lap.Grow(s.class, len(row))
	for t, e := range row {
		x := e.cost - cs[e.col].v
		// In [0, nb-1] (x >= m up to rounding).
		b := int(max(0, min((x-m)*inv, nb-1)))
		class[t] = uint8(b)
		cnt[b+1]++
		low[b] = min(low[b], x)
	}
	for b := 1; b <= nb; b++ {
		cnt[b] += cnt[b-1]
	}
	mi := &s.meta[i]
	for b := range nb {
		mi.end[b] = int32(cnt[b+1]) // <= len(row) <= MaxSparseDim
	}
	for b := nb - 2; b >= 0; b-- {
		low[b] = min(low[b], low[b+1])
	}
	for b, x := range low {
		mi.low[b] = sparseBelow(x)
	}
	// Stable placement by class, through a scratch row.
	out := lap.Grow(s.tmp, len(row))
	for t, e := range row {
		b := class[t]
		out[cnt[b]] = e
		cnt[b]++
	}
	copy(row, out)
	s.class, s.tmp = class, out
	if !s.ordered {
		// Column order within each class (short: insertion sort), the
		// last class when a search first reaches it (see augment).
		lo := 0
		for b := range nb - 1 {
			hi := int(mi.end[b])
			sparseInsertionByCol(row[lo:hi])
			lo = hi
		}
		s.sortTail[i] = lo < len(row)
	}
}

// sparseInsertionByCol sorts a short run of entries by column.
func sparseInsertionByCol(run []sparseEntry) {
	for k := 1; k < len(run); k++ {
		e := run[k]
		t := k
		for t > 0 && e.col < run[t-1].col {
			run[t] = run[t-1]
			t--
		}
		run[t] = e
	}
}

// width returns the class width of prepare: the median, over up to 64
// rows spread evenly, of the distance from a row's smallest reduced cost
// to its fourth smallest, so that the first class holds about four
// entries; or, when that is 0, the median spread of those rows divided by
// sparseBuckets; 0 when both are 0 (every entry then in the first class).
func (s *SparseSolver) width(n int) float64 {
	const rank = 3
	var gaps, spreads [64]float64
	var top [rank + 1]float64
	g := 0
	for t := range min(n, 64) {
		i := t * n / min(n, 64)
		row := s.ent[s.start[i]:s.start[i+1]]
		if len(row) <= rank {
			continue
		}
		k := 0
		hi := math.Inf(-1)
		for _, e := range row {
			x := e.cost - s.cs[e.col].v
			hi = max(hi, x)
			if k == rank+1 {
				if x >= top[k-1] {
					continue
				}
				k--
			}
			u := k
			for u > 0 && x < top[u-1] {
				top[u] = top[u-1]
				u--
			}
			top[u] = x
			k++
		}
		gaps[g] = top[rank] - top[0]
		spreads[g] = (hi - top[0]) / sparseBuckets
		g++
	}
	if g == 0 {
		return 0
	}
	slices.Sort(gaps[:g])
	if w := gaps[g/2]; w > 0 {
		return w
	}
	slices.Sort(spreads[:g])
	return spreads[g/2]
}

// reset sizes the working state for n rows and m columns: no row or column
// assigned, every potential 0, every distance +Inf.
func (s *SparseSolver) reset(n, m int) {
	inf := math.Inf(1)
	s.cs = lap.Grow(s.cs, m)
	for j := range s.cs {
		s.cs[j] = sparseCol{v: 0, d: inf, y: -1, p: -1}
	}
	s.x = lap.Grow(s.x, n)
	s.xc = lap.Grow(s.xc, n)
	for i := range n {
		s.x[i] = -1
		s.xc[i] = 0
	}
	s.free = lap.Grow(s.free, n)[:0]
	s.heap = s.heap[:0]
	s.touched = s.touched[:0]
	s.settled = s.settled[:0]
}

// columnReduction is JV's column reduction and reduction transfer for a
// square problem. It fills s.free with the rows left free. When some column
// has no allowed candidate it does nothing but list every row as free (the
// search then finds the Hall violator).
func (s *SparseSolver) columnReduction(n int) {
	cs, ent, start := s.cs, s.ent, s.start
	// Column minima (the first row wins ties); cs[j].d holds the minimum.
	for i := range n {
		if s.minima {
			break // computed by load
		}
		for q := start[i]; q < start[i+1]; q++ {
			j := ent[q].col
			if c := ent[q].cost; c < cs[j].d {
				cs[j].d = c
				cs[j].p = int32(i)
			}
		}
	}
	for j := range n {
		if cs[j].p < 0 {
			for j := range n {
				cs[j].d = math.Inf(1)
				cs[j].p = -1
			}
			for i := range n {
				s.free = append(s.free, int32(i))
			}
			return
		}
	}
	s.cnt = lap.Grow(s.cnt, n)
	clear(s.cnt)
	x, xc := s.x, s.xc
	for j := n - 1; j >= 0; j-- {
		i := cs[j].p
		cs[j].v = cs[j].d // the column's minimum, the cost of (i, j)
		cs[j].d = math.Inf(1)
		cs[j].p = -1
		s.cnt[i]++
		switch {
		case s.cnt[i] == 1:
			x[i], xc[i], cs[j].y = int32(j), cs[j].v, i
		case cs[j].v < cs[x[i]].v:
			cs[x[i]].y = -1
			x[i], xc[i], cs[j].y = int32(j), cs[j].v, i
		}
	}
	// Reduction transfer: a row holding one column lowers that column's
	// potential by its second smallest reduced cost.
	for i := range n {
		switch s.cnt[i] {
		case 0:
			s.free = append(s.free, int32(i))
		case 1:
			j1 := x[i]
			low := math.Inf(1)
			for _, e := range ent[start[i]:start[i+1]] {
				if j := e.col; j != j1 {
					low = min(low, e.cost-cs[j].v)
				}
			}
			if !math.IsInf(low, 1) {
				cs[j1].v -= low
			}
		}
	}
}

// rowReduction is one pass of JV's augmenting row reduction over s.free,
// which it replaces by the rows still free afterwards. A row whose only
// allowed column is taken is left for the search.
func (s *SparseSolver) rowReduction() {
	cs, x, xc, ent, start := s.cs, s.x, s.xc, s.ent, s.start
	meta := s.meta
	free := s.free
	prev := len(free)
	nfree := 0
	// A row evicted by a strict potential drop is retried at once; the
	// budget bounds these retries (each needs a fresh drop, which with
	// floating-point values could be tiny), after which evicted rows simply
	// wait for the next pass or the search.
	budget := 2*prev + 16
	for k := 0; k < prev; {
		i := int(free[k])
		k++
		umin, usub := math.Inf(1), math.Inf(1)
		j1, j2, c1, c2 := int32(-1), int32(-1), 0.0, 0.0
		// The two smallest reduced costs, ties to the lower column, so
		// that the order of the row does not matter; class by class,
		// stopping at the first whose bound exceeds the second smallest.
		q := start[i]
		g := s.grouped(i) // else one plain scan of the whole row
		for b := range sparseBuckets {
			end := start[i+1]
			if g {
				if float64(meta[i].low[b]) > usub {
					break
				}
				end = start[i] + int(meta[i].end[b])
			}
			for ; q < end; q++ {
				e := ent[q]
				j := e.col
				h := e.cost - cs[j].v
				if h < usub || (h == usub && j < j2) {
					if h < umin || (h == umin && j < j1) {
						usub, j2, c2 = umin, j1, c1
						umin, j1, c1 = h, j, e.cost
					} else {
						usub, j2, c2 = h, j, e.cost
					}
				}
			}
		}
		if j1 < 0 {
			free[nfree] = int32(i) // no allowed column: the search reports it
			nfree++
			continue
		}
		i0 := cs[j1].y
		if math.IsInf(usub, 1) {
			if i0 >= 0 {
				free[nfree] = int32(i)
				nfree++
				continue
			}
		} else if umin < usub {
			cs[j1].v -= usub - umin
		} else if i0 >= 0 {
			j1, c1, i0 = j2, c2, cs[j2].y
		}
		x[i], xc[i], cs[j1].y = j1, c1, int32(i)
		if i0 >= 0 {
			x[i0] = -1
			if umin < usub && budget > 0 {
				budget--
				k--
				free[k] = i0
			} else {
				free[nfree] = i0
				nfree++
			}
		}
	}
	s.free = free[:nfree]
}

// augment assigns the free row f by a shortest augmenting path (Dijkstra
// over reduced costs), updating the potentials. It reports false when no
// free column is reachable; s.settled then holds the columns reached.
func (s *SparseSolver) augment(f int) bool {
	cs, ent, start := s.cs, s.ent, s.start
	meta := s.meta
	s.heap = s.heap[:0]
	s.todo = s.todo[:0]
	s.touched = s.touched[:0]
	s.settled = s.settled[:0]
	// best is the length of the shortest augmenting path found so far, to
	// the free column sink. Labels at or beyond it can never be used and
	// are not recorded, and a row scan stops at the first class whose
	// bound (see prepare) rules it out.
	sink, best := int32(-1), math.Inf(1)
	warm := 0.0        // sum of the prefetching loads, kept so they are not dropped
	h := 0.0           // reduced-cost offset of the row being scanned
	dj := math.Inf(-1) // distance of the column last finished (none yet)
	for i := int32(f); ; {
		q := start[i]
		mi := &meta[i]
		if mi.end[sparseBuckets-1] < 0 {
			s.group(int(i)) // the scan order must not be the caller's
		}
		for b := range sparseBuckets {
			if float64(mi.low[b])-h >= best {
				break // no entry of this class or a later one is shorter
			}
			end := start[i] + int(mi.end[b])
			if b == sparseBuckets-1 && s.sortTail[i] {
				s.sortRow(ent[q:end])
				s.sortTail[i] = false
			}
			for ; q < end; q++ {
				e := ent[q]
				k := e.col
				nd := e.cost - cs[k].v - h
				if nd >= best {
					continue
				}
				if cs[k].y < 0 {
					sink, best = k, nd
					cs[k].p = i
					continue
				}
				if nd < cs[k].d && !cs[k].done {
					if math.IsInf(cs[k].d, 1) {
						s.touched = append(s.touched, k)
					}
					cs[k].d = nd
					cs[k].p = i
					if nd <= dj {
						// As short as the column being finished: next.
						s.todo = append(s.todo, k)
					} else {
						s.push(nd, k)
					}
				}
			}
		}
		if best <= dj {
			break // a free column at the current distance: nothing is shorter
		}
		j, d, ok := s.next()
		if !ok || d >= best {
			break
		}
		dj = d
		cs[j].done = true
		s.settled = append(s.settled, j)
		i = cs[j].y
		h = s.xc[i] - cs[j].v - dj
		// Read the first candidate and the class bound of the row that
		// comes next (from the stack, else probably the heap's top; an
		// assigned row, so it has a candidate): the loads overlap this
		// row's scan and often save the next one its cache misses, the
		// main cost of a search.
		next := int32(-1)
		if t := len(s.todo); t > 0 {
			next = s.todo[t-1]
		} else if len(s.heap) > 0 {
			next = s.heap[0].col
		}
		if next >= 0 {
			if r := cs[next].y; r >= 0 {
				warm += ent[start[r]].cost + float64(meta[r].low[0])
			}
		}
	}
	s.warm = warm
	if sink < 0 {
		return false
	}
	// Potentials of the finished columns drop by best - d (never rise, so
	// the sign condition of rectangular problems is kept).
	for _, j := range s.settled {
		if t := cs[j].d - best; t < 0 {
			cs[j].v += t
		}
	}
	// Augment along the labels from the sink back to f.
	x, xc := s.x, s.xc
	for j := sink; ; {
		i := cs[j].p
		cs[j].y = i
		prev := x[i]
		x[i], xc[i] = j, s.cost(i, j)
		if int(i) == f {
			break
		}
		j = prev
	}
	inf := math.Inf(1)
	for _, j := range s.touched {
		cs[j].d = inf
		cs[j].done = false
	}
	return true
}

// cost returns the cost of candidate (i, j) of the internal problem, one
// of row i's (the augmenting path reads its few candidates back this way
// rather than storing a cost with every label).
func (s *SparseSolver) cost(i, j int32) float64 {
	for _, e := range s.ent[s.start[i]:s.start[i+1]] {
		if e.col == j {
			return e.cost
		}
	}
	return math.NaN() // not reached: the label came from this candidate
}

// The heap is 4-ary (shallower than binary, and a node's children share a
// cache line) and ordered by key alone: its operations are deterministic, so
// equal keys still leave it in an order fixed by the input.

// next removes and returns the labelled column to finish next: from the
// stack of tight labels when it holds one that is not finished, else the
// heap's closest.
func (s *SparseSolver) next() (int32, float64, bool) {
	for len(s.todo) > 0 {
		j := s.todo[len(s.todo)-1]
		s.todo = s.todo[:len(s.todo)-1]
		if !s.cs[j].done {
			return j, s.cs[j].d, true
		}
	}
	return s.pop()
}

// push adds a labelled column to the heap.
func (s *SparseSolver) push(key float64, j int32) {
	h := append(s.heap, sparseHeapEntry{key, j})
	k := len(h) - 1
	for k > 0 {
		p := (k - 1) / 4
		if h[p].key <= key {
			break
		}
		h[k] = h[p]
		k = p
	}
	h[k] = sparseHeapEntry{key, j}
	s.heap = h
}

// pop removes and returns the closest column that is still current (its
// key equals its distance and it is not finished); stale entries left by
// later improvements are dropped.
func (s *SparseSolver) pop() (int32, float64, bool) {
	for len(s.heap) > 0 {
		h := s.heap
		top := h[0]
		last := h[len(h)-1]
		h = h[:len(h)-1]
		if n := len(h); n > 0 {
			k := 0
			for {
				c := 4*k + 1
				if c >= n {
					break
				}
				m := c
				for t := c + 1; t < c+4 && t < n; t++ {
					if h[t].key < h[m].key {
						m = t
					}
				}
				if h[m].key >= last.key {
					break
				}
				h[k] = h[m]
				k = m
			}
			h[k] = last
		}
		s.heap = h
		if c := &s.cs[top.col]; top.key == c.d && !c.done {
			return top.col, top.key, true
		}
	}
	return -1, 0, false
}

// violator turns the dead-end search from row f into an InfeasibleError in
// the caller's orientation: f and the rows of the finished columns reach
// only those columns, one fewer than themselves.
func (s *SparseSolver) violator(f int, transposed bool) error {
	rows := make([]int, 0, len(s.settled)+1)
	cols := make([]int, 0, len(s.settled)) // never nil, also when empty
	rows = append(rows, f)
	for _, j := range s.settled {
		rows = append(rows, int(s.cs[j].y))
		cols = append(cols, int(j))
	}
	slices.Sort(rows)
	slices.Sort(cols)
	if transposed {
		return &InfeasibleError{Cols: rows, AllowedRows: cols}
	}
	return &InfeasibleError{Rows: rows, Allowed: cols}
}

// write fills dst from the solved internal problem, in the caller's
// orientation, units and sign (0 - t rather than -t keeps zeros positive).
func (s *SparseSolver) write(c Candidates, obj Objective, transposed bool, dst *Assignment) {
	dst.RowToCol = lap.Grow(dst.RowToCol, c.Rows)
	dst.ColToRow = lap.Grow(dst.ColToRow, c.Cols)
	dst.U = lap.Grow(dst.U, c.Rows)
	dst.V = lap.Grow(dst.V, c.Cols)
	rowU, colV := dst.U, dst.V
	rowX, colY := dst.RowToCol, dst.ColToRow
	if transposed {
		rowU, colV = dst.V, dst.U
		rowX, colY = dst.ColToRow, dst.RowToCol
	}
	neg := obj == Maximize
	var sum, comp float64 // Neumaier's compensated sum, as the dense solver
	for i, j := range s.x {
		rowX[i] = int(j)
		val := s.xc[i]
		u := val - s.cs[j].v // u[i] = c[i][x(i)] - v[x(i)]
		if neg {
			u, val = 0-u, 0-val
		}
		rowU[i] = u
		sum, comp = denseNeumaier(sum, comp, val)
	}
	for j, cj := range s.cs {
		colY[j] = int(cj.y)
		if neg {
			cj.v = 0 - cj.v
		}
		colV[j] = cj.v
	}
	dst.Total = sum + comp
}
