package evaluation_test

import (
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/stretchr/testify/require"
)

// TestTwoProportionZTestRefdata checks testdata/two_proportion_ztest.json:
// statsmodels 0.13.5 proportions_ztest([count1, count2], [n1, n2]).
func TestTwoProportionZTestRefdata(t *testing.T) {
	type in struct{ Count1, N1, Count2, N2 int }
	type out struct {
		Z, Pvalue num
		PPooled   num `json:"p_pooled"`
	}
	for _, c := range loadRef[in, out](t, "two_proportion_ztest") {
		t.Run(c.Name, func(t *testing.T) {
			got, err := evaluation.TwoProportionZTest(c.Input.Count1, c.Input.N1, c.Input.Count2, c.Input.N2, evaluation.TwoProportionConfig{})
			require.NoError(t, err)
			want := []float64{c.Expected.Z.V, c.Expected.Pvalue.V, c.Expected.PPooled.V}
			requireClose(t, c.Tolerance, want, []float64{got.Z, got.PValue, got.PPooled})
		})
	}
}

func TestTwoProportionZTestErrors(t *testing.T) {
	_, err := evaluation.TwoProportionZTest(3, 0, 11, 10, evaluation.TwoProportionConfig{})
	require.ErrorIs(t, err, evaluation.ErrEmpty)
	require.ErrorIs(t, err, evaluation.ErrOutOfRange) // both problems are joined
	require.ErrorContains(t, err, "n1")
	require.ErrorContains(t, err, "count2 = 11")
}

// TestTwoProportionZTestHugeCounts: counts near math.MaxInt must not
// overflow the pooled sums. By hand, with N = MaxInt, count1 = N, count2 =
// 0, n2 = N: p1 = 1, p2 = 0, pooled = 1/2, SE = √(¼·2/N) = √(1/(2N)),
// z = 1/SE = √(2N).
func TestTwoProportionZTestHugeCounts(t *testing.T) {
	const n = math.MaxInt
	r, err := evaluation.TwoProportionZTest(n, n, 0, n, evaluation.TwoProportionConfig{})
	require.NoError(t, err)
	require.InDelta(t, 0.5, r.PPooled, 1e-15)
	require.InEpsilon(t, math.Sqrt(2*float64(n)), r.Z, 1e-12)
	require.Equal(t, 0.0, r.PValue)
}

// TestTwoProportionZTestSymmetry: swapping the samples flips the sign of z
// and keeps the p-value.
func TestTwoProportionZTestSymmetry(t *testing.T) {
	for c1 := 0; c1 <= 12; c1++ {
		for c2 := 0; c2 <= 9; c2++ {
			a, err := evaluation.TwoProportionZTest(c1, 12, c2, 9, evaluation.TwoProportionConfig{})
			require.NoError(t, err)
			b, err := evaluation.TwoProportionZTest(c2, 9, c1, 12, evaluation.TwoProportionConfig{})
			require.NoError(t, err)
			if a.Z == a.Z {
				require.InDelta(t, -a.Z, b.Z, 1e-12)
				require.InDelta(t, a.PValue, b.PValue, 1e-12)
			}
		}
	}
}

func FuzzTwoProportionZTest(f *testing.F) {
	f.Add(18, 60, 9, 55, uint8(0), false)
	f.Add(18, 60, 9, 55, uint8(2), true)
	f.Fuzz(func(t *testing.T, c1, n1, c2, n2 int, alt uint8, correct bool) {
		if n1 > 1<<40 || n2 > 1<<40 {
			return
		}
		cfg := evaluation.TwoProportionConfig{Alternative: evaluation.Alternative(alt % 4), Correction: correct}
		r, err := evaluation.TwoProportionZTest(c1, n1, c2, n2, cfg)
		if err != nil {
			if !errors.Is(err, evaluation.ErrEmpty) && !errors.Is(err, evaluation.ErrOutOfRange) && !errors.Is(err, evaluation.ErrUnknownEnum) {
				t.Fatal(err)
			}
			return
		}
		if r.PValue < 0 || r.PValue > 1 || !(r.CILow >= -1 && r.CILow <= r.CIHigh && r.CIHigh <= 1) {
			t.Fatalf("p = %v, interval [%v, %v]", r.PValue, r.CILow, r.CIHigh)
		}
	})
}

func ExampleTwoProportionZTest() {
	// 18 of 60 mentored and 9 of 55 other employees were promoted.
	r, err := evaluation.TwoProportionZTest(18, 60, 9, 55, evaluation.TwoProportionConfig{})
	if err != nil {
		panic(err)
	}
	fmt.Printf("difference %.3f, z = %.3f, p = %.4f\n", r.Diff, r.Z, r.PValue)
	// Output: difference 0.136, z = 1.723, p = 0.0848
}
