package stable

import (
	"errors"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/stretchr/testify/require"
)

// peerRank is i's rank of x by the definition: its position in lists[i],
// -1 when unlisted.
func peerRank(lists [][]int, i, x int) int { return slices.Index(lists[i], x) }

// peerStable says by the definition whether partner (-1 unmatched) has
// no blocking pair: two people who list each other, not partners, each
// unmatched or preferring the other to the partner.
func peerStable(lists [][]int, partner []int) bool {
	prefers := func(i, x int) bool {
		r := peerRank(lists, i, x)
		return r >= 0 && (partner[i] < 0 || r < peerRank(lists, i, partner[i]))
	}
	for i := range lists {
		for x := i + 1; x < len(lists); x++ {
			if partner[i] != x && prefers(i, x) && prefers(x, i) {
				return false
			}
		}
	}
	return true
}

// bruteRoommates enumerates every matching of mutually acceptable pairs
// (people may stay unmatched) and returns the stable ones.
func bruteRoommates(lists [][]int) [][]int {
	var stable [][]int
	for _, m := range allPeerMatchings(lists) {
		if peerStable(lists, m) {
			stable = append(stable, m)
		}
	}
	return stable
}

// allPeerMatchings enumerates every matching of mutually acceptable
// pairs, people free to stay unmatched.
func allPeerMatchings(lists [][]int) [][]int {
	n := len(lists)
	partner := make([]int, n)
	for i := range partner {
		partner[i] = -1
	}
	var all [][]int
	var rec func(i int)
	rec = func(i int) {
		for i < n && partner[i] >= 0 {
			i++
		}
		if i == n {
			all = append(all, slices.Clone(partner))
			return
		}
		rec(i + 1) // i stays unmatched
		for x := i + 1; x < n; x++ {
			if partner[x] < 0 && peerRank(lists, i, x) >= 0 && peerRank(lists, x, i) >= 0 {
				partner[i], partner[x] = x, i
				rec(i + 1)
				partner[i], partner[x] = -1, -1
			}
		}
		partner[i] = -1
	}
	rec(0)
	return all
}

// randPeers returns random strict lists for n people: complete with
// probability 1/2, else each person accepting each other with
// probability 0.3 to 1.
func randPeers(rng *rand.Rand, n int) [][]int {
	complete := rng.IntN(2) == 0
	p := 0.3 + 0.7*rng.Float64()
	lists := make([][]int, n)
	for i := range lists {
		lists[i] = []int{}
		for _, x := range rng.Perm(n) {
			if x != i && (complete || rng.Float64() < p) {
				lists[i] = append(lists[i], x)
			}
		}
	}
	return lists
}

// TestRoommatesAgainstBruteForce: on seeded random instances of up to
// eight people, complete and incomplete lists, Roommates finds a stable
// matching exactly when enumeration finds one, the one it finds is among
// them, and both rank tables give the same answer. It also checks the
// theorem the doc relies on: all stable matchings match the same people.
func TestRoommatesAgainstBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 2))
	none := 0
	for it := range 10000 {
		lists := randPeers(rng, rng.IntN(9))
		orig := cloneLists(lists)
		want := bruteRoommates(lists)
		got, err := Roommates(lists)
		require.Equal(t, orig, lists, "input modified")
		for _, s := range want[min(1, len(want)):] {
			for i := range s {
				require.Equal(t, want[0][i] >= 0, s[i] >= 0, "instance %d: stable matchings match different people", it)
			}
		}
		if len(want) == 0 {
			none++
			require.ErrorIs(t, err, ErrNoStableMatching, "instance %d %v", it, lists)
			require.Nil(t, got.Partner)
			require.NotEmpty(t, got.Rotation)
			var fe *FieldError
			require.True(t, errors.As(err, &fe))
			require.Equal(t, "noStableMatching", fe.Code)
		} else {
			require.NoError(t, err, "instance %d %v", it, lists)
			require.True(t, slices.ContainsFunc(want, func(s []int) bool { return slices.Equal(s, got.Partner) }),
				"instance %d %v: %v is not stable (stable: %v)", it, lists, got.Partner, want)
			require.Nil(t, got.Rotation)
		}
		for _, table := range []int{tableDense, tableSparse} {
			other, err2 := roommatesWith(lists, table)
			require.Equal(t, err == nil, err2 == nil)
			if d := cmp.Diff(got, other); d != "" {
				t.Fatalf("instance %d table %d (-auto +forced):\n%s", it, table, d)
			}
		}
	}
	require.Greater(t, none, 200, "the sample holds instances without a stable matching")
}

