package faulttest

import (
	"errors"
	"fmt"
	"testing"

	"github.com/mentorkit/mentorkit/internal/fault"
)

// recorder is a testing.TB that records failures instead of stopping the
// test, so Require's own failures can be checked.
type recorder struct {
	testing.TB
	failed, fatal bool
	msg           string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.failed, r.msg = true, fmt.Sprintf(format, args...)
}
func (r *recorder) Fatalf(format string, args ...any) {
	r.failed, r.fatal, r.msg = true, true, fmt.Sprintf(format, args...)
	panic(r) // stands in for runtime.Goexit
}

// run calls Require on a recorder and returns it with what Require gave.
func run(t *testing.T, err error, field, code string) (got *fault.Error, r *recorder) {
	r = &recorder{TB: t}
	defer func() {
		if p := recover(); p != nil && p != r {
			panic(p)
		}
	}()
	return Require(r, err, field, code), r
}

func TestRequire(t *testing.T) {
	sentinel := errors.New("bad")
	a := &fault.Error{Field: "people[0].id", ID: "p1", Code: "required", Err: sentinel, Text: fault.Text{EN: "is required", NL: "is verplicht"}}
	b := &fault.Error{Field: "people[1].name", ID: "p2", Code: "tooLong", Err: sentinel, Text: fault.Text{EN: "is too long", NL: "is te lang"}}
	joined := fmt.Errorf("check: %w", errors.Join(a, b))

	if got, r := run(t, joined, "people[1].name", "tooLong"); r.failed || got != b {
		t.Errorf("found %v (failed %v: %s), want the second error", got, r.failed, r.msg)
	}
	if _, r := run(t, joined, "people[1].name", "required"); !r.fatal {
		t.Error("a code at another field passed")
	}
	if _, r := run(t, errors.New("plain"), "x", "y"); !r.fatal || r.msg != "plain (*errors.errorString) holds no *FieldError" {
		t.Errorf("plain error: fatal %v, %q", r.fatal, r.msg)
	}
	noDutch := &fault.Error{Field: "f", Code: "c", Err: sentinel, Text: fault.Text{EN: "only English"}}
	if got, r := run(t, noDutch, "f", "c"); !r.failed || r.fatal || got != noDutch {
		t.Errorf("missing Dutch: failed %v, fatal %v", r.failed, r.fatal)
	}
}
