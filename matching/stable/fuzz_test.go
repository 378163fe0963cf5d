package stable

import (
	"errors"
	"math"
	"reflect"
	"slices"
	"testing"

	"github.com/mentorkit/mentorkit/matching/internal/testkit"
	"gonum.org/v1/gonum/mat"
)

// FuzzStable: arbitrary preference lists and capacities (out of range,
// repeated, negative) never panic; valid ones give stable, valid
// matchings, and the input is not modified.
func FuzzStable(f *testing.F) {
	f.Add([]byte{3, 3, 3, 0, 1, 2, 3, 1, 2, 0, 3, 2, 0, 1, 3, 1, 2, 0, 3, 2, 0, 1, 3, 0, 1, 2})
	f.Add([]byte{2, 1, 1, 0, 0, 2, 0, 1, 9})
	f.Fuzz(func(t *testing.T, data []byte) {
		fb := &testkit.Bytes{B: data}
		nE, nM := fb.Next()%6, fb.Next()%5
		p := Preferences{Mentees: make([][]int, nE), Mentors: make([][]int, nM)}
		for e := range p.Mentees {
			for range fb.Next() % (nM + 2) {
				p.Mentees[e] = append(p.Mentees[e], fb.Next()%(nM+2)-1)
			}
		}
		for m := range p.Mentors {
			for range fb.Next() % (nE + 2) {
				p.Mentors[m] = append(p.Mentors[m], fb.Next()%(nE+2)-1)
			}
		}
		if fb.Next()%2 == 1 {
			for range nM + fb.Next()%2 {
				p.Capacity = append(p.Capacity, fb.Next()%4-1)
			}
		}
		orig := Preferences{Capacity: slices.Clone(p.Capacity)}
		for _, l := range p.Mentees {
			orig.Mentees = append(orig.Mentees, slices.Clone(l))
		}
		for _, l := range p.Mentors {
			orig.Mentors = append(orig.Mentors, slices.Clone(l))
		}
		for _, side := range []Side{SideMentee, SideMentor} {
			s, err := Match(p, side)
			if err != nil {
				if !errors.Is(err, ErrPreferences) {
					t.Fatalf("unexpected error %v", err)
				}
				continue
			}
			if err := CheckMatching(p, s.MenteeToMentor); err != nil {
				t.Fatalf("invalid matching: %v", err)
			}
			bp, err := BlockingPairs(p, s.MenteeToMentor)
			if err != nil || len(bp) > 0 {
				t.Fatalf("not stable: %v %v", bp, err)
			}
		}
		if !slices.EqualFunc(p.Mentees, orig.Mentees, slices.Equal) || !slices.EqualFunc(p.Mentors, orig.Mentors, slices.Equal) || !slices.Equal(p.Capacity, orig.Capacity) {
			t.Fatal("preferences modified")
		}
	})
}

// FuzzScoresStable: arbitrary score matrices and capacities go through
// PreferencesFromScores, Stable and PriceOfStability without a panic; the
// stable matching never beats the optimum.
func FuzzScoresStable(f *testing.F) {
	f.Add([]byte{3, 2, 9, 8, 8, 0, 7, 6, 1, 1, 2, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		fb := &testkit.Bytes{B: data}
		r, c := fb.Next()%6, fb.Next()%5
		m := fb.Matrix(r, c, math.Inf(-1))
		var d mat.Matrix = &mat.Dense{}
		if r > 0 && c > 0 {
			d = testkit.ToDense(m, c)
		}
		var capa []int
		if fb.Next()%2 == 1 {
			for range c + fb.Next()%2 {
				capa = append(capa, fb.Next()%4-1)
			}
		}
		p, err := PreferencesFromScores(d, nil, capa)
		if err != nil {
			return
		}
		st, err := Match(p, Side(fb.Next()%3)) // unset, mentee or mentor
		if err != nil {
			t.Fatal(err)
		}
		ps, err := PriceOfStability(d, capa, st.MenteeToMentor)
		if err != nil {
			t.Fatal(err)
		}
		if ps.Stable > ps.Optimal+1e-9 {
			t.Fatalf("stable %v beats optimal %v", ps.Stable, ps.Optimal)
		}
	})
}

