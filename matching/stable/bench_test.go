package stable

import (
	"errors"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/mentorkit/mentorkit/matching/internal/testkit"
)

func BenchmarkStable(b *testing.B) {
	for _, n := range []int{200, 1000} {
		s, _, _, capa := testkit.BenchScores(n, 4)
		p, err := PreferencesFromScores(s, nil, capa)
		if err != nil {
			b.Fatal(err)
		}
		b.Run("n="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Match(p, SideMentee); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// randCompleteLists returns n people's random complete strict lists
// (each a random order of everyone else), in one backing array, or
// lists of length k (random distinct people) when 0 < k < n-1.
func randCompleteLists(n, k int, seed uint64) [][]int {
	rng := rand.New(rand.NewPCG(seed, 7))
	if k <= 0 || k > n-1 {
		k = n - 1
	}
	back := make([]int, n*k)
	lists := make([][]int, n)
	perm, pos := make([]int, n), make([]int, n) // perm[pos[x]] == x
	for i := range perm {
		perm[i], pos[i] = i, i
	}
	swap := func(a, b int) {
		perm[a], perm[b] = perm[b], perm[a]
		pos[perm[a]], pos[perm[b]] = a, b
	}
	for i := range lists {
		l := back[i*k : (i+1)*k : (i+1)*k]
		swap(pos[i], n-1) // partial Fisher–Yates over everyone but i
		for j := range k {
			swap(j, j+rng.IntN(n-1-j))
			l[j] = perm[j]
		}
		lists[i] = l
	}
	return lists
}

// randSparseLists returns random strict lists of n people where each
// accepts about k others, acceptability mutual (each person picks k/2
// random others, both list each other; duplicates dropped), every list
// in random order.
func randSparseLists(n, k int, seed uint64) [][]int {
	rng := rand.New(rand.NewPCG(seed, 8))
	lists := make([][]int, n)
	for i := range lists {
		for range k / 2 {
			if x := rng.IntN(n); x != i && !slices.Contains(lists[i], x) {
				lists[i] = append(lists[i], x)
				lists[x] = append(lists[x], i)
			}
		}
	}
	for _, l := range lists {
		rng.Shuffle(len(l), func(a, b int) { l[a], l[b] = l[b], l[a] })
	}
	return lists
}

// BenchmarkRoommates: random complete strict lists of n people (the
// issue's floor is 10,000 under 1 s: 10^8 list entries, 800 MB of input
// as []int and a 200 MB table of 16-bit ranks per call), and 100,000 people
// with random mutual lists of about 100 (the sparse rank table).
func BenchmarkRoommates(b *testing.B) {
	for _, c := range []struct{ n, k int }{{1000, 0}, {10000, 0}, {100000, 100}} {
		name := "n=" + strconv.Itoa(c.n) + "/complete"
		if c.k > 0 {
			name = "n=" + strconv.Itoa(c.n) + "/k=" + strconv.Itoa(c.k)
		}
		b.Run(name, func(b *testing.B) {
			var lists [][]int // built once, outside the timed loop
			if c.k > 0 {
				lists = randSparseLists(c.n, c.k, 1)
			} else {
				lists = randCompleteLists(c.n, 0, 1)
			}
			b.ReportAllocs()
			for b.Loop() {
				_, err := Roommates(lists)
				if err != nil && !errors.Is(err, ErrNoStableMatching) {
					b.Fatal(err)
				}
			}
		})
	}
}
