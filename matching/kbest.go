package matching

import (
	"container/heap"
	"fmt"
	"math"
	"slices"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
	"github.com/mentorkit/mentorkit/matching/internal/lap"
	"gonum.org/v1/gonum/mat"
)

// MaxKBest is the largest k KBest accepts: each alternative keeps O(n)
// state and spawns up to n subproblems, so k is meant for an administrator
// browsing alternatives, not for enumeration.
const MaxKBest = 10_000

// Cell names one entry of a matrix: a row and a column.
type Cell struct {
	Row int `json:"row"`
	Col int `json:"col"`
}

// KBestOptions are the side constraints of KBest. The zero value means
// every column takes one row and nothing is locked or banned.
type KBestOptions struct {
	// Capacity gives how many rows each column may take (>= 0); nil means
	// 1 for every column. A column of capacity c is c interchangeable
	// places: assignments that differ only in which place of a column a
	// row takes are the same assignment.
	Capacity []int `json:"capacity"`
	// Locks are entries every returned assignment uses (the row is assigned
	// to that column); Bans are entries none uses. A row may be locked once.
	Locks []Cell `json:"locks"`
	Bans  []Cell `json:"bans"`
	// Optional lets any row stay unassigned, adding 0 to the total, so an
	// assignment may use fewer rows than it could; forbidden entries then
	// never make the problem infeasible. With Maximize and non-negative
	// scores this is a pairing where a mentee without a good mentor is
	// better left out (as pairing.Solve does). Without it, every
	// assignment has exactly min(rows, places) rows assigned, or KBest
	// returns ErrInfeasible.
	Optional bool `json:"optional,omitempty"`
}

// Ranked is one assignment of a k-best list.
type Ranked struct {
	// RowToCol is the column of each row, -1 where the row stays
	// unassigned (only when the rows outnumber the places).
	RowToCol []int `json:"rowToCol"`
	// Total is the sum of the assigned entries, in the caller's units.
	Total float64 `json:"total"`
}

// MarshalJSON writes the assignment with the module's number rule.
func (r Ranked) MarshalJSON() ([]byte, error) { return jsonx.Marshal(r) }

// UnmarshalJSON reads what MarshalJSON writes.
func (r *Ranked) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, r) }

