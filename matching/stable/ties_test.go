package stable

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/stretchr/testify/require"
)

// randTies adds random tie ranks (non-decreasing, values 0 to 2) to
// about half of the lists of p.
func randTies(rng *rand.Rand, p Preferences) Preferences {
	ranks := func(lists [][]int) [][]int {
		out := make([][]int, len(lists))
		for i, l := range lists {
			if rng.IntN(4) == 0 {
				continue // strict list
			}
			r := make([]int, len(l))
			for k := range r {
				r[k] = rng.IntN(3)
			}
			slices.Sort(r)
			out[i] = r
		}
		return out
	}
	p.MenteeRanks, p.MentorRanks = ranks(p.Mentees), ranks(p.Mentors)
	return p
}

// tieRank is the rank person i gives x under lists and ranks, written
// out independently of ties.go: the rank number of x's entry (its
// position for a strict list), or -1 when x is unlisted.
func tieRank(lists, ranks [][]int, i, x int) int {
	k := slices.Index(lists[i], x)
	if k < 0 || ranks == nil || ranks[i] == nil {
		return k
	}
	return ranks[i][k]
}

// weaklyStable says by the definition whether mm has no pair that
// strictly prefers each other (Irving 1994).
func weaklyStable(p Preferences, mm []int) bool {
	capOf := func(m int) int {
		if p.Capacity == nil {
			return 1
		}
		return p.Capacity[m]
	}
	for e := range p.Mentees {
		for m := range p.Mentors {
			re, rm := tieRank(p.Mentees, p.MenteeRanks, e, m), tieRank(p.Mentors, p.MentorRanks, m, e)
			if mm[e] == m || re < 0 || rm < 0 {
				continue
			}
			if mm[e] >= 0 && re >= tieRank(p.Mentees, p.MenteeRanks, e, mm[e]) {
				continue
			}
			n, worst := 0, -1
			for e2, m2 := range mm {
				if m2 == m {
					n++
					worst = max(worst, tieRank(p.Mentors, p.MentorRanks, m, e2))
				}
			}
			if n < capOf(m) || rm < worst {
				return false
			}
		}
	}
	return true
}

// sortByRank is the tie-broken instance by the definition: each list
// sorted by (rank, index).
func sortByRank(p Preferences) Preferences {
	side := func(lists, ranks [][]int) [][]int {
		out := make([][]int, len(lists))
		for i, l := range lists {
			out[i] = slices.Clone(l)
			slices.SortFunc(out[i], func(a, b int) int {
				ra, rb := tieRank(lists, ranks, i, a), tieRank(lists, ranks, i, b)
				if ra != rb {
					return ra - rb
				}
				return a - b
			})
		}
		return out
	}
	return Preferences{Mentees: side(p.Mentees, p.MenteeRanks), Mentors: side(p.Mentors, p.MentorRanks), Capacity: p.Capacity}
}

// TestTiesAgainstBruteForce checks on seeded random instances with ties,
// incomplete lists and capacities 0 to 2, over every valid matching, that
// BlockingPairs is empty exactly when the matching is weakly stable by
// the definition; and that Match's results are weakly stable and are the
// proposer-optimal (mentee side) and proposer-pessimal (mentor side)
// stable matchings of the instance with each list sorted by (rank,
// index), found by enumeration.
func TestTiesAgainstBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 1))
	for it := range 3000 {
		nE, nM := 1+rng.IntN(5), 1+rng.IntN(4)
		p := randTies(rng, randPreferences(rng, nE, nM, rng.IntN(2) == 0))
		all, _ := bruteMatchings(p) // acceptability and capacity only
		for _, mm := range all {
			require.NoError(t, CheckMatching(p, mm))
			bp, err := BlockingPairs(p, mm)
			require.NoError(t, err)
			require.Equal(t, weaklyStable(p, mm), len(bp) == 0, "instance %d %+v matching %v: blocking %v", it, p, mm, bp)
		}
		strict := sortByRank(p)
		_, stable := bruteMatchings(strict)
		rank := func(e, m int) int {
			if m < 0 {
				return math.MaxInt
			}
			return slices.Index(strict.Mentees[e], m)
		}
		best, worst := slices.Clone(stable[0]), slices.Clone(stable[0])
		for e := range nE {
			for _, s := range stable {
				if rank(e, s[e]) < rank(e, best[e]) {
					best[e] = s[e]
				}
				if rank(e, s[e]) > rank(e, worst[e]) {
					worst[e] = s[e]
				}
			}
		}
		for side, want := range map[Side][]int{SideMentee: best, SideMentor: worst} {
			got, err := Match(p, side)
			require.NoError(t, err)
			require.True(t, weaklyStable(p, got.MenteeToMentor), "instance %d: %v not weakly stable", it, got.MenteeToMentor)
			if d := cmp.Diff(want, got.MenteeToMentor); d != "" {
				t.Fatalf("instance %d %+v, %v proposing (-want +got):\n%s", it, p, side, d)
			}
		}
		bt, err := p.BreakTies()
		require.NoError(t, err)
		if d := cmp.Diff(strict, bt); d != "" {
			t.Fatalf("instance %d: BreakTies (-want +got):\n%s", it, d)
		}
	}
}

