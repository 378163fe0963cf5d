package feedback

import (
	"fmt"
	"math"
	"math/big"
	"slices"
	"strings"
	"testing"
)

// This file is the test oracle for BuildReport's confidentiality: an exact
// linear-inference attacker written apart from the builder. It rebuilds,
// from the responses, the spec's dimension functions and the published
// report alone, the linear system an adversary sees, and searches it for a
// determined combination of answers of fewer than k persons.
//
// The model. For one item, every response that answered it has an unknown
// x_r (its value, or equally the indicator of one scale point, or its
// square: the same rows apply to each, so the answer distribution, mean,
// SD, median, trimmed mean and top-two box of a cell are all covered by the
// cell's row). A released cell publishes Σ x_r over the responses in the
// cell that answered the item: one row of a 0/1 matrix R. The adversary
// knows R (who is in which cell and who answered: the counts are treated
// as public) and the answers that are public by policy (exempt responses),
// whose columns are dropped. A combination c·x is determined iff c lies in
// the row space of R. The release leaks iff some non-zero c in the row
// space touches the answers of fewer than k persons (a person may give
// several responses). A subscale adds, per released cell, the indicator
// rows of its score distribution over the persons who answered all its
// items, checked as one more "item"; and its sum row (those persons'
// answers to all its items) joined to its items' rows in one system over
// (response, item) variables.
//
// The search. Columns with identical patterns of rows carry equal
// coefficients in every row-space vector, so they are merged (a class of
// responses). A set S of classes carries a non-zero row-space vector iff
// rank(R) > rank(R without the columns of S), decided exactly from the
// reduced row echelon form of R in math/big.Rat (see leaksOn). Every set
// of classes whose persons number fewer than k lies inside a maximal such
// set, so the oracle checks the leaves of a depth-first enumeration of
// those sets: brute force, exponential in the number of small classes,
// fine for the small organisations the tests build.
//
// Not covered: bounds (answers lie on the scale, counts are non-negative:
// a mean of 5.0 on 1..5 tells every answer), and persons in a released
// group of exactly k pooling their own answers. The oracle fails the test
// when its enumeration exceeds oracleLeafBudget, rather than pass on hope.

// oracleLeafBudget bounds the oracle's enumeration per system.
const oracleLeafBudget = 2_000_000

// oracleLeak is one determined combination found by the oracle.
type oracleLeak struct {
	System  string   // item ID, "scores:<subscale>" or "sum:<subscale>"
	Persons []string // the fewer than k persons it involves
}

func (l oracleLeak) String() string {
	return l.System + " over " + strings.Join(l.Persons, ",")
}

// oracleInput is what the oracle needs besides the report: how to tell the
// person behind a response and whether a response's answers are public.
type oracleInput struct {
	inst   *Instrument
	rs     []Response
	spec   ReportSpec
	k      int
	person func(r *Response) string
	known  func(r *Response) bool
	large  bool             // attack with attackLarge instead of the brute force
	index  map[string][]int // grouping and key → responses (see members)
}

func (in *oracleInput) defaults() {
	if in.k == 0 {
		in.k = in.spec.Policy.Min()
	}
	if in.person == nil {
		in.person = func(r *Response) string { return r.Respondent }
	}
	if in.known == nil {
		pol := in.spec.Policy
		in.known = func(r *Response) bool {
			return slices.Contains(pol.ExemptGroups, r.Group)
		}
	}
}

// oracleMember reports whether r falls in the cell, recomputed from the
// dimension functions.
func oracleMember(spec *ReportSpec, c *Cell, r *Response) bool {
	gi := slices.IndexFunc(spec.Groupings, func(g Grouping) bool { return g.Name == c.Grouping })
	if gi < 0 {
		return false
	}
	key, ok := oracleKey(spec, gi, r)
	return ok && slices.Equal(key, c.Key)
}

// oracleKey is r's key in grouping gi, recomputed from the dimension
// functions; false when r falls in no cell of it.
func oracleKey(spec *ReportSpec, gi int, r *Response) ([]string, bool) {
	var key []string
	for _, name := range spec.Groupings[gi].By {
		di := slices.IndexFunc(spec.Dimensions, func(d Dimension) bool { return d.Name == name })
		if di < 0 {
			return nil, false
		}
		d := spec.Dimensions[di]
		var v string
		var ok bool
		switch {
		case d.Key != nil:
			v, ok = d.Key(r)
		case d.Name == "raterGroup":
			v, ok = string(r.Group), true
		case d.Name == "subject":
			v, ok = r.Subject, true
		default:
			v, ok = r.Attributes[d.Name]
		}
		if !ok {
			return nil, false
		}
		key = append(key, v)
	}
	return key, true
}

