package report

import (
	"math"
	"strconv"

	"github.com/mentorkit/mentorkit/evaluation"
)

// Figure is one number of the programme report with what it rests on:
// its sample size and interval, or, when there is too little data, a note
// saying so instead of a number.
type Figure struct {
	// Name says what the figure is ("retention at 12 months, mentored").
	Name string
	// Value is the estimate and Lower, Upper its interval at the report's
	// confidence; all NaN when Enough is false. Shares are 0–1.
	Value, Lower, Upper float64
	// Unit is how to read Value: UnitShare (0–1, shown as a percentage),
	// UnitPoints (a difference of shares, shown in percentage points),
	// UnitMonths, UnitScore (on the instrument's own scale), UnitEffect (a
	// standardised effect size), UnitNPS (−100..100) or UnitCurrency.
	Unit Unit
	// N is the number of people behind the figure (both groups for a
	// comparison: N is the first, N2 the second, 0 otherwise).
	N, N2 int
	// PValue is the two-sided p-value of the test named in Method, NaN
	// where the figure has no test.
	PValue float64
	// Method names the estimator or test ("Wilson", "Newcombe",
	// "paired t", "Kaplan–Meier", ...).
	Method string
	// Enough is false when N (or N2) is below the report's MinN or the
	// estimate does not exist; Note then says why.
	Enough bool
	// Note is a remark for the reader: "too little data (n = 4, at least
	// 10 needed)", "median not reached", ...
	Note string
}

// Unit says how a Figure's value reads.
type Unit int

// The units of a Figure.
const (
	UnitShare Unit = iota
	UnitPoints
	UnitMonths
	UnitScore
	UnitEffect
	UnitNPS
	UnitCurrency
)

// String returns the unit's name.
func (u Unit) String() string {
	switch u {
	case UnitShare:
		return "share"
	case UnitPoints:
		return "points"
	case UnitMonths:
		return "months"
	case UnitScore:
		return "score"
	case UnitEffect:
		return "effect size"
	case UnitNPS:
		return "NPS"
	case UnitCurrency:
		return "currency"
	}
	return "Unit(" + strconv.Itoa(int(u)) + ")"
}

// Level is one of Kirkpatrick's four levels of evaluating a training or
// development programme (Kirkpatrick & Kirkpatrick, 2006, Evaluating
// Training Programs, 3rd ed.): 1 Reaction, 2 Learning, 3 Behaviour,
// 4 Results.
type Level struct {
	Number int
	Name   string
	// Figures are the level's numbers.
	Figures []Figure
	// Sources says which data fed the level ("session ratings of 280
	// mentored people").
	Sources []string
	// Missing says what data is absent or incomplete ("20 mentored people
	// rated no session").
	Missing []string
	// Enough is false when none of the figures has enough data: the level
	// then reports "too little data" instead of a number.
	Enough bool
}

// figureFromT turns a t-test into a Figure (n1 and n2 the sample sizes,
// n2 = 0 for one group; err from the test means no data).
func figureFromT(name string, unit Unit, t evaluation.TTest, err error, n1, n2, minN int, method string) Figure {
	f := Figure{Name: name, Unit: unit, N: n1, N2: n2, Method: method}
	f.Value, f.Lower, f.Upper, f.PValue = t.Estimate, t.CILow, t.CIHigh, t.PValue
	if err != nil {
		f.Value = math.NaN()
	}
	return f.check(minN, t.Kind == evaluation.Welch || t.Kind == evaluation.Student || n2 > 0)
}

// check applies the minimum sample size: a figure on fewer than minN
// people (on either side when it compares two groups), or without an
// estimate, shows no number.
func (f Figure) check(minN int, twoGroups bool) Figure {
	short := f.N < minN || twoGroups && f.N2 < minN
	if short || math.IsNaN(f.Value) {
		if f.Note == "" {
			if short {
				f.Note = "too little data (n = " + strconv.Itoa(f.N)
				if twoGroups {
					f.Note += " and " + strconv.Itoa(f.N2)
				}
				f.Note += ", at least " + strconv.Itoa(minN) + " needed)"
			} else {
				f.Note = "no estimate from these data"
			}
		}
		f.Enough = false
		f.Value, f.Lower, f.Upper, f.PValue = math.NaN(), math.NaN(), math.NaN(), math.NaN()
		return f
	}
	f.Enough = true
	return f
}
