package stable

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
	"github.com/mentorkit/mentorkit/matching"
	"github.com/mentorkit/mentorkit/matching/internal/capmat"
	"gonum.org/v1/gonum/mat"
)

// Preferences are the ranked lists of a two-sided market of mentees and
// mentors (many-to-one, as hospitals and residents: a mentor takes up to
// its capacity). Lists may be incomplete: whoever is not listed is
// unacceptable, and a pair may only be matched when both list each other.
// Lists are strict unless MenteeRanks or MentorRanks declare ties (see
// [Preferences.BreakTies] for how [Match] breaks them); derive lists from
// scores with PreferencesFromScores, which breaks ties by index.
type Preferences struct {
	// Mentees[e] lists the mentors mentee e accepts, best first (indices
	// into Mentors).
	Mentees [][]int `json:"mentees"`
	// Mentors[m] lists the mentees mentor m accepts, best first (indices
	// into Mentees).
	Mentors [][]int `json:"mentors"`
	// Capacity is the number of mentees each mentor may take (>= 0); nil
	// (JSON null) means 1 for every mentor (one-to-one).
	Capacity []int `json:"capacity"`
	// MenteeRanks declares ties in the mentees' lists: MenteeRanks[e][k]
	// is the rank of Mentees[e][k], equal numbers a tie group (the
	// mentee is indifferent between them), numbers non-decreasing along
	// the list (any integers; only their order counts). Nil, or a nil
	// MenteeRanks[e], means a strict list (rank = position). Left out of
	// JSON when nil.
	MenteeRanks [][]int `json:"menteeRanks,omitzero"`
	// MentorRanks declares ties in the mentors' lists, as MenteeRanks.
	MentorRanks [][]int `json:"mentorRanks,omitzero"`
}

// MarshalJSON writes p with the module's JSON rule (internal/jsonx).
func (p Preferences) MarshalJSON() ([]byte, error) { return jsonx.Marshal(p) }

// UnmarshalJSON reads what MarshalJSON writes.
func (p *Preferences) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, p) }

// Validate reports every problem of p, joined, as *FieldError values
// wrapping ErrPreferences: an index out of range or listed twice, named by
// list and position ("mentees[3][1]", code indexOutOfRange or duplicate),
// a capacity of the wrong length or below zero (capacityLength,
// negative), and ranks of another length than their lists
// ("menteeRanks[2]", lengthMismatch) or decreasing along a list
// ("mentorRanks[0][3]", ranksDecrease).
func (p Preferences) Validate() error {
	var pr fault.Collector
	nE, nM := len(p.Mentees), len(p.Mentors)
	checkLists(&pr, "mentees", "mentor", p.Mentees, nM)
	checkLists(&pr, "mentors", "mentee", p.Mentors, nE)
	checkRanks(&pr, "menteeRanks", "mentees", p.MenteeRanks, p.Mentees)
	checkRanks(&pr, "mentorRanks", "mentors", p.MentorRanks, p.Mentors)
	capmat.CheckCapacity(&pr, p.Capacity, nM, ErrPreferences)
	return pr.Err()
}

// checkLists adds the problems of the lists of one side (field) whose
// entries index n people of the other side (kind).
func checkLists(pr *fault.Collector, field, kind string, lists [][]int, n int) {
	first := make([]int, n)  // 1 + the position of x in the current list
	seenIn := make([]int, n) // 1 + the list where x was seen last
	for i, l := range lists {
		for k, x := range l {
			f := fault.Index(fault.Index(field, i), k)
			switch {
			case x < 0 || x >= n:
				pr.Add(msgIndexRange.At(f, x, kind, n))
			case seenIn[x] == i+1:
				pr.Add(msgListedTwice.At(f, x, fault.Index(fault.Index(field, i), first[x]-1)))
			default:
				seenIn[x], first[x] = i+1, k+1
			}
		}
	}
}

// market is validated preferences with rank tables: rankE[e*nM+m] is m's
// position in e's list, -1 when unlisted (and likewise rankM).
type market struct {
	nE, nM       int
	p            Preferences
	rankE, rankM []int32
	capacity     []int
}

