package feedback

import (
	"math/big"
	"slices"
)

// sdcSystem is the release of one item: a 0/1 row per cell over classes of
// responses (the non-exempt answerers of the item in one atom), each class
// owned by a set of persons. See BuildReport for the guarantee; this file
// holds the exact certifier and the complementary suppression driven by it.
type sdcSystem struct {
	k       int
	persons [][]int32 // class → distinct persons, sorted
	rows    []sdcRow
	budget  int  // search nodes left for the whole system
	bounded bool // the budget ran out somewhere: rows were suppressed by the bound
	greedy  bool // pick the smallest touching row instead of a witness row (for comparison)
	depth   int  // blocks of decompositions being protected (see search)
}

type sdcRow struct {
	classes  []int // sorted
	persons  int   // distinct persons over the classes
	state    Suppression
	protects int  // the row whose group a complementary suppression protects, or −1
	fixed    bool // released before (a ledger row): never suppressed now
}

// sdcPrime is the prime of the modular filter: independence mod p implies
// independence over the rationals, so only a dependence found mod p is
// decided again in math/big.Rat.
const sdcPrime = 1<<31 - 1

// sdcBudget bounds the search nodes of one system (the exact searches of
// all its components, blocks and flats together).
const sdcBudget = 2_000_000

// sdcMaxRows bounds the rows of the blocks a decomposed component falls
// into (see protectLarge).
const sdcMaxRows = 200

// sdcSplitRows is the size from which a component is decomposed (see
// protectLarge) before it is searched whole: the search's cost grows
// steeply with the component's small columns, the decomposition's barely.
const sdcSplitRows = 24

// sdcMaxDirect bounds the rows of a component given whole to the exact
// search when it does not decompose (see protectLarge).
const sdcMaxDirect = 500

// protect suppresses released rows until certify finds no determined
// combination of fewer than k persons.
func (s *sdcSystem) protect() {
	var live []int
	for r := range s.rows {
		if s.rows[r].state == 0 && len(s.rows[r].classes) > 0 {
			live = append(live, r)
		}
	}
	s.protectRows(live)
}

func (s *sdcSystem) protectRows(live []int) {
	for _, comp := range s.components(live) {
		if len(comp) < 2 {
			continue
		}
		// Nested or disjoint rows are decided without algebra (see
		// laminarLeak): certified when every region holds at least k
		// persons, a small region is the leak otherwise.
		leak, witness, nested := s.laminarLeak(comp)
		if nested && leak == nil {
			continue
		}
		exhausted := false
		if !nested {
			var done bool
			leak, witness, exhausted, done = s.search(comp)
			if done {
				continue
			}
		}
		switch {
		case exhausted:
			s.laminarFallback(comp)
			s.bounded = true
		case leak != nil:
			witness = slices.DeleteFunc(witness, func(r int) bool { return s.rows[r].fixed })
			if len(witness) == 0 {
				// Only rows released before carry it: withhold everything
				// new in this part.
				s.laminarFallback(comp)
				s.bounded = true
				continue
			}
			pick := witness[0]
			for _, r := range witness[1:] {
				if s.rows[r].persons < s.rows[pick].persons {
					pick = r
				}
			}
			s.rows[pick].state = SuppressedComplementary
			s.rows[pick].protects = s.protectedRow(leak)
			s.protectRows(slices.DeleteFunc(slices.Clone(comp), func(r int) bool { return r == pick }))
		}
	}
}

// search looks for a leak in a component that is not nested. A component
// of up to sdcSplitRows rows is searched whole. A larger one (up to
// sdcMaxRows rows, and not itself a block of a decomposition) is searched
// whole first within sdcDirectTry nodes; if that runs out, or for a larger
// component, it is decomposed (protectLarge, which protects it itself:
// done) with a budget of its own — so a component costs at most two
// budgets — and, if it does not decompose, searched whole with what is
// left (up to sdcMaxDirect rows; beyond, exhausted).
func (s *sdcSystem) search(comp []int) (leak, witness []int, exhausted, done bool) {
	if len(comp) <= sdcSplitRows {
		leak, witness, exhausted = s.findLeak(comp)
		return leak, witness, exhausted, false
	}
	if len(comp) <= sdcMaxRows && s.depth == 0 {
		saved := s.budget
		s.budget = min(saved, sdcDirectTry)
		leak, witness, exhausted = s.findLeak(comp)
		if !exhausted {
			s.budget = saved - (min(saved, sdcDirectTry) - s.budget)
			return leak, witness, false, false
		}
		s.budget = sdcBudget
	}
	if s.protectLarge(comp) {
		return nil, nil, false, true
	}
	if len(comp) > sdcMaxDirect {
		return nil, nil, true, false
	}
	leak, witness, exhausted = s.findLeak(comp)
	return leak, witness, exhausted, false
}

