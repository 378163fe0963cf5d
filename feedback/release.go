package feedback

import "slices"

// releasePlan says what of each cell is released.
type releasePlan struct {
	persons  []int           // cell → distinct persons
	exempt   []bool          // cell → every answer in it is exempt
	cell     []Suppression   // cell → whole cell
	item     [][]Suppression // cell → item
	protects [][]int         // cell → item → protected cell, or −1
	sub      [][]Suppression // cell → subscale
	bounded  bool            // some system exhausted its search budget
	released int             // released (cell, item) pairs with answers
}

// Protection strategies: both are certified by the same exact check.
const (
	// protectBest runs both strategies per item and keeps the one that
	// releases more (ties: witness).
	protectBest = iota
	// protectWitness suppresses, among the released rows with non-zero
	// weight in the disclosing combination, the one with fewest persons.
	protectWitness
	// protectGreedy suppresses the smallest released row touching the
	// disclosed group: the simple greedy protection.
	protectGreedy
)

// plan decides the suppressions of a report: per cell, per item and per
// subscale (see BuildReport), with the given protection strategy.
func plan(acc *accumulator, cells []cellInfo, spec *ReportSpec, strategy int) releasePlan {
	return planWith(acc, cells, spec, strategy, nil, nil)
}

// planWith is plan checked together with the rows a ledger records as
// released before (fixed rows of each item's system).
func planWith(acc *accumulator, cells []cellInfo, spec *ReportSpec, strategy int, ledger *Ledger, inst *Instrument) releasePlan {
	pol, k := spec.Policy, spec.Policy.Min()
	nResp := len(acc.respAtom)
	atomResp := make([][]int32, len(acc.size))
	for i := range nResp {
		a := acc.respAtom[i]
		atomResp[a] = append(atomResp[a], int32(i))
	}
	exempt := func(i int32) bool { return pol.exempt(acc.respGroup[i]) }
	stamp := make([]int, len(acc.persons))
	round := 0
	pl := releasePlan{
		persons: make([]int, len(cells)), exempt: make([]bool, len(cells)), cell: make([]Suppression, len(cells)),
		item: make([][]Suppression, len(cells)), protects: make([][]int, len(cells)), sub: make([][]Suppression, len(cells)),
	}
	for ci, c := range cells {
		round++
		all, open := 0, 0
		seenOpen := map[int32]bool{}
		for _, a := range c.atoms {
			for _, i := range atomResp[a] {
				p := acc.respPerson[i]
				if stamp[p] != round {
					stamp[p] = round
					all++
				}
				if !exempt(i) && !seenOpen[p] {
					seenOpen[p] = true
					open++
				}
			}
		}
		pl.persons[ci] = all
		pl.exempt[ci] = all > 0 && open == 0
		if all == 0 || (open > 0 && open < k) {
			pl.cell[ci] = SuppressedPrimary
		}
		pl.item[ci] = make([]Suppression, acc.nItems)
		pl.protects[ci] = make([]int, acc.nItems)
		pl.sub[ci] = make([]Suppression, acc.nSub)
	}
	// One system per item: classes are atoms (their non-exempt answerers),
	// numbered in canonical order so that the responses' order never
	// reaches a choice.
	rank := make([]int, len(acc.size))
	for r, a := range acc.canonicalOrder() {
		rank[a] = r
	}
	solved := map[string]*sdcSystem{}
	led := newLedgerIndex(acc, ledger, inst)
	for j := range acc.nItems {
		classPersons, atomClasses, prior := led.classes(acc, j, rank, exempt)
		sys := &sdcSystem{k: k, persons: classPersons, budget: sdcBudget, greedy: strategy == protectGreedy}
		rowCell := make([]int, 0, len(cells))
		for ci, c := range cells {
			row := sdcRow{protects: -1}
			round++
			for _, a := range c.atoms {
				for _, cl := range atomClasses[rank[a]] {
					row.classes = append(row.classes, cl)
					for _, p := range classPersons[cl] {
						if p < int32(len(stamp)) && stamp[p] != round {
							stamp[p] = round
							row.persons++
						}
					}
				}
			}
			slices.Sort(row.classes)
			if pl.cell[ci] != 0 || (row.persons > 0 && row.persons < k) {
				// A cell suppressed whole stays a row, never released, so
				// that a complementary suppression can name it.
				row.state = SuppressedPrimary
			}
			sys.rows = append(sys.rows, row)
			rowCell = append(rowCell, ci)
		}
		for _, classes := range prior {
			sys.rows = append(sys.rows, sdcRow{classes: classes, persons: sys.countPersons(classes), protects: -1, fixed: true})
		}
		key := sys.signature()
		if done, ok := solved[key]; ok {
			// Items answered by the same people give the same system.
			sys = done
		} else {
			start := sys.releasedRows()
			alt := &sdcSystem{k: k, persons: classPersons, budget: sdcBudget, greedy: true}
			alt.rows = slices.Clone(sys.rows)
			sys.protect()
			// Both strategies certify the same way; the greedy one is run
			// only when the witness one had to suppress something.
			if strategy == protectBest && sys.releasedRows() < start {
				alt.protect()
				if alt.releasedRows() > sys.releasedRows() {
					sys = alt
				}
			}
			solved[key] = sys
		}
		pl.bounded = pl.bounded || sys.bounded
		for r, row := range sys.rows[:len(rowCell)] {
			ci := rowCell[r]
			if pl.cell[ci] != 0 {
				continue
			}
			pl.item[ci][j] = row.state
			pl.protects[ci][j] = -1
			if row.protects >= 0 && row.protects < len(rowCell) {
				pl.protects[ci][j] = rowCell[row.protects]
			}
			if row.state == 0 && row.persons > 0 {
				pl.released++
			}
		}
	}
	pl.planSubscales(acc, cells, atomResp, exempt, rank, k, led)
	return pl
}

