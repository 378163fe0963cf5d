package mentoring

import (
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsontest"
)

// dirPeople builds people from "id:manager:department" triples.
func dirPeople(specs ...string) []Person {
	out := make([]Person, len(specs))
	for i, s := range specs {
		var id, mgr, dept string
		parts := splitColon(s)
		id = parts[0]
		if len(parts) > 1 {
			mgr = parts[1]
		}
		if len(parts) > 2 {
			dept = parts[2]
		}
		out[i] = Person{ID: id, Name: "N " + id, ManagerID: mgr, Department: dept}
	}
	return out
}

func splitColon(s string) []string {
	var out []string
	start := 0
	for i := range len(s) {
		if s[i] == ':' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// chain returns n people p0 ← p1 ← … ← p(n-1): each manages the next.
func chain(n int) []Person {
	out := make([]Person, n)
	for i := range out {
		out[i] = Person{ID: fmt.Sprintf("p%05d", i), Name: "P"}
		if i > 0 {
			out[i].ManagerID = out[i-1].ID
		}
	}
	return out
}

// finding is what the tests compare of a finding.
type finding struct {
	Field, ID, Code string
}

func findingsOf(list []*FieldError) []finding {
	var out []finding
	for _, f := range list {
		out = append(out, finding{f.Field, f.ID, f.Code})
	}
	return out
}

func TestDirectoryMessages(t *testing.T) {
	if err := fault.CheckTable(append(slices.Clone(messages), directoryMessages...)); err != nil {
		t.Fatal(err)
	}
}

// TestDirectoryBroken: each broken export is an error naming the person in
// strict mode and the same problems as findings in lenient mode, with the
// reporting lines they touch broken.
func TestDirectoryBroken(t *testing.T) {
	tests := []struct {
		name     string
		people   []Person
		want     []finding
		sentinel error
		broken   []string // people whose chain is broken (lenient)
		known    []string // people whose chain is known (lenient)
	}{
		{"dangling manager", dirPeople("a", "b:a", "c:zz", "d:c"),
			[]finding{{"people[2].managerId", "c", "unknownManager"}}, ErrUnknownReference,
			[]string{"c", "d"}, []string{"a", "b"}},
		{"two-person cycle", dirPeople("a", "x:y", "y:x", "z:y"),
			[]finding{{"people[1].managerId", "x", "managerCycle"}, {"people[2].managerId", "y", "managerCycle"}}, ErrReportingCycle,
			[]string{"x", "y", "z"}, []string{"a"}},
		{"self-manager", dirPeople("a", "s:s", "t:s"),
			[]finding{{"people[1].managerId", "s", "ownManager"}}, ErrOutOfRange,
			[]string{"s", "t"}, []string{"a"}},
		{"duplicate, same line", dirPeople("a", "b:a", "b:a"),
			[]finding{{"people[2].id", "b", "duplicatePerson"}}, ErrDuplicate,
			nil, []string{"a", "b"}},
		{"duplicate, other manager", dirPeople("a", "c", "b:a", "b:c", "e:b"),
			[]finding{{"people[2].id", "b", "ambiguousPerson"}}, ErrDuplicate,
			[]string{"b", "e"}, []string{"a", "c"}},
		{"no ID", dirPeople("a", ":a", " b:a"),
			[]finding{{"people[0].id", "", "required"}, {"people[1].id", " b", "padded"}}, ErrMissing,
			nil, []string{"a"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewDirectory(tc.people, DirectoryStrict)
			list, ok := fault.List(err)
			if !ok || err == nil {
				t.Fatalf("strict: %v, want FieldErrors", err)
			}
			if diff := cmp.Diff(tc.want, findingsOf(list)); diff != "" {
				t.Errorf("strict errors (-want +got):\n%s", diff)
			}
			if !errors.Is(err, tc.sentinel) {
				t.Errorf("strict: errors.Is(%v) false", tc.sentinel)
			}
			d, err := NewDirectory(tc.people, DirectoryLenient)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, findingsOf(d.Findings())); diff != "" {
				t.Errorf("lenient findings (-want +got):\n%s", diff)
			}
			for _, id := range tc.broken {
				if d.ChainKnown(id) {
					t.Errorf("ChainKnown(%s) = true, want broken", id)
				}
			}
			for _, id := range tc.known {
				if !d.ChainKnown(id) {
					t.Errorf("ChainKnown(%s) = false, want known", id)
				}
			}
			jsontest.RoundTrip(t, d, cmp.AllowUnexported(Directory{}, Place{}))
		})
	}
}

// TestDirectoryQuestions: the answers on a small chart with one broken
// line. The chart:
//
//	ceo ← cto ← dev1, dev2        (IT)
//	ceo ← cfo ← acc               (Finance)
//	typo → "cto2" (nobody) ← intern
func TestDirectoryQuestions(t *testing.T) {
	d, err := NewDirectory(dirPeople("ceo", "cto:ceo:IT", "dev1:cto:IT", "dev2:cto:it", "cfo:ceo:Finance", "acc:cfo:Finance", "typo:cto2:IT", "intern:typo:IT"), DirectoryLenient)
	if err != nil {
		t.Fatal(err)
	}
	const Y, N, U = AnswerYes, AnswerNo, AnswerUnknown
	tests := []struct {
		q    string
		got  Answer
		want Answer
	}{
		{"cto manages dev1", d.WithinLevels("cto", "dev1", 1), Y},
		{"ceo not within 1 of dev1", d.WithinLevels("ceo", "dev1", 1), N},
		{"ceo within 2 of dev1", d.WithinLevels("ceo", "dev1", 2), Y},
		{"dev1 not above cto", d.WithinLevels("dev1", "cto", 5), N},
		{"nobody above themselves", d.WithinLevels("cto", "cto", 5), N},
		{"ceo is skip-level of dev1", d.SkipLevel("ceo", "dev1"), Y},
		{"cto is not skip-level of dev1", d.SkipLevel("cto", "dev1"), N},
		{"ceo ancestor of acc", d.IsAncestor("ceo", "acc"), Y},
		{"cfo not ancestor of dev2", d.IsAncestor("cfo", "dev2"), N},
		{"same manager", d.SameManager("dev1", "dev2"), Y},
		{"other manager", d.SameManager("dev1", "acc"), N},
		{"same department as terms", d.SameDepartment("dev1", "dev2"), Y},
		{"other department", d.SameDepartment("dev1", "acc"), N},
		// The broken line: typo's manager names nobody.
		{"typo's manager unknown: cto might be it", d.WithinLevels("cto", "typo", 1), U},
		{"ceo might be above typo", d.ReportingLine("ceo", "typo", 2), U},
		{"typo manages intern: known below the break", d.WithinLevels("typo", "intern", 1), Y},
		{"intern's first level is known", d.WithinLevels("cto", "intern", 1), N},
		{"intern's second level is not", d.WithinLevels("cto", "intern", 2), U},
		{"intern is not above ceo", d.WithinLevels("intern", "ceo", 3), N},
		{"both directions: ceo and intern", d.ReportingLine("ceo", "intern", 2), U},
		{"unknown person", d.WithinLevels("ghost", "dev1", 2), U},
		{"unknown person's department", d.SameDepartment("ghost", "dev1"), U},
		{"same dangling manager is the same manager", d.SameManager("typo", "typo"), Y},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.q, tc.got, tc.want)
		}
	}
	depth, known := d.Depth("dev1")
	if depth != 2 || !known {
		t.Errorf("Depth(dev1) = %d, %v; want 2, true", depth, known)
	}
	depth, known = d.Depth("intern")
	if depth != 1 || known {
		t.Errorf("Depth(intern) = %d, %v; want 1, false", depth, known)
	}
	if d.ChainKnown("dev1", "intern") || !d.ChainKnown("dev1", "acc") {
		t.Error("ChainKnown wrong")
	}
}