// TestRoommatesTextbook: instances from the literature, solved by hand.
func TestRoommatesTextbook(t *testing.T) {
	// Gale and Shapley (1962, §4): A ranks B C D, B ranks C A D, C
	// ranks A B D, D anyone (A B C). Whoever gets D is someone's first
	// choice, and that someone prefers D's partner to its own: no stable
	// matching. Phase 1 (A, B, C, D = 0 … 3): A → B, B → C, C → A, each
	// held, each cutting D off; D is refused by everyone. Phase 2 finds
	// the rotation (A, B), (B, C), (C, A) (each with its first and
	// second choice). Eliminating it, C cuts after A, A after B and B
	// after C: A keeps only B, who has cut A off, so A has nobody.
	gs := [][]int{{1, 2, 3}, {2, 0, 3}, {0, 1, 3}, {0, 1, 2}}
	got, err := Roommates(gs)
	require.ErrorIs(t, err, ErrNoStableMatching)
	var fe *FieldError
	require.True(t, errors.As(err, &fe))
	require.Equal(t, "lists[0]", fe.Field)
	require.Equal(t, []PeerPair{{0, 1}, {1, 2}, {2, 0}}, got.Rotation)
	require.Equal(t, "stable: lists[0] = 0: is left with nobody once the rotation (0, 1), (1, 2), (2, 0) is eliminated, so no stable matching exists", err.Error())
	require.Contains(t, fe.Message(true), "geen stabiele koppeling")

	// Manlove's instance I1 (persons 1 … 4 here 0 … 3): 1: 3 2 4,
	// 2: 4 3 1, 3: 2 1 4, 4: 1 3 2. Of the three perfect matchings,
	// {12, 34} is blocked by {1, 3}; {13, 24} and {14, 23} are stable.
	// Phase 1: 1 → 3 (3 cuts 4), 2 → 4, 3 → 2 (2 cuts 1), 4 → 1, leaving
	// 1: 3 4, 2: 4 3, 3: 2 1, 4: 1 2. Phase 2 from 1: second(1) = 4,
	// last(4) = 2; second(2) = 3, last(3) = 1: rotation (1, 3), (2, 4).
	// Eliminating it, 4 cuts after 1 and 3 after 2: {14, 23}.
	got, err = Roommates([][]int{{2, 1, 3}, {3, 2, 0}, {1, 0, 3}, {0, 2, 1}})
	require.NoError(t, err)
	require.Equal(t, []int{3, 2, 1, 0}, got.Partner)
	require.Equal(t, 4, got.Proposals)
	require.Equal(t, 1, got.Rotations)

	// The six-person example worked in the Wikipedia article "Stable
	// roommates problem" (and matchingR's README): 1: 3 4 2 6 5,
	// 2: 6 5 4 1 3, 3: 2 4 5 1 6, 4: 5 2 3 6 1, 5: 3 1 2 4 6,
	// 6: 5 1 3 4 2. Phase 1 leaves 1: 4 2 6, 2: 6 5 4 3, 3: 2 4 5,
	// 4: 5 2 3 1, 5: 4 3 2, 6: 1 2; the rotations (1 4)(3 2), then
	// (1 2)(2 6)(4 5), then (2 5)(3 4) leave {1 6}, {2 4}, {3 5}. It is
	// one of two stable matchings; enumeration finds it and the other,
	// {1 6}, {2 5}, {3 4}.
	wiki := [][]int{{2, 3, 1, 5, 4}, {5, 4, 3, 0, 2}, {1, 3, 4, 0, 5}, {4, 1, 2, 5, 0}, {2, 0, 1, 3, 5}, {4, 0, 2, 3, 1}}
	got, err = Roommates(wiki)
	require.NoError(t, err)
	require.Equal(t, []int{5, 3, 4, 1, 2, 0}, got.Partner)
	require.Equal(t, [][]int{{5, 3, 4, 1, 2, 0}, {5, 4, 3, 2, 1, 0}}, bruteRoommates(wiki))

	// Three people, each preferring the next: the odd cycle has no
	// stable matching, whoever stays alone is someone's first choice.
	_, err = Roommates([][]int{{1, 2}, {2, 0}, {0, 1}})
	require.ErrorIs(t, err, ErrNoStableMatching)

	// Incomplete lists: 0 and 1 list each other; 2 lists 0, who does not
	// list 2; 3 lists nobody. Only {0, 1} is acceptable, and stable.
	got, err = Roommates([][]int{{1}, {0, 2}, {0}, {}})
	require.NoError(t, err)
	require.Equal(t, []int{1, 0, -1, -1}, got.Partner)

	// Nobody: an empty matching.
	got, err = Roommates(nil)
	require.NoError(t, err)
	require.Equal(t, PeerMatching{Partner: []int{}}, got)
}

