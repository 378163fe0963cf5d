package plots

import (
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/mentorkit/mentorkit/internal/fault"
)

// Effect is one row of a forest plot: an estimate with its interval.
type Effect struct {
	// Label names the row ("mentored vs others", "women").
	Label string
	// Estimate is the point estimate; Lower and Upper bound its interval
	// (NaN: no interval is drawn for the row).
	Estimate, Lower, Upper float64
}

// ForestOptions sets the text and reference of Forest.
type ForestOptions struct {
	// Title and XLabel default to "Effect sizes" and "estimate".
	Title, XLabel string
	// Reference is where the vertical "no effect" line is drawn: 0 for
	// differences (the zero value), 1 for ratios.
	Reference float64
}

// forestParts are the plotters of Forest, kept apart for the tests.
type forestParts struct {
	points    *plotter.Scatter
	intervals []*plotter.Line
	ticks     labelTicker
	xmin      float64
	xmax      float64
}

// Forest draws a forest plot: one line per effect, top to bottom in the
// given order, the estimate as a square and its interval as a horizontal
// line, and a dashed vertical line at opt.Reference.
//
// Errors: no effects wrap ErrEmpty; an effect whose estimate is not finite,
// or a non-finite reference, wraps ErrInvalid.
func Forest(effects []Effect, opt ForestOptions) (*plot.Plot, error) {
	if !finite(opt.Reference) {
		return nil, msgNotFinite.At("reference", opt.Reference)
	}
	parts, err := forestBuild(effects, opt.Reference)
	if err != nil {
		return nil, err
	}
	p := plot.New()
	p.Title.Text = or(opt.Title, "Effect sizes")
	p.X.Label.Text = or(opt.XLabel, "estimate")
	n := float64(len(effects))
	p.Add(plotter.NewGrid())
	p.Add(vline(opt.Reference, -0.5, n-0.5, colour(5), vg.Points(1), dashes(1)))
	for _, l := range parts.intervals {
		p.Add(l)
	}
	p.Add(parts.points)
	p.Y.Tick.Marker = parts.ticks
	p.Y.Min, p.Y.Max = -0.5, n-0.5
	pad := 0.08 * (parts.xmax - parts.xmin)
	if pad == 0 {
		pad = 0.5
	}
	p.X.Min, p.X.Max = parts.xmin-pad, parts.xmax+pad
	return checked(p)
}

// forestBuild checks the effects and builds the points and intervals.
func forestBuild(effects []Effect, ref float64) (forestParts, error) {
	parts := forestParts{xmin: ref, xmax: ref}
	if len(effects) == 0 {
		return parts, msgNothing.At("effects", nil)
	}
	var pts plotter.XYs
	n := len(effects)
	for i, e := range effects {
		if !finite(e.Estimate) {
			return parts, msgNotFinite.At(fault.Index("effects", i)+".estimate", e.Estimate)
		}
		y := float64(n - 1 - i)
		parts.ticks = append(parts.ticks, plot.Tick{Value: y, Label: e.Label})
		pts = append(pts, plotter.XY{X: e.Estimate, Y: y})
		parts.xmin, parts.xmax = math.Min(parts.xmin, e.Estimate), math.Max(parts.xmax, e.Estimate)
		if !finite(e.Lower) || !finite(e.Upper) {
			continue
		}
		l, err := plotter.NewLine(plotter.XYs{{X: e.Lower, Y: y}, {X: e.Upper, Y: y}})
		if err != nil {
			return parts, err
		}
		l.Color, l.Width = colour(0), vg.Points(1.5)
		parts.intervals = append(parts.intervals, l)
		parts.xmin = math.Min(parts.xmin, math.Min(e.Lower, e.Upper))
		parts.xmax = math.Max(parts.xmax, math.Max(e.Lower, e.Upper))
	}
	var err error
	if parts.points, err = plotter.NewScatter(pts); err != nil {
		return parts, err
	}
	parts.points.GlyphStyle = draw.GlyphStyle{Color: colour(0), Radius: vg.Points(4), Shape: draw.BoxGlyph{}}
	return parts, nil
}