// KBest returns the k best assignments of m for obj, best first: the
// optimum (the total Assign finds), then the assignment with the next best
// total, and so on, each distinct, honouring opts' capacities, locks and
// bans. Unless opts.Optional is set, each assignment has min(rows,
// places) rows assigned, where places is Σ Capacity (the number of
// columns without capacities): every row when the rows number at most
// the places, otherwise every place is filled and the other rows stay
// unassigned. Fewer than k assignments are returned when fewer exist;
// none (and ErrInfeasible) when no such assignment honours the
// constraints. See [KBestOptions.Optional] for the other case.
//
// The method is Murty's (Operations Research 16, 1968) with the
// improvements of Miller, Stone and Cox (IEEE Trans. Aerospace and
// Electronic Systems 33, 1997): the solution space of each assignment
// found is partitioned into subproblems, each fixing the first rows to
// their columns and banning the next row's column; a subproblem inherits
// its parent's dual potentials and matching, so it is solved by a single
// shortest augmenting path (O(N²) for the square size N = max(rows,
// places)) instead of a full solve; and it is solved lazily, only when its
// lower bound (the parent's total plus the smallest reduced cost left in
// the freed row) reaches the front of the queue. Complexity
// O(k·n·N²) time and O(k·n·N + N²) memory for n rows.
//
// Ties: among assignments of equal total the order is the order in which
// the search creates them, which depends only on the input. Totals are
// exact for integer-valued matrices (below 2^50 in magnitude) and
// otherwise subject to ordinary rounding: two assignments whose totals
// differ by a few units in the last place may be listed in either order.
//
// Errors: the entry errors of Assign (ErrNaN, ErrForbiddenSign, ErrRange,
// ErrObjective, ErrShape for a nil matrix), *[FieldError] (ErrConfig) for k
// outside [0, MaxKBest], a capacity that is negative or of the wrong
// length, a lock or ban out of range, a row locked twice or a lock on a
// forbidden entry, and ErrInfeasible. k = 0 or an empty matrix gives an
// empty list (for an empty matrix, one empty assignment when k >= 1).
// m is not modified.
func KBest(m mat.Matrix, obj Objective, k int, opts KBestOptions) ([]Ranked, error) {
	p, err := newKBProblem(m, obj, k, opts)
	if err != nil {
		return nil, err
	}
	if k == 0 {
		return nil, nil
	}
	var out []Ranked
	err = p.murty(k, func(rowCol []int, cost float64) {
		r := Ranked{RowToCol: make([]int, p.rows)}
		var tot float64
		for i := range p.rows {
			r.RowToCol[i] = -1
			if g := p.colGroup[rowCol[i]]; g >= 0 {
				r.RowToCol[i] = g
				tot += p.val[i*p.cols+g]
			}
		}
		r.Total = tot
		out = append(out, r)
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// kbProblem is a capacitated assignment problem made square for the
// engine: rows are the real rows then filler rows, columns the places of
// every real column then filler columns; a filler takes anything at cost 0.
type kbProblem struct {
	rows, cols int
	val        []float64 // rows×cols, the caller's values (for totals)
	n          int       // square size
	base       []float64 // n×n minimisation costs, +Inf forbidden
	colGroup   []int     // real column of each square column, -1 for fillers
	cons       []kbCons  // the caller's locks and bans
}

// kbCons fixes row to group (fix) or bans it from group.
type kbCons struct {
	row, group int
	fix        bool
}

func newKBProblem(m mat.Matrix, obj Objective, k int, opts KBestOptions) (*kbProblem, error) {
	r, c, err := CheckMatrix(m, obj)
	if err != nil {
		return nil, err
	}
	var pr fault.Collector
	if k < 0 || k > MaxKBest {
		pr.Add(msgK.At("k", k, MaxKBest))
	}
	capacity := opts.Capacity
	if capacity == nil {
		capacity = make([]int, c)
		for j := range capacity {
			capacity[j] = 1
		}
	} else if len(capacity) != c {
		pr.Add(msgCapacityLength.At("capacity", len(capacity), len(capacity), c))
	} else {
		for j, x := range capacity {
			if x < 0 {
				pr.Add(msgNegative.At(fault.Index("capacity", j), x))
			}
		}
	}
	if err := pr.Err(); err != nil {
		return nil, err
	}
	p := &kbProblem{rows: r, cols: c, val: make([]float64, r*c)}
	for i := range r {
		for j := range c {
			p.val[i*c+j] = m.At(i, j)
		}
	}
	forbidden := math.Inf(-1)
	if obj == Minimize {
		forbidden = math.Inf(1)
	}
	sgn := 1.0
	if obj == Maximize {
		sgn = -1
	}
	locked := make(map[int]int)
	for x, l := range opts.Locks {
		f := fault.Index("locks", x)
		switch {
		case l.Row < 0 || l.Row >= r || l.Col < 0 || l.Col >= c:
			pr.Add(msgOutside.At(f, l, r, c))
		case p.val[l.Row*c+l.Col] == forbidden:
			pr.Add(msgLockForbidden.At(f, l))
		default:
			if y, dup := locked[l.Row]; dup {
				pr.Add(msgLockTwice.At(f, l, l.Row, y))
				continue
			}
			locked[l.Row] = x
			p.cons = append(p.cons, kbCons{row: l.Row, group: l.Col, fix: true})
		}
	}
	for x, b := range opts.Bans {
		if b.Row < 0 || b.Row >= r || b.Col < 0 || b.Col >= c {
			pr.Add(msgOutside.At(fault.Index("bans", x), b, r, c))
			continue
		}
		p.cons = append(p.cons, kbCons{row: b.Row, group: b.Col})
	}
	if err := pr.Err(); err != nil {
		return nil, err
	}
	slots := 0
	for _, x := range capacity {
		slots += min(x, r) // more places than rows are never used
	}
	p.n = max(r, slots)
	if opts.Optional {
		p.n = r + slots // places, then one private "unassigned" column per row
	}
	n := p.n
	p.colGroup = make([]int, n)
	for j := range p.colGroup {
		p.colGroup[j] = -1
	}
	s := 0
	for j, x := range capacity {
		for range min(x, r) {
			p.colGroup[s] = j
			s++
		}
	}
	p.base = make([]float64, n*n)
	if opts.Optional {
		inf := math.Inf(1)
		for i := range r {
			for jj := slots; jj < n; jj++ {
				if jj-slots != i {
					p.base[i*n+jj] = inf
				}
			}
		}
	}
	for i := range n {
		for jj := range n {
			g := p.colGroup[jj]
			if i >= r || g < 0 {
				continue // fillers cost 0
			}
			p.base[i*n+jj] = sgn * p.val[i*c+g]
		}
	}
	return p, nil
}

// kbNode is a subproblem of Murty's partition: its constraints are its
// parent's, the parent's first nFix partition fixes and one ban. Until
// solved, cost is a lower bound.
type kbNode struct {
	parent *kbNode
	nFix   int
	ban    kbCons
	fixes  []kbCons // this node's partition fixes, once solved and expanded
	row    int      // the row the ban frees (lazy solve)
	solved bool
	cost   float64
	seq    int
	rowCol []int
	colRow []int
	u, v   []float64
}

// constraints appends every constraint of nd to dst.
func (p *kbProblem) constraints(nd *kbNode, dst []kbCons) []kbCons {
	for ; nd != nil; nd = nd.parent {
		if nd.parent == nil {
			return append(dst, p.cons...)
		}
		dst = append(dst, nd.parent.fixes[:nd.nFix]...)
		dst = append(dst, nd.ban)
	}
	return dst
}

// build writes the costs of a subproblem with constraints cons into w.
func (p *kbProblem) build(cons []kbCons, w []float64) {
	n := p.n
	copy(w, p.base)
	inf := math.Inf(1)
	for _, c := range cons {
		row := w[c.row*n : c.row*n+n]
		for j, g := range p.colGroup {
			if (g == c.group) != c.fix {
				row[j] = inf
			}
		}
	}
}

type kbQueue []*kbNode

func (q kbQueue) Len() int { return len(q) }
func (q kbQueue) Less(i, j int) bool {
	if q[i].cost != q[j].cost {
		return q[i].cost < q[j].cost
	}
	return q[i].seq < q[j].seq
}
func (q kbQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *kbQueue) Push(x any)   { *q = append(*q, x.(*kbNode)) }
func (q *kbQueue) Pop() any {
	old := *q
	x := old[len(old)-1]
	*q = old[:len(old)-1]
	return x
}

// murty emits up to k assignments, best first, calling emit with the
// square matching and its cost: Murty's partition of the solution space,
// best subproblem first from a priority queue (ties by creation order).
func (p *kbProblem) murty(k int, emit func(rowCol []int, cost float64)) error {
	s := newKBSearch(p)
	root := &kbNode{}
	if !s.solveRoot(root) {
		return fmt.Errorf("%w: the locks, bans and forbidden entries leave no complete assignment", ErrInfeasible)
	}
	q := kbQueue{root}
	emitted := 0
	for q.Len() > 0 && emitted < k {
		nd := heap.Pop(&q).(*kbNode)
		s.cons = p.constraints(nd, s.cons[:0])
		if !nd.solved {
			if s.solveLazy(nd) {
				heap.Push(&q, nd)
			}
			continue
		}
		emit(nd.rowCol, nd.cost)
		emitted++
		if emitted == k {
			break
		}
		s.partition(nd, &q)
		// The parent's state is still needed by its unsolved children;
		// its own constraints stay reachable through them.
	}
	return nil
}

// kbSearch is the state of one run of murty: the engine, the constraints
// of the node at hand, and scratch reused across nodes.
type kbSearch struct {
	p    *kbProblem
	e    lap.Engine
	cons []kbCons // the constraints of the node being processed
	// rowCons[i] are the constraints on row i of the node being solved;
	// touched lists the rows that have some, to clear them cheaply.
	rowCons  [][]kbCons
	touched  []int
	isFixed  []bool
	seq      int // creation counter of nodes: the queue's tie-break
	inf      float64
	rowCosts func(i int, dst []float64)
}

func newKBSearch(p *kbProblem) *kbSearch {
	s := &kbSearch{p: p, rowCons: make([][]kbCons, p.n), isFixed: make([]bool, p.n), seq: 1, inf: math.Inf(1)}
	s.rowCosts = s.rowFn
	return s
}

// setCons makes cons the constraints rowFn applies.
func (s *kbSearch) setCons(cons []kbCons) {
	for _, i := range s.touched {
		s.rowCons[i] = s.rowCons[i][:0]
	}
	s.touched = s.touched[:0]
	for _, c := range cons {
		if len(s.rowCons[c.row]) == 0 {
			s.touched = append(s.touched, c.row)
		}
		s.rowCons[c.row] = append(s.rowCons[c.row], c)
	}
}

// rowFn writes row i's costs under the current constraints into dst.
// Subproblems compute a row's costs only when the search scans it: the
// base row with that row's constraints applied.
func (s *kbSearch) rowFn(i int, dst []float64) {
	p := s.p
	copy(dst, p.base[i*p.n:(i+1)*p.n])
	for _, c := range s.rowCons[i] {
		for j, g := range p.colGroup {
			if (g == c.group) != c.fix {
				dst[j] = s.inf
			}
		}
	}
}

// save stores the engine's solution and duals in nd and its cost.
func (s *kbSearch) save(nd *kbNode) {
	n := s.p.n
	nd.rowCol = slices.Clone(s.e.RowCol[:n])
	nd.colRow = slices.Clone(s.e.ColRow[:n])
	nd.u = slices.Clone(s.e.U[:n])
	nd.v = slices.Clone(s.e.V[:n])
	var c float64
	for i, j := range nd.rowCol {
		c += s.p.base[i*n+j] // matched entries are never forbidden
	}
	nd.cost = c
	nd.solved = true
}

// solveRoot solves the caller's problem (its locks and bans) from scratch
// on a full cost matrix, then switches the engine to lazy rows. It
// reports false when no complete assignment exists.
func (s *kbSearch) solveRoot(root *kbNode) bool {
	p := s.p
	work := make([]float64, p.n*p.n)
	p.build(p.cons, work)
	s.e.Reset(p.n, work)
	if !s.e.Solve() {
		return false
	}
	s.save(root)
	s.e.RowFn = s.rowCosts
	return true
}

// solveLazy solves nd from its parent's solution: only the row its ban
// frees is unmatched and re-augmented. It reports false when that row
// has nowhere left to go.
func (s *kbSearch) solveLazy(nd *kbNode) bool {
	s.setCons(s.cons)
	s.e.Reset(s.p.n, nil)
	copy(s.e.RowCol, nd.parent.rowCol)
	copy(s.e.ColRow, nd.parent.colRow)
	copy(s.e.U, nd.parent.u)
	copy(s.e.V, nd.parent.v)
	s.e.Unmatch(nd.row)
	if !s.e.Augment(nd.row) {
		return false
	}
	s.save(nd)
	return true
}

// partition queues the children of the solved node nd: child t fixes the
// free rows before t to their columns (groups) in nd and bans row t's.
// Children are queued unsolved, with a lower bound as their cost.
func (s *kbSearch) partition(nd *kbNode, q *kbQueue) {
	p := s.p
	clear(s.isFixed)
	for _, c := range s.cons {
		if c.fix {
			s.isFixed[c.row] = true
		}
	}
	var fixes []kbCons
	for i := range p.rows {
		if !s.isFixed[i] {
			fixes = append(fixes, kbCons{row: i, group: p.colGroup[nd.rowCol[i]], fix: true})
		}
	}
	nd.fixes = fixes
	for t, f := range fixes {
		ch := &kbNode{parent: nd, nFix: t, ban: kbCons{row: f.row, group: f.group}, row: f.row, seq: s.seq}
		s.seq++
		bound, ok := s.childBound(nd, f)
		if !ok {
			continue // the row has nowhere left to go
		}
		ch.cost = nd.cost + bound
		heap.Push(q, ch)
	}
}

// childBound is the lower bound on the extra cost of the child of nd that
// bans fix f: the smallest reduced cost row f.row has left outside f's
// group under nd's constraints (at least 0). ok is false when the row has
// no column left.
func (s *kbSearch) childBound(nd *kbNode, f kbCons) (bound float64, ok bool) {
	p := s.p
	bound = math.Inf(1)
	i := f.row
	for j, g := range p.colGroup {
		if g == f.group || !s.allowed(i, g) {
			continue
		}
		bound = min(bound, p.base[i*p.n+j]-nd.u[i]-nd.v[j])
	}
	if math.IsInf(bound, 1) {
		return 0, false
	}
	return max(bound, 0), true
}

// allowed reports whether the current constraints let row i take a
// column of group g.
func (s *kbSearch) allowed(i, g int) bool {
	for _, c := range s.cons {
		if c.row == i && (g == c.group) != c.fix {
			return false
		}
	}
	return true
}
