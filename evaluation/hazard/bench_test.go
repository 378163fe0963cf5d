package hazard

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

// synthCox returns n subjects with p covariates (one binary, the rest
// normal), exponential times with hazard exp(xᵀβ), times rounded to whole
// days so that ties occur, and about 30% censored.
func synthCox(n, p int, seed uint64) ([]float64, []bool, [][]float64) {
	rng := rand.New(rand.NewPCG(seed, 1))
	time := make([]float64, n)
	event := make([]bool, n)
	cov := make([][]float64, p)
	for j := range cov {
		cov[j] = make([]float64, n)
	}
	for i := range n {
		eta := 0.0
		for j := range p {
			x := rng.NormFloat64()
			if j == 0 {
				x = float64(rng.IntN(2))
			}
			cov[j][i] = x
			eta += 0.3 * x / float64(j+1)
		}
		tEvent := rng.ExpFloat64() / math.Exp(eta) * 365
		tCens := rng.ExpFloat64() * 365 * 2
		time[i] = math.Ceil(min(tEvent, tCens))
		event[i] = tEvent <= tCens
	}
	return time, event, cov
}

// synthCompeting returns n subjects in two groups with two causes of exit
// and censoring, times in whole months.
func synthCompeting(n int, seed uint64) ([]float64, []int, []string) {
	rng := rand.New(rand.NewPCG(seed, 2))
	time := make([]float64, n)
	status := make([]int, n)
	group := make([]string, n)
	for i := range n {
		g := rng.IntN(2)
		group[i] = strconv.Itoa(g)
		t1 := rng.ExpFloat64() * 40 / (1 + 0.3*float64(g))
		t2 := rng.ExpFloat64() * 60
		tc := rng.ExpFloat64() * 50
		switch {
		case t1 <= t2 && t1 <= tc:
			time[i], status[i] = math.Ceil(t1), 1
		case t2 <= tc:
			time[i], status[i] = math.Ceil(t2), 2
		default:
			time[i] = math.Ceil(tc)
		}
	}
	return time, status, group
}

var sinkFit CoxFit

// BenchmarkCox fits Efron's Cox model with 5 covariates and concordance.
func BenchmarkCox(b *testing.B) {
	for _, n := range []int{1e4, 1e5, 1e6} {
		time, event, cov := synthCox(n, 5, 1)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				fit, err := Cox(time, event, cov, CoxConfig{})
				if err != nil {
					b.Fatal(err)
				}
				sinkFit = fit
			}
		})
	}
}

var sinkRisks CompetingRisks

// BenchmarkCumulativeIncidence estimates two causes in two groups with
// Gray's test.
func BenchmarkCumulativeIncidence(b *testing.B) {
	for _, n := range []int{1e4, 1e5, 1e6} {
		time, status, group := synthCompeting(n, 1)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				r, err := CumulativeIncidence(time, status, group)
				if err != nil {
					b.Fatal(err)
				}
				sinkRisks = r
			}
		})
	}
}
