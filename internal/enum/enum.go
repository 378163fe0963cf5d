package enum

import (
	"errors"
	"strconv"
	"strings"

	"github.com/mentorkit/mentorkit/internal/fault"
)

// ErrUnknown reports an enum value that is not one of the declared
// constants, including unknown text in JSON.
var ErrUnknown = errors.New("mentorkit: unknown enum value")

// Messages of the enum errors.
var (
	msgUndeclared = fault.Message{Code: "undeclaredEnum", Err: ErrUnknown,
		EN: "is not a declared %s", NL: "is geen geldige waarde voor %s"}
	msgUnknownText = fault.Message{Code: "unknownEnum", Err: ErrUnknown,
		EN: "is not a %s; use one of %s", NL: "is geen bekende waarde voor %s; kies uit %s"}
)

// Integer is the set of types an enum can have.
type Integer interface{ ~uint8 | ~int }

// Table holds the names of one enum type E: names[0] is the unset value's
// name (usually ""), names[i] the name of E(i).
type Table[E Integer] struct {
	kind  string
	names []string
}

// New returns the table of an enum called kind (used in messages) with the
// given names, index 0 first.
func New[E Integer](kind string, names ...string) Table[E] {
	return Table[E]{kind: kind, names: names}
}

// Names returns the declared names without the unset one, in order.
func (t Table[E]) Names() []string { return append([]string(nil), t.names[1:]...) }

// Declared reports whether x is one of the declared constants or unset.
func (t Table[E]) Declared(x E) bool { return x >= 0 && int64(x) < int64(len(t.names)) }

// String returns the name of x, "unset" for the zero value when its name
// is empty, or "kind(x)" when x is not declared.
func (t Table[E]) String(x E) string {
	switch {
	case !t.Declared(x):
		return t.kind + "(" + strconv.FormatInt(int64(x), 10) + ")"
	case x == 0 && t.names[0] == "":
		return "unset"
	}
	return t.names[x]
}

// Marshal returns the text of x; an undeclared value is an error wrapping
// ErrUnknown.
func (t Table[E]) Marshal(x E) ([]byte, error) {
	if !t.Declared(x) {
		return nil, msgUndeclared.At(t.kind, int64(x), t.kind)
	}
	return []byte(t.names[x]), nil
}

// Parse reads text case-insensitively (after trimming spaces); unknown
// text is an error wrapping ErrUnknown.
func (t Table[E]) Parse(text string) (E, error) {
	s := strings.TrimSpace(text)
	for i, n := range t.names {
		if strings.EqualFold(n, s) {
			return E(i), nil
		}
	}
	return 0, msgUnknownText.At(t.kind, text, t.kind, t.list())
}

// Unmarshal parses text into *dst, leaving *dst unchanged on error.
func (t Table[E]) Unmarshal(text []byte, dst *E) error {
	v, err := t.Parse(string(text))
	if err == nil {
		*dst = v
	}
	return err
}

func (t Table[E]) list() string {
	q := make([]string, 0, len(t.names)-1)
	for _, n := range t.names[1:] {
		q = append(q, strconv.Quote(n))
	}
	return strings.Join(q, ", ")
}