// newMarket validates p and builds its rank tables. With broken, ties
// are broken first (BreakTies) and a rank is the position in the
// tie-broken list, as Match needs; without, a rank is the position of the
// first entry of the entry's tie group, so tied entries compare equal, as
// weak stability needs.
func newMarket(p Preferences, broken bool) (*market, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if broken {
		p = p.breakTies()
	}
	k := &market{nE: len(p.Mentees), nM: len(p.Mentors), p: p}
	k.rankE = make([]int32, k.nE*k.nM)
	k.rankM = make([]int32, k.nM*k.nE)
	for i := range k.rankE {
		k.rankE[i] = -1
	}
	for i := range k.rankM {
		k.rankM[i] = -1
	}
	for e, l := range p.Mentees {
		for r, m := range l {
			k.rankE[e*k.nM+m] = int32(groupStart(p.MenteeRanks, e, r))
		}
	}
	for m, l := range p.Mentors {
		for r, e := range l {
			k.rankM[m*k.nE+e] = int32(groupStart(p.MentorRanks, m, r))
		}
	}
	k.capacity = make([]int, k.nM)
	for m := range k.capacity {
		k.capacity[m] = 1
		if p.Capacity != nil {
			k.capacity[m] = p.Capacity[m]
		}
	}
	return k, nil
}

// acceptable says whether e and m list each other.
func (k *market) acceptable(e, m int) bool {
	return k.rankE[e*k.nM+m] >= 0 && k.rankM[m*k.nE+e] >= 0
}

// Matching is the result of Match.
type Matching struct {
	// MenteeToMentor is the mentor of each mentee, -1 when unmatched.
	MenteeToMentor []int `json:"menteeToMentor"`
	// MentorMentees lists each mentor's mentees in ascending index order.
	MentorMentees [][]int `json:"mentorMentees"`
	// Proposals counts the proposals made (at most the total length of the
	// proposing side's lists).
	Proposals int `json:"proposals"`
}

// MarshalJSON writes m with the module's JSON rule (internal/jsonx).
func (m Matching) MarshalJSON() ([]byte, error) { return jsonx.Marshal(m) }

// UnmarshalJSON reads what MarshalJSON writes.
func (m *Matching) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, m) }

// Match finds the stable matching that is optimal for the proposing side
// by the deferred acceptance algorithm of Gale and Shapley (American
// Mathematical Monthly 69, 1962), in its many-to-one form (Roth 1984,
// hospitals and residents): with proposer SideMentee every mentee is
// matched to the best mentor it has in any stable matching; with
// SideMentor every mentor gets the best set of mentees it has in any
// stable matching (and every mentee the worst mentor). Only mutually
// acceptable pairs are formed; capacities of 0 and empty lists are
// allowed (that person stays unmatched). Since preferences are strict,
// the proposer-optimal stable matching is unique and the result does not
// depend on the order in which proposals are processed (free proposers go
// in index order).
//
// Ties (MenteeRanks, MentorRanks) are broken first, as
// [Preferences.BreakTies] does: within a tie group the lower index
// (the lower ID, for lists built from pairing's tables, which order
// people by ID) comes first, whatever order the list gives them. Match
// then returns the proposer-optimal stable matching of that tie-broken
// instance, which is weakly stable for the original one: no mutually
// acceptable pair of whom both strictly prefer each other to what they
// have (BlockingPairs finds none). It is not promised to be super- or
// strongly stable (a pair where one side is indifferent may still want
// to swap), and among the weakly stable matchings it is not the largest
// or fairest: with ties those can differ in size, and finding the largest
// is NP-hard (Manlove et al., Theoretical Computer Science 276, 2002).
//
// It runs in O(L + nE·nM) time and memory (plus sorting each tie group),
// L the total length of the lists (rank tables of nE×nM entries make each comparison O(1), and a
// mentor's held mentees sit in a heap by rank). p is never modified and
// the result does not alias it.
//
// An unset proposer (the zero Side) reads as SideMentee.
//
// Errors: the problems of [Preferences.Validate], and a *FieldError
// (ErrConfig, code undeclaredSide) for a proposer that is no Side.
func Match(p Preferences, proposer Side) (Matching, error) {
	if !sideTable.Declared(proposer) {
		return Matching{}, msgProposer.At("proposer", uint8(proposer))
	}
	k, err := newMarket(p, true)
	if err != nil {
		return Matching{}, err
	}
	res := Matching{MenteeToMentor: make([]int, k.nE)}
	for e := range res.MenteeToMentor {
		res.MenteeToMentor[e] = -1
	}
	if proposer != SideMentor {
		k.menteesPropose(&res)
	} else {
		k.mentorsPropose(&res)
	}
	res.MentorMentees = make([][]int, k.nM)
	for e, m := range res.MenteeToMentor {
		if m >= 0 {
			res.MentorMentees[m] = append(res.MentorMentees[m], e)
		}
	}
	return res, nil
}

