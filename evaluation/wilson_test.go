package evaluation_test

import (
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/stretchr/testify/require"
)

// TestWilsonIntervalRefdata checks testdata/wilson_ci.json: statsmodels
// 0.13.5 proportion_confint(method="wilson").
func TestWilsonIntervalRefdata(t *testing.T) {
	type in struct {
		Successes, N int
		Confidence   float64
	}
	type out struct{ Proportion, Lower, Upper num }
	for _, c := range loadRef[in, out](t, "wilson_ci") {
		t.Run(c.Name, func(t *testing.T) {
			lo, hi, err := evaluation.WilsonInterval(c.Input.Successes, c.Input.N, c.Input.Confidence)
			require.NoError(t, err)
			want := []float64{c.Expected.Lower.V, c.Expected.Upper.V}
			requireClose(t, c.Tolerance, want, []float64{lo, hi})
		})
	}
}

func TestWilsonIntervalErrors(t *testing.T) {
	tests := []struct {
		name         string
		successes, n int
		confidence   float64
		sentinel     error
		arg          string
	}{
		{"no trials", 0, 0, 0.95, evaluation.ErrEmpty, "n"},
		{"negative successes", -1, 5, 0.95, evaluation.ErrOutOfRange, "successes"},
		{"too many successes", 6, 5, 0.95, evaluation.ErrOutOfRange, "successes"},
		{"confidence 1", 2, 5, 1, evaluation.ErrOutOfRange, "confidence"},
		{"confidence NaN", 2, 5, math.NaN(), evaluation.ErrOutOfRange, "confidence"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := evaluation.WilsonInterval(tc.successes, tc.n, tc.confidence)
			require.ErrorIs(t, err, tc.sentinel)
			var ie *evaluation.FieldError
			require.ErrorAs(t, err, &ie)
			require.Equal(t, tc.arg, ie.Field)
		})
	}
}

// TestWilsonIntervalProperties checks, over every x of n up to 60, that the
// interval contains p̂, lies in [0, 1] and is symmetric: the interval of
// n-x is the mirror image of that of x.
func TestWilsonIntervalProperties(t *testing.T) {
	for n := 1; n <= 60; n++ {
		for x := 0; x <= n; x++ {
			lo, hi, err := evaluation.WilsonInterval(x, n, 0.9)
			require.NoError(t, err)
			p := float64(x) / float64(n)
			require.True(t, lo >= 0 && lo <= p && p <= hi && hi <= 1, "n=%d x=%d: [%v, %v]", n, x, lo, hi)
			mlo, mhi, _ := evaluation.WilsonInterval(n-x, n, 0.9)
			require.InDelta(t, 1-mhi, lo, 1e-14)
			require.InDelta(t, 1-mlo, hi, 1e-14)
		}
	}
}

func FuzzWilsonInterval(f *testing.F) {
	f.Add(12, 40, 0.95)
	f.Add(0, 0, 0.0)
	f.Fuzz(func(t *testing.T, x, n int, conf float64) {
		lo, hi, err := evaluation.WilsonInterval(x, n, conf)
		if err != nil {
			if !errors.Is(err, evaluation.ErrEmpty) && !errors.Is(err, evaluation.ErrOutOfRange) {
				t.Fatalf("unexpected error kind: %v", err)
			}
			return
		}
		if !(lo >= -1e-12 && lo <= hi && hi <= 1+1e-12) {
			t.Fatalf("WilsonInterval(%d, %d, %v) = [%v, %v]", x, n, conf, lo, hi)
		}
	})
}

func ExampleWilsonInterval() {
	// 57 of 200 mentees were promoted within two years.
	lo, hi, err := evaluation.WilsonInterval(57, 200, 0.95)
	if err != nil {
		panic(err)
	}
	fmt.Printf("28.5%% promoted, 95%% CI %.1f%% to %.1f%%\n", 100*lo, 100*hi)
	// Output: 28.5% promoted, 95% CI 22.7% to 35.1%
}