// members lists, in order, the responses in the cell (an index built once
// per input from oracleKey).
func (in *oracleInput) members(c *Cell) []int {
	if in.index == nil {
		in.index = map[string][]int{}
		for gi, g := range in.spec.Groupings {
			for ri := range in.rs {
				if key, ok := oracleKey(&in.spec, gi, &in.rs[ri]); ok {
					k := g.Name + "\x00" + strings.Join(key, "\x00")
					in.index[k] = append(in.index[k], ri)
				}
			}
		}
	}
	return in.index[c.Grouping+"\x00"+strings.Join(c.Key, "\x00")]
}

func answerOf(r *Response, item string) (int, bool) {
	for _, a := range r.Answers {
		if a.Item == item {
			return a.Value, true
		}
	}
	return 0, false
}

// oracleSystem is a linear system over variables owned by persons: rows
// of integer coefficients (index → coefficient).
type oracleSystem struct {
	name  string
	owner []string // variable → person
	rows  []map[int]int64
}

// attackReport runs the oracle over every item and subscale of the report
// and returns the leaks found (at most one per system).
func attackReport(t testing.TB, in oracleInput, rep *Report) []oracleLeak {
	t.Helper()
	in.defaults()
	attack := (*oracleSystem).attack
	if in.large {
		attack = (*oracleSystem).attackLarge
	}
	var leaks []oracleLeak
	items := map[string]bool{}
	for _, sub := range in.inst.Subscales() {
		sys, scores := in.subscaleSystems(rep, sub)
		for _, s := range []*oracleSystem{sys, scores} {
			if l, ok := attack(s, t, in.k); ok {
				leaks = append(leaks, l)
			}
		}
		for _, it := range in.inst.Items {
			if it.Subscale == sub {
				items[it.ID] = true
			}
		}
	}
	for j, it := range in.inst.Items {
		if items[it.ID] {
			continue
		}
		sys := &oracleSystem{name: it.ID}
		vars := map[int]int{}
		for ci := range rep.Cells {
			c := &rep.Cells[ci]
			if !oracleItemReleased(c, j) {
				continue
			}
			row := map[int]int64{}
			for _, ri := range in.members(c) {
				r := &in.rs[ri]
				if _, ok := answerOf(r, it.ID); !ok || in.known(r) {
					continue
				}
				row[sys.variable(vars, ri, in.person(r))] = 1
			}
			sys.rows = append(sys.rows, row)
		}
		if l, ok := attack(sys, t, in.k); ok {
			leaks = append(leaks, l)
		}
	}
	return leaks
}

func (s *oracleSystem) variable(vars map[int]int, key int, owner string) int {
	v, ok := vars[key]
	if !ok {
		v = len(s.owner)
		vars[key] = v
		s.owner = append(s.owner, owner)
	}
	return v
}

// subscaleSystems builds the joint system of a subscale's items and its
// score sums, and the system of its score indicators.
func (in *oracleInput) subscaleSystems(rep *Report, sub string) (*oracleSystem, *oracleSystem) {
	var idx []int
	for j, it := range in.inst.Items {
		if it.Subscale == sub {
			idx = append(idx, j)
		}
	}
	si := slices.Index(in.inst.Subscales(), sub)
	joint := &oracleSystem{name: "sum:" + sub}
	scores := &oracleSystem{name: "scores:" + sub}
	jv, sv := map[int]int{}, map[int]int{}
	lcm := int64(1)
	for c := 2; c <= len(idx); c++ {
		lcm = lcm * int64(c) / gcd64(lcm, int64(c))
	}
	for ci := range rep.Cells {
		c := &rep.Cells[ci]
		for _, j := range idx {
			if !oracleItemReleased(c, j) {
				continue
			}
			row := map[int]int64{}
			for _, ri := range in.members(c) {
				r := &in.rs[ri]
				if _, ok := answerOf(r, in.inst.Items[j].ID); ok && !in.known(r) {
					row[joint.variable(jv, ri*len(in.inst.Items)+j, in.person(r))] = 1
				}
			}
			joint.rows = append(joint.rows, row)
		}
		if !oracleSubscaleReleased(c, si) {
			continue
		}
		sum, ind := map[int]int64{}, map[int]int64{}
		for _, ri := range in.members(c) {
			r := &in.rs[ri]
			if in.known(r) {
				continue
			}
			var answered []int
			for _, j := range idx {
				if _, ok := answerOf(r, in.inst.Items[j].ID); ok {
					answered = append(answered, j)
				}
			}
			if len(answered) < len(idx) {
				continue // scores are of complete answerers only
			}
			for _, j := range answered { // score·lcm = Σ x·lcm/c
				sum[joint.variable(jv, ri*len(in.inst.Items)+j, in.person(r))] = lcm / int64(len(answered))
			}
			ind[scores.variable(sv, ri, in.person(r))] = 1
		}
		joint.rows = append(joint.rows, sum)
		scores.rows = append(scores.rows, ind)
	}
	return joint, scores
}

