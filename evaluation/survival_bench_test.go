package evaluation_test

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/mentorkit/mentorkit/evaluation"
)

// survivalData makes n seeded records: exponential times (mean 24 months,
// 30% longer for group 1) rounded to days, so there are many ties, about a
// third censored, in k groups.
func survivalData(n, k int) ([]float64, []bool, []int) {
	rng := rand.New(rand.NewPCG(20240601, uint64(n)))
	d := make([]float64, n)
	ev := make([]bool, n)
	g := make([]int, n)
	for i := range n {
		g[i] = i % k
		scale := 24.0
		if g[i] == 1 {
			scale *= 1.3
		}
		d[i] = math.Round(rng.ExpFloat64()*scale*30) / 30
		ev[i] = rng.Float64() < 0.65
	}
	return d, ev, g
}

var (
	sinkCurve evaluation.Curve
	sinkTest  evaluation.Test
)

func BenchmarkKaplanMeier(b *testing.B) {
	for _, n := range []int{1_000, 100_000, 1_000_000} {
		d, ev, _ := survivalData(n, 2)
		b.Run("n="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				c, err := evaluation.KaplanMeier(d, ev)
				if err != nil {
					b.Fatal(err)
				}
				sinkCurve = c
			}
		})
	}
}

func BenchmarkLogRank(b *testing.B) {
	for _, k := range []int{2, 4} {
		for _, n := range []int{1_000, 100_000, 1_000_000} {
			d, ev, g := survivalData(n, k)
			b.Run("k="+strconv.Itoa(k)+"/n="+strconv.Itoa(n), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					r, err := evaluation.LogRank(d, ev, g)
					if err != nil {
						b.Fatal(err)
					}
					sinkTest = r
				}
			})
		}
	}
}

// TestSurvivalLargeInput runs both survival functions on 200,000 seeded
// records (skipped with -short): the curve has one row per distinct time,
// so it is never longer than the data, and the log-rank test succeeds.
// Speed is measured by the benchmarks above, not here.
func TestSurvivalLargeInput(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	d, ev, g := survivalData(200_000, 3)
	c, err := evaluation.KaplanMeier(d, ev)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Time) > len(d) || c.N != len(d) {
		t.Fatalf("%d rows for %d records", len(c.Time), len(d))
	}
	if _, err := evaluation.LogRank(d, ev, g); err != nil {
		t.Fatal(err)
	}
}
