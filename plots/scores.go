package plots

import (
	"fmt"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/matching/pairing"
)

// ScoreOptions sets the text and bins of PairScores.
type ScoreOptions struct {
	// Title and XLabel default to "Pair scores" and "score"; the y axis
	// counts pairs.
	Title, XLabel string
	// Bins is the number of bins; 0 takes Sturges' rule,
	// ⌈log2(pairs)⌉ + 1, as R's hist does.
	Bins int
}

// PairScores draws the distribution of the scores of res's pairs as a
// histogram of counts (bins of equal width from the least to the largest
// score; all scores equal give one bin of width 0.1 around them, or 10% of the score when larger), with the
// mean marked by a dashed line and given in the legend.
//
// Errors: a result without pairs wraps ErrEmpty; a non-finite score or
// negative Bins wraps ErrInvalid.
func PairScores(res pairing.Result, opt ScoreOptions) (*plot.Plot, error) {
	h, mean, err := scoreHist(res, opt)
	if err != nil {
		return nil, err
	}
	p := plot.New()
	p.Title.Text = or(opt.Title, "Pair scores")
	p.X.Label.Text = or(opt.XLabel, "score")
	p.Y.Label.Text = "pairs"
	p.Add(plotter.NewGrid())
	p.Add(h)
	_, _, _, ymax := h.DataRange()
	m := vline(mean, 0, ymax, colour(1), vg.Points(1.5), dashes(1))
	p.Add(m)
	noun := "pairs"
	if len(res.Pairs) == 1 {
		noun = "pair"
	}
	p.Legend.Add(fmt.Sprintf("%d %s", len(res.Pairs), noun), h)
	p.Legend.Add(fmt.Sprintf("mean %.3f", mean), m)
	p.Legend.Top = true
	p.Legend.XOffs = -vg.Points(6) // off the plot's right edge
	p.Y.Min = 0
	p.Y.Max = ymax * 1.15 // room for the legend
	xmin, xmax, _, _ := h.DataRange()
	pad := 0.05 * (xmax - xmin)
	if len(h.Bins) == 1 {
		pad = 2 * (xmax - xmin) // one bar: show it as a bar, not the whole plot
	}
	p.X.Min, p.X.Max = xmin-pad, xmax+pad
	return checked(p)
}

// scoreHist checks the scores and builds the histogram; it returns the
// mean score.
func scoreHist(res pairing.Result, opt ScoreOptions) (*plotter.Histogram, float64, error) {
	if len(res.Pairs) == 0 {
		return nil, 0, msgNothing.At("pairs", nil)
	}
	if opt.Bins < 0 {
		return nil, 0, msgNegativeBins.At("bins", opt.Bins)
	}
	vals := make(plotter.Values, len(res.Pairs))
	sum := 0.0
	lo, hi := math.Inf(1), math.Inf(-1)
	for i, m := range res.Pairs {
		if !finite(m.Score) {
			return nil, 0, msgNotFinite.New(fault.Index("pairs", i)+".score", m.MenteeID, m.Score)
		}
		vals[i] = m.Score
		sum += m.Score
		lo, hi = math.Min(lo, m.Score), math.Max(hi, m.Score)
	}
	bins := opt.Bins
	if bins == 0 {
		bins = int(math.Ceil(math.Log2(float64(len(vals))))) + 1
	}
	if !finite(hi - lo) {
		return nil, 0, msgRange.At("pairs.score", nil, lo, hi)
	}
	h := &plotter.Histogram{LineStyle: plotter.DefaultLineStyle}
	if lo == hi {
		// One bin around the single value.
		half := math.Max(0.05, 0.05*math.Abs(lo))
		h.Bins = []plotter.HistogramBin{{Min: lo - half, Max: lo + half, Weight: float64(len(vals))}}
		h.Width = 2 * half
	} else {
		// Equal bins from lo to hi, the last one closed (as plotter.NewHist,
		// whose own binning can panic on rounding at extreme ranges).
		h.Width = (hi - lo) / float64(bins)
		h.Bins = make([]plotter.HistogramBin, bins)
		for k := range h.Bins {
			h.Bins[k].Min = lo + float64(k)*h.Width
			h.Bins[k].Max = lo + float64(k+1)*h.Width
		}
		h.Bins[bins-1].Max = hi
		for _, v := range vals {
			k := int((v - lo) / h.Width)
			h.Bins[min(max(k, 0), bins-1)].Weight++
		}
	}
	h.FillColor = colour(0)
	h.LineStyle.Width = vg.Points(0.5)
	return h, sum / float64(len(vals)), nil
}
