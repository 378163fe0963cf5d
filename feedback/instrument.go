package feedback

import (
	"errors"
	"fmt"
	"sort"
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

// Validate reports a scale with Min ≥ Max or more than MaxScalePoints points.
func (s Scale) Validate() error {
	if s.Min >= s.Max {
		return fieldErr(ErrInvalid, fmt.Sprintf("%d..%d", s.Min, s.Max), "min must be below max", "scale")
	}
	if s.Max-s.Min+1 > MaxScalePoints {
		return fieldErr(ErrOutOfRange, fmt.Sprintf("%d..%d", s.Min, s.Max), fmt.Sprintf("at most %d points", MaxScalePoints), "scale")
	}
	return nil
}

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
	ID    string `json:"id"`
	Scale Scale  `json:"scale"`
	Items []Item `json:"items"`
}

// Validate checks the instrument: a non-empty ID, a valid scale, at least one
// item, non-empty unique item IDs, and at least one non-empty text per item.
// All problems are joined.
func (in *Instrument) Validate() error {
	var errs []error
	if in.ID == "" {
		errs = append(errs, fieldErr(ErrInvalid, nil, "must not be empty", "instrument.id"))
	}
	if err := in.Scale.Validate(); err != nil {
		errs = append(errs, err)
	}
	if len(in.Items) == 0 {
		errs = append(errs, fieldErr(ErrTooFew, nil, "an instrument needs at least one item", "instrument.items"))
	}
	seen := make(map[string]int, len(in.Items))
	subScale := map[string]int{}
	for i, it := range in.Items {
		if it.ID == "" {
			errs = append(errs, fieldErr(ErrInvalid, nil, "must not be empty", fmt.Sprintf("instrument.items[%d].id", i)))
		} else if j, dup := seen[it.ID]; dup {
			errs = append(errs, fieldErr(ErrDuplicate, it.ID, fmt.Sprintf("also items[%d]", j), fmt.Sprintf("instrument.items[%d].id", i)))
		} else {
			seen[it.ID] = i
		}
		if it.Scale != nil {
			if err := it.Scale.Validate(); err != nil {
				var fe *FieldError
				if errors.As(err, &fe) {
					fe.Field = fmt.Sprintf("instrument.items[%d].scale", i)
				}
				errs = append(errs, err)
			}
		}
		if it.Subscale != "" {
			if j, ok := subScale[it.Subscale]; ok && in.ItemScale(j) != in.ItemScale(i) {
				errs = append(errs, fieldErr(ErrInvalid, it.Subscale, fmt.Sprintf("items of a subscale share a scale; items[%d] differs", j), fmt.Sprintf("instrument.items[%d].scale", i)))
			} else if !ok {
				subScale[it.Subscale] = i
			}
		}
		if len(it.Text) == 0 {
			errs = append(errs, fieldErr(ErrInvalid, nil, "needs the wording in at least one language", fmt.Sprintf("instrument.items[%d].text", i)))
		}
		langs := make([]string, 0, len(it.Text))
		for lang := range it.Text {
			langs = append(langs, lang)
		}
		sort.Strings(langs)
		for _, lang := range langs {
			if lang == "" || it.Text[lang] == "" {
				errs = append(errs, fieldErr(ErrInvalid, lang, "language tag and wording must not be empty", fmt.Sprintf("instrument.items[%d].text", i)))
			}
		}
	}
	return errors.Join(errs...)
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
