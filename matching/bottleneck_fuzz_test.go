package matching

import (
	"math"
	"testing"

	"github.com/mentorkit/mentorkit/matching/internal/testkit"
	"gonum.org/v1/gonum/mat"
)

// FuzzFair: Bottleneck and LexMaxMin never panic and agree with the
// enumeration on the worst entry.
func FuzzFair(f *testing.F) {
	f.Add([]byte{3, 3, 1, 9, 8, 1, 8, 1, 2, 7, 6, 5})
	f.Fuzz(func(t *testing.T, data []byte) {
		fb := &testkit.Bytes{B: data}
		r, c := fb.Next()%6, fb.Next()%6
		obj := Objective(fb.Next() % 2)
		forbid, sgn := math.Inf(1), -1.0
		if obj == Maximize {
			forbid, sgn = math.Inf(-1), 1
		}
		m := fb.Matrix(r, c, forbid)
		var d mat.Matrix = &mat.Dense{}
		if r > 0 && c > 0 {
			d = testkit.ToDense(m, c)
		}
		b, errB := Bottleneck(d, obj)
		l, errL := LexMaxMin(d, obj)
		if (errB == nil) != (errL == nil) {
			t.Fatalf("errors differ: %v / %v", errB, errL)
		}
		if errB != nil || r == 0 || c == 0 || testkit.HasBad(m, forbid) {
			return
		}
		best := math.Inf(-1)
		for _, a := range bruteAll(m, nil, nil, nil, false) {
			w := math.Inf(1)
			for i, j := range a.RowToCol {
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
