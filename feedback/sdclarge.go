package feedback

import (
	"math/big"
	"slices"
	"strings"
)

// This file certifies a component too large for one exact search (more
// than sdcMaxRows rows), exactly, by decomposition.
//
// Set apart a few global rows G = {g_1..g_m} (the largest: a site, the
// whole organisation) so that the other rows, the local ones, fall apart
// into blocks: classes connected through local rows or through a shared
// person, so that no two blocks share a person. Every released combination
// is x = Σ_i v_i g_i + y with y a combination of local rows, and y splits
// over the blocks: x_β = g(v)_β + y_β on block β. For a block, let
// U_β = {v : g(v)_β lies in the span of β's local rows}, a subspace of R^m.
//
//   - v in every U_β: g(v) is itself a combination of local rows, so x is
//     one too, and a leak of x is a leak of one block alone (its parts on
//     other blocks are released combinations of their own). Each block is
//     protected on its own by protectRows.
//   - otherwise x is non-zero on every block β with v ∉ U_β, whatever y:
//     at least one person in each, all distinct. A leak (fewer than k
//     persons) therefore has v in U_β for all but at most k − 1 blocks.
//
// The second case is searched over the flats of the subspaces U_β: v lies
// in the intersection P of every U shared by k or more blocks, and in some
// intersection of further U_β with at most k − 1 blocks left out (F). For
// each such flat, the combinations zero outside F are exactly
// {g(v)_F + y_F : v in the flat}: a small system (F's local rows and one
// row per basis vector of the flat, over F's classes) given to the exact
// search of findLeak. Each step is exact (rational arithmetic); U_β of a
// block whose local rows are nested or disjoint is read off its regions
// (their span is the vectors constant on each region and zero outside).

// sdcMaxGlobal bounds the rows protectLarge sets apart as global.
const sdcMaxGlobal = 64

// sdcBlock is one block of a decomposed component.
type sdcBlock struct {
	rows    []int // local rows, ascending
	classes []int // ascending
}

// protectLarge protects a component by decomposition. It returns false,
// having changed nothing, when no choice of global rows splits the
// component into blocks of at most sdcMaxRows rows and half its own.
func (s *sdcSystem) protectLarge(comp []int) bool {
	live := slices.Clone(comp)
	certified := make(map[int]int) // row → id of a certified block holding it
	nextID := 1
	for first := true; ; first = false {
		live = slices.DeleteFunc(live, func(r int) bool { return s.rows[r].state != 0 })
		g, blocks, ok := s.chooseGlobal(live)
		if !ok {
			if first {
				return false
			}
			s.laminarFallback(live)
			s.bounded = true
			return true
		}
		changed := false
		for _, b := range blocks {
			if len(b.rows) == 0 {
				continue
			}
			id := certified[b.rows[0]]
			if id != 0 && !slices.ContainsFunc(b.rows, func(r int) bool { return certified[r] != id }) {
				continue // inside a block certified before: its span is smaller
			}
			s.depth++
			s.protectRows(b.rows)
			s.depth--
			for _, r := range b.rows {
				if s.rows[r].state != 0 {
					changed = true
				} else {
					certified[r] = nextID
				}
			}
			nextID++
		}
		if changed {
			continue
		}
		leak, witness, exhausted := s.globalLeak(g, blocks)
		if leak == nil && !exhausted {
			return true
		}
		witness = slices.DeleteFunc(witness, func(r int) bool { return s.rows[r].fixed })
		if exhausted || len(witness) == 0 {
			s.laminarFallback(live)
			s.bounded = true
			return true
		}
		pick := witness[0]
		for _, r := range witness[1:] {
			if s.rows[r].persons < s.rows[pick].persons {
				pick = r
			}
		}
		s.rows[pick].state = SuppressedComplementary
		s.rows[pick].protects = s.protectedRow(leak)
	}
}

