package goals

import (
	"math"
	"time"

	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
)

// measure is a goal's measure once checked complete and well-formed.
type measure struct {
	dir            Direction
	baseline       float64
	target         float64 // Increase, Decrease
	lo, hi         float64 // Within
	start, due     time.Time
	commitment     Commitment
	baselineInBand bool
}

// measureOf returns g's measure, or an error saying what is missing:
// Validate's errors, then a *FieldError wrapping ErrNotMeasurable for a
// missing direction, baseline, target or band, start or due date, or a
// target equal to the baseline or on the wrong side of it (an increase to
// a lower value; Check's CodeWrongDirection).
func measureOf(g Goal) (measure, error) {
	if err := g.Validate(); err != nil {
		return measure{}, err
	}
	var errs fault.Collector
	miss := func(field string) { errs.Add(msgNeeded.New(field, g.ID, nil)) }
	m := measure{dir: g.Direction, start: g.Start, due: g.Due, commitment: g.Commitment}
	if g.Baseline == nil {
		miss("baseline")
	} else {
		m.baseline = *g.Baseline
	}
	switch g.Direction {
	case DirectionUnset:
		miss("direction")
	case Increase, Decrease:
		if g.Target == nil {
			miss("target")
			break
		}
		m.target = *g.Target
		switch {
		case g.Baseline == nil:
		case m.target == m.baseline:
			errs.Add(msgTargetIsBaseline.New("target", g.ID, m.target))
		case g.Direction == Increase && m.target < m.baseline:
			errs.Add(withNumbers(msgTargetBelowBaseline, "target", g.ID, m.target, m.baseline))
		case g.Direction == Decrease && m.target > m.baseline:
			errs.Add(withNumbers(msgTargetAboveBaseline, "target", g.ID, m.target, m.baseline))
		}
	case Within:
		if g.Band == nil {
			miss("band")
		} else {
			m.lo, m.hi = g.Band.Min, g.Band.Max
			m.baselineInBand = m.baseline >= m.lo && m.baseline <= m.hi
		}
	}
	if g.Start.IsZero() {
		miss("start")
	}
	if g.Due.IsZero() {
		miss("due")
	}
	if !g.Start.IsZero() && !g.Due.IsZero() && !g.Due.After(g.Start) {
		errs.Add(msgDueNotAfterStart.New("due", g.ID, g.Due, g.Start.Format(time.RFC3339)))
	}
	return m, errs.Err()
}

// sign is +1 when the value must rise to progress from v, −1 when it must
// fall, and 0 when no movement is needed (a Within goal inside its band).
func (m measure) sign(v float64) float64 {
	switch m.dir {
	case Increase:
		return 1
	case Decrease:
		return -1
	}
	switch {
	case v < m.lo:
		return 1
	case v > m.hi:
		return -1
	}
	return 0
}

// remaining is how far v still is from the target, in the goal's unit,
// along the direction of progress (0 or less when achieved), multiplied
// by s. With s = 0.5 (exact for normal numbers) it stays finite where the
// plain difference of two finite numbers overflows.
func (m measure) remaining(v, s float64) float64 {
	switch m.dir {
	case Increase:
		return m.target*s - v*s
	case Decrease:
		return v*s - m.target*s
	}
	switch {
	case v < m.lo:
		return m.lo*s - v*s
	case v > m.hi:
		return v*s - m.hi*s
	}
	return 0
}

// bandDistance is the distance from v to the band, 0 inside it.
func (m measure) bandDistance(v float64) float64 {
	switch {
	case v < m.lo:
		return m.lo - v
	case v > m.hi:
		return v - m.hi
	}
	return 0
}

// nearestBound is the bound of the band nearest to v (lo for v below the
// band, hi above it, v itself inside).
func (m measure) nearestBound(v float64) float64 {
	switch {
	case v < m.lo:
		return m.lo
	case v > m.hi:
		return m.hi
	}
	return v
}

// diffRatio returns (x − x0) / (y − y0) without overflow: when a difference
// of two finite numbers overflows to ±Inf, both are computed from halves,
// which is exact for normal numbers.
func diffRatio(x, x0, y, y0 float64) float64 {
	num, den := x-x0, y-y0
	if math.IsInf(num, 0) || math.IsInf(den, 0) {
		num, den = x/2-x0/2, y/2-y0/2
	}
	return num / den
}

