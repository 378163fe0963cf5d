package feedback

import (
	"cmp"
	"math/big"
	"slices"
)

// sdcProblem is a cell-suppression problem over atoms (columns) and cells
// (rows, each a set of atoms). All fields are indexed by cell or atom.
type sdcProblem struct {
	nAtoms    int
	cellAtoms [][]int // sorted atom indices of each cell
	cellN     []int   // respondents of each cell
	primary   []bool  // too small: must be suppressed and stay underivable
	grouping  []int   // grouping index of each cell
	min       int     // the policy's minimum group size
	exempt    []bool  // released whatever its size; suppressed only as a last resort
	protected []bool  // atom with fewer than min respondents, not all exempt: must stay underivable
	order     []int   // atoms in canonical order (by dimension values), so that the input order of responses never matters
}

// add appends a cell (a row) to the problem.
func (p *sdcProblem) add(grouping int, atoms []int, n int, exempt, primary bool) {
	p.grouping = append(p.grouping, grouping)
	p.cellAtoms = append(p.cellAtoms, atoms)
	p.cellN = append(p.cellN, n)
	p.exempt = append(p.exempt, exempt)
	p.primary = append(p.primary, primary)
}

// solve returns which cells to suppress. Components of cells linked by
// shared atoms are independent (their row spaces live on disjoint columns)
// and are solved one by one.
func (p *sdcProblem) solve() []bool {
	suppressed := slices.Clone(p.primary)
	parent := make([]int, p.nAtoms)
	for a := range parent {
		parent[a] = a
	}
	find := func(a int) int {
		for parent[a] != a {
			parent[a] = parent[parent[a]]
			a = parent[a]
		}
		return a
	}
	for _, atoms := range p.cellAtoms {
		for _, a := range atoms[1:] {
			ra, rb := find(atoms[0]), find(a)
			if ra != rb {
				parent[max(ra, rb)] = min(ra, rb)
			}
		}
	}
	compCells := map[int][]int{}
	var roots []int
	for c, atoms := range p.cellAtoms {
		r := find(atoms[0])
		if _, ok := compCells[r]; !ok {
			roots = append(roots, r)
		}
		compCells[r] = append(compCells[r], c)
	}
	compAtoms := map[int][]int{}
	for _, a := range p.order {
		r := find(a)
		compAtoms[r] = append(compAtoms[r], a)
	}
	for _, r := range roots {
		p.solveComponent(compCells[r], compAtoms[r], suppressed)
	}
	return suppressed
}

// maxUnionCandidates bounds the search for small unions: after visiting
// this many candidate unions without deciding, the component is treated as
// disclosing (conservative) and one more cell is suppressed.
const maxUnionCandidates = 1 << 16

// solveComponent suppresses cells of one component until no target is
// derivable, then releases again the secondary cells that are derivable.
// Targets: each primary cell, each protected (small) atom, and
// every union of one grouping's primary cells with fewer than min
// respondents in total (an implicit small group: all − self = manager +
// peers).
func (p *sdcProblem) solveComponent(cells, atoms []int, suppressed []bool) {
	col := make(map[int]int, len(atoms))
	for i, a := range atoms {
		col[a] = i
	}
	var targets [][]int // local column sets that must stay underivable
	byGrouping := map[int][]int{}
	var groupings []int
	for _, c := range cells {
		if p.primary[c] {
			targets = append(targets, p.localCols(c, col))
			g := p.grouping[c]
			if _, ok := byGrouping[g]; !ok {
				groupings = append(groupings, g)
			}
			byGrouping[g] = append(byGrouping[g], c)
		}
	}
	for i, a := range atoms {
		if p.protected[a] {
			targets = append(targets, []int{i})
		}
	}
	if len(targets) == 0 {
		return
	}
	for {
		var released []int
		for _, c := range cells {
			if !suppressed[c] {
				released = append(released, c)
			}
		}
		vecs := make([][]big.Rat, len(released))
		for i, c := range released {
			vecs[i] = indicatorVec(p.localCols(c, col), len(atoms))
		}
		b, _ := eliminate(vecs, len(atoms))
		var z []big.Rat
		for _, t := range targets {
			if zz, ok := b.express(indicatorVec(t, len(atoms))); ok {
				z = zz
				break
			}
		}
		if z == nil {
			for _, g := range groupings {
				if t, ok := p.smallUnion(b, byGrouping[g], col, len(atoms)); ok {
					z, _ = b.express(t)
					break
				}
			}
		}
		if z == nil {
			// Release secondary cells the released ones determine anyway.
			for _, c := range cells {
				if suppressed[c] && !p.primary[c] {
					if _, ok := b.express(indicatorVec(p.localCols(c, col), len(atoms))); ok {
						suppressed[c] = false
					}
				}
			}
			return
		}
		var uses []int
		for i := range z {
			if z[i].Sign() != 0 {
				uses = append(uses, released[i])
			}
		}
		pick := slices.MinFunc(uses, func(x, y int) int {
			if p.exempt[x] != p.exempt[y] {
				if p.exempt[x] {
					return 1
				}
				return -1
			}
			return cmp.Or(cmp.Compare(p.cellN[x], p.cellN[y]), cmp.Compare(x, y))
		})
		suppressed[pick] = true
	}
}

