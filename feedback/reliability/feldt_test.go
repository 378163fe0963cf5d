package reliability

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/mentorkit/mentorkit/internal/jsontest"
	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"
)

// TestFeldtIntervalRefdata holds FeldtInterval to R psych::alpha.ci
// (testdata/alpha_ci.json, copied unchanged from the shared reference set;
// generated with R 4.2.2 and psych 2.2.9).
func TestFeldtIntervalRefdata(t *testing.T) {
	for _, c := range loadRef(t, "alpha_ci.json") {
		t.Run(c.Name, func(t *testing.T) {
			var in struct {
				Items  [][]float64 `json:"items"`
				Alpha  *float64    `json:"alpha"`
				NObs   int         `json:"n_obs"`
				NItems int         `json:"n_items"`
				PVal   float64     `json:"p_val"`
			}
			require.NoError(t, json.Unmarshal(c.Input, &in))
			var want struct {
				RawAlpha           float64 `json:"raw_alpha"`
				NObs, NItems       int
				Lower, Upper, RBar any
			}
			require.NoError(t, json.Unmarshal(c.Expected, &want))
			var exp map[string]any
			require.NoError(t, json.Unmarshal(c.Expected, &exp))
			alpha, n, k := 0.0, in.NObs, in.NItems
			if in.Items != nil {
				n, k = len(in.Items), len(in.Items[0])
				m := mat.NewDense(n, k, nil)
				for i, r := range in.Items {
					m.SetRow(i, r)
				}
				var err error
				alpha, err = CronbachAlpha(m)
				require.NoError(t, err)
			} else {
				alpha = *in.Alpha
			}
			got, err := FeldtInterval(alpha, n, k, 1-in.PVal)
			require.NoError(t, err)
			c.Within(t, "alpha", want.RawAlpha, got.Alpha)
			require.Equal(t, int(exp["n_obs"].(float64)), got.N)
			require.Equal(t, int(exp["n_items"].(float64)), got.Items)
			c.Within(t, "r_bar", exp["r_bar"].(float64), got.RBar)
			for name, g := range map[string]float64{"lower": got.Lower, "upper": got.Upper} {
				switch w := exp[name].(type) {
				case string:
					require.Equal(t, "NaN", w)
					require.True(t, math.IsNaN(g), "%s = %g, want NaN", name, g)
				case float64:
					c.Within(t, name, w, g)
				}
			}
			jsontest.RoundTrip(t, got)
		})
	}
}

func TestFeldtIntervalErrors(t *testing.T) {
	for _, tc := range []struct {
		alpha      float64
		n, k       int
		confidence float64
		want       error
	}{
		{math.NaN(), 10, 3, 0, ErrNaN},
		{0.8, 1, 3, 0, ErrTooFew},
		{0.8, 10, 0, 0, ErrTooFew},
		{0.8, 10, 3, 1, ErrOutOfRange},
		{0.8, 10, 3, -0.5, ErrOutOfRange},
	} {
		_, err := FeldtInterval(tc.alpha, tc.n, tc.k, tc.confidence)
		require.ErrorIs(t, err, tc.want)
	}
}

func FuzzFeldtInterval(f *testing.F) {
	f.Add(0.8, 100, 10, 0.95)
	f.Add(-13.125, 6, 3, 0.9)
	f.Fuzz(func(t *testing.T, alpha float64, n, k int, confidence float64) {
		if n > 1e7 || k > 1e4 {
			return
		}
		got, err := FeldtInterval(alpha, n, k, confidence)
		if err != nil {
			return
		}
		if k > 1 && alpha < 1 && got.Confidence >= 0.5 && !(got.Lower <= got.Alpha && got.Alpha <= got.Upper) {
			t.Fatalf("alpha %g outside its interval [%g, %g]", got.Alpha, got.Lower, got.Upper)
		}
	})
}
