package plots

import (
	"encoding/binary"
	"math"
	"testing"

	"gonum.org/v1/plot/vg"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/mentorkit/mentorkit/evaluation/causal"
	"github.com/mentorkit/mentorkit/matching/pairing"
)

// floats reads b as little-endian float64s.
func floats(b []byte) []float64 {
	var out []float64
	for len(b) >= 8 {
		out = append(out, math.Float64frombits(binary.LittleEndian.Uint64(b)))
		b = b[8:]
	}
	return out
}

// FuzzPlots draws every plot type from arbitrary numbers: an error or a
// plot that draws, never a panic.
func FuzzPlots(f *testing.F) {
	seed := make([]byte, 0, 64)
	for _, x := range []float64{1, 2, 2, 3.5, 0.4, -0.2, math.NaN(), math.Inf(1)} {
		seed = binary.LittleEndian.AppendUint64(seed, math.Float64bits(x))
	}
	f.Add(seed, uint8(1))
	f.Fuzz(func(t *testing.T, b []byte, mode uint8) {
		xs := floats(b)
		if len(xs) > 200 {
			xs = xs[:200]
		}
		durations := make([]float64, len(xs))
		events := make([]bool, len(xs))
		var res pairing.Result
		var rows []causal.BalanceRow
		var effects []Effect
		for i, x := range xs {
			durations[i], events[i] = math.Abs(x), i%3 != int(mode)%3
			res.Pairs = append(res.Pairs, pairing.Match{Score: x})
			rows = append(rows, causal.BalanceRow{Covariate: "c", Before: evaluation.Balance{SMD: x}, After: evaluation.Balance{SMD: x / 2}})
			effects = append(effects, Effect{Label: "e", Estimate: x, Lower: x - 1, Upper: x + 1})
		}
		if c, err := evaluation.KaplanMeier(durations, events); err == nil {
			if p, err := KaplanMeier([]evaluation.Curve{c}, SurvivalOptions{Bands: Band(mode % 3), AtRisk: xs}); err == nil {
				if _, err := p.WriterTo(3*vg.Inch, 2*vg.Inch, "png"); err != nil {
					t.Fatal(err)
				}
			}
		}
		if p, err := PairScores(res, ScoreOptions{Bins: int(mode % 20)}); err == nil {
			if _, err := p.WriterTo(3*vg.Inch, 2*vg.Inch, "png"); err != nil {
				t.Fatal(err)
			}
		}
		if p, err := Balance(rows, BalanceOptions{Absolute: mode%2 == 0}); err == nil {
			if _, err := p.WriterTo(3*vg.Inch, 2*vg.Inch, "png"); err != nil {
				t.Fatal(err)
			}
		}
		if p, err := Forest(effects, ForestOptions{}); err == nil {
			if _, err := p.WriterTo(3*vg.Inch, 2*vg.Inch, "png"); err != nil {
				t.Fatal(err)
			}
		}
	})
}