// TestTiesHand: instances worked by hand.
func TestTiesHand(t *testing.T) {
	// One mentor with one place is indifferent between two mentees who
	// both want her. The tie goes to the lower index, mentee 0, whatever
	// order her list gives them. Mentee 1 holding the place is weakly
	// stable too: mentee 0 would prefer the mentor, but she does not
	// strictly prefer him, so (0, 0) does not block. Strictly, by
	// index, it would.
	for _, list := range [][]int{{0, 1}, {1, 0}} {
		p := Preferences{
			Mentees:     [][]int{{0}, {0}},
			Mentors:     [][]int{list},
			MentorRanks: [][]int{{7, 7}},
		}
		for _, side := range []Side{SideMentee, SideMentor} {
			m, err := Match(p, side)
			require.NoError(t, err)
			require.Equal(t, []int{0, -1}, m.MenteeToMentor, "list %v side %v", list, side)
		}
		bp, err := BlockingPairs(p, []int{-1, 0})
		require.NoError(t, err)
		require.Empty(t, bp)
		bp, err = BlockingPairs(Preferences{Mentees: p.Mentees, Mentors: [][]int{{0, 1}}}, []int{-1, 0})
		require.NoError(t, err)
		require.Equal(t, []Pair{{Mentee: 0, Mentor: 0}}, bp)
	}

	// Mentee 0 ranks mentors (2, 0) tied first, then 1; mentee 1 ranks
	// mentor 0 alone and mentee 2 ranks mentors 0 and 2, tied. Broken by
	// index: mentee 0: 0 2 1; mentee 1: 0; mentee 2: 0 2. Mentor 0 ranks
	// mentees 1 then (2, 0) tied: broken 1 0 2; mentors 1 and 2 accept
	// everyone in index order.
	p := Preferences{
		Mentees:     [][]int{{2, 0, 1}, {0}, {2, 0}},
		MenteeRanks: [][]int{{1, 1, 2}, nil, {4, 4}},
		Mentors:     [][]int{{1, 2, 0}, {0, 1, 2}, {0, 1, 2}},
		MentorRanks: [][]int{{0, 3, 3}, nil, nil},
	}
	bt, err := p.BreakTies()
	require.NoError(t, err)
	want := Preferences{
		Mentees: [][]int{{0, 2, 1}, {0}, {0, 2}},
		Mentors: [][]int{{1, 0, 2}, {0, 1, 2}, {0, 1, 2}},
	}
	if d := cmp.Diff(want, bt); d != "" {
		t.Fatalf("BreakTies (-want +got):\n%s", d)
	}
	// Mentees propose on the broken lists: 0 → mentor 0 (held), 1 →
	// mentor 0, who prefers 1 (rank 0) to 0 (rank 3): 0 is freed; 2 →
	// mentor 0, who keeps 1; 2 → mentor 2 (held); 0 → mentor 2, who
	// prefers 0 (first on her list) to 2: 2 is freed and has nobody left;
	// so 0-2, 1-0, 2 alone.
	m, err := Match(p, SideMentee)
	require.NoError(t, err)
	require.Equal(t, []int{2, 0, -1}, m.MenteeToMentor)
	// 0-1 (mentee 0's last choice), 1-0, 2-2: mentee 0 strictly prefers
	// mentor 2 (rank 1 against 2), and mentor 2 strictly prefers mentee
	// 0 (first) to mentee 2 (last): (0, 2) blocks. (0, 0) does not:
	// mentor 0 ranks mentee 1 first. Mentee 2 is indifferent between
	// mentors 0 and 2, so (2, 0) does not block either.
	bp, err := BlockingPairs(p, []int{1, 0, 2})
	require.NoError(t, err)
	require.Equal(t, []Pair{{Mentee: 0, Mentor: 2}}, bp)
	// 0-0 is weakly stable: mentee 0 is indifferent between mentors 0
	// and 2, mentor 0 has mentee 0 (rank 3) and ranks mentee 2 the same.
	// Mentee 1 prefers mentor 0 only, who prefers him strictly (rank 0
	// against 3): (1, 0) blocks.
	bp, err = BlockingPairs(p, []int{0, -1, 2})
	require.NoError(t, err)
	require.Equal(t, []Pair{{Mentee: 1, Mentor: 0}}, bp)
}

func TestTiesErrors(t *testing.T) {
	base := func() Preferences {
		return Preferences{Mentees: [][]int{{0, 1}}, Mentors: [][]int{{0}, {0}}}
	}
	tests := []struct {
		name  string
		edit  func(p *Preferences)
		field string
		code  string
	}{
		{"outer length", func(p *Preferences) { p.MenteeRanks = [][]int{nil, nil} }, "menteeRanks", "lengthMismatch"},
		{"row length", func(p *Preferences) { p.MenteeRanks = [][]int{{1}} }, "menteeRanks[0]", "lengthMismatch"},
		{"decrease", func(p *Preferences) { p.MenteeRanks = [][]int{{2, 1}} }, "menteeRanks[0][1]", "ranksDecrease"},
		{"mentor row length", func(p *Preferences) { p.MentorRanks = [][]int{nil, {1, 1}} }, "mentorRanks[1]", "lengthMismatch"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := base()
			tt.edit(&p)
			for _, err := range []error{p.Validate(), func() error { _, err := Match(p, SideMentee); return err }(),
				func() error { _, err := p.BreakTies(); return err }(), CheckMatching(p, []int{-1})} {
				require.ErrorIs(t, err, ErrPreferences)
				list, ok := fault.List(err)
				require.True(t, ok)
				require.Len(t, list, 1)
				require.Equal(t, tt.field, list[0].Field)
				require.Equal(t, tt.code, list[0].Code)
				require.NotEmpty(t, list[0].Message(true))
			}
		})
	}
}
