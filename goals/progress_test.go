package goals

import (
	"errors"
	"math"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"
)

func TestTrack(t *testing.T) {
	g := sessionsGoal()
	cs := sessionsCheckIns()
	orig := slices.Clone(cs)
	tests := []struct {
		name string
		now  time.Time
		cfg  StatusConfig
		want Progress
	}{
		// At 1 April (day 90 of 120): current 6, (6−2)/(10−2) = 0.5,
		// expected 90/120 = 0.75, gap 0.25 = AtRiskGap: behind, not at risk.
		{"day 90", date(2026, time.April, 1), StatusConfig{},
			Progress{Current: 6, Fraction: 0.5, Raw: 0.5, Expected: 0.75, Status: Behind, CheckIns: 3}},
		// At 2 March (day 60): current 5, 3/8 = 0.375, expected 0.5, gap
		// 0.125 > 0.10: behind; with BehindGap 0.2 on track.
		{"day 60", date(2026, time.March, 2), StatusConfig{},
			Progress{Current: 5, Fraction: 0.375, Raw: 0.375, Expected: 0.5, Status: Behind, CheckIns: 2}},
		{"day 60 lenient", date(2026, time.March, 2), StatusConfig{BehindGap: 0.2, AtRiskGap: 0.3},
			Progress{Current: 5, Fraction: 0.375, Raw: 0.375, Expected: 0.5, Status: OnTrack, CheckIns: 2}},
		// Before any check-in: current is the baseline, fraction 0; at day
		// 15 expected 0.125, gap 0.125: behind.
		{"day 15", date(2026, time.January, 16), StatusConfig{},
			Progress{Current: 2, Fraction: 0, Raw: 0, Expected: 0.125, Status: Behind, CheckIns: 0}},
		// After the due date expected is 1; fraction 0.5, gap 0.5: at risk.
		{"after due", date(2026, time.June, 1), StatusConfig{},
			Progress{Current: 6, Fraction: 0.5, Raw: 0.5, Expected: 1, Status: AtRisk, CheckIns: 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Track(g, cs, tt.now, tt.cfg)
			require.NoError(t, err)
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
				t.Errorf("Track mismatch (-want +got):\n%s", diff)
			}
		})
	}
	if diff := cmp.Diff(orig, cs); diff != "" {
		t.Errorf("Track modified its check-ins (-before +after):\n%s", diff)
	}
}

func TestProgressFractions(t *testing.T) {
	dec := Goal{Title: "x", Direction: Decrease, Baseline: Float(20), Target: Float(10),
		Start: date(2026, 1, 1), Due: date(2026, 2, 1)}
	band := Goal{Title: "x", Direction: Within, Baseline: Float(80), Band: &Band{Min: 40, Max: 60},
		Start: date(2026, 1, 1), Due: date(2026, 2, 1)}
	inBand := band.Clone()
	inBand.Baseline = Float(50)
	tests := []struct {
		name        string
		g           Goal
		value       float64
		raw, frac   float64
		wantAchieve bool
	}{
		// Decrease 20 → 10: (15 − 20)/(10 − 20) = 0.5.
		{"decrease halfway", dec, 15, 0.5, 0.5, false},
		// (25 − 20)/(−10) = −0.5, clamped to 0.
		{"decrease wrong way", dec, 25, -0.5, 0, false},
		// (8 − 20)/(−10) = 1.2, clamped to 1, achieved.
		{"decrease overshoot", dec, 8, 1.2, 1, true},
		// Band 40–60 from 80: distance 20 at the start; 70 is 10 away: 1 − 10/20.
		{"band from above", band, 70, 0.5, 0.5, false},
		{"band inside", band, 50, 1, 1, true},
		// 30 is 10 below the band: 1 − 10/20 = 0.5.
		{"band overshoot below", band, 30, 0.5, 0.5, false},
		// 100 is 40 away: 1 − 40/20 = −1.
		{"band further away", band, 100, -1, 0, false},
		// Baseline inside the band: outside scores 0.
		{"baseline in band, outside", inBand, 70, 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Track(tt.g, []CheckIn{{Time: date(2026, 1, 10), Value: tt.value}}, date(2026, 1, 10), StatusConfig{})
			require.NoError(t, err)
			if math.Abs(p.Raw-tt.raw) > 1e-12 || math.Abs(p.Fraction-tt.frac) > 1e-12 {
				t.Errorf("raw, fraction = %v, %v; want %v, %v", p.Raw, p.Fraction, tt.raw, tt.frac)
			}
			if (p.Status == Achieved) != tt.wantAchieve {
				t.Errorf("status %v, want achieved = %v", p.Status, tt.wantAchieve)
			}
		})
	}
}

