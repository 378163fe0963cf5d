package evaluation_test

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/evaluation"
)

// refStatistics are the statistics of testdata/bootstrap_ci.json, written
// as numpy computes them.
var refStatistics = map[string]func([]float64) float64{
	"mean": mean,
	"median": func(x []float64) float64 {
		slices.Sort(x)
		n := len(x)
		if n%2 == 1 {
			return x[n/2]
		}
		return (x[n/2-1] + x[n/2]) / 2
	},
	"sd": func(x []float64) float64 {
		m := mean(x)
		var ss float64
		for _, v := range x {
			ss += (v - m) * (v - m)
		}
		return math.Sqrt(ss / float64(len(x)-1))
	},
}

// TestBootstrapRefdata checks testdata/bootstrap_ci.json, made by
// testdata/make_report_refdata.py: scipy 1.10.1 stats.bootstrap with a
// seeded numpy Generator, whose replicates the script recomputes from the
// same seed (and checks against scipy's interval); the Go code gets the
// same replicates through BootstrapFromReplicates. The cases include ties
// and a median whose BCa interval scipy reports as NaN (degenerate
// jackknife).
func TestBootstrapRefdata(t *testing.T) {
	type in struct {
		X          []float64
		Statistic  string
		Method     string
		Confidence float64
		Replicates []float64
	}
	type out struct {
		Lower, Upper  num
		StandardError num `json:"standard_error"`
	}
	for _, c := range loadRef[in, out](t, "bootstrap_ci") {
		t.Run(c.Name, func(t *testing.T) {
			stat, ok := refStatistics[c.Input.Statistic]
			require.True(t, ok, c.Input.Statistic)
			cfg := evaluation.BootstrapConfig{Confidence: c.Input.Confidence}
			if c.Input.Method == "percentile" {
				cfg.Method = evaluation.MethodPercentile
			}
			x := slices.Clone(c.Input.X)
			reps := slices.Clone(c.Input.Replicates)
			r, err := evaluation.BootstrapFromReplicates(x, stat, reps, cfg)
			require.NoError(t, err)
			want := []float64{c.Expected.Lower.V, c.Expected.Upper.V, c.Expected.StandardError.V}
			requireClose(t, c.Tolerance, want, []float64{r.Lower, r.Upper, r.StdErr})
			require.Equal(t, c.Input.X, x, "x modified")
			require.Equal(t, c.Input.Replicates, reps, "replicates modified")
			require.Equal(t, len(reps), r.Resamples)
		})
	}
}

// TestBootstrapCoverage draws 200 normal samples of 40 and checks that
// the 90% intervals of the mean cover the true mean between 80% and 97%
// of the time (binomial bounds for 0.9·200 ± 3.5 sd), for both methods.
func TestBootstrapCoverage(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, m := range []evaluation.Method{evaluation.MethodBCa, evaluation.MethodPercentile} {
		hits := 0
		for range 200 {
			x := make([]float64, 40)
			for i := range x {
				x[i] = 5 + 2*rng.NormFloat64()
			}
			r, err := evaluation.BootstrapCI(rng, x, nil, evaluation.BootstrapConfig{Resamples: 999, Confidence: 0.9, Method: m})
			require.NoError(t, err)
			if r.Lower <= 5 && 5 <= r.Upper {
				hits++
			}
			// The bootstrap SE estimates 2/√40.
			require.InDelta(t, 2/math.Sqrt(40), r.StdErr, 0.15)
		}
		require.True(t, hits >= 160 && hits <= 194, "%s: %d of 200", m, hits)
	}
}

func TestBootstrapDeterministic(t *testing.T) {
	x := []float64{3.1, 4.2, 2.2, 5.9, 4.4, 3.3, 3.8, 6.1, 2.9, 4.0}
	run := func() evaluation.Bootstrap {
		r, err := evaluation.BootstrapCI(rand.New(rand.NewPCG(1, 1)), x, refStatistics["median"], evaluation.BootstrapConfig{Resamples: 500})
		require.NoError(t, err)
		return r
	}
	a, b := run(), run()
	if d := cmp.Diff(a, b, cmpopts.EquateNaNs()); d != "" {
		t.Fatalf("same seed, different result (-a +b):\n%s", d)
	}
	require.Equal(t, []float64{3.1, 4.2, 2.2, 5.9, 4.4, 3.3, 3.8, 6.1, 2.9, 4.0}, x, "x modified by a sorting statistic")
	require.Equal(t, 3.9, a.Estimate)
	require.Equal(t, 500, a.Resamples)
	require.False(t, math.IsNaN(a.Z0) || math.IsNaN(a.Accel))
}

