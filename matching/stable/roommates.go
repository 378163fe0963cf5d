package stable

import (
	"fmt"
	"slices"
	"strings"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
)

// PeerMatching is the result of [Roommates].
type PeerMatching struct {
	// Partner is the partner of each person, -1 when unmatched; nil when
	// no stable matching exists.
	Partner []int `json:"partner"`
	// Proposals counts the proposals of phase 1; Rotations the rotations
	// eliminated in phase 2.
	Proposals int `json:"proposals"`
	Rotations int `json:"rotations"`
	// Rotation shows why no stable matching exists (nil when one does):
	// the rotation whose elimination left someone with nobody, as pairs
	// (x_i, y_i) of a person and its first choice left at that point,
	// whose second choice was y_{i+1}.
	Rotation []PeerPair `json:"rotation,omitzero"`
}

// MarshalJSON writes m with the module's JSON rule (internal/jsonx).
func (m PeerMatching) MarshalJSON() ([]byte, error) { return jsonx.Marshal(m) }

// UnmarshalJSON reads what MarshalJSON writes.
func (m *PeerMatching) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, m) }

// PeerPair names two people of a one-sided (peer) market by index.
type PeerPair struct {
	Person  int `json:"person"`
	Partner int `json:"partner"`
}

// Roommates finds a stable matching of a peer programme, where everyone
// may be paired with anyone else (the stable roommates problem), by
// Irving's algorithm (Journal of Algorithms 6, 1985) in the form for
// incomplete lists of Gusfield and Irving (The Stable Marriage Problem,
// MIT Press 1989, §4.5.2).
//
// lists[i] ranks the people person i accepts, best first (indices into
// lists, strict: no ties). Whoever i does not list is unacceptable to i,
// and a pair may only be matched when both list each other. A matching
// is stable when no two people who list each other both prefer each
// other to their partners (being unmatched is worse than any listed
// partner). Unlike the two-sided problem, a stable matching need not
// exist (three people who each prefer the next have none); when one
// exists, the set of people matched is the same in every stable
// matching, and Roommates returns one of them, deterministically (the
// free proposers of phase 1 and the rotations of phase 2 are taken in
// index order).
//
// When no stable matching exists, Roommates returns ErrNoStableMatching
// as a *FieldError naming the person ("lists[7]") whose list the
// elimination of a rotation emptied, with the rotation in the message
// and in PeerMatching.Rotation (Partner is nil).
//
// It runs in O(n + L) time after building its rank table, L the total
// length of the lists: a dense table of n² 16-bit ranks (2n² bytes,
// 200 MB for 10,000 people; O(n²) time) when the lists fill at least a
// quarter of it and n <= 32,768, otherwise a table of 4L bytes beside
// the lists (built in O(n + L) time with 8L bytes more while building).
// The input is read, not copied, and never modified; the result does not
// alias it.
//
// Errors: *FieldError values, joined, wrapping ErrPreferences for an
// index out of range ("lists[3][1]", code indexOutOfRange), a person
// listing itself (selfListed) or someone twice (duplicate); and the one
// wrapping ErrNoStableMatching (code noStableMatching) described above.
func Roommates(lists [][]int) (PeerMatching, error) {
	return roommatesWith(lists, tableAuto)
}

// Rank table choices of roommatesWith: tableAuto picks as Roommates
// documents; the others force one (for tests).
const (
	tableAuto = iota
	tableDense
	tableSparse
)

func roommatesWith(lists [][]int, table int) (PeerMatching, error) {
	rt, err := newRoommates(lists, table)
	if err != nil {
		return PeerMatching{}, err
	}
	res := PeerMatching{}
	res.Proposals = rt.phase1()
	if rot, empty := rt.phase2(&res.Rotations); rot != nil {
		res.Rotation = rot
		var b strings.Builder
		for i, p := range rot {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "(%d, %d)", p.Person, p.Partner)
		}
		return res, msgNoStable.At(fault.Index("lists", empty), empty, b.String())
	}
	res.Partner = make([]int, rt.n)
	for x := range res.Partner {
		res.Partner[x] = -1
		if p := rt.first(x); p >= 0 {
			res.Partner[x] = int(lists[x][p])
		}
	}
	return res, nil
}

