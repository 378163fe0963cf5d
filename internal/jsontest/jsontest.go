package jsontest

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/mentorkit/mentorkit/internal/fault"
)

// RoundTrip marshals v, decodes the JSON into a new T and fails t unless
// the two are equal: NaNs equal NaNs, times equal when they are the same
// instant, an empty slice or map equals nil (omitempty drops it), field
// errors equal when everything but their sentinel's identity is (JSON
// carries its text), and unexported fields are ignored. opts add
// comparers. It returns the JSON for further checks.
func RoundTrip[T any](t testing.TB, v T, opts ...cmp.Option) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("marshal %T: %v", v, err)
	}
	var got T
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatalf("decode %T from %s: %v", v, b, err)
	}
	all := append([]cmp.Option{
		cmpopts.EquateNaNs(),
		cmpopts.EquateEmpty(),
		cmp.Comparer(equalFieldErrors),
		cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) }),
		ignoreUnexported,
	}, opts...)
	if diff := cmp.Diff(v, got, all...); diff != "" {
		t.Errorf("%T does not survive JSON (-want +got):\n%s\nJSON: %s", v, diff, b)
	}
	return string(b)
}

// ignoreUnexported skips every unexported struct field: what JSON cannot
// carry by design (a link to the value that computed a result) is the
// type's doc's business, not the round trip's.
var ignoreUnexported = cmp.FilterPath(func(p cmp.Path) bool {
	sf, ok := p.Last().(cmp.StructField)
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(sf.Name())
	return !unicode.IsUpper(r)
}, cmp.Ignore())

// equalFieldErrors compares two field errors as JSON keeps them: the value
// by its printed form, since JSON turns an int into a float64.
func equalFieldErrors(a, b *fault.Error) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Field == b.Field && a.ID == b.ID && a.Code == b.Code && a.Kind() == b.Kind() &&
		a.Text == b.Text && fmt.Sprint(a.Value) == fmt.Sprint(b.Value)
}