// planSubscales decides each subscale per cell. A subscale's score is
// released over the persons who answered all its items (complete
// answerers). Two systems certify it, with the items' released rows fixed:
// the joint one over (response, item) answers — each released item's row
// in the cell, and the subscale's sum, Σ over the complete answerers of
// all their items, so that items minus subscale cannot give the partial
// answerers' answers — and the score distribution, one unknown per
// complete answer. A subscale fewer than k complete answerers hold in a
// cell is SuppressedPrimary; one withheld by either system is
// complementary (or bound). Against a ledger, see planSubscalesLedger.
func (pl *releasePlan) planSubscales(acc *accumulator, cells []cellInfo, atomResp [][]int32, exempt func(int32) bool, rank []int, k int, li *ledgerIndex) {
	if li.on {
		pl.planSubscalesLedger(acc, cells, atomResp, exempt, li, k)
		return
	}
	for s := range acc.nSub {
		var items []int
		for j := range acc.nItems {
			if acc.subOf[j] == s {
				items = append(items, j)
			}
		}
		ni := len(items)
		// Joint classes: (atom rank, item n, complete) → index 2·(r·ni + n) + complete.
		joint := make([][]int32, 2*len(acc.size)*ni)
		scores := make([][]int32, len(acc.size))
		for i := range acc.respAtom {
			if exempt(int32(i)) {
				continue
			}
			ans := acc.answered[acc.ansOff[i]:acc.ansOff[i+1]]
			complete := 1
			for _, j := range items {
				if !slices.Contains(ans, int32(j)) {
					complete = 0
				}
			}
			r := rank[acc.respAtom[i]]
			for n, j := range items {
				if slices.Contains(ans, int32(j)) {
					joint[2*(r*ni+n)+complete] = append(joint[2*(r*ni+n)+complete], acc.respPerson[i])
				}
			}
			if complete == 1 {
				scores[r] = append(scores[r], acc.respPerson[i])
			}
		}
		for _, ps := range [][][]int32{joint, scores} {
			for c := range ps {
				slices.Sort(ps[c])
				ps[c] = slices.Compact(ps[c])
			}
		}
		js := &sdcSystem{k: k, persons: joint, budget: sdcBudget}
		ss := &sdcSystem{k: k, persons: scores, budget: sdcBudget}
		subRow := make([]int, len(cells)) // cell → its subscale row in js, or −1
		for ci, c := range cells {
			subRow[ci] = -1
			if pl.cell[ci] != 0 {
				continue
			}
			for n, j := range items {
				if pl.item[ci][j] != 0 {
					continue
				}
				row := sdcRow{protects: -1, fixed: true}
				for _, a := range c.atoms {
					for _, cl := range []int{2 * (rank[a]*ni + n), 2*(rank[a]*ni+n) + 1} {
						if len(joint[cl]) > 0 {
							row.classes = append(row.classes, cl)
						}
					}
				}
				slices.Sort(row.classes)
				row.persons = js.countPersons(row.classes)
				js.rows = append(js.rows, row)
			}
			sum := sdcRow{protects: -1}
			score := sdcRow{protects: -1}
			for _, a := range c.atoms {
				for n := range items {
					if cl := 2*(rank[a]*ni+n) + 1; len(joint[cl]) > 0 {
						sum.classes = append(sum.classes, cl)
					}
				}
				if len(scores[rank[a]]) > 0 {
					score.classes = append(score.classes, rank[a])
				}
			}
			slices.Sort(sum.classes)
			slices.Sort(score.classes)
			score.persons = ss.countPersons(score.classes)
			sum.persons = score.persons
			if score.persons > 0 && score.persons < k {
				sum.state, score.state = SuppressedPrimary, SuppressedPrimary
			}
			subRow[ci] = len(js.rows)
			js.rows = append(js.rows, sum)
			ss.rows = append(ss.rows, score)
		}
		js.protect()
		ss.protect()
		pl.bounded = pl.bounded || js.bounded || ss.bounded
		n := 0
		for ci := range cells {
			if subRow[ci] < 0 {
				continue
			}
			why := js.rows[subRow[ci]].state
			if why == 0 {
				why = ss.rows[n].state
			}
			pl.sub[ci][s] = why
			n++
		}
	}
	_ = atomResp
}

