package reliability

import (
	"errors"
	"testing"

	"github.com/mentorkit/mentorkit/internal/fault"
)

func TestMessageTable(t *testing.T) {
	if err := fault.CheckTable(messages); err != nil {
		t.Fatal(err)
	}
}

// requireField fails unless err holds a *FieldError at field with the given
// code.
func requireField(t *testing.T, err error, field, code string) *FieldError {
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
	var fe *FieldError
	if !errors.As(err, &fe) {
		t.Fatalf("%v (%T) holds no *FieldError", err, err)
	}
	t.Fatalf("no %s error at %s in %v", code, field, err)
	return nil
}
