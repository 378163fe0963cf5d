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

// TestLogRankRefdata checks testdata/power_logrank.json.
func TestLogRankRefdata(t *testing.T) {
	type in struct {
		HR, Alpha, Power float64
		Sided            int
		PAlloc           float64 `json:"p_alloc"`
		PEvent           float64 `json:"p_event"`
	}
	type raw struct {
		ZAlpha opt `json:"z_alpha"`
		ZBeta  opt `json:"z_beta"`
		SE     opt `json:"schoenfeld_events"`
		SEC    opt `json:"schoenfeld_events_ceiling"`
		SN     opt `json:"schoenfeld_total_n"`
		SNC    opt `json:"schoenfeld_total_n_ceiling"`
		FE     opt `json:"freedman_events"`
		FEC    opt `json:"freedman_events_ceiling"`
		FN     opt `json:"freedman_total_n"`
		FNC    opt `json:"freedman_total_n_ceiling"`
		Error  string
	}
	for _, c := range load[in, raw](t, "power_logrank") {
		t.Run(c.Name, func(t *testing.T) {
			in := c.Input
			d := LogRankDesign{Confidence: 1 - in.Alpha, Allocation: in.PAlloc, EventShare: in.PEvent}
			if in.Sided == 1 {
				d.Alternative = evaluation.Greater
			}
			got, err := LogRankEvents(d, in.HR, in.Power)
			e := c.Expected
			if e.Error != "" {
				require.ErrorIs(t, err, evaluation.ErrOutOfRange)
				return
			}
			require.NoError(t, err)
			requireClose(t, c.Tolerance,
				[]float64{e.ZAlpha.V, e.ZBeta.V, e.SE.V, e.SN.V, e.FE.V, e.FN.V},
				[]float64{got.ZAlpha, got.ZBeta, got.Schoenfeld.Events, got.Schoenfeld.Total, got.Freedman.Events, got.Freedman.Total})
			// Integers must match exactly.
			require.Equal(t, []float64{e.SEC.V, e.SNC.V, e.FEC.V, e.FNC.V},
				[]float64{got.Schoenfeld.EventsCeiling, got.Schoenfeld.TotalCeiling, got.Freedman.EventsCeiling, got.Freedman.TotalCeiling})
		})
	}
}

// TestLogRankDetectable inverts LogRankEvents: the hazard ratio detectable
// with Schoenfeld's events for HR is HR.
func TestLogRankDetectable(t *testing.T) {
	for _, hr := range []float64{0.5, 0.75, 0.9} {
		d := LogRankDesign{Allocation: 0.4, EventShare: 0.3}
		p, err := LogRankEvents(d, hr, 0.85)
		require.NoError(t, err)
		q, err := LogRankDetectable(d, p.Schoenfeld.Events, 0.85)
		require.NoError(t, err)
		require.InDelta(t, hr, q.HR, 1e-12)
		require.InDelta(t, p.Freedman.Events, q.Freedman.Events, 1e-8*p.Freedman.Events)
		jsontest.RoundTrip(t, q)
	}
	_, err := LogRankDetectable(LogRankDesign{}, 50, 0.01)
	require.ErrorIs(t, err, ErrNoSolution)
	_, err = LogRankDetectable(LogRankDesign{}, 0.5, 0.8)
	require.ErrorIs(t, err, evaluation.ErrOutOfRange)
	_, err = LogRankEvents(LogRankDesign{Allocation: 1, EventShare: 1.5, Alternative: 3}, -1, 1)
	require.ErrorIs(t, err, evaluation.ErrOutOfRange)
	require.ErrorIs(t, err, evaluation.ErrUnknownEnum)
	jsontest.RoundTrip(t, Required{Events: 65.3, EventsCeiling: 66, Total: math.Inf(1), TotalCeiling: math.NaN()})
	jsontest.RoundTrip(t, LogRankDesign{Alternative: evaluation.Less, Confidence: 0.975, Allocation: 0.6, EventShare: 0.4})
}

func FuzzLogRank(f *testing.F) {
	f.Add(uint8(0), 0.6, 0.8, 0.95, 0.5, 0.5, 100.0)
	f.Fuzz(func(t *testing.T, alt uint8, hr, pw, conf, alloc, share, events float64) {
		d := LogRankDesign{Alternative: evaluation.Alternative(alt % 4), Confidence: conf, Allocation: alloc, EventShare: share}
		ok := func(p LogRankPlan, err error) {
			if err != nil {
				if !errors.Is(err, evaluation.ErrOutOfRange) && !errors.Is(err, evaluation.ErrUnknownEnum) && !errors.Is(err, ErrNoSolution) {
					t.Fatal(err)
				}
				return
			}
			if !(p.Schoenfeld.Events > 0) || !(p.Freedman.Total >= p.Freedman.Events) || math.IsNaN(p.HR) {
				t.Fatalf("%+v", p)
			}
		}
		ok(LogRankEvents(d, hr, pw))
		ok(LogRankDetectable(d, events, pw))
	})
}

func ExampleLogRankEvents() {
	// Mentoring is hoped to cut the hazard of leaving by 40% (HR 0.6);
	// 40% of the cohort is mentored and 35% of people leave during
	// follow-up (testdata/power_logrank.json, mentoring_retention).
	p, err := LogRankEvents(LogRankDesign{Allocation: 0.4, EventShare: 0.35}, 0.6, 0.85)
	if err != nil {
		panic(err)
	}
	fmt.Printf("Schoenfeld: %.0f leavers, %.0f people\n", p.Schoenfeld.EventsCeiling, p.Schoenfeld.TotalCeiling)
	fmt.Printf("Freedman: %.0f leavers, %.0f people\n", p.Freedman.EventsCeiling, p.Freedman.TotalCeiling)
	// Output:
	// Schoenfeld: 144 leavers, 410 people
	// Freedman: 165 leavers, 472 people
}
