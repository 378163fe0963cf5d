package causal

import (
	"encoding/json"
	"errors"
	"math"
	"testing"

	"github.com/mentorkit/mentorkit/internal/jsontest"
	"github.com/mentorkit/mentorkit/internal/refdata"
)

// refCase is one case of a reference file of the second wave (the files in
// testdata are unchanged copies of the shared reference data; their
// generator, R 4.2.2, and exact calls are in each case's source field).
type refCase = refdata.Case[json.RawMessage, map[string]json.RawMessage]

func readRef(t *testing.T, file string) []refCase {
	return refdata.Load[json.RawMessage, map[string]json.RawMessage](t, file)
}

// nums decodes a number, an array of numbers, null (NaN) or a non-finite
// string.
func nums(t *testing.T, raw json.RawMessage) []float64 {
	t.Helper()
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	conv := func(v any) float64 {
		switch v := v.(type) {
		case float64:
			return v
		case string:
			switch v {
			case "Infinity":
				return math.Inf(1)
			case "-Infinity":
				return math.Inf(-1)
			}
		}
		return math.NaN()
	}
	if a, ok := v.([]any); ok {
		out := make([]float64, len(a))
		for i, e := range a {
			out[i] = conv(e)
		}
		return out
	}
	return []float64{conv(v)}
}

// compare checks got against the expected values named in c.
func compare(t *testing.T, c refCase, got map[string][]float64, skip ...string) {
	t.Helper()
outer:
	for key, raw := range c.Expected {
		for _, s := range skip {
			if s == key {
				continue outer
			}
		}
		g, ok := got[key]
		if !ok {
			t.Errorf("no value for %q", key)
			continue
		}
		want := nums(t, raw)
		if len(want) != len(g) {
			t.Errorf("%s: %d values, want %d", key, len(g), len(want))
			continue
		}
		for i, w := range want {
			if math.IsNaN(w) {
				if !math.IsNaN(g[i]) {
					t.Errorf("%s[%d] = %v, want NaN (null)", key, i, g[i])
				}
				continue
			}
			if math.Abs(g[i]-w) > math.Max(c.Tolerance.Rel*math.Abs(w), c.Tolerance.Abs) {
				t.Errorf("%s[%d] = %.15g, want %.15g", key, i, g[i], w)
			}
		}
	}
}