// chooseGlobal sets apart rows as global so that the others fall into
// blocks of at most sdcMaxRows rows and half the component's. It tries prefixes (1, 2, 4, … up to
// sdcMaxGlobal rows) of two orders — by how many rows a row crosses (shares
// classes with, neither holding the other), and by size — and, from the
// first prefix that splits the component, gives back to its block every
// global row lying inside one block.
func (s *sdcSystem) chooseGlobal(live []int) ([]int, []sdcBlock, bool) {
	holders := map[int][]int{}
	for _, r := range live {
		for _, c := range s.rows[r].classes {
			holders[c] = append(holders[c], r)
		}
	}
	crosses := make(map[int]int, len(live))
	for _, r := range live {
		overlap := map[int]int{}
		for _, c := range s.rows[r].classes {
			for _, o := range holders[c] {
				if o != r {
					overlap[o]++
				}
			}
		}
		for o, n := range overlap {
			if n < len(s.rows[r].classes) && n < len(s.rows[o].classes) {
				crosses[r]++
			}
		}
	}
	size := func(a, b int) int { return len(s.rows[b].classes) - len(s.rows[a].classes) }
	byCross, bySize := slices.Clone(live), slices.Clone(live)
	slices.SortStableFunc(byCross, func(a, b int) int {
		if crosses[a] != crosses[b] {
			return crosses[b] - crosses[a]
		}
		return size(a, b)
	})
	slices.SortStableFunc(bySize, size)
	limit := min(sdcMaxRows, len(live)/2)
	fits := func(blocks []sdcBlock) bool {
		return !slices.ContainsFunc(blocks, func(b sdcBlock) bool { return len(b.rows) > limit })
	}
	for _, order := range [][]int{byCross, bySize} {
		for n := 1; n <= sdcMaxGlobal && n < len(order); n *= 2 {
			g := slices.Clone(order[:n])
			slices.Sort(g)
			blocks := s.blocksOf(live, g)
			if !fits(blocks) {
				continue
			}
			// Give back the global rows inside one block, while it fits.
			for i := len(g) - 1; i >= 0; i-- {
				trial := slices.Delete(slices.Clone(g), i, i+1)
				if b := s.blocksOf(live, trial); len(b) == len(blocks) && fits(b) {
					g, blocks = trial, b
				}
			}
			return g, blocks, true
		}
	}
	return nil, nil, false
}

// blocksOf splits the classes of the live rows into blocks connected by
// the local rows (live rows not in g) and by shared persons.
func (s *sdcSystem) blocksOf(live, g []int) []sdcBlock {
	parent := map[int]int{}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	union := func(a, b int) {
		a, b = find(a), find(b)
		if a != b {
			parent[max(a, b)] = min(a, b)
		}
	}
	var classes []int
	for _, r := range live {
		for _, c := range s.rows[r].classes {
			if _, ok := parent[c]; !ok {
				parent[c] = c
				classes = append(classes, c)
			}
		}
	}
	slices.Sort(classes)
	for _, r := range live {
		if _, global := slices.BinarySearch(g, r); global {
			continue
		}
		cls := s.rows[r].classes
		for _, c := range cls[1:] {
			union(cls[0], c)
		}
	}
	byPerson := map[int32]int{}
	for _, c := range classes {
		for _, p := range s.persons[c] {
			if o, ok := byPerson[p]; ok {
				union(o, c)
			} else {
				byPerson[p] = c
			}
		}
	}
	index := map[int]int{}
	var blocks []sdcBlock
	for _, c := range classes {
		root := find(c)
		i, ok := index[root]
		if !ok {
			i = len(blocks)
			index[root] = i
			blocks = append(blocks, sdcBlock{})
		}
		blocks[i].classes = append(blocks[i].classes, c)
	}
	for _, r := range live {
		if _, global := slices.BinarySearch(g, r); !global {
			i := index[find(s.rows[r].classes[0])]
			blocks[i].rows = append(blocks[i].rows, r)
		}
	}
	return blocks
}

