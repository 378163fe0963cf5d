package learn

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/matching/pairing"
)

// FuzzFit feeds Fit breakdowns and outcomes built from bytes (NaN, out of
// range, missing, inconsistent names included): it must return a result
// whose weights are non-negative and sum to 1 (or all 0), or *FieldErrors
// — never panic.
func FuzzFit(f *testing.F) {
	f.Add([]byte{12, 2, 0, 10, 200, 30, 40, 50, 255, 1, 0, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}, uint8(0), uint8(0))
	f.Add([]byte{6, 1, 1, 0, 255, 0, 255, 0, 255, 0, 255, 0, 255, 0, 255}, uint8(1), uint8(2))
	f.Add([]byte{30, 3, 0, 251, 252, 253, 254, 4, 5, 6, 7, 8, 9, 10, 11}, uint8(2), uint8(3))
	names := []string{"skills", "interests", "location", "mood"}
	f.Fuzz(func(t *testing.T, b []byte, kind, folds uint8) {
		next := func() byte {
			if len(b) == 0 {
				return 0
			}
			v := b[0]
			b = b[1:]
			return v
		}
		n, k := int(next()%40), 1+int(next()%3)
		value := func(v byte) float64 {
			switch v {
			case 255:
				return math.NaN()
			case 254:
				return 1.5
			case 253:
				return math.Inf(-1)
			}
			return float64(v) / 250
		}
		pairs := make([]Pair, n)
		for i := range pairs {
			kk := k
			if next() == 251 {
				kk = 1 + (k % 3) // inconsistent breakdown
			}
			for j := range kk {
				v := next()
				c := pairing.Contribution{Criterion: names[(j+int(v>>7))%len(names)], Score: value(v)}
				if v == 252 {
					c.Missing = pairing.MissingBoth
				}
				pairs[i].Breakdown = append(pairs[i].Breakdown, c)
			}
			o := next()
			pairs[i].Outcome = value(o)
			if kind%3 == 1 {
				pairs[i].Outcome = float64(o % 2)
			}
		}
		cfg := Config{Outcome: Outcome(kind % 4), Folds: int(folds % 6), Bootstrap: 5}
		res, err := Fit(pairs, cfg, rand.New(rand.NewPCG(1, 2)))
		if err != nil {
			if list, ok := fault.List(err); !ok || len(list) == 0 {
				t.Fatalf("error %v is not a list of *FieldError", err)
			}
			return
		}
		var sum float64
		for _, c := range res.Criteria {
			if c.Weight < 0 || math.IsNaN(c.Weight) || c.Coef < 0 {
				t.Fatalf("criterion %+v", c)
			}
			sum += c.Weight
		}
		if sum != 0 && math.Abs(sum-1) > 1e-9 {
			t.Fatalf("weights sum to %v", sum)
		}
		if w := res.Weights(); w != nil && !(w.Skills+w.Interests+w.Location > 0) {
			t.Fatalf("weights %+v", w)
		}
	})
}
