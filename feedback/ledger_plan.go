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
	answers := func(i, j int) bool { return slices.Contains(acc.answered[acc.ansOff[i]:acc.ansOff[i+1]], int32(j)) }
	for s := range acc.nSub {
		var items []int
		for j := range acc.nItems {
			if acc.subOf[j] == s {
				items = append(items, j)
			}
		}
		complete := func(i int) bool { return !slices.ContainsFunc(items, func(j int) bool { return !answers(i, j) }) }
		// Item rows released now are fixed, unless subscale scores were
		// released before: then an item row may be what gives a group
		// away with them, and the joint system may withhold it too.
		priorSums := slices.ContainsFunc(li.subRows, func(r LedgerRow) bool { return r.Subscale == acc.subNames[s] })
		type itemRow struct{ cell, item, row int }
		var itemRows []itemRow
		jv, sv := newVarClasses(li), newVarClasses(li)
		js, ss := &sdcSystem{k: k, budget: sdcBudget}, &sdcSystem{k: k, budget: sdcBudget}
		subRow := make([]int, len(cells))
		for ci, c := range cells {
			subRow[ci] = -1
			if pl.cell[ci] != 0 {
				continue
			}
			var resp []int
			for _, a := range c.atoms {
				for _, i := range atomResp[a] {
					if !exempt(i) {
						resp = append(resp, int(i))
					}
				}
			}
			for n, j := range items {
				var cls []int
				for _, i := range resp {
					if pl.item[ci][j] == 0 && answers(i, j) {
						cls = append(cls, jv.of(acc, i, n))
					}
				}
				if len(cls) > 0 {
					itemRows = append(itemRows, itemRow{ci, j, len(js.rows)})
					js.rows = append(js.rows, js.sortedRow(cls, !priorSums))
				}
			}
			var sum, score []int
			for _, i := range resp {
				if complete(i) {
					for n := range items {
						sum = append(sum, jv.of(acc, i, n))
					}
					score = append(score, sv.of(acc, i, 0))
				}
			}
			subRow[ci] = len(js.rows)
			js.rows = append(js.rows, js.sortedRow(sum, false))
			ss.rows = append(ss.rows, ss.sortedRow(score, false))
		}
		// What the ledger says was released before.
		for r, row := range li.rows {
			n := slices.Index(items, li.itemOf[r])
			if n < 0 {
				continue
			}
			var cls []int
			for m := range min(len(row.Respondents), len(row.Subjects)) {
				i, ok := li.current[[2]string{row.Respondents[m], row.Subjects[m]}]
				switch {
				case ok && answers(i, items[n]) && exempt(int32(i)):
				case ok && answers(i, items[n]):
					cls = append(cls, jv.of(acc, i, n))
				default:
					cls = append(cls, jv.gone(row.Respondents[m], row.Subjects[m], strconv.Itoa(items[n])))
				}
			}
			js.rows = append(js.rows, js.sortedRow(cls, true))
		}
		for _, row := range li.subRows {
			if row.Subscale != acc.subNames[s] {
				continue
			}
			var sum, score []int
			for m := range min(len(row.Respondents), len(row.Subjects)) {
				who, subj := row.Respondents[m], row.Subjects[m]
				i, ok := li.current[[2]string{who, subj}]
				if ok && exempt(int32(i)) {
					continue
				}
				for n, j := range items {
					if ok && answers(i, j) {
						sum = append(sum, jv.of(acc, i, n))
					} else {
						sum = append(sum, jv.gone(who, subj, strconv.Itoa(j)))
					}
				}
				if ok && complete(i) {
					score = append(score, sv.of(acc, i, 0))
				} else {
					score = append(score, sv.gone(who, subj, "score"))
				}
			}
			js.rows = append(js.rows, js.sortedRow(sum, true))
			ss.rows = append(ss.rows, ss.sortedRow(score, true))
		}
		js.persons, ss.persons = jv.persons, sv.persons
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
			if why := js.rows[ir.row].state; why != 0 && pl.item[ir.cell][ir.item] == 0 {
				pl.item[ir.cell][ir.item] = why
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
