package hazard

import (
	"math/rand/v2"
	"testing"
)

// bruteConcordance counts the pairs one by one from the definition.
func bruteConcordance(time []float64, event []bool, eta []float64, strata []int) Concordance {
	var c Concordance
	for i := range time {
		for j := range time {
			if i == j || (strata != nil && strata[i] != strata[j]) || !event[i] {
				continue
			}
			switch {
			case time[i] == time[j] && event[j]:
				if i < j { // each tied event pair once
					if eta[i] == eta[j] {
						c.TiedXY++
					} else {
						c.TiedY++
					}
				}
			case time[i] < time[j] || (time[i] == time[j] && !event[j]):
				switch {
				case eta[i] > eta[j]:
					c.Concordant++
				case eta[i] < eta[j]:
					c.Discordant++
				default:
					c.TiedX++
				}
			}
		}
	}
	c.Concordance = (float64(c.Concordant) + float64(c.TiedX)/2) / float64(c.Concordant+c.Discordant+c.TiedX)
	return c
}

// TestConcordanceBruteForce compares the Fenwick-tree count with the
// pair-by-pair definition on tie-heavy random data, with and without
// strata.
func TestConcordanceBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for trial := range 50 {
		n := 1 + rng.IntN(60)
		time := make([]float64, n)
		event := make([]bool, n)
		x := make([]float64, n)
		strata := make([]int, n)
		for i := range n {
			time[i] = float64(rng.IntN(8))
			event[i] = rng.IntN(3) > 0
			x[i] = float64(rng.IntN(4))
			strata[i] = rng.IntN(3)
		}
		for _, s := range [][]int{nil, strata} {
			d := newCoxData(time, event, [][]float64{x}, s, true)
			got := concordance(time, event, [][]float64{x}, []float64{0.7}, s, d.order)
			eta := make([]float64, n)
			for i := range x {
				eta[i] = x[i] * 0.7
			}
			want := bruteConcordance(time, event, eta, s)
			if got.Concordant != want.Concordant || got.Discordant != want.Discordant || got.TiedX != want.TiedX ||
				got.TiedY != want.TiedY || got.TiedXY != want.TiedXY {
				t.Fatalf("trial %d strata %v: got %+v, want %+v", trial, s != nil, got, want)
			}
		}
	}
}