// raw returns the unbounded progress fraction of value v; see Track.
func (m measure) raw(v float64) float64 {
	if m.dir != Within {
		return diffRatio(v, m.baseline, m.target, m.baseline)
	}
	if m.bandDistance(v) == 0 {
		return 1
	}
	if m.bandDistance(m.baseline) == 0 {
		return 0
	}
	return 1 - math.Abs(diffRatio(v, m.nearestBound(v), m.baseline, m.nearestBound(m.baseline)))
}

// achieved reports whether value v meets the goal: at or beyond the target
// (compared directly, not through the rounded fraction), or inside the
// band.
func (m measure) achieved(v float64) bool {
	switch m.dir {
	case Increase:
		return v >= m.target
	case Decrease:
		return v <= m.target
	}
	return m.bandDistance(v) == 0
}

// expected returns the share of the goal's time window elapsed at now,
// clamped to 0–1.
func (m measure) expected(now time.Time) float64 {
	return clamp01(daysBetween(m.start, now) / daysBetween(m.start, m.due))
}

func clamp01(x float64) float64 { return math.Min(1, math.Max(0, x)) }

// Status is where a goal stands at a moment.
type Status uint8

// The statuses. The zero value is unset; Track never returns it.
const (
	StatusUnset Status = iota
	OnTrack            // progress is no more than StatusConfig.BehindGap behind the expected progress
	Behind             // more than BehindGap behind, at most AtRiskGap
	AtRisk             // more than AtRiskGap behind the expected progress
	Achieved           // the target is reached (or the value is inside the band)
)

var statusTable = enum.New[Status]("status", "", "onTrack", "behind", "atRisk", "achieved")

// String returns the JSON name: "onTrack", "behind", "atRisk", "achieved",
// or "unset".
func (s Status) String() string { return statusTable.String(s) }

// MarshalText returns the JSON name ("" when unset); undeclared values are
// errors wrapping [ErrUnknownEnum].
func (s Status) MarshalText() ([]byte, error) { return statusTable.Marshal(s) }

// UnmarshalText parses a name case-insensitively; unknown names are errors
// wrapping [ErrUnknownEnum].
func (s *Status) UnmarshalText(text []byte) error { return statusTable.Unmarshal(text, s) }

// StatusConfig holds the thresholds of Track's status, as gaps between the
// expected and the actual progress fraction (0–1). The zero value is the
// default: a zero field takes its default. The defaults are our choice, not
// taken from a source: 0.10 (ten percentage points behind the straight line
// from start to due is still on track) and 0.25.
type StatusConfig struct {
	// BehindGap: more than this behind is Behind; 0 means the default,
	// 0.10. Otherwise it must lie in (0, 1].
	BehindGap float64 `json:"behindGap,omitempty"`
	// AtRiskGap: more than this behind is AtRisk; 0 means the default,
	// 0.25. Otherwise it must lie in (0, 1] and not below BehindGap.
	AtRiskGap float64 `json:"atRiskGap,omitempty"`
}

// MarshalJSON writes c by the module's JSON rule (see [Progress.MarshalJSON]).
func (c StatusConfig) MarshalJSON() ([]byte, error) { return jsonx.Marshal(c) }

// UnmarshalJSON reads what MarshalJSON writes.
func (c *StatusConfig) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, c) }

// withDefaults fills zero fields and checks the ranges.
func (c StatusConfig) withDefaults() (StatusConfig, error) {
	if c.BehindGap == 0 {
		c.BehindGap = 0.10
	}
	if c.AtRiskGap == 0 {
		c.AtRiskGap = 0.25
	}
	var errs fault.Collector
	if !(c.BehindGap > 0 && c.BehindGap <= 1) {
		errs.Add(msgGap.At("config.behindGap", c.BehindGap))
	}
	if !(c.AtRiskGap > 0 && c.AtRiskGap <= 1) {
		errs.Add(msgGap.At("config.atRiskGap", c.AtRiskGap))
	} else if c.AtRiskGap < c.BehindGap {
		errs.Add(withNumbers(msgGapOrder, "config.atRiskGap", "", c.AtRiskGap, c.BehindGap))
	}
	return c, errs.Err()
}