// smallUnion looks for a union of the given primary cells (disjoint, one
// grouping) that the released span determines and that holds fewer than
// min respondents. The combinations x with Σ x_i·cell_i in the span form a
// subspace W; in reduced echelon form a vector of W is fixed by its pivot
// entries, so a 0/1 vector of W is the sum of the basis vectors at its
// chosen pivots, and those pivot cells alone already hold at least as many
// respondents as the union. A depth-first search over pivot sets whose
// cells hold fewer than min respondents therefore finds every candidate,
// usually visiting few (sets of at most min − 1 cells). It returns the
// disclosing vector; after maxUnionCandidates candidates it returns a
// derivable combination unchecked (conservative).
func (p *sdcProblem) smallUnion(b *basis, cells []int, col map[int]int, nCols int) ([]big.Rat, bool) {
	if len(cells) < 2 {
		return nil, false
	}
	res := make([][]big.Rat, len(cells))
	for i, c := range cells {
		res[i] = indicatorVec(p.localCols(c, col), nCols)
		b.reduce(res[i], nil)
	}
	_, null := eliminate(res, nCols)
	if len(null) == 0 {
		return nil, false
	}
	combine := func(x []big.Rat) []big.Rat {
		t := make([]big.Rat, nCols)
		var m big.Rat
		for i, c := range cells {
			if x[i].Sign() == 0 {
				continue
			}
			for _, a := range p.cellAtoms[c] {
				j := col[a]
				t[j].Add(&t[j], m.Set(&x[i]))
			}
		}
		return t
	}
	w, _ := eliminate(null, len(cells))
	w.backSubstitute()
	d := len(w.vec)
	// The non-zero entries of each basis vector, to add and remove fast.
	type entry struct {
		i int
		v *big.Rat
	}
	nz := make([][]entry, d)
	for k := range d {
		for i := range w.vec[k] {
			if w.vec[k][i].Sign() != 0 {
				nz[k] = append(nz[k], entry{i, &w.vec[k][i]})
			}
		}
	}
	// last[i] is the last basis vector non-zero at cell i: once the search
	// has added vectors up to last[i], x_i is final.
	last := make([]int, len(cells))
	for i := range last {
		last[i] = -1
	}
	for k := range d {
		for _, e := range nz[k] {
			last[e.i] = k
		}
	}
	x := make([]big.Rat, len(cells))
	var one big.Rat
	one.SetInt64(1)
	// check reports whether x is 0/1 with fewer than min respondents, and
	// whether the search below x can still find one: not when a final
	// entry is outside {0, 1} or the final entries already hold min.
	check := func(k int) (hit, more bool) {
		size, finalSize, ok := 0, 0, true
		for i := range x {
			switch {
			case x[i].Sign() == 0:
			case x[i].Cmp(&one) == 0:
				size += p.cellN[cells[i]]
				if last[i] <= k {
					finalSize += p.cellN[cells[i]]
				}
			default:
				ok = false
				if last[i] <= k {
					return false, false
				}
			}
		}
		return ok && size > 0 && size < p.min, finalSize < p.min
	}
	visited := 0
	var found, gaveUp bool
	var dfs func(from, size int)
	dfs = func(from, size int) {
		for k := from; k < d && !found && !gaveUp; k++ {
			n := p.cellN[cells[w.pivot[k]]]
			if size+n >= p.min {
				continue
			}
			if visited++; visited > maxUnionCandidates {
				gaveUp = true
				return
			}
			for _, e := range nz[k] {
				x[e.i].Add(&x[e.i], e.v)
			}
			hit, more := check(k)
			if hit {
				found = true
				return
			}
			if more {
				dfs(k+1, size+n)
			}
			if found || gaveUp {
				return
			}
			for _, e := range nz[k] {
				x[e.i].Sub(&x[e.i], e.v)
			}
		}
	}
	dfs(0, 0)
	switch {
	case found:
		return combine(x), true
	case gaveUp:
		return combine(null[0]), true
	}
	return nil, false
}