// globalLeak searches the combinations that involve the global rows
// beyond what the local rows give (see the file comment) and returns the
// classes of a determined combination of fewer than k persons with the
// rows that carry it, or exhausted when the search ran out of budget.
func (s *sdcSystem) globalLeak(g []int, blocks []sdcBlock) (leak, witness []int, exhausted bool) {
	m := len(g)
	sig := map[int][]int{} // class → global rows (indices into g) holding it
	for i, r := range g {
		for _, c := range s.rows[r].classes {
			sig[c] = append(sig[c], i)
		}
	}
	// Group the blocks by their subspace U (as constraints in RREF).
	type group struct {
		cons   [][]*big.Rat
		blocks []int
	}
	var groups []group
	byKey := map[string]int{}
	for bi, b := range blocks {
		cons := s.blockConstraints(b, sig, m)
		key := sdcKey(cons)
		gi, seen := byKey[key]
		if !seen {
			gi = len(groups)
			byKey[key] = gi
			groups = append(groups, group{cons: cons})
		}
		groups[gi].blocks = append(groups[gi].blocks, bi)
	}
	var must [][]*big.Rat
	var rare []int // groups of fewer than k blocks
	for gi, gr := range groups {
		if len(gr.blocks) >= s.k {
			must = append(must, gr.cons...)
		} else {
			rare = append(rare, gi)
		}
	}
	start, _ := sdcRREF(must, m)
	// A leak's v lies in flat(X) = P ∩ ⋂ U over the rare groups not in X,
	// X = the groups whose U misses v (at most k − 1 blocks). That X is
	// irredundant (flat(X) grows when any of X is put back), so it is
	// reached from ∅ by adding, at each step, a group of a chain of groups
	// outside the current X whose intersection with P is already flat(X):
	// any larger irredundant X has a larger flat, so it leaves out one of
	// the chain. A chain has at most m groups; X at most k − 1.
	visited := map[string]bool{}
	var search func(x []int, nx int) bool
	search = func(x []int, nx int) bool {
		key := string(intsKey(x))
		if visited[key] {
			return false
		}
		visited[key] = true
		s.budget--
		if s.budget < 0 {
			exhausted = true
			return true
		}
		flat := start
		var chain []int
		for _, gi := range rare {
			if slices.Contains(x, gi) || sdcRowsIn(flat, groups[gi].cons) {
				continue
			}
			flat, _ = sdcRREF(append(slices.Clone(flat), groups[gi].cons...), m)
			chain = append(chain, gi)
		}
		var f []int // blocks whose U misses the flat (none when it is {0})
		for _, gi := range x {
			if len(flat) < m && !sdcRowsIn(flat, groups[gi].cons) {
				f = append(f, groups[gi].blocks...)
			}
		}
		if len(f) > 0 {
			slices.Sort(f)
			leak, witness, exhausted = s.flatLeak(g, blocks, f, sdcNullBasis(flat, m))
			if leak != nil || exhausted {
				return true
			}
		}
		for _, gi := range chain {
			if n := nx + len(groups[gi].blocks); n < s.k {
				next := append(slices.Clone(x), gi)
				slices.Sort(next)
				if search(next, n) {
					return true
				}
			}
		}
		return false
	}
	search(nil, 0)
	return leak, witness, exhausted
}

