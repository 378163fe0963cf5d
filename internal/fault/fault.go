package fault

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/mentorkit/mentorkit/internal/jsonx"
)

// Text is a message in the two languages mentorkit speaks.
type Text struct {
	EN string `json:"en"` // English
	NL string `json:"nl"` // Dutch
}

// Message is one entry of a package's message table: a stable code, the
// sentinel its errors unwrap to, and fmt templates in English and Dutch.
// The templates take the same arguments in the same order.
type Message struct {
	Code string // stable, lowerCamel, unique within the package
	Err  error  // the sentinel
	EN   string // English template, completing "<field> …", e.g. "is not a finite number"
	NL   string // Dutch template with the same verbs
}

// New returns the error for field (a JSON path, "" when the whole input is
// meant) concerning id ("" when no ID applies), holding value (nil when
// there is none to show), with the templates filled from args.
func (m Message) New(field, id string, value any, args ...any) *Error {
	return &Error{
		Field: field, ID: id, Value: value, Code: m.Code, Err: m.Err,
		Text: Text{EN: fmt.Sprintf(m.EN, args...), NL: fmt.Sprintf(m.NL, args...)},
	}
}

// At is New without an ID.
func (m Message) At(field string, value any, args ...any) *Error {
	return m.New(field, "", value, args...)
}

// Error is one problem with one value of the caller's input. It unwraps to
// Err, the package's sentinel, so errors.Is works on it; several are joined
// with errors.Join.
type Error struct {
	// Field is the path of the offending value in JSON names, with indexes
	// in brackets, for example "participants[2].person.skills[0].level" or
	// "x[3]". Empty when the problem concerns the whole input.
	Field string
	// ID is the ID of the person, relationship, goal or response the value
	// belongs to, or "" where none applies.
	ID string
	// Value is the offending value (a copy), or nil where there is none.
	Value any
	// Code is stable and machine-readable ("duplicateId"); it selects the
	// message.
	Code string
	// Err is the sentinel the error unwraps to. It is nil after decoding
	// from JSON; Kind keeps its text.
	Err error
	// Text is what is wrong, in English and Dutch, completing the field
	// ("is not a finite number", "is geen eindig getal").
	Text Text
	// kind is the decoded sentinel text, used when Err is nil.
	kind string
}

// Error formats the problem in English as
// "PKG: FIELD (ID) = VALUE: MESSAGE", leaving out the parts that are empty.
// PKG is the sentinel's package prefix.
func (e *Error) Error() string {
	var b strings.Builder
	kind := e.Kind()
	if i := strings.Index(kind, ": "); i > 0 {
		b.WriteString(kind[:i])
	} else {
		b.WriteString("mentorkit")
	}
	b.WriteString(": ")
	if e.Field != "" {
		b.WriteString(e.Field)
	}
	if e.ID != "" {
		if e.Field != "" {
			b.WriteByte(' ')
		}
		b.WriteString("(" + strconv.Quote(e.ID) + ")")
	}
	if e.Value != nil {
		b.WriteString(" = " + formatValue(e.Value))
	}
	if e.Field != "" || e.ID != "" || e.Value != nil {
		b.WriteString(": ")
	}
	b.WriteString(e.Text.EN)
	return b.String()
}

// Message returns the message in English, or in Dutch when dutch is true.
func (e *Error) Message(dutch bool) string {
	if dutch {
		return e.Text.NL
	}
	return e.Text.EN
}

// Kind is the sentinel's text ("mentoring: duplicate value").
func (e *Error) Kind() string {
	if e.Err != nil {
		return e.Err.Error()
	}
	return e.kind
}

// Unwrap returns the sentinel.
func (e *Error) Unwrap() error { return e.Err }

func formatValue(v any) string {
	switch v := v.(type) {
	case string:
		return strconv.Quote(v)
	case time.Time:
		return v.Format(time.RFC3339Nano)
	default:
		return fmt.Sprint(v)
	}
}

type errorJSON struct {
	Field   string          `json:"field,omitempty"`
	ID      string          `json:"id,omitempty"`
	Value   json.RawMessage `json:"value,omitempty"`
	Code    string          `json:"code"`
	Kind    string          `json:"kind"`
	Message Text            `json:"message"`
}

// Error reads its members through errorJSON (jsonx.Unknown checks them there).
var _ = jsonx.Shape[Error, errorJSON]()

