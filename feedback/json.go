package feedback

import (
	"encoding/json"
	"math"
)

// optFloat is a float64 that marshals NaN (a statistic that does not
// exist, or was not released) as JSON null and reads null back as NaN.
type optFloat float64

func (f optFloat) MarshalJSON() ([]byte, error) {
	if math.IsNaN(float64(f)) || math.IsInf(float64(f), 0) {
		return []byte("null"), nil
	}
	return json.Marshal(float64(f))
}

func (f *optFloat) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*f = optFloat(math.NaN())
		return nil
	}
	var v float64
	err := json.Unmarshal(b, &v)
	*f = optFloat(v)
	return err
}

type itemStatsJSON struct {
	Item         string   `json:"item"`
	N            int      `json:"n"`
	Missing      int      `json:"missing"`
	Mean         optFloat `json:"mean"`
	Median       optFloat `json:"median"`
	TrimmedMean  optFloat `json:"trimmedMean"`
	SD           optFloat `json:"sd"`
	TopTwoBox    optFloat `json:"topTwoBox"`
	Index        optFloat `json:"index"`
	Distribution []int    `json:"distribution"`
}

// MarshalJSON writes lowerCamel names; a NaN statistic is null.
func (s ItemStats) MarshalJSON() ([]byte, error) {
	return json.Marshal(itemStatsJSON{s.Item, s.N, s.Missing, optFloat(s.Mean), optFloat(s.Median), optFloat(s.TrimmedMean),
		optFloat(s.SD), optFloat(s.TopTwoBox), optFloat(s.Index), s.Distribution})
}

// UnmarshalJSON reads what MarshalJSON writes; null becomes NaN.
func (s *ItemStats) UnmarshalJSON(b []byte) error {
	var j itemStatsJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*s = ItemStats{j.Item, j.N, j.Missing, float64(j.Mean), float64(j.Median), float64(j.TrimmedMean), float64(j.SD),
		float64(j.TopTwoBox), float64(j.Index), j.Distribution}
	return nil
}

type subscaleStatsJSON struct {
	Subscale     string       `json:"subscale"`
	N            int          `json:"n"`
	Mean         optFloat     `json:"mean"`
	Median       optFloat     `json:"median"`
	TrimmedMean  optFloat     `json:"trimmedMean"`
	SD           optFloat     `json:"sd"`
	TopTwoBox    optFloat     `json:"topTwoBox"`
	Index        optFloat     `json:"index"`
	Distribution []ScoreCount `json:"distribution"`
}

// MarshalJSON writes lowerCamel names; a NaN statistic is null.
func (s SubscaleStats) MarshalJSON() ([]byte, error) {
	return json.Marshal(subscaleStatsJSON{s.Subscale, s.N, optFloat(s.Mean), optFloat(s.Median), optFloat(s.TrimmedMean),
		optFloat(s.SD), optFloat(s.TopTwoBox), optFloat(s.Index), s.Distribution})
}

// UnmarshalJSON reads what MarshalJSON writes; null becomes NaN.
func (s *SubscaleStats) UnmarshalJSON(b []byte) error {
	var j subscaleStatsJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*s = SubscaleStats{j.Subscale, j.N, float64(j.Mean), float64(j.Median), float64(j.TrimmedMean), float64(j.SD),
		float64(j.TopTwoBox), float64(j.Index), j.Distribution}
	return nil
}

type groupScoreJSON struct {
	Group      RaterGroup `json:"group"`
	Suppressed bool       `json:"suppressed"`
	N          int        `json:"n"`
	Mean       optFloat   `json:"mean"`
}

// MarshalJSON writes lowerCamel names; a NaN mean is null.
func (g GroupScore) MarshalJSON() ([]byte, error) {
	return json.Marshal(groupScoreJSON{g.Group, g.Suppressed, g.N, optFloat(g.Mean)})
}

// UnmarshalJSON reads what MarshalJSON writes; null becomes NaN.
func (g *GroupScore) UnmarshalJSON(b []byte) error {
	var j groupScoreJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*g = GroupScore{j.Group, j.Suppressed, j.N, float64(j.Mean)}
	return nil
}

type score360JSON struct {
	Name   string       `json:"name"`
	Self   optFloat     `json:"self"`
	Others optFloat     `json:"others"`
	Gap    optFloat     `json:"gap"`
	Groups []GroupScore `json:"groups"`
}

// MarshalJSON writes lowerCamel names; a NaN score is null.
func (s Score360) MarshalJSON() ([]byte, error) {
	return json.Marshal(score360JSON{s.Name, optFloat(s.Self), optFloat(s.Others), optFloat(s.Gap), s.Groups})
}

// UnmarshalJSON reads what MarshalJSON writes; null becomes NaN.
func (s *Score360) UnmarshalJSON(b []byte) error {
	var j score360JSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*s = Score360{j.Name, float64(j.Self), float64(j.Others), float64(j.Gap), j.Groups}
	return nil
}
