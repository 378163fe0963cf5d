package report_test

import (
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/evaluation/report"
	"github.com/mentorkit/mentorkit/internal/jsontest"
)

// TestReportDetectable: what the hand records could detect.
//
// Leavers by the end: m1, o1, o2 (o4 leaves after it), so 3 events with
// half the people mentored. Schoenfeld solved for the ratio:
// HR = exp(-(z_.975 + z_.8)/√(0.25·3)), z from R's qnorm (the z_alpha and
// z_beta of power_logrank.json).
//
// Engagement changes: mentored 0.5, 0.2, 0.8 (mean 0.5, SS 0.18), others
// 0, -0.1, 0.1 (mean 0, SS 0.02): pooled SD √(0.2/4), 3 per group; the
// detectable difference is the delta at which power.t.test(n = 3, sd)
// gives 0.8: 0.6866725150294425 by scipy 1.10.1 (brentq on
// nct.sf(t.ppf(0.975, 4), 4, √(3/2)·delta/sd) - 0.8, xtol 1e-14).
//
// Retention: the others keep 3 of 4 (75%), the harmonic mean of 3 and 4
// is 24/7 per group, and no retention up to 100% reaches 80% power.
func TestReportDetectable(t *testing.T) {
	r, err := report.New(handRecords(), report.Config{End: end0, MinN: 2})
	require.NoError(t, err)
	require.Equal(t, 0.8, r.DetectPower)
	require.Len(t, r.Detectable, 3)
	ret, hr, eng := r.Detectable[0], r.Detectable[1], r.Detectable[2]

	require.False(t, ret.Enough)
	require.True(t, math.IsNaN(ret.Value))
	require.Equal(t, "too little data: no retention above the others' 75.0% is detectable", ret.Note)
	require.Equal(t, []int{3, 4}, []int{ret.N, ret.N2})

	const za, zb = 1.95996398454005, 0.841621233572914
	require.True(t, hr.Enough)
	require.InDelta(t, math.Exp(-(za+zb)/math.Sqrt(0.25*3)), hr.Value, 1e-12)
	require.Equal(t, report.UnitRatio, hr.Unit)

	require.True(t, eng.Enough)
	require.InEpsilon(t, 0.6866725150294425, eng.Value, 1e-7)
	require.True(t, math.IsNaN(eng.Lower) && math.IsNaN(eng.PValue))

	text := r.String()
	require.Contains(t, text, "What the sample could detect (80% power")
	require.Contains(t, text, "too little data: no retention above the others' 75.0% is detectable")
	jsontest.RoundTrip(t, r)
	jsontest.RoundTrip(t, report.Config{End: end0, DetectPower: 0.9})

	// With the default MinN of 10 every figure says there is too little
	// data.
	r, err = report.New(handRecords(), report.Config{End: end0, DetectPower: 0.9})
	require.NoError(t, err)
	require.Equal(t, 0.9, r.DetectPower)
	for _, f := range r.Detectable {
		require.False(t, f.Enough, f.Name)
		require.True(t, strings.HasPrefix(f.Note, "too little data"), f.Note)
	}
	_, err = report.New(handRecords(), report.Config{End: end0, DetectPower: 1})
	require.ErrorContains(t, err, "cfg.detectPower")
}

// TestReportDetectableRetention: equal groups of 200 with the others at
// 60% retention detect the rise to the p2 at which power.prop.test(n =
// 200, p1 = 0.6, p2) has power 0.8: p2 = 0.7317567704815418 by scipy
// 1.10.1 (brentq on the power.prop.test formula with norm, xtol 1e-15).
func TestReportDetectableRetention(t *testing.T) {
	var recs []report.Record
	for i := range 400 {
		rec := report.Record{ID: string(rune('a'+i%26)) + string(rune('a'+i/26)), Mentored: i < 200, Start: day0}
		if i >= 200 && i < 280 { // 80 of the 200 others leave in month 2
			rec.Exit = day0.AddDate(0, 2, 0)
		}
		recs = append(recs, rec)
	}
	r, err := report.New(recs, report.Config{End: end0})
	require.NoError(t, err)
	f := r.Detectable[0]
	require.True(t, f.Enough)
	require.InEpsilon(t, 0.7317567704815418-0.6, f.Value, 1e-7)
	// No mentored person left: the hazard-ratio figure still rests on the
	// 80 leavers.
	require.True(t, r.Detectable[1].Enough)
}
