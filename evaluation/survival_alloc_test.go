package evaluation

import (
	"math"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSurvivalAllocations pins the docs' "a fixed number of allocations
// whatever n": KaplanMeier makes four at 1,000 and at 100,000 records
// (continuous times: one row per record), LogRank at most 40 at both
// sizes (gonum's solve draws on sync.Pool workspaces, which a garbage
// collection empties, so its count moves by a few).
func TestSurvivalAllocations(t *testing.T) {
	count := func(n int, f func(d []float64, ev []bool, g []int)) float64 {
		d := make([]float64, n)
		ev := make([]bool, n)
		g := make([]int, n)
		for i := range d {
			d[i] = float64((i*7919)%n) + 0.5
			ev[i] = i%3 != 0
			g[i] = i % 2
		}
		return testing.AllocsPerRun(3, func() { f(d, ev, g) })
	}
	km := func(d []float64, ev []bool, _ []int) {
		if _, err := KaplanMeier(d, ev); err != nil {
			t.Fatal(err)
		}
	}
	lr := func(d []float64, ev []bool, g []int) {
		if _, err := LogRank(d, ev, g); err != nil {
			t.Fatal(err)
		}
	}
	if a, b := count(1000, km), count(100_000, km); a != 4 || b != 4 {
		t.Errorf("KaplanMeier allocations: %v at 1,000, %v at 100,000, want 4", a, b)
	}
	if a, b := count(1000, lr), count(100_000, lr); a > 40 || b > 40 {
		t.Errorf("LogRank allocations: %v at 1,000, %v at 100,000, want <= 40", a, b)
	}
}

// TestSortedRecords checks the radix sort against a stable sort by value
// on times with ties, zeros (also −0, one time with 0), subnormals and
// huge values; equal times keep their input order.
func TestSortedRecords(t *testing.T) {
	d := []float64{3, 0, math.Copysign(0, -1), 1e300, 5e-324, 2.5, 3, 1, 0x1p-1022, 3, 7e10, 2.5}
	ev := make([]bool, len(d))
	g := make([]int32, len(d))
	for i := range d {
		ev[i] = i%2 == 0
		g[i] = int32(i)
	}
	type rec struct {
		T     float64
		Event bool
		Group int32
	}
	var want []rec
	for i, v := range d {
		want = append(want, rec{v + 0, ev[i], g[i]})
	}
	slices.SortStableFunc(want, func(a, b rec) int {
		switch {
		case a.T < b.T:
			return -1
		case a.T > b.T:
			return 1
		}
		return 0
	})
	var got []rec
	for _, r := range sortedRecords(d, ev, g) {
		got = append(got, rec{recTime(r), recEvent(r), recGroup(r)})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Error(diff)
	}
	c, err := KaplanMeier([]float64{0, math.Copysign(0, -1), 1}, []bool{true, false, true})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Time) != 2 || c.Died[0] != 1 || c.Censored[0] != 1 {
		t.Errorf("0 and −0 are not one row: %+v", c)
	}
}