// sdcDirectTry bounds the nodes a component of more than sdcSplitRows rows
// is searched whole before it is decomposed.
const sdcDirectTry = 1_500_000

// protectedRow names the primary-suppressed row sharing most persons with
// the leaking classes, or −1 when the group is one no cell lists.
func (s *sdcSystem) protectedRow(leak []int) int {
	var ps []int32
	for _, c := range leak {
		ps = append(ps, s.persons[c]...)
	}
	best, bestN := -1, 0
	for r := range s.rows {
		if s.rows[r].state != SuppressedPrimary {
			continue
		}
		n := 0
		for _, c := range s.rows[r].classes {
			for _, p := range s.persons[c] {
				if slices.Contains(ps, p) {
					n++
				}
			}
		}
		if n > bestN {
			best, bestN = r, n
		}
	}
	return best
}

// components splits rows into groups connected by shared classes, each in
// ascending row order.
func (s *sdcSystem) components(rows []int) [][]int {
	parent := map[int]int{}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	owner := map[int]int{} // class → first row seen
	for _, r := range rows {
		parent[r] = r
	}
	for _, r := range rows {
		for _, c := range s.rows[r].classes {
			if o, ok := owner[c]; ok {
				a, b := find(o), find(r)
				if a != b {
					parent[max(a, b)] = min(a, b)
				}
			} else {
				owner[c] = r
			}
		}
	}
	byRoot := map[int]int{}
	var out [][]int
	for _, r := range rows {
		root := find(r)
		i, ok := byRoot[root]
		if !ok {
			i = len(out)
			byRoot[root] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], r)
	}
	return out
}

// sdcComp is one connected component being certified: its classes merged
// by identical row patterns, the reduced row echelon form of its rows and
// the transformation that produced it.
type sdcComp struct {
	rows    []int     // system rows
	members [][]int   // merged column → system classes
	persons [][]int32 // merged column → persons
	a       [][]*big.Rat
	t       [][]*big.Rat // a = t · original
	pivot   []int        // echelon row → pivot column
	pivotOf []int        // column → echelon row, or −1 for a free column
	free    []int        // free columns in order
	freeIdx []int        // column → index among free, or −1
}