func TestRoommatesErrors(t *testing.T) {
	tests := []struct {
		name  string
		lists [][]int
		field string
		code  string
	}{
		{"out of range", [][]int{{1}, {2}}, "lists[1][0]", "indexOutOfRange"},
		{"negative", [][]int{{-1}, {}}, "lists[0][0]", "indexOutOfRange"},
		{"self", [][]int{{1}, {0, 1}}, "lists[1][1]", "selfListed"},
		{"duplicate", [][]int{{1, 2, 1}, {0}, {}}, "lists[0][2]", "duplicate"},
	}
	for _, tt := range tests {
		for _, table := range []int{tableDense, tableSparse} {
			_, err := roommatesWith(tt.lists, table)
			require.ErrorIs(t, err, ErrPreferences, tt.name)
			list, ok := fault.List(err)
			require.True(t, ok)
			require.Len(t, list, 1, tt.name)
			require.Equal(t, tt.field, list[0].Field, tt.name)
			require.Equal(t, tt.code, list[0].Code, tt.name)
			require.NotEmpty(t, list[0].Message(true))
		}
	}
	// Several problems are joined, in list order.
	_, err := Roommates([][]int{{0, 5}, {0, 0}})
	list, _ := fault.List(err)
	var fields []string
	for _, e := range list {
		fields = append(fields, e.Field)
	}
	require.Equal(t, []string{"lists[0][0]", "lists[0][1]", "lists[1][1]"}, fields)
}

// TestRoommatesLarger: on seeded random instances of 9 to 120 people
// (too many to enumerate), every matching Roommates returns pairs only
// people who list each other, symmetrically, and has no blocking pair by
// the definition; and the dense and sparse tables agree.
func TestRoommatesLarger(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 3))
	found := 0
	for it := range 300 {
		lists := randPeers(rng, 9+rng.IntN(112))
		got, err := Roommates(lists)
		for _, table := range []int{tableDense, tableSparse} {
			other, err2 := roommatesWith(lists, table)
			require.Equal(t, err == nil, err2 == nil)
			require.Equal(t, got, other)
		}
		if err != nil {
			require.ErrorIs(t, err, ErrNoStableMatching)
			continue
		}
		found++
		for i, p := range got.Partner {
			if p >= 0 {
				require.Equal(t, i, got.Partner[p], "instance %d", it)
				require.GreaterOrEqual(t, peerRank(lists, i, p), 0)
			}
		}
		require.True(t, peerStable(lists, got.Partner), "instance %d", it)
	}
	require.Greater(t, found, 50)
}

