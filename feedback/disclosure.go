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
	protected []bool  // atom holding one non-exempt respondent: must stay underivable
	order     []int   // atoms in canonical order (by dimension values), so that the input order of responses never matters
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

// solveComponent suppresses cells of one component until no target is
// derivable, then releases again the secondary cells that are derivable.
func (p *sdcProblem) solveComponent(cells, atoms []int, suppressed []bool) {
	col := make(map[int]int, len(atoms))
	for i, a := range atoms {
		col[a] = i
	}
	var targets [][]int // local column sets that must stay underivable
	for _, c := range cells {
		if p.primary[c] {
			targets = append(targets, p.localCols(c, col))
		}
	}
	// The union of a grouping's primary cells is an implicit group (all −
	// self = manager + peers); it is a target too when it is below the
	// minimum.
	union := map[int][]int{}
	size := map[int]int{}
	var order []int
	for _, c := range cells {
		if p.primary[c] && !p.exempt[c] {
			g := p.grouping[c]
			if _, ok := union[g]; !ok {
				order = append(order, g)
			}
			union[g] = append(union[g], p.localCols(c, col)...)
			size[g] += p.cellN[c]
		}
	}
	for _, g := range order {
		if size[g] < p.min && len(union[g]) > 0 {
			targets = append(targets, union[g])
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
		rows := make([][]int, len(released))
		for i, c := range released {
			rows[i] = p.localCols(c, col)
		}
		b := newBasis(rows, len(atoms))
		var uses []int
		for _, t := range targets {
			if z, ok := b.express(t); ok {
				for i, zi := range z {
					if zi.Sign() != 0 {
						uses = append(uses, released[i])
					}
				}
				break
			}
		}
		if uses == nil {
			// Release secondary cells the released ones determine anyway.
			for _, c := range cells {
				if suppressed[c] && !p.primary[c] {
					if _, ok := b.express(p.localCols(c, col)); ok {
						suppressed[c] = false
					}
				}
			}
			return
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

func (p *sdcProblem) localCols(c int, col map[int]int) []int {
	out := make([]int, len(p.cellAtoms[c]))
	for i, a := range p.cellAtoms[c] {
		out[i] = col[a]
	}
	return out
}

// basis is a row-echelon basis, in exact rationals, of the span of 0/1 rows.
// Each basis vector remembers the combination of input rows it came from.
type basis struct {
	nCols, nRows int
	pivot        []int
	vec, comb    [][]big.Rat
}

func newBasis(rows [][]int, nCols int) *basis {
	b := &basis{nCols: nCols, nRows: len(rows)}
	for i, r := range rows {
		vec := make([]big.Rat, nCols)
		for _, c := range r {
			vec[c].SetInt64(1)
		}
		comb := make([]big.Rat, len(rows))
		comb[i].SetInt64(1)
		b.reduce(vec, comb)
		p := firstNonZero(vec)
		if p < 0 {
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
	return b
}

// reduce subtracts from vec (and the same multiples from comb) the basis
// vectors in insertion order, zeroing vec at every pivot.
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
		for j := range comb {
			if b.comb[k][j].Sign() != 0 {
				t.Mul(&c, &b.comb[k][j])
				comb[j].Sub(&comb[j], &t)
			}
		}
	}
}

// express reports whether the 0/1 row with ones at cols lies in the span,
// and if so the (negated) combination of input rows that yields it.
func (b *basis) express(cols []int) ([]big.Rat, bool) {
	vec := make([]big.Rat, b.nCols)
	for _, c := range cols {
		vec[c].SetInt64(1)
	}
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
