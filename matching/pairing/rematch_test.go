package pairing

import (
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/mentorkit/mentorkit/matching"
	"github.com/mentorkit/mentorkit/matching/internal/capmat"
	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"
)

// rmModel is the test's own record of the programme, for cold solves.
type rmModel struct {
	mentees, mentors []string
	capa             []int
	score            map[[2]string]float64 // (mentee, mentor)
}

func (md *rmModel) matrix(bonus map[string]string, p float64) ([]float64, int, int) {
	r, c := len(md.mentees), len(md.mentors)
	val := make([]float64, r*c)
	for i, e := range md.mentees {
		for j, m := range md.mentors {
			val[i*c+j] = md.score[[2]string{e, m}]
			if bonus[e] == m && !math.IsInf(val[i*c+j], -1) {
				val[i*c+j] += p
			}
		}
	}
	return val, r, c
}

func rmRandScore(rng *rand.Rand) float64 {
	if rng.IntN(5) == 0 {
		return math.Inf(-1)
	}
	return float64(rng.IntN(20)) / 4
}

// TestRematchEqualsColdSolve runs seeded sequences of joins and leaves
// and checks after every event that the warm re-matching reaches the
// optimum of a cold solve (capmat.Optimum, the dense solver) of the same
// objective: total score plus Penalty for every pair kept from before
// the event. With Penalty 0 that is the plain optimal total. It also
// checks that a mentee who joins costs exactly one augmentation, and a
// mentor of capacity 1 likewise.
func TestRematchEqualsColdSolve(t *testing.T) {
	rng := rand.New(rand.NewPCG(10, 6))
	for it := range 300 {
		penalty := 0.0
		if it%2 == 1 {
			penalty = float64(rng.IntN(8)) / 4
		}
		md := &rmModel{score: map[[2]string]float64{}}
		nE, nM := rng.IntN(6), rng.IntN(4)
		for i := range nE {
			md.mentees = append(md.mentees, "e"+strconv.Itoa(i))
		}
		for j := range nM {
			md.mentors = append(md.mentors, "m"+strconv.Itoa(j))
			md.capa = append(md.capa, rng.IntN(3))
		}
		for _, e := range md.mentees {
			for _, m := range md.mentors {
				md.score[[2]string{e, m}] = rmRandScore(rng)
			}
		}
		val, r, c := md.matrix(nil, 0)
		var dense mat.Matrix = &mat.Dense{}
		if r > 0 && c > 0 {
			dense = mat.NewDense(r, c, val)
		} else if r > 0 || c > 0 {
			dense = rmZero{r, c}
		}
		rm, err := NewRematcher(md.mentees, md.mentors, md.capa, dense, penalty)
		require.NoError(t, err)
		_, want, err := capmat.Optimum(val, r, c, md.capa)
		require.NoError(t, err)
		require.InDelta(t, want, rm.Total(), 1e-9, "seq %d initial", it)
		next := 100
		for step := range 12 {
			prev := map[string]string{}
			for _, p := range rm.Pairs() {
				prev[p.MenteeID] = p.MentorID
			}
			before := rm.Augmentations()
			kind := rng.IntN(4)
			switch {
			case kind == 0 || len(md.mentees) == 0 && kind == 1:
				id := "e" + strconv.Itoa(next)
				next++
				sc := make([]float64, len(md.mentors))
				for j, m := range md.mentors {
					sc[j] = rmRandScore(rng)
					md.score[[2]string{id, m}] = sc[j]
				}
				ch, err := rm.AddMentee(id, sc)
				requireChangesSorted(t, ch)
				require.NoError(t, err)
				md.mentees = append(md.mentees, id)
				require.Equal(t, before+1, rm.Augmentations(), "seq %d step %d: a joining mentee costs one augmentation", it, step)
			case kind == 1:
				k := rng.IntN(len(md.mentees))
				ch, err := rm.RemoveMentee(md.mentees[k])
				requireChangesSorted(t, ch)
				require.NoError(t, err)
				md.mentees = append(md.mentees[:k:k], md.mentees[k+1:]...)
				require.LessOrEqual(t, rm.Augmentations(), before+1)
			case kind == 2 || len(md.mentors) == 0:
				id := "m" + strconv.Itoa(next)
				next++
				capa := rng.IntN(3)
				sc := make([]float64, len(md.mentees))
				for i, e := range md.mentees {
					sc[i] = rmRandScore(rng)
					md.score[[2]string{e, id}] = sc[i]
				}
				ch, err := rm.AddMentor(id, capa, sc)
				requireChangesSorted(t, ch)
				require.NoError(t, err)
				md.mentors = append(md.mentors, id)
				md.capa = append(md.capa, capa)
				require.Equal(t, before+capa, rm.Augmentations(), "seq %d step %d: one augmentation per place", it, step)
			default:
				k := rng.IntN(len(md.mentors))
				ch, err := rm.RemoveMentor(md.mentors[k])
				requireChangesSorted(t, ch)
				require.NoError(t, err)
				require.LessOrEqual(t, rm.Augmentations(), before+md.capa[k])
				md.mentors = append(md.mentors[:k:k], md.mentors[k+1:]...)
				md.capa = append(md.capa[:k:k], md.capa[k+1:]...)
			}
			require.True(t, slices.Equal(md.mentees, rm.MenteeIDs()))
			require.True(t, slices.Equal(md.mentors, rm.MentorIDs()))
			val, r, c := md.matrix(prev, penalty)
			_, want, err := capmat.Optimum(val, r, c, md.capa)
			require.NoError(t, err)
			got := rm.Total()
			load := map[string]int{}
			for _, p := range rm.Pairs() {
				load[p.MentorID]++
				require.False(t, math.IsInf(md.score[[2]string{p.MenteeID, p.MentorID}], -1), "forbidden pair")
				if prev[p.MenteeID] == p.MentorID {
					got += penalty
				}
			}
			for j, m := range md.mentors {
				require.LessOrEqual(t, load[m], md.capa[j])
			}
			require.InDelta(t, want, got, 1e-9, "seq %d step %d (penalty %v)", it, step, penalty)
		}
	}
}

