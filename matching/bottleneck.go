package matching

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"github.com/mentorkit/mentorkit/internal/jsonx"
	"github.com/mentorkit/mentorkit/matching/internal/lap"
	"gonum.org/v1/gonum/mat"
)

// Fair is an assignment chosen for its worst pair rather than its total:
// the result of Bottleneck and LexMaxMin.
type Fair struct {
	// RowToCol is the column of each row, -1 where a row stays unassigned
	// (rows beyond the number of columns).
	RowToCol []int `json:"rowToCol"`
	// Worst is the worst assigned entry: the smallest for Maximize, the
	// largest for Minimize (0 for an empty problem).
	Worst float64 `json:"worst"`
	// Total is the sum of the assigned entries.
	Total float64 `json:"total"`
	// Sorted lists the assigned entries from worst to best.
	Sorted []float64 `json:"sorted"`
}

// MarshalJSON writes the result with the module's number rule.
func (f Fair) MarshalJSON() ([]byte, error) { return jsonx.Marshal(f) }

// UnmarshalJSON reads what MarshalJSON writes.
func (f *Fair) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, f) }

// fairProblem is a matrix in "maximise w" form (w = m for Maximize, -m for
// Minimize; -Inf forbidden), padded to a square of n = max(r, c) lines
// whose filler entries take anything and never count.
type fairProblem struct {
	r, c, n int
	sgn     float64
	w       []float64 // r×c
	levels  []float64 // distinct finite values of w, ascending
	alive   []bool    // n×n: entry not yet ruled out
}

func newFairProblem(m mat.Matrix, obj Objective) (*fairProblem, error) {
	r, c, err := CheckMatrix(m, obj)
	if err != nil {
		return nil, err
	}
	p := &fairProblem{r: r, c: c, n: max(r, c), sgn: 1, w: make([]float64, r*c)}
	if obj == Minimize {
		p.sgn = -1
	}
	for i := range r {
		for j := range c {
			x := p.sgn * m.At(i, j)
			p.w[i*c+j] = x
			if !math.IsInf(x, 0) {
				p.levels = append(p.levels, x)
			}
		}
	}
	slices.Sort(p.levels)
	p.levels = slices.Compact(p.levels)
	p.alive = make([]bool, p.n*p.n)
	for i := range p.n {
		for j := range p.n {
			p.alive[i*p.n+j] = i >= r || j >= c || !math.IsInf(p.w[i*c+j], -1)
		}
	}
	return p, nil
}

// real reports whether square entry (i, j) is an entry of the matrix.
func (p *fairProblem) real(i, j int) bool { return i < p.r && j < p.c }

// perfect reports whether a perfect matching of the alive entries exists
// that avoids every real entry with lo < w <= hi (Kuhn's augmenting paths,
// O(n·E)).
func (p *fairProblem) perfect(lo, hi float64, colRow []int, seen []int) bool {
	n := p.n
	ok := func(i, j int) bool {
		if !p.alive[i*n+j] {
			return false
		}
		if p.real(i, j) {
			x := p.w[i*p.c+j]
			return !(x > lo && x <= hi)
		}
		return true
	}
	for j := range colRow {
		colRow[j] = -1
	}
	for j := range seen {
		seen[j] = -1
	}
	var try func(i, stamp int) bool
	try = func(i, stamp int) bool {
		for j := range n {
			if seen[j] == stamp || !ok(i, j) {
				continue
			}
			seen[j] = stamp
			if colRow[j] < 0 || try(colRow[j], stamp) {
				colRow[j] = i
				return true
			}
		}
		return false
	}
	for i := range n {
		if !try(i, i) {
			return false
		}
	}
	return true
}

// firstForced returns the index in levels of the smallest level v > lo
// such that every perfect matching of the alive entries uses a real entry
// with lo < w <= v, or -1 when some perfect matching avoids all of them.
func (p *fairProblem) firstForced(lo float64, colRow, seen []int) int {
	a := sortSearchFloat(p.levels, lo) // first level > lo
	b := len(p.levels) - 1
	if a > b || p.perfect(lo, p.levels[b], colRow, seen) {
		return -1
	}
	for a < b {
		mid := (a + b) / 2
		if p.perfect(lo, p.levels[mid], colRow, seen) {
			a = mid + 1
		} else {
			b = mid
		}
	}
	return a
}

// sortSearchFloat returns the index of the first element of s above x.
func sortSearchFloat(s []float64, x float64) int {
	i, _ := slices.BinarySearchFunc(s, x, func(e, t float64) int {
		if e <= t {
			return -1
		}
		return 1
	})
	return i
}

