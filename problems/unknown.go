package problems

import (
	"errors"
	"reflect"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
)

// FieldError is the field error every mentorkit package returns (the same
// type as mentoring.FieldError, pairing.FieldError, …).
type FieldError = fault.Error

// ErrUnknownMember is the sentinel of the field errors [UnknownMembers]
// returns.
var ErrUnknownMember = errors.New("mentorkit: unknown JSON member")

// messages are the package's field-error messages.
var messages = []fault.Message{msgUnknownMember}

var msgUnknownMember = fault.Message{
	Code: "unknownMember", Err: ErrUnknownMember,
	EN: "is not a field read here (misspelt, or from another version?)",
	NL: "is geen veld dat hier wordt gelezen (verkeerd gespeld, of uit een andere versie?)",
}

// UnknownMembers reports the members of the JSON document data that
// decoding it into v would ignore. mentorkit's types, like encoding/json,
// skip object members none of their fields reads, so a misspelt
// "nmae" deep inside a programme decodes without a word; a service that
// wants to refuse such input calls UnknownMembers after decoding.
//
// v is the value decoded into, or a pointer to it (only its type is
// used). The result is nil, or one [FieldError] per ignored member, joined,
// in key order within each object and document order across lists, with
// the member's JSON path as Field ("participants[0].person.nmae") and the
// code "unknownMember" (sentinel [ErrUnknownMember]); [List] flattens it.
// Members are matched to fields as decoding matches them (the exact name,
// else one equal up to case). Values read as text (times, enums),
// free-form values (any, json.RawMessage, map values of a string type)
// are not looked into; a document that does not decode into v is not
// checked beyond what has the expected shape, so decode first.
func UnknownMembers(data []byte, v any) error {
	if v == nil {
		return nil
	}
	var errs []error
	for _, path := range jsonx.Unknown(data, reflect.TypeOf(v)) {
		errs = append(errs, msgUnknownMember.New(path, "", nil))
	}
	return errors.Join(errs...)
}
