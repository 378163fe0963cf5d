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
	return survivalDataRounded(n, k, true)
}

// survivalDataRounded is survivalData with the rounding to days optional:
// unrounded, the times are continuous (all distinct).
func survivalDataRounded(n, k int, days bool) ([]float64, []bool, []int) {
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
		d[i] = rng.ExpFloat64() * scale
		if days {
			d[i] = math.Round(d[i]*30) / 30
		}
		ev[i] = rng.Float64() < 0.65
	}
	return d, ev, g
}

var (
	sinkCurve evaluation.Curve
	sinkTest  evaluation.Test
)

// survivalSizes are the benchmark sizes; times "days" are rounded to days
// (many ties), "cont" are continuous (all distinct).
var survivalSizes = []int{1_000, 100_000, 1_000_000}

func BenchmarkKaplanMeier(b *testing.B) {
	for _, days := range []bool{true, false} {
		for _, n := range survivalSizes {
			d, ev, _ := survivalDataRounded(n, 2, days)
			b.Run(timesName(days)+"/n="+strconv.Itoa(n), func(b *testing.B) {
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
}

func BenchmarkLogRank(b *testing.B) {
	for _, days := range []bool{true, false} {
		for _, k := range []int{2, 4} {
			for _, n := range survivalSizes {
				d, ev, g := survivalDataRounded(n, k, days)
				b.Run(timesName(days)+"/k="+strconv.Itoa(k)+"/n="+strconv.Itoa(n), func(b *testing.B) {
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
}

// BenchmarkRestrictedMean is Kaplan–Meier plus the RMST up to 36 months.
func BenchmarkRestrictedMean(b *testing.B) {
	for _, days := range []bool{true, false} {
		for _, n := range survivalSizes {
			d, ev, _ := survivalDataRounded(n, 2, days)
			b.Run(timesName(days)+"/n="+strconv.Itoa(n), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					c, err := evaluation.KaplanMeier(d, ev)
					if err != nil {
						b.Fatal(err)
					}
					r, err := c.RestrictedMean(36)
					if err != nil {
						b.Fatal(err)
					}
					sinkRMST = r
				}
			})
		}
	}
}

var sinkRMST evaluation.RMST

func timesName(days bool) string {
	if days {
		return "days"
	}
	return "cont"
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
