package problems_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"gonum.org/v1/gonum/mat"

	"github.com/mentorkit/mentorkit/matching"
	"github.com/mentorkit/mentorkit/mentoring"
	"github.com/mentorkit/mentorkit/problems"
)

func TestList(t *testing.T) {
	sentinel := errors.New("pkg: bad")
	a := &mentoring.FieldError{Field: "people[0].id", ID: "p1", Code: "required", Err: sentinel,
		Text: problems.Text{EN: "is required", NL: "is verplicht"}}
	b := &mentoring.FieldError{Field: "x[2]", Code: "notFinite", Err: sentinel,
		Text: problems.Text{EN: "is not a finite number", NL: "is geen eindig getal"}}
	trans := &mentoring.TransitionError{RelationshipID: "r1", From: mentoring.StateCompleted, To: mentoring.StateActive}
	pa := problems.Problem{Field: "people[0].id", ID: "p1", Code: "required", Message: problems.Text{EN: "is required", NL: "is verplicht"}}
	pb := problems.Problem{Field: "x[2]", Code: "notFinite", Message: problems.Text{EN: "is not a finite number", NL: "is geen eindig getal"}}
	plain := func(s string) problems.Problem { return problems.Problem{Message: problems.Text{EN: s, NL: s}} }
	tests := []struct {
		name string
		err  error
		want []problems.Problem
	}{
		{"nil", nil, nil},
		{"one", a, []problems.Problem{pa}},
		{"joined in order", errors.Join(b, a), []problems.Problem{pb, pa}},
		{"wrapped join", fmt.Errorf("loading: %w", errors.Join(a, nil, b)), []problems.Problem{pa, pb}},
		{"nested joins", errors.Join(errors.Join(a), fmt.Errorf("ctx: %w", b)), []problems.Problem{pa, pb}},
		{"plain sentinel", sentinel, []problems.Problem{plain("pkg: bad")}},
		{"wrapped sentinel keeps the wrapper's text", fmt.Errorf("step 2: %w", sentinel), []problems.Problem{plain("step 2: pkg: bad")}},
		{"mixed", errors.Join(a, errors.New("disk full")), []problems.Problem{pa, plain("disk full")}},
		{"typed error with a code", fmt.Errorf("x: %w", trans), []problems.Problem{{Code: trans.Code(),
			Message: problems.Text{EN: trans.Message(false), NL: trans.Message(true)}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if d := cmp.Diff(tc.want, problems.List(tc.err)); d != "" {
				t.Errorf("List (-want +got):\n%s", d)
			}
		})
	}
}

// A NaN entry for the solver is a matching.EntryError: code "notANumber",
// messages from the solver package.
func TestListSolver(t *testing.T) {
	_, err := matching.Assign(mat.NewDense(2, 2, []float64{1, math.NaN(), 3, 4}), matching.Minimize)
	got := problems.List(err)
	if len(got) != 1 || got[0].Code != "notANumber" || got[0].Message.EN == "" || got[0].Message.NL == got[0].Message.EN {
		t.Fatalf("List = %+v, want one notANumber problem in two languages", got)
	}
}

func TestJSON(t *testing.T) {
	got, err := json.Marshal(problems.List(errors.Join(&mentoring.FieldError{Field: "f", Code: "c", Text: problems.Text{EN: "e", NL: "n"}}, errors.New("x"))))
	if err != nil {
		t.Fatal(err)
	}
	want := `[{"field":"f","code":"c","message":{"en":"e","nl":"n"}},{"message":{"en":"x","nl":"x"}}]`
	if string(got) != want {
		t.Errorf("JSON = %s, want %s", got, want)
	}
	var back []problems.Problem
	if err := json.Unmarshal(got, &back); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(problems.List(errors.Join(&mentoring.FieldError{Field: "f", Code: "c", Text: problems.Text{EN: "e", NL: "n"}}, errors.New("x"))), back); d != "" {
		t.Error(d)
	}
}

func FuzzList(f *testing.F) {
	f.Add("a", "b", 2)
	f.Fuzz(func(t *testing.T, field, msg string, depth int) {
		var err error = &mentoring.FieldError{Field: field, Text: problems.Text{EN: msg, NL: msg}}
		for i := 0; i < depth%8; i++ {
			err = errors.Join(err, fmt.Errorf("w: %w", errors.New(msg)))
		}
		if got := problems.List(err); len(got) != 1+max(depth%8, 0) {
			t.Fatalf("%d problems for depth %d", len(got), depth)
		}
	})
}
