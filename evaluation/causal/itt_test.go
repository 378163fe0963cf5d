package causal

import (
	"errors"
	"math"
	"testing"

	"github.com/mentorkit/mentorkit/internal/jsontest"
)

// Hand calculation: offered y = 3, 5 (mean 4, variance 2); not offered
// y = 1, 2, 3 (mean 2, variance 1): ITT = 2, SE = √(2/2 + 1/3) = √(4/3).
func TestIntentionToTreatHand(t *testing.T) {
	r, err := IntentionToTreat([]bool{true, false, true, false, false}, []float64{3, 1, 5, 2, 3}, EffectConfig{})
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(r.Effect.Estimate-2) > 1e-12 || math.Abs(r.Effect.SE-math.Sqrt(4.0/3)) > 1e-12 {
		t.Errorf("ITT %+v, want 2 ± √(4/3)", r.Effect)
	}
	// 95% interval: 2 ± 1.959963984540054·√(4/3).
	if math.Abs(r.Effect.Upper-(2+1.959963984540054*math.Sqrt(4.0/3))) > 1e-9 {
		t.Errorf("upper %v", r.Effect.Upper)
	}
	jsontest.RoundTrip(t, r)
}

// Hand calculation: offered y = 4, 6, 2, 2 with take-up 1, 1, 0, 0; not
// offered y = 2, 2, 2, 2, none took it. ITT_y = 3.5 − 2 = 1.5, ITT_d = 0.5,
// CACE = 3. Var(ITT_y) = (11/3)/4, Var(ITT_d) = (1/3)/4, Cov = 1/4 (the
// offered arm's covariance 1, over 4), so Var(CACE) = (11/12 − 2·3·1/4 +
// 9/12)/0.25 = 2/3.
func TestComplierEffectHand(t *testing.T) {
	assigned := []bool{true, true, true, true, false, false, false, false}
	took := []bool{true, true, false, false, false, false, false, false}
	y := []float64{4, 6, 2, 2, 2, 2, 2, 2}
	r, err := ComplierEffect(assigned, took, y, EffectConfig{})
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(r.Effect.Estimate-3) > 1e-12 || math.Abs(r.Effect.SE-math.Sqrt(2.0/3)) > 1e-12 {
		t.Errorf("CACE %+v, want 3 ± √(2/3)", r.Effect)
	}
	if math.Abs(r.TakeUp.Effect.Estimate-0.5) > 1e-12 || math.Abs(r.Outcome.Effect.Estimate-1.5) > 1e-12 {
		t.Errorf("ITT_d %v ITT_y %v", r.TakeUp.Effect.Estimate, r.Outcome.Effect.Estimate)
	}
	jsontest.RoundTrip(t, r)
}

// Property: with full compliance the CACE is the ITT, with the same SE.
func TestComplierEffectFullCompliance(t *testing.T) {
	assigned := []bool{true, false, true, false, true, false, true}
	y := []float64{3.2, 1.1, 4.5, 2.2, 3.9, 0.7, 2.8}
	c, err := ComplierEffect(assigned, assigned, y, EffectConfig{Confidence: 0.9})
	if err != nil {
		t.Fatal(err)
	}
	i, _ := IntentionToTreat(assigned, y, EffectConfig{Confidence: 0.9})
	if math.Abs(c.Effect.Estimate-i.Effect.Estimate) > 1e-12 || math.Abs(c.Effect.SE-i.Effect.SE) > 1e-12 {
		t.Errorf("CACE %+v, ITT %+v", c.Effect, i.Effect)
	}
	// No difference in take-up: NaN with a reason.
	none, err := ComplierEffect(assigned, make([]bool, len(y)), y, EffectConfig{})
	if err != nil || !math.IsNaN(none.Effect.Estimate) || none.Reason == "" {
		t.Errorf("no instrument: %+v %v", none, err)
	}
	jsontest.RoundTrip(t, none)
	jsontest.RoundTrip(t, EffectConfig{Confidence: 0.9})
}

