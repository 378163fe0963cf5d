package report

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"text/tabwriter"
)

// String renders the report as a plain-text table for a programme
// manager: one line per figure with its n, value, interval and p-value
// (or the reason there is no number), then the balance of the matched
// comparison, Kirkpatrick's levels with their sources and gaps, and the
// return on investment. Shares print as percentages, differences of
// shares as percentage points.
func (r Report) String() string {
	var sb strings.Builder
	pct := strconv.FormatFloat(100*r.Confidence, 'f', -1, 64)
	fmt.Fprintf(&sb, "Programme report as at %s: %d mentored, %d others; %s%% intervals; figures on fewer than %d people are withheld.\n",
		r.End.Format("2006-01-02"), r.NMentored, r.NOthers, pct, r.MinN)
	section := func(title string, figs []Figure) {
		fmt.Fprintf(&sb, "\n%s\n", title)
		tw := tabwriter.NewWriter(&sb, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "  figure\tn\tvalue\t%s%% interval\tp\tmethod\n", pct)
		for _, f := range figs {
			writeFigure(tw, f)
		}
		_ = tw.Flush()
	}
	section("Retention", r.Retention)
	section("Time to leaving", r.TimeToExit)
	if r.LogRank.DF > 0 {
		fmt.Fprintf(&sb, "  log-rank test: χ² = %.2f, df = %d, %s\n", r.LogRank.ChiSq, r.LogRank.DF, pEq(r.LogRank.PValue))
	}
	if len(r.Exits) > 0 {
		section("Exits by cause (cumulative incidence, other causes competing; p: Gray's test of equal incidence over the whole follow-up)", r.Exits)
	}
	section("Engagement", r.Engagement)
	section("Promotion", r.Promotion)
	section("Goal attainment", r.Goals)
	if len(r.Detectable) > 0 {
		fmt.Fprintf(&sb, "\nWhat the sample could detect (%s%% power, two-sided at the report's level)\n",
			strconv.FormatFloat(100*r.DetectPower, 'f', -1, 64))
		tw := tabwriter.NewWriter(&sb, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "  figure\tn\tsmallest detectable\tmethod\n")
		for _, f := range r.Detectable {
			n := strconv.Itoa(f.N) + " / " + strconv.Itoa(f.N2)
			v := f.Note
			if f.Enough {
				v = valueText(f.Unit, f.Value)
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", f.Name, n, v, f.Method)
		}
		_ = tw.Flush()
	}
	if m := r.Matched; m != nil {
		fmt.Fprintf(&sb, "\nMatched comparison: %d pairs, %d mentored unmatched (standardised mean differences; |SMD| < 0.1 is balanced)\n",
			len(m.Pairs), len(m.Unmatched))
		tw := tabwriter.NewWriter(&sb, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "  covariate\tmentored\tothers\tSMD before\tmatched others\tSMD after\n")
		for i, b := range m.Before {
			a := m.After[i]
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\t%s\n", b.Covariate, numText("%.3g", b.MeanTreated), numText("%.3g", b.MeanControl),
				numText("%+.2f", b.SMD), numText("%.3g", a.MeanControl), numText("%+.2f", a.SMD))
		}
		_ = tw.Flush()
		fmt.Fprintf(&sb, "  retention difference: naive %s, matched %s\n", pointsText(m.Naive.Estimate), pointsText(m.Effect.Estimate))
	}
	if len(r.Causal) > 0 {
		section("Causal estimates", r.Causal)
		if s := r.Sensitivity; s != nil && len(s.Bounds) > 0 {
			sb.WriteString("  upper bound of the one-sided p-value at Γ =")
			for i, b := range s.Bounds {
				if i > 0 {
					sb.WriteString(",")
				}
				fmt.Fprintf(&sb, " %s: %s", strconv.FormatFloat(b.Gamma, 'g', -1, 64), pText(b.PUpper))
			}
			sb.WriteString("\n")
		}
	}
	fmt.Fprintf(&sb, "\nKirkpatrick's four levels\n")
	for _, l := range r.Levels {
		status := ""
		if !l.Enough {
			status = ": too little data"
		}
		fmt.Fprintf(&sb, "  %d %s%s\n", l.Number, l.Name, status)
		for _, f := range l.Figures {
			fmt.Fprintf(&sb, "      %s: %s\n", f.Name, figureText(f))
		}
		for _, s := range l.Sources {
			fmt.Fprintf(&sb, "      from: %s\n", s)
		}
		for _, s := range l.Missing {
			fmt.Fprintf(&sb, "      missing: %s\n", s)
		}
	}
	if roi := r.ROI; roi != nil {
		fmt.Fprintf(&sb, "\nReturn on investment (%s; %d participants, cost per leaver %.0f, programme cost %.0f)\n",
			horizonText(r.Horizon), roi.Participants, roi.CostPerLeaver, roi.Cost)
		fmt.Fprintf(&sb, "  avoided leavers %.1f [%.1f, %.1f]; avoided cost %.0f [%.0f, %.0f]; net %.0f [%.0f, %.0f]",
			roi.AvoidedLeavers, roi.AvoidedLower, roi.AvoidedUpper, roi.Benefit, roi.BenefitLower, roi.BenefitUpper, roi.Net, roi.NetLower, roi.NetUpper)
		if !math.IsNaN(roi.Ratio) {
			fmt.Fprintf(&sb, "; ROI %.0f%% [%.0f%%, %.0f%%]", 100*roi.Ratio, 100*roi.RatioLower, 100*roi.RatioUpper)
		}
		sb.WriteString("\n")
	}
	for _, n := range r.Notes {
		fmt.Fprintf(&sb, "\nNote: %s\n", n)
	}
	return sb.String()
}

