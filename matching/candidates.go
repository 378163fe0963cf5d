package matching

import (
	"errors"
	"fmt"
	"math"
	"strconv"

	"github.com/mentorkit/mentorkit/internal/jsonx"
)

// Candidates is a sparse assignment problem in compressed sparse row (CSR)
// form: row i may take the columns Col[RowStart[i]:RowStart[i+1]] at the
// matching entries of Value; every pair that is not listed is forbidden.
//
// A valid Candidates value has Rows >= 0, Cols >= 0 (both at most
// MaxSparseDim), len(RowStart) == Rows+1, RowStart[0] == 0, RowStart
// non-decreasing, RowStart[Rows] == len(Col) == len(Value), every Col entry
// in [0, Cols) and no column listed twice in one row. With Rows == 0 the
// slices may all be nil (the zero value is the empty 0×0 problem). The
// columns of a row may come in any order, and the order does not change the
// result. A listed entry may also be forbidden explicitly: +Inf when
// minimising, -Inf when maximising (it is then treated as absent). NaN, the
// infinity of the wrong sign and finite values beyond ±MaxMagnitude are
// errors.
//
// The solver reads the slices and never modifies them. Building the CSR
// form from per-row candidate lists takes one pass: append each row's
// columns and values to Col and Value, then append len(Col) to RowStart
// (which starts as []int{0}).
//
// In JSON the keys are rows, cols, rowStart, col and value.
type Candidates struct {
	Rows     int       `json:"rows"`     // number of rows, >= 0
	Cols     int       `json:"cols"`     // number of columns, >= 0
	RowStart []int     `json:"rowStart"` // len Rows+1; row i's candidates are positions RowStart[i] to RowStart[i+1]-1
	Col      []int     `json:"col"`      // column of each candidate, in [0, Cols)
	Value    []float64 `json:"value"`    // value (cost or score) of each candidate
}

// MarshalJSON writes the candidates with the module's number rule.
func (c Candidates) MarshalJSON() ([]byte, error) { return jsonx.Marshal(c) }

// UnmarshalJSON reads what MarshalJSON writes.
func (c *Candidates) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, c) }

// MaxSparseDim is the largest Rows or Cols a Candidates value may have
// (the solver indexes rows and columns with 32-bit integers).
const MaxSparseDim = math.MaxInt32

// ErrCandidates means a Candidates value is malformed: wrong lengths, a
// RowStart that is not monotone, a column out of range or listed twice in one
// row. Errors returned for such input wrap it (see CandidatesError).
var ErrCandidates = errors.New("matching: malformed candidates")

// CandidatesError reports one structural problem of a Candidates value. It
// unwraps to ErrCandidates.
type CandidatesError struct {
	Field  string // "Rows", "Cols", "RowStart", "Col" or "Value"
	Index  int    // position in Field, or -1 when the problem is the field as a whole
	Row    int    // the row the position belongs to, or -1 when none applies
	Reason string // what is wrong, e.g. "column 7 out of range [0, 5)"
}

// Error implements the error interface.
func (e *CandidatesError) Error() string {
	where := e.Field
	if e.Index >= 0 {
		where += "[" + strconv.Itoa(e.Index) + "]"
	}
	if e.Row >= 0 {
		where += " (row " + strconv.Itoa(e.Row) + ")"
	}
	return fmt.Sprintf("%v: %s: %s", ErrCandidates, where, e.Reason)
}

// Unwrap returns ErrCandidates.
func (e *CandidatesError) Unwrap() error { return ErrCandidates }

// Code is the stable machine-readable name of the problem:
// "malformedCandidates".
func (e *CandidatesError) Code() string { return "malformedCandidates" }

// Message says where the problem is for people, in Dutch when dutch is set
// and in English otherwise; Reason itself stays in English.
func (e *CandidatesError) Message(dutch bool) string {
	where := e.Field
	if e.Index >= 0 {
		where += "[" + strconv.Itoa(e.Index) + "]"
	}
	if dutch {
		if e.Row >= 0 {
			where += " (rij " + strconv.Itoa(e.Row) + ")"
		}
		return "kandidaten " + where + " zijn onjuist: " + e.Reason
	}
	if e.Row >= 0 {
		where += " (row " + strconv.Itoa(e.Row) + ")"
	}
	return "candidates " + where + " are malformed: " + e.Reason
}

// sparseMaxProblems caps how many problems one validation reports; the rest
// are counted in a final error so that a huge bad input gives a short error.
const sparseMaxProblems = 16

// sparseProblems collects validation errors up to sparseMaxProblems.
type sparseProblems struct {
	errs    []error
	dropped int
}

func (p *sparseProblems) add(err error) {
	if len(p.errs) < sparseMaxProblems {
		p.errs = append(p.errs, err)
		return
	}
	p.dropped++
}

func (p *sparseProblems) err() error {
	if len(p.errs) == 0 {
		return nil
	}
	if p.dropped > 0 {
		p.errs = append(p.errs, fmt.Errorf("matching: %d more problem(s) not listed", p.dropped))
	}
	return errors.Join(p.errs...)
}