// blockConstraints returns, in reduced row echelon form, linear forms on
// R^m whose common zeros are U_β, the v for which g(v) restricted to the
// block lies in the span of the block's local rows.
func (s *sdcSystem) blockConstraints(b sdcBlock, sig map[int][]int, m int) [][]*big.Rat {
	sigVec := func(c int) []*big.Rat {
		v := sdcZeros(m)
		for _, i := range sig[c] {
			v[i].SetInt64(1)
		}
		return v
	}
	var cons [][]*big.Rat
	if owner, ok := s.regions(b); ok {
		// Nested or disjoint rows: U_β is where g(v) is constant on each
		// region and zero outside every local row.
		first := map[int]int{} // region (owning row, −1 outside) → its first class
		for _, c := range b.classes {
			o := owner[c]
			f, seen := first[o]
			switch {
			case o < 0:
				if len(sig[c]) > 0 {
					cons = append(cons, sigVec(c))
				}
			case !seen:
				first[o] = c
			case !slices.Equal(sig[c], sig[f]):
				v, w := sigVec(c), sigVec(f)
				for i := range v {
					v[i].Sub(v[i], w[i])
				}
				cons = append(cons, v)
			}
		}
		out, _ := sdcRREF(cons, m)
		return out
	}
	// General rows: reduce each global row, restricted to the block, by
	// the local rows; U_β is where Σ v_i·residual_i vanishes.
	col := map[int]int{}
	for j, c := range b.classes {
		col[c] = j
	}
	n := len(b.classes)
	local := make([][]*big.Rat, len(b.rows))
	for i, r := range b.rows {
		local[i] = sdcZeros(n)
		for _, c := range s.rows[r].classes {
			local[i][col[c]].SetInt64(1)
		}
	}
	red, pivots := sdcRREF(local, n)
	res := make([][]*big.Rat, m)
	for i := range res {
		res[i] = sdcZeros(n)
	}
	for _, c := range b.classes {
		for _, i := range sig[c] {
			res[i][col[c]].SetInt64(1)
		}
	}
	tmp := new(big.Rat)
	for i := range res {
		for p, pc := range pivots {
			if f := new(big.Rat).Set(res[i][pc]); f.Sign() != 0 {
				for x := range res[i] {
					if red[p][x].Sign() != 0 {
						res[i][x].Sub(res[i][x], tmp.Mul(f, red[p][x]))
					}
				}
			}
		}
	}
	for x := range n {
		v := sdcZeros(m)
		nz := false
		for i := range m {
			if res[i][x].Sign() != 0 {
				v[i].Set(res[i][x])
				nz = true
			}
		}
		if nz {
			cons = append(cons, v)
		}
	}
	out, _ := sdcRREF(cons, m)
	return out
}

// regions returns each class's smallest local row of the block holding
// it (−1 for none) when the block's rows are nested or disjoint.
func (s *sdcSystem) regions(b sdcBlock) (map[int]int, bool) {
	order := slices.Clone(b.rows)
	slices.SortStableFunc(order, func(x, y int) int { return len(s.rows[y].classes) - len(s.rows[x].classes) })
	owner := make(map[int]int, len(b.classes))
	for _, c := range b.classes {
		owner[c] = -1
	}
	for _, r := range order {
		cls := s.rows[r].classes
		o := owner[cls[0]]
		for _, c := range cls[1:] {
			if owner[c] != o {
				return nil, false
			}
		}
		for _, c := range cls {
			owner[c] = r
		}
	}
	return owner, true
}

