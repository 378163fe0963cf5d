package mentoring

import (
	"reflect"

	"github.com/mentorkit/mentorkit/internal/fault"
)

// The messages of participants that refer to the directory by PersonID;
// listed in directoryMessages.
var (
	msgUnresolvedPerson = fault.Message{Code: "unresolvedPerson", Err: ErrMissing,
		EN: "refers to the directory: fill in the person with Programme.Resolve first",
		NL: "verwijst naar het personeelsbestand; vul de gegevens eerst aan met Programme.Resolve"}
	msgPersonIDConflict = fault.Message{Code: "personIdConflict", Err: ErrDuplicate,
		EN: "differs from the participant's personId %q", NL: "wijkt af van het personId %q van de deelnemer"}
	msgPersonNotInDirectory = fault.Message{Code: "personNotInDirectory", Err: ErrUnknownReference,
		EN: "names nobody in the directory: the participant's person cannot be filled in",
		NL: "verwijst naar niemand in het personeelsbestand; de gegevens van de deelnemer zijn niet aan te vullen"}
	msgPersonConflict = fault.Message{Code: "personConflict", Err: ErrDuplicate,
		EN: "differs from the directory's %v", NL: "wijkt af van het personeelsbestand (daar %v)"}
)

// Resolve returns a copy of the programme whose participants that refer
// to the directory by PersonID carry the directory's person (a deep copy
// of [Directory.Person]), so a stored programme can hold only IDs, roles
// and what is particular to the programme. Participants without a
// PersonID keep their own Person unchanged ([Programme.CheckDirectory]
// checks those against d). p is not modified.
//
// Errors, joined in participant order, each a *FieldError naming the
// person: a PersonID that names nobody in d ("personNotInDirectory",
// ErrUnknownReference, field "participants[i].personId"), in a lenient
// directory too, since there is no person to fill in; and a participant
// that states its own Person next to its PersonID whose fields differ from
// the directory's ("personConflict", ErrDuplicate, one error per field,
// "participants[i].person.department"; slices and maps compare by
// content, an empty one equals a missing one). On error Resolve returns
// the zero Programme. A nil directory knows nobody. Resolve checks only
// the references: call [Programme.Validate] on the result.
func (p Programme) Resolve(d *Directory) (Programme, error) {
	var v validator
	out := p.Clone()
	for i := range out.Participants {
		q := &out.Participants[i]
		if q.PersonID == "" {
			continue
		}
		restore := v.about(q.PersonID)
		qp := index("participants", i)
		known, ok := d.Person(q.PersonID)
		switch {
		case !ok:
			v.add(field(qp, "personId"), q.PersonID, msgPersonNotInDirectory)
		case q.Person.isZero():
			q.Person = known
		default:
			diffPerson(&v, field(qp, "person"), q.Person, known)
		}
		restore()
	}
	if err := v.err(); err != nil {
		return Programme{}, err
	}
	return out, nil
}

// isZero reports whether p is the zero Person: nothing stated.
func (p Person) isZero() bool { return reflect.ValueOf(p).IsZero() }

// diffPerson reports each field in which the stated person differs from
// the directory's, in declaration order, by JSON name.
func diffPerson(v *validator, path string, stated, known Person) {
	s, k := reflect.ValueOf(stated), reflect.ValueOf(known)
	t := s.Type()
	for i := range t.NumField() {
		a, b := s.Field(i), k.Field(i)
		if sameValue(a, b) {
			continue
		}
		name := t.Field(i).Tag.Get("json")
		for j := range len(name) {
			if name[j] == ',' {
				name = name[:j]
				break
			}
		}
		v.add(field(path, name), a.Interface(), msgPersonConflict, b.Interface())
	}
}

// sameValue reports whether two field values agree: empty slices and maps
// equal missing ones, pointers compare what they point to.
func sameValue(a, b reflect.Value) bool {
	switch a.Kind() {
	case reflect.Slice, reflect.Map:
		if a.Len() == 0 && b.Len() == 0 {
			return true
		}
	}
	return reflect.DeepEqual(a.Interface(), b.Interface())
}