// releasedRows counts the released rows with someone in them.
func (s *sdcSystem) releasedRows() int {
	n := 0
	for _, r := range s.rows {
		if r.state == 0 && r.persons > 0 {
			n++
		}
	}
	return n
}

// signature identifies a system by its rows' classes and states and the
// classes' persons.
func (s *sdcSystem) signature() string {
	var b []byte
	for _, r := range s.rows {
		b = append(b, byte(r.state), map[bool]byte{false: '|', true: '!'}[r.fixed])
		for _, c := range r.classes {
			b = append(b, intsKey([]int{c, len(s.persons[c])})...)
			for _, p := range s.persons[c] {
				b = append(b, intsKey([]int{int(p)})...)
			}
			b = append(b, ',')
		}
		b = append(b, ';')
	}
	return string(b)
}

// ledgerIndex maps a ledger's rows onto the current responses.
type ledgerIndex struct {
	rows    []LedgerRow // with the item of the instrument
	itemOf  []int       // row → item index
	subRows []LedgerRow // subscale scores released before
	notes   []LedgerRow // comments released before
	current map[[2]string]int
	persons map[string]int32 // respondent → person, beyond acc.persons for earlier ones
	nextP   int32
	on      bool // a ledger was given (even an empty one)
}

func newLedgerIndex(acc *accumulator, ledger *Ledger, inst *Instrument) *ledgerIndex {
	li := &ledgerIndex{current: map[[2]string]int{}, persons: map[string]int32{}, nextP: int32(len(acc.persons))}
	if ledger == nil {
		return li
	}
	li.on = true
	for p, id := range acc.persons {
		li.persons[id] = int32(p)
	}
	for i := range acc.respAtom {
		li.current[[2]string{acc.persons[acc.respPerson[i]], acc.respSubject[i]}] = i
	}
	idx := inst.itemIndex()
	for _, rel := range ledger.Releases {
		for _, row := range rel.Rows {
			switch {
			case row.Comments:
				li.notes = append(li.notes, row)
				continue
			case row.Subscale != "":
				li.subRows = append(li.subRows, row)
				continue
			}
			if j, ok := idx[row.Item]; ok {
				li.rows = append(li.rows, row)
				li.itemOf = append(li.itemOf, j)
			}
		}
	}
	return li
}