func TestEffectBadInput(t *testing.T) {
	tests := []struct {
		name     string
		assigned []bool
		took     []bool
		y        []float64
		cfg      EffectConfig
		want     error
	}{
		{"single group", []bool{true, true, true}, []bool{true, true, true}, []float64{1, 2, 3}, EffectConfig{}, ErrEmpty},
		{"one control", []bool{true, true, false}, []bool{true, true, false}, []float64{1, 2, 3}, EffectConfig{}, ErrEmpty},
		{"lengths", []bool{true, false}, []bool{true, false}, []float64{1}, EffectConfig{}, ErrLength},
		{"took lengths", []bool{true, false, true, false}, []bool{true}, []float64{1, 2, 3, 4}, EffectConfig{}, ErrLength},
		{"NaN", []bool{true, false, true, false}, []bool{true, false, true, false}, []float64{1, math.NaN(), 3, 4}, EffectConfig{}, ErrOutOfRange},
		{"confidence", []bool{true, false, true, false}, []bool{true, false, true, false}, []float64{1, 2, 3, 4}, EffectConfig{Confidence: -1}, ErrOutOfRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := ComplierEffect(tt.assigned, tt.took, tt.y, tt.cfg); !errors.Is(err, tt.want) {
				t.Errorf("CACE err = %v, want %v", err, tt.want)
			}
			if tt.name == "took lengths" {
				return
			}
			if _, err := IntentionToTreat(tt.assigned, tt.y, tt.cfg); !errors.Is(err, tt.want) {
				t.Errorf("ITT err = %v, want %v", err, tt.want)
			}
		})
	}
}

func FuzzComplierEffect(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6}, []byte{0, 1, 2, 3, 0, 1})
	f.Fuzz(func(t *testing.T, yb, zb []byte) {
		n := min(len(yb), len(zb), 100)
		assigned, took, y := make([]bool, n), make([]bool, n), make([]float64, n)
		for i := range n {
			assigned[i], took[i], y[i] = zb[i]&1 == 1, zb[i]&2 == 2, float64(int8(yb[i]))
		}
		r, err := ComplierEffect(assigned, took, y, EffectConfig{})
		if err != nil {
			return
		}
		if math.IsNaN(r.Effect.Estimate) != (r.Reason != "") {
			t.Fatalf("%+v", r)
		}
		if _, err := IntentionToTreat(assigned, y, EffectConfig{}); err != nil {
			t.Fatal(err)
		}
	})
}

// The complier effect and its standard error equal 2SLS with the offer as
// the instrument and the HC2 sandwich variance, computed by hand in base R
// 4.2.2 by testdata/iv_hc2.R.
func TestComplierEffectHC2(t *testing.T) {
	b := func(v ...int) []bool {
		out := make([]bool, len(v))
		for i, x := range v {
			out[i] = x == 1
		}
		return out
	}
	tests := []struct {
		z, d     []bool
		y        []float64
		cace, se float64
	}{
		{b(1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0), b(1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
			[]float64{7, 8, 6, 9, 7, 8, 5, 6, 5, 6, 4, 6, 5, 5, 6, 5}, 2.33333333333333, 0.553965979892544},
		{b(1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0), b(1, 1, 1, 0, 1, 0, 1, 0, 1, 0, 0, 0),
			[]float64{5.1, 6.2, 4.8, 3.9, 5.5, 4.1, 6.0, 3.8, 4.9, 4.2, 3.5, 4.0}, 1.95555555555556, 0.576778828934882},
	}
	for _, tt := range tests {
		r, err := ComplierEffect(tt.z, tt.d, tt.y, EffectConfig{})
		if err != nil {
			t.Fatal(err)
		}
		if math.Abs(r.Effect.Estimate-tt.cace) > 1e-12 || math.Abs(r.Effect.SE-tt.se) > 1e-12 {
			t.Errorf("CACE %v ± %v, want %v ± %v", r.Effect.Estimate, r.Effect.SE, tt.cace, tt.se)
		}
	}
}
