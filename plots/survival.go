package plots

import (
	"fmt"
	"image/color"
	"math"
	"sort"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/mentorkit/mentorkit/evaluation/hazard"
	"github.com/mentorkit/mentorkit/internal/fault"
)

// Band says how KaplanMeier draws a curve's pointwise confidence interval.
type Band int

const (
	// BandNone draws no interval (the zero value).
	BandNone Band = iota
	// BandShaded fills the interval in a light shade of the curve's colour.
	BandShaded
	// BandDashed draws the bounds as thin dashed steps.
	BandDashed
)

// SurvivalOptions sets the text and extras of KaplanMeier. The zero value
// draws the curves without intervals or numbers at risk, labelled
// "curve 1", "curve 2", ….
type SurvivalOptions struct {
	// Title, XLabel and YLabel default to "Kaplan–Meier", "time" and
	// "survival".
	Title, XLabel, YLabel string
	// Labels name the curves in the legend (followed by their n); nil
	// or one per curve.
	Labels []string
	// Bands draws the pointwise intervals (Curve.Lower, Curve.Upper).
	Bands Band
	// AtRisk are the times at which the number at risk of each curve is
	// printed below the curves, one row per curve in its colour: the
	// subjects still followed at that time (the curve's AtRisk at the
	// first row at or after it, 0 past the last time). Times outside
	// [0, last time] are left out.
	AtRisk []float64
}

// AtRiskAt returns the number of subjects of c at risk at time t: those whose
// time is t or later, read from c.AtRisk at the first row at or after t (0
// after the last row). It is the number KaplanMeier prints for t.
func AtRiskAt(c evaluation.Curve, t float64) int {
	i := sort.SearchFloat64s(c.Time, t)
	if i >= len(c.Time) || i >= len(c.AtRisk) {
		return 0
	}
	return c.AtRisk[i]
}

// kmParts are the plotters KaplanMeier adds, kept apart for the tests.
type kmParts struct {
	lines  []*plotter.Line   // one step line per curve
	bands  []plot.Plotter    // polygons or dashed lines
	atRisk []*plotter.Labels // one row per curve
	low    float64           // lowest survival drawn
	last   float64           // largest time
}

// KaplanMeier draws survival curves as steps from (0, 1), each in its own
// colour with its n in the legend, with the pointwise intervals as
// opt.Bands says and the numbers at risk at opt.AtRisk below the curves
// (the y axis is labelled over the curves only). The y axis starts at the
// lowest value drawn rounded down to a tenth. The legend is drawn in the
// lower left of the curves' area, above the numbers at risk, by a plotter
// of its own, so p.Legend is empty.
//
// Errors: no curves, or a curve without times, wrap ErrEmpty; labels of
// another length than the curves, or a curve whose slices differ in length,
// wrap ErrInvalid.
func KaplanMeier(curves []evaluation.Curve, opt SurvivalOptions) (*plot.Plot, error) {
	parts, err := kmBuild(curves, opt)
	if err != nil {
		return nil, err
	}
	p := plot.New()
	p.Title.Text = or(opt.Title, "Kaplan–Meier")
	p.X.Label.Text = or(opt.XLabel, "time")
	p.Y.Label.Text = or(opt.YLabel, "survival")
	p.Add(plotter.NewGrid())
	for _, b := range parts.bands {
		p.Add(b)
	}
	// The legend sits in the lower left corner of the curves' area, above
	// the numbers at risk (plot's own legend would cover them).
	leg := legendAt{Legend: plot.NewLegend(), y: parts.low}
	leg.Top, leg.Left = false, true
	for i, l := range parts.lines {
		p.Add(l)
		leg.Add(fmt.Sprintf("%s (n = %d)", label(opt.Labels, i), curves[i].N), l)
	}
	p.Y.Max = 1
	p.Y.Min = parts.low
	// A little room either side, so the numbers at risk centred on the
	// first and last times are not cut.
	p.X.Min, p.X.Max = -0.03*parts.last, 1.03*parts.last
	if len(parts.atRisk) > 0 {
		// One row per curve below the data and a header row above them,
		// spaced so that they take about a quarter of the plot whatever
		// the number of curves.
		step := (1 - parts.low) / float64(8+2*len(parts.atRisk))
		head, err := plotter.NewLabels(plotter.XYLabels{
			XYs: plotter.XYs{{X: 0, Y: parts.low - step}}, Labels: []string{"number at risk"}})
		if err != nil {
			return nil, err
		}
		head.TextStyle[0].Font.Size = vg.Points(9)
		head.TextStyle[0].YAlign = draw.YCenter
		p.Add(head)
		for i, l := range parts.atRisk {
			for j := range l.XYs {
				l.XYs[j].Y = parts.low - step*float64(i+2)
			}
			p.Add(l)
		}
		p.Y.Min = parts.low - step*(float64(len(parts.atRisk))+2.5)
		p.Y.Tick.Marker = rangeTicker{Lo: parts.low, Hi: 1}
		p.Add(rule{y: parts.low - step/2})
	}
	p.Add(leg)
	return checked(p)
}

