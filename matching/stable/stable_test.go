package stable

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/matching"
	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"
)

func randPreferences(rng *rand.Rand, nE, nM int, withCap bool) Preferences {
	p := Preferences{Mentees: make([][]int, nE), Mentors: make([][]int, nM)}
	for e := range p.Mentees {
		l := rng.Perm(nM)
		p.Mentees[e] = l[:rng.IntN(nM+1)]
	}
	for m := range p.Mentors {
		l := rng.Perm(nE)
		p.Mentors[m] = l[:rng.IntN(nE+1)]
	}
	if withCap {
		p.Capacity = make([]int, nM)
		for m := range p.Capacity {
			p.Capacity[m] = rng.IntN(3)
		}
	}
	return p
}

// bruteMatchings enumerates every valid matching (mutually acceptable
// pairs, capacities respected) and marks the stable ones, with the
// definitions written out independently of stable.go.
func bruteMatchings(p Preferences) (all [][]int, stable [][]int) {
	nE, nM := len(p.Mentees), len(p.Mentors)
	capOf := func(m int) int {
		if p.Capacity == nil {
			return 1
		}
		return p.Capacity[m]
	}
	rank := func(l []int, x int) int { return slices.Index(l, x) }
	cur := make([]int, nE)
	load := make([]int, nM)
	var rec func(e int)
	rec = func(e int) {
		if e == nE {
			mm := slices.Clone(cur)
			all = append(all, mm)
			for e := range nE {
				for m := range nM {
					if mm[e] == m || rank(p.Mentees[e], m) < 0 || rank(p.Mentors[m], e) < 0 {
						continue
					}
					if mm[e] >= 0 && rank(p.Mentees[e], m) > rank(p.Mentees[e], mm[e]) {
						continue
					}
					n, worst := 0, -1
					for e2 := range nE {
						if mm[e2] == m {
							n++
							worst = max(worst, rank(p.Mentors[m], e2))
						}
					}
					if n < capOf(m) || rank(p.Mentors[m], e) < worst {
						return // blocking pair: not stable
					}
				}
			}
			stable = append(stable, mm)
			return
		}
		cur[e] = -1
		rec(e + 1)
		for m := range nM {
			if rank(p.Mentees[e], m) >= 0 && rank(p.Mentors[m], e) >= 0 && load[m] < capOf(m) {
				cur[e] = m
				load[m]++
				rec(e + 1)
				load[m]--
			}
		}
	}
	rec(0)
	return all, stable
}

// TestStableAgainstBruteForce checks on thousands of seeded instances
// (incomplete lists, capacities 0 to 2) that both proposer-optimal
// matchings are stable, that the mentee-proposing one gives every mentee
// its best mentor over all stable matchings and the mentor-proposing one
// its worst (Gale and Shapley 1962; the lattice of stable matchings), and
// that BlockingPairs finds blocking pairs exactly when enumeration does.
func TestStableAgainstBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(10, 3))
	for it := range 3000 {
		nE, nM := 1+rng.IntN(5), 1+rng.IntN(4)
		p := randPreferences(rng, nE, nM, rng.IntN(2) == 0)
		all, stable := bruteMatchings(p)
		require.NotEmpty(t, stable, "a stable matching always exists")
		rank := func(e, m int) int {
			if m < 0 {
				return math.MaxInt
			}
			return slices.Index(p.Mentees[e], m)
		}
		best := make([]int, nE)
		worst := make([]int, nE)
		for e := range nE {
			best[e], worst[e] = stable[0][e], stable[0][e]
			for _, s := range stable {
				if rank(e, s[e]) < rank(e, best[e]) {
					best[e] = s[e]
				}
				if rank(e, s[e]) > rank(e, worst[e]) {
					worst[e] = s[e]
				}
			}
		}
		a, err := Match(p, SideMentee)
		require.NoError(t, err)
		if d := cmp.Diff(best, a.MenteeToMentor); d != "" {
			t.Fatalf("instance %d %+v: mentee-optimal (-want +got):\n%s", it, p, d)
		}
		b, err := Match(p, SideMentor)
		require.NoError(t, err)
		if d := cmp.Diff(worst, b.MenteeToMentor); d != "" {
			t.Fatalf("instance %d %+v: mentor-optimal (-want +got):\n%s", it, p, d)
		}
		for _, mm := range all {
			bp, err := BlockingPairs(p, mm)
			require.NoError(t, err)
			isStable := slices.ContainsFunc(stable, func(s []int) bool { return slices.Equal(s, mm) })
			require.Equal(t, isStable, len(bp) == 0, "instance %d matching %v: blocking %v", it, mm, bp)
		}
	}
}