func (p *sdcProblem) localCols(c int, col map[int]int) []int {
	out := make([]int, len(p.cellAtoms[c]))
	for i, a := range p.cellAtoms[c] {
		out[i] = col[a]
	}
	return out
}

// basis is a row-echelon basis, in exact rationals, of the span of some
// rows. Each basis vector remembers the combination of input rows it came
// from.
type basis struct {
	nCols, nRows int
	pivot        []int
	vec, comb    [][]big.Rat
}

func indicatorVec(cols []int, n int) []big.Rat {
	v := make([]big.Rat, n)
	for _, c := range cols {
		v[c].SetInt64(1)
	}
	return v
}

// eliminate builds the echelon basis of vecs (which it takes over) and
// returns, for every row that reduced to zero, the combination of rows that
// vanishes: a basis of the left null space.
func eliminate(vecs [][]big.Rat, nCols int) (*basis, [][]big.Rat) {
	b := &basis{nCols: nCols, nRows: len(vecs)}
	var null [][]big.Rat
	for i, vec := range vecs {
		comb := make([]big.Rat, len(vecs))
		comb[i].SetInt64(1)
		b.reduce(vec, comb)
		p := firstNonZero(vec)
		if p < 0 {
			null = append(null, comb)
			continue
		}
		var inv big.Rat
		inv.Inv(&vec[p])
		for j := range vec {
			if vec[j].Sign() != 0 {
				vec[j].Mul(&vec[j], &inv)
			}
		}
		for j := range comb {
			if comb[j].Sign() != 0 {
				comb[j].Mul(&comb[j], &inv)
			}
		}
		b.pivot = append(b.pivot, p)
		b.vec = append(b.vec, vec)
		b.comb = append(b.comb, comb)
	}
	return b, null
}

// reduce subtracts from vec (and the same multiples from comb, unless nil)
// the basis vectors in insertion order, zeroing vec at every pivot.
func (b *basis) reduce(vec, comb []big.Rat) {
	var c, t big.Rat
	for k, p := range b.pivot {
		if vec[p].Sign() == 0 {
			continue
		}
		c.Set(&vec[p])
		for j := range vec {
			if b.vec[k][j].Sign() != 0 {
				t.Mul(&c, &b.vec[k][j])
				vec[j].Sub(&vec[j], &t)
			}
		}
		if comb == nil {
			continue
		}
		for j := range comb {
			if b.comb[k][j].Sign() != 0 {
				t.Mul(&c, &b.comb[k][j])
				comb[j].Sub(&comb[j], &t)
			}
		}
	}
}

// backSubstitute turns the echelon form into the reduced one: every basis
// vector is zero at the other vectors' pivots.
func (b *basis) backSubstitute() {
	var c, t big.Rat
	for k := len(b.pivot) - 1; k >= 0; k-- {
		for i := range k {
			if b.vec[i][b.pivot[k]].Sign() == 0 {
				continue
			}
			c.Set(&b.vec[i][b.pivot[k]])
			for j := range b.vec[i] {
				if b.vec[k][j].Sign() != 0 {
					t.Mul(&c, &b.vec[k][j])
					b.vec[i][j].Sub(&b.vec[i][j], &t)
				}
			}
		}
	}
}

// express reports whether vec lies in the span, and if so the (negated)
// combination of input rows that yields it. vec is consumed.
func (b *basis) express(vec []big.Rat) ([]big.Rat, bool) {
	comb := make([]big.Rat, b.nRows)
	b.reduce(vec, comb)
	if firstNonZero(vec) >= 0 {
		return nil, false
	}
	return comb, true
}

func firstNonZero(v []big.Rat) int {
	for j := range v {
		if v[j].Sign() != 0 {
			return j
		}
	}
	return -1
}
