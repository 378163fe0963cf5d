// Package kmplot saves the Kaplan–Meier plots of the example programs:
// a thin call of package plots that also picks the file names. The drawing
// itself lives in github.com/mentorkit/mentorkit/plots.
package kmplot

import (
	"math"
	"path/filepath"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/mentorkit/mentorkit/plots"
)

// Write draws Kaplan–Meier curves with plots.KaplanMeier (months since the
// programme started against the share still employed), labelled with
// labels[i] and their n, with shaded pointwise intervals when bands is set
// and the numbers at risk at the axis's major ticks, and writes name.png
// and name.svg to dir. With dir "" it draws the plot but writes nothing.
// It returns the paths written.
func Write(dir, name, title string, labels []string, curves []evaluation.Curve, bands bool) ([]string, error) {
	last := 0.0
	for _, c := range curves {
		if n := len(c.Time); n > 0 {
			last = math.Max(last, c.Time[n-1])
		}
	}
	var at []float64
	for _, t := range (plot.DefaultTicks{}).Ticks(0, last) {
		if t.Label != "" {
			at = append(at, t.Value)
		}
	}
	opt := plots.SurvivalOptions{Title: title, XLabel: "months since the programme started",
		YLabel: "share still employed", Labels: labels, AtRisk: at}
	if bands {
		opt.Bands = plots.BandShaded
	}
	p, err := plots.KaplanMeier(curves, opt)
	if err != nil || dir == "" {
		return nil, err
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