// TestStableHandExample is the example of Gale and Shapley's paper
// (1962, §2, three men and three women, "ranking matrix"): with the men
// proposing each gets his first choice; with the women proposing each
// woman gets hers. Mentees play the men, mentors the women.
//
//	α: A B C   β: B C A   γ: C A B     (men's lists)
//	A: β γ α   B: γ α β   C: α β γ     (women's lists)
func TestStableHandExample(t *testing.T) {
	p := Preferences{
		Mentees: [][]int{{0, 1, 2}, {1, 2, 0}, {2, 0, 1}},
		Mentors: [][]int{{1, 2, 0}, {2, 0, 1}, {0, 1, 2}},
	}
	a, err := Match(p, SideMentee)
	require.NoError(t, err)
	require.Equal(t, []int{0, 1, 2}, a.MenteeToMentor) // α-A, β-B, γ-C
	b, err := Match(p, SideMentor)
	require.NoError(t, err)
	require.Equal(t, []int{2, 0, 1}, b.MenteeToMentor) // A-β, B-γ, C-α
	// α-A, β-C, γ-B by hand: α has his first choice; β prefers only B,
	// who holds γ, her first; γ prefers C (holds β, whom she ranks above
	// γ) and A, who holds α, her last, and ranks γ above him. So (γ, A)
	// is the one blocking pair.
	bp, err := BlockingPairs(p, []int{0, 2, 1})
	require.NoError(t, err)
	require.Equal(t, []Pair{{Mentee: 2, Mentor: 0}}, bp)
}

func TestStableCapacityZeroAndEmptyLists(t *testing.T) {
	p := Preferences{
		Mentees:  [][]int{{0, 1}, {}, {0}},
		Mentors:  [][]int{{0, 2}, {0}},
		Capacity: []int{0, 2},
	}
	orig := Preferences{Mentees: [][]int{{0, 1}, {}, {0}}, Mentors: [][]int{{0, 2}, {0}}, Capacity: []int{0, 2}}
	for _, side := range []Side{SideMentee, SideMentor} {
		a, err := Match(p, side)
		require.NoError(t, err)
		require.Equal(t, []int{1, -1, -1}, a.MenteeToMentor)
		require.Equal(t, [][]int{nil, {0}}, a.MentorMentees)
	}
	require.Equal(t, orig, p, "preferences must not be modified")
}

