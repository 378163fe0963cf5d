package goals

import "strconv"

// enum is the shared machinery of the package's string enums: the values
// 0..len(names)-1 are the declared constants, named names[i] in JSON;
// anything else is invalid.
type enum interface{ ~uint8 }

// enumString returns names[x], or "kind(x)" when x is not declared.
func enumString[E enum](kind string, names []string, x E) string {
	if int(x) < len(names) {
		return names[x]
	}
	return kind + "(" + strconv.Itoa(int(x)) + ")"
}

// enumMarshal returns the JSON text of x or an error for an undeclared value.
func enumMarshal[E enum](kind string, names []string, x E) ([]byte, error) {
	if int(x) >= len(names) {
		return nil, fieldErr(kind, int(x), ErrUnknownEnum, "is not a declared "+kind)
	}
	return []byte(names[x]), nil
}

// enumParse parses text into an enum value.
func enumParse[E enum](kind string, names []string, text []byte) (E, error) {
	s := string(text)
	for i, n := range names {
		if n == s {
			return E(i), nil
		}
	}
	return 0, fieldErr(kind, s, ErrUnknownEnum, "is not a declared "+kind)
}

// Direction says which way a goal's metric should move.
type Direction uint8

// The directions. The zero value is unset, which Check reports and the
// progress functions reject.
const (
	DirectionUnset Direction = iota // no direction given
	Increase                        // the metric should rise to Target or above
	Decrease                        // the metric should fall to Target or below
	Within                          // the metric should stay inside Band
)

var directionNames = []string{"", "increase", "decrease", "within"}

// String returns the JSON name: "increase", "decrease", "within", or "" when
// unset.
func (d Direction) String() string { return enumString("direction", directionNames, d) }

// MarshalText implements encoding.TextMarshaler; undeclared values are errors.
func (d Direction) MarshalText() ([]byte, error) {
	return enumMarshal("direction", directionNames, d)
}

// UnmarshalText implements encoding.TextUnmarshaler; unknown names are
// errors wrapping ErrUnknownEnum.
func (d *Direction) UnmarshalText(text []byte) error {
	v, err := enumParse[Direction]("direction", directionNames, text)
	if err == nil {
		*d = v
	}
	return err
}

// Commitment says whether a goal must be met in full (committed) or is a
// stretch (aspirational), as in OKR practice (Google re:Work, "Set goals
// with OKRs"): a committed goal succeeds at grade 1.0, an aspirational one
// at 0.7.
type Commitment uint8

// The commitments. The zero value is Committed.
const (
	Committed Commitment = iota
	Aspirational
)

var commitmentNames = []string{"committed", "aspirational"}

// String returns the JSON name: "committed" or "aspirational".
func (c Commitment) String() string { return enumString("commitment", commitmentNames, c) }

// MarshalText implements encoding.TextMarshaler; undeclared values are errors.
func (c Commitment) MarshalText() ([]byte, error) {
	return enumMarshal("commitment", commitmentNames, c)
}

// UnmarshalText implements encoding.TextUnmarshaler; unknown names are
// errors wrapping ErrUnknownEnum.
func (c *Commitment) UnmarshalText(text []byte) error {
	v, err := enumParse[Commitment]("commitment", commitmentNames, text)
	if err == nil {
		*c = v
	}
	return err
}

// LinkKind says what a goal serves.
type LinkKind uint8

// The link kinds. The zero value is unset and invalid in a Link.
const (
	LinkUnset      LinkKind = iota
	LinkObjective           // an objective of the mentoring programme
	LinkCareerGoal          // one of the mentee's career goals
)

var linkKindNames = []string{"", "objective", "careerGoal"}

// String returns the JSON name: "objective", "careerGoal", or "" when unset.
func (k LinkKind) String() string { return enumString("linkKind", linkKindNames, k) }

// MarshalText implements encoding.TextMarshaler; undeclared values are errors.
func (k LinkKind) MarshalText() ([]byte, error) {
	return enumMarshal("linkKind", linkKindNames, k)
}

// UnmarshalText implements encoding.TextUnmarshaler; unknown names are
// errors wrapping ErrUnknownEnum.
func (k *LinkKind) UnmarshalText(text []byte) error {
	v, err := enumParse[LinkKind]("linkKind", linkKindNames, text)
	if err == nil {
		*k = v
	}
	return err
}

// Language is the language of a goal's text and of the messages about it.
type Language uint8

// The languages. The zero value, Auto, means: detect it from the text (see
// DetectLanguage).
const (
	Auto    Language = iota // detect from the text
	English                 // "en"
	Dutch                   // "nl"
)

var languageNames = []string{"", "en", "nl"}

// String returns the JSON name: "en", "nl", or "" for Auto.
func (l Language) String() string { return enumString("language", languageNames, l) }

// MarshalText implements encoding.TextMarshaler; undeclared values are errors.
func (l Language) MarshalText() ([]byte, error) {
	return enumMarshal("language", languageNames, l)
}

// UnmarshalText implements encoding.TextUnmarshaler; unknown names are
// errors wrapping ErrUnknownEnum.
func (l *Language) UnmarshalText(text []byte) error {
	v, err := enumParse[Language]("language", languageNames, text)
	if err == nil {
		*l = v
	}
	return err
}
