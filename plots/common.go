package plots

import (
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
)

// palette colours curves and series (colour-blind safe, after Okabe and Ito).
var palette = []color.RGBA{
	{R: 0x00, G: 0x72, B: 0xb2, A: 0xff}, // blue
	{R: 0xd5, G: 0x5e, B: 0x00, A: 0xff}, // vermilion
	{R: 0x00, G: 0x9e, B: 0x73, A: 0xff}, // bluish green
	{R: 0xcc, G: 0x79, B: 0xa7, A: 0xff}, // reddish purple
	{R: 0xe6, G: 0x9f, B: 0x00, A: 0xff}, // orange
	{R: 0x56, G: 0xb4, B: 0xe9, A: 0xff}, // sky blue
}

// colour returns the i-th colour of the palette, cycling.
func colour(i int) color.RGBA { return palette[i%len(palette)] }

// dashes returns the i-th dash pattern: solid, dashed, dotted, dash-dot.
func dashes(i int) []vg.Length {
	switch i % 4 {
	case 1:
		return []vg.Length{vg.Points(5), vg.Points(3)}
	case 2:
		return []vg.Length{vg.Points(1.5), vg.Points(2)}
	case 3:
		return []vg.Length{vg.Points(6), vg.Points(2), vg.Points(1.5), vg.Points(2)}
	}
	return nil
}

// or returns s, or def when s is empty.
func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// finite reports whether x is neither NaN nor ±Inf.
func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

// rangeTicker shows the ticks of plot.DefaultTicks that fall within
// [Lo, Hi] only: the rest of the axis holds annotations (numbers at risk,
// row labels), not data.
type rangeTicker struct{ Lo, Hi float64 }

// Ticks implements plot.Ticker.
func (r rangeTicker) Ticks(lo, hi float64) []plot.Tick {
	eps := 1e-9 * (r.Hi - r.Lo + 1)
	var out []plot.Tick
	for _, t := range (plot.DefaultTicks{}).Ticks(math.Max(lo, r.Lo), math.Min(hi, r.Hi)) {
		if t.Value >= r.Lo-eps && t.Value <= r.Hi+eps {
			out = append(out, t)
		}
	}
	return out
}

// labelTicker puts one labelled tick at each of its values.
type labelTicker []plot.Tick

// Ticks implements plot.Ticker.
func (l labelTicker) Ticks(lo, hi float64) []plot.Tick { return l }

// vline returns a vertical line at x from y0 to y1.
func vline(x, y0, y1 float64, c color.Color, width vg.Length, d []vg.Length) *plotter.Line {
	l, _ := plotter.NewLine(plotter.XYs{{X: x, Y: y0}, {X: x, Y: y1}}) // finite points: no error
	l.Color, l.Width, l.Dashes = c, width, d
	return l
}

// checked returns p, or an error when an axis's range cannot be drawn:
// not finite, wider than a float64 holds, or too narrow to resolve
// (numbers near ±MaxFloat64, or all equal and huge).
func checked(p *plot.Plot) (*plot.Plot, error) {
	for _, a := range []struct {
		name string
		ax   plot.Axis
	}{{"x", p.X}, {"y", p.Y}} {
		lo, hi := a.ax.Min, a.ax.Max
		if !finite(lo) || !finite(hi) || !finite(hi-lo) || hi-lo <= 1e-9*math.Max(math.Abs(lo), math.Abs(hi)) {
			return nil, msgRange.At(a.name, nil, lo, hi)
		}
	}
	return p, nil
}