// FuzzTies: preference lists with tie ranks (increasing, equal,
// decreasing, of the wrong length) never panic; valid ones give weakly
// stable, valid matchings equal to those of BreakTies' strict lists, and
// nothing is modified.
func FuzzTies(f *testing.F) {
	f.Add([]byte{2, 1, 1, 0, 1, 0, 2, 0, 1, 1, 3, 0, 0, 1})
	f.Add([]byte{3, 2, 2, 0, 1, 2, 1, 0, 1, 1, 3, 0, 1, 2, 3, 2, 1, 0, 1, 2, 1, 1, 2, 0, 0, 7, 7, 7})
	f.Fuzz(func(t *testing.T, data []byte) {
		fb := &testkit.Bytes{B: data}
		nE, nM := fb.Next()%5, fb.Next()%4
		p := Preferences{Mentees: make([][]int, nE), Mentors: make([][]int, nM)}
		for e := range p.Mentees {
			for range fb.Next() % (nM + 2) {
				p.Mentees[e] = append(p.Mentees[e], fb.Next()%(nM+1))
			}
		}
		for m := range p.Mentors {
			for range fb.Next() % (nE + 2) {
				p.Mentors[m] = append(p.Mentors[m], fb.Next()%(nE+1))
			}
		}
		ranks := func(lists [][]int) [][]int {
			if fb.Next()%4 == 0 {
				return nil
			}
			out := make([][]int, len(lists)+fb.Next()%4/3)
			for i := range out {
				if fb.Next()%3 == 0 {
					continue
				}
				r, n := 0, len(lists[min(i, len(lists)-1)])+fb.Next()%8/7
				for range n {
					r += fb.Next()%3 - fb.Next()%7/6 // mostly up or level, rarely down
					out[i] = append(out[i], r)
				}
			}
			return out
		}
		if nE > 0 {
			p.MenteeRanks = ranks(p.Mentees)
		}
		if nM > 0 {
			p.MentorRanks = ranks(p.Mentors)
		}
		orig := deepCopy(p)
		bt, errB := p.BreakTies()
		for _, side := range []Side{SideMentee, SideMentor} {
			s, err := Match(p, side)
			if (err == nil) != (errB == nil) {
				t.Fatalf("Match %v, BreakTies %v", err, errB)
			}
			if err != nil {
				if !errors.Is(err, ErrPreferences) {
					t.Fatalf("unexpected error %v", err)
				}
				continue
			}
			if err := CheckMatching(p, s.MenteeToMentor); err != nil {
				t.Fatalf("invalid matching: %v", err)
			}
			bp, err := BlockingPairs(p, s.MenteeToMentor)
			if err != nil || len(bp) > 0 {
				t.Fatalf("not weakly stable: %v %v", bp, err)
			}
			s2, err := Match(bt, side)
			if err != nil || !slices.Equal(s.MenteeToMentor, s2.MenteeToMentor) {
				t.Fatalf("Match on BreakTies differs: %v %v (%v)", s.MenteeToMentor, s2.MenteeToMentor, err)
			}
		}
		if !reflect.DeepEqual(p, orig) {
			t.Fatal("preferences modified")
		}
	})
}

// deepCopy returns a copy of p sharing no slice with it.
func deepCopy(p Preferences) Preferences {
	return Preferences{Mentees: cloneLists(p.Mentees), Mentors: cloneLists(p.Mentors), Capacity: slices.Clone(p.Capacity),
		MenteeRanks: cloneLists(p.MenteeRanks), MentorRanks: cloneLists(p.MentorRanks)}
}

// FuzzRoommates: arbitrary peer lists (out of range, self, repeated,
// one-sided) never panic; valid ones give a matching of mutually
// acceptable pairs with no blocking pair, or ErrNoStableMatching with a
// rotation; both rank tables agree; the input is not modified.
// PeerBlockingPairs on arbitrary partner slices never panics and agrees
// with the definition.
func FuzzRoommates(f *testing.F) {
	f.Add([]byte{4, 3, 1, 2, 3, 3, 2, 0, 3, 3, 0, 1, 3, 3, 0, 1, 2})
	f.Add([]byte{4, 3, 2, 1, 3, 3, 3, 2, 0, 3, 1, 0, 3, 3, 0, 2, 1})
	f.Add([]byte{3, 2, 1, 2, 2, 2, 0, 2, 0, 1})
	f.Add([]byte{5, 1, 1, 2, 0, 2, 0, 9, 1, 5, 2, 3, 3})
	f.Fuzz(func(t *testing.T, data []byte) {
		fb := &testkit.Bytes{B: data}
		n := fb.Next() % 9
		lists := make([][]int, n)
		for i := range lists {
			for range fb.Next() % (n + 1) {
				lists[i] = append(lists[i], fb.Next()%(n+2)-1)
			}
		}
		orig := cloneLists(lists)
		got, err := Roommates(lists)
		if !reflect.DeepEqual(lists, orig) {
			t.Fatal("lists modified")
		}
		for _, table := range []int{tableDense, tableSparse} {
			other, err2 := roommatesWith(lists, table)
			if (err == nil) != (err2 == nil) || !reflect.DeepEqual(got, other) {
				t.Fatalf("tables disagree: %v %v / %v %v", got, err, other, err2)
			}
		}
		switch {
		case errors.Is(err, ErrPreferences):
			return
		case errors.Is(err, ErrNoStableMatching):
			if got.Partner != nil || len(got.Rotation) == 0 {
				t.Fatalf("no stable matching but %+v", got)
			}
			if len(bruteRoommates(lists)) > 0 {
				t.Fatalf("%v has a stable matching", lists)
			}
			return
		case err != nil:
			t.Fatalf("unexpected error %v", err)
		}
		for i, p := range got.Partner {
			if p >= 0 && (got.Partner[p] != i || peerRank(lists, i, p) < 0 || peerRank(lists, p, i) < 0) {
				t.Fatalf("invalid matching %v of %v", got.Partner, lists)
			}
		}
		if !peerStable(lists, got.Partner) {
			t.Fatalf("%v is not stable for %v", got.Partner, lists)
		}
		if bp, err := PeerBlockingPairs(lists, got.Partner); err != nil || len(bp) > 0 {
			t.Fatalf("PeerBlockingPairs %v %v", bp, err)
		}
		// Any partner slice the bytes give: no panic, and where valid
		// the blocking pairs of the definition.
		partner := make([]int, n+fb.Next()%5/4)
		for i := range partner {
			partner[i] = fb.Next()%(n+2) - 1
		}
		bp, err := PeerBlockingPairs(lists, partner)
		if err != nil {
			if !errors.Is(err, ErrInvalidMatching) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if !slices.Equal(bp, peerBlocking(lists, partner)) {
			t.Fatalf("PeerBlockingPairs %v of %v under %v", bp, partner, lists)
		}
	})
}
