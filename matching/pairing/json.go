package pairing

import (
	"math"

	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/jsonx"
	"github.com/mentorkit/mentorkit/mentoring"
)

// The enum tables: the text (String, JSON) of every pairing enum. The
// unset zero value is "".
var (
	priorityTable  = enum.New[Priority]("priority", "", "score", "participation")
	ruleTable      = enum.New[Rule]("rule", "", "self", "reportingLine", "unknownReportingLine", "sameDepartment", "sameOrganisation", "noSharedLanguage", "timeZoneGap", "reverseSeniority", "reverseTopic", "peerBand", "previouslyPaired", "banned", "belowMinScore", "peerDirection", "lockedElsewhere", "dismissed", "notListed", "noOverlap")
	reasonTable    = enum.New[Reason]("reason", "", "noAllowedMentor", "capacityExhausted", "noAllowedMentee", "notNeeded", "groupTooSmall", "circleMix")
	criterionTable = enum.New[Criterion]("criterion", "", "skills", "interests", "careerGoals", "personality", "languages", "workingHours", "experience", "location", "preference", "availability")
)

// String returns "score", "participation", "unset" for the zero value or
// "priority(n)" for an undeclared value.
func (p Priority) String() string { return priorityTable.String(p) }

// MarshalText writes the priority's name ("" when unset); an undeclared
// value is an error wrapping ErrUnknownEnum.
func (p Priority) MarshalText() ([]byte, error) { return priorityTable.Marshal(p) }

// UnmarshalText reads a priority's name, ignoring case; "" is unset and
// anything else unknown is an error wrapping ErrUnknownEnum that leaves p
// unchanged.
func (p *Priority) UnmarshalText(b []byte) error { return priorityTable.Unmarshal(b, p) }

// String returns the rule's lowerCamel name ("reportingLine"), "unset"
// for RuleNone, or "rule(n)" for an undeclared value.
func (r Rule) String() string { return ruleTable.String(r) }

// MarshalText writes the rule's name ("" for RuleNone); an undeclared
// value is an error wrapping ErrUnknownEnum.
func (r Rule) MarshalText() ([]byte, error) { return ruleTable.Marshal(r) }

// UnmarshalText reads a rule's name, ignoring case; an unknown name is an
// error wrapping ErrUnknownEnum and leaves r unchanged.
func (r *Rule) UnmarshalText(b []byte) error { return ruleTable.Unmarshal(b, r) }

// String returns the reason's lowerCamel name ("capacityExhausted"),
// "unset" for the zero value, or "reason(n)" for an undeclared value.
func (r Reason) String() string { return reasonTable.String(r) }

// MarshalText writes the reason's name; an undeclared value is an error
// wrapping ErrUnknownEnum.
func (r Reason) MarshalText() ([]byte, error) { return reasonTable.Marshal(r) }

// UnmarshalText reads a reason's name, ignoring case; an unknown name is
// an error wrapping ErrUnknownEnum and leaves r unchanged.
func (r *Reason) UnmarshalText(b []byte) error { return reasonTable.Unmarshal(b, r) }

// String returns the criterion's name as breakdowns show it
// ("careerGoals"), "unset" for the zero value, or "criterion(n)" for an
// undeclared value.
func (c Criterion) String() string { return criterionTable.String(c) }

// MarshalText writes the criterion's name; an undeclared value is an error
// wrapping ErrUnknownEnum.
func (c Criterion) MarshalText() ([]byte, error) { return criterionTable.Marshal(c) }

// UnmarshalText reads a criterion's name, ignoring case; an unknown name
// is an error wrapping ErrUnknownEnum and leaves c unchanged.
func (c *Criterion) UnmarshalText(b []byte) error { return criterionTable.Unmarshal(b, c) }

// JSON of the types that hold floats: the module's number rule (NaN and
// the infinities as "NaN", "Infinity", "-Infinity"; null reads as NaN).

// MarshalJSON writes the result by the module's number rule, with its
// [Fingerprint]: a decoded Result works with [Pairing.WhyNot] and
// [Pairing.Reasons] of a Pairing of the same programme and settings.
func (r Result) MarshalJSON() ([]byte, error) { return jsonx.Marshal(r) }

// UnmarshalJSON reads what MarshalJSON writes.
func (r *Result) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, r) }

// MarshalJSON writes the pair by the module's number rule.
func (m Match) MarshalJSON() ([]byte, error) { return jsonx.Marshal(m) }

// UnmarshalJSON reads what MarshalJSON writes.
func (m *Match) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, m) }

