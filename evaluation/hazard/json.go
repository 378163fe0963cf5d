package hazard

import "github.com/mentorkit/mentorkit/internal/jsonx"

// JSON: every result and config type marshals through jsonx, mentorkit's
// one rule for numbers: NaN and the infinities (an aliased coefficient,
// an infinite one, a Wald test without estimable coefficients) are the
// strings "NaN", "Infinity" and "-Infinity", and null reads as NaN.

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (c CoxConfig) MarshalJSON() ([]byte, error) { return jsonx.Marshal(c) }

// UnmarshalJSON reads what MarshalJSON writes.
func (c *CoxConfig) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, c) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (f CoxFit) MarshalJSON() ([]byte, error) { return jsonx.Marshal(f) }

// UnmarshalJSON reads what MarshalJSON writes.
func (f *CoxFit) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, f) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (c Coef) MarshalJSON() ([]byte, error) { return jsonx.Marshal(c) }

// UnmarshalJSON reads what MarshalJSON writes.
func (c *Coef) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, c) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (t ChiTest) MarshalJSON() ([]byte, error) { return jsonx.Marshal(t) }

// UnmarshalJSON reads what MarshalJSON writes.
func (t *ChiTest) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, t) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (c Concordance) MarshalJSON() ([]byte, error) { return jsonx.Marshal(c) }

// UnmarshalJSON reads what MarshalJSON writes.
func (c *Concordance) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, c) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (p PHTest) MarshalJSON() ([]byte, error) { return jsonx.Marshal(p) }

// UnmarshalJSON reads what MarshalJSON writes.
func (p *PHTest) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, p) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (c Incidence) MarshalJSON() ([]byte, error) { return jsonx.Marshal(c) }

// UnmarshalJSON reads what MarshalJSON writes.
func (c *Incidence) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, c) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (t GrayTest) MarshalJSON() ([]byte, error) { return jsonx.Marshal(t) }

// UnmarshalJSON reads what MarshalJSON writes.
func (t *GrayTest) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, t) }

// MarshalJSON writes the value by the module's number rule (NaN as "NaN").
func (r CompetingRisks) MarshalJSON() ([]byte, error) { return jsonx.Marshal(r) }

// UnmarshalJSON reads what MarshalJSON writes.
func (r *CompetingRisks) UnmarshalJSON(data []byte) error { return jsonx.Unmarshal(data, r) }
