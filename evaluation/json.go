package evaluation

import "github.com/mentorkit/mentorkit/internal/jsonx"

// JSON: every result and config type that holds a float marshals through
// jsonx, mentorkit's one rule for numbers: NaN and the infinities (a
// p-value where no test applies, the statistic of a constant sample, an
// infinite odds ratio) are the strings "NaN", "Infinity" and "-Infinity",
// and null reads as NaN. Decoding gives back an equal value.

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (b Balance) MarshalJSON() ([]byte, error) { return jsonx.Marshal(b) }

// UnmarshalJSON reads what MarshalJSON writes.
func (b *Balance) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, b) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (b Bootstrap) MarshalJSON() ([]byte, error) { return jsonx.Marshal(b) }

// UnmarshalJSON reads what MarshalJSON writes.
func (b *Bootstrap) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, b) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (b BootstrapConfig) MarshalJSON() ([]byte, error) { return jsonx.Marshal(b) }

// UnmarshalJSON reads what MarshalJSON writes.
func (b *BootstrapConfig) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, b) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (c ChiSquareResult) MarshalJSON() ([]byte, error) { return jsonx.Marshal(c) }

// UnmarshalJSON reads what MarshalJSON writes.
func (c *ChiSquareResult) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, c) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (c Curve) MarshalJSON() ([]byte, error) { return jsonx.Marshal(c) }

// UnmarshalJSON reads what MarshalJSON writes.
func (c *Curve) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, c) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (e EffectSize) MarshalJSON() ([]byte, error) { return jsonx.Marshal(e) }

// UnmarshalJSON reads what MarshalJSON writes.
func (e *EffectSize) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, e) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (e EffectSizeConfig) MarshalJSON() ([]byte, error) { return jsonx.Marshal(e) }

// UnmarshalJSON reads what MarshalJSON writes.
func (e *EffectSizeConfig) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, e) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (f Fisher) MarshalJSON() ([]byte, error) { return jsonx.Marshal(f) }

// UnmarshalJSON reads what MarshalJSON writes.
func (f *Fisher) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, f) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (f FisherConfig) MarshalJSON() ([]byte, error) { return jsonx.Marshal(f) }

// UnmarshalJSON reads what MarshalJSON writes.
func (f *FisherConfig) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, f) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (m MannWhitney) MarshalJSON() ([]byte, error) { return jsonx.Marshal(m) }

// UnmarshalJSON reads what MarshalJSON writes.
func (m *MannWhitney) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, m) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (m MatchConfig) MarshalJSON() ([]byte, error) { return jsonx.Marshal(m) }

// UnmarshalJSON reads what MarshalJSON writes.
func (m *MatchConfig) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, m) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (m MatchSubject) MarshalJSON() ([]byte, error) { return jsonx.Marshal(m) }

// UnmarshalJSON reads what MarshalJSON writes.
func (m *MatchSubject) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, m) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (m Matched) MarshalJSON() ([]byte, error) { return jsonx.Marshal(m) }

// UnmarshalJSON reads what MarshalJSON writes.
func (m *Matched) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, m) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (m Median) MarshalJSON() ([]byte, error) { return jsonx.Marshal(m) }

// UnmarshalJSON reads what MarshalJSON writes.
func (m *Median) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, m) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (p Pair) MarshalJSON() ([]byte, error) { return jsonx.Marshal(p) }

// UnmarshalJSON reads what MarshalJSON writes.
func (p *Pair) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, p) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (p PairedEffectSize) MarshalJSON() ([]byte, error) { return jsonx.Marshal(p) }

// UnmarshalJSON reads what MarshalJSON writes.
func (p *PairedEffectSize) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, p) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (p Permutation) MarshalJSON() ([]byte, error) { return jsonx.Marshal(p) }

// UnmarshalJSON reads what MarshalJSON writes.
func (p *Permutation) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, p) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (p Point) MarshalJSON() ([]byte, error) { return jsonx.Marshal(p) }

// UnmarshalJSON reads what MarshalJSON writes.
func (p *Point) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, p) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (p ProportionDiff) MarshalJSON() ([]byte, error) { return jsonx.Marshal(p) }

// UnmarshalJSON reads what MarshalJSON writes.
func (p *ProportionDiff) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, p) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (r RMST) MarshalJSON() ([]byte, error) { return jsonx.Marshal(r) }

// UnmarshalJSON reads what MarshalJSON writes.
func (r *RMST) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, r) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (r RMSTDifference) MarshalJSON() ([]byte, error) { return jsonx.Marshal(r) }

// UnmarshalJSON reads what MarshalJSON writes.
func (r *RMSTDifference) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, r) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (s SurvivalConfig) MarshalJSON() ([]byte, error) { return jsonx.Marshal(s) }

// UnmarshalJSON reads what MarshalJSON writes.
func (s *SurvivalConfig) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, s) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (r TTest) MarshalJSON() ([]byte, error) { return jsonx.Marshal(r) }

// UnmarshalJSON reads what MarshalJSON writes.
func (r *TTest) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, r) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (t TTestConfig) MarshalJSON() ([]byte, error) { return jsonx.Marshal(t) }

// UnmarshalJSON reads what MarshalJSON writes.
func (t *TTestConfig) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, t) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (t Test) MarshalJSON() ([]byte, error) { return jsonx.Marshal(t) }

// UnmarshalJSON reads what MarshalJSON writes.
func (t *Test) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, t) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (w Wilcoxon) MarshalJSON() ([]byte, error) { return jsonx.Marshal(w) }

// UnmarshalJSON reads what MarshalJSON writes.
func (w *Wilcoxon) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, w) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (z ZTest) MarshalJSON() ([]byte, error) { return jsonx.Marshal(z) }

// UnmarshalJSON reads what MarshalJSON writes.
func (z *ZTest) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, z) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (t TwoProportionConfig) MarshalJSON() ([]byte, error) { return jsonx.Marshal(t) }

// UnmarshalJSON reads what MarshalJSON writes.
func (t *TwoProportionConfig) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, t) }
