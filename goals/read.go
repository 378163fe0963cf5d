package goals

import (
	"time"
	"unicode/utf8"

	"github.com/mentorkit/mentorkit/goals/internal/dates"
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
)

// MaxTextLength is the longest title plus description, in bytes, that
// [Read] reads (and that [Check] reads facts from): 10,000 bytes, several
// pages of text, far more than any goal. Longer text is an error of Read
// wrapping [ErrOutOfRange]; Check then judges the form fields alone.
const MaxTextLength = 10000

// ReadOptions are the settings of [Read]. The zero value detects the
// language, reads day-first dates, counts quarters from January and, without
// Now, finds only the dates that state their year.
type ReadOptions struct {
	// Language is the language of the text; Auto (the zero value) detects
	// it with [DetectLanguage]. It decides how "1,500" and "7,2" read (in
	// Dutch the comma is the decimal sign) and the unit rules.
	Language Language `json:"language,omitempty"`
	// Now is the moment relative dates ("eind dit jaar", "binnen 6
	// weken") and dates without a year resolve against, in Now's
	// location.
	Now time.Time `json:"now,omitzero"`
	// MonthFirst reads ambiguous numeric dates month first (03/04/2027 is
	// 4 March); the default is day first, as in Dutch and British usage. A
	// date impossible in one order and valid in the other is read in the
	// valid one either way.
	MonthFirst bool `json:"monthFirst,omitempty"`
	// FiscalYearStart is the month the fiscal year starts in, for quarters
	// and half-years ("Q1", "H2"); 0 means January. Q1 2027 is the first
	// quarter of the fiscal year that starts in 2027.
	FiscalYearStart time.Month `json:"fiscalYearStart,omitempty"`
}

// Span is where a fact stands in the goal's text.
type Span struct {
	// Field is "title" or "description".
	Field string `json:"field"`
	// Start and End are byte offsets: Text == field[Start:End].
	Start int `json:"start"`
	End   int `json:"end"`
	// StartUTF16 and EndUTF16 are the same offsets in UTF-16 code units, as
	// browser front ends index strings.
	StartUTF16 int `json:"startUtf16"`
	EndUTF16   int `json:"endUtf16"`
	// Text is the text as written.
	Text string `json:"text"`
}

// Quantity is a number with its unit in the text: "3 klanten", "85%",
// "€65.000", "2 uur per week". Dates, years, week numbers, clock times
// (9:00), version numbers (Python 3, 2.0) and standard numbers (ISO 27001)
// are not quantities.
type Quantity struct {
	// Value is the number ("7,2" in Dutch is 7.2, "1,500" in English 1500).
	Value float64 `json:"value"`
	// Unit is the unit as written, with "per <period>" when the text gives
	// one ("keer per week", "%", "€"); "" when the number stands in a
	// change without one ("van 3 naar 5 keer": the 3 has none) or is a
	// target after a verb of direction without one ("Increase NPS to 50").
	Unit string `json:"unit"`
	// Span is where the number and its unit stand.
	Span Span `json:"span"`
}

// MarshalJSON writes q by the module's JSON rule (see [Progress.MarshalJSON]).
func (q Quantity) MarshalJSON() ([]byte, error) { return jsonx.Marshal(q) }

// UnmarshalJSON reads what MarshalJSON writes.
func (q *Quantity) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, q) }

// DateRef is a date or period in the text, resolved against now.
type DateRef struct {
	// From and To are the first and last day of the period named (equal
	// for one day), at midnight in now's location.
	From time.Time `json:"from"`
	To   time.Time `json:"to"`
	// Due is the deadline the phrase sets: To, the day before From for
	// "voor/before" a period ("voor de zomer"), or From for a start.
	Due time.Time `json:"due"`
	// Start is true for a start ("vanaf januari", "starting in Q1").
	Start bool `json:"start,omitempty"`
	// InferredYear is true when the text gives no year: it is the next
	// occurrence on or after now.
	InferredYear bool `json:"inferredYear,omitempty"`
	// Approximate is true for a vague part of a period ("begin maart",
	// "mid-February", "voor de zomer").
	Approximate bool `json:"approximate,omitempty"`
	// Relative is true for a date relative to now ("eind dit jaar",
	// "binnen 6 weken", "EOY").
	Relative bool `json:"relative,omitempty"`
	// Span is where the phrase stands.
	Span Span `json:"span"`
}

