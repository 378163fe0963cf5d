package stable_test

import (
	"errors"
	"fmt"

	"github.com/mentorkit/mentorkit/matching/stable"
	"gonum.org/v1/gonum/mat"
)

// The three-by-three example of Gale and Shapley (1962): with the
// mentees proposing each gets its first choice, with the mentors
// proposing each mentor gets hers.
func ExampleMatch() {
	p := stable.Preferences{
		Mentees: [][]int{{0, 1, 2}, {1, 2, 0}, {2, 0, 1}},
		Mentors: [][]int{{1, 2, 0}, {2, 0, 1}, {0, 1, 2}},
	}
	a, _ := stable.Match(p, stable.SideMentee)
	b, _ := stable.Match(p, stable.SideMentor)
	fmt.Println("mentees propose:", a.MenteeToMentor)
	fmt.Println("mentors propose:", b.MenteeToMentor)
	bp, _ := stable.BlockingPairs(p, []int{0, 2, 1})
	fmt.Println("blocking pairs of [0 2 1]:", bp)
	// Output:
	// mentees propose: [0 1 2]
	// mentors propose: [2 0 1]
	// blocking pairs of [0 2 1]: [{2 0}]
}

// Stable matching on scores, with a mentor of capacity 2, and what
// stability costs against the optimum.
func ExamplePriceOfStability() {
	scores := mat.NewDense(3, 2, []float64{
		0.9, 0.8,
		0.8, 0.0,
		0.7, 0.6,
	})
	capacity := []int{1, 2}
	p, _ := stable.PreferencesFromScores(scores, nil, capacity)
	st, _ := stable.Match(p, stable.SideMentee)
	ps, _ := stable.PriceOfStability(scores, capacity, st.MenteeToMentor)
	fmt.Println("stable:", st.MenteeToMentor, "optimal:", ps.OptimalMatching)
	fmt.Printf("stable total %.1f, optimal %.1f\n", ps.Stable, ps.Optimal)
	// Output:
	// stable: [0 1 1] optimal: [1 0 1]
	// stable total 1.5, optimal 2.2
}

// Both mentees prefer mentor 0; mentor 0 prefers mentee 1 and mentor 1
// mentee 0. Pairing mentee 0 with mentor 0 and mentee 1 with mentor 1
// leaves mentee 1 and mentor 0 preferring each other to their partners:
// one blocking pair. The mentee-proposing stable matching gives mentor 0
// to mentee 1 and has none.
func ExampleBlockingPairs() {
	p := stable.Preferences{
		Mentees: [][]int{{0, 1}, {0, 1}},
		Mentors: [][]int{{1, 0}, {0, 1}},
	}
	bp, err := stable.BlockingPairs(p, []int{0, 1})
	fmt.Println(bp, err)
	st, _ := stable.Match(p, stable.SideMentee)
	bp, err = stable.BlockingPairs(p, st.MenteeToMentor)
	fmt.Println(st.MenteeToMentor, len(bp), err)
	// Output:
	// [{1 0}] <nil>
	// [1 0] 0 <nil>
}

// Ties: mentor 0 ranks mentees 1 and 0 equally (rank 1) and mentee 2
// below them; every mentee wants mentor 0, and mentor 1 takes anyone.
// Match breaks the tie by index, so mentee 0 gets mentor 0 although the
// list names mentee 1 first. The result is weakly stable: mentee 1
// would rather have mentor 0, but she is indifferent between him and
// mentee 0, so no pair strictly prefers each other.
func ExamplePreferences_BreakTies() {
	p := stable.Preferences{
		Mentees:     [][]int{{0, 1}, {0, 1}, {0}},
		Mentors:     [][]int{{1, 0, 2}, {0, 1, 2}},
		MentorRanks: [][]int{{1, 1, 2}, nil},
	}
	strict, _ := p.BreakTies()
	fmt.Println("mentor 0, tie broken:", strict.Mentors[0])
	m, _ := stable.Match(p, stable.SideMentee)
	fmt.Println("matching:", m.MenteeToMentor)
	bp, _ := stable.BlockingPairs(p, m.MenteeToMentor)
	fmt.Println("blocking pairs:", len(bp))
	// Output:
	// mentor 0, tie broken: [0 1 2]
	// matching: [0 1 -1]
	// blocking pairs: 0
}

// A peer programme of four: each ranks the others. Ana (0) ranks Cas,
// Bo, Dee; Bo (1) ranks Dee, Cas, Ana; Cas (2) ranks Bo, Ana, Dee; Dee
// (3) ranks Ana, Cas, Bo. Two of the three ways to pair them up are
// stable; Roommates finds Ana–Dee and Bo–Cas. When everyone but Dee
// prefers the next of the three and all rank Dee last, no stable
// matching exists (Gale and Shapley's example), and the error says why,
// in English or Dutch.
func ExampleRoommates() {
	m, err := stable.Roommates([][]int{{2, 1, 3}, {3, 2, 0}, {1, 0, 3}, {0, 2, 1}})
	fmt.Println(m.Partner, err)

	_, err = stable.Roommates([][]int{{1, 2, 3}, {2, 0, 3}, {0, 1, 3}, {0, 1, 2}})
	var fe *stable.FieldError
	if errors.Is(err, stable.ErrNoStableMatching) && errors.As(err, &fe) {
		fmt.Println(fe.Field, fe.Message(false))
		fmt.Println(fe.Field, fe.Message(true))
	}
	// Output:
	// [3 2 1 0] <nil>
	// lists[0] is left with nobody once the rotation (0, 1), (1, 2), (2, 0) is eliminated, so no stable matching exists
	// lists[0] houdt niemand over na het elimineren van de rotatie (0, 1), (1, 2), (2, 0), dus er bestaat geen stabiele koppeling
}

// Checking a peer pairing made another way (here by hand) against the
// participants' lists: Ana (0) ranks Cas, Bo, Dee; Bo (1) Dee, Cas, Ana;
// Cas (2) Bo, Ana, Dee; Dee (3) Ana, Cas, Bo. Pairing Ana–Bo and Cas–Dee
// leaves Ana and Cas, and Bo and Cas, preferring each other to their
// partners.
func ExamplePeerBlockingPairs() {
	lists := [][]int{{2, 1, 3}, {3, 2, 0}, {1, 0, 3}, {0, 2, 1}}
	bp, err := stable.PeerBlockingPairs(lists, []int{1, 0, 3, 2})
	fmt.Println(bp, err)
	// Output:
	// [{0 2} {1 2}] <nil>
}
