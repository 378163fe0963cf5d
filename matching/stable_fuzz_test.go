package matching

import (
	"errors"
	"math"
	"slices"
	"sort"
	"strconv"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// fuzzBytes hands out bytes, 0 once exhausted.
type fuzzBytes struct {
	b []byte
	i int
}

func (f *fuzzBytes) next() int {
	if f.i >= len(f.b) {
		return 0
	}
	f.i++
	return int(f.b[f.i-1])
}

// value draws a matrix entry: mostly small integers, sometimes a
// forbidden mark, NaN or the wrong infinity.
func (f *fuzzBytes) value(forbid float64) float64 {
	x := f.next()
	switch x {
	case 250:
		return math.NaN()
	case 251:
		return -forbid
	case 252, 253, 254:
		return forbid
	}
	return float64(x % 13)
}

func (f *fuzzBytes) matrix(r, c int, forbid float64) [][]float64 {
	m := make([][]float64, r)
	for i := range m {
		m[i] = make([]float64, c)
		for j := range m[i] {
			m[i][j] = f.value(forbid)
		}
	}
	return m
}

func hasBad(m [][]float64, forbid float64) bool {
	for _, row := range m {
		for _, x := range row {
			if math.IsNaN(x) || math.IsInf(x, 0) && x != forbid {
				return true
			}
		}
	}
	return false
}

// FuzzStable: arbitrary preference lists and capacities (out of range,
// repeated, negative) never panic; valid ones give stable, valid
// matchings, and the input is not modified.
func FuzzStable(f *testing.F) {
	f.Add([]byte{3, 3, 3, 0, 1, 2, 3, 1, 2, 0, 3, 2, 0, 1, 3, 1, 2, 0, 3, 2, 0, 1, 3, 0, 1, 2})
	f.Add([]byte{2, 1, 1, 0, 0, 2, 0, 1, 9})
	f.Fuzz(func(t *testing.T, data []byte) {
		fb := &fuzzBytes{b: data}
		nE, nM := fb.next()%6, fb.next()%5
		p := Preferences{Mentees: make([][]int, nE), Mentors: make([][]int, nM)}
		for e := range p.Mentees {
			for range fb.next() % (nM + 2) {
				p.Mentees[e] = append(p.Mentees[e], fb.next()%(nM+2)-1)
			}
		}
		for m := range p.Mentors {
			for range fb.next() % (nE + 2) {
				p.Mentors[m] = append(p.Mentors[m], fb.next()%(nE+2)-1)
			}
		}
		if fb.next()%2 == 1 {
			for range nM + fb.next()%2 {
				p.Capacity = append(p.Capacity, fb.next()%4-1)
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
			s, err := Stable(p, side)
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

// FuzzKBest: arbitrary small matrices (NaN and infinities included),
// capacities, locks and bans never panic; valid input gives exactly the
// k best totals of the enumeration.
func FuzzKBest(f *testing.F) {
	f.Add([]byte{3, 3, 0, 4, 4, 1, 3, 2, 0, 5, 3, 2, 2, 0, 0, 0})
	f.Add([]byte{2, 4, 1, 9, 1, 252, 3, 4, 5, 6, 7, 8, 1, 1, 1, 2, 3})
	f.Fuzz(func(t *testing.T, data []byte) {
		fb := &fuzzBytes{b: data}
		r, c := fb.next()%5, fb.next()%5
		obj := Objective(fb.next() % 2)
		forbid := math.Inf(1)
		if obj == Maximize {
			forbid = math.Inf(-1)
		}
		k := fb.next() % 12
		m := fb.matrix(r, c, forbid)
		var opts KBestOptions
		flags := fb.next()
		if flags&1 != 0 {
			for range c {
				opts.Capacity = append(opts.Capacity, fb.next()%4-1)
			}
		}
		if flags&2 != 0 {
			opts.Locks = []Cell{{fb.next()%(r+1) - 0, fb.next() % (c + 1)}}
		}
		if flags&4 != 0 {
			opts.Bans = []Cell{{fb.next() % (r + 1), fb.next() % (c + 1)}}
		}
		opts.Optional = flags&8 != 0
		var d mat.Matrix = &mat.Dense{}
		if r > 0 && c > 0 {
			d = toDense(m, c)
		}
		got, err := KBest(d, obj, k, opts)
		if err != nil {
			return // errors are checked by the unit tests; no panic is the point
		}
		if r == 0 || c == 0 || hasBad(m, forbid) {
			return
		}
		all := bruteAll(m, opts.Capacity, opts.Locks, opts.Bans, opts.Optional)
		totals := make([]float64, len(all))
		for x, a := range all {
			totals[x] = a.total
		}
		sort.Float64s(totals)
		if obj == Maximize {
			slices.Reverse(totals)
		}
		want := totals[:min(k, len(totals))]
		gotT := make([]float64, len(got))
		for x, a := range got {
			gotT[x] = a.Total
		}
		if !slices.Equal(want, gotT) {
			t.Fatalf("totals %v, want %v", gotT, want)
		}
	})
}

// FuzzFair: Bottleneck and LexMaxMin never panic and agree with the
// enumeration on the worst entry.
func FuzzFair(f *testing.F) {
	f.Add([]byte{3, 3, 1, 9, 8, 1, 8, 1, 2, 7, 6, 5})
	f.Fuzz(func(t *testing.T, data []byte) {
		fb := &fuzzBytes{b: data}
		r, c := fb.next()%6, fb.next()%6
		obj := Objective(fb.next() % 2)
		forbid, sgn := math.Inf(1), -1.0
		if obj == Maximize {
			forbid, sgn = math.Inf(-1), 1
		}
		m := fb.matrix(r, c, forbid)
		var d mat.Matrix = &mat.Dense{}
		if r > 0 && c > 0 {
			d = toDense(m, c)
		}
		b, errB := Bottleneck(d, obj)
		l, errL := LexMaxMin(d, obj)
		if (errB == nil) != (errL == nil) {
			t.Fatalf("errors differ: %v / %v", errB, errL)
		}
		if errB != nil || r == 0 || c == 0 || hasBad(m, forbid) {
			return
		}
		best := math.Inf(-1)
		for _, a := range bruteAll(m, nil, nil, nil, false) {
			w := math.Inf(1)
			for i, j := range a.rowToCol {
				if j >= 0 {
					w = min(w, sgn*m[i][j])
				}
			}
			best = max(best, w)
		}
		if sgn*b.Worst != best || sgn*l.Worst != best {
			t.Fatalf("worst %v / %v, want %v", b.Worst, l.Worst, sgn*best)
		}
	})
}

// FuzzRematch: a byte-coded sequence of joins and leaves never panics and
// always ends at the optimum of a cold solve (penalty 0).
func FuzzRematch(f *testing.F) {
	f.Add([]byte{2, 2, 1, 5, 3, 7, 1, 0, 4, 4, 2, 1, 9, 3, 0, 1, 2})
	f.Fuzz(func(t *testing.T, data []byte) {
		fb := &fuzzBytes{b: data}
		md := &rmModel{score: map[[2]string]float64{}}
		score := func() float64 {
			x := fb.next()
			if x%5 == 0 {
				return math.Inf(-1)
			}
			return float64(x % 7)
		}
		nE, nM := fb.next()%4, fb.next()%4
		for i := range nE {
			md.mentees = append(md.mentees, "e"+strconv.Itoa(i))
		}
		for j := range nM {
			md.mentors = append(md.mentors, "m"+strconv.Itoa(j))
			md.capa = append(md.capa, fb.next()%3)
		}
		for _, e := range md.mentees {
			for _, m := range md.mentors {
				md.score[[2]string{e, m}] = score()
			}
		}
		val, r, c := md.matrix(nil, 0)
		var d mat.Matrix = &mat.Dense{}
		if r > 0 && c > 0 {
			d = mat.NewDense(r, c, val)
		} else if r+c > 0 {
			d = rmZero{r, c}
		}
		rm, err := NewRematcher(md.mentees, md.mentors, md.capa, d, 0)
		if err != nil {
			t.Fatal(err)
		}
		for step := 0; step < 8 && fb.i < len(fb.b); step++ {
			id := "x" + strconv.Itoa(step)
			switch fb.next() % 4 {
			case 0:
				sc := make([]float64, len(md.mentors))
				for j, m := range md.mentors {
					sc[j] = score()
					md.score[[2]string{id, m}] = sc[j]
				}
				if _, err := rm.AddMentee(id, sc); err != nil {
					t.Fatal(err)
				}
				md.mentees = append(md.mentees, id)
			case 1:
				if len(md.mentees) == 0 {
					continue
				}
				k := fb.next() % len(md.mentees)
				if _, err := rm.RemoveMentee(md.mentees[k]); err != nil {
					t.Fatal(err)
				}
				md.mentees = slices.Delete(md.mentees, k, k+1)
			case 2:
				capa := fb.next() % 3
				sc := make([]float64, len(md.mentees))
				for i, e := range md.mentees {
					sc[i] = score()
					md.score[[2]string{e, id}] = sc[i]
				}
				if _, err := rm.AddMentor(id, capa, sc); err != nil {
					t.Fatal(err)
				}
				md.mentors = append(md.mentors, id)
				md.capa = append(md.capa, capa)
			default:
				if len(md.mentors) == 0 {
					continue
				}
				k := fb.next() % len(md.mentors)
				if _, err := rm.RemoveMentor(md.mentors[k]); err != nil {
					t.Fatal(err)
				}
				md.mentors = slices.Delete(md.mentors, k, k+1)
				md.capa = slices.Delete(md.capa, k, k+1)
			}
			val, r, c := md.matrix(nil, 0)
			_, want, err := capOptimum(val, r, c, md.capa)
			if err != nil {
				t.Fatal(err)
			}
			if math.Abs(want-rm.Total()) > 1e-9 {
				t.Fatalf("step %d: total %v, cold %v", step, rm.Total(), want)
			}
		}
	})
}

// FuzzMeasure: arbitrary scores, capacities and matchings never panic;
// valid ones give consistent counts.
func FuzzMeasure(f *testing.F) {
	f.Add([]byte{3, 2, 9, 5, 6, 8, 4, 252, 1, 0, 255, 2})
	f.Fuzz(func(t *testing.T, data []byte) {
		fb := &fuzzBytes{b: data}
		r, c := fb.next()%5, fb.next()%5
		m := fb.matrix(r, c, math.Inf(-1))
		var d mat.Matrix = &mat.Dense{}
		if r > 0 && c > 0 {
			d = toDense(m, c)
		}
		var capa []int
		if fb.next()%2 == 1 {
			for range c {
				capa = append(capa, fb.next()%4-1)
			}
		}
		mm := make([]int, r+fb.next()%2)
		for i := range mm {
			mm[i] = fb.next()%(c+2) - 1
		}
		q, err := Measure(d, capa, mm, QualityOptions{TopK: fb.next() % 3})
		if err != nil {
			return
		}
		if q.Matched+q.UnmatchedMentees != q.Mentees || q.BlockingPairs < 0 || q.Envious > q.Mentees {
			t.Fatalf("inconsistent %+v", q)
		}
		if q.Matched > 0 && !(q.Gini >= -1e-12 && q.Gini <= 1) && !math.IsNaN(q.Gini) {
			t.Fatalf("Gini %v", q.Gini)
		}
	})
}

// FuzzScoresStable: arbitrary score matrices and capacities go through
// PreferencesFromScores, Stable and PriceOfStability without a panic; the
// stable matching never beats the optimum.
func FuzzScoresStable(f *testing.F) {
	f.Add([]byte{3, 2, 9, 8, 8, 0, 7, 6, 1, 1, 2, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		fb := &fuzzBytes{b: data}
		r, c := fb.next()%6, fb.next()%5
		m := fb.matrix(r, c, math.Inf(-1))
		var d mat.Matrix = &mat.Dense{}
		if r > 0 && c > 0 {
			d = toDense(m, c)
		}
		var capa []int
		if fb.next()%2 == 1 {
			for range c + fb.next()%2 {
				capa = append(capa, fb.next()%4-1)
			}
		}
		p, err := PreferencesFromScores(d, nil, capa)
		if err != nil {
			return
		}
		st, err := Stable(p, Side(fb.next()%2))
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

// FuzzAuditGroups: arbitrary groups, flags and scores never panic; valid
// input gives ratios in [0, 1].
func FuzzAuditGroups(f *testing.F) {
	f.Add([]byte{4, 0, 1, 1, 9, 0, 0, 5, 2, 1, 3})
	f.Fuzz(func(t *testing.T, data []byte) {
		fb := &fuzzBytes{b: data}
		n := fb.next() % 8
		g, ok, s := make([]string, n), make([]bool, n), make([]float64, n+fb.next()%2)
		for i := range n {
			g[i] = string(rune('a' + fb.next()%3))
			ok[i] = fb.next()%2 == 1
			s[i] = fb.value(math.Inf(-1))
		}
		a, err := AuditGroups(g, ok, s)
		if err != nil {
			return
		}
		for _, x := range a.Groups {
			if x.RateRatio < 0 || x.RateRatio > 1 || x.MatchRate < 0 || x.MatchRate > 1 {
				t.Fatalf("bad stats %+v", x)
			}
		}
	})
}
