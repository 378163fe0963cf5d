package jsonx

import (
	"encoding/json"
	"reflect"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// shadowed decodes through a struct with other member names, as the
// module's types with an error list or a matrix do.
type shadowed struct{ a, b int }

type shadowedJSON struct {
	A int     `json:"alpha"`
	B []inner `json:"betas"`
}

func (s *shadowed) UnmarshalJSON(b []byte) error {
	var j shadowedJSON
	if err := Unmarshal(b, &j); err != nil {
		return err
	}
	s.a, s.b = j.A, len(j.B)
	return nil
}

var _ = Shape[shadowed, shadowedJSON]()

// opaque has its own UnmarshalJSON that reads anything, recorded as
// raw JSON: not looked into.
type opaque struct{ n int }

func (o *opaque) UnmarshalJSON(b []byte) error { o.n = len(b); return nil }

var _ = Shape[opaque, json.RawMessage]()

type request struct {
	Outer  outer             `json:"outer"`
	List   []outer           `json:"list"`
	ByKey  map[string]inner  `json:"byKey"`
	Shadow *shadowed         `json:"shadow"`
	Opaque opaque            `json:"opaque"`
	Any    any               `json:"any"`
	Raw    json.RawMessage   `json:"raw"`
	Arr    [1]inner          `json:"arr"`
	Names  map[string]string `json:"names"`
}

func TestUnknown(t *testing.T) {
	data := `{
	  "outer": {"name": "a", "e": 1, "Lo": 2, "in": {"x": 1, "y": 2}, "ptr": {"xs": [1], "zz": 0},
	            "when": "2026-01-02T00:00:00Z", "level": "low", "-": 1, "Skip": 3, "private": 4, "extra": {"deep": 1}},
	  "list": [{"name": "b"}, {"NAME": "c", "nope": 1}, "not an object", {"Name": "d", "name": "e"}],
	  "byKey": {"k1": {"x": 1}, "k2": {"w": 1}},
	  "shadow": {"alpha": 1, "betas": [{"x": 1}, {"q": 2}], "a": 3},
	  "opaque": {"anything": 1},
	  "any": {"anything": 1},
	  "raw": {"anything": 1},
	  "arr": [{"x": 1}, {"beyond": 1}],
	  "names": {"free": "text"},
	  "top": null
	}`
	got := Unknown([]byte(data), reflect.TypeFor[request]())
	// By hand: outer's "in.y", "ptr.zz", "-", "Skip" (tagged "-"),
	// "private" (unexported) and "extra" (not looked into further); list[1]
	// "nope" ("NAME" is read by case); list[3] "Name" (an exact "name" is
	// there); byKey.k2.w; the shadow's "betas[1].q" and "a" (alpha is
	// read, not a); arr has one element, so [1] is ignored as decoding
	// ignores it; "top".
	// In key order: arr, byKey, list, …, outer, shadow, top.
	want := []string{
		"byKey.k2.w",
		"list[1].nope", "list[3].Name",
		"outer.-", "outer.Skip", "outer.extra", "outer.in.y", "outer.private", "outer.ptr.zz",
		"shadow.a", "shadow.betas[1].q",
		"top",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("unknown members (-want +got):\n%s", d)
	}
	// The data decodes: the members listed are the ones decoding ignores.
	var r request
	if err := json.Unmarshal([]byte(data), &r); err == nil {
		t.Error("the list's string element should not decode")
	}
}

func TestUnknownNone(t *testing.T) {
	for _, data := range []string{`{}`, `null`, `[]`, `"text"`, `{"outer": null, "list": null}`, ``, `{"outer": {"name": "a", "pValue": "NaN"}}`} {
		if got := Unknown([]byte(data), reflect.TypeFor[request]()); len(got) != 0 {
			t.Errorf("%q: %v, want none", data, got)
		}
	}
}

func FuzzUnknown(f *testing.F) {
	f.Add(`{"outer": {"in": {"y": 1}}, "list": [{"nope": 1}]}`)
	f.Add(`{"shadow": {"betas": [[], {}, null]}, "byKey": {"": {"": 1}}}`)
	f.Add(`[[[[{"a":1}]]]]`)
	f.Fuzz(func(t *testing.T, data string) {
		got := Unknown([]byte(data), reflect.TypeFor[request]())
		again := Unknown([]byte(data), reflect.TypeFor[request]())
		if !slices.Equal(got, again) {
			t.Fatalf("not deterministic: %v then %v", got, again)
		}
		if !json.Valid([]byte(data)) && len(got) != 0 {
			t.Fatalf("invalid JSON gave %v", got)
		}
	})
}
