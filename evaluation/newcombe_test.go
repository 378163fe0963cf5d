package evaluation_test

import (
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/evaluation"
)

// TestNewcombeIntervalRefdata checks testdata/newcombe_diff.json:
// statsmodels 0.13.5 confint_proportions_2indep(method="newcomb",
// compare="diff"), made by testdata/make_report_refdata.py. The first cases
// are Newcombe's (1998) own examples (a), (c) and (g).
func TestNewcombeIntervalRefdata(t *testing.T) {
	type in struct {
		Count1, N1, Count2, N2 int
		Confidence             float64
	}
	type out struct{ Diff, Lower, Upper num }
	for _, c := range loadRef[in, out](t, "newcombe_diff") {
		t.Run(c.Name, func(t *testing.T) {
			r, err := evaluation.NewcombeInterval(c.Input.Count1, c.Input.N1, c.Input.Count2, c.Input.N2, c.Input.Confidence)
			require.NoError(t, err)
			want := []float64{c.Expected.Diff.V, c.Expected.Lower.V, c.Expected.Upper.V}
			requireClose(t, c.Tolerance, want, []float64{r.Diff, r.Lower, r.Upper})
			require.Equal(t, c.Input.Confidence, r.Confidence)
		})
	}
}

// TestNewcombePublished checks Newcombe (1998, Table II, method 10) to the
// four decimals printed there: 56/70 - 48/80 gives [0.0524, 0.3339] and
// 9/10 - 3/10 gives [0.1705, 0.8090].
func TestNewcombePublished(t *testing.T) {
	for _, tc := range []struct {
		c1, n1, c2, n2 int
		lo, hi         float64
	}{{56, 70, 48, 80, 0.0524, 0.3339}, {9, 10, 3, 10, 0.1705, 0.8090}} {
		r, err := evaluation.NewcombeInterval(tc.c1, tc.n1, tc.c2, tc.n2, 0.95)
		require.NoError(t, err)
		require.InDelta(t, tc.lo, r.Lower, 5e-5)
		require.InDelta(t, tc.hi, r.Upper, 5e-5)
	}
}

// TestNewcombeProperties checks, on every table with n1, n2 <= 12, that
// the interval holds the difference, lies in [-1, 1], and mirrors when
// the groups swap.
func TestNewcombeProperties(t *testing.T) {
	for n1 := 1; n1 <= 12; n1++ {
		for n2 := 1; n2 <= 12; n2++ {
			for c1 := 0; c1 <= n1; c1++ {
				for c2 := 0; c2 <= n2; c2++ {
					a, err := evaluation.NewcombeInterval(c1, n1, c2, n2, 0.95)
					require.NoError(t, err)
					b, err := evaluation.NewcombeInterval(c2, n2, c1, n1, 0.95)
					require.NoError(t, err)
					require.True(t, a.Lower <= a.Diff+1e-15 && a.Diff <= a.Upper+1e-15, "%+v", a)
					require.True(t, a.Lower >= -1-1e-15 && a.Upper <= 1+1e-15, "%+v", a)
					require.InDelta(t, -a.Lower, b.Upper, 1e-14)
					require.InDelta(t, -a.Upper, b.Lower, 1e-14)
				}
			}
		}
	}
}

func TestNewcombeErrors(t *testing.T) {
	_, err := evaluation.NewcombeInterval(3, 0, 9, 5, 1.5)
	require.ErrorIs(t, err, evaluation.ErrEmpty)
	require.ErrorIs(t, err, evaluation.ErrOutOfRange)
	var args []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var ie *evaluation.FieldError
		require.True(t, errors.As(e, &ie))
		args = append(args, ie.Field)
	}
	require.Equal(t, []string{"n1", "count2", "confidence"}, args)
	_, err = evaluation.NewcombeInterval(-1, 5, 2, 5, math.NaN())
	require.ErrorContains(t, err, "count1")
	require.ErrorContains(t, err, "confidence")
}

func FuzzNewcombeInterval(f *testing.F) {
	f.Add(56, 70, 48, 80, 0.95)
	f.Add(0, 1, 1, 1, 0.5)
	f.Fuzz(func(t *testing.T, c1, n1, c2, n2 int, conf float64) {
		r, err := evaluation.NewcombeInterval(c1, n1, c2, n2, conf)
		if err != nil {
			if !errors.Is(err, evaluation.ErrEmpty) && !errors.Is(err, evaluation.ErrOutOfRange) {
				t.Fatal(err)
			}
			return
		}
		if !(r.Lower <= r.Diff+1e-12 && r.Diff <= r.Upper+1e-12 && r.Lower >= -1-1e-12 && r.Upper <= 1+1e-12) {
			t.Fatalf("%+v", r)
		}
	})
}

// Retention after a year: 210 of 300 mentored people stayed, 980 of 1,700
// others.
func ExampleNewcombeInterval() {
	r, err := evaluation.NewcombeInterval(210, 300, 980, 1700, 0.95)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%.1f%% - %.1f%% = %.1f points, 95%% CI [%.1f, %.1f]\n",
		100*r.P1, 100*r.P2, 100*r.Diff, 100*r.Lower, 100*r.Upper)
	// Output:
	// 70.0% - 57.6% = 12.4 points, 95% CI [6.5, 17.8]
}
