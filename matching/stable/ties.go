package stable

import (
	"cmp"
	"slices"

	"github.com/mentorkit/mentorkit/internal/fault"
)

// checkRanks adds the problems of the tie ranks of one side (field),
// whose lists are lists (named listsField): a ranks slice or row of
// another length than its list, or ranks that decrease along a list.
func checkRanks(pr *fault.Collector, field, listsField string, ranks, lists [][]int) {
	if ranks == nil {
		return
	}
	if len(ranks) != len(lists) {
		pr.Add(msgRanksLength.At(field, len(ranks), len(ranks), len(lists), listsField))
		return
	}
	for i, r := range ranks {
		if r == nil {
			continue
		}
		f := fault.Index(field, i)
		if len(r) != len(lists[i]) {
			pr.Add(msgRanksLength.At(f, len(r), len(r), len(lists[i]), fault.Index(listsField, i)))
			continue
		}
		for k := 1; k < len(r); k++ {
			if r[k] < r[k-1] {
				pr.Add(msgRanksDecrease.At(fault.Index(f, k), r[k], r[k-1]))
			}
		}
	}
}

// groupStart returns the position of the first entry of the tie group
// of entry k of list i, under ranks (nil or a nil row: strict, k itself).
func groupStart(ranks [][]int, i, k int) int {
	if ranks == nil || ranks[i] == nil {
		return k
	}
	r := ranks[i]
	for k > 0 && r[k-1] == r[k] {
		k--
	}
	return k
}

// BreakTies returns the strict preferences Match uses for p: each tie
// group of MenteeRanks and MentorRanks sorted by index, lowest first,
// and the ranks dropped. Entries of different ranks keep their order,
// so a strict list is unchanged. The result does not alias p.
//
// Breaking ties by index this way makes Match independent of the order
// in which a list gives its tied entries. Any stable matching of the
// result is weakly stable for p (a pair that strictly prefers each other
// under p does so under the result too).
//
// Errors: the problems of [Preferences.Validate].
func (p Preferences) BreakTies() (Preferences, error) {
	if err := p.Validate(); err != nil {
		return Preferences{}, err
	}
	q := p.breakTies()
	q.Mentees, q.Mentors = cloneLists(q.Mentees), cloneLists(q.Mentors)
	q.Capacity = slices.Clone(q.Capacity)
	return q, nil
}

// breakTies is BreakTies on valid preferences. Strict lists are shared
// with p, not copied: callers that hand the result out clone it.
func (p Preferences) breakTies() Preferences {
	q := Preferences{Mentees: p.Mentees, Mentors: p.Mentors, Capacity: p.Capacity}
	q.Mentees = breakSide(p.Mentees, p.MenteeRanks)
	q.Mentors = breakSide(p.Mentors, p.MentorRanks)
	return q
}

// breakSide returns lists with every tie group under ranks sorted by
// index; lists without ties are the input's (a fresh outer slice).
func breakSide(lists, ranks [][]int) [][]int {
	if lists == nil {
		return nil
	}
	out := make([][]int, len(lists))
	for i, l := range lists {
		out[i] = l
		if ranks == nil || ranks[i] == nil {
			continue
		}
		r := ranks[i]
		l = slices.Clone(l)
		for a := 0; a < len(l); {
			b := a + 1
			for b < len(l) && r[b] == r[a] {
				b++
			}
			slices.SortFunc(l[a:b], cmp.Compare[int])
			a = b
		}
		out[i] = l
	}
	return out
}

// cloneLists returns a deep copy of lists (nil stays nil).
func cloneLists(lists [][]int) [][]int {
	if lists == nil {
		return nil
	}
	out := make([][]int, len(lists))
	for i, l := range lists {
		out[i] = slices.Clone(l)
	}
	return out
}
