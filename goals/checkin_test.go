package goals

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestSortedCheckInsIsStable compares sortedCheckIns with the standard
// library's stable sort on random check-ins with many equal times (values
// number the input order, so any reordering of ties shows), sorted and
// unsorted, and checks that the input is left alone.
func TestSortedCheckInsIsStable(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 2026))
	start := date(2026, 1, 1)
	for range 2000 {
		cs := make([]CheckIn, rng.IntN(40))
		for i := range cs {
			cs[i] = CheckIn{Time: start.Add(time.Duration(rng.IntN(8)) * time.Hour), Value: float64(i)}
		}
		if rng.IntN(4) == 0 {
			slices.SortStableFunc(cs, func(a, b CheckIn) int { return a.Time.Compare(b.Time) })
		}
		before := slices.Clone(cs)
		want := slices.Clone(cs)
		slices.SortStableFunc(want, func(a, b CheckIn) int { return a.Time.Compare(b.Time) })
		got := sortedCheckIns(cs)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("sortedCheckIns mismatch (-stable +got):\n%s", diff)
		}
		if diff := cmp.Diff(before, cs); diff != "" {
			t.Fatalf("sortedCheckIns modified its input (-before +after):\n%s", diff)
		}
		if len(got) > 0 && &got[0] == &cs[0] {
			t.Fatal("sortedCheckIns returned its input")
		}
	}
}
