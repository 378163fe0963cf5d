package report

import (
	"math"
	"strconv"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/jsonx"
)

// Figure is one number of the programme report with what it rests on:
// its sample size and interval, or, when there is too little data, a note
// saying so instead of a number.
type Figure struct {
	// Name says what the figure is ("retention at 12 months, mentored").
	Name string `json:"name"`
	// Value is the estimate and Lower, Upper its interval at the report's
	// confidence; all NaN when Enough is false. Shares are 0–1.
	Value float64 `json:"value"`
	Lower float64 `json:"lower"`
	Upper float64 `json:"upper"`
	// Unit is how to read Value.
	Unit Unit `json:"unit"`
	// N is the number of people behind the figure (both groups for a
	// comparison: N is the first, N2 the second, 0 otherwise).
	N  int `json:"n"`
	N2 int `json:"n2"`
	// PValue is the two-sided p-value of the test named in Method, NaN
	// where the figure has no test.
	PValue float64 `json:"pValue"`
	// Method names the estimator or test ("Wilson", "Newcombe",
	// "paired t", "Kaplan–Meier", ...).
	Method string `json:"method"`
	// Enough is false when N (or N2) is below the report's MinN or the
	// estimate does not exist; Note then says why.
	Enough bool `json:"enough"`
	// Note is a remark for the reader: "too little data (n = 4, at least
	// 10 needed)", "median not reached", ...
	Note string `json:"note,omitempty"`
}

// MarshalJSON writes the figure with NaN as "NaN" (see package doc).
func (f Figure) MarshalJSON() ([]byte, error) { return jsonx.Marshal(f) }

// UnmarshalJSON reads what MarshalJSON writes.
func (f *Figure) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, f) }

// Unit says how a Figure's value reads. The zero value is unset (a Figure
// not made by this package). Its text form is the lowerCamel name
// ("share", "nps").
type Unit uint8

// The units of a Figure.
const (
	UnitShare    Unit = iota + 1 // a share 0–1, shown as a percentage
	UnitPoints                   // a difference of shares, shown in percentage points
	UnitMonths                   // months
	UnitScore                    // on the instrument's own scale
	UnitEffect                   // a standardised effect size
	UnitNPS                      // a Net Promoter Score, −100..100
	UnitCurrency                 // the caller's currency
	UnitRatio                    // a ratio, such as a hazard ratio
)

var unitTable = enum.New[Unit]("unit", "", "share", "points", "months", "score", "effect", "nps", "currency", "ratio")

// String returns the unit's name, "unset" for the zero value.
func (u Unit) String() string { return unitTable.String(u) }

// MarshalText returns the unit's name ("" when unset).
func (u Unit) MarshalText() ([]byte, error) { return unitTable.Marshal(u) }

// UnmarshalText parses a name, ignoring case; unknown text wraps
// [ErrUnknownEnum].
func (u *Unit) UnmarshalText(b []byte) error { return unitTable.Unmarshal(b, u) }

// ErrUnknownEnum reports unknown text for a [Unit]; it is
// [evaluation.ErrUnknownEnum], the one unknown-enum sentinel of mentorkit.
var ErrUnknownEnum = evaluation.ErrUnknownEnum

// Level is one of Kirkpatrick's four levels of evaluating a training or
// development programme (Kirkpatrick & Kirkpatrick, 2006, Evaluating
// Training Programs, 3rd ed.): 1 Reaction, 2 Learning, 3 Behaviour,
// 4 Results.
type Level struct {
	// Number is 1 to 4 and Name the level's name ("Reaction").
	Number int    `json:"number"`
	Name   string `json:"name"`
	// Figures are the level's numbers.
	Figures []Figure `json:"figures"`
	// Sources says which data fed the level ("session ratings of 280
	// mentored people").
	Sources []string `json:"sources"`
	// Missing says what data is absent or incomplete ("20 mentored people
	// rated no session").
	Missing []string `json:"missing,omitempty"`
	// Enough is false when none of the figures has enough data: the level
	// then reports "too little data" instead of a number.
	Enough bool `json:"enough"`
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
