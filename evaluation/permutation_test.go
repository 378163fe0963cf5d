package evaluation_test

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/evaluation"
)

func median(x []float64) float64 { return refStatistics["median"](x) }

var refTwoSample = map[string]func(x, y []float64) float64{
	"mean_diff":   meanDiff,
	"median_diff": func(x, y []float64) float64 { return median(x) - median(y) },
}

// TestPermutationRefdata checks testdata/permutation_test.json, made by
// testdata/make_report_refdata.py: scipy 1.10.1 stats.permutation_test
// (independent, two-sided) on samples small enough for every split to be
// enumerated, so the p-value is exact and does not depend on random draws;
// samples of one value are an error, as in scipy.
func TestPermutationRefdata(t *testing.T) {
	type in struct {
		X, Y      []float64
		Statistic string
	}
	type out struct {
		Statistic, Pvalue num
		NSplits           int `json:"n_splits"`
		Error             string
	}
	for _, c := range loadRef[in, out](t, "permutation_test") {
		t.Run(c.Name, func(t *testing.T) {
			x, y := slices.Clone(c.Input.X), slices.Clone(c.Input.Y)
			r, err := evaluation.PermutationTest(nil, x, y, refTwoSample[c.Input.Statistic], evaluation.PermutationConfig{Resamples: 20000})
			if c.Expected.Error != "" {
				require.ErrorIs(t, err, evaluation.ErrEmpty)
				return
			}
			require.NoError(t, err)
			require.True(t, r.Exact)
			require.Equal(t, c.Expected.NSplits, r.Resamples)
			requireClose(t, c.Tolerance, []float64{c.Expected.Statistic.V, c.Expected.Pvalue.V}, []float64{r.Statistic, r.PValue})
			require.Equal(t, c.Input.X, x)
			require.Equal(t, c.Input.Y, y)
		})
	}
}

// TestPermutationRandomAgreesWithExact: with fewer resamples than splits
// the test draws permutations; its p-value must lie within 4 standard
// errors of the exact one.
func TestPermutationRandomAgreesWithExact(t *testing.T) {
	x := []float64{0.4, 0.1, 0.6, 0.3, -0.1, 0.5, 0.2, 0.45}
	y := []float64{0.05, -0.2, 0.1, 0.0, 0.15, -0.05, 0.3}
	ex, err := evaluation.PermutationTest(nil, x, y, nil, evaluation.PermutationConfig{})
	require.NoError(t, err)
	require.True(t, ex.Exact)
	require.Equal(t, 6435, ex.Resamples) // C(15, 8)
	r, err := evaluation.PermutationTest(rand.New(rand.NewPCG(5, 5)), x, y, nil, evaluation.PermutationConfig{Resamples: 4000})
	require.NoError(t, err)
	require.False(t, r.Exact)
	se := math.Sqrt(ex.PValue * (1 - ex.PValue) / 4000)
	require.InDelta(t, ex.PValue, r.PValue, 4*2*se) // two-sided doubles the error
	// Never 0: the observed split counts.
	far, err := evaluation.PermutationTest(rand.New(rand.NewPCG(5, 5)), []float64{100, 101, 102, 103, 104, 105, 106},
		[]float64{1, 2, 3, 4, 5, 6, 7}, nil, evaluation.PermutationConfig{Resamples: 99})
	require.NoError(t, err)
	require.InDelta(t, 2.0/100, far.PValue, 1e-15)
}

func TestPermutationErrors(t *testing.T) {
	_, err := evaluation.PermutationTest(nil, []float64{1, math.NaN()}, nil, nil, evaluation.PermutationConfig{Resamples: -3})
	for _, arg := range []string{"x[1]", "y", "cfg.resamples"} {
		require.ErrorContains(t, err, arg)
	}
	big := make([]float64, 30)
	for i := range big {
		big[i] = float64(i)
	}
	_, err = evaluation.PermutationTest(nil, big, big, nil, evaluation.PermutationConfig{})
	require.ErrorIs(t, err, evaluation.ErrOutOfRange)
	require.ErrorContains(t, err, "rng")
	bad := func(x, y []float64) float64 {
		if x[0] > y[0] {
			return math.Inf(1)
		}
		return 0
	}
	_, err = evaluation.PermutationTest(nil, []float64{1, 2}, []float64{0, 3}, bad, evaluation.PermutationConfig{})
	var ie *evaluation.FieldError
	require.True(t, errors.As(err, &ie))
	require.Contains(t, ie.Field, "stat(")
}

func FuzzPermutationTest(f *testing.F) {
	f.Add([]byte{1, 5, 5, 9, 200, 7}, 3, uint64(1))
	f.Fuzz(func(t *testing.T, data []byte, split int, seed uint64) {
		vals := make([]float64, len(data))
		for i, b := range data {
			vals[i] = float64(b)
		}
		if split < 0 || split > len(vals) {
			split = len(vals) / 2
		}
		r, err := evaluation.PermutationTest(rand.New(rand.NewPCG(seed, 0)), vals[:split], vals[split:], nil, evaluation.PermutationConfig{Resamples: 200})
		if err != nil {
			if !errors.Is(err, evaluation.ErrEmpty) && !errors.Is(err, evaluation.ErrOutOfRange) {
				t.Fatal(err)
			}
			return
		}
		if !(r.PValue > 0 && r.PValue <= 1) {
			t.Fatalf("%+v", r)
		}
	})
}

// scipy 1.10.1 gives 0.25625000000000003 and p = 0.03512043512043512 for
// these samples (testdata/permutation_test.json, case engagement).
func ExamplePermutationTest() {
	mentored := []float64{0.4, 0.1, 0.6, 0.3, -0.1, 0.5, 0.2, 0.45}
	others := []float64{0.05, -0.2, 0.1, 0.0, 0.15, -0.05, 0.3}
	r, err := evaluation.PermutationTest(nil, mentored, others, meanDiff, evaluation.PermutationConfig{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("difference %.4f, p = %.4f (exact over %d splits)\n", r.Statistic, r.PValue, r.Resamples)
	// Output:
	// difference 0.2563, p = 0.0351 (exact over 6435 splits)
}