func writeFigure(w *tabwriter.Writer, f Figure) {
	n := strconv.Itoa(f.N)
	if f.N2 > 0 {
		n += " / " + strconv.Itoa(f.N2)
	}
	if !f.Enough || math.IsNaN(f.Value) {
		fmt.Fprintf(w, "  %s\t%s\t%s\t\t\t%s\n", f.Name, n, f.Note, f.Method)
		return
	}
	ci := "[" + valueText(f.Unit, f.Lower) + ", " + valueText(f.Unit, f.Upper) + "]"
	if math.IsNaN(f.Lower) && math.IsNaN(f.Upper) {
		ci = ""
	}
	fmt.Fprintf(w, "  %s\t%s\t%s\t%s\t%s\t%s\n", f.Name, n, valueText(f.Unit, f.Value), ci, pText(f.PValue), f.Method)
}

// figureText is a figure on one line: value [interval], n, p.
func figureText(f Figure) string {
	n := "n = " + strconv.Itoa(f.N)
	if f.N2 > 0 {
		n += " and " + strconv.Itoa(f.N2)
	}
	if !f.Enough || math.IsNaN(f.Value) {
		return f.Note + " (" + n + ")"
	}
	s := fmt.Sprintf("%s [%s, %s], %s", valueText(f.Unit, f.Value), valueText(f.Unit, f.Lower), valueText(f.Unit, f.Upper), n)
	if math.IsNaN(f.Lower) && math.IsNaN(f.Upper) {
		s = valueText(f.Unit, f.Value) + ", " + n
	}
	if !math.IsNaN(f.PValue) {
		s += ", " + pEq(f.PValue)
	}
	return s
}

func valueText(u Unit, v float64) string {
	if math.IsNaN(v) {
		return "NA"
	}
	switch u {
	case UnitShare:
		return strconv.FormatFloat(100*v, 'f', 1, 64) + "%"
	case UnitPoints:
		return pointsText(v)
	case UnitMonths:
		return strconv.FormatFloat(v, 'f', 1, 64)
	case UnitNPS:
		return strconv.FormatFloat(v, 'f', 0, 64)
	case UnitCurrency:
		return strconv.FormatFloat(v, 'f', 0, 64)
	}
	return strconv.FormatFloat(v, 'f', 2, 64)
}

func pointsText(v float64) string {
	if math.IsNaN(v) {
		return "NA"
	}
	return fmt.Sprintf("%+.1f pt", 100*v)
}

func pText(p float64) string {
	switch {
	case math.IsNaN(p):
		return ""
	case p < 0.001:
		return "<0.001"
	}
	return strconv.FormatFloat(p, 'f', 3, 64)
}

// pEq is "p = 0.012" or "p < 0.001".
func pEq(p float64) string {
	if p < 0.001 {
		return "p < 0.001"
	}
	return "p = " + pText(p)
}

// numText formats v with format, or "NA" for NaN.
func numText(format string, v float64) string {
	if math.IsNaN(v) {
		return "NA"
	}
	return fmt.Sprintf(format, v)
}