// legendAt draws a legend in the data area above y.
type legendAt struct {
	plot.Legend
	y float64
}

// Plot implements plot.Plotter.
func (l legendAt) Plot(c draw.Canvas, p *plot.Plot) {
	c.Min.Y = c.Min.Y + vg.Length(p.Y.Norm(l.y))*(c.Max.Y-c.Min.Y) + vg.Points(4)
	c.Min.X += vg.Points(4)
	l.Legend.Draw(c)
}

// rule is a thin grey horizontal rule across the whole data area at y.
type rule struct{ y float64 }

// Plot implements plot.Plotter.
func (r rule) Plot(c draw.Canvas, p *plot.Plot) {
	trY := p.Y.Norm(r.y)
	y := c.Min.Y + vg.Length(trY)*(c.Max.Y-c.Min.Y)
	c.StrokeLine2(draw.LineStyle{Color: color.Gray{Y: 0xa0}, Width: vg.Points(0.5)}, c.Min.X, y, c.Max.X, y)
}

// label returns labels[i], or "curve i+1".
func label(labels []string, i int) string {
	if i < len(labels) && labels[i] != "" {
		return labels[i]
	}
	return "curve " + strconv.Itoa(i+1)
}

// kmBuild checks the curves and builds the plotters of KaplanMeier.
func kmBuild(curves []evaluation.Curve, opt SurvivalOptions) (kmParts, error) {
	var parts kmParts
	if len(curves) == 0 {
		return parts, msgNothing.At("curves", nil)
	}
	if opt.Labels != nil && len(opt.Labels) != len(curves) {
		return parts, msgLength.At("labels", len(opt.Labels), len(opt.Labels), len(curves), "curves")
	}
	parts.low = 1
	for i, c := range curves {
		field := fault.Index("curves", i)
		if len(c.Time) == 0 {
			return parts, msgNothing.At(field+".time", nil)
		}
		for _, s := range []struct {
			name string
			n    int
		}{{"surv", len(c.Surv)}, {"atRisk", len(c.AtRisk)}, {"lower", len(c.Lower)}, {"upper", len(c.Upper)}} {
			if s.n != len(c.Time) && (s.n != 0 || s.name == "surv") {
				return parts, msgLength.At(field+"."+s.name, s.n, s.n, len(c.Time), field+".time")
			}
		}
		pts := plotter.XYs{{X: 0, Y: 1}}
		parts.last = math.Max(parts.last, c.Time[len(c.Time)-1])
		for j, t := range c.Time {
			if !finite(t) || !finite(c.Surv[j]) {
				return parts, msgNotFinite.At(fault.Index(field+".time", j), t)
			}
			pts = append(pts, plotter.XY{X: t, Y: c.Surv[j]})
			parts.low = math.Min(parts.low, c.Surv[j])
			if opt.Bands != BandNone && j < len(c.Lower) && finite(c.Lower[j]) {
				parts.low = math.Min(parts.low, c.Lower[j])
			}
		}
		line, err := plotter.NewLine(pts)
		if err != nil {
			return parts, err
		}
		line.Color, line.Width, line.StepStyle = colour(i), vg.Points(1.5), plotter.PostStep
		parts.lines = append(parts.lines, line)
		if opt.Bands != BandNone && len(c.Lower) == len(c.Time) {
			parts.bands = append(parts.bands, bandPlotters(c, i, opt.Bands)...)
		}
		if len(opt.AtRisk) > 0 {
			parts.atRisk = append(parts.atRisk, atRiskRow(c, i, opt.AtRisk))
		}
	}
	parts.low = math.Max(0, math.Floor(10*parts.low-1e-9)/10)
	if parts.low >= 1 {
		parts.low = 0.9
	}
	return parts, nil
}