// rmZero is an all-zero matrix with a zero dimension allowed.
type rmZero struct{ r, c int }

func (z rmZero) Dims() (int, int)    { return z.r, z.c }
func (z rmZero) At(i, j int) float64 { return 0 }
func (z rmZero) T() mat.Matrix       { return rmZero{z.c, z.r} }

// TestRematchChanges, by hand. Two mentees, two mentors, scores
//
//	a: m1 0.9, m2 0.5
//	b: m1 0.8, m2 0.1
//
// The optimum is a-m2, b-m1 (1.3 against 1.0 for a-m1, b-m2). With a
// penalty of 0.5 per broken pair: when m1 leaves, b could only take m2
// (0.1) by breaking a-m2 (0.5 + 0.5 kept), so b is left without a
// mentor. A mentor m3 joins (a 0.95, b 0.2): keeping a-m2 and giving b
// m3 is worth 1.0 + 0.2 = 1.2, moving a to m3 and b to m2 only 0.95 + 0.1
// = 1.05, so only b changes, and the total score is 0.5 + 0.2 = 0.7.
func TestRematchChanges(t *testing.T) {
	s := mat.NewDense(2, 2, []float64{0.9, 0.5, 0.8, 0.1})
	rm, err := NewRematcher([]string{"a", "b"}, []string{"m1", "m2"}, nil, s, 0.5)
	require.NoError(t, err)
	require.Equal(t, []PairRef{{"m1", "b"}, {"m2", "a"}}, rm.Pairs())
	ch, err := rm.RemoveMentor("m1")
	require.NoError(t, err)
	require.Equal(t, []Change{{MenteeID: "b", From: "m1", To: ""}}, ch)
	ch, err = rm.AddMentor("m3", 1, []float64{0.95, 0.2})
	require.NoError(t, err)
	// Keep a-m2 (0.5 + bonus 0.5) and give b m3 (0.2): 1.2; moving a to
	// m3 (0.95) and b to m2 (0.1) gives 1.05.
	require.Equal(t, []Change{{MenteeID: "b", From: "", To: "m3"}}, ch)
	require.InDelta(t, 0.7, rm.Total(), 1e-12)

	_, err = rm.AddMentee("a", []float64{0, 0})
	require.ErrorIs(t, err, ErrDuplicateID)
	_, err = rm.AddMentee("c", []float64{0})
	require.ErrorIs(t, err, matching.ErrShape)
	_, err = rm.AddMentee("c", []float64{math.NaN(), 0})
	require.ErrorIs(t, err, matching.ErrNaN)
	_, err = rm.AddMentor("m4", -1, []float64{0, 0})
	require.ErrorIs(t, err, ErrConfig)
	_, err = rm.RemoveMentee("zz")
	require.ErrorIs(t, err, ErrUnknownID)
	_, err = rm.RemoveMentor("zz")
	require.ErrorIs(t, err, ErrUnknownID)
	_, err = NewRematcher([]string{"a", "a"}, []string{"m"}, nil, mat.NewDense(2, 1, nil), 0)
	require.ErrorIs(t, err, ErrDuplicateID)
	_, err = NewRematcher([]string{"a"}, []string{"m"}, nil, mat.NewDense(1, 1, nil), -1)
	require.ErrorIs(t, err, ErrConfig)
	require.Equal(t, []PairRef{{"m2", "a"}, {"m3", "b"}}, rm.Pairs(), "failed calls change nothing")
}

