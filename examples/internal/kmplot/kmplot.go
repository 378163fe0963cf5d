// Package kmplot draws Kaplan–Meier curves from package evaluation with
// gonum.org/v1/plot for the example programs. It lives under examples/
// because nothing else in the module writes files or imports the plot
// library.
package kmplot

import (
	"fmt"
	"image/color"
	"math"
	"path/filepath"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"

	"github.com/mentorkit/mentorkit/evaluation"
)

// palette colours the curves (colour-blind safe, after Okabe and Ito).
var palette = []color.RGBA{{R: 0x1b, G: 0x75, B: 0xbc, A: 0xff}, {R: 0xd9, G: 0x5f, B: 0x02, A: 0xff},
	{R: 0x00, G: 0x9e, B: 0x73, A: 0xff}, {R: 0xcc, G: 0x79, B: 0xa7, A: 0xff}}

// Write draws Kaplan–Meier curves as steps, labelled with labels[i] and
// their n, with their pointwise intervals when bands is set, and writes
// name.png and name.svg to dir. It returns the paths written.
func Write(dir, name, title string, labels []string, curves []evaluation.Curve, bands bool) ([]string, error) {
	p := plot.New()
	p.Title.Text = title
	p.X.Label.Text = "months since the programme started"
	p.Y.Label.Text = "share still employed"
	p.Y.Min, p.Y.Max = 0.5, 1 // lowered below to the lowest point drawn
	p.Legend.Top, p.Legend.Left = false, true
	p.Add(plotter.NewGrid())
	for i, c := range curves {
		for j, s := range c.Surv {
			if bands && !math.IsNaN(c.Lower[j]) {
				s = c.Lower[j]
			}
			p.Y.Min = math.Min(p.Y.Min, math.Floor(10*s)/10)
		}
		col := palette[i%len(palette)]
		surv, lo, hi := steps(c)
		line, err := plotter.NewLine(surv)
		if err != nil {
			return nil, err
		}
		line.Color, line.Width, line.StepStyle = col, vg.Points(1.5), plotter.PreStep
		p.Add(line)
		p.Legend.Add(fmt.Sprintf("%s (n = %d)", labels[i], c.N), line)
		if !bands {
			continue
		}
		for _, band := range []plotter.XYs{lo, hi} {
			l, err := plotter.NewLine(band)
			if err != nil {
				return nil, err
			}
			l.Color, l.Width, l.StepStyle = col, vg.Points(0.6), plotter.PreStep
			l.Dashes = []vg.Length{vg.Points(3), vg.Points(2)}
			p.Add(l)
		}
	}
	var files []string
	for _, ext := range []string{"png", "svg"} {
		f := filepath.Join(dir, name+"."+ext)
		if err := p.Save(7*vg.Inch, 4.5*vg.Inch, f); err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	return files, nil
}

// steps returns the curve and its interval as points starting at (0, 1);
// NaN bounds (after S reaches 0) repeat the last finite value.
func steps(c evaluation.Curve) (surv, lo, hi plotter.XYs) {
	surv = plotter.XYs{{X: 0, Y: 1}}
	lo, hi = plotter.XYs{{X: 0, Y: 1}}, plotter.XYs{{X: 0, Y: 1}}
	for i, t := range c.Time {
		surv = append(surv, plotter.XY{X: t, Y: c.Surv[i]})
		l, h := c.Lower[i], c.Upper[i]
		if math.IsNaN(l) {
			l, h = lo[len(lo)-1].Y, hi[len(hi)-1].Y
		}
		lo = append(lo, plotter.XY{X: t, Y: l})
		hi = append(hi, plotter.XY{X: t, Y: h})
	}
	return surv, lo, hi
}