func gcd64(a, b int64) int64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// oracleClass is a set of variables with identical columns (equal
// coefficients in every row-space vector) and their persons.
type oracleClass struct {
	vars    []int
	persons []string
}

// classes merges the system's variables with identical columns, in order
// of first variable.
func (s *oracleSystem) classes() []oracleClass {
	pattern := make([][]int64, len(s.owner))
	for ri, row := range s.rows {
		for v, a := range row {
			pattern[v] = append(pattern[v], int64(ri), a)
		}
	}
	byPattern := map[string]int{}
	var classes []oracleClass
	for v, p := range pattern {
		if len(p) == 0 {
			continue
		}
		// Rows were visited in order, so p lists (row, coefficient) in row
		// order already.
		key := fmt.Sprint(p)
		ci, ok := byPattern[key]
		if !ok {
			ci = len(classes)
			byPattern[key] = ci
			classes = append(classes, oracleClass{})
		}
		classes[ci].vars = append(classes[ci].vars, v)
		if !slices.Contains(classes[ci].persons, s.owner[v]) {
			classes[ci].persons = append(classes[ci].persons, s.owner[v])
		}
	}
	return classes
}

// attack searches the system for a row-space vector touching fewer than k
// persons; see the file comment.
func (s *oracleSystem) attack(t testing.TB, k int) (oracleLeak, bool) {
	t.Helper()
	classes := s.classes()
	if len(classes) == 0 {
		return oracleLeak{}, false
	}
	// The matrix over classes: a class's coefficient in a row is that of any
	// of its variables.
	m := make([][]int64, len(s.rows))
	for ri, row := range s.rows {
		m[ri] = make([]int64, len(classes))
		for ci, c := range classes {
			m[ri][ci] = row[c.vars[0]]
		}
	}
	full := ratRank(m, nil)
	basis, pivots := ratRREF(m)
	var small []int // classes of fewer than k persons
	for ci, c := range classes {
		if len(c.persons) < k {
			small = append(small, ci)
		}
	}
	leaves := 0
	var found []int
	drop := make([]bool, len(classes))
	var dfs func(from int, persons []string) bool
	dfs = func(from int, persons []string) bool {
		extended := false
		for i := from; i < len(small); i++ {
			c := small[i]
			union := persons
			for _, p := range classes[c].persons {
				if !slices.Contains(union, p) {
					union = append(slices.Clip(union), p)
				}
			}
			if len(union) >= k {
				continue
			}
			extended = true
			drop[c] = true
			if dfs(i+1, union) {
				return true
			}
			drop[c] = false
		}
		if extended {
			return false
		}
		leaves++
		if leaves > oracleLeafBudget {
			t.Fatalf("oracle: system %s needs more than %d checks", s.name, oracleLeafBudget)
		}
		if !leaksOn(basis, pivots, drop) {
			return false
		}
		for c, d := range drop {
			if d {
				found = append(found, c)
			}
		}
		return true
	}
	if !dfs(0, nil) {
		return oracleLeak{}, false
	}
	// Name the persons of the smallest leaking subset: drop the classes of
	// found one at a time while the rank still falls.
	keep := slices.Clone(found)
	for _, c := range found {
		trial := slices.DeleteFunc(slices.Clone(keep), func(x int) bool { return x == c })
		d := make([]bool, len(classes))
		for _, x := range trial {
			d[x] = true
		}
		if ratRank(m, d) < full {
			keep = trial
		}
	}
	var persons []string
	for _, c := range keep {
		for _, p := range classes[c].persons {
			if !slices.Contains(persons, p) {
				persons = append(persons, p)
			}
		}
	}
	slices.Sort(persons)
	return oracleLeak{System: s.name, Persons: persons}, true
}