// bestTotal solves, over the alive entries, for the largest total of w and
// writes the result.
func (p *fairProblem) bestTotal() (Fair, error) {
	n := p.n
	cost := make([]float64, n*n)
	inf := math.Inf(1)
	for i := range n {
		for j := range n {
			switch {
			case !p.alive[i*n+j]:
				cost[i*n+j] = inf
			case p.real(i, j):
				cost[i*n+j] = -p.w[i*p.c+j]
			}
		}
	}
	var e lap.Engine
	e.Reset(n, cost)
	if !e.Solve() {
		return Fair{}, fmt.Errorf("%w: no complete assignment avoids the forbidden entries", ErrInfeasible)
	}
	f := Fair{RowToCol: make([]int, p.r)}
	for i := range p.r {
		f.RowToCol[i] = -1
		if j := e.RowCol[i]; j < p.c {
			f.RowToCol[i] = j
			x := p.sgn * p.w[i*p.c+j]
			f.Total += x
			f.Sorted = append(f.Sorted, x)
		}
	}
	if p.sgn > 0 {
		slices.Sort(f.Sorted)
	} else {
		slices.SortFunc(f.Sorted, func(a, b float64) int { return cmp.Compare(b, a) })
	}
	if len(f.Sorted) > 0 {
		f.Worst = f.Sorted[0]
	}
	return f, nil
}

// Bottleneck finds an assignment whose worst assigned entry is as good as
// possible: the largest possible minimum for Maximize (max–min, the
// fairest pairing by its worst pair), the smallest possible maximum for
// Minimize (the bottleneck assignment problem, Gross 1959). Among the
// assignments with that worst entry it returns one with the best total.
// Every line of the smaller side is assigned, as in Assign; forbidden
// pairs are +Inf (Minimize) and -Inf (Maximize).
//
// Method: binary search over the distinct entries for the threshold at
// which a complete assignment using only entries at least as good still
// exists (each test is a bipartite matching by augmenting paths,
// O(n·E)), then a minimum-cost assignment restricted to those entries.
// O(n·E·log E + n³) time for n = max(rows, columns) and E entries.
//
// Errors: those of Assign for the matrix (ErrObjective, ErrShape, ErrNaN,
// ErrForbiddenSign, ErrRange) and ErrInfeasible when no complete
// assignment exists. m is not modified.
func Bottleneck(m mat.Matrix, obj Objective) (Fair, error) {
	p, err := newFairProblem(m, obj)
	if err != nil {
		return Fair{}, err
	}
	n := p.n
	colRow, seen := make([]int, n), make([]int, n)
	if !p.perfect(0, -1, colRow, seen) { // the empty interval: feasibility
		return Fair{}, fmt.Errorf("%w: no complete assignment avoids the forbidden entries", ErrInfeasible)
	}
	if k := p.firstForced(math.Inf(-1), colRow, seen); k >= 0 {
		t := p.levels[k]
		for i := range p.r {
			for j := range p.c {
				if p.w[i*p.c+j] < t {
					p.alive[i*n+j] = false
				}
			}
		}
	}
	return p.bestTotal()
}

// LexMaxMin finds a lexicographically optimal fair assignment: the worst
// assigned entry is as good as possible (as Bottleneck), then the second
// worst, and so on (for Maximize, the sorted vector of assigned entries
// is lexicographically largest; for Minimize the sorted vector of costs,
// worst first, is lexicographically smallest). Among those it returns one
// with the best total. Every line of the smaller side is assigned.
//
// Method (after Burkard and Rendl, "Lexicographic bottleneck problems",
// Operations Research Letters 10, 1991): level by level from the worst,
// find by binary search the first level every complete assignment must
// use, rule out the better-avoided entries below it, solve a 0/1
// assignment counting the entries at that level, and rule out every entry
// with a positive reduced cost (those are in no optimal solution of that
// level, by linear-programming complementary slackness). At most
// min(rows, columns) levels, each O(n·E·log E + n³).
//
// Errors: as Bottleneck. m is not modified.
func LexMaxMin(m mat.Matrix, obj Objective) (Fair, error) {
	p, err := newFairProblem(m, obj)
	if err != nil {
		return Fair{}, err
	}
	n := p.n
	colRow, seen := make([]int, n), make([]int, n)
	if !p.perfect(0, -1, colRow, seen) {
		return Fair{}, fmt.Errorf("%w: no complete assignment avoids the forbidden entries", ErrInfeasible)
	}
	cost := make([]float64, n*n)
	var e lap.Engine
	lo := math.Inf(-1)
	inf := math.Inf(1)
	for {
		k := p.firstForced(lo, colRow, seen)
		if k < 0 {
			break
		}
		v := p.levels[k]
		for i := range p.r {
			for j := range p.c {
				if x := p.w[i*p.c+j]; x > lo && x < v {
					p.alive[i*n+j] = false
				}
			}
		}
		for i := range n {
			for j := range n {
				idx := i*n + j
				switch {
				case !p.alive[idx]:
					cost[idx] = inf
				case p.real(i, j) && p.w[i*p.c+j] == v:
					cost[idx] = 1
				default:
					cost[idx] = 0
				}
			}
		}
		e.Reset(n, cost)
		if !e.Solve() { // cannot happen: the alive entries hold a perfect matching
			return Fair{}, fmt.Errorf("%w: internal: level %v lost feasibility", ErrInfeasible, v)
		}
		for i := range n {
			for j := range n {
				idx := i*n + j
				if p.alive[idx] && cost[idx]-e.U[i]-e.V[j] > 0 {
					p.alive[idx] = false
				}
			}
		}
		lo = v
	}
	return p.bestTotal()
}
