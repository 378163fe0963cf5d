package enum

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/mentorkit/mentorkit/internal/fault"
)

type format uint8

var formatTable = New[format]("format", "", "oneToOne", "reverseMentor")

func (f format) String() string                { return formatTable.String(f) }
func (f format) MarshalText() ([]byte, error)  { return formatTable.Marshal(f) }
func (f *format) UnmarshalText(b []byte) error { return formatTable.Unmarshal(b, f) }

type objective int

var objectiveTable = New[objective]("objective", "minimize", "maximize")

func TestTextAndJSON(t *testing.T) {
	type holder struct {
		F format `json:"f,omitempty"`
	}
	b, err := json.Marshal(holder{F: 2})
	if err != nil || string(b) != `{"f":"reverseMentor"}` {
		t.Fatalf("Marshal = %s, %v", b, err)
	}
	if b, _ := json.Marshal(holder{}); string(b) != `{}` {
		t.Errorf("unset with omitempty = %s, want {}", b)
	}
	for _, in := range []string{"reverseMentor", "REVERSEMENTOR", " reversementor "} {
		var h holder
		if err := json.Unmarshal([]byte(`{"f":"`+in+`"}`), &h); err != nil || h.F != 2 {
			t.Errorf("%q: got %v, %v", in, h.F, err)
		}
	}
	if format(0).String() != "unset" || format(9).String() != "format(9)" {
		t.Errorf("String: %q %q", format(0), format(9))
	}
	if objectiveTable.String(0) != "minimize" || objectiveTable.String(-1) != "objective(-1)" {
		t.Error("a named zero value is not its name")
	}
}

func TestUnknownIsAnError(t *testing.T) {
	f := format(1)
	err := f.UnmarshalText([]byte("klingon"))
	var fe *fault.Error
	if !errors.Is(err, ErrUnknown) || !errors.As(err, &fe) || fe.Code != "unknownEnum" || f != 1 {
		t.Fatalf("err = %v, f = %v", err, f)
	}
	if want := `mentorkit: format = "klingon": is not a format; use one of "oneToOne", "reverseMentor"`; err.Error() != want {
		t.Errorf("got  %s\nwant %s", err, want)
	}
	if _, err := format(7).MarshalText(); !errors.Is(err, ErrUnknown) {
		t.Errorf("undeclared value marshals: %v", err)
	}
	if _, err := objectiveTable.Marshal(-1); !errors.Is(err, ErrUnknown) {
		t.Errorf("negative value marshals: %v", err)
	}
	if err := fault.CheckTable([]fault.Message{msgUndeclared, msgUnknownText}); err != nil {
		t.Error(err)
	}
}
