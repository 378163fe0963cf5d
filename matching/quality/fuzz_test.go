package quality

import (
	"math"
	"testing"

	"github.com/mentorkit/mentorkit/matching/internal/testkit"
	"gonum.org/v1/gonum/mat"
)

// FuzzMeasure: arbitrary scores, capacities and matchings never panic;
// valid ones give consistent counts.
func FuzzMeasure(f *testing.F) {
	f.Add([]byte{3, 2, 9, 5, 6, 8, 4, 252, 1, 0, 255, 2})
	f.Fuzz(func(t *testing.T, data []byte) {
		fb := &testkit.Bytes{B: data}
		r, c := fb.Next()%5, fb.Next()%5
		m := fb.Matrix(r, c, math.Inf(-1))
		var d mat.Matrix = &mat.Dense{}
		if r > 0 && c > 0 {
			d = testkit.ToDense(m, c)
		}
		var capa []int
		if fb.Next()%2 == 1 {
			for range c {
				capa = append(capa, fb.Next()%4-1)
			}
		}
		mm := make([]int, r+fb.Next()%2)
		for i := range mm {
			mm[i] = fb.Next()%(c+2) - 1
		}
		q, err := Measure(d, capa, mm, Options{TopK: fb.Next() % 3})
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

// FuzzAuditGroups: arbitrary groups, flags and scores never panic; valid
// input gives ratios in [0, 1].
func FuzzAuditGroups(f *testing.F) {
	f.Add([]byte{4, 0, 1, 1, 9, 0, 0, 5, 2, 1, 3})
	f.Fuzz(func(t *testing.T, data []byte) {
		fb := &testkit.Bytes{B: data}
		n := fb.Next() % 8
		g, ok, s := make([]string, n), make([]bool, n), make([]float64, n+fb.Next()%2)
		for i := range n {
			g[i] = string(rune('a' + fb.Next()%3))
			ok[i] = fb.Next()%2 == 1
			s[i] = fb.Value(math.Inf(-1))
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