// TestDirectoryDeepChain: a 10,000-deep chain builds without recursion,
// and its ends are 9,999 levels apart.
func TestDirectoryDeepChain(t *testing.T) {
	people := chain(10000)
	slices.Reverse(people) // input order must not matter
	d, err := NewDirectory(people, DirectoryStrict)
	if err != nil {
		t.Fatal(err)
	}
	top, bottom := "p00000", "p09999"
	if got := d.WithinLevels(top, bottom, 9998); got != AnswerNo {
		t.Errorf("within 9998 = %v, want no", got)
	}
	if got := d.WithinLevels(top, bottom, 9999); got != AnswerYes {
		t.Errorf("within 9999 = %v, want yes", got)
	}
	if depth, known := d.Depth(bottom); depth != 9999 || !known {
		t.Errorf("Depth = %d, %v", depth, known)
	}
	// Close the chain into a 10,000-person cycle: every member is a finding.
	people[len(people)-1].ManagerID = bottom
	d, err = NewDirectory(people, DirectoryLenient)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(d.Findings()); n != 10000 {
		t.Errorf("%d findings, want 10000", n)
	}
	if got := d.IsAncestor(top, bottom); got != AnswerUnknown {
		t.Errorf("IsAncestor in a cycle = %v, want unknown", got)
	}
}