// MarshalJSON writes the error with lowerCamel names; Value follows the
// module's number rule (NaN as "NaN").
func (e *Error) MarshalJSON() ([]byte, error) {
	j := errorJSON{Field: e.Field, ID: e.ID, Code: e.Code, Kind: e.Kind(), Message: e.Text}
	if e.Value != nil {
		v, err := jsonx.MarshalAny(e.Value)
		if err != nil {
			// A value that cannot be encoded is shown as text instead.
			v, _ = json.Marshal(formatValue(e.Value))
		}
		j.Value = v
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads what MarshalJSON writes. Value comes back as the
// generic JSON value (float64, string, bool, []any, map[string]any), with
// the strings "NaN", "Infinity" and "-Infinity" read as those floats; Err
// stays nil and Kind returns the sentinel's text.
func (e *Error) UnmarshalJSON(b []byte) error {
	var j errorJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*e = Error{Field: j.Field, ID: j.ID, Code: j.Code, Text: j.Message, kind: j.Kind}
	if len(j.Value) > 0 && string(j.Value) != "null" {
		var v any
		if err := json.Unmarshal(j.Value, &v); err != nil {
			return err
		}
		if s, ok := v.(string); ok && (s == jsonx.NaN || s == jsonx.PosInf || s == jsonx.NegInf) {
			v, _ = jsonx.ParseFloat(j.Value)
		}
		e.Value = v
	}
	return nil
}

// List flattens err into its *Error values in order: it descends through
// errors.Join and fmt.Errorf("%w") wrappers. Errors that are not *Error
// are left out; ok reports whether every leaf was one.
func List(err error) (list []*Error, ok bool) {
	ok = true
	var walk func(error)
	walk = func(err error) {
		if err == nil {
			return
		}
		if fe, is := err.(*Error); is {
			list = append(list, fe)
			return
		}
		switch u := err.(type) {
		case interface{ Unwrap() []error }:
			for _, e := range u.Unwrap() {
				walk(e)
			}
		case interface{ Unwrap() error }:
			if inner := u.Unwrap(); inner != nil {
				walk(inner)
			} else {
				ok = false
			}
		default:
			ok = false
		}
	}
	walk(err)
	return list, ok
}

// Join is errors.Join that flattens joined errors one level, so a caller
// ranging over Unwrap() []error sees every *Error at one level. It returns
// nil when every error is nil.
func Join(errs ...error) error {
	var flat []error
	for _, err := range errs {
		if err == nil {
			continue
		}
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			flat = append(flat, j.Unwrap()...)
		} else {
			flat = append(flat, err)
		}
	}
	return errors.Join(flat...)
}

// Index returns "name[i]".
func Index(name string, i int) string { return name + "[" + strconv.Itoa(i) + "]" }

// Path joins a JSON path and a field name with a dot ("a.b"); an empty
// base gives the name alone.
func Path(base, name string) string {
	if base == "" {
		return name
	}
	return base + "." + name
}

// Collector gathers errors for a validation pass. Its zero value is ready.
type Collector struct{ errs []error }

// Add appends err unless it is nil.
func (c *Collector) Add(err error) {
	if err != nil {
		c.errs = append(c.errs, err)
	}
}

// Len is the number of errors gathered.
func (c *Collector) Len() int { return len(c.errs) }

// Err joins what was gathered (nil when nothing was).
func (c *Collector) Err() error { return Join(c.errs...) }

// With returns a copy of m that unwraps to sentinel, so a package can reuse
// one of the common messages below with its own sentinel:
//
//	var msgNotFinite = fault.NotFinite.With(ErrOutOfRange)
func (m Message) With(sentinel error) Message {
	m.Err = sentinel
	return m
}

// Common messages, without a sentinel; packages bind theirs with
// [Message.With]. Codes are shared, so a form can react to "required" the
// same way whichever package reported it.
var (
	// Required: a value that must be given is empty or zero.
	Required = Message{Code: "required", EN: "is required", NL: "is verplicht"}
	// NotFinite: NaN or an infinity where a finite number is needed.
	NotFinite = Message{Code: "notFinite", EN: "is not a finite number", NL: "is geen eindig getal"}
	// Duplicate: a value that must be unique appears again; the argument
	// is where it appeared first.
	Duplicate = Message{Code: "duplicate", EN: "repeats %s", NL: "komt al voor bij %s"}
	// Negative: a count or amount below zero.
	Negative = Message{Code: "negative", EN: "must not be negative", NL: "mag niet negatief zijn"}
	// Between: a number outside a closed range; the arguments are the
	// bounds.
	Between = Message{Code: "outOfRange", EN: "must lie between %v and %v", NL: "moet tussen %v en %v liggen"}
	// Probability: a level or share that must lie strictly between 0 and 1.
	Probability = Message{Code: "notProbability", EN: "must lie strictly between 0 and 1", NL: "moet groter dan 0 en kleiner dan 1 zijn"}
	// TooFew: fewer values than needed; the arguments are the count found
	// and the count needed.
	TooFew = Message{Code: "tooFew", EN: "has %d values, needs at least %d", NL: "bevat %d waarden, er zijn er minstens %d nodig"}
	// Length: a slice whose length must match another's; the arguments are
	// its length, the length wanted and the other argument's name.
	Length = Message{Code: "lengthMismatch", EN: "has length %d, want %d (the length of %s)", NL: "heeft lengte %d, verwacht %d (de lengte van %s)"}
)

// CheckTable reports the mistakes a package's message table can hold:
// an empty or repeated code, a missing sentinel or language, and English
// and Dutch templates whose verbs differ. Each package's tests call it on
// its whole table.
func CheckTable(table []Message) error {
	var errs []error
	seen := map[string]bool{}
	for _, m := range table {
		switch {
		case m.Code == "":
			errs = append(errs, fmt.Errorf("message %q has no code", m.EN))
		case seen[m.Code]:
			errs = append(errs, fmt.Errorf("code %q is used twice", m.Code))
		}
		seen[m.Code] = true
		if m.Err == nil {
			errs = append(errs, fmt.Errorf("code %q has no sentinel", m.Code))
		}
		if m.EN == "" || m.NL == "" {
			errs = append(errs, fmt.Errorf("code %q lacks its English or Dutch text", m.Code))
		}
		if en, nl := verbs(m.EN), verbs(m.NL); en != nl {
			errs = append(errs, fmt.Errorf("code %q: English verbs %q, Dutch verbs %q", m.Code, en, nl))
		}
	}
	return errors.Join(errs...)
}

// verbs lists the fmt verbs of a template in order ("%d%s").
func verbs(tmpl string) string {
	var b strings.Builder
	for i := 0; i < len(tmpl); i++ {
		if tmpl[i] != '%' {
			continue
		}
		j := i + 1
		for j < len(tmpl) && strings.IndexByte("+-# 0123456789.[]*", tmpl[j]) >= 0 {
			j++
		}
		if j < len(tmpl) {
			if tmpl[j] != '%' {
				b.WriteString(tmpl[i : j+1])
			}
			i = j
		}
	}
	return b.String()
}
