package mentoring

import (
	"fmt"
	"testing"
)

// fuzzPeople reads people from data, two bytes each: the ID p0..p9 and the
// manager (p0..p9, none, or "zz" who is nobody); the department from the
// high bits.
func fuzzPeople(data []byte) []Person {
	var out []Person
	for i := 0; i+1 < len(data) && len(out) < 64; i += 2 {
		p := Person{ID: fmt.Sprint("p", data[i]%10), Name: "N", Department: fmt.Sprint("d", data[i]>>6)}
		switch m := data[i+1] % 12; m {
		case 10:
		case 11:
			p.ManagerID = "zz"
		default:
			p.ManagerID = fmt.Sprint("p", m)
		}
		out = append(out, p)
	}
	return out
}

// naiveAbove answers "is a among b's first k managers?" by walking b's
// chain one manager at a time, the slow way: unknown at the first link
// that cannot be followed (a person listed twice with another manager, a
// manager who is nobody or themselves, a member of a cycle).
func naiveAbove(people []Person, a, b string, k int) Answer {
	first := map[string]Person{}
	ambig := map[string]bool{}
	for _, p := range people {
		if q, ok := first[p.ID]; ok {
			if q.ManagerID != p.ManagerID || termKey(q.Department) != termKey(p.Department) {
				ambig[p.ID] = true
			}
			continue
		}
		first[p.ID] = p
	}
	if _, ok := first[a]; !ok {
		return AnswerUnknown
	}
	if _, ok := first[b]; !ok {
		return AnswerUnknown
	}
	if a == b {
		return AnswerNo
	}
	inCycle := func(id string) bool {
		cur := id
		for range len(first) + 1 {
			p := first[cur]
			if _, ok := first[p.ManagerID]; !ok || ambig[cur] {
				return false
			}
			cur = p.ManagerID
			if cur == id {
				return true
			}
		}
		return false
	}
	cur := b
	for range k {
		p := first[cur]
		if p.ManagerID == "" && !ambig[cur] {
			return AnswerNo
		}
		if _, ok := first[p.ManagerID]; !ok || ambig[cur] || p.ManagerID == cur || inCycle(cur) {
			return AnswerUnknown
		}
		if p.ManagerID == a {
			return AnswerYes
		}
		cur = p.ManagerID
	}
	return AnswerNo
}

// FuzzDirectory: building never panics, strict fails exactly when lenient
// finds something, every finding names a person's field, and every
// within-k answer equals the slow walk's, and Near agrees with
// ReportingLine.
func FuzzDirectory(f *testing.F) {
	f.Add([]byte{0, 10, 1, 0, 2, 1, 3, 11})
	f.Add([]byte{0, 1, 1, 0, 2, 2})
	f.Add([]byte{0, 10, 0, 1, 1, 0, 65, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		people := fuzzPeople(data)
		d, err := NewDirectory(people, DirectoryLenient)
		if err != nil {
			t.Fatal(err)
		}
		_, strictErr := NewDirectory(people, DirectoryStrict)
		if (strictErr != nil) != (len(d.Findings()) > 0) {
			t.Fatalf("strict %v but %d lenient findings", strictErr, len(d.Findings()))
		}
		for _, fd := range d.Findings() {
			if fd.Field == "" || fd.Code == "" {
				t.Fatalf("finding without field or code: %v", fd)
			}
		}
		for i := range 10 {
			for j := range 10 {
				a, b := fmt.Sprint("p", i), fmt.Sprint("p", j)
				for k := range 4 {
					if got, want := d.WithinLevels(a, b, k), naiveAbove(people, a, b, k); got != want {
						t.Fatalf("WithinLevels(%s, %s, %d) = %v, slow walk %v", a, b, k, got, want)
					}
					pa, _ := d.Place(a)
					pb, _ := d.Place(b)
					if near, either := pa.Near(pb, k), d.ReportingLine(a, b, k) != AnswerNo; a != b && k >= 1 && near != either {
						t.Fatalf("Near(%s, %s, %d) = %v, ReportingLine says %v", a, b, k, near, d.ReportingLine(a, b, k))
					}
				}
			}
		}
	})
}