// Validate checks that c is well formed for the objective obj (AssignSparse
// may still find it infeasible) and returns nil or every problem it finds,
// in order, at most 16 of them listed and joined with errors.Join:
// *CandidatesError (ErrCandidates) for the structure, *EntryError (ErrNaN,
// ErrForbiddenSign, ErrRange for a finite value beyond ±MaxMagnitude) for
// values, and ErrObjective for an unknown objective. When the lengths or
// RowStart are unsound the rows cannot be read, so only those problems are
// reported. It runs in O(Rows + Cols + len(Col)) time, allocates one marker
// per column and never modifies c.
func (c Candidates) Validate(obj Objective) error {
	return c.validate(obj, nil)
}

// validate is Validate with a reusable marker buffer: when mark is not nil,
// *mark is used (and replaced when too short) so that a warm solver does not
// allocate.
func (c Candidates) validate(obj Objective, mark *[]int32) error {
	var p sparseProblems
	if !obj.valid() {
		p.add(fmt.Errorf("%w: %v", ErrObjective, obj))
	}
	if c.Rows < 0 || c.Rows > MaxSparseDim {
		p.add(&CandidatesError{Field: "Rows", Index: -1, Row: -1,
			Reason: fmt.Sprintf("%d out of range [0, %d]", c.Rows, MaxSparseDim)})
	}
	if c.Cols < 0 || c.Cols > MaxSparseDim {
		p.add(&CandidatesError{Field: "Cols", Index: -1, Row: -1,
			Reason: fmt.Sprintf("%d out of range [0, %d]", c.Cols, MaxSparseDim)})
	}
	if len(p.errs) > 0 {
		return p.err()
	}
	if c.Rows == 0 && len(c.RowStart) == 0 && len(c.Col) == 0 && len(c.Value) == 0 {
		return p.err() // the zero value with Cols set: an empty problem
	}
	if len(c.Col) != len(c.Value) {
		p.add(&CandidatesError{Field: "Value", Index: -1, Row: -1,
			Reason: fmt.Sprintf("length %d differs from len(Col) = %d", len(c.Value), len(c.Col))})
	}
	if len(c.RowStart) != c.Rows+1 {
		p.add(&CandidatesError{Field: "RowStart", Index: -1, Row: -1,
			Reason: fmt.Sprintf("length %d, want Rows+1 = %d", len(c.RowStart), c.Rows+1)})
		return p.err()
	}
	if c.RowStart[0] != 0 {
		p.add(&CandidatesError{Field: "RowStart", Index: 0, Row: -1,
			Reason: fmt.Sprintf("is %d, want 0", c.RowStart[0])})
	}
	for i := 0; i < c.Rows; i++ {
		if c.RowStart[i+1] < c.RowStart[i] {
			p.add(&CandidatesError{Field: "RowStart", Index: i + 1, Row: -1,
				Reason: fmt.Sprintf("decreases from %d to %d", c.RowStart[i], c.RowStart[i+1])})
		}
	}
	if c.RowStart[c.Rows] != len(c.Col) {
		p.add(&CandidatesError{Field: "RowStart", Index: c.Rows, Row: -1,
			Reason: fmt.Sprintf("is %d, want len(Col) = %d", c.RowStart[c.Rows], len(c.Col))})
	}
	if len(p.errs) > 0 {
		return p.err()
	}

	var marks []int32
	if mark != nil {
		marks = *mark
	}
	if cap(marks) < c.Cols {
		marks = make([]int32, c.Cols)
		if mark != nil {
			*mark = marks
		}
	}
	marks = marks[:c.Cols]
	clear(marks)
	wrong := math.Inf(-1) // the infinity of the wrong sign
	if obj == Maximize {
		wrong = math.Inf(1)
	}
	for i := 0; i < c.Rows; i++ {
		stamp := int32(i + 1)
		for q := c.RowStart[i]; q < c.RowStart[i+1]; q++ {
			j := c.Col[q]
			if j < 0 || j >= c.Cols {
				p.add(&CandidatesError{Field: "Col", Index: q, Row: i,
					Reason: fmt.Sprintf("column %d out of range [0, %d)", j, c.Cols)})
				continue
			}
			if marks[j] == stamp {
				p.add(&CandidatesError{Field: "Col", Index: q, Row: i,
					Reason: fmt.Sprintf("column %d listed twice in the row", j)})
			}
			marks[j] = stamp
			switch x := c.Value[q]; {
			case math.IsNaN(x):
				p.add(&EntryError{Row: i, Col: j, Value: x, Err: ErrNaN})
			case x == wrong:
				p.add(&EntryError{Row: i, Col: j, Value: x, Err: ErrForbiddenSign})
			case math.Abs(x) > MaxMagnitude && !math.IsInf(x, 0):
				p.add(&EntryError{Row: i, Col: j, Value: x, Err: ErrRange})
			}
		}
	}
	return p.err()
}