// ratRank is the rank of m without the dropped columns, in exact rational
// arithmetic.
func ratRank(m [][]int64, drop []bool) int {
	var rows [][]*big.Rat
	for _, row := range m {
		r := make([]*big.Rat, 0, len(row))
		for c, a := range row {
			if drop == nil || !drop[c] {
				r = append(r, new(big.Rat).SetInt64(a))
			}
		}
		rows = append(rows, r)
	}
	return ratRankRat(rows)
}

// ratRREF returns the non-zero rows of the reduced row echelon form of m
// over the rationals and their pivot columns.
func ratRREF(m [][]int64) ([][]*big.Rat, []int) {
	var rows [][]*big.Rat
	for _, row := range m {
		r := make([]*big.Rat, len(row))
		for c, a := range row {
			r[c] = new(big.Rat).SetInt64(a)
		}
		rows = append(rows, r)
	}
	var pivots []int
	if len(rows) == 0 {
		return nil, nil
	}
	tmp := new(big.Rat)
	rank := 0
	for col := 0; col < len(rows[0]) && rank < len(rows); col++ {
		p := -1
		for i := rank; i < len(rows); i++ {
			if rows[i][col].Sign() != 0 {
				p = i
				break
			}
		}
		if p < 0 {
			continue
		}
		rows[rank], rows[p] = rows[p], rows[rank]
		inv := new(big.Rat).Inv(rows[rank][col])
		for c := range rows[rank] {
			rows[rank][c].Mul(rows[rank][c], inv)
		}
		for i := range rows {
			if i == rank || rows[i][col].Sign() == 0 {
				continue
			}
			f := new(big.Rat).Set(rows[i][col])
			for c := range rows[i] {
				rows[i][c].Sub(rows[i][c], tmp.Mul(f, rows[rank][c]))
			}
		}
		pivots = append(pivots, col)
		rank++
	}
	return rows[:rank], pivots
}

// leaksOn reports whether the row space of the reduced basis holds a
// non-zero vector supported on the dropped columns, i.e. whether dropping
// them lowers the rank. With B = [I N] (pivot columns first), dropping S
// leaves the rows whose pivot is outside S independent through their
// pivots; the rows whose pivot is in S keep only their entries at the
// non-pivot columns outside S (they are 0 at other pivots), so the rank
// falls iff those few rows, restricted so, are dependent.
func leaksOn(basis [][]*big.Rat, pivots []int, drop []bool) bool {
	var sub [][]*big.Rat
	isPivot := map[int]bool{}
	for _, p := range pivots {
		isPivot[p] = true
	}
	for i, p := range pivots {
		if !drop[p] {
			continue
		}
		var r []*big.Rat
		for c, x := range basis[i] {
			if !isPivot[c] && !drop[c] {
				r = append(r, x)
			}
		}
		sub = append(sub, r)
	}
	if len(sub) == 0 {
		return false
	}
	return ratRankRat(sub) < len(sub)
}

// ratRankRat is the rank of a small rational matrix (copied, not changed).
func ratRankRat(in [][]*big.Rat) int {
	rows := make([][]*big.Rat, len(in))
	for i, r := range in {
		rows[i] = make([]*big.Rat, len(r))
		for c, x := range r {
			rows[i][c] = new(big.Rat).Set(x)
		}
	}
	rank := 0
	tmp := new(big.Rat)
	if len(rows) == 0 {
		return 0
	}
	for col := 0; col < len(rows[0]) && rank < len(rows); col++ {
		p := -1
		for i := rank; i < len(rows); i++ {
			if rows[i][col].Sign() != 0 {
				p = i
				break
			}
		}
		if p < 0 {
			continue
		}
		rows[rank], rows[p] = rows[p], rows[rank]
		for i := rank + 1; i < len(rows); i++ {
			if rows[i][col].Sign() == 0 {
				continue
			}
			f := new(big.Rat).Quo(rows[i][col], rows[rank][col])
			for c := col; c < len(rows[i]); c++ {
				rows[i][c].Sub(rows[i][c], tmp.Mul(f, rows[rank][c]))
			}
		}
		rank++
	}
	return rank
}

// oracleItemReleased reports whether the cell publishes item j.
func oracleItemReleased(c *Cell, j int) bool {
	return !c.Suppressed && j < len(c.Items) && c.Items[j].Suppression == 0
}

// oracleSubscaleReleased reports whether the cell publishes subscale s.
func oracleSubscaleReleased(c *Cell, s int) bool {
	return !c.Suppressed && s < len(c.Subscales) && c.Subscales[s].Suppression == 0
}

