package feedback

import (
	"slices"
	"strconv"
)

// varClasses numbers the unknowns of a system checked against a ledger
// one per (response, part) — a response's answer to one item, its score,
// its comment — or, for a response a ledger names that is no longer among
// the responses, one per (respondent, subject, part), owned by the person
// the ledger names. Finer classes than BuildReport's atoms never change
// the answer of the exact check, only its cost.
type varClasses struct {
	li      *ledgerIndex
	persons [][]int32
	current map[[2]int]int
	absent  map[[3]string]int
}

func newVarClasses(li *ledgerIndex) *varClasses {
	return &varClasses{li: li, current: map[[2]int]int{}, absent: map[[3]string]int{}}
}

// of is the class of response i's part.
func (v *varClasses) of(acc *accumulator, i, part int) int {
	key := [2]int{i, part}
	c, ok := v.current[key]
	if !ok {
		c = len(v.persons)
		v.current[key] = c
		v.persons = append(v.persons, []int32{acc.respPerson[i]})
	}
	return c
}

// gone is the class of a part of an answer no longer among the responses.
func (v *varClasses) gone(respondent, subject, part string) int {
	key := [3]string{respondent, subject, part}
	c, ok := v.absent[key]
	if !ok {
		c = len(v.persons)
		v.absent[key] = c
		v.persons = append(v.persons, []int32{v.li.person(respondent)})
	}
	return c
}

// person is the person index of a respondent, current or from the ledger.
func (li *ledgerIndex) person(respondent string) int32 {
	p, ok := li.persons[respondent]
	if !ok {
		p = li.nextP
		li.nextP++
		li.persons[respondent] = p
	}
	return p
}

// sortedRow returns a row over the classes (sorted, without repeats).
func (s *sdcSystem) sortedRow(classes []int, fixed bool) sdcRow {
	slices.Sort(classes)
	classes = slices.Compact(classes)
	return sdcRow{classes: classes, protects: -1, fixed: fixed}
}

