package power

import (
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/mentorkit/mentorkit/internal/jsontest"
	"github.com/stretchr/testify/require"
)

// TestPropRefdata checks testdata/power_prop.json: R's power.prop.test
// (tol = 1e-10) and pwr's pwr.2p.test (roots of its power function
// converged), solving for power, n or p2.
func TestPropRefdata(t *testing.T) {
	type in struct {
		SolveFor         string `json:"solve_for"`
		Fun              string
		P1, P2, N, Power opt
		SigLevel         opt `json:"sig_level"`
		Alternative      string
		Strict           bool
	}
	type out struct {
		H, P1, P2, N, Power opt
		SigLevel            opt `json:"sig_level"`
		Error               string
	}
	for _, c := range load[in, out](t, "power_prop") {
		t.Run(c.Name, func(t *testing.T) {
			in := c.Input
			d := PropDesign{Strict: in.Strict, Confidence: 1 - in.SigLevel.V}
			if in.Fun == "pwr.2p.test" {
				d.Method = Arcsine
			}
			switch in.Alternative {
			case "greater":
				d.Alternative = evaluation.Greater
			case "less":
				d.Alternative = evaluation.Less
			case "one.sided":
				// R's one-sided power.prop.test tests the direction of the
				// proportions; solving for p2 it searches above p1.
				d.Alternative = evaluation.Less
				if in.P2.Set && in.P1.V > in.P2.V {
					d.Alternative = evaluation.Greater
				}
			}
			var got PropResult
			var err error
			switch in.SolveFor {
			case "power":
				got, err = PropPower(d, in.P1.V, in.P2.V, in.N.V)
			case "n":
				got, err = PropSampleSize(d, in.P1.V, in.P2.V, in.Power.V)
			case "sig_level", "sig.level":
				got, err = PropConfidence(d, in.P1.V, in.P2.V, in.N.V, in.Power.V)
			case "h":
				// pwr solves h alone; p1 = 1/2 leaves room for |h| up to π/2.
				got, err = PropDetectable(d, 0.5, in.N.V, in.Power.V)
				if d.Alternative == evaluation.TwoSided {
					got.H = math.Abs(got.H)
				}
			case "p2":
				got, err = PropDetectable(d, in.P1.V, in.N.V, in.Power.V)
			default:
				t.Skipf("solving for %s is not offered", in.SolveFor)
			}
			e := c.Expected
			if e.Error != "" {
				// p1 = p2: R's uniroot finds no sign change; here the
				// equal proportions are refused before any search.
				require.ErrorIs(t, err, evaluation.ErrOutOfRange)
				return
			}
			require.NoError(t, err)
			want := []float64{e.N.V, e.Power.V, e.SigLevel.V}
			gotv := []float64{got.N, got.Power, 1 - got.Confidence}
			if e.H.Set {
				want, gotv = append(want, e.H.V), append(gotv, got.H)
			}
			if e.P2.Set {
				want, gotv = append(want, e.P1.V, e.P2.V), append(gotv, got.P1, got.P2)
			}
			requireClose(t, c.Tolerance, want, gotv)
			// R's answer, fed back, gives R's significance level.
			if e.P2.Set || in.P2.Set {
				p2 := in.P2.V
				if e.P2.Set {
					p2 = e.P2.V
				}
				lv, err := PropConfidence(d, in.P1.V, p2, e.N.V, e.Power.V)
				require.NoError(t, err)
				requireClose(t, c.Tolerance, e.SigLevel.V, 1-lv.Confidence)
			}
		})
	}
}

// TestPropProperties: the solvers invert PropPower for both methods and
// every alternative that points the way of the proportions.
func TestPropProperties(t *testing.T) {
	for _, m := range []PropMethod{Normal, Arcsine} {
		for _, alt := range []evaluation.Alternative{evaluation.TwoSided, evaluation.Less} {
			d := PropDesign{Method: m, Alternative: alt}
			s, err := PropSampleSize(d, 0.3, 0.45, 0.8)
			require.NoError(t, err)
			back, err := PropPower(d, 0.3, 0.45, s.N)
			require.NoError(t, err)
			require.InDelta(t, 0.8, back.Power, 1e-12)
			det, err := PropDetectable(d, 0.3, s.N, 0.8)
			require.NoError(t, err)
			require.InDelta(t, 0.45, det.P2, 1e-9)
			c, err := PropConfidence(d, 0.3, 0.45, s.N, 0.8)
			require.NoError(t, err)
			require.InDelta(t, 0.95, c.Confidence, 1e-9)
		}
	}
	det, err := PropDetectable(PropDesign{Alternative: evaluation.Greater}, 0.3, 100, 0.8)
	require.NoError(t, err)
	require.Less(t, det.P2, 0.3)
	_, err = PropSampleSize(PropDesign{Alternative: evaluation.Greater}, 0.3, 0.45, 0.8)
	require.ErrorIs(t, err, ErrNoSolution)
	_, err = PropDetectable(PropDesign{}, 0.3, 3, 0.999)
	require.ErrorIs(t, err, ErrNoSolution)
	_, err = PropPower(PropDesign{Method: 5}, 0, 1.2, 1)
	require.ErrorIs(t, err, evaluation.ErrUnknownEnum)
	require.ErrorIs(t, err, evaluation.ErrOutOfRange)
	r, err := PropPower(PropDesign{Method: Arcsine, Alternative: evaluation.Greater}, 0.55, 0.4, 80)
	require.NoError(t, err)
	jsontest.RoundTrip(t, r)
	jsontest.RoundTrip(t, PropDesign{Method: Arcsine, Strict: true, Confidence: 0.9, Alternative: evaluation.Less})
}

func FuzzProp(f *testing.F) {
	f.Add(uint8(0), uint8(0), false, 0.3, 0.45, 60.0, 0.8, 0.95)
	f.Add(uint8(1), uint8(2), true, 0.9, 0.1, 2.0, 0.5, 0.5)
	f.Fuzz(func(t *testing.T, method, alt uint8, strict bool, p1, p2, n, pw, conf float64) {
		if n > 1e9 {
			return
		}
		d := PropDesign{Method: PropMethod(method % 3), Alternative: evaluation.Alternative(alt % 4), Strict: strict, Confidence: conf}
		ok := func(r PropResult, err error) {
			if err != nil {
				if !errors.Is(err, evaluation.ErrOutOfRange) && !errors.Is(err, evaluation.ErrUnknownEnum) && !errors.Is(err, ErrNoSolution) {
					t.Fatal(err)
				}
				return
			}
			if !(r.Power >= 0 && r.Power <= 1) || !(r.N >= 2) || !(r.P2 >= 0 && r.P2 <= 1) {
				t.Fatalf("%+v", r)
			}
		}
		ok(PropPower(d, p1, p2, n))
		ok(PropSampleSize(d, p1, p2, pw))
		ok(PropDetectable(d, p1, n, pw))
		ok(PropConfidence(d, p1, p2, n, pw))
	})
}

func ExamplePropSampleSize() {
	// Retention 50% without and 75% with mentoring: how many per group
	// for 90% power? R's power.prop.test(p1 = .5, p2 = .75, power = .9)
	// gives n = 76.7 (testdata/power_prop.json).
	r, err := PropSampleSize(PropDesign{}, 0.5, 0.75, 0.9)
	if err != nil {
		panic(err)
	}
	fmt.Printf("%.2f per group: recruit %.0f\n", r.N, math.Ceil(r.N))
	// Output: 76.71 per group: recruit 77
}
