package goals

import (
	"cmp"
	"math"
	"slices"
	"time"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
)

// CheckIn is one measurement of a goal's metric: when, the value (in the
// goal's unit) and, optionally, how confident the mentee is of reaching the
// goal (0–1).
type CheckIn struct {
	Time       time.Time `json:"time"`
	Value      float64   `json:"value"`
	Confidence *float64  `json:"confidence,omitempty"`
}

// MarshalJSON writes c by the module's JSON rule (see [Progress.MarshalJSON]).
func (c CheckIn) MarshalJSON() ([]byte, error) { return jsonx.Marshal(c) }

// UnmarshalJSON reads what MarshalJSON writes.
func (c *CheckIn) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, c) }

// validateCheckIns reports every malformed check-in, joined: a zero time,
// a value that is NaN or infinite, a confidence outside 0–1. The errors
// carry id, the goal's ID.
func validateCheckIns(cs []CheckIn, id string) error {
	var errs fault.Collector
	for i, c := range cs {
		f := fault.Index("checkIns", i)
		if c.Time.IsZero() {
			errs.Add(msgRequired.New(f+".time", id, nil))
		}
		if math.IsNaN(c.Value) || math.IsInf(c.Value, 0) {
			errs.Add(msgNotFinite.New(f+".value", id, c.Value))
		}
		if c.Confidence != nil && !(*c.Confidence >= 0 && *c.Confidence <= 1) {
			errs.Add(msgBetween.New(f+".confidence", id, *c.Confidence, 0, 1))
		}
	}
	return errs.Err()
}

// sortedCheckIns returns a copy of cs sorted by time; check-ins at the same
// time keep their input order. Input already in time order (the usual
// case) is only copied; otherwise indexes are sorted by (time, index),
// which gives the stable order in O(n log n) without moving the structs,
// whose pointers make every swap cost write barriers.
func sortedCheckIns(cs []CheckIn) []CheckIn {
	byTime := func(a, b CheckIn) int { return a.Time.Compare(b.Time) }
	if slices.IsSortedFunc(cs, byTime) {
		return slices.Clone(cs)
	}
	idx := make([]int, len(cs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(i, j int) int {
		if c := cs[i].Time.Compare(cs[j].Time); c != 0 {
			return c
		}
		return cmp.Compare(i, j)
	})
	out := make([]CheckIn, len(cs))
	for k, i := range idx {
		out[k] = cs[i]
	}
	return out
}

// daysBetween returns b − a in days of 24 hours. It counts from the
// seconds and nanoseconds of the two times, so spans beyond the ±292 years
// of a time.Duration (where Sub saturates) are measured right too.
func daysBetween(a, b time.Time) float64 {
	secs := float64(b.Unix()) - float64(a.Unix())
	nanos := float64(b.Nanosecond() - a.Nanosecond())
	return secs/86400 + nanos/86400e9
}

// line is a least-squares line value = scale·(intercept + slope·(days
// since origin)); scale is a power of two that keeps the sums of the fit
// finite for values near the largest float64.
type line struct {
	origin           time.Time
	slope, intercept float64
	scale            float64
	n                int
}

// at returns the line's value at t.
func (l line) at(t time.Time) float64 {
	return l.scale * (l.intercept + l.slope*daysBetween(l.origin, t))
}

// slopePerDay returns the line's change per day, in the values' unit.
func (l line) slopePerDay() float64 { return l.scale * l.slope }

// fitLine fits the ordinary least-squares line through the check-ins
// (time in days, value). It needs at least two distinct times.
// slope = Σ(x−x̄)(y−ȳ) / Σ(x−x̄)², intercept = ȳ − slope·x̄, computed about
// the means for accuracy, on the values divided by the power of two just
// below their largest magnitude (an exact division, leaving magnitudes
// under 2), so that the sums cannot overflow.
func fitLine(cs []CheckIn, id string) (line, error) {
	if len(cs) < 2 {
		return line{}, msgTooFew.New("checkIns", id, len(cs), len(cs), 2)
	}
	origin := cs[0].Time
	var big float64
	for _, c := range cs {
		big = math.Max(big, math.Abs(c.Value))
	}
	scale := 1.0
	if big > 0 {
		_, exp := math.Frexp(big) // big = frac·2^exp, 0.5 ≤ frac < 1
		scale = math.Ldexp(1, exp-1)
	}
	var mx, my float64
	for _, c := range cs {
		mx += daysBetween(origin, c.Time)
		my += c.Value / scale
	}
	n := float64(len(cs))
	mx, my = mx/n, my/n
	var sxy, sxx float64
	for _, c := range cs {
		dx := daysBetween(origin, c.Time) - mx
		sxy += dx * (c.Value/scale - my)
		sxx += dx * dx
	}
	if sxx == 0 {
		return line{}, msgOneTime.New("checkIns", id, len(cs))
	}
	slope := sxy / sxx
	return line{origin: origin, slope: slope, intercept: my - slope*mx, scale: scale, n: len(cs)}, nil
}
