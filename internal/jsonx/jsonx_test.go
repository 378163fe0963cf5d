package jsonx

import (
	"encoding/json"
	"math"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

type level uint8

func (l level) MarshalText() ([]byte, error) { return []byte([]string{"", "low", "high"}[l]), nil }
func (l *level) UnmarshalText(b []byte) error {
	switch string(b) {
	case "low":
		*l = 1
	case "high":
		*l = 2
	default:
		*l = 0
	}
	return nil
}

type inner struct {
	X  float64   `json:"x"`
	Xs []float64 `json:"xs,omitempty"`
}

func (in inner) MarshalJSON() ([]byte, error)  { return Marshal(in) }
func (in *inner) UnmarshalJSON(b []byte) error { return Unmarshal(b, in) }

type Embedded struct {
	E float64 `json:"e"`
}

type outer struct {
	Embedded
	Name    string             `json:"name"`
	P       float64            `json:"pValue"`
	Lo, Hi  float64            // no tag: Go names
	Grid    [2]float64         `json:"grid"`
	In      inner              `json:"in"`
	Ptr     *inner             `json:"ptr"`
	Nil     *inner             `json:"nil"`
	ByName  map[string]float64 `json:"byName"`
	Level   level              `json:"level,omitempty"`
	When    time.Time          `json:"when"`
	Zero    time.Time          `json:"zero,omitzero"`
	ZeroF   float64            `json:"zeroF,omitzero"`
	Skip    float64            `json:"-"`
	private float64
}

func (o outer) MarshalJSON() ([]byte, error)  { return Marshal(o) }
func (o *outer) UnmarshalJSON(b []byte) error { return Unmarshal(b, o) }

func TestRoundTripNonFinite(t *testing.T) {
	in := outer{
		Embedded: Embedded{E: math.Inf(-1)},
		Name:     "a", P: math.NaN(), Lo: math.Inf(-1), Hi: math.Inf(1),
		Grid:   [2]float64{1.5, math.NaN()},
		In:     inner{X: 0.1, Xs: []float64{math.Inf(1), math.Copysign(0, -1), 5e-324}},
		Ptr:    &inner{X: math.MaxFloat64},
		ByName: map[string]float64{"b": math.NaN(), "a": 1},
		Level:  2,
		When:   time.Date(2026, 3, 1, 9, 30, 0, 0, time.FixedZone("", 330*60)),
		Skip:   7, private: 8,
	}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	// Hand-written: the module's rule (NaN and infinities as strings, map
	// keys sorted, tags honoured, "-" and unexported fields left out).
	want := `{"e":"-Infinity","name":"a","pValue":"NaN","Lo":"-Infinity","Hi":"Infinity","grid":[1.5,"NaN"],` +
		`"in":{"x":0.1,"xs":["Infinity",-0,5e-324]},"ptr":{"x":1.7976931348623157e+308},"nil":null,` +
		`"byName":{"a":1,"b":"NaN"},"level":"high","when":"2026-03-01T09:30:00+05:30"}`
	if string(b) != want {
		t.Fatalf("Marshal:\n got %s\nwant %s", b, want)
	}
	var got outer
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	in.Skip, in.private = 0, 0
	if diff := cmp.Diff(in, got, cmpopts.EquateNaNs(), cmp.AllowUnexported(outer{}),
		cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) })); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

func TestNullIsNotApplicable(t *testing.T) {
	var got outer
	if err := json.Unmarshal([]byte(`{"pValue":null,"ptr":null,"byName":null,"in":{"xs":null}}`), &got); err != nil {
		t.Fatal(err)
	}
	if !math.IsNaN(got.P) || got.Ptr != nil || got.ByName != nil || got.In.Xs != nil {
		t.Errorf("null decoded as %+v", got)
	}
}

func TestBadNumberIsAnError(t *testing.T) {
	for _, bad := range []string{`{"pValue":"nan"}`, `{"pValue":"inf"}`, `{"pValue":true}`, `{"grid":[1,"x"]}`, `{"in":[]}`} {
		var got outer
		if err := json.Unmarshal([]byte(bad), &got); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}

func TestFloatAndParseFloat(t *testing.T) {
	for _, f := range []float64{0, -1.25, math.NaN(), math.Inf(1), math.Inf(-1), math.SmallestNonzeroFloat64} {
		g, err := ParseFloat(Float(f))
		if err != nil || !(g == f || math.IsNaN(f) && math.IsNaN(g)) {
			t.Errorf("%v: got %v, %v", f, g, err)
		}
	}
}

func FuzzRoundTrip(f *testing.F) {
	f.Add(0.5, 1.0, "x")
	f.Add(math.NaN(), math.Inf(1), "")
	f.Fuzz(func(t *testing.T, a, b float64, s string) {
		if !utf8.ValidString(s) {
			t.Skip("encoding/json replaces invalid UTF-8")
		}
		in := outer{Name: s, P: a, Lo: b, In: inner{X: a, Xs: []float64{b}}, ByName: map[string]float64{s: a}}
		data, err := json.Marshal(in)
		if err != nil {
			t.Fatal(err)
		}
		var got outer
		if err := json.Unmarshal(data, &got); err != nil {
			t.Fatalf("%s: %v", data, err)
		}
		if diff := cmp.Diff(in, got, cmpopts.EquateNaNs(), cmp.AllowUnexported(outer{})); diff != "" {
			t.Errorf("round trip (-want +got):\n%s", diff)
		}
	})
}
