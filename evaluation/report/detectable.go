package report

import (
	"fmt"
	"math"

	"github.com/mentorkit/mentorkit/evaluation/power"
)

// detectable fills Report.Detectable: what the sample could detect with
// power cfg.DetectPower in a two-sided test at the report's level.
//
// Unequal groups enter the two-group formulas, which take n per group,
// as their harmonic mean 2·n1·n2/(n1+n2): the n per group of a balanced
// design with the same variance of a difference of means (or of
// proportions with a common p).
func (b *reportBuilder) detectable() {
	cfg, r := b.cfg, &b.rep
	r.DetectPower = cfg.DetectPower
	pct := fmt.Sprintf("%.0f%% power", 100*cfg.DetectPower)

	// Retention: the smallest rise above the others' retention.
	n := b.eligible
	f := Figure{Name: "smallest retention difference detectable (mentored − others)", Unit: UnitPoints,
		N: n[1], N2: n[0], Method: "power.prop.test, " + pct, Value: math.NaN(), Lower: math.NaN(), Upper: math.NaN(), PValue: math.NaN()}
	if n[0] > 0 && n[1] > 0 {
		p1 := float64(b.kept[0]) / float64(n[0])
		d := power.PropDesign{Confidence: cfg.Confidence}
		if det, err := power.PropDetectable(d, p1, harmonic(n[1], n[0]), cfg.DetectPower); err == nil {
			f.Value = det.P2 - det.P1
		} else {
			f.Note = "too little data: no retention above the others' " + valueText(UnitShare, p1) + " is detectable"
		}
	}
	r.Detectable = append(r.Detectable, f.check(cfg.MinN, true))

	// Time to leaving: the smallest hazard ratio below 1 by Schoenfeld.
	f = Figure{Name: "smallest hazard ratio of leaving detectable (mentored / others)", Unit: UnitRatio,
		N: r.NMentored, N2: r.NOthers, Method: "Schoenfeld, log-rank, " + pct, Value: math.NaN(), Lower: math.NaN(), Upper: math.NaN(), PValue: math.NaN()}
	if r.NMentored > 0 && r.NOthers > 0 {
		d := power.LogRankDesign{Confidence: cfg.Confidence,
			Allocation: float64(r.NMentored) / float64(r.NMentored+r.NOthers)}
		if det, err := power.LogRankDetectable(d, float64(b.leavers), cfg.DetectPower); err == nil {
			f.Value = det.HR
		} else {
			f.Note = fmt.Sprintf("too little data: %d people left, no hazard ratio is detectable", b.leavers)
		}
	}
	r.Detectable = append(r.Detectable, f.check(cfg.MinN, true))

	// Engagement: the smallest difference of the mean changes, against the
	// pooled standard deviation of the changes.
	c := b.change
	f = Figure{Name: "smallest difference in engagement change detectable (mentored − others)", Unit: UnitScore,
		N: len(c[1]), N2: len(c[0]), Method: "power.t.test, " + pct, Value: math.NaN(), Lower: math.NaN(), Upper: math.NaN(), PValue: math.NaN()}
	if sd := pooledSD(c[1], c[0]); sd > 0 && finite(sd) {
		d := power.TDesign{Confidence: cfg.Confidence, SD: sd}
		if det, err := power.TDetectable(d, harmonic(len(c[1]), len(c[0])), cfg.DetectPower); err == nil {
			f.Value = det.Delta
		}
	} else if len(c[1]) >= 2 && len(c[0]) >= 2 {
		f.Note = "no estimate: the engagement changes do not vary"
	}
	r.Detectable = append(r.Detectable, f.check(cfg.MinN, true))
}

// harmonic is 2·a·b/(a+b).
func harmonic(a, b int) float64 {
	fa, fb := float64(a), float64(b)
	return 2 * fa * fb / (fa + fb)
}

// pooledSD is the pooled standard deviation of two samples, NaN when they
// have fewer than three values together or either is empty.
func pooledSD(x, y []float64) float64 {
	if len(x) == 0 || len(y) == 0 || len(x)+len(y) < 3 {
		return math.NaN()
	}
	ss := func(v []float64) float64 {
		var m float64
		for _, a := range v {
			m += a
		}
		m /= float64(len(v))
		var s float64
		for _, a := range v {
			s += (a - m) * (a - m)
		}
		return s
	}
	return math.Sqrt((ss(x) + ss(y)) / float64(len(x)+len(y)-2))
}