// Fact says which field of the suggested goal came from which words.
type Fact struct {
	// Field is the Goal field in JSON names: "metric", "unit",
	// "direction", "baseline", "target", "due", "start".
	Field string `json:"field"`
	// Span is the text it was read from.
	Span Span `json:"span"`
}

// TextReading is what [Read] found in a goal's text.
type TextReading struct {
	// Language is the language of the text, given or detected.
	Language Language `json:"language"`
	// Quantities are the numbers with units, title first, in text order.
	Quantities []Quantity `json:"quantities"`
	// Baseline and Target are the change "van N naar M" / "from N to M"
	// when the text has one; otherwise Baseline is nil and Target the
	// first quantity, or nil.
	Baseline *Quantity `json:"baseline,omitempty"`
	Target   *Quantity `json:"target,omitempty"`
	// Direction is the way the target lies: from the change, from words
	// such as maximaal, onder, at most, reduce (Decrease), or Increase for
	// a count to reach; unset without a target.
	Direction Direction `json:"direction,omitempty"`
	// Metric is the words of the target's clause that say what is counted,
	// as written, without numbers, dates and function words.
	Metric string `json:"metric,omitempty"`
	// Dates are the dates and periods, title first, in text order.
	Dates []DateRef `json:"dates"`
	// Deadline is the latest deadline among Dates that is not a start, or
	// nil.
	Deadline *DateRef `json:"deadline,omitempty"`
	// Suggested is a goal a form can show: title and description as
	// given, and the metric, unit, direction, baseline, target, start and
	// due read from the text.
	Suggested Goal `json:"suggested"`
	// Facts says which fields of Suggested came from which words.
	Facts []Fact `json:"facts"`
}

// Read reads a goal's title and description as a careful reader would:
// the quantities with their units, the change from a baseline to a target
// and its direction, the metric words, and the dates and periods resolved
// against opts.Now (see ReadOptions for the date rules), and returns them
// with a suggested Goal a form can show, asking the mentee only for what
// is missing. [Check] uses it when the goal's fields are empty.
//
// The text may be anything, including invalid UTF-8, NUL bytes, emoji and
// right-to-left scripts; it is read in time linear in its length. Text
// longer than [MaxTextLength] bytes is refused with a [*FieldError]
// wrapping [ErrOutOfRange] and nothing is read.
func Read(title, description string, opts ReadOptions) (TextReading, error) {
	if n := len(title) + len(description); n > MaxTextLength {
		field := "description"
		if len(title) > MaxTextLength {
			field = "title"
		}
		return TextReading{}, msgTooLong.At(field, n, n, MaxTextLength)
	}
	lang := opts.Language
	if lang != English && lang != Dutch {
		lang = DetectLanguage(title + "\n" + description)
	}
	r := TextReading{Language: lang, Quantities: []Quantity{}, Dates: []DateRef{}, Facts: []Fact{}}
	do := dates.Options{Now: opts.Now, MonthFirst: opts.MonthFirst, FiscalYearStart: opts.FiscalYearStart}
	var texts []*textScan
	for _, f := range [2]struct{ name, text string }{{"title", title}, {"description", description}} {
		ts := scanText(f.name, f.text, lang, do)
		texts = append(texts, ts)
		r.Dates = append(r.Dates, ts.dates...)
		for _, q := range ts.quantities {
			r.Quantities = append(r.Quantities, q.Quantity)
		}
	}
	r.pickMeasure(texts)
	r.pickDeadline()
	r.suggest(title, description)
	return r, nil
}