func TestStableErrors(t *testing.T) {
	tests := []struct {
		name  string
		p     Preferences
		side  Side
		want  error
		field string
		code  string
	}{
		{"out of range", Preferences{Mentees: [][]int{{1}}, Mentors: [][]int{{0}}}, SideMentee, ErrPreferences, "mentees[0][0]", "indexOutOfRange"},
		{"duplicate", Preferences{Mentees: [][]int{{0}}, Mentors: [][]int{{0}, {0, 0}}}, SideMentee, ErrPreferences, "mentors[1][1]", "duplicate"},
		{"capacity length", Preferences{Mentees: [][]int{{0}}, Mentors: [][]int{{0}}, Capacity: []int{1, 1}}, SideMentee, ErrPreferences, "capacity", "capacityLength"},
		{"negative capacity", Preferences{Mentees: [][]int{{0}}, Mentors: [][]int{{0}}, Capacity: []int{-1}}, SideMentee, ErrPreferences, "capacity[0]", "negative"},
		{"side", Preferences{}, Side(5), ErrConfig, "proposer", "undeclaredSide"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Match(tt.p, tt.side)
			require.ErrorIs(t, err, tt.want)
			var fe *FieldError
			require.True(t, errors.As(err, &fe))
			require.Equal(t, tt.field, fe.Field)
			require.Equal(t, tt.code, fe.Code)
			require.NotEmpty(t, fe.Message(true))
		})
	}
	p := Preferences{Mentees: [][]int{{0}, {}}, Mentors: [][]int{{0}}}
	for name, tc := range map[string]struct {
		mm   []int
		code string
	}{
		"length":   {[]int{0}, "matchingLength"},
		"range":    {[]int{0, 3}, "mentorOutOfRange"},
		"unlisted": {[]int{-1, 0}, "mentorNotListed"},
	} {
		t.Run("matching "+name, func(t *testing.T) {
			err := CheckMatching(p, tc.mm)
			require.ErrorIs(t, err, ErrInvalidMatching)
			var fe *FieldError
			require.True(t, errors.As(err, &fe))
			require.Equal(t, tc.code, fe.Code)
		})
	}
	// Mentor 0 lists mentee 0 only; mentee 1 lists mentor 0.
	err := CheckMatching(Preferences{Mentees: [][]int{{0}, {0}}, Mentors: [][]int{{0}}}, []int{-1, 0})
	var fe *FieldError
	require.True(t, errors.As(err, &fe))
	require.Equal(t, "menteeNotListed", fe.Code)
	// Both fill mentor 0's single place.
	err = CheckMatching(Preferences{Mentees: [][]int{{0}, {0}}, Mentors: [][]int{{0, 1}}}, []int{0, 0})
	require.ErrorIs(t, err, ErrInvalidMatching)
	require.True(t, errors.As(err, &fe))
	require.Equal(t, "overCapacity", fe.Code)
}

func TestMessages(t *testing.T) {
	require.NoError(t, fault.CheckTable(messages))
}

// TestSide: unset is the zero value and reads as mentee-proposing; text
// is case-insensitive and unknown names wrap ErrUnknownEnum.
func TestSide(t *testing.T) {
	p := Preferences{
		Mentees: [][]int{{0, 1}, {0, 1}},
		Mentors: [][]int{{1, 0}, {0, 1}},
	}
	unset, err := Match(p, 0)
	require.NoError(t, err)
	mentee, err := Match(p, SideMentee)
	require.NoError(t, err)
	require.Equal(t, mentee, unset)
	var s Side
	require.NoError(t, s.UnmarshalText([]byte("Mentor")))
	require.Equal(t, SideMentor, s)
	require.ErrorIs(t, s.UnmarshalText([]byte("boss")), ErrUnknownEnum)
	require.Equal(t, SideMentor, s, "unchanged on error")
	_, err = Side(7).MarshalText()
	require.ErrorIs(t, err, ErrUnknownEnum)
	require.Equal(t, "unset", Side(0).String())
	require.Equal(t, "mentee", SideMentee.String())
}

func TestPreferencesFromScores(t *testing.T) {
	inf := math.Inf(-1)
	s := mat.NewDense(3, 2, []float64{
		0.5, 0.5, // tie: mentor 0 first
		0.9, inf,
		0.1, 0.7,
	})
	p, err := PreferencesFromScores(s, nil, []int{2, 1})
	require.NoError(t, err)
	want := Preferences{
		Mentees:  [][]int{{0, 1}, {0}, {1, 0}},
		Mentors:  [][]int{{1, 0, 2}, {2, 0}},
		Capacity: []int{2, 1},
	}
	if d := cmp.Diff(want, p); d != "" {
		t.Fatalf("(-want +got):\n%s", d)
	}
	_, err = PreferencesFromScores(mat.NewDense(1, 1, []float64{math.NaN()}), nil, nil)
	require.ErrorIs(t, err, matching.ErrNaN)
	_, err = PreferencesFromScores(s, mat.NewDense(2, 2, nil), nil)
	require.ErrorIs(t, err, matching.ErrShape)
	_, err = PreferencesFromScores(nil, nil, nil)
	require.ErrorIs(t, err, matching.ErrShape)
}
