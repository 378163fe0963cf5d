package problems_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/mentorkit/mentorkit/goals"
	"github.com/mentorkit/mentorkit/mentoring"
	"github.com/mentorkit/mentorkit/problems"
)

// TestUnknownMembers decodes documents into the SDK's own types, whose
// UnmarshalJSON methods skip unknown members, and checks that every
// ignored member is named by its path, and nothing else.
func TestUnknownMembers(t *testing.T) {
	cases := []struct {
		name string
		into any
		data string
		want []string
	}{
		{"programme", &mentoring.Programme{},
			`{"id": "p", "participants": [{"person": {"id": "a", "nmae": "Ann"}, "role": "mentee"}, {"person": {"id": "b"}, "role": "mentor", "capacity": 2, "capacityy": 3}], "colour": "red"}`,
			[]string{"colour", "participants[0].person.nmae", "participants[1].capacityy"}},
		{"goal", &goals.Goal{}, `{"title": "Leer Go", "bogus": 1}`, []string{"bogus"}},
		{"case-folded names are read", &goals.Goal{}, `{"TITLE": "Leer Go"}`, nil},
		{"clean", &mentoring.Programme{}, `{"id": "p", "participants": []}`, nil},
	}
	for _, c := range cases {
		if err := json.Unmarshal([]byte(c.data), c.into); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		err := problems.UnknownMembers([]byte(c.data), c.into)
		var got []string
		for _, p := range problems.List(err) {
			if p.Code != "unknownMember" || p.Message.EN == "" || p.Message.NL == "" {
				t.Errorf("%s: problem %+v", c.name, p)
			}
			got = append(got, p.Field)
		}
		if d := cmp.Diff(c.want, got); d != "" {
			t.Errorf("%s (-want +got):\n%s", c.name, d)
		}
		if len(c.want) > 0 && !errors.Is(err, problems.ErrUnknownMember) {
			t.Errorf("%s: %v does not match ErrUnknownMember", c.name, err)
		}
		// By value too: only the type counts.
		if a, b := problems.List(err), problems.List(problems.UnknownMembers([]byte(c.data), derefAny(c.into))); !cmp.Equal(a, b) {
			t.Errorf("%s: by value %v, by pointer %v", c.name, b, a)
		}
	}
	if err := problems.UnknownMembers([]byte(`{"a": 1}`), nil); err != nil {
		t.Errorf("nil value: %v", err)
	}
}

func derefAny(v any) any {
	switch p := v.(type) {
	case *mentoring.Programme:
		return *p
	case *goals.Goal:
		return *p
	}
	return v
}

// FuzzUnknownMembers: any bytes against the programme type: never a
// panic, every problem an unknownMember with a path, the same answer
// twice.
func FuzzUnknownMembers(f *testing.F) {
	f.Add([]byte(`{"id": "p", "participants": [{"person": {"id": "a", "nmae": "Ann", "availability": [{"x": 1}]}, "preferences": {"ranked": ["b"], "y": 1}}]}`))
	f.Add([]byte(`{"participants": [[], null, "x", {"person": []}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a := problems.List(problems.UnknownMembers(data, &mentoring.Programme{}))
		b := problems.List(problems.UnknownMembers(data, mentoring.Programme{}))
		if !cmp.Equal(a, b) {
			t.Fatalf("not deterministic: %v then %v", a, b)
		}
		for _, p := range a {
			if p.Code != "unknownMember" || p.Field == "" && !json.Valid(data) {
				t.Fatalf("problem %+v", p)
			}
		}
	})
}