// peerBlocking lists the blocking pairs of partner by the definition,
// (lower, higher), in index order.
func peerBlocking(lists [][]int, partner []int) []PeerPair {
	prefers := func(i, x int) bool {
		r := peerRank(lists, i, x)
		return r >= 0 && (partner[i] < 0 || r < peerRank(lists, i, partner[i]))
	}
	var out []PeerPair
	for i := range lists {
		for x := i + 1; x < len(lists); x++ {
			if partner[i] != x && prefers(i, x) && prefers(x, i) {
				out = append(out, PeerPair{Person: i, Partner: x})
			}
		}
	}
	return out
}

// TestPeerBlockingPairs: over every matching of seeded random instances
// of up to seven people, PeerBlockingPairs lists exactly the blocking
// pairs of the definition.
func TestPeerBlockingPairs(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 4))
	for it := range 1500 {
		lists := randPeers(rng, rng.IntN(8))
		for _, m := range allPeerMatchings(lists) {
			got, err := PeerBlockingPairs(lists, m)
			require.NoError(t, err)
			if d := cmp.Diff(peerBlocking(lists, m), got); d != "" {
				t.Fatalf("instance %d %v matching %v (-want +got):\n%s", it, lists, m, d)
			}
		}
	}
	// By hand, Manlove's I1 (1: 3 2 4, 2: 4 3 1, 3: 2 1 4, 4: 1 3 2),
	// matching {12, 34}, the four other pairs:
	//   {1, 3}: 1 ranks 3 first, above 2; 3 ranks 1 second, above 4: blocks.
	//   {1, 4}: 1 ranks 4 last, below 2: no.
	//   {2, 3}: 2 ranks 3 second, above 1; 3 ranks 2 first: blocks.
	//   {2, 4}: 4 ranks 2 last, below 3: no.
	bp, err := PeerBlockingPairs([][]int{{2, 1, 3}, {3, 2, 0}, {1, 0, 3}, {0, 2, 1}}, []int{1, 0, 3, 2})
	require.NoError(t, err)
	require.Equal(t, []PeerPair{{Person: 0, Partner: 2}, {Person: 1, Partner: 2}}, bp)
}

func TestPeerBlockingPairsErrors(t *testing.T) {
	lists := [][]int{{1, 2}, {0}, {1}}
	tests := []struct {
		name    string
		partner []int
		fields  []string
		codes   []string
	}{
		{"length", []int{-1}, []string{"partner"}, []string{"partnerLength"}},
		{"range", []int{3, -2, 2}, []string{"partner[0]", "partner[1]", "partner[2]"}, []string{"partnerOutOfRange", "partnerOutOfRange", "partnerOutOfRange"}},
		{"not back", []int{1, -1, -1}, []string{"partner[0]"}, []string{"notPairedBack"}},
		{"not mutual", []int{2, -1, 0}, []string{"partner[0]", "partner[2]"}, []string{"notMutual", "notMutual"}},
	}
	for _, tt := range tests {
		_, err := PeerBlockingPairs(lists, tt.partner)
		require.ErrorIs(t, err, ErrInvalidMatching, tt.name)
		list, ok := fault.List(err)
		require.True(t, ok)
		var fields, codes []string
		for _, e := range list {
			fields, codes = append(fields, e.Field), append(codes, e.Code)
			require.NotEmpty(t, e.Message(true))
		}
		require.Equal(t, tt.fields, fields, tt.name)
		require.Equal(t, tt.codes, codes, tt.name)
	}
	_, err := PeerBlockingPairs([][]int{{0}}, []int{-1})
	require.ErrorIs(t, err, ErrPreferences)
}