// menteesPropose runs mentee-proposing deferred acceptance. Each mentor
// holds its tentative mentees in a max-heap by the mentor's rank (the
// worst on top).
func (k *market) menteesPropose(res *Matching) {
	next := make([]int, k.nE) // position of the next proposal in each list
	held := make([][]int, k.nM)
	free := make([]int, 0, k.nE)
	for e := k.nE - 1; e >= 0; e-- {
		free = append(free, e) // a stack, popped in index order
	}
	for len(free) > 0 {
		e := free[len(free)-1]
		free = free[:len(free)-1]
		for next[e] < len(k.p.Mentees[e]) {
			m := k.p.Mentees[e][next[e]]
			next[e]++
			res.Proposals++
			if k.rankM[m*k.nE+e] < 0 || k.capacity[m] == 0 {
				continue // m does not accept e
			}
			if len(held[m]) < k.capacity[m] {
				held[m] = k.heapPush(held[m], m, e)
				res.MenteeToMentor[e] = m
				break
			}
			w := held[m][0]
			if k.rankM[m*k.nE+e] < k.rankM[m*k.nE+w] {
				held[m][0] = e
				k.heapDown(held[m], m, 0)
				res.MenteeToMentor[e] = m
				res.MenteeToMentor[w] = -1
				free = append(free, w)
				break
			}
		}
	}
}

// mentorsPropose runs mentor-proposing deferred acceptance: a mentor with
// a free place proposes to the next mentee on its list, who keeps the
// better of the proposer and its current mentor.
func (k *market) mentorsPropose(res *Matching) {
	next := make([]int, k.nM)
	load := make([]int, k.nM)
	queue := make([]int, 0, k.nM)
	for m := range k.nM {
		queue = append(queue, m)
	}
	for len(queue) > 0 {
		m := queue[0]
		queue = queue[1:]
		for load[m] < k.capacity[m] && next[m] < len(k.p.Mentors[m]) {
			e := k.p.Mentors[m][next[m]]
			next[m]++
			res.Proposals++
			r := k.rankE[e*k.nM+m]
			if r < 0 {
				continue
			}
			cur := res.MenteeToMentor[e]
			if cur >= 0 && k.rankE[e*k.nM+cur] <= r {
				continue
			}
			if cur >= 0 {
				load[cur]--
				queue = append(queue, cur)
			}
			res.MenteeToMentor[e] = m
			load[m]++
		}
	}
}

// worse reports whether mentor m ranks mentee a below mentee b: the order
// of the max-heap of a mentor's held mentees (the worst on top).
func (k *market) worse(m, a, b int) bool { return k.rankM[m*k.nE+a] > k.rankM[m*k.nE+b] }

func (k *market) heapPush(h []int, m, x int) []int {
	h = append(h, x)
	for i := len(h) - 1; i > 0; {
		p := (i - 1) / 2
		if !k.worse(m, h[i], h[p]) {
			break
		}
		h[i], h[p] = h[p], h[i]
		i = p
	}
	return h
}

func (k *market) heapDown(h []int, m, i int) {
	for {
		l := 2*i + 1
		if l >= len(h) {
			return
		}
		c := l
		if r := l + 1; r < len(h) && k.worse(m, h[r], h[l]) {
			c = r
		}
		if !k.worse(m, h[c], h[i]) {
			return
		}
		h[i], h[c] = h[c], h[i]
		i = c
	}
}

// Pair names a mentee–mentor pair by index.
type Pair struct {
	Mentee int `json:"mentee"`
	Mentor int `json:"mentor"`
}

// CheckMatching checks that menteeToMentor (the mentor of each mentee, -1
// for none) is a valid matching of p: one entry per mentee, every mentor
// index in range, every pair mutually acceptable (both list each other)
// and no mentor above its capacity. It returns every problem found,
// joined, as *FieldError values wrapping ErrInvalidMatching (the problems
// of p.Validate come first and alone): codes matchingLength,
// mentorOutOfRange, mentorNotListed, menteeNotListed and overCapacity.
func CheckMatching(p Preferences, menteeToMentor []int) error {
	k, err := newMarket(p, false)
	if err != nil {
		return err
	}
	return k.check(menteeToMentor)
}

func (k *market) check(mm []int) error {
	return capmat.CheckAssignment(mm, k.nE, k.capacity, ErrInvalidMatching, func(e, m int) (fault.Message, bool) {
		switch {
		case k.rankE[e*k.nM+m] < 0:
			return msgMenteeUnlisted, true
		case k.rankM[m*k.nE+e] < 0:
			return msgMentorUnlisted, true
		}
		return fault.Message{}, false
	})
}