func TestRosenbaumReference(t *testing.T) {
	for _, c := range readRef(t, "rosenbaum.json") {
		t.Run(c.Name, func(t *testing.T) {
			var in struct{ X, Y, Gammas []float64 }
			if err := json.Unmarshal(c.Input, &in); err != nil {
				t.Fatal(err)
			}
			s, err := Rosenbaum(in.X, in.Y, SensitivityConfig{Gammas: in.Gammas})
			if _, isErr := c.Expected["error"]; isErr {
				if !errors.Is(err, ErrAllZero) {
					t.Fatalf("err = %v, want ErrAllZero", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := map[string][]float64{
				"n_pairs_used": {float64(s.Pairs)}, "n_zero_dropped": {float64(s.ZeroDropped)},
				"t_plus": {s.TPlus}, "sum_ranks": {s.SumRanks}, "sum_ranks_sq": {s.SumRanksSq},
			}
			for _, b := range s.Bounds {
				for k, v := range map[string]float64{"gamma": b.Gamma, "p_upper": b.PUpper, "p_lower": b.PLower,
					"e_upper": b.EUpper, "e_lower": b.ELower, "var": b.Var, "z_upper": b.ZUpper, "p_upper_exact": b.PUpperExact} {
					got[k] = append(got[k], v)
				}
			}
			compare(t, c, got)
			// The critical Γ is where the upper bound reaches α = 0.05.
			if g := s.GammaCritical; !math.IsNaN(g) && !math.IsInf(g, 0) {
				p := s.bound(g, nil).PUpper
				if math.Abs(p-0.05) > 1e-8 {
					t.Errorf("p_upper(Γ* = %v) = %v, want 0.05", g, p)
				}
			}
			jsontest.RoundTrip(t, s)
		})
	}
}

// The lead data (Rosenbaum 2002, §4.3): at Γ = 1 the upper bound is far
// below 0.05 and at Γ = 3 it is 0.013 (reference file), so significance is
// lost between Γ = 3 and beyond, and the exact critical Γ is larger still
// because the exact bound is smaller there.
func TestRosenbaumCritical(t *testing.T) {
	c := readRef(t, "rosenbaum.json")[0]
	var in struct{ X, Y []float64 }
	if err := json.Unmarshal(c.Input, &in); err != nil {
		t.Fatal(err)
	}
	s, err := Rosenbaum(in.X, in.Y, SensitivityConfig{})
	if err != nil {
		t.Fatal(err)
	}
	if !(s.GammaCritical > 3) || !(s.GammaCriticalExact > s.GammaCritical) {
		t.Errorf("Γ* = %v, exact %v", s.GammaCritical, s.GammaCriticalExact)
	}
	// Brute force: p_upper is increasing, so below Γ* it is below α.
	for g := 1.0; g < s.GammaCritical; g += 0.05 {
		if p := s.bound(g, nil).PUpper; p >= 0.05 {
			t.Errorf("p_upper(%v) = %v ≥ 0.05 below Γ* = %v", g, p, s.GammaCritical)
		}
	}
	// A negative effect is not significant at Γ = 1: no hidden bias is needed.
	neg, err := Rosenbaum(in.Y, in.X, SensitivityConfig{})
	if err != nil || !math.IsNaN(neg.GammaCritical) {
		t.Errorf("reversed: Γ* = %v, err %v; want NaN", neg.GammaCritical, err)
	}
}

// The exact bound equals brute-force enumeration of the 2^n sign patterns.
func TestRosenbaumExactBruteForce(t *testing.T) {
	x := []float64{1.5, -2, 3, 0.5, 4, -1, 2.5, 2}
	y := make([]float64, len(x))
	s, err := Rosenbaum(x, y, SensitivityConfig{Gammas: []float64{1, 2.5}})
	if err != nil {
		t.Fatal(err)
	}
	ranks := absRanks(x)
	for _, b := range s.Bounds {
		p := b.Gamma / (1 + b.Gamma)
		var tail float64
		for mask := 0; mask < 1<<len(x); mask++ {
			var tp, pr float64 = 0, 1
			for i, r := range ranks {
				if mask>>i&1 == 1 {
					tp += r
					pr *= p
				} else {
					pr *= 1 - p
				}
			}
			if tp >= s.TPlus-1e-9 {
				tail += pr
			}
		}
		if math.Abs(tail-b.PUpperExact) > 1e-12 {
			t.Errorf("Γ = %v: exact %v, brute force %v", b.Gamma, b.PUpperExact, tail)
		}
	}
}

func TestRosenbaumBadInput(t *testing.T) {
	tests := []struct {
		name string
		x, y []float64
		cfg  SensitivityConfig
		want error
	}{
		{"empty", nil, nil, SensitivityConfig{}, ErrEmpty},
		{"lengths", []float64{1, 2}, []float64{1}, SensitivityConfig{}, ErrLength},
		{"NaN", []float64{1, math.NaN()}, []float64{0, 0}, SensitivityConfig{}, ErrOutOfRange},
		{"gamma below one", []float64{1, 2}, []float64{0, 0}, SensitivityConfig{Gammas: []float64{0.5}}, ErrOutOfRange},
		{"gamma Inf", []float64{1, 2}, []float64{0, 0}, SensitivityConfig{Gammas: []float64{math.Inf(1)}}, ErrOutOfRange},
		{"confidence", []float64{1, 2}, []float64{0, 0}, SensitivityConfig{Confidence: 1}, ErrOutOfRange},
		{"all zero", []float64{1, 2}, []float64{1, 2}, SensitivityConfig{}, ErrAllZero},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Rosenbaum(tt.x, tt.y, tt.cfg); !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
	jsontest.RoundTrip(t, SensitivityConfig{Gammas: []float64{1, 2}, Confidence: 0.9})
}

func FuzzRosenbaum(f *testing.F) {
	f.Add([]byte{3, 5, 1, 9, 9}, []byte{1, 2, 3, 4, 9}, 1.5)
	f.Fuzz(func(t *testing.T, xb, yb []byte, g float64) {
		n := min(len(xb), len(yb), 300)
		x, y := make([]float64, n), make([]float64, n)
		for i := range n {
			x[i], y[i] = float64(int8(xb[i]))/4, float64(int8(yb[i]))/4
		}
		s, err := Rosenbaum(x, y, SensitivityConfig{Gammas: []float64{1, g}})
		if err != nil {
			return
		}
		for _, b := range s.Bounds {
			if b.PUpper < b.PLower-1e-12 || b.PUpper > 1 || b.PLower < 0 {
				t.Fatalf("bounds %+v", b)
			}
		}
	})
}