// flatLeak runs the exact search on the combinations zero outside the
// blocks f: the local rows of f and, per basis vector of the flat, the
// global rows so weighted, over f's classes.
func (s *sdcSystem) flatLeak(g []int, blocks []sdcBlock, f []int, basis [][]*big.Rat) (leak, witness []int, exhausted bool) {
	var classes, local []int
	for _, bi := range f {
		classes = append(classes, blocks[bi].classes...)
		local = append(local, blocks[bi].rows...)
	}
	slices.Sort(classes)
	slices.Sort(local)
	if len(local)+len(basis) > 2*sdcMaxRows {
		return nil, nil, true
	}
	n := len(classes)
	col := make(map[int]int, n)
	for j, c := range classes {
		col[c] = j
	}
	c := &sdcComp{}
	for _, cl := range classes {
		c.members = append(c.members, []int{cl})
		c.persons = append(c.persons, s.persons[cl])
	}
	for _, r := range local {
		row := sdcZeros(n)
		for _, cl := range s.rows[r].classes {
			row[col[cl]].SetInt64(1)
		}
		c.a = append(c.a, row)
	}
	for _, b := range basis {
		row := sdcZeros(n)
		for i, r := range g {
			if b[i].Sign() == 0 {
				continue
			}
			for _, cl := range s.rows[r].classes {
				if j, ok := col[cl]; ok {
					row[j].Add(row[j], b[i])
				}
			}
		}
		c.a = append(c.a, row)
	}
	c.mergeColumns()
	c.t = make([][]*big.Rat, len(c.a))
	for i := range c.t {
		c.t[i] = sdcZeros(len(c.a))
		c.t[i][i].SetInt64(1)
	}
	c.eliminate()
	e, ok := s.newESU(c)
	if !ok {
		return nil, nil, true
	}
	for _, v := range e.small {
		if e.extend(nil, []int{v}, v-1, nil) {
			break
		}
	}
	if e.exhausted || e.found == nil {
		return nil, nil, e.exhausted
	}
	for _, j := range e.found {
		leak = append(leak, c.members[j]...)
	}
	slices.Sort(leak)
	weight := c.rowWeights(e.found)
	gw := sdcZeros(len(g))
	tmp := new(big.Rat)
	for i, w := range weight {
		switch {
		case w.Sign() == 0:
		case i < len(local):
			witness = append(witness, local[i])
		default:
			for x, bx := range basis[i-len(local)] {
				gw[x].Add(gw[x], tmp.Mul(w, bx))
			}
		}
	}
	for i, w := range gw {
		if w.Sign() != 0 {
			witness = append(witness, g[i])
		}
	}
	if s.greedy || len(witness) == 0 {
		witness = witness[:0]
		for _, r := range append(local, g...) {
			if slices.ContainsFunc(leak, func(cl int) bool { _, in := slices.BinarySearch(s.rows[r].classes, cl); return in }) {
				witness = append(witness, r)
			}
		}
	}
	if !slices.ContainsFunc(witness, func(r int) bool { return !s.rows[r].fixed }) {
		// The rows of f and the global rows are all released before: name
		// the local rows elsewhere that cancel g(v) outside f.
		for bi, b := range blocks {
			if _, in := slices.BinarySearch(f, bi); !in {
				witness = append(witness, s.cancelRows(b, g, gw)...)
			}
		}
	}
	slices.Sort(witness)
	return leak, witness, false
}

// cancelRows returns the block's local rows with non-zero weight in a
// combination of them equal to g(v) on the block (v ∈ U_β), or none when
// g(v) is zero there.
func (s *sdcSystem) cancelRows(b sdcBlock, g []int, v []*big.Rat) []int {
	target := map[int]*big.Rat{}
	for i, r := range g {
		if v[i].Sign() == 0 {
			continue
		}
		for _, cl := range s.rows[r].classes {
			if _, in := slices.BinarySearch(b.classes, cl); in {
				if target[cl] == nil {
					target[cl] = new(big.Rat)
				}
				target[cl].Add(target[cl], v[i])
			}
		}
	}
	if !slices.ContainsFunc(b.classes, func(cl int) bool { return target[cl] != nil && target[cl].Sign() != 0 }) || len(b.rows) == 0 {
		return nil
	}
	c := s.newComp(b.rows)
	weight := sdcZeros(len(c.rows))
	tmp := new(big.Rat)
	for p, j := range c.pivot {
		coef := target[c.members[j][0]]
		if coef == nil || coef.Sign() == 0 {
			continue
		}
		for i := range weight {
			weight[i].Add(weight[i], tmp.Mul(coef, c.t[p][i]))
		}
	}
	var rows []int
	for i, w := range weight {
		if w.Sign() != 0 {
			rows = append(rows, c.rows[i])
		}
	}
	return rows
}

// mergeColumns merges columns of c.a that are equal (every row-space
// vector carries equal values on them), uniting their members and persons.
func (c *sdcComp) mergeColumns() {
	byKey := map[string]int{}
	var keep []int
	var members [][]int
	var persons [][]int32
	var b strings.Builder
	for j := range c.members {
		b.Reset()
		for _, row := range c.a {
			b.WriteString(row[j].RatString())
			b.WriteByte(',')
		}
		key := b.String()
		if n, ok := byKey[key]; ok {
			members[n] = append(members[n], c.members[j]...)
			for _, p := range c.persons[j] {
				if !slices.Contains(persons[n], p) {
					persons[n] = append(persons[n], p)
				}
			}
			continue
		}
		byKey[key] = len(keep)
		keep = append(keep, j)
		members = append(members, slices.Clone(c.members[j]))
		persons = append(persons, slices.Clone(c.persons[j]))
	}
	for i, row := range c.a {
		out := make([]*big.Rat, len(keep))
		for n, j := range keep {
			out[n] = row[j]
		}
		c.a[i] = out
	}
	c.members, c.persons = members, persons
}

