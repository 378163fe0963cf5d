package evaluation

import (
	"math"
	"slices"

	"github.com/mentorkit/mentorkit/evaluation/internal/timesort"
	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/fault"
)

// Transform is the scale on which a pointwise survival interval is built.
// The zero value is unset and reads as TransformLog, R survfit's default.
// Its text form is "log" or "logLog".
type Transform uint8

const (
	// TransformLog builds the interval on log S: S·exp(∓z·se), the upper
	// end clipped at 1 (survfit conf.type = "log", the default).
	TransformLog Transform = iota + 1
	// TransformLogLog builds it on log(-log S):
	// S^exp(±z·se/log S) (survfit conf.type = "log-log"); undefined (NaN)
	// where S is 1 or 0.
	TransformLogLog
)

var transformTable = enum.New[Transform]("transform", "", "log", "logLog")

// String returns "log" or "logLog", "unset" for the zero value.
func (t Transform) String() string { return transformTable.String(t) }

// MarshalText returns the name ("" when unset).
func (t Transform) MarshalText() ([]byte, error) { return transformTable.Marshal(t) }

// UnmarshalText parses a name, ignoring case; unknown text wraps
// [ErrUnknownEnum].
func (t *Transform) UnmarshalText(b []byte) error { return transformTable.Unmarshal(b, t) }

// SurvivalConfig holds the settings of KaplanMeierWith. The zero value is
// R survfit's default: a 95% interval on the log scale.
type SurvivalConfig struct {
	// Confidence is the level of the pointwise intervals, strictly between
	// 0 and 1; 0 means 0.95 (survfit's conf.int).
	Confidence float64 `json:"confidence,omitempty"`
	// Transform is the scale of the intervals; unset reads as TransformLog
	// (survfit's conf.type = "log").
	Transform Transform `json:"transform,omitempty"`
}

// Median is the median survival time of a Kaplan–Meier curve with its
// confidence interval. A value the curve (or an interval curve) never
// reaches is NaN with its Reached flag false: "not reached" is a result,
// not an error.
type Median struct {
	Time         float64 `json:"time"`
	Lower        float64 `json:"lower"`
	Upper        float64 `json:"upper"`
	Reached      bool    `json:"reached"`
	LowerReached bool    `json:"lowerReached"`
	UpperReached bool    `json:"upperReached"`
}

// Curve is a Kaplan–Meier survival curve with one row per distinct
// observed time (event or censoring), as R's survfit stores it. All
// slices have one entry per row.
type Curve struct {
	// N is the number of subjects and Events the number of events.
	N      int `json:"n"`
	Events int `json:"events"`
	// Time holds the distinct observed times, ascending.
	Time []float64 `json:"time"`
	// AtRisk is the number at risk just before each time; Died and
	// Censored count the events and censorings at it (at a tied time the
	// censored subjects are at risk, as events come first).
	AtRisk   []int `json:"atRisk"`
	Died     []int `json:"died"`
	Censored []int `json:"censored"`
	// Surv is the Kaplan–Meier estimate S(t) = Π (1 - d/n) up to and
	// including each time.
	Surv []float64 `json:"surv"`
	// StdErr is Greenwood's standard error of -log S (R's $std.err):
	// √Σ d/(n(n-d)). It is +Inf once S reaches 0.
	StdErr []float64 `json:"stdErr"`
	// StdErrSurv is the standard error of S itself, S·StdErr (the one
	// summary.survfit prints); NaN once S reaches 0.
	StdErrSurv []float64 `json:"stdErrSurv"`
	// Lower and Upper bound the pointwise confidence interval; NaN where
	// R gives NA (S = 0, and S = 1 on the log-log scale).
	Lower []float64 `json:"lower"`
	Upper []float64 `json:"upper"`
	// Confidence and Transform are the settings of the intervals.
	Confidence float64   `json:"confidence"`
	Transform  Transform `json:"transform"`
	// Median is the median survival with its interval.
	Median Median `json:"median"`
}

// KaplanMeier estimates the survival curve of subjects followed for
// durations[i], with events[i] true when the event (leaving, say) was seen
// and false when the subject was censored. It uses the default settings:
// see KaplanMeierWith.
func KaplanMeier(durations []float64, events []bool) (Curve, error) {
	return KaplanMeierWith(durations, events, SurvivalConfig{})
}