// pickMeasure sets Baseline, Target, Direction and Metric from the first
// change, or else the first quantity with a unit, or else the first
// unitless target after a verb of direction.
func (r *TextReading) pickMeasure(texts []*textScan) {
	for _, ts := range texts {
		if len(ts.changes) > 0 {
			c := ts.changes[0]
			b, t := ts.quantities[c.from].Quantity, ts.quantities[c.to].Quantity
			if b.Unit == "" {
				b.Unit = t.Unit
			}
			if t.Unit == "" {
				t.Unit = b.Unit
			}
			r.Baseline, r.Target = &b, &t
			switch {
			case t.Value > b.Value:
				r.Direction = Increase
			case t.Value < b.Value:
				r.Direction = Decrease
			}
			r.Metric = ts.metric(c.to)
			return
		}
	}
	// A quantity with a unit first; else a unitless target ("to 50").
	for _, withUnit := range []bool{true, false} {
		for _, ts := range texts {
			for k, q := range ts.quantities {
				if (q.Unit != "") != withUnit {
					continue
				}
				t := q.Quantity
				r.Target, r.Direction = &t, Increase
				if q.decrease {
					r.Direction = Decrease
				}
				r.Metric = ts.metric(k)
				return
			}
		}
	}
}

// pickDeadline sets Deadline to the latest due date that is not a start.
func (r *TextReading) pickDeadline() {
	for i := range r.Dates {
		d := &r.Dates[i]
		if !d.Start && (r.Deadline == nil || d.Due.After(r.Deadline.Due)) {
			r.Deadline = d
		}
	}
}

// suggest fills Suggested and Facts.
func (r *TextReading) suggest(title, description string) {
	g := Goal{Title: title, Description: description}
	add := func(field string, s Span) { r.Facts = append(r.Facts, Fact{Field: field, Span: s}) }
	if r.Target != nil {
		if r.Metric != "" {
			g.Metric = r.Metric
			add("metric", r.Target.Span)
		}
		if r.Target.Unit != "" {
			g.Unit = r.Target.Unit
			add("unit", r.Target.Span)
		}
		if r.Direction != DirectionUnset {
			g.Direction = r.Direction
			add("direction", r.Target.Span)
		}
		g.Target = Float(r.Target.Value)
		add("target", r.Target.Span)
	}
	if r.Baseline != nil {
		g.Baseline = Float(r.Baseline.Value)
		add("baseline", r.Baseline.Span)
	}
	for _, d := range r.Dates {
		if d.Start {
			g.Start = d.Due
			add("start", d.Span)
			break
		}
	}
	if r.Deadline != nil {
		g.Due = r.Deadline.Due
		add("due", r.Deadline.Span)
	}
	r.Suggested = g
}

// utf16Index converts byte offsets of one text into UTF-16 offsets. It
// walks forward from the last offset asked for, so offsets asked for in
// increasing order cost time linear in the text in all.
type utf16Index struct {
	text string
	b, u int // a byte offset and its UTF-16 offset
}

// at returns the UTF-16 offset of byte offset b (on a rune boundary or at
// an invalid byte, which counts as one unit, as U+FFFD does).
func (x *utf16Index) at(b int) int {
	if b < x.b {
		x.b, x.u = 0, 0
	}
	for x.b < b {
		r, size := utf8.DecodeRuneInString(x.text[x.b:])
		x.u++
		if r >= 0x10000 {
			x.u++
		}
		x.b += size
	}
	return x.u
}

// span builds a Span of field text[start:end].
func (x *utf16Index) span(field string, start, end int) Span {
	su := x.at(start)
	return Span{Field: field, Start: start, End: end, StartUTF16: su, EndUTF16: x.at(end), Text: x.text[start:end]}
}

// msgTooLong refuses text longer than MaxTextLength.
var msgTooLong = fault.Message{Code: "textTooLong", Err: ErrOutOfRange,
	EN: "is %d bytes long with the title; at most %d can be read",
	NL: "is met de titel %d bytes lang; er kunnen er hoogstens %d gelezen worden"}
