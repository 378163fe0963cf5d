package matching

import (
	"math"
	"slices"
	"sort"
	"testing"

	"github.com/mentorkit/mentorkit/matching/internal/testkit"
	"gonum.org/v1/gonum/mat"
)

// FuzzKBest: arbitrary small matrices (NaN and infinities included),
// capacities, locks and bans never panic; valid input gives exactly the
// k best totals of the enumeration.
func FuzzKBest(f *testing.F) {
	f.Add([]byte{3, 3, 0, 4, 4, 1, 3, 2, 0, 5, 3, 2, 2, 0, 0, 0})
	f.Add([]byte{2, 4, 1, 9, 1, 252, 3, 4, 5, 6, 7, 8, 1, 1, 1, 2, 3})
	f.Fuzz(func(t *testing.T, data []byte) {
		fb := &testkit.Bytes{B: data}
		r, c := fb.Next()%5, fb.Next()%5
		obj := Objective(fb.Next() % 2)
		forbid := math.Inf(1)
		if obj == Maximize {
			forbid = math.Inf(-1)
		}
		k := fb.Next() % 12
		m := fb.Matrix(r, c, forbid)
		var opts KBestOptions
		flags := fb.Next()
		if flags&1 != 0 {
			for range c {
				opts.Capacity = append(opts.Capacity, fb.Next()%4-1)
			}
		}
		if flags&2 != 0 {
			opts.Locks = []Cell{{fb.Next()%(r+1) - 0, fb.Next() % (c + 1)}}
		}
		if flags&4 != 0 {
			opts.Bans = []Cell{{fb.Next() % (r + 1), fb.Next() % (c + 1)}}
		}
		opts.Optional = flags&8 != 0
		var d mat.Matrix = &mat.Dense{}
		if r > 0 && c > 0 {
			d = testkit.ToDense(m, c)
		}
		got, err := KBest(d, obj, k, opts)
		if err != nil {
			return // errors are checked by the unit tests; no panic is the point
		}
		if r == 0 || c == 0 || testkit.HasBad(m, forbid) {
			return
		}
		all := bruteAll(m, opts.Capacity, opts.Locks, opts.Bans, opts.Optional)
		totals := make([]float64, len(all))
		for x, a := range all {
			totals[x] = a.Total
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
