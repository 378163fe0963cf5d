package timesort

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestTimeOrder checks the radix sort against a stable comparison sort on
// times with ties, negative values, −0 and 0, tiny and huge magnitudes.
func TestTimeOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(22, 2026))
	pool := []float64{0, math.Copysign(0, -1), -1, 1, 1e-300, -1e-300, 5e300, -5e300, 3.5, 30.0 / 30}
	for trial := range 200 {
		n := rng.IntN(300)
		time := make([]float64, n)
		for i := range time {
			switch trial % 3 {
			case 0:
				time[i] = pool[rng.IntN(len(pool))]
			case 1:
				time[i] = math.Round(rng.NormFloat64()*100) / 30
			default:
				time[i] = rng.ExpFloat64() * 24
			}
		}
		want := make([]int, n)
		for i := range want {
			want[i] = i
		}
		slices.SortStableFunc(want, func(a, b int) int { return cmp.Compare(time[a]+0, time[b]+0) })
		require.Equal(t, want, Order(time), "trial %d", trial)
	}
}

// TestKeyTime: Key is strictly monotone over a ladder of finite times and
// Time inverts it (−0 comes back as 0).
func TestKeyTime(t *testing.T) {
	ladder := []float64{-math.MaxFloat64, -1e300, -1, -math.SmallestNonzeroFloat64, 0, math.SmallestNonzeroFloat64, 1e-300, 1, 2, 1e300, math.MaxFloat64}
	for i, x := range ladder {
		require.Equal(t, x, Time(Key(x)))
		if i > 0 {
			require.Less(t, Key(ladder[i-1]), Key(x), "%g < %g", ladder[i-1], x)
		}
	}
	require.Equal(t, Key(0), Key(math.Copysign(0, -1)))
	require.False(t, math.Signbit(Time(Key(math.Copysign(0, -1)))))
}

// TestSortFlagged checks SortFlagged against a stable comparison sort on
// the times (the flag never orders), with ties, 0 and −0, tiny and huge
// non-negative times, and that each word keeps its time and flag.
func TestSortFlagged(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 2026))
	pool := []float64{0, math.Copysign(0, -1), 1e-300, 5e300, 3.5, 1, math.SmallestNonzeroFloat64}
	for trial := range 200 {
		n := rng.IntN(300)
		ws := make([]uint64, n)
		var h Histogram
		type sub struct {
			t    float64
			flag bool
		}
		want := make([]sub, n)
		for i := range ws {
			var x float64
			if trial%2 == 0 {
				x = pool[rng.IntN(len(pool))]
			} else {
				x = math.Round(rng.ExpFloat64()*100) / 7
			}
			f := rng.IntN(2) == 1
			ws[i] = Flag(x, f)
			h.CountFlagged(ws[i])
			want[i] = sub{x + 0, f}
		}
		slices.SortStableFunc(want, func(a, b sub) int { return cmp.Compare(a.t, b.t) })
		got := h.SortFlagged(ws)
		for i, w := range got {
			if FlagTime(w) != want[i].t || Flagged(w) != want[i].flag || math.Signbit(FlagTime(w)) {
				t.Fatalf("trial %d: word %d is (%g, %v), want (%g, %v)", trial, i, FlagTime(w), Flagged(w), want[i].t, want[i].flag)
			}
		}
	}
}
