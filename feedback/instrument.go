package feedback

import (
	"maps"
	"slices"
	"strconv"

	"github.com/mentorkit/mentorkit/internal/fault"
)

// MaxScalePoints is the largest number of points a Scale may have (0..100).
const MaxScalePoints = 101

// Scale is the closed integer range of an instrument's answers: a Likert
// scale 1..5 or 1..7, or 0..10 for a Net Promoter question. It has at least
// two and at most MaxScalePoints points.
type Scale struct {
	Min int `json:"min"`
	Max int `json:"max"`
}

// LikertScale returns the scale 1..points (points ≥ 2).
func LikertScale(points int) Scale { return Scale{Min: 1, Max: points} }

// NPSScale is the 0..10 scale of the "how likely are you to recommend" question.
var NPSScale = Scale{Min: 0, Max: 10}

// Points returns the number of answer options, Max − Min + 1.
func (s Scale) Points() int { return s.Max - s.Min + 1 }

// Validate reports a scale with Min ≥ Max ([ErrInvalid]) or more than
// [MaxScalePoints] points ([ErrOutOfRange]), at field "scale".
func (s Scale) Validate() error {
	return s.validate("scale")
}

// validate is Validate with the errors at field.
func (s Scale) validate(field string) error {
	if s.Min >= s.Max {
		return msgScaleReversed.At(field, s, s.Min, s.Max)
	}
	if s.Max-s.Min+1 > MaxScalePoints {
		return msgScaleTooWide.At(field, s, s.Max-s.Min+1, MaxScalePoints)
	}
	return nil
}

// String returns "Min..Max", e.g. "1..5".
func (s Scale) String() string { return strconv.Itoa(s.Min) + ".." + strconv.Itoa(s.Max) }

// Rescore returns the answer as it counts in statistics: (Max + Min) − x for
// a reverse-keyed item, x otherwise.
func (s Scale) Rescore(x int, reverse bool) int {
	if reverse {
		return s.Max + s.Min - x
	}
	return x
}

// Index maps a score on the scale to 0–100: (x − Min)/(Max − Min)·100.
func (s Scale) Index(x float64) float64 {
	return (x - float64(s.Min)) / float64(s.Max-s.Min) * 100
}

// Item is one question of an instrument.
type Item struct {
	// ID identifies the item inside its instrument; non-empty and unique.
	ID string `json:"id"`
	// Text holds the wording per language tag ("en", "nl"); at least one.
	Text map[string]string `json:"text"`
	// Subscale names the subscale the item belongs to; "" for none.
	Subscale string `json:"subscale,omitempty"`
	// Reverse marks a reverse-keyed item: its answers are re-scored as
	// (Max + Min) − x before any statistic.
	Reverse bool `json:"reverse,omitempty"`
	// Scale, when set, overrides the instrument's scale for this item: a
	// 0..10 recommendation question in a Likert survey. Items of one
	// subscale share a scale.
	Scale *Scale `json:"scale,omitempty"`
}

// Instrument is a questionnaire: items answered on a scale.
type Instrument struct {
	ID    string `json:"id"`    // non-empty
	Scale Scale  `json:"scale"` // the scale of every item without its own
	Items []Item `json:"items"` // at least one
}

// Validate checks the instrument: a non-empty ID, a valid scale, at least one
// item, non-empty unique item IDs, and at least one non-empty text per item.
// All problems are joined [*FieldError]s with paths starting "instrument".
func (in *Instrument) Validate() error {
	var errs fault.Collector
	if in.ID == "" {
		errs.Add(msgRequired.At("instrument.id", nil))
	}
	errs.Add(in.Scale.validate("instrument.scale"))
	if len(in.Items) == 0 {
		errs.Add(msgNoItems.At("instrument.items", nil))
	}
	ids := make([]string, len(in.Items))
	for i, it := range in.Items {
		ids[i] = it.ID
	}
	errs.Add(checkNames(ids, "instrument.items", ".id", true, ""))
	subScale := map[string]int{}
	for i, it := range in.Items {
		path := fault.Index("instrument.items", i)
		if it.Scale != nil {
			errs.Add(it.Scale.validate(path + ".scale"))
		}
		if it.Subscale != "" {
			if j, ok := subScale[it.Subscale]; ok && in.ItemScale(j) != in.ItemScale(i) {
				errs.Add(msgSubscaleScale.At(path+".scale", in.ItemScale(i), fault.Index("instrument.items", j), it.Subscale))
			} else if !ok {
				subScale[it.Subscale] = i
			}
		}
		if len(it.Text) == 0 {
			errs.Add(msgNoText.At(path+".text", nil))
		}
		for _, lang := range slices.Sorted(maps.Keys(it.Text)) {
			if lang == "" || it.Text[lang] == "" {
				errs.Add(msgEmptyText.At(path+".text", lang))
			}
		}
	}
	return errs.Err()
}

// ItemScale returns the scale of item j: its own, or the instrument's.
func (in *Instrument) ItemScale(j int) Scale {
	if s := in.Items[j].Scale; s != nil {
		return *s
	}
	return in.Scale
}

// Subscales returns the instrument's subscale names in order of first
// appearance.
func (in *Instrument) Subscales() []string {
	var out []string
	seen := map[string]bool{}
	for _, it := range in.Items {
		if it.Subscale != "" && !seen[it.Subscale] {
			seen[it.Subscale] = true
			out = append(out, it.Subscale)
		}
	}
	return out
}
