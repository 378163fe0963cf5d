package stable

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/mentorkit/mentorkit/matching"
	"gonum.org/v1/gonum/mat"
)

// Sentinel errors of stable matching.
var (
	// ErrPreferences means preference lists are malformed: an index out of
	// range, a name listed twice, a capacity that is negative or of the
	// wrong length.
	ErrPreferences = errors.New("stable: malformed preferences")
	// ErrInvalidMatching means a matching breaks a capacity, pairs two
	// people who do not both list each other, or has the wrong shape.
	ErrInvalidMatching = errors.New("stable: invalid matching")
)

// Preferences are the ranked lists of a two-sided market of mentees and
// mentors (many-to-one, as hospitals and residents: a mentor takes up to
// its capacity). Lists may be incomplete: whoever is not listed is
// unacceptable, and a pair may only be matched when both list each other.
// Lists are strict (no ties); derive them from scores with
// PreferencesFromScores, which breaks ties by index.
type Preferences struct {
	// Mentees[e] lists the mentors mentee e accepts, best first (indices
	// into Mentors).
	Mentees [][]int `json:"mentees"`
	// Mentors[m] lists the mentees mentor m accepts, best first (indices
	// into Mentees).
	Mentors [][]int `json:"mentors"`
	// Capacity is the number of mentees each mentor may take (>= 0); nil
	// means 1 for every mentor (one-to-one).
	Capacity []int `json:"capacity,omitempty"`
}

// Validate reports every problem of p, joined: *InputError values
// wrapping ErrPreferences that name the list and position ("mentees[3][1]")
// of an index out of range or listed twice, and a capacity of the wrong
// length or below zero.
func (p Preferences) Validate() error {
	var pr problems
	nE, nM := len(p.Mentees), len(p.Mentors)
	check := func(side string, lists [][]int, n int) {
		seen := make([]int, n)
		for i, l := range lists {
			for k, x := range l {
				f := func() string { return side + "[" + strconv.Itoa(i) + "][" + strconv.Itoa(k) + "]" }
				switch {
				case x < 0 || x >= n:
					pr.add(f(), x, "is out of range [0, "+strconv.Itoa(n)+")", ErrPreferences)
				case seen[x] == i+1:
					pr.add(f(), x, "is listed twice", ErrPreferences)
				default:
					seen[x] = i + 1
				}
			}
		}
	}
	check("mentees", p.Mentees, nM)
	check("mentors", p.Mentors, nE)
	if p.Capacity != nil {
		if len(p.Capacity) != nM {
			pr.add("capacity", len(p.Capacity), "must have one entry per mentor ("+strconv.Itoa(nM)+")", ErrPreferences)
		} else {
			for m, c := range p.Capacity {
				if c < 0 {
					pr.add("capacity["+strconv.Itoa(m)+"]", c, "must not be negative", ErrPreferences)
				}
			}
		}
	}
	return pr.err()
}

// market is validated preferences with rank tables: rankE[e*nM+m] is m's
// position in e's list, -1 when unlisted (and likewise rankM).
type market struct {
	nE, nM       int
	p            Preferences
	rankE, rankM []int32
	capacity     []int
}

func newMarket(p Preferences) (*market, error) {
	if err := p.Validate(); err != nil {
		return nil, err
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
			k.rankE[e*k.nM+m] = int32(r)
		}
	}
	for m, l := range p.Mentors {
		for r, e := range l {
			k.rankM[m*k.nE+e] = int32(r)
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
// It runs in O(L + nE·nM) time and memory, L the total length of the
// lists (rank tables of nE×nM entries make each comparison O(1), and a
// mentor's held mentees sit in a heap by rank). p is never modified and
// the result does not alias it.
//
// Errors: the problems of Preferences.Validate, and *InputError
// (ErrConfig) for a proposer that is neither SideMentee nor SideMentor.
func Match(p Preferences, proposer Side) (Matching, error) {
	if proposer != SideMentee && proposer != SideMentor {
		return Matching{}, &InputError{Field: "proposer", Value: int(proposer), Problem: "must be SideMentee or SideMentor", Err: ErrConfig}
	}
	k, err := newMarket(p)
	if err != nil {
		return Matching{}, err
	}
	res := Matching{MenteeToMentor: make([]int, k.nE)}
	for e := range res.MenteeToMentor {
		res.MenteeToMentor[e] = -1
	}
	if proposer == SideMentee {
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
// joined, as *InputError values wrapping ErrInvalidMatching (the problems
// of p.Validate come first and alone).
func CheckMatching(p Preferences, menteeToMentor []int) error {
	k, err := newMarket(p)
	if err != nil {
		return err
	}
	return k.check(menteeToMentor)
}

func (k *market) check(mm []int) error {
	var pr problems
	if len(mm) != k.nE {
		pr.add("menteeToMentor", len(mm), "must have one entry per mentee ("+strconv.Itoa(k.nE)+")", ErrInvalidMatching)
		return pr.err()
	}
	load := make([]int, k.nM)
	for e, m := range mm {
		f := func() string { return "menteeToMentor[" + strconv.Itoa(e) + "]" }
		switch {
		case m < -1 || m >= k.nM:
			pr.add(f(), m, "is out of range [-1, "+strconv.Itoa(k.nM)+")", ErrInvalidMatching)
		case m >= 0 && k.rankE[e*k.nM+m] < 0:
			pr.add(f(), m, "mentee does not list this mentor", ErrInvalidMatching)
		case m >= 0 && k.rankM[m*k.nE+e] < 0:
			pr.add(f(), m, "mentor does not list this mentee", ErrInvalidMatching)
		case m >= 0:
			load[m]++
		}
	}
	for m, l := range load {
		if l > k.capacity[m] {
			pr.add("mentor["+strconv.Itoa(m)+"]", l, "has more mentees than its capacity "+strconv.Itoa(k.capacity[m]), ErrInvalidMatching)
		}
	}
	return pr.err()
}

// BlockingPairs lists every blocking pair of the matching menteeToMentor
// under p, by mentee then mentor: a mutually acceptable mentee e and
// mentor m, not matched together, where e is unmatched or prefers m to
// its mentor, and m has a free place or prefers e to the worst mentee it
// has. A matching is stable exactly when the list is empty (Gale and
// Shapley 1962; Roth 1984 for capacities). O(nE·nM) time.
//
// Errors: those of CheckMatching.
func BlockingPairs(p Preferences, menteeToMentor []int) ([]Pair, error) {
	k, err := newMarket(p)
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
			if cur >= 0 && k.rankE[e*k.nM+m] > k.rankE[e*k.nM+cur] {
				continue
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
// value beyond MaxMagnitude (ErrRange); *InputError (ErrPreferences) for a
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