func TestBootstrapErrors(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	_, err := evaluation.BootstrapCI(nil, []float64{1}, nil, evaluation.BootstrapConfig{Resamples: -1, Confidence: 1, Method: 9})
	for _, s := range []error{evaluation.ErrEmpty, evaluation.ErrOutOfRange, evaluation.ErrUnknownEnum} {
		require.ErrorIs(t, err, s)
	}
	for _, arg := range []string{"x", "cfg.resamples", "cfg.confidence", "cfg.method", "rng"} {
		require.ErrorContains(t, err, arg)
	}
	_, err = evaluation.BootstrapCI(rng, []float64{1, math.NaN()}, nil, evaluation.BootstrapConfig{})
	require.ErrorContains(t, err, "x[1]")
	// A statistic that fails on some resample is named.
	bad := func(x []float64) float64 {
		if x[0] == x[1] {
			return math.NaN()
		}
		return 0
	}
	_, err = evaluation.BootstrapCI(rng, []float64{1, 2, 3}, bad, evaluation.BootstrapConfig{Resamples: 100})
	var ie *evaluation.FieldError
	require.True(t, errors.As(err, &ie))
	require.Contains(t, ie.Field, "stat(resample ")
	_, err = evaluation.BootstrapFromReplicates([]float64{1, 2}, nil, []float64{1, math.Inf(1)}, evaluation.BootstrapConfig{})
	require.ErrorContains(t, err, "replicates[1]")
	_, err = evaluation.BootstrapFromReplicates([]float64{1, 2}, nil, nil, evaluation.BootstrapConfig{})
	require.ErrorIs(t, err, evaluation.ErrEmpty)
}

func FuzzBootstrapCI(f *testing.F) {
	f.Add([]byte{1, 5, 5, 9, 200}, uint64(1), 0.95, false)
	f.Fuzz(func(t *testing.T, data []byte, seed uint64, conf float64, pct bool) {
		x := make([]float64, len(data))
		for i, b := range data {
			x[i] = float64(int(b)-128) / 4
		}
		cfg := evaluation.BootstrapConfig{Resamples: 50, Confidence: conf}
		if pct {
			cfg.Method = evaluation.MethodPercentile
		}
		r, err := evaluation.BootstrapCI(rand.New(rand.NewPCG(seed, 0)), x, nil, cfg)
		if err != nil {
			if !errors.Is(err, evaluation.ErrEmpty) && !errors.Is(err, evaluation.ErrOutOfRange) {
				t.Fatal(err)
			}
			return
		}
		lo, hi := slices.Min(x), slices.Max(x)
		for _, v := range []float64{r.Lower, r.Upper} {
			if !math.IsNaN(v) && (v < lo || v > hi) {
				t.Fatalf("%v outside the data range: %+v", v, r)
			}
		}
		if !math.IsNaN(r.Lower) && r.Lower > r.Upper {
			t.Fatalf("%+v", r)
		}
	})
}

func ExampleBootstrapCI() {
	// Engagement change (after minus before) of twelve mentees.
	change := []float64{0.4, 0.1, 0.6, 0.3, -0.1, 0.5, 0.2, 0.45, 0.9, 0.0, 0.35, 0.25}
	rng := rand.New(rand.NewPCG(2026, 11))
	r, err := evaluation.BootstrapCI(rng, change, mean, evaluation.BootstrapConfig{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("mean %.3f, %s 95%% CI from %d resamples\n", r.Estimate, r.Method, r.Resamples)
	fmt.Println(r.Lower > 0.15 && r.Lower < 0.25, r.Upper > 0.4 && r.Upper < 0.5)
	// Output:
	// mean 0.329, bca 95% CI from 9999 resamples
	// true true
}

// mean is the arithmetic mean, the statistic BootstrapCI uses by default.
func mean(x []float64) float64 {
	var s float64
	for _, v := range x {
		s += v
	}
	return s / float64(len(x))
}

// meanDiff is mean(x) - mean(y), PermutationTest's default statistic.
func meanDiff(x, y []float64) float64 { return mean(x) - mean(y) }