func sdcZeros(n int) []*big.Rat {
	v := make([]*big.Rat, n)
	for i := range v {
		v[i] = new(big.Rat)
	}
	return v
}

// sdcRREF returns the reduced row echelon form of the rows (each of n
// entries; the input is not modified), zero rows dropped, and its pivot
// columns.
func sdcRREF(in [][]*big.Rat, n int) ([][]*big.Rat, []int) {
	a := make([][]*big.Rat, len(in))
	for i, row := range in {
		a[i] = make([]*big.Rat, n)
		for j := range n {
			a[i][j] = new(big.Rat).Set(row[j])
		}
	}
	var pivots []int
	rank := 0
	tmp := new(big.Rat)
	for j := 0; j < n && rank < len(a); j++ {
		p := slices.IndexFunc(a[rank:], func(row []*big.Rat) bool { return row[j].Sign() != 0 })
		if p < 0 {
			continue
		}
		p += rank
		a[rank], a[p] = a[p], a[rank]
		inv := new(big.Rat).Inv(a[rank][j])
		for x := j; x < n; x++ {
			a[rank][x].Mul(a[rank][x], inv)
		}
		for i := range a {
			if i == rank || a[i][j].Sign() == 0 {
				continue
			}
			f := new(big.Rat).Set(a[i][j])
			for x := j; x < n; x++ {
				if a[rank][x].Sign() != 0 {
					a[i][x].Sub(a[i][x], tmp.Mul(f, a[rank][x]))
				}
			}
		}
		pivots = append(pivots, j)
		rank++
	}
	return a[:rank], pivots
}

// sdcRowsIn reports whether every row of b lies in the row space of the
// reduced rows a.
func sdcRowsIn(a, b [][]*big.Rat) bool {
	if len(b) == 0 {
		return true
	}
	n := len(b[0])
	pivots := make([]int, len(a))
	for i, row := range a {
		pivots[i] = slices.IndexFunc(row, func(x *big.Rat) bool { return x.Sign() != 0 })
	}
	tmp := new(big.Rat)
	for _, v := range b {
		r := make([]*big.Rat, n)
		for j := range n {
			r[j] = new(big.Rat).Set(v[j])
		}
		for i, row := range a {
			if f := new(big.Rat).Set(r[pivots[i]]); f.Sign() != 0 {
				for x := range n {
					r[x].Sub(r[x], tmp.Mul(f, row[x]))
				}
			}
		}
		if slices.ContainsFunc(r, func(x *big.Rat) bool { return x.Sign() != 0 }) {
			return false
		}
	}
	return true
}

// sdcNullBasis returns a basis of the common zeros in R^m of the reduced
// rows a.
func sdcNullBasis(a [][]*big.Rat, m int) [][]*big.Rat {
	pivotOf := make([]int, m)
	for j := range pivotOf {
		pivotOf[j] = -1
	}
	for i, row := range a {
		pivotOf[slices.IndexFunc(row, func(x *big.Rat) bool { return x.Sign() != 0 })] = i
	}
	var basis [][]*big.Rat
	for f := range m {
		if pivotOf[f] >= 0 {
			continue
		}
		v := sdcZeros(m)
		v[f].SetInt64(1)
		for j := range m {
			if i := pivotOf[j]; i >= 0 {
				v[j].Neg(a[i][f])
			}
		}
		basis = append(basis, v)
	}
	return basis
}

// sdcKey writes reduced rows as a string key.
func sdcKey(a [][]*big.Rat) string {
	var b strings.Builder
	for _, row := range a {
		for _, x := range row {
			b.WriteString(x.RatString())
			b.WriteByte(',')
		}
		b.WriteByte(';')
	}
	return b.String()
}