// KaplanMeierWith estimates the Kaplan–Meier survival curve (Kaplan &
// Meier, 1958) with Greenwood standard errors, pointwise intervals and the
// median survival, matching R's survfit(Surv(time, event) ~ 1) from
// survival 3.5.3 and print.survfit's median:
//
//	S(t) = Π_{t_i <= t} (1 - d_i/n_i), se(-log S) = √Σ d_i/(n_i(n_i - d_i))
//
// The median is the first time t with S(t) < 0.5 + √ε (ε the float64
// machine epsilon); when S(t) equals 0.5 within that tolerance and the
// curve drops later, it is the mean of t and the time of that drop. Its
// interval applies the same rule to the Lower and Upper curves, skipping
// NaN points. A curve that never reaches the median gives NaN and a false
// flag (R's NA).
//
// Durations must be finite and non-negative, events as long as durations,
// at least one subject. Errors are *[FieldError] values (joined): ErrEmpty,
// ErrLength, ErrOutOfRange, ErrUnknownEnum for the transform. It radix-sorts
// a copy once on the bits of the times: O(n) time and memory, in four
// allocations whatever n (none per record or per row). Inputs are not
// modified.
func KaplanMeierWith(durations []float64, events []bool, cfg SurvivalConfig) (Curve, error) {
	conf, err := checkSurvival(durations, events, cfg)
	if err != nil {
		return Curve{}, err
	}
	cfg.Transform = max(cfg.Transform, TransformLog)
	// Each subject as one word (time and event), radix-sorted by time.
	ws := make([]uint64, len(durations))
	var h timesort.Histogram
	for i, t := range durations {
		ws[i] = timesort.Flag(t, events[i])
		h.CountFlagged(ws[i])
	}
	ws = h.SortFlagged(ws)
	c := Curve{N: len(ws), Confidence: conf, Transform: cfg.Transform}
	// Count the rows first, so every per-row slice is allocated once at
	// its final length (two allocations, not one per row and slice).
	rows := 0
	for i := range ws {
		if i == 0 || timesort.FlagTime(ws[i]) != timesort.FlagTime(ws[i-1]) {
			rows++
		}
	}
	fs := make([]float64, 7*rows)
	is := make([]int, 3*rows)
	part := func(k int) []float64 { return fs[k*rows : k*rows : (k+1)*rows] }
	ipart := func(k int) []int { return is[k*rows : k*rows : (k+1)*rows] }
	c.Time, c.Surv, c.StdErr, c.StdErrSurv = part(0), part(1), part(2), part(3)
	c.AtRisk, c.Died, c.Censored = ipart(0), ipart(1), ipart(2)
	atRisk := len(ws)
	s, g := 1.0, 0.0
	for i := 0; i < len(ws); {
		t := timesort.FlagTime(ws[i])
		d, cens := 0, 0
		for ; i < len(ws) && timesort.FlagTime(ws[i]) == t; i++ {
			if timesort.Flagged(ws[i]) {
				d++
			} else {
				cens++
			}
		}
		if d > 0 {
			s *= 1 - float64(d)/float64(atRisk)
			if d == atRisk {
				g = math.Inf(1)
			} else {
				g += float64(d) / (float64(atRisk) * float64(atRisk-d))
			}
		}
		se := math.Sqrt(g)
		c.Time = append(c.Time, t)
		c.AtRisk = append(c.AtRisk, atRisk)
		c.Died = append(c.Died, d)
		c.Censored = append(c.Censored, cens)
		c.Surv = append(c.Surv, s)
		c.StdErr = append(c.StdErr, se)
		c.StdErrSurv = append(c.StdErrSurv, s*se)
		c.Events += d
		atRisk -= d + cens
	}
	z := normQuantile(0.5 + 0.5*conf)
	c.Lower, c.Upper = part(4)[:rows], part(5)[:rows]
	for i, s := range c.Surv {
		c.Lower[i], c.Upper[i] = survInterval(s, c.StdErr[i], z, cfg.Transform)
	}
	c.Median.Time, c.Median.Reached = medianOf(c.Surv, c.Time)
	c.Median.Lower, c.Median.LowerReached = medianOf(c.Lower, c.Time)
	c.Median.Upper, c.Median.UpperReached = medianOf(c.Upper, c.Time)
	return c, nil
}

// survInterval is survfit_confint of survival 3.5.3 for one point.
func survInterval(s, se, z float64, tr Transform) (lo, hi float64) {
	if tr == TransformLogLog {
		if s == 0 || s == 1 {
			return math.NaN(), math.NaN()
		}
		ls := math.Log(s)
		w := z * se / ls
		c := math.Log(-ls)
		return math.Exp(-math.Exp(c - w)), math.Exp(-math.Exp(c + w))
	}
	if s == 0 {
		return math.NaN(), math.NaN()
	}
	// S·exp(∓z·se): one exp for both ends (exp(ls ∓ w) up to rounding).
	e := math.Exp(z * se)
	return s / e, min(s*e, 1)
}

// medianOf is survmean's minmin rule of survival 3.5.3: the first time
// whose value is below 0.5 + √ε, averaged with the next lower value's time
// when the value is 0.5 within that tolerance. NaN values are skipped.
func medianOf(y, time []float64) (float64, bool) {
	tol := math.Sqrt(0x1p-52)
	first := -1
	for i, v := range y {
		if !math.IsNaN(v) && v < 0.5+tol {
			first = i
			break
		}
	}
	if first < 0 {
		return math.NaN(), false
	}
	if math.Abs(y[first]-0.5) < tol {
		for j := first + 1; j < len(y); j++ {
			if !math.IsNaN(y[j]) && y[j] < y[first] {
				return (time[first] + time[j]) / 2, true
			}
		}
	}
	return time[first], true
}

