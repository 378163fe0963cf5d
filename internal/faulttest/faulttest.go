package faulttest

import (
	"errors"
	"testing"

	"github.com/mentorkit/mentorkit/internal/fault"
)

// Require fails t unless err holds (anywhere in its tree, as
// [fault.List] flattens it) a [*fault.Error] at field with code, and
// returns it. It reports, without stopping, one whose English or Dutch
// text is empty; when err holds no field error at all it says so, so a
// plain error is told apart from one at another field.
func Require(t testing.TB, err error, field, code string) *fault.Error {
	t.Helper()
	list, _ := fault.List(err)
	for _, fe := range list {
		if fe.Field == field && fe.Code == code {
			if fe.Text.EN == "" || fe.Text.NL == "" {
				t.Errorf("%s: %s has no English or Dutch text", field, code)
			}
			return fe
		}
	}
	var fe *fault.Error
	if !errors.As(err, &fe) {
		t.Fatalf("%v (%T) holds no *FieldError", err, err)
	}
	t.Fatalf("no %s error at %s in %v", code, field, err)
	return nil
}