func TestTrackErrors(t *testing.T) {
	noBaseline := sessionsGoal()
	noBaseline.Baseline = nil
	same := sessionsGoal()
	same.Target = Float(2)
	tests := []struct {
		name   string
		g      Goal
		cs     []CheckIn
		cfg    StatusConfig
		fields []string
		is     error
	}{
		{"no baseline", noBaseline, nil, StatusConfig{}, []string{"baseline"}, ErrNotMeasurable},
		{"target equals baseline", same, nil, StatusConfig{}, []string{"target"}, ErrNotMeasurable},
		{"bad check-ins", sessionsGoal(), []CheckIn{{Time: date(2026, 1, 2), Value: 1}, {Value: math.NaN(), Confidence: Float(2)}},
			StatusConfig{}, []string{"checkIns[1].time", "checkIns[1].value", "checkIns[1].confidence"}, ErrOutOfRange},
		{"bad config", sessionsGoal(), nil, StatusConfig{BehindGap: 0.5, AtRiskGap: 0.2}, []string{"config.atRiskGap"}, ErrOutOfRange},
		// An increase from 2 to 1 (Check's CodeWrongDirection): a value of
		// 0 would score (0 − 2)/(1 − 2) = 2, "overshot", yet lie below the
		// target; the progress functions refuse such a goal.
		{"increase to a lower target", wrongWay(Increase, 2, 1), nil, StatusConfig{}, []string{"target"}, ErrNotMeasurable},
		{"decrease to a higher target", wrongWay(Decrease, 2, 3), nil, StatusConfig{}, []string{"target"}, ErrNotMeasurable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Track(tt.g, tt.cs, date(2026, 3, 1), tt.cfg)
			require.Error(t, err)
			if !errors.Is(err, tt.is) {
				t.Errorf("error %v does not wrap %v", err, tt.is)
			}
			if diff := cmp.Diff(tt.fields, errorFields(t, err)); diff != "" {
				t.Errorf("error fields mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestTrackZeroNow: the zero time as now is a caller's mistake (it would
// ignore every check-in and report the baseline), so it is an error.
func TestTrackZeroNow(t *testing.T) {
	_, err := Track(sessionsGoal(), sessionsCheckIns(), time.Time{}, StatusConfig{})
	require.ErrorIs(t, err, ErrMissing)
	if diff := cmp.Diff([]string{"now"}, errorFields(t, err)); diff != "" {
		t.Errorf("error fields mismatch (-want +got):\n%s", diff)
	}
}

// wrongWay returns sessionsGoal with direction d from baseline b to target
// x.
func wrongWay(d Direction, b, x float64) Goal {
	g := sessionsGoal()
	g.Direction, g.Baseline, g.Target = d, Float(b), Float(x)
	return g
}

func TestWrongDirectionRefused(t *testing.T) {
	cs := sessionsCheckIns()
	for _, g := range []Goal{wrongWay(Increase, 2, 1), wrongWay(Decrease, 2, 3)} {
		_, err := Forecast(g, cs)
		require.ErrorIs(t, err, ErrNotMeasurable)
		_, err = FinalGrade(g, cs)
		require.ErrorIs(t, err, ErrNotMeasurable)
		_, err = FourPoint(g, append(cs, cs...))
		require.ErrorIs(t, err, ErrNotMeasurable)
	}
}

func TestForecast(t *testing.T) {
	// Days 0, 30, 60 from 31 January with values 3, 5, 6: x̄ = 30, ȳ = 14/3,
	// Sxy = (−30)(−5/3) + 30(4/3) = 90, Sxx = 1800, slope = 0.05 per day,
	// intercept 14/3 − 1.5 = 19/6. 1 May is day 90: 19/6 + 4.5 = 23/3.
	// Fraction (23/3 − 2)/8 = 17/24.
	got, err := Forecast(sessionsGoal(), sessionsCheckIns())
	require.NoError(t, err)
	want := Projection{Value: 23.0 / 3, SlopePerDay: 0.05, Fraction: 17.0 / 24, Reaches: false, N: 3}
	if diff := cmp.Diff(want, got, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
		t.Errorf("Forecast mismatch (-want +got):\n%s", diff)
	}
	_, err = Forecast(sessionsGoal(), sessionsCheckIns()[:1])
	require.ErrorIs(t, err, ErrTooFewCheckIns)
	sameTime := []CheckIn{{Time: date(2026, 2, 1), Value: 1}, {Time: date(2026, 2, 1), Value: 2}}
	_, err = Forecast(sessionsGoal(), sameTime)
	require.ErrorIs(t, err, ErrTooFewCheckIns)
}

func TestFourPoint(t *testing.T) {
	// Baseline 0, target 100 over 100 days (1 January to 11 April 2026):
	// the goal line is value = day.
	g := Goal{Title: "x", Direction: Increase, Baseline: Float(0), Target: Float(100),
		Start: date(2026, 1, 1), Due: date(2026, 4, 11)}
	dec := g.Clone()
	dec.Direction, dec.Baseline, dec.Target = Decrease, Float(100), Float(0) // line: 100 − day
	at := func(g Goal, values ...float64) []CheckIn {
		var cs []CheckIn
		for i, v := range values {
			cs = append(cs, CheckIn{Time: g.Start.AddDate(0, 0, 10*(i+1)), Value: v})
		}
		return cs
	}
	tests := []struct {
		name string
		g    Goal
		cs   []CheckIn
		want Decision
	}{
		// Days 10..60; the last four (days 30..60) below the line.
		{"four below", g, at(g, 10, 20, 25, 35, 45, 55), ChangePlan},
		{"four above", g, at(g, 5, 5, 31, 41, 51, 61), RaiseGoal},
		// Day 40 exactly on the line breaks the run.
		{"one on the line", g, at(g, 10, 20, 25, 40, 45, 55), Keep},
		{"three below", g, at(g, 10, 20, 35, 35, 45, 55), Keep},
		// Decrease: above the line 100 − day is behind.
		{"decrease behind", dec, at(dec, 90, 80, 75, 65, 55, 45), ChangePlan},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := FourPoint(tt.g, tt.cs)
			require.NoError(t, err)
			if got != tt.want {
				t.Errorf("FourPoint = %v, want %v", got, tt.want)
			}
			rev := slices.Clone(tt.cs)
			slices.Reverse(rev)
			if got2, _ := FourPoint(tt.g, rev); got2 != got {
				t.Errorf("FourPoint depends on input order: %v then %v", got, got2)
			}
		})
	}
	_, err := FourPoint(g, at(g, 1, 2, 3, 4, 5))
	require.ErrorIs(t, err, ErrTooFewCheckIns)
	// A band 40–60 from 0: the line runs to 40 (0.4 a day); from 100 to 60.
	band := Goal{Title: "x", Direction: Within, Baseline: Float(0), Band: &Band{Min: 40, Max: 60},
		Start: g.Start, Due: g.Due}
	d, err := FourPoint(band, at(band, 4, 8, 13, 17, 21, 25)) // days 30..60: line 12..24, all above
	require.NoError(t, err)
	require.Equal(t, RaiseGoal, d)
	band.Baseline = Float(100)
	d, err = FourPoint(band, at(band, 96, 92, 89, 85, 81, 77)) // line 88..76: all above, behind
	require.NoError(t, err)
	require.Equal(t, ChangePlan, d)
	band.Baseline = Float(50)
	_, err = FourPoint(band, at(band, 1, 2, 3, 4, 5, 6))
	require.ErrorIs(t, err, ErrNotMeasurable)
}

func TestFinalGrade(t *testing.T) {
	g := sessionsGoal()
	cs := append(sessionsCheckIns(),
		CheckIn{Time: date(2026, 4, 20), Value: 9},
		CheckIn{Time: date(2026, 5, 10), Value: 10}) // after the due date: ignored
	// (9 − 2)/8 = 0.875: not 1.0, so a committed goal is not a success; an
	// aspirational one is (≥ 0.7).
	got, err := FinalGrade(g, cs)
	require.NoError(t, err)
	if diff := cmp.Diff(Grade{Score: 0.875, Value: 9, Success: false}, got); diff != "" {
		t.Errorf("FinalGrade committed mismatch (-want +got):\n%s", diff)
	}
	g.Commitment = Aspirational
	got, err = FinalGrade(g, cs)
	require.NoError(t, err)
	if diff := cmp.Diff(Grade{Score: 0.875, Value: 9, Success: true}, got); diff != "" {
		t.Errorf("FinalGrade aspirational mismatch (-want +got):\n%s", diff)
	}
	_, err = FinalGrade(g, []CheckIn{{Time: date(2026, 6, 1), Value: 10}})
	require.ErrorIs(t, err, ErrTooFewCheckIns)
}

func TestTrackConfidence(t *testing.T) {
	cs := sessionsCheckIns()
	cs[1].Confidence = Float(0.6) // 31 January
	cs[0].Confidence = Float(0.8) // 2 March
	p, err := Track(sessionsGoal(), cs, date(2026, time.February, 15), StatusConfig{})
	require.NoError(t, err)
	require.Equal(t, 0.6, *p.Confidence)
	p, err = Track(sessionsGoal(), cs, date(2026, time.April, 15), StatusConfig{})
	require.NoError(t, err)
	require.Equal(t, 0.8, *p.Confidence, "the 1 April check-in gave none: the latest given counts")
	*p.Confidence = 0
	require.Equal(t, 0.8, *cs[0].Confidence, "the result must not alias the input")
}

// TestLongSpans checks goals whose time span exceeds the ±292 years of a
// time.Duration: days must be counted from the calendar, not from a
// saturated Duration.
func TestLongSpans(t *testing.T) {
	start := date(2000, time.January, 1)
	due := start.AddDate(0, 0, 146000) // 146,000 days, about 400 years
	g := Goal{Title: "x", Direction: Increase, Baseline: Float(0), Target: Float(400), Start: start, Due: due}

	// Day 73,000 of 146,000: half the time has passed, expected 0.5.
	p, err := Track(g, nil, start.AddDate(0, 0, 73000), StatusConfig{})
	require.NoError(t, err)
	if math.Abs(p.Expected-0.5) > 1e-12 {
		t.Errorf("Expected = %v, want 0.5", p.Expected)
	}

	// Values 0 at day 0 and 300 at day 109,500 lie on value = day/365:
	// slope 1/365 a day, and day 146,000 gives 400, the target.
	cs := []CheckIn{{Time: start, Value: 0}, {Time: start.AddDate(0, 0, 109500), Value: 300}}
	got, err := Forecast(g, cs)
	require.NoError(t, err)
	want := Projection{Value: 400, SlopePerDay: 1.0 / 365, Fraction: 1, Reaches: true, N: 2}
	if diff := cmp.Diff(want, got, cmpopts.EquateApprox(1e-12, 0)); diff != "" {
		t.Errorf("Forecast mismatch (-want +got):\n%s", diff)
	}

	// The goal line is value = day/365. Six check-ins 1,000 days apart from
	// day 100,000; the last four at days 102,000..105,000 (line 279.45..287.67)
	// are all at 290: ahead, so raise the goal.
	var six []CheckIn
	for i := range 6 {
		six = append(six, CheckIn{Time: start.AddDate(0, 0, 100000+1000*i), Value: 290})
	}
	d, err := FourPoint(g, six)
	require.NoError(t, err)
	require.Equal(t, RaiseGoal, d)
}

// TestHugeMagnitudes checks measures near the largest float64, where
// target − baseline overflows to +Inf, and values one step short of the
// target, where the fraction rounds to 1 without the target being reached.
func TestHugeMagnitudes(t *testing.T) {
	start, due := date(2026, 1, 1), date(2026, 4, 11) // 100 days
	wide := Goal{Title: "x", Direction: Increase, Baseline: Float(-1e308), Target: Float(1e308), Start: start, Due: due}
	// Band 1e308..1.5e308 from −1e308: the baseline is 2e308 away.
	band := Goal{Title: "x", Direction: Within, Baseline: Float(-1e308), Band: &Band{Min: 1e308, Max: 1.5e308}, Start: start, Due: due}
	// 1e17 − 16 is the float64 just below 1e17; from −1e17 the fraction
	// (2e17 − 16)/2e17 rounds to 1 (2e17 − 16 is not a float64), yet the
	// value is short of the target.
	short := Goal{Title: "x", Direction: Increase, Baseline: Float(-1e17), Target: Float(1e17), Start: start, Due: due}
	tests := []struct {
		name      string
		g         Goal
		value     float64
		raw       float64
		achieved  bool
		tolerance float64
	}{
		// (1e308 − (−1e308)) / (1e308 − (−1e308)) = 1: the target itself.
		{"target reached", wide, 1e308, 1, true, 0},
		// (0 + 1e308) / 2e308 = 0.5.
		{"halfway", wide, 0, 0.5, false, 0},
		// 0 is 1e308 from the band, the baseline 2e308: 1 − 1/2 = 0.5.
		{"band halfway", band, 0, 0.5, false, 0},
		{"one step short", short, 1e17 - 16, 1, false, 1e-15},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := []CheckIn{{Time: date(2026, 1, 10), Value: tt.value}}
			p, err := Track(tt.g, cs, date(2026, 1, 10), StatusConfig{})
			require.NoError(t, err)
			if !(math.Abs(p.Raw-tt.raw) <= tt.tolerance) {
				t.Errorf("Raw = %v, want %v", p.Raw, tt.raw)
			}
			if (p.Status == Achieved) != tt.achieved {
				t.Errorf("Status = %v, want achieved = %v", p.Status, tt.achieved)
			}
			gr, err := FinalGrade(tt.g, cs)
			require.NoError(t, err)
			if !(math.Abs(gr.Score-math.Min(tt.raw, 1)) <= tt.tolerance) || gr.Success != tt.achieved {
				t.Errorf("FinalGrade = %+v, want score %v, success %v", gr, tt.raw, tt.achieved)
			}
		})
	}
	// The goal line of wide runs from −1e308 at day 0 to 1e308 at day 100;
	// check-ins at days 10..60 at 1e308 all lie above it: raise the goal.
	var six []CheckIn
	for i := range 6 {
		six = append(six, CheckIn{Time: start.AddDate(0, 0, 10*(i+1)), Value: 1e308})
	}
	d, err := FourPoint(wide, six)
	require.NoError(t, err)
	require.Equal(t, RaiseGoal, d)
}

// TestForecastHugeValues fits check-ins near the largest float64, where the
// plain sum of the values overflows.
func TestForecastHugeValues(t *testing.T) {
	start := date(2026, 1, 1)
	g := Goal{Title: "x", Direction: Increase, Baseline: Float(0), Target: Float(1.7e308),
		Start: start, Due: start.AddDate(0, 0, 100)}
	// 1e308 at day 0 and 1.1e308 at day 25: slope 0.1e308/25 = 4e305 a
	// day; at day 100, 1e308 + 100·4e305 = 1.4e308, fraction 1.4/1.7.
	cs := []CheckIn{{Time: start, Value: 1e308}, {Time: start.AddDate(0, 0, 25), Value: 1.1e308}}
	got, err := Forecast(g, cs)
	require.NoError(t, err)
	want := Projection{Value: 1.4e308, SlopePerDay: 4e305, Fraction: 1.4 / 1.7, Reaches: false, N: 2}
	if diff := cmp.Diff(want, got, cmpopts.EquateApprox(1e-12, 0)); diff != "" {
		t.Errorf("Forecast mismatch (-want +got):\n%s", diff)
	}
}