// atRiskRow returns the numbers at risk of curve c at the times within
// [0, last time], centred on the times, in the curve's colour.
func atRiskRow(c evaluation.Curve, i int, times []float64) *plotter.Labels {
	last := c.Time[len(c.Time)-1]
	var xy plotter.XYLabels
	for _, t := range times {
		if !finite(t) || t < 0 || t > last {
			continue
		}
		xy.XYs = append(xy.XYs, plotter.XY{X: t})
		xy.Labels = append(xy.Labels, strconv.Itoa(AtRiskAt(c, t)))
	}
	l, _ := plotter.NewLabels(xy) // equal lengths: no error
	for k := range l.TextStyle {
		l.TextStyle[k].Color = colour(i)
		l.TextStyle[k].XAlign = draw.XCenter
		l.TextStyle[k].YAlign = draw.YCenter
		l.TextStyle[k].Font.Size = vg.Points(9)
	}
	return l
}

// bandPlotters draws the interval of curve c over each run of rows with
// finite bounds, as steps: [Lower[j], Upper[j]] holds from Time[j] to the
// next time (and from 0 to the first time the interval is the point 1).
func bandPlotters(c evaluation.Curve, i int, band Band) []plot.Plotter {
	var out []plot.Plotter
	var lo, hi plotter.XYs
	flush := func() {
		if len(lo) >= 2 {
			out = append(out, bandRun(lo, hi, i, band)...)
		}
		lo, hi = nil, nil
	}
	for j, t := range c.Time {
		l, u := c.Lower[j], c.Upper[j]
		if !finite(l) || !finite(u) {
			flush()
			continue
		}
		end := t
		if j+1 < len(c.Time) {
			end = c.Time[j+1]
		}
		lo = append(lo, plotter.XY{X: t, Y: l}, plotter.XY{X: end, Y: l})
		hi = append(hi, plotter.XY{X: t, Y: u}, plotter.XY{X: end, Y: u})
	}
	flush()
	return out
}

// bandRun draws one run of a band: a filled polygon, or two dashed lines.
func bandRun(lo, hi plotter.XYs, i int, band Band) []plot.Plotter {
	col := colour(i)
	if band == BandShaded {
		ring := append(plotter.XYs{}, hi...)
		for k := len(lo) - 1; k >= 0; k-- {
			ring = append(ring, lo[k])
		}
		poly, err := plotter.NewPolygon(ring)
		if err != nil {
			return nil
		}
		fill := col
		fill.A = 0x40
		fill.R, fill.G, fill.B = uint8(uint16(col.R)*0x40/0xff), uint8(uint16(col.G)*0x40/0xff), uint8(uint16(col.B)*0x40/0xff)
		poly.Color = fill
		poly.LineStyle.Width = 0
		return []plot.Plotter{poly}
	}
	var out []plot.Plotter
	for _, b := range []plotter.XYs{lo, hi} {
		l, err := plotter.NewLine(b)
		if err != nil {
			continue
		}
		l.Color, l.Width = col, vg.Points(0.7)
		l.Dashes = []vg.Length{vg.Points(3), vg.Points(2)}
		out = append(out, l)
	}
	return out
}