// TestDirectoryOrder: the same people in any order give the same directory
// and findings; the input is not modified.
func TestDirectoryOrder(t *testing.T) {
	people := dirPeople("b:a", "a", "c:zz", "x:y", "y:x", "d:d", "b:q")
	before := slices.Clone(people)
	d1, err := NewDirectory(people, DirectoryLenient)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(before, people); diff != "" {
		t.Fatalf("input modified:\n%s", diff)
	}
	rev := slices.Clone(people)
	slices.Reverse(rev)
	d2, err := NewDirectory(rev, DirectoryLenient)
	if err != nil {
		t.Fatal(err)
	}
	// Only the duplicate b keeps input order, so compare the rest.
	want, got := findingsOf(d1.Findings()), findingsOf(d2.Findings())
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings depend on order (-first +reversed):\n%s", diff)
	}
}

func TestDirectoryMode(t *testing.T) {
	if _, err := NewDirectory(nil, DirectoryMode(9)); !errors.Is(err, ErrUnknownEnum) {
		t.Errorf("mode 9: %v", err)
	}
	d, err := NewDirectory(nil, 0)
	if err != nil || d.Mode() != DirectoryStrict || d.Len() != 0 {
		t.Errorf("zero mode: %v, %v", d.Mode(), err)
	}
	var nilDir *Directory
	if nilDir.WithinLevels("a", "b", 1) != AnswerUnknown || nilDir.Len() != 0 || nilDir.ChainKnown("a") {
		t.Error("nil directory must answer unknown")
	}
	jsontest.RoundTrip(t, d, cmp.AllowUnexported(Directory{}, Place{}))
}

func BenchmarkDirectory(b *testing.B) {
	// 100,000 people: a 10,000-deep chain and 90,000 more in a tree with a
	// span of 8 under its top.
	people := chain(10000)
	for i := 10000; i < 100000; i++ {
		mgr := people[(i-10000)/8].ID
		people = append(people, Person{ID: fmt.Sprintf("q%06d", i), Name: "Q", ManagerID: mgr})
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewDirectory(people, DirectoryStrict); err != nil {
			b.Fatal(err)
		}
	}
}

// TestCheckDirectory: a programme's participants against the directory:
// one missing, one with another manager, one listed twice (checked once).
func TestCheckDirectory(t *testing.T) {
	d, err := NewDirectory(dirPeople("m1", "e1:m1", "e2:m1"), DirectoryStrict)
	if err != nil {
		t.Fatal(err)
	}
	p := testProgramme() // m1, e1, e2, none with a manager
	if err := p.CheckDirectory(d); err != nil {
		t.Fatalf("managers left empty: %v", err)
	}
	p.Participants[1].Person.ManagerID = "e2"                                                 // e1: not the directory's m1
	p.Participants = append(p.Participants, testParticipant("x", RoleMentee, LevelJunior, 1)) // nobody
	p.Participants = append(p.Participants, testParticipant("e1", RoleMentor, LevelJunior, 1))
	list, ok := fault.List(p.CheckDirectory(d))
	if !ok {
		t.Fatal("not FieldErrors")
	}
	want := []finding{{"participants[1].person.managerId", "e1", "managerConflict"}, {"participants[3].person.id", "x", "notInDirectory"}}
	if diff := cmp.Diff(want, findingsOf(list)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	var nilDir *Directory
	if err := p.CheckDirectory(nilDir); !errors.Is(err, ErrUnknownReference) {
		t.Errorf("nil directory: %v", err)
	}
}