// roommates is the state of Irving's algorithm. Person x's reduced list
// is implicit: the entry y at position k of lists[x] is present while
// k < tail[x] and 0 < back(x, k) <= tail[y] (back: y's rank of x),
// that is while neither has
// cut the other off. Every deletion of the algorithm is such a cut (a
// person who holds a proposal, or eliminates a rotation, drops everyone
// below it), so tails only shrink, and the head, second and last
// pointers only move one way over entries that are gone for good.
type roommates struct {
	n     int
	lists [][]int
	// dense: rank of x in y's list at dense[y*n+x], 1-based, 0 unlisted
	// (n <= 32,768, so a rank fits 16 bits).
	dense []uint16
	// sparse: for entry k of x's list, naming y, y's 1-based rank of x
	// (0 unlisted) at mirror[off[x]+k].
	off     []int
	mirror  []int32
	tail    []int32 // entries at positions >= tail[x] are cut off
	head    []int32 // position of first(x) or before it
	sec     []int32 // position of second(x) or before it
	last    []int32 // position of last(x) or after it
	holder  []int32 // whose proposal x holds in phase 1, -1 none
	onStack []int32 // 1 + position on phase 2's stack, 0 off it
	// scratch of eliminate: positions of each x_i's first and second
	firsts, seconds []int32
}

// newRoommates validates lists and builds the rank tables.
func newRoommates(lists [][]int, table int) (*roommates, error) {
	n := len(lists)
	var pr fault.Collector
	total := 0
	for _, l := range lists {
		total += len(l)
	}
	rt := &roommates{n: n, lists: lists}
	dense := n <= 1<<15 && (table == tableDense || table == tableAuto && total >= n*(n/4))
	if dense {
		rt.dense = make([]uint16, n*n)
		for y, l := range lists {
			rt.fillDense(&pr, y, l)
		}
	} else {
		rt.buildMirror(&pr)
	}
	if err := pr.Err(); err != nil {
		return nil, err
	}
	rt.tail, rt.head, rt.sec, rt.last = make([]int32, n), make([]int32, n), make([]int32, n), make([]int32, n)
	rt.holder, rt.onStack = make([]int32, n), make([]int32, n)
	for x, l := range lists {
		rt.tail[x], rt.last[x], rt.holder[x] = int32(len(l)), int32(len(l))-1, -1
	}
	return rt, nil
}

// fillDense writes person y's list l into row y of the dense rank
// table, adding its problems to pr.
func (rt *roommates) fillDense(pr *fault.Collector, y int, l []int) {
	n := rt.n
	row := rt.dense[y*n : y*n+n]
	for k, x := range l {
		if uint(x) >= uint(n) || x == y || row[x] != 0 {
			switch {
			case uint(x) >= uint(n):
				pr.Add(msgIndexRange.At(entryField(y, k), x, "person", n))
			case x == y:
				pr.Add(msgSelfListed.At(entryField(y, k), x))
			default:
				pr.Add(msgListedTwice.At(entryField(y, k), x, entryField(y, int(row[x])-1)))
			}
			continue
		}
		row[x] = uint16(k + 1)
	}
}

// buildMirror checks the lists and builds the sparse table: the lists
// transposed (who lists x, where) and then, person by person, x's ranks
// of those who list it. O(n + L) time; 8L bytes for the transpose while
// building, 4L kept.
func (rt *roommates) buildMirror(pr *fault.Collector) {
	n, lists := rt.n, rt.lists
	mark := make([]int32, n)  // 1 + position in the current list, 0 none
	start := make([]int, n+1) // bucket of x: where x is listed
	for y, l := range lists {
		for k, x := range l {
			switch {
			case uint(x) >= uint(n):
				pr.Add(msgIndexRange.At(entryField(y, k), x, "person", n))
			case x == y:
				pr.Add(msgSelfListed.At(entryField(y, k), x))
			case mark[x] != 0:
				pr.Add(msgListedTwice.At(entryField(y, k), x, entryField(y, int(mark[x])-1)))
			default:
				mark[x] = int32(k + 1)
				start[x+1]++
			}
		}
		for _, x := range l {
			if uint(x) < uint(n) {
				mark[x] = 0
			}
		}
	}
	if pr.Len() > 0 {
		return
	}
	rt.off = make([]int, n+1)
	for x := range n {
		start[x+1] += start[x]
		rt.off[x+1] = rt.off[x] + len(lists[x])
	}
	by, at := make([]int32, start[n]), make([]int32, start[n])
	cur := slices.Clone(start[:n])
	for y, l := range lists {
		for k, x := range l {
			by[cur[x]], at[cur[x]] = int32(y), int32(k)
			cur[x]++
		}
	}
	rt.mirror = make([]int32, start[n])
	for x, l := range lists {
		for p, z := range l {
			mark[z] = int32(p + 1)
		}
		for c := start[x]; c < start[x+1]; c++ {
			rt.mirror[rt.off[by[c]]+int(at[c])] = mark[by[c]]
		}
		for _, z := range l {
			mark[z] = 0
		}
	}
}

// entryField is the JSON path of entry k of person y's list.
func entryField(y, k int) string { return fault.Index(fault.Index("lists", y), k) }

