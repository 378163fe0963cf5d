package mentoring

import (
	"fmt"
	"strconv"
)

// enum is the shared machinery of the package's string enums: the value 0
// is "unset" and marshals as the empty string; 1..len(names)-1 are the
// declared constants; anything else is invalid.
type enum interface {
	~uint8
}

// enumString returns names[x], or "Kind(x)" when x is not declared.
func enumString[E enum](kind string, names []string, x E) string {
	if int(x) < len(names) {
		if x == 0 {
			return "unset"
		}
		return names[x]
	}
	return kind + "(" + strconv.Itoa(int(x)) + ")"
}

// enumMarshal returns the JSON text of x or an error for an undeclared
// value.
func enumMarshal[E enum](kind string, names []string, x E) ([]byte, error) {
	if int(x) >= len(names) {
		return nil, &FieldError{Field: kind, Value: int(x), Problem: "is not a declared " + kind, Err: ErrUnknownEnum}
	}
	return []byte(names[x]), nil
}

// enumParse parses text into an enum; the empty string is the zero value.
func enumParse[E enum](kind string, names []string, text []byte) (E, error) {
	s := string(text)
	for i, n := range names {
		if n == s {
			return E(i), nil
		}
	}
	return 0, &FieldError{Field: kind, Value: s, Problem: fmt.Sprintf("is not one of %q", names[1:]), Err: ErrUnknownEnum}
}

// enumCheck reports an unset (when required) or undeclared value.
func enumCheck[E enum](v *validator, path, name, kind string, names []string, x E, required bool) {
	switch {
	case int(x) >= len(names):
		v.add(field(path, name), int(x), "is not a declared "+kind, ErrUnknownEnum)
	case x == 0 && required:
		v.add(field(path, name), nil, "is required (one of "+fmt.Sprintf("%q", names[1:])+")", ErrMissing)
	}
}