// Point is the value of a survival curve at one time.
type Point struct {
	Time       float64 `json:"time"`       // the time asked for
	Surv       float64 `json:"surv"`       // S(Time)
	StdErrSurv float64 `json:"stdErrSurv"` // Greenwood standard error of S(Time)
	Lower      float64 `json:"lower"`      // lower end of the pointwise interval (NaN where R gives NA)
	Upper      float64 `json:"upper"`      // upper end of the pointwise interval
	AtRisk     int     `json:"atRisk"`     // number at risk at Time (just before it, events included)
}

// At returns the curve at time t, as summary(fit, times = t) does: the
// values of the last row at or before t, and S = 1 with zero error and
// interval [1, 1] before the first row. AtRisk is the number still at
// risk at t: that of the first row at or after t, or 0 past the last.
// t must be finite, non-negative and not after the last observed time
// (ErrBeyondFollowUp: R drops such times). A Curve not made by
// KaplanMeier whose AtRisk, Surv, StdErrSurv, Lower or Upper has another
// length than Time is ErrLength. O(log n).
func (c Curve) At(t float64) (Point, error) {
	if err := checkNonNegative("t", "", t); err != nil {
		return Point{}, err
	}
	if len(c.Time) == 0 {
		return Point{}, msgNoRows.At("c", nil)
	}
	if err := c.checkRows(rowLen{"atRisk", len(c.AtRisk)}, rowLen{"surv", len(c.Surv)}, rowLen{"stdErrSurv", len(c.StdErrSurv)},
		rowLen{"lower", len(c.Lower)}, rowLen{"upper", len(c.Upper)}); err != nil {
		return Point{}, err
	}
	if last := c.Time[len(c.Time)-1]; t > last {
		return Point{}, msgBeyondFollowUp.At("t", t, last)
	}
	// k is the number of rows with Time <= t.
	k, found := slices.BinarySearch(c.Time, t)
	if found {
		k++
	}
	p := Point{Time: t, AtRisk: 0}
	if k < len(c.Time) {
		p.AtRisk = c.AtRisk[k]
	}
	if found {
		p.AtRisk = c.AtRisk[k-1]
	}
	if k == 0 {
		p.Surv, p.StdErrSurv, p.Lower, p.Upper = 1, 0, 1, 1
		return p, nil
	}
	i := k - 1
	p.Surv, p.StdErrSurv, p.Lower, p.Upper = c.Surv[i], c.StdErrSurv[i], c.Lower[i], c.Upper[i]
	return p, nil
}

// record is one subject: Key is the order-preserving bit pattern of its
// time (timesort.Key), Aux is group<<1 | event.
type record = timesort.Rec

func recTime(r record) float64 { return timesort.Time(r.Key) }
func recEvent(r record) bool   { return r.Aux&1 != 0 }
func recGroup(r record) int32  { return int32(r.Aux >> 1) }

// sortedRecords copies the data into records sorted by time (the one sort
// of Kaplan–Meier and the log-rank test), with timesort's radix sort: no
// comparison function, stable, so records of equal time keep their input
// order. groups may be nil; durations are finite and non-negative
// (checked), and −0 is read as 0.
func sortedRecords(durations []float64, events []bool, groups []int32) []record {
	recs := make([]record, len(durations))
	var h timesort.Histogram
	for i, t := range durations {
		var aux uint64
		if events[i] {
			aux = 1
		}
		if groups != nil {
			aux |= uint64(uint32(groups[i])) << 1
		}
		k := timesort.Key(t)
		recs[i] = record{Key: k, Aux: aux}
		h.Count(k)
	}
	return h.Sort(recs)
}

func checkSurvival(durations []float64, events []bool, cfg SurvivalConfig) (float64, error) {
	var errs fault.Collector
	if len(durations) == 0 {
		errs.Add(msgTooFew.At("durations", nil, 0, 1))
	}
	if len(events) != len(durations) {
		errs.Add(msgLength.At("events", nil, len(events), len(durations), "durations"))
	}
	bad := 0
	for i, t := range durations {
		if t >= 0 && t <= math.MaxFloat64 {
			continue // the common case: no field name is built
		}
		if err := checkNonNegative(fault.Index("durations", i), "", t); err != nil {
			bad++
			if bad <= maxListed {
				errs.Add(err)
			}
		}
	}
	if bad > maxListed {
		errs.Add(msgMoreInvalid.At("durations", nil, bad-maxListed))
	}
	conf, err := checkConfidence("cfg.confidence", cfg.Confidence, 0.95)
	errs.Add(err)
	if !transformTable.Declared(cfg.Transform) {
		errs.Add(msgUndeclared.At("cfg.transform", int(cfg.Transform), "Transform"))
	}
	return conf, errs.Err()
}

// rowLen names a per-row slice of a Curve and its length.
type rowLen struct {
	name string
	n    int
}

// checkRows reports, as ErrLength, the first of the given per-row slices
// whose length differs from len(c.Time): a hand-built or decoded curve may
// be malformed, and indexing it must not panic.
func (c Curve) checkRows(rows ...rowLen) error {
	for _, r := range rows {
		if r.n != len(c.Time) {
			return msgLength.At("c."+r.name, nil, r.n, len(c.Time), "c.time")
		}
	}
	return nil
}