// findLeak certifies one component exactly: it returns the classes of a
// determined combination of fewer than k persons and the released rows
// with non-zero weight in it, or exhausted when the search ran out of
// budget (or met a dependence mod p that the rationals do not confirm).
//
// Certification. Let V be the row space over the merged columns. A set S
// of columns carries a non-zero vector of V iff the columns S of a null
// space basis K of the rows (V^⊥ = span of K's rows) are linearly
// dependent: x ∈ V with support in S iff K·x = 0. Minimal dependent sets
// are connected through shared non-zero coordinates of K, so the search
// enumerates connected sets of small columns (fewer than k persons
// together) exactly once each (ESU), stopping at the first dependent one.
func (s *sdcSystem) findLeak(rows []int) (leak, witness []int, exhausted bool) {
	c := s.newComp(rows)
	e, ok := s.newESU(c)
	if !ok {
		return nil, nil, true
	}
	for _, v := range e.small {
		// Each root is extended only by larger columns (root = v − 1 lets
		// v itself in first).
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
	return leak, s.witnessRows(c, e.found), false
}

// esu is the search for a dependent set of K's small columns: connected
// sets enumerated once each (Wernicke's ESU), each kept independent mod p
// in an echelon form as it grows.
type esu struct {
	s         *sdcSystem
	c         *sdcComp
	col       [][]int64 // K's columns mod p (small columns only)
	support   [][]int   // their non-zero coordinates, ascending
	byCoord   [][]int   // coordinate → small columns non-zero there
	small     []int
	echelon   [][]int64
	pivots    []int
	found     []int
	exhausted bool
}

// newESU builds K's small columns mod p: column j is e_{freeIdx[j]} for a
// free column and −a[pivotOf[j]] on the free coordinates for a pivot
// column. false when p divides a denominator (the search cannot run).
func (s *sdcSystem) newESU(c *sdcComp) (*esu, bool) {
	nf := len(c.free)
	e := &esu{s: s, c: c, col: make([][]int64, len(c.members)), support: make([][]int, len(c.members)), byCoord: make([][]int, nf)}
	for j := range c.members {
		if len(c.persons[j]) >= s.k {
			continue
		}
		e.small = append(e.small, j)
		v := make([]int64, nf)
		if fi := c.freeIdx[j]; fi >= 0 {
			v[fi] = 1
		} else {
			row := c.a[c.pivotOf[j]]
			for t, f := range c.free {
				if row[f].Sign() != 0 {
					m, ok := ratModP(row[f])
					if !ok {
						return nil, false
					}
					v[t] = (sdcPrime - m) % sdcPrime
				}
			}
		}
		e.col[j] = v
		for t, x := range v {
			if x != 0 {
				e.support[j] = append(e.support[j], t)
				e.byCoord[t] = append(e.byCoord[t], j)
			}
		}
	}
	return e, true
}

// adjacent reports whether columns u and v share a non-zero coordinate.
func (e *esu) adjacent(u, v int) bool {
	a, b := e.support[u], e.support[v]
	for i, k := 0, 0; i < len(a) && k < len(b); {
		switch {
		case a[i] == b[k]:
			return true
		case a[i] < b[k]:
			i++
		default:
			k++
		}
	}
	return false
}

// extend grows set by the candidates in ext (ESU), keeping the persons of
// the set below k; it returns true when it found a dependent set or ran out
// of budget.
func (e *esu) extend(set []int, ext []int, root int, persons []int32) bool {
	for len(ext) > 0 {
		w := ext[len(ext)-1]
		ext = ext[:len(ext)-1]
		union := persons
		for _, p := range e.c.persons[w] {
			if !slices.Contains(union, p) {
				union = append(slices.Clip(union), p)
			}
		}
		if len(union) >= e.s.k {
			continue
		}
		e.s.budget--
		if e.s.budget < 0 {
			e.exhausted = true
			return true
		}
		r, piv := reduceModP(e.col[w], e.echelon, e.pivots)
		next := append(slices.Clip(set), w)
		if piv < 0 {
			if e.c.dependent(next) {
				e.found = next
			} else {
				e.exhausted = true // dependent mod p only: give up rather than guess
			}
			return true
		}
		ext2 := slices.Clone(ext)
		for _, t := range e.support[w] {
			for _, u := range e.byCoord[t] {
				if u <= root || slices.Contains(next, u) || slices.Contains(ext2, u) {
					continue
				}
				if !slices.ContainsFunc(set, func(x int) bool { return e.adjacent(u, x) }) {
					ext2 = append(ext2, u)
				}
			}
		}
		e.echelon, e.pivots = append(e.echelon, r), append(e.pivots, piv)
		done := e.extend(next, ext2, root, union)
		e.echelon, e.pivots = e.echelon[:len(e.echelon)-1], e.pivots[:len(e.pivots)-1]
		if done {
			return true
		}
	}
	return false
}

// witnessRows returns the released rows with non-zero weight w in the
// disclosing combination x (x = Σ x_pivot·a[i], so w = Σ x_pivot·t[i]), or
// in greedy mode (or should w vanish) the rows touching the found columns.
func (s *sdcSystem) witnessRows(c *sdcComp, found []int) []int {
	var witness []int
	for i, w := range c.rowWeights(found) {
		if w.Sign() != 0 {
			witness = append(witness, c.rows[i])
		}
	}
	if !s.greedy && len(witness) > 0 {
		return witness
	}
	witness = witness[:0]
	for _, r := range c.rows {
		for _, j := range found {
			if slices.ContainsFunc(c.members[j], func(cl int) bool { _, ok := slices.BinarySearch(s.rows[r].classes, cl); return ok }) {
				witness = append(witness, r)
				break
			}
		}
	}
	return witness
}

// rowWeights returns the weight of each of the component's rows in the
// combination of rows that the dependent columns found disclose.
func (c *sdcComp) rowWeights(found []int) []*big.Rat {
	lambda := c.nullVector(found)
	weight := make([]*big.Rat, len(c.a))
	for i := range weight {
		weight[i] = new(big.Rat)
	}
	tmp := new(big.Rat)
	for n, j := range found {
		if pr := c.pivotOf[j]; pr >= 0 && lambda[n].Sign() != 0 {
			for i := range weight {
				weight[i].Add(weight[i], tmp.Mul(lambda[n], c.t[pr][i]))
			}
		}
	}
	return weight
}

// newComp merges the component's classes by row pattern and reduces its
// rows exactly, keeping the transformation.
func (s *sdcSystem) newComp(rows []int) *sdcComp {
	c := &sdcComp{rows: rows}
	patterns := map[int][]int{} // class → rows (local) containing it
	var order []int
	for i, r := range rows {
		for _, cl := range s.rows[r].classes {
			if _, ok := patterns[cl]; !ok {
				order = append(order, cl)
			}
			patterns[cl] = append(patterns[cl], i)
		}
	}
	slices.Sort(order)
	byKey := map[string]int{}
	colOf := map[int]int{}
	for _, cl := range order {
		key := string(intsKey(patterns[cl]))
		j, ok := byKey[key]
		if !ok {
			j = len(c.members)
			byKey[key] = j
			c.members = append(c.members, nil)
			c.persons = append(c.persons, nil)
		}
		colOf[cl] = j
		c.members[j] = append(c.members[j], cl)
		for _, p := range s.persons[cl] {
			if !slices.Contains(c.persons[j], p) {
				c.persons[j] = append(c.persons[j], p)
			}
		}
	}
	m := len(c.members)
	q := make([][]q64, len(rows))
	for i, r := range rows {
		q[i] = make([]q64, m)
		for j := range q[i] {
			q[i][j].den = 1
		}
		for _, cl := range s.rows[r].classes {
			q[i][colOf[cl]].num = 1
		}
	}
	if c.eliminate64(q) {
		return c
	}
	c.a = make([][]*big.Rat, len(rows))
	c.t = make([][]*big.Rat, len(rows))
	for i, r := range rows {
		c.a[i] = make([]*big.Rat, m)
		for j := range c.a[i] {
			c.a[i][j] = new(big.Rat)
		}
		for _, cl := range s.rows[r].classes {
			c.a[i][colOf[cl]].SetInt64(1)
		}
		c.t[i] = make([]*big.Rat, len(rows))
		for j := range c.t[i] {
			c.t[i][j] = new(big.Rat)
		}
		c.t[i][i].SetInt64(1)
	}
	c.eliminate()
	return c
}

// eliminate brings c.a to reduced row echelon form in place, recording in
// c.t the row operations (c.t starts as the identity) and the pivot and
// free columns.
func (c *sdcComp) eliminate() {
	m := len(c.members)
	rows := c.a
	c.pivotOf = make([]int, m)
	c.freeIdx = make([]int, m)
	rank := 0
	tmp, f := new(big.Rat), new(big.Rat)
	for j := range m {
		c.pivotOf[j], c.freeIdx[j] = -1, -1
		p := -1
		for i := rank; i < len(rows); i++ {
			if c.a[i][j].Sign() != 0 {
				p = i
				break
			}
		}
		if p < 0 {
			c.freeIdx[j] = len(c.free)
			c.free = append(c.free, j)
			continue
		}
		c.a[rank], c.a[p] = c.a[p], c.a[rank]
		c.t[rank], c.t[p] = c.t[p], c.t[rank]
		inv := new(big.Rat).Inv(c.a[rank][j])
		for x := range c.a[rank] {
			c.a[rank][x].Mul(c.a[rank][x], inv)
		}
		for x := range c.t[rank] {
			c.t[rank][x].Mul(c.t[rank][x], inv)
		}
		for i := range rows {
			if i == rank || c.a[i][j].Sign() == 0 {
				continue
			}
			f.Set(c.a[i][j])
			for x := j; x < m; x++ {
				if c.a[rank][x].Sign() != 0 {
					c.a[i][x].Sub(c.a[i][x], tmp.Mul(f, c.a[rank][x]))
				}
			}
			for x := range c.t[i] {
				if c.t[rank][x].Sign() != 0 {
					c.t[i][x].Sub(c.t[i][x], tmp.Mul(f, c.t[rank][x]))
				}
			}
		}
		c.pivotOf[j] = rank
		c.pivot = append(c.pivot, j)
		rank++
	}
}

func intsKey(xs []int) []byte {
	b := make([]byte, 0, 4*len(xs))
	for _, x := range xs {
		b = append(b, byte(x>>24), byte(x>>16), byte(x>>8), byte(x))
	}
	return b
}

// kColumn is column j of the null space basis K, exactly.
func (c *sdcComp) kColumn(j int) []*big.Rat {
	v := make([]*big.Rat, len(c.free))
	for t := range v {
		v[t] = new(big.Rat)
	}
	if fi := c.freeIdx[j]; fi >= 0 {
		v[fi].SetInt64(1)
		return v
	}
	row := c.a[c.pivotOf[j]]
	for t, f := range c.free {
		v[t].Neg(row[f])
	}
	return v
}

// dependent reports whether K's columns set are linearly dependent over
// the rationals.
func (c *sdcComp) dependent(set []int) bool {
	return c.nullVector(set) != nil
}

// nullVector returns a non-zero λ with Σ λ_n K[:, set[n]] = 0, or nil.
func (c *sdcComp) nullVector(set []int) []*big.Rat {
	cols := make([][]*big.Rat, len(set))
	for n, j := range set {
		cols[n] = c.kColumn(j)
	}
	// Eliminate on the transposed system: rows are coordinates, unknowns λ.
	nr := len(c.free)
	m := make([][]*big.Rat, nr)
	for t := range m {
		m[t] = make([]*big.Rat, len(set))
		for n := range set {
			m[t][n] = new(big.Rat).Set(cols[n][t])
		}
	}
	pivotCol := []int{}
	rank := 0
	tmp := new(big.Rat)
	for n := range set {
		p := -1
		for i := rank; i < nr; i++ {
			if m[i][n].Sign() != 0 {
				p = i
				break
			}
		}
		if p < 0 {
			continue
		}
		m[rank], m[p] = m[p], m[rank]
		inv := new(big.Rat).Inv(m[rank][n])
		for x := range m[rank] {
			m[rank][x].Mul(m[rank][x], inv)
		}
		for i := range nr {
			if i != rank && m[i][n].Sign() != 0 {
				f := new(big.Rat).Set(m[i][n])
				for x := range m[i] {
					m[i][x].Sub(m[i][x], tmp.Mul(f, m[rank][x]))
				}
			}
		}
		pivotCol = append(pivotCol, n)
		rank++
	}
	if rank == len(set) {
		return nil
	}
	// The first free unknown set to 1, the pivots solved from it.
	freeN := -1
	for n := range set {
		if !slices.Contains(pivotCol, n) {
			freeN = n
			break
		}
	}
	lambda := make([]*big.Rat, len(set))
	for n := range lambda {
		lambda[n] = new(big.Rat)
	}
	lambda[freeN].SetInt64(1)
	for i, n := range pivotCol {
		lambda[n].Neg(m[i][freeN])
	}
	return lambda
}

// ratModP maps a rational to F_p; false when p divides its denominator.
func ratModP(x *big.Rat) (int64, bool) {
	p := big.NewInt(sdcPrime)
	den := new(big.Int).Mod(x.Denom(), p)
	if den.Sign() == 0 {
		return 0, false
	}
	num := new(big.Int).Mod(x.Num(), p)
	inv := new(big.Int).ModInverse(den, p)
	num.Mul(num, inv).Mod(num, p)
	return num.Int64(), true
}

// reduceModP reduces v against the echelon vectors (each with its pivot
// coordinate, normalised to 1 there) and returns the residual normalised
// at its first non-zero coordinate, or pivot −1 when v is dependent.
func reduceModP(v []int64, echelon [][]int64, pivots []int) ([]int64, int) {
	r := slices.Clone(v)
	for i, e := range echelon {
		f := r[pivots[i]]
		if f == 0 {
			continue
		}
		for t, x := range e {
			if x != 0 {
				r[t] = ((r[t]-f*x)%sdcPrime + sdcPrime) % sdcPrime
			}
		}
	}
	for t, x := range r {
		if x != 0 {
			inv := modInv(x)
			for u := range r {
				r[u] = r[u] * inv % sdcPrime
			}
			return r, t
		}
	}
	return nil, -1
}

func modInv(a int64) int64 {
	res, b, e := int64(1), a, int64(sdcPrime-2)
	for e > 0 {
		if e&1 == 1 {
			res = res * b % sdcPrime
		}
		b = b * b % sdcPrime
		e >>= 1
	}
	return res
}

// laminarLeak decides rows that are nested or disjoint (a laminar family;
// nested is false otherwise). A region is the classes of a row not in a
// smaller row inside it. Such rows span exactly the vectors constant on
// each non-empty region and zero outside the rows (a class's value is the
// sum of the weights of the chain of rows holding it), so the release is
// safe iff every non-empty region holds at least k persons: a non-zero
// combination is non-zero on a whole non-empty region and touches its
// persons;
// otherwise the first row (in the given order) with a smaller region gives
// the leak: the row minus the rows directly inside it, which are the
// witness (in greedy mode: the row and the rows holding it).
func (s *sdcSystem) laminarLeak(rows []int) (leak, witness []int, nested bool) {
	order := slices.Clone(rows)
	slices.SortStableFunc(order, func(a, b int) int { return len(s.rows[b].classes) - len(s.rows[a].classes) })
	owner := map[int]int{} // class → smallest row so far holding it
	parent := make(map[int]int, len(rows))
	ownerOf := func(c int) int {
		if o, ok := owner[c]; ok {
			return o
		}
		return -1
	}
	for _, r := range order {
		cls := s.rows[r].classes
		o := ownerOf(cls[0])
		for _, c := range cls[1:] {
			if ownerOf(c) != o {
				return nil, nil, false
			}
		}
		parent[r] = o
		for _, c := range cls {
			owner[c] = r
		}
	}
	for _, r := range rows {
		var region []int
		for _, c := range s.rows[r].classes {
			if owner[c] == r {
				region = append(region, c)
			}
		}
		if len(region) == 0 || s.personsOf(region) >= s.k {
			continue
		}
		witness = append(witness, r)
		for _, x := range rows {
			if parent[x] == r && !s.greedy {
				witness = append(witness, x)
			}
		}
		for p := parent[r]; s.greedy && p >= 0; p = parent[p] {
			witness = append(witness, p)
		}
		slices.Sort(witness)
		return region, witness, true
	}
	return nil, nil, true
}

// laminarFallback keeps a certified nested subset of the component's rows
// (the largest of a few insertion orders) and suppresses the rest with
// SuppressedBound.
func (s *sdcSystem) laminarFallback(rows []int) {
	if slices.ContainsFunc(rows, func(r int) bool { return s.rows[r].fixed }) {
		for _, r := range rows {
			if !s.rows[r].fixed {
				s.rows[r].state = SuppressedBound
			}
		}
		return
	}
	bySize := slices.Clone(rows)
	slices.SortStableFunc(bySize, func(a, b int) int { return s.rows[b].persons - s.rows[a].persons })
	best := s.laminar(bySize, true)
	// Row order is cell order: grouping order as the caller listed them.
	if alt := s.laminar(rows, true); len(alt) > len(best) {
		best = alt
	}
	for _, r := range rows {
		if !slices.Contains(best, r) {
			s.rows[r].state = SuppressedBound
		}
	}
}

// laminar inserts rows in the given order, keeping each that nests inside
// the family kept so far (all its classes in one region, or none in any)
// and leaves that region empty or with at least k persons. Without skip it
// stops at the first row it cannot keep. It returns the kept rows.
func (s *sdcSystem) laminar(order []int, skip bool) []int {
	owner := map[int]int{} // class → smallest kept row holding it
	region := map[int][]int{}
	var kept []int
	for _, r := range order {
		cls := s.rows[r].classes
		o, first := -1, true
		ok := true
		for _, c := range cls {
			oc, has := owner[c]
			if !has {
				oc = -1
			}
			if first {
				o, first = oc, false
			} else if oc != o {
				ok = false
				break
			}
		}
		if ok && o >= 0 {
			rest := slices.DeleteFunc(slices.Clone(region[o]), func(c int) bool { _, in := slices.BinarySearch(cls, c); return in })
			if n := s.personsOf(rest); len(rest) > 0 && n < s.k {
				ok = false
			} else if len(rest) == 0 && len(region[o]) == len(cls) && s.personsOf(cls) >= s.k {
				ok = true // the same classes as o: an identical row
			}
			if ok {
				region[o] = rest
			}
		}
		if !ok {
			if !skip {
				return kept
			}
			continue
		}
		if n := s.rows[r].persons; n > 0 && n < s.k {
			if !skip {
				return kept
			}
			continue
		}
		for _, c := range cls {
			owner[c] = r
		}
		region[r] = slices.Clone(cls)
		kept = append(kept, r)
	}
	return kept
}

// countPersons counts the distinct persons of the classes.
func (s *sdcSystem) countPersons(classes []int) int {
	ps := map[int32]struct{}{}
	for _, c := range classes {
		for _, p := range s.persons[c] {
			ps[p] = struct{}{}
		}
	}
	return len(ps)
}

// personsOf counts the distinct persons of the classes, stopping at k.
func (s *sdcSystem) personsOf(classes []int) int {
	ps := make(map[int32]struct{}, s.k)
	for _, c := range classes {
		for _, p := range s.persons[c] {
			ps[p] = struct{}{}
			if len(ps) >= s.k {
				return len(ps)
			}
		}
	}
	return len(ps)
}
