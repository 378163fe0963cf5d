package mentoring

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsontest"
)

// byIDs returns testProgramme with every participant referring to the
// directory by PersonID alone, and the directory of its people (e1 and e2
// report to m1).
func byIDs(t *testing.T) (hand, ids Programme, dir *Directory) {
	t.Helper()
	hand = testProgramme()
	hand.Participants[1].Person.ManagerID = "m1"
	hand.Participants[2].Person.ManagerID = "m1"
	var people []Person
	ids = hand.Clone()
	for i, q := range hand.Participants {
		people = append(people, q.Person.Clone())
		ids.Participants[i].PersonID = q.Person.ID
		ids.Participants[i].Person = Person{}
	}
	dir, err := NewDirectory(people, DirectoryStrict)
	if err != nil {
		t.Fatal(err)
	}
	return hand, ids, dir
}

func TestResolve(t *testing.T) {
	hand, ids, dir := byIDs(t)
	before := ids.Clone()
	got, err := ids.Resolve(dir)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(before, ids); diff != "" {
		t.Errorf("input modified (-before +after):\n%s", diff)
	}
	// Resolved equals hand-built, but for PersonID, which stays set.
	want := hand.Clone()
	for i := range want.Participants {
		want.Participants[i].PersonID = want.Participants[i].Person.ID
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("resolved (-hand-built +got):\n%s", diff)
	}
	if err := got.Validate(); err != nil {
		t.Errorf("resolved programme invalid: %v", err)
	}
	got.Participants[1].Person.Skills[0].Level = 5 // a deep copy: the directory keeps its own
	if p, _ := dir.Person("e1"); p.Skills[0].Level != 3 {
		t.Error("Resolve shares the directory's person")
	}
	// A stated person that agrees with the directory is fine.
	agree := ids.Clone()
	agree.Participants[0].Person = hand.Participants[0].Person.Clone()
	agree.Participants[0].Person.Interests = []string{} // empty equals missing
	if _, err := agree.Resolve(dir); err != nil {
		t.Errorf("agreeing copy: %v", err)
	}
}