// planSubscalesLedger is planSubscales checked together with a ledger:
// the items' rows released before and the subscale sums and scores
// released before are fixed rows of the two systems (over one unknown per
// response and item, and per response); the items' rows released now are
// fixed too unless scores of the subscale were released before, when the
// joint system may withhold an item as well.
func (pl *releasePlan) planSubscalesLedger(acc *accumulator, cells []cellInfo, atomResp [][]int32, exempt func(int32) bool, li *ledgerIndex, k int) {
	for s := range acc.nSub {
		sl := &subLedger{acc: acc, li: li, s: s, exempt: exempt, jv: newVarClasses(li), sv: newVarClasses(li),
			js: &sdcSystem{k: k, budget: sdcBudget}, ss: &sdcSystem{k: k, budget: sdcBudget}}
		for j := range acc.nItems {
			if acc.subOf[j] == s {
				sl.items = append(sl.items, j)
			}
		}
		// Item rows released now are fixed, unless subscale scores were
		// released before: then an item row may be what gives a group
		// away with them, and the joint system may withhold it too.
		priorSums := slices.ContainsFunc(li.subRows, func(r LedgerRow) bool { return r.Subscale == acc.subNames[s] })
		subRow, itemRows := sl.current(pl, cells, atomResp, !priorSums)
		sl.prior()
		js, ss := sl.js, sl.ss
		js.persons, ss.persons = sl.jv.persons, sl.sv.persons
		for _, sys := range []*sdcSystem{js, ss} {
			for r := range sys.rows {
				row := &sys.rows[r]
				row.persons = sys.countPersons(row.classes)
				if !row.fixed && row.persons > 0 && row.persons < k {
					row.state = SuppressedPrimary
				}
			}
		}
		js.protect()
		ss.protect()
		pl.bounded = pl.bounded || js.bounded || ss.bounded
		for _, ir := range itemRows {
			if why := js.rows[ir[2]].state; why != 0 && pl.item[ir[0]][ir[1]] == 0 {
				pl.item[ir[0]][ir[1]] = why
				pl.released--
			}
		}
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
}

// subLedger builds the two systems of one subscale checked against a
// ledger: js over (response, item) answers, ss over scores.
type subLedger struct {
	acc    *accumulator
	li     *ledgerIndex
	s      int
	items  []int
	exempt func(int32) bool
	jv, sv *varClasses
	js, ss *sdcSystem
}

func (sl *subLedger) answers(i, j int) bool {
	return slices.Contains(sl.acc.answered[sl.acc.ansOff[i]:sl.acc.ansOff[i+1]], int32(j))
}

func (sl *subLedger) complete(i int) bool {
	return !slices.ContainsFunc(sl.items, func(j int) bool { return !sl.answers(i, j) })
}

// current adds the rows of this release: per cell each released item's row
// (fixed when fixItems) and the subscale's sum and score rows. It returns
// each cell's sum row (−1 for a cell suppressed whole) and the item rows
// as (cell, item, row).
func (sl *subLedger) current(pl *releasePlan, cells []cellInfo, atomResp [][]int32, fixItems bool) ([]int, [][3]int) {
	acc := sl.acc
	subRow := make([]int, len(cells))
	var itemRows [][3]int
	for ci, c := range cells {
		subRow[ci] = -1
		if pl.cell[ci] != 0 {
			continue
		}
		var resp []int
		for _, a := range c.atoms {
			for _, i := range atomResp[a] {
				if !sl.exempt(i) {
					resp = append(resp, int(i))
				}
			}
		}
		for n, j := range sl.items {
			var cls []int
			for _, i := range resp {
				if pl.item[ci][j] == 0 && sl.answers(i, j) {
					cls = append(cls, sl.jv.of(acc, i, n))
				}
			}
			if len(cls) > 0 {
				itemRows = append(itemRows, [3]int{ci, j, len(sl.js.rows)})
				sl.js.rows = append(sl.js.rows, sl.js.sortedRow(cls, fixItems))
			}
		}
		var sum, score []int
		for _, i := range resp {
			if sl.complete(i) {
				for n := range sl.items {
					sum = append(sum, sl.jv.of(acc, i, n))
				}
				score = append(score, sl.sv.of(acc, i, 0))
			}
		}
		subRow[ci] = len(sl.js.rows)
		sl.js.rows = append(sl.js.rows, sl.js.sortedRow(sum, false))
		sl.ss.rows = append(sl.ss.rows, sl.ss.sortedRow(score, false))
	}
	return subRow, itemRows
}

// prior adds, fixed, what the ledger says was released before: the rows of
// the subscale's items, and its sums and scores.
func (sl *subLedger) prior() {
	acc, li := sl.acc, sl.li
	for r, row := range li.rows {
		n := slices.Index(sl.items, li.itemOf[r])
		if n < 0 {
			continue
		}
		var cls []int
		for m := range min(len(row.Respondents), len(row.Subjects)) {
			i, ok := li.current[[2]string{row.Respondents[m], row.Subjects[m]}]
			switch {
			case ok && sl.answers(i, sl.items[n]) && sl.exempt(int32(i)):
			case ok && sl.answers(i, sl.items[n]):
				cls = append(cls, sl.jv.of(acc, i, n))
			default:
				cls = append(cls, sl.jv.gone(row.Respondents[m], row.Subjects[m], strconv.Itoa(sl.items[n])))
			}
		}
		sl.js.rows = append(sl.js.rows, sl.js.sortedRow(cls, true))
	}
	for _, row := range li.subRows {
		if row.Subscale != acc.subNames[sl.s] {
			continue
		}
		var sum, score []int
		for m := range min(len(row.Respondents), len(row.Subjects)) {
			who, subj := row.Respondents[m], row.Subjects[m]
			i, ok := li.current[[2]string{who, subj}]
			if ok && sl.exempt(int32(i)) {
				continue
			}
			for n, j := range sl.items {
				if ok && sl.answers(i, j) {
					sum = append(sum, sl.jv.of(acc, i, n))
				} else {
					sum = append(sum, sl.jv.gone(who, subj, strconv.Itoa(j)))
				}
			}
			if ok && sl.complete(i) {
				score = append(score, sl.sv.of(acc, i, 0))
			} else {
				score = append(score, sl.sv.gone(who, subj, "score"))
			}
		}
		sl.js.rows = append(sl.js.rows, sl.js.sortedRow(sum, true))
		sl.ss.rows = append(sl.ss.rows, sl.ss.sortedRow(score, true))
	}
}
