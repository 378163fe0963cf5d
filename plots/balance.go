package plots

import (
	"fmt"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/mentorkit/mentorkit/evaluation/causal"
)

// BalanceOptions sets the text and threshold of Balance.
type BalanceOptions struct {
	// Title and XLabel default to "Covariate balance" and
	// "standardized mean difference".
	Title, XLabel string
	// Threshold draws dotted lines at ±Threshold; zero means 0.1, the
	// ImbalanceSMD default of package causal (Austin 2009).
	Threshold float64
	// Absolute draws |SMD| instead of the signed difference.
	Absolute bool
}

// balanceParts are the plotters of Balance, kept apart for the tests.
type balanceParts struct {
	before, after *plotter.Scatter
	ticks         labelTicker
	xmax          float64
}

// Balance draws a "love plot" of rows (Match.Balance, or CheckBalance's
// result): one line per covariate, top to bottom in the rows' order, with
// its standardized mean difference before matching (open circle) and after
// (filled circle), a solid line at 0 and dotted lines at ±Threshold. An
// SMD that is not finite (a constant covariate, nobody matched) is left
// out.
//
// Errors: no rows wrap ErrEmpty; a negative or non-finite threshold wraps
// ErrInvalid.
func Balance(rows []causal.BalanceRow, opt BalanceOptions) (*plot.Plot, error) {
	th := opt.Threshold
	if th == 0 {
		th = 0.1
	}
	if !finite(th) || th < 0 {
		return nil, msgNotFinite.At("threshold", opt.Threshold)
	}
	parts, err := balanceBuild(rows, opt.Absolute)
	if err != nil {
		return nil, err
	}
	p := plot.New()
	p.Title.Text = or(opt.Title, "Covariate balance")
	p.X.Label.Text = or(opt.XLabel, "standardized mean difference")
	if opt.Absolute {
		p.X.Label.Text = or(opt.XLabel, "absolute standardized mean difference")
	}
	n := float64(len(rows))
	p.Add(plotter.NewGrid())
	p.Add(vline(0, -0.5, n-0.5, colour(5), vg.Points(1), nil))
	for _, x := range []float64{-th, th} {
		if opt.Absolute && x < 0 {
			continue
		}
		p.Add(vline(x, -0.5, n-0.5, colour(3), vg.Points(1), dashes(2)))
	}
	p.Add(parts.before, parts.after)
	p.Legend.Add("before matching", parts.before)
	p.Legend.Add("after matching", parts.after)
	p.Legend.Top = true
	p.Y.Tick.Marker = parts.ticks
	p.Y.Min, p.Y.Max = -0.5, n-0.5+0.6 // room above for the legend
	xmax := math.Max(parts.xmax, th) * 1.1
	p.X.Max = xmax
	p.X.Min = -xmax
	if opt.Absolute {
		p.X.Min = 0
	}
	return checked(p)
}

// balanceBuild builds the two scatters of Balance and the covariate
// labels.
func balanceBuild(rows []causal.BalanceRow, absolute bool) (balanceParts, error) {
	var parts balanceParts
	if len(rows) == 0 {
		return parts, msgNothing.At("rows", nil)
	}
	var before, after plotter.XYs
	n := len(rows)
	for i, r := range rows {
		y := float64(n - 1 - i) // first row on top
		parts.ticks = append(parts.ticks, plot.Tick{Value: y, Label: r.Covariate})
		for _, s := range []struct {
			smd float64
			xy  *plotter.XYs
		}{{r.Before.SMD, &before}, {r.After.SMD, &after}} {
			if !finite(s.smd) {
				continue
			}
			x := s.smd
			if absolute {
				x = math.Abs(x)
			}
			*s.xy = append(*s.xy, plotter.XY{X: x, Y: y})
			parts.xmax = math.Max(parts.xmax, math.Abs(x))
		}
	}
	var err error
	if parts.before, err = plotter.NewScatter(before); err != nil {
		return parts, fmt.Errorf("plots: %w", err)
	}
	if parts.after, err = plotter.NewScatter(after); err != nil {
		return parts, fmt.Errorf("plots: %w", err)
	}
	parts.before.GlyphStyle = draw.GlyphStyle{Color: colour(1), Radius: vg.Points(3.5), Shape: draw.RingGlyph{}}
	parts.after.GlyphStyle = draw.GlyphStyle{Color: colour(0), Radius: vg.Points(3.5), Shape: draw.CircleGlyph{}}
	return parts, nil
}
