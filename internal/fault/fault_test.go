package fault

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
)

var errSentinel = errors.New("pkg: bad value")

func TestErrorText(t *testing.T) {
	m := Between.With(errSentinel)
	e := m.New("people[3].skills[0].level", "p-17", 9, 1, 5)
	if got, want := e.Error(), `pkg: people[3].skills[0].level ("p-17") = 9: must lie between 1 and 5`; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if got, want := e.Message(true), "moet tussen 1 en 5 liggen"; got != want {
		t.Errorf("Dutch = %q, want %q", got, want)
	}
	if !errors.Is(e, errSentinel) {
		t.Error("does not unwrap to its sentinel")
	}
	if got, want := Required.With(errSentinel).At("name", nil).Error(), "pkg: name: is required"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestJSONRoundTrip(t *testing.T) {
	e := NotFinite.With(errSentinel).New("x[2]", "", math.NaN())
	b, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"field":"x[2]","value":"NaN","code":"notFinite","kind":"pkg: bad value","message":{"en":"is not a finite number","nl":"is geen eindig getal"}}`
	if string(b) != want {
		t.Fatalf("got  %s\nwant %s", b, want)
	}
	var got Error
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if got.Error() != "pkg: x[2] = NaN: is not a finite number" || got.Code != "notFinite" || got.Kind() != "pkg: bad value" {
		t.Errorf("decoded %+v: %s", got, got.Error())
	}
}

func TestListFlattens(t *testing.T) {
	a := Required.With(errSentinel).At("a", nil)
	b := Negative.With(errSentinel).At("b", -1)
	err := Join(a, nil, fmt.Errorf("wrapped: %w", Join(b)))
	list, ok := List(err)
	if !ok || len(list) != 2 || list[0] != a || list[1] != b {
		t.Errorf("List = %v, %v", list, ok)
	}
	if _, ok := List(errors.Join(a, errors.New("other"))); ok {
		t.Error("List reports ok with a foreign error inside")
	}
	if Join(nil, nil) != nil {
		t.Error("Join of nils is not nil")
	}
}

// TestCommonMessagesAgree checks that every common message's English and
// Dutch templates take the same verbs in the same order.
func TestCommonMessagesAgree(t *testing.T) {
	for _, m := range []Message{Required, NotFinite, Duplicate, Negative, Between, Probability, TooFew, Length} {
		if err := CheckTable([]Message{m.With(errSentinel)}); err != nil {
			t.Error(err)
		}
	}
}

func TestCheckTableFindsMistakes(t *testing.T) {
	bad := []Message{
		{Code: "a", Err: errSentinel, EN: "has %d", NL: "heeft %s"},
		{Code: "a", Err: errSentinel, EN: "x", NL: "x"},
		{Code: "b", EN: "x", NL: "x"},
		{Code: "c", Err: errSentinel, EN: "x"},
	}
	err := CheckTable(bad)
	for _, want := range []string{"verbs", "twice", "sentinel", "Dutch"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("CheckTable missed %q: %v", want, err)
		}
	}
}