// IncidenceOptions sets the text of CumulativeIncidence. The zero value
// names the causes "cause 1", "cause 2", ….
type IncidenceOptions struct {
	// Title, XLabel and YLabel default to "Cumulative incidence", "time"
	// and "cumulative incidence".
	Title, XLabel, YLabel string
	// Causes names the causes by their status code ("left", "promoted").
	Causes map[int]string
}

// CumulativeIncidence draws each curve of r as steps from (0, 0) to its
// group's follow-up: one colour per cause, one dash pattern per group, the
// legend naming both. The y axis runs from 0 to the largest estimate
// rounded up to a tenth.
//
// Errors: no curves (data without any exit) wrap ErrEmpty; a non-finite
// time or estimate wraps ErrInvalid.
func CumulativeIncidence(r hazard.CompetingRisks, opt IncidenceOptions) (*plot.Plot, error) {
	lines, top, err := incidenceLines(r)
	if err != nil {
		return nil, err
	}
	p := plot.New()
	p.Title.Text = or(opt.Title, "Cumulative incidence")
	p.X.Label.Text = or(opt.XLabel, "time")
	p.Y.Label.Text = or(opt.YLabel, "cumulative incidence")
	p.Add(plotter.NewGrid())
	causes, groups := map[int]int{}, map[string]int{}
	for _, c := range r.Curves { // r.Curves is cause-major: first seen = order
		if _, ok := causes[c.Cause]; !ok {
			causes[c.Cause] = len(causes)
		}
		if _, ok := groups[c.Group]; !ok {
			groups[c.Group] = len(groups)
		}
	}
	for i, c := range r.Curves {
		l := lines[i]
		l.Color, l.Dashes = colour(causes[c.Cause]), dashes(groups[c.Group])
		p.Add(l)
		name := opt.Causes[c.Cause]
		if name == "" {
			name = "cause " + strconv.Itoa(c.Cause)
		}
		if c.Group != "" {
			name = c.Group + ": " + name
		}
		p.Legend.Add(name, l)
	}
	p.Legend.Top, p.Legend.Left = true, true
	p.X.Min, p.Y.Min = 0, 0
	p.X.Max *= 1.03 // a jump at the last time stays visible
	p.Y.Max = math.Min(1, math.Ceil(10*top+1e-9)/10)
	if p.Y.Max <= 0 {
		p.Y.Max = 0.1
	}
	// Leave room above the curves for the legend.
	p.Y.Max = math.Min(1, p.Y.Max+0.1*float64((len(r.Curves)+1)/2))
	return checked(p)
}

// incidenceLines builds one step line per curve and returns the largest
// estimate.
func incidenceLines(r hazard.CompetingRisks) ([]*plotter.Line, float64, error) {
	if len(r.Curves) == 0 {
		return nil, 0, msgNothing.At("curves", nil)
	}
	var lines []*plotter.Line
	top := 0.0
	for i, c := range r.Curves {
		field := fault.Index("curves", i)
		if len(c.Estimate) != len(c.Time) {
			return nil, 0, msgLength.At(field+".estimate", len(c.Estimate), len(c.Estimate), len(c.Time), field+".time")
		}
		pts := plotter.XYs{{X: 0, Y: 0}}
		for j, t := range c.Time {
			if !finite(t) || !finite(c.Estimate[j]) {
				return nil, 0, msgNotFinite.At(fault.Index(field+".time", j), t)
			}
			pts = append(pts, plotter.XY{X: t, Y: c.Estimate[j]})
			top = math.Max(top, c.Estimate[j])
		}
		if last := pts[len(pts)-1]; finite(c.FollowUp) && c.FollowUp > last.X {
			pts = append(pts, plotter.XY{X: c.FollowUp, Y: last.Y})
		}
		l, err := plotter.NewLine(pts)
		if err != nil {
			return nil, 0, err
		}
		l.Width, l.StepStyle = vg.Points(1.5), plotter.PostStep
		lines = append(lines, l)
	}
	return lines, top, nil
}