// MarshalJSON writes the circle by the module's number rule.
func (c Circle) MarshalJSON() ([]byte, error) { return jsonx.Marshal(c) }

// UnmarshalJSON reads what MarshalJSON writes.
func (c *Circle) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, c) }

// MarshalJSON writes the contribution by the module's number rule.
func (c Contribution) MarshalJSON() ([]byte, error) { return jsonx.Marshal(c) }

// UnmarshalJSON reads what MarshalJSON writes.
func (c *Contribution) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, c) }

// MarshalJSON writes the explanation by the module's number rule.
func (x Explanation) MarshalJSON() ([]byte, error) { return jsonx.Marshal(x) }

// UnmarshalJSON reads what MarshalJSON writes.
func (x *Explanation) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, x) }

// MarshalJSON writes the answer by the module's number rule.
func (w WhyNot) MarshalJSON() ([]byte, error) { return jsonx.Marshal(w) }

// UnmarshalJSON reads what MarshalJSON writes.
func (w *WhyNot) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, w) }

// MarshalJSON writes the suggestion by the module's number rule.
func (s Suggestion) MarshalJSON() ([]byte, error) { return jsonx.Marshal(s) }

// UnmarshalJSON reads what MarshalJSON writes.
func (s *Suggestion) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, s) }

// MarshalJSON writes the alternative by the module's number rule.
func (a Alternative) MarshalJSON() ([]byte, error) { return jsonx.Marshal(a) }

// UnmarshalJSON reads what MarshalJSON writes.
func (a *Alternative) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, a) }

// MarshalJSON writes the options by the module's number rule.
func (o SuggestOptions) MarshalJSON() ([]byte, error) { return jsonx.Marshal(o) }

// UnmarshalJSON reads what MarshalJSON writes.
func (o *SuggestOptions) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, o) }

// MarshalJSON writes the weights by the module's number rule.
func (w Weights) MarshalJSON() ([]byte, error) { return jsonx.Marshal(w) }

// UnmarshalJSON reads what MarshalJSON writes.
func (w *Weights) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, w) }

// MarshalJSON writes the configuration by the module's number rule. A
// custom criterion's Scorer is the caller's code, which JSON cannot
// carry: "custom" lists each criterion by its name and weight only (see
// [CustomCriterion.MarshalJSON]).
func (c Config) MarshalJSON() ([]byte, error) { return jsonx.Marshal(c) }

// UnmarshalJSON reads what MarshalJSON writes. What a decoded Config
// lacks: each custom criterion's Scorer is a stand-in that knows only the
// name, and New refuses it (ErrCriterion, code "scorerMissing") until the
// caller puts the real Scorer back.
func (c *Config) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, c) }

// MarshalJSON writes {"name": the Scorer's name, "weight": Weight,
// "version": Version, "scorer": "omitted"}: the Scorer itself, the caller's code, is not
// written, and "scorer" says so.
func (c CustomCriterion) MarshalJSON() ([]byte, error) {
	j := customJSON{Weight: c.Weight, Version: c.Version, Scorer: "omitted"}
	if c.Scorer != nil {
		j.Name = c.Scorer.Name()
	} else {
		j.Scorer = "none"
	}
	return jsonx.Marshal(j)
}

// UnmarshalJSON reads the name, weight and version. The Scorer it sets is a
// stand-in that knows only the name (nil when "scorer" is "none"): New
// refuses it with ErrCriterion until the caller replaces it.
func (c *CustomCriterion) UnmarshalJSON(b []byte) error {
	var j customJSON
	if err := jsonx.Unmarshal(b, &j); err != nil {
		return err
	}
	*c = CustomCriterion{Weight: j.Weight, Version: j.Version}
	if j.Scorer != "none" {
		c.Scorer = decodedScorer{name: j.Name}
	}
	return nil
}

// customJSON is the JSON form of a CustomCriterion.
type customJSON struct {
	Name    string  `json:"name"`
	Weight  float64 `json:"weight"`
	Version string  `json:"version,omitempty"`
	// Scorer is "omitted" (the caller's code is not written) or "none"
	// (there was no Scorer).
	Scorer string `json:"scorer"`
}

// CustomCriterion reads its members through customJSON (jsonx.Unknown checks them there).
var _ = jsonx.Shape[CustomCriterion, customJSON]()

// decodedScorer stands in for a Scorer read from JSON: it has the name
// and no code. New refuses it.
type decodedScorer struct{ name string }

func (d decodedScorer) Name() string { return d.name }

func (d decodedScorer) Score(_, _ *mentoring.Participant) float64 { return math.NaN() }
