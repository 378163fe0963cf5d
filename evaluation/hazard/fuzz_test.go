package hazard

import (
	"encoding/binary"
	"math"
	"testing"
)

// floats reads up to max float64 values from b.
func floats(b []byte, max int) []float64 {
	var out []float64
	for len(b) >= 8 && len(out) < max {
		out = append(out, math.Float64frombits(binary.LittleEndian.Uint64(b)))
		b = b[8:]
	}
	return out
}

// small maps bytes to small numbers so that ties and tiny data are common.
func small(b []byte) []float64 {
	out := make([]float64, len(b))
	for i, v := range b {
		out[i] = float64(v%16) / 2
	}
	return out
}

// FuzzCox feeds arbitrary times, events, covariates (raw float64 bits or
// small values with many ties) and settings to Cox: it must not panic,
// and a fit must have one coefficient per covariate and a concordance in
// [0, 1] or NaN.
func FuzzCox(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6}, []byte{1, 0, 1, 1, 0, 1}, []byte{0, 1, 0, 1, 1, 0}, []byte{3, 1, 4, 1, 5, 9}, false, uint8(0), false)
	f.Add([]byte{1, 1, 1, 1}, []byte{1, 1, 1, 1}, []byte{0, 0, 1, 1}, []byte{2, 2, 2, 2}, true, uint8(1), true)
	f.Add(make([]byte, 48), []byte{1, 0, 1}, make([]byte, 24), []byte{1}, true, uint8(2), false)
	f.Fuzz(func(t *testing.T, tb, eb, xb, zb []byte, raw bool, ties uint8, strata bool) {
		var time, x, z []float64
		if raw {
			time, x, z = floats(tb, 64), floats(xb, 64), floats(zb, 64)
		} else {
			time, x, z = small(tb), small(xb), small(zb)
		}
		event := make([]bool, len(eb))
		for i, v := range eb {
			event[i] = v%2 == 1
		}
		cfg := CoxConfig{Ties: Ties(ties % 3), TestProportionality: true}
		if strata {
			cfg.Strata = make([]int, len(time))
			for i := range cfg.Strata {
				cfg.Strata[i] = i % 2
			}
		}
		fit, err := Cox(time, event, [][]float64{x, z}, cfg)
		if err != nil {
			return
		}
		if len(fit.Coefs) != 2 {
			t.Fatalf("%d coefficients", len(fit.Coefs))
		}
		if c := fit.Concordance.Concordance; c < 0 || c > 1 {
			t.Fatalf("concordance %v", c)
		}
	})
}

// FuzzCumulativeIncidence feeds arbitrary times, statuses and groups: it
// must not panic, estimates lie in [0, 1] and the curves of one group sum
// to at most 1.
func FuzzCumulativeIncidence(f *testing.F) {
	f.Add([]byte{1, 2, 2, 3, 4, 5}, []byte{1, 2, 0, 1, 2, 0}, []byte{0, 1, 0, 1, 0, 1}, false)
	f.Add(make([]byte, 32), []byte{1, 1, 2, 2}, []byte{0, 0, 0, 0}, true)
	f.Fuzz(func(t *testing.T, tb, sb, gb []byte, raw bool) {
		var time []float64
		if raw {
			time = floats(tb, 64)
		} else {
			time = small(tb)
		}
		status := make([]int, len(sb))
		for i, v := range sb {
			status[i] = int(v%5) - 1
		}
		group := make([]string, len(gb))
		for i, v := range gb {
			group[i] = string(rune('a' + v%3))
		}
		r, err := CumulativeIncidence(time, status, group)
		if err != nil {
			return
		}
		sum := map[string]float64{}
		for _, c := range r.Curves {
			for _, e := range c.Estimate {
				if !(e >= 0 && e <= 1+1e-12) {
					t.Fatalf("estimate %v", e)
				}
			}
			if len(c.Estimate) > 0 {
				sum[c.Group] += c.Estimate[len(c.Estimate)-1]
			}
		}
		for g, s := range sum {
			if s > 1+1e-9 {
				t.Fatalf("group %q: incidences sum to %v", g, s)
			}
		}
	})
}
