package matching

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// sparseErrorsOf returns the errors joined in err (or err itself).
func sparseErrorsOf(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

func TestCandidatesValidate(t *testing.T) {
	inf := math.Inf(1)
	ok := Candidates{Rows: 2, Cols: 3, RowStart: []int{0, 2, 3}, Col: []int{2, 0, 1}, Value: []float64{1, inf, -4}}
	// Each case lists the problems Validate must report, as the
	// *CandidatesError (field, index, row) or *EntryError (row, col, value)
	// it returns, in order.
	type cand struct {
		Field      string
		Index, Row int
	}
	type entry struct {
		Row, Col int
		Err      error
	}
	tests := []struct {
		name    string
		c       Candidates
		obj     Objective
		cands   []cand
		entries []entry
	}{
		{name: "valid", c: ok, obj: Minimize},
		{name: "empty", c: Candidates{RowStart: []int{0}}, obj: Maximize},
		{name: "zero value", c: Candidates{}, obj: Minimize},
		{name: "no rows but candidates", c: Candidates{Cols: 1, Col: []int{0}, Value: []float64{1}}, obj: Minimize, cands: []cand{{"RowStart", -1, -1}}},
		{name: "negative rows", c: Candidates{Rows: -1, Cols: 2}, obj: Minimize, cands: []cand{{"Rows", -1, -1}}},
		{name: "negative cols", c: Candidates{Rows: 0, Cols: -2, RowStart: []int{0}}, obj: Minimize, cands: []cand{{"Cols", -1, -1}}},
		{name: "RowStart length", c: Candidates{Rows: 2, Cols: 2, RowStart: []int{0, 0}}, obj: Minimize, cands: []cand{{"RowStart", -1, -1}}},
		{
			name: "Value length and RowStart end",
			c:    Candidates{Rows: 1, Cols: 2, RowStart: []int{0, 1}, Col: []int{0, 1}, Value: []float64{1}},
			obj:  Minimize, cands: []cand{{"Value", -1, -1}, {"RowStart", 1, -1}},
		},
		{
			name: "RowStart not starting at 0 and decreasing",
			c:    Candidates{Rows: 3, Cols: 2, RowStart: []int{1, 2, 1, 2}, Col: []int{0, 1}, Value: []float64{1, 2}},
			obj:  Minimize, cands: []cand{{"RowStart", 0, -1}, {"RowStart", 2, -1}},
		},
		{
			name: "column out of range and duplicate",
			c:    Candidates{Rows: 2, Cols: 3, RowStart: []int{0, 3, 5}, Col: []int{1, 3, 1, -1, 2}, Value: []float64{1, 2, 3, 4, 5}},
			obj:  Minimize, cands: []cand{{"Col", 1, 0}, {"Col", 2, 0}, {"Col", 3, 1}},
		},
		{
			name: "NaN and wrong-sign infinity when minimising",
			c:    Candidates{Rows: 2, Cols: 2, RowStart: []int{0, 1, 2}, Col: []int{1, 0}, Value: []float64{math.NaN(), -inf}},
			obj:  Minimize, entries: []entry{{0, 1, ErrNaN}, {1, 0, ErrForbiddenSign}},
		},
		{
			name: "+Inf when maximising",
			c:    Candidates{Rows: 1, Cols: 2, RowStart: []int{0, 2}, Col: []int{1, 0}, Value: []float64{-inf, inf}},
			obj:  Maximize, entries: []entry{{0, 0, ErrForbiddenSign}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := sparseClone(tc.c)
			err := tc.c.Validate(tc.obj)
			if diff := cmp.Diff(before, tc.c, cmp.Comparer(sparseSameFloat)); diff != "" {
				t.Fatalf("Validate modified its input (-before +after):\n%s", diff)
			}
			if len(tc.cands)+len(tc.entries) == 0 {
				require.NoError(t, err)
				return
			}
			require.Error(t, err)
			var gotC []cand
			var gotE []entry
			for _, e := range sparseErrorsOf(err) {
				var ce *CandidatesError
				var ee *EntryError
				switch {
				case errors.As(e, &ce):
					require.ErrorIs(t, e, ErrCandidates)
					require.NotEmpty(t, ce.Reason)
					gotC = append(gotC, cand{ce.Field, ce.Index, ce.Row})
				case errors.As(e, &ee):
					gotE = append(gotE, entry{ee.Row, ee.Col, ee.Err})
				default:
					t.Fatalf("unexpected error %T: %v", e, e)
				}
			}
			if diff := cmp.Diff(tc.cands, gotC); diff != "" {
				t.Errorf("structural problems (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.entries, gotE, cmp.Comparer(func(a, b error) bool { return a == b })); diff != "" {
				t.Errorf("entry problems (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCandidatesValidateMessages(t *testing.T) {
	c := Candidates{Rows: 1, Cols: 3, RowStart: []int{0, 2}, Col: []int{2, 5}, Value: []float64{1, 2}}
	err := c.Validate(Minimize)
	require.EqualError(t, err, "matching: malformed candidates: Col[1] (row 0): column 5 out of range [0, 3)")
	err = Candidates{Rows: 1, Cols: 1, RowStart: []int{0, 1}, Col: []int{0}, Value: []float64{1}}.Validate(Objective(3))
	require.ErrorIs(t, err, ErrObjective)
}

// TestCandidatesValidateCapsProblems checks that a huge bad input gives a
// short error: 16 problems listed and a count of the rest.
func TestCandidatesValidateCapsProblems(t *testing.T) {
	const n = 100
	c := Candidates{Rows: 1, Cols: 1, RowStart: []int{0, n}, Col: make([]int, n), Value: make([]float64, n)}
	for q := range c.Value {
		c.Value[q] = math.NaN()
	}
	err := c.Validate(Minimize)
	errs := sparseErrorsOf(err)
	require.Len(t, errs, sparseMaxProblems+1)
	require.ErrorIs(t, err, ErrNaN)
	require.ErrorIs(t, err, ErrCandidates) // duplicates of column 0
	require.True(t, strings.Contains(errs[sparseMaxProblems].Error(), "more problem(s)"), "%v", errs[sparseMaxProblems])
}

func TestCandidatesValidateMagnitude(t *testing.T) {
	c := Candidates{Rows: 1, Cols: 2, RowStart: []int{0, 2}, Col: []int{0, 1}, Value: []float64{1, -2 * MaxMagnitude}}
	err := c.Validate(Minimize)
	require.ErrorIs(t, err, ErrRange)
	var e *EntryError
	require.ErrorAs(t, err, &e)
	require.Equal(t, EntryError{Row: 0, Col: 1, Value: -2 * MaxMagnitude, Err: ErrRange}, *e)
	c.Value[1] = -MaxMagnitude
	require.NoError(t, c.Validate(Minimize))
}