// back returns, for entry k of x's list naming y, y's 1-based rank of
// x, 0 when y does not list x.
func (rt *roommates) back(x int, k int32) int32 {
	if rt.dense != nil {
		return int32(rt.dense[rt.lists[x][k]*rt.n+x])
	}
	return rt.mirror[rt.off[x]+int(k)]
}

// present says whether the entry at position k of x's list is still in
// x's reduced list.
func (rt *roommates) present(x int, k int32) bool {
	if k < 0 || k >= rt.tail[x] {
		return false
	}
	r := rt.back(x, k)
	return r != 0 && r <= rt.tail[rt.lists[x][k]]
}

// first returns the position of x's first choice left, -1 for none.
func (rt *roommates) first(x int) int32 {
	for rt.head[x] < rt.tail[x] && !rt.present(x, rt.head[x]) {
		rt.head[x]++
	}
	if rt.head[x] < rt.tail[x] {
		return rt.head[x]
	}
	return -1
}

// second returns the position of x's second choice left, -1 for none.
func (rt *roommates) second(x int) int32 {
	f := rt.first(x)
	if f < 0 {
		return -1
	}
	rt.sec[x] = max(rt.sec[x], f+1)
	for rt.sec[x] < rt.tail[x] && !rt.present(x, rt.sec[x]) {
		rt.sec[x]++
	}
	if rt.sec[x] < rt.tail[x] {
		return rt.sec[x]
	}
	return -1
}

// lastOf returns the person last in y's reduced list, -1 for none.
func (rt *roommates) lastOf(y int) int {
	rt.last[y] = min(rt.last[y], rt.tail[y]-1)
	for rt.last[y] >= 0 && !rt.present(y, rt.last[y]) {
		rt.last[y]--
	}
	if rt.last[y] < 0 {
		return -1
	}
	return rt.lists[y][rt.last[y]]
}

// phase1 runs the proposals: a free person proposes to its first choice
// left, who holds the proposal and cuts off everyone it ranks below the
// proposer (freeing the proposer it held). A person whose list runs out
// stays unmatched in every stable matching. It returns the number of
// proposals.
func (rt *roommates) phase1() int {
	proposals := 0
	free := make([]int, 0, rt.n)
	for x := rt.n - 1; x >= 0; x-- {
		free = append(free, x) // a stack, popped in index order
	}
	for len(free) > 0 {
		x := free[len(free)-1]
		free = free[:len(free)-1]
		k := rt.first(x)
		if k < 0 {
			continue
		}
		proposals++
		y := rt.lists[x][k]
		// x is present in y's list, so y ranks x above the one it holds.
		z := rt.holder[y]
		rt.holder[y] = int32(x)
		rt.tail[y] = rt.back(x, k)
		if z >= 0 {
			free = append(free, int(z))
		}
	}
	return proposals
}

// phase2 eliminates rotations until every reduced list has at most one
// entry, counting them in *count. It returns nil when it gets there,
// else the rotation whose elimination emptied a list and the person
// whose list it was. Rotations are found as cycles of the sequence
// p_{i+1} = last(second(p_i)), kept on a stack whose part before a
// cycle stays valid after the cycle's elimination (Gusfield and Irving
// 1989, §4.2.3), except that its last person may be left with one entry
// and is then dropped; every cycle's links are checked again before use
// (in tests and fuzzing no check has failed).
func (rt *roommates) phase2(count *int) ([]PeerPair, int) {
	var stack []int
	next := 0 // persons below next have at most one entry left
	for {
		if len(stack) == 0 {
			for next < rt.n && rt.second(next) < 0 {
				next++
			}
			if next == rt.n {
				return nil, -1
			}
			stack = append(stack, next)
			rt.onStack[next] = 1
		}
		x := stack[len(stack)-1]
		s := rt.second(x)
		if s < 0 {
			// The last person before an eliminated cycle can be left
			// with one entry (its second choice cut it off): it leaves
			// the sequence.
			stack = rt.pop(stack, len(stack)-1)
			continue
		}
		nx := rt.lastOf(rt.lists[x][s])
		if nx < 0 || rt.onStack[nx] == 0 {
			if nx >= 0 && rt.second(nx) >= 0 {
				stack = append(stack, nx)
				rt.onStack[nx] = int32(len(stack))
			} else {
				// Defensive, never seen: in a stable table last(second(x))
				// has two entries or more (Gusfield and Irving, §4.2.2).
				stack = rt.pop(stack, len(stack)-1)
			}
			continue
		}
		at := int(rt.onStack[nx]) - 1
		if bad := rt.staleLink(stack[at:]); bad >= 0 {
			stack = rt.pop(stack, at+bad+1)
			continue
		}
		*count++
		rot, empty := rt.eliminate(stack[at:])
		stack = rt.pop(stack, at)
		if empty >= 0 {
			return rot, empty
		}
	}
}