// BlockingPairs lists every blocking pair of the matching menteeToMentor
// under p, by mentee then mentor: a mutually acceptable mentee e and
// mentor m, not matched together, where e is unmatched or strictly
// prefers m to its mentor, and m has a free place or strictly prefers e
// to the worst mentee it has. A matching is stable exactly when the list
// is empty (Gale and Shapley 1962; Roth 1984 for capacities); with ties
// (MenteeRanks, MentorRanks) this is weak stability (Irving, Discrete
// Applied Mathematics 48, 1994): a pair where either side is indifferent
// never blocks. A pair with someone who does not list the other never
// blocks either. O(nE·nM) time.
//
// Errors: those of CheckMatching.
func BlockingPairs(p Preferences, menteeToMentor []int) ([]Pair, error) {
	k, err := newMarket(p, false)
	if err != nil {
		return nil, err
	}
	if err := k.check(menteeToMentor); err != nil {
		return nil, err
	}
	return k.blocking(menteeToMentor), nil
}

func (k *market) blocking(mm []int) []Pair {
	load := make([]int, k.nM)
	worst := make([]int32, k.nM) // the mentor's rank of its worst mentee
	for e, m := range mm {
		if m >= 0 {
			load[m]++
			worst[m] = max(worst[m], k.rankM[m*k.nE+e])
		}
	}
	var out []Pair
	for e := range k.nE {
		cur := mm[e]
		for m := range k.nM {
			if m == cur || !k.acceptable(e, m) {
				continue
			}
			if cur >= 0 && k.rankE[e*k.nM+m] >= k.rankE[e*k.nM+cur] {
				continue // e does not strictly prefer m
			}
			if load[m] < k.capacity[m] || k.rankM[m*k.nE+e] < worst[m] {
				out = append(out, Pair{Mentee: e, Mentor: m})
			}
		}
	}
	return out
}

// PreferencesFromScores derives preference lists from score matrices of
// mentees (rows) × mentors (columns): each mentee ranks the mentors by
// menteeView[e][m], each mentor the mentees by mentorView[e][m] (nil means
// menteeView: both sides rank by the same mutual score), highest first,
// ties to the lower index. -Inf in either matrix makes the pair
// unacceptable to both (a forbidden pair). capacity is copied into the
// result (nil means one-to-one).
//
// Errors: ErrShape for a nil menteeView, impossible dimensions or a
// mentorView of other dimensions; *EntryError for NaN (ErrNaN), +Inf (ErrForbiddenSign) or a
// value beyond MaxMagnitude (ErrRange); *FieldError (ErrPreferences) for a
// capacity of the wrong length or below zero.
func PreferencesFromScores(menteeView, mentorView mat.Matrix, capacity []int) (Preferences, error) {
	if mentorView != nil && menteeView != nil {
		r, c := menteeView.Dims()
		if r2, c2 := mentorView.Dims(); r2 != r || c2 != c {
			return Preferences{}, fmt.Errorf("%w: mentor view is %d×%d, mentee view %d×%d", matching.ErrShape, r2, c2, r, c)
		}
	}
	r, c, err := matching.CheckMatrix(menteeView, matching.Maximize)
	if mentorView == nil {
		mentorView = menteeView
	} else if menteeView != nil {
		_, _, err2 := matching.CheckMatrix(mentorView, matching.Maximize)
		err = errors.Join(err, err2)
	}
	if err != nil {
		return Preferences{}, err
	}
	p := Preferences{Mentees: make([][]int, r), Mentors: make([][]int, c), Capacity: slices.Clone(capacity)}
	ok := func(e, m int) bool {
		return !math.IsInf(menteeView.At(e, m), -1) && !math.IsInf(mentorView.At(e, m), -1)
	}
	for e := range r {
		l := make([]int, 0, c)
		for m := range c {
			if ok(e, m) {
				l = append(l, m)
			}
		}
		slices.SortStableFunc(l, func(a, b int) int { return -cmp.Compare(menteeView.At(e, a), menteeView.At(e, b)) })
		p.Mentees[e] = l
	}
	for m := range c {
		l := make([]int, 0, r)
		for e := range r {
			if ok(e, m) {
				l = append(l, e)
			}
		}
		slices.SortStableFunc(l, func(a, b int) int { return -cmp.Compare(mentorView.At(a, m), mentorView.At(b, m)) })
		p.Mentors[m] = l
	}
	if err := p.Validate(); err != nil {
		return Preferences{}, err
	}
	return p, nil
}