func TestResolveErrors(t *testing.T) {
	hand, ids, dir := byIDs(t)
	tests := []struct {
		name string
		edit func(p *Programme)
		want []finding
	}{
		{"unknown ID", func(p *Programme) { p.Participants[2].PersonID = "e3" },
			[]finding{{"participants[2].personId", "e3", "personNotInDirectory"}}},
		{"disagreeing copy", func(p *Programme) {
			p.Participants[1].Person = hand.Participants[1].Person.Clone()
			p.Participants[1].Person.Department = "Marketing"
			p.Participants[1].Person.ManagerID = "e2"
		}, []finding{
			{"participants[1].person.department", "e1", "personConflict"},
			{"participants[1].person.managerId", "e1", "personConflict"},
		}},
		{"copy of another person", func(p *Programme) {
			p.Participants[1].Person = hand.Participants[2].Person.Clone()
		}, []finding{{"participants[1].person.id", "e1", "personConflict"}, {"participants[1].person.name", "e1", "personConflict"},
			{"participants[1].person.seniority", "e1", "personConflict"}}},
		{"nil directory", nil, []finding{
			{"participants[0].personId", "m1", "personNotInDirectory"},
			{"participants[1].personId", "e1", "personNotInDirectory"},
			{"participants[2].personId", "e2", "personNotInDirectory"},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, d := ids.Clone(), dir
			if tc.edit != nil {
				tc.edit(&p)
			} else {
				d = nil
			}
			got, err := p.Resolve(d)
			list, ok := fault.List(err)
			if !ok || err == nil {
				t.Fatalf("err = %v, want FieldErrors", err)
			}
			if diff := cmp.Diff(tc.want, findingsOf(list)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if got.ID != "" {
				t.Error("a programme returned with the error")
			}
			for _, e := range list {
				if e.Text.NL == "" || e.Text.EN == "" {
					t.Errorf("%s: message missing", e.Field)
				}
			}
		})
	}
}

func TestValidateUnresolved(t *testing.T) {
	hand, ids, _ := byIDs(t)
	wrongID := hand.Clone()
	wrongID.Participants[0].PersonID = "m2"
	tests := []struct {
		name string
		p    Programme
		want []finding
	}{
		{"unresolved", ids, []finding{
			{"participants[0].personId", "m1", "unresolvedPerson"},
			{"participants[1].personId", "e1", "unresolvedPerson"},
			{"participants[2].personId", "e2", "unresolvedPerson"},
		}},
		{"personId and person.id differ", wrongID, []finding{{"participants[0].person.id", "m2", "personIdConflict"}}},
	}
	for _, tc := range tests {
		list, ok := fault.List(tc.p.Validate())
		if !ok {
			t.Fatalf("%s: not FieldErrors", tc.name)
		}
		if diff := cmp.Diff(tc.want, findingsOf(list)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
	for _, e := range []error{ids.Validate()} {
		if !errors.Is(e, ErrMissing) {
			t.Errorf("unresolved: %v does not unwrap to ErrMissing", e)
		}
	}
	// Duplicates and lookups go by PersonID too.
	dup := ids.Clone()
	dup.Participants[2].PersonID = "e1"
	if !errors.Is(dup.Validate(), ErrDuplicate) {
		t.Error("a PersonID listed twice with one role is not a duplicate")
	}
	if q, ok := ids.Participant("e2"); !ok || q.PersonID != "e2" {
		t.Errorf("Participant(e2) = %+v, %v", q, ok)
	}
}

// TestProgrammeByIDsJSON: a programme by IDs round-trips as IDs and roles
// only, and resolves after decoding.
func TestProgrammeByIDsJSON(t *testing.T) {
	hand, ids, dir := byIDs(t)
	text := jsontest.RoundTrip(t, ids)
	if strings.Contains(text, `"person"`) || !strings.Contains(text, `{"personId":"e1","role":"mentee","hoursPerMonth":4}`) {
		t.Errorf("JSON by IDs:\n%s", text)
	}
	var back Programme
	if err := back.UnmarshalJSON([]byte(text)); err != nil {
		t.Fatal(err)
	}
	got, err := back.Resolve(dir)
	if err != nil {
		t.Fatal(err)
	}
	for i, q := range got.Participants {
		if diff := cmp.Diff(hand.Participants[i].Person, q.Person); diff != "" {
			t.Errorf("participant %d (-hand +decoded):\n%s", i, diff)
		}
	}
}

// FuzzResolve: participants by ID, some with a stated person, against a
// lenient directory read from the same bytes: never a panic, never a
// modified input, and a resolved programme's participants carry the
// directory's people.
func FuzzResolve(f *testing.F) {
	f.Add([]byte{0, 10, 1, 0, 2, 11}, []byte{0, 1, 12, 3})
	f.Fuzz(func(t *testing.T, dirData, partData []byte) {
		dir, err := NewDirectory(fuzzPeople(dirData), DirectoryLenient)
		if err != nil {
			t.Fatal(err)
		}
		p := Programme{ID: "p", Name: "P", Format: FormatOneToOne}
		for i, b := range partData {
			q := Participant{PersonID: fmt.Sprint("p", b%12), Role: RoleMentee}
			if b&0x80 != 0 {
				q.Person, _ = dir.Person(q.PersonID)
				q.Person.Department += string(rune('a' + i%2))
			}
			p.Participants = append(p.Participants, q)
		}
		before := p.Clone()
		got, err := p.Resolve(dir)
		if diff := cmp.Diff(before, p); diff != "" {
			t.Fatalf("input modified:\n%s", diff)
		}
		if err != nil {
			if _, ok := fault.List(err); !ok {
				t.Fatalf("not FieldErrors: %v", err)
			}
			return
		}
		for _, q := range got.Participants {
			want, ok := dir.Person(q.PersonID)
			if !ok || !cmp.Equal(want, q.Person) {
				t.Fatalf("%s resolved to %+v", q.PersonID, q.Person)
			}
		}
	})
}