// pop removes stack[from:] and returns the rest.
func (rt *roommates) pop(stack []int, from int) []int {
	for _, p := range stack[from:] {
		rt.onStack[p] = 0
	}
	return stack[:from]
}

// staleLink returns the first i whose successor in the cycle is not
// last(second(cycle[i])) any more, -1 when every link holds.
func (rt *roommates) staleLink(cycle []int) int {
	for i, x := range cycle {
		s := rt.second(x)
		if s < 0 || rt.lastOf(rt.lists[x][s]) != cycle[(i+1)%len(cycle)] {
			return i
		}
	}
	return -1
}

// eliminate eliminates the rotation of the people xs: with y_i the
// first and y_{i+1} the second choice of x_i, each y_{i+1} cuts off
// everyone below x_i. Only people of the rotation can lose their first
// choice (anyone else's first choice keeps it as its last), so only they
// are checked for an empty list. When one is empty it returns the
// rotation (x_i, y_i) and that person, else nil and -1.
func (rt *roommates) eliminate(xs []int) ([]PeerPair, int) {
	r := len(xs)
	firsts, seconds := rt.firsts[:0], rt.seconds[:0] // positions of y_i, y_{i+1}
	for _, x := range xs {
		firsts, seconds = append(firsts, rt.first(x)), append(seconds, rt.second(x))
	}
	rt.firsts, rt.seconds = firsts, seconds
	for i, x := range xs {
		y := rt.lists[x][seconds[i]]
		rt.tail[y] = min(rt.tail[y], rt.back(x, seconds[i]))
	}
	for i, x := range xs {
		for _, p := range [2]int{x, rt.lists[x][firsts[i]]} {
			if rt.first(p) < 0 {
				rot := make([]PeerPair, r)
				for j, x := range xs {
					rot[j] = PeerPair{Person: x, Partner: rt.lists[x][firsts[j]]}
				}
				return rot, p
			}
		}
	}
	return nil, -1
}

// PeerBlockingPairs lists every blocking pair of the peer matching
// partner (each person's partner, -1 for none) under lists, as Roommates
// reads them: two people who list each other, not partners, each
// unmatched or preferring the other to its partner. Pairs come as
// (lower index, higher index), by the lower index, then the higher. The
// matching is stable exactly when the list is empty. O(n + L) time after
// the rank table (see Roommates).
//
// Errors: the problems of the lists as Roommates reports them
// (ErrPreferences), else *FieldError values wrapping ErrInvalidMatching,
// joined: a partner slice of the wrong length ("partner",
// partnerLength), a partner out of range (partnerOutOfRange), a partner
// who is not paired back (notPairedBack) or who is not acceptable to
// both (notMutual).
func PeerBlockingPairs(lists [][]int, partner []int) ([]PeerPair, error) {
	rt, err := newRoommates(lists, tableAuto)
	if err != nil {
		return nil, err
	}
	if err := rt.checkPartner(partner); err != nil {
		return nil, err
	}
	// cut[i] = 1-based rank of i's partner in i's list (len+1 when
	// unmatched): i prefers exactly the entries before it.
	cut := make([]int32, rt.n)
	for i, p := range partner {
		cut[i] = int32(len(lists[i])) + 1
		if p >= 0 {
			cut[i] = int32(slices.Index(lists[i], p)) + 1
		}
	}
	var out []PeerPair
	for i, l := range lists {
		for k, x := range l[:cut[i]-1] {
			if r := rt.back(i, int32(k)); x > i && r != 0 && r < cut[x] {
				out = append(out, PeerPair{Person: i, Partner: x})
			}
		}
	}
	slices.SortFunc(out, func(a, b PeerPair) int {
		if a.Person != b.Person {
			return a.Person - b.Person
		}
		return a.Partner - b.Partner
	})
	return out, nil
}

// checkPartner checks a peer matching against the lists.
func (rt *roommates) checkPartner(partner []int) error {
	var pr fault.Collector
	if len(partner) != rt.n {
		pr.Add(msgPartnerLength.At("partner", len(partner), len(partner), rt.n))
		return pr.Err()
	}
	for i, p := range partner {
		f := fault.Index("partner", i)
		switch {
		case p == -1:
		case p < -1 || p >= rt.n || p == i:
			pr.Add(msgPartnerRange.At(f, p, rt.n))
		case partner[p] != i:
			pr.Add(msgNotPairedBack.At(f, p, partner[p]))
		case !slices.Contains(rt.lists[i], p) || !slices.Contains(rt.lists[p], i):
			pr.Add(msgNotMutual.At(f, p))
		}
	}
	return pr.Err()
}