// Progress is where a goal stands at a moment; see Track.
type Progress struct {
	// Current is the value of the latest check-in at or before now, or the
	// baseline when there is none.
	Current float64 `json:"current"`
	// Fraction is the progress fraction of Current, clamped to 0–1.
	Fraction float64 `json:"fraction"`
	// Raw is the unclamped progress fraction: below 0 when the value moved
	// away from the target, above 1 when it overshot (Increase, Decrease).
	Raw float64 `json:"raw"`
	// Expected is the fraction of the time from start to due that has
	// passed at now, clamped to 0–1: the progress a straight line would
	// have reached.
	Expected float64 `json:"expected"`
	// Status compares Fraction with Expected using a StatusConfig.
	Status Status `json:"status"`
	// CheckIns is the number of check-ins at or before now.
	CheckIns int `json:"checkIns"`
	// Confidence is the latest confidence (0–1) given at or before now, a
	// copy; nil when no check-in gave one.
	Confidence *float64 `json:"confidence,omitempty"`
}

// MarshalJSON writes p by the module's JSON rule: NaN and the infinities
// as the strings "NaN", "Infinity" and "-Infinity", null as not
// applicable; every exported type of the package that holds a float
// marshals this way, and UnmarshalJSON reads it back losslessly.
func (p Progress) MarshalJSON() ([]byte, error) { return jsonx.Marshal(p) }

// UnmarshalJSON reads what MarshalJSON writes.
func (p *Progress) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, p) }

// Track returns g's progress at now from its check-ins (in any order; those
// after now are ignored), with the mentee's latest stated confidence.
//
// The progress fraction of a value v is (v − baseline) / (target −
// baseline), which is right for Increase and Decrease alike (a decrease
// from 20 to 10 that reaches 15 is 0.5). For a Within goal it is 1 inside
// the band and 1 − d(v)/d(baseline) outside, with d the distance to the
// band; when the baseline already lies inside the band a value outside it
// scores 0. Fraction clamps it to 0–1; Raw does not.
//
// Status is Achieved when the value meets the goal (reaches the target,
// beyond it, or lies inside the band; the value is compared with the target
// itself, so a value a rounding step short of a huge target is not
// achieved even when its fraction rounds to 1); otherwise, with gap = Expected −
// Fraction, OnTrack when gap ≤ cfg.BehindGap, Behind when gap ≤
// cfg.AtRiskGap, and AtRisk beyond.
//
// Errors: the goal's Validate errors; ErrNotMeasurable when a baseline,
// direction, target or band, start or due date is missing, or the target
// equals the baseline or lies on its wrong side (an increase to a lower
// value, a decrease to a higher one); a zero now (ErrMissing); check-ins
// with a zero time, a non-finite value or a confidence outside 0–1; a
// StatusConfig outside its ranges. Inputs are not modified.
func Track(g Goal, checkIns []CheckIn, now time.Time, cfg StatusConfig) (Progress, error) {
	m, err := measureOf(g)
	err = fault.Join(err, validateCheckIns(checkIns, g.ID))
	if now.IsZero() {
		err = fault.Join(err, msgRequired.New("now", g.ID, nil))
	}
	cfg, cerr := cfg.withDefaults()
	if err = fault.Join(err, cerr); err != nil {
		return Progress{}, err
	}
	p := Progress{Current: m.baseline}
	for _, c := range sortedCheckIns(checkIns) {
		if c.Time.After(now) {
			break
		}
		p.Current = c.Value
		p.CheckIns++
		if c.Confidence != nil {
			p.Confidence = Float(*c.Confidence)
		}
	}
	p.Raw = m.raw(p.Current)
	p.Fraction = clamp01(p.Raw)
	p.Expected = m.expected(now)
	gap := p.Expected - p.Fraction
	switch {
	case m.achieved(p.Current):
		p.Status = Achieved
	case gap <= cfg.BehindGap:
		p.Status = OnTrack
	case gap <= cfg.AtRiskGap:
		p.Status = Behind
	default:
		p.Status = AtRisk
	}
	return p, nil
}