// TestOracleSystems holds the oracle to hand-worked systems.
func TestOracleSystems(t *testing.T) {
	own := func(ps ...string) []string { return ps }
	for _, tc := range []struct {
		name  string
		owner []string
		rows  []map[int]int64
		k     int
		want  []string // persons of the leak; nil for none
	}{
		// One row over five persons: its multiples touch all five.
		{"one big row", own("a", "b", "c", "d", "e"), []map[int]int64{{0: 1, 1: 1, 2: 1, 3: 1, 4: 1}}, 5, nil},
		// {a..e} and {a..d, f}: the difference is x_e − x_f.
		{"difference", own("a", "b", "c", "d", "e", "f"),
			[]map[int]int64{{0: 1, 1: 1, 2: 1, 3: 1, 4: 1}, {0: 1, 1: 1, 2: 1, 3: 1, 5: 1}}, 3, []string{"e", "f"}},
		// Person a gave two responses: a row over 3 responses of 2 persons.
		{"persons", own("a", "a", "b"), []map[int]int64{{0: 1, 1: 1, 2: 1}}, 3, []string{"a", "b"}},
		// Three rows {a,b,c,d}, {c,d,e,f}, {a,b,e,f}: sums give 2(a+b) =
		// r1 − r2 + r3, a group of two with k = 3.
		{"triangle", own("a", "b", "c", "d", "e", "f"),
			[]map[int]int64{{0: 1, 1: 1, 2: 1, 3: 1}, {2: 1, 3: 1, 4: 1, 5: 1}, {0: 1, 1: 1, 4: 1, 5: 1}}, 3, []string{"a", "b"}},
		// The same rows with k = 2: groups of two are allowed, no single
		// person's answer is determined.
		{"triangle k=2", own("a", "b", "c", "d", "e", "f"),
			[]map[int]int64{{0: 1, 1: 1, 2: 1, 3: 1}, {2: 1, 3: 1, 4: 1, 5: 1}, {0: 1, 1: 1, 4: 1, 5: 1}}, 2, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := &oracleSystem{name: tc.name, owner: tc.owner, rows: tc.rows}
			l, ok := s.attack(t, tc.k)
			if tc.want == nil {
				if ok {
					t.Fatalf("leak %v, want none", l)
				}
				return
			}
			if !ok || !slices.Equal(l.Persons, tc.want) {
				t.Fatalf("leak %v (%t), want %v", l, ok, tc.want)
			}
		})
	}
}

// attack checks a report as an adversary would: the released numbers are
// those of the responses (each released item's count and sum, each
// released cell's persons), and the oracle finds no determined combination
// of fewer than k persons. It returns the numbers of released and
// suppressed (cell, item) pairs.
func attack(t testing.TB, in *Instrument, rs []Response, spec ReportSpec, rep Report) (released, suppressed int) {
	t.Helper()
	for _, c := range rep.Cells {
		if c.Suppressed {
			suppressed += len(in.Items)
			if c.N != 0 || c.Items != nil {
				t.Fatalf("suppressed cell %s shows numbers", c.String())
			}
			continue
		}
		persons := map[string]bool{}
		for i := range rs {
			if oracleMember(&spec, &c, &rs[i]) {
				persons[rs[i].Respondent] = true
			}
		}
		if len(persons) != c.N {
			t.Fatalf("cell %s: %d persons, report says %d", c.String(), len(persons), c.N)
		}
		for j, it := range in.Items {
			if c.Items[j].Suppression != 0 {
				suppressed++
				continue
			}
			released++
			sum, n := 0, 0
			for i := range rs {
				if v, ok := answerOf(&rs[i], it.ID); ok && oracleMember(&spec, &c, &rs[i]) {
					sum += in.ItemScale(j).Rescore(v, it.Reverse)
					n++
				}
			}
			if n != c.Items[j].N || (n > 0 && math.Abs(float64(sum)-c.Items[j].Mean*float64(n)) > 1e-9*float64(n)) {
				t.Fatalf("cell %s item %s: n %d sum %d, report says n %d mean %g", c.String(), it.ID, n, sum, c.Items[j].N, c.Items[j].Mean)
			}
		}
	}
	if leaks := attackReport(t, oracleInput{inst: in, rs: rs, spec: spec}, &rep); len(leaks) > 0 {
		t.Fatalf("the oracle found %v", leaks)
	}
	return released, suppressed
}