// classes returns, for item j, the classes' persons, each atom's classes
// (by canonical rank) and the ledger's rows of the item as classes. A class
// is an atom's non-exempt answerers that lie in the same ledger rows; an
// earlier answer not among the current responses is a class of its own.
func (li *ledgerIndex) classes(acc *accumulator, j int, rank []int, exempt func(int32) bool) ([][]int32, [][]int, [][]int) {
	var rows []int
	for r, jj := range li.itemOf {
		if jj == j {
			rows = append(rows, r)
		}
	}
	member := map[int][]int{} // current response → ledger rows holding it
	absentIdx := map[[2]string]int{}
	var absentKeys [][2]string
	priorMembers := make([][]int, len(rows)) // ≥ 0 current response, < 0 absent −1−index
	for n, r := range rows {
		row := li.rows[r]
		for m := range row.Respondents {
			if m >= len(row.Subjects) {
				break
			}
			key := [2]string{row.Respondents[m], row.Subjects[m]}
			if i, ok := li.lookup(acc, key); ok && slices.Contains(acc.answered[acc.ansOff[i]:acc.ansOff[i+1]], int32(j)) {
				if !exempt(int32(i)) {
					member[i] = append(member[i], n)
					priorMembers[n] = append(priorMembers[n], i)
				}
				continue
			}
			a, ok := absentIdx[key]
			if !ok {
				a = len(absentKeys)
				absentIdx[key] = a
				absentKeys = append(absentKeys, key)
			}
			priorMembers[n] = append(priorMembers[n], -1-a)
		}
	}
	// Current classes: (atom rank, ledger rows), sorted for determinism.
	type ckey struct {
		rank int
		sig  string
	}
	byKey := map[ckey][]int32{}
	respClass := map[int]ckey{}
	for i := range acc.respAtom {
		if exempt(int32(i)) || !slices.Contains(acc.answered[acc.ansOff[i]:acc.ansOff[i+1]], int32(j)) {
			continue
		}
		k := ckey{rank[acc.respAtom[i]], string(intsKey(member[i]))}
		byKey[k] = append(byKey[k], acc.respPerson[i])
		respClass[i] = k
	}
	keys := make([]ckey, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(x, y ckey) int {
		if x.rank != y.rank {
			return x.rank - y.rank
		}
		return compareStrings(x.sig, y.sig)
	})
	classOf := map[ckey]int{}
	persons := make([][]int32, 0, len(keys)+len(absentKeys))
	atomClasses := make([][]int, len(rank))
	for c, k := range keys {
		classOf[k] = c
		ps := byKey[k]
		slices.Sort(ps)
		persons = append(persons, slices.Compact(ps))
		atomClasses[k.rank] = append(atomClasses[k.rank], c)
	}
	for _, key := range absentKeys {
		p, ok := li.persons[key[0]]
		if !ok {
			p = li.nextP
			li.nextP++
			li.persons[key[0]] = p
		}
		persons = append(persons, []int32{p})
	}
	prior := make([][]int, len(rows))
	for n := range rows {
		for _, m := range priorMembers[n] {
			c := len(keys) + (-1 - m)
			if m >= 0 {
				c = classOf[respClass[m]]
			}
			prior[n] = append(prior[n], c)
		}
		slices.Sort(prior[n])
		prior[n] = slices.Compact(prior[n])
	}
	return persons, atomClasses, prior
}

// lookup finds the current response with the key.
func (li *ledgerIndex) lookup(_ *accumulator, key [2]string) (int, bool) {
	i, ok := li.current[key]
	return i, ok
}

func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