// TestRematchCapacityBound: every place of a mentor is a row and a column
// of the square problem, so a capacity above mentoring.MaxCapacity (100)
// is an ErrConfig naming it; before, a capacity of 1<<40 made the
// Rematcher allocate 2^41 lines and the process ran out of memory.
func TestRematchCapacityBound(t *testing.T) {
	s := mat.NewDense(1, 2, []float64{0.5, 0.25})
	_, err := NewRematcher([]string{"e"}, []string{"a", "b"}, []int{1, 1 << 40}, s, 0)
	require.ErrorIs(t, err, ErrConfig)
	require.ErrorContains(t, err, "capacity[1]")
	rm, err := NewRematcher([]string{"e"}, []string{"a", "b"}, []int{1, 100}, s, 0)
	require.NoError(t, err)
	_, err = rm.AddMentor("c", 101, []float64{0.75})
	require.ErrorIs(t, err, ErrConfig)
	require.Equal(t, []string{"a", "b"}, rm.MentorIDs(), "nothing changes on error")
	_, err = rm.AddMentor("c", 100, []float64{0.75})
	require.NoError(t, err)
	require.Equal(t, []PairRef{{MentorID: "c", MenteeID: "e"}}, rm.Pairs())
}

// TestRematchChangesSortedByMentee: every event returns its changes by
// mentee ID, a leaving mentee's own change included. Mentee "z" (score 2)
// holds the one place of m1 over "a" (score 1); when z leaves, a takes
// the place: the changes are a: "" → m1, then z: m1 → "".
func TestRematchChangesSortedByMentee(t *testing.T) {
	rm, err := NewRematcher([]string{"a", "z"}, []string{"m1"}, nil, mat.NewDense(2, 1, []float64{1, 2}), 0)
	require.NoError(t, err)
	require.Equal(t, []PairRef{{MentorID: "m1", MenteeID: "z"}}, rm.Pairs())
	ch, err := rm.RemoveMentee("z")
	require.NoError(t, err)
	require.Equal(t, []Change{{MenteeID: "a", To: "m1"}, {MenteeID: "z", From: "m1"}}, ch)
}

// requireChangesSorted checks the documented order of every event's
// change list: sorted by mentee ID, each mentee once.
func requireChangesSorted(t *testing.T, ch []Change) {
	t.Helper()
	for i := 1; i < len(ch); i++ {
		require.Less(t, ch[i-1].MenteeID, ch[i].MenteeID, "changes not sorted by mentee ID: %v", ch)
	}
}
