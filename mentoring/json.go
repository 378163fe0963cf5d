package mentoring

import "github.com/mentorkit/mentorkit/internal/jsonx"

// The types below hold floats, so they marshal by the module's one JSON
// rule for numbers: NaN and the infinities as the strings "NaN",
// "Infinity" and "-Infinity", null read as NaN. A decoded value is then
// equal to the one encoded even where Validate would reject it, so a
// stored invalid input can still be shown with its problems.

// MarshalJSON writes s by the module's JSON rule for numbers.
func (s Seniority) MarshalJSON() ([]byte, error) { return jsonx.Marshal(s) }

// UnmarshalJSON reads what MarshalJSON writes.
func (s *Seniority) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, s) }

// MarshalJSON writes p by the module's JSON rule for numbers.
func (p Personality) MarshalJSON() ([]byte, error) { return jsonx.Marshal(p) }

// UnmarshalJSON reads what MarshalJSON writes.
func (p *Personality) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, p) }

// MarshalJSON writes p by the module's JSON rule for numbers.
func (p Person) MarshalJSON() ([]byte, error) { return jsonx.Marshal(p) }

// UnmarshalJSON reads what MarshalJSON writes.
func (p *Person) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, p) }

// MarshalJSON writes p by the module's JSON rule for numbers.
func (p Participant) MarshalJSON() ([]byte, error) { return jsonx.Marshal(p) }

// UnmarshalJSON reads what MarshalJSON writes.
func (p *Participant) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, p) }

// MarshalJSON writes p by the module's JSON rule for numbers.
func (p Programme) MarshalJSON() ([]byte, error) { return jsonx.Marshal(p) }

// UnmarshalJSON reads what MarshalJSON writes.
func (p *Programme) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, p) }

// MarshalJSON writes s by the module's JSON rule for numbers.
func (s Session) MarshalJSON() ([]byte, error) { return jsonx.Marshal(s) }

// UnmarshalJSON reads what MarshalJSON writes.
func (s *Session) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, s) }

// MarshalJSON writes c by the module's JSON rule for numbers.
func (c HealthConfig) MarshalJSON() ([]byte, error) { return jsonx.Marshal(c) }

// UnmarshalJSON reads what MarshalJSON writes.
func (c *HealthConfig) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, c) }

// MarshalJSON writes h by the module's JSON rule for numbers.
func (h Health) MarshalJSON() ([]byte, error) { return jsonx.Marshal(h) }

// UnmarshalJSON reads what MarshalJSON writes.
func (h *Health) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, h) }
