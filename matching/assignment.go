package matching

import (
	"errors"
	"fmt"
	"strconv"
)

// Objective says whether an assignment minimises or maximises the total of
// its assigned entries.
type Objective int

const (
	// Minimize asks for the assignment with the smallest total; +Inf marks a
	// forbidden pair.
	Minimize Objective = iota
	// Maximize asks for the assignment with the largest total; -Inf marks a
	// forbidden pair.
	Maximize
)

// String returns "minimize" or "maximize".
func (o Objective) String() string {
	switch o {
	case Minimize:
		return "minimize"
	case Maximize:
		return "maximize"
	}
	return "Objective(" + strconv.Itoa(int(o)) + ")"
}

// valid reports whether o is Minimize or Maximize.
func (o Objective) valid() bool { return o == Minimize || o == Maximize }

// Assignment is the result of a linear assignment problem together with its
// optimality certificate.
//
// For an r×c problem, RowToCol has length r and ColToRow length c; every row
// of the smaller side is assigned and the other side has -1 where it stays
// unassigned. Total is the sum of the assigned entries in the caller's units
// (for Maximize, the largest achievable sum).
//
// U (length r) and V (length c) are dual potentials in the caller's units.
// For Minimize they satisfy u[i] + v[j] <= m[i][j] for every allowed pair,
// with equality on assigned pairs; for Maximize the inequality is reversed.
// For a rectangular problem the potentials of the unassigned columns (or
// rows) of the larger side carry the sign condition that makes the
// certificate complete (see Verify).
type Assignment struct {
	RowToCol []int     // column of each row, -1 where a row stays unassigned
	ColToRow []int     // row of each column, -1 where a column stays unassigned
	Total    float64   // sum of the assigned entries, in the caller's units
	U, V     []float64 // dual potentials of the rows and columns
}

// Sentinel errors. Errors returned by this package wrap one of them, so that
// callers can test with errors.Is.
var (
	// ErrInfeasible means no assignment covers every row of the smaller
	// side without using a forbidden pair.
	ErrInfeasible = errors.New("matching: no complete assignment exists")
	// ErrNaN means the input holds a NaN.
	ErrNaN = errors.New("matching: NaN entry")
	// ErrForbiddenSign means the input holds an infinity of the wrong sign
	// for the objective (-Inf when minimising, +Inf when maximising).
	ErrForbiddenSign = errors.New("matching: infinity of the wrong sign for the objective")
	// ErrObjective means the Objective is neither Minimize nor Maximize.
	ErrObjective = errors.New("matching: unknown objective")
	// ErrRange means a finite entry exceeds MaxMagnitude in absolute value.
	ErrRange = errors.New("matching: entry too large in magnitude")
	// ErrShape means the matrix or the destination is nil, or the matrix
	// reports negative dimensions.
	ErrShape = errors.New("matching: nil or malformed argument")
	// ErrCertificate means Verify found that an Assignment is not a valid,
	// provably optimal solution of the problem it was checked against.
	ErrCertificate = errors.New("matching: assignment is not certified optimal")
)

// MaxMagnitude is the largest absolute value a finite entry may have. It
// leaves room for sums of up to 2^60 entries and potentials without
// overflow; real costs and scores are far smaller.
const MaxMagnitude = 1e200

// EntryError reports a bad entry of the input at row Row and column Col.
// It unwraps to ErrNaN, ErrForbiddenSign or ErrRange.
type EntryError struct {
	Row, Col int
	Value    float64
	Err      error
}

// Error implements the error interface.
func (e *EntryError) Error() string {
	return fmt.Sprintf("%v at row %d, column %d (value %v)", e.Err, e.Row, e.Col, e.Value)
}

// Unwrap returns the sentinel the error wraps.
func (e *EntryError) Unwrap() error { return e.Err }

// InfeasibleError names a Hall violator: a set of lines of the smaller side
// that together are allowed fewer distinct lines of the other side than there
// are lines in the set, so they cannot all be assigned. It unwraps to
// ErrInfeasible.
//
// When the rows are the smaller side (rows <= columns), Rows and Allowed are
// set: the violating rows and every column any of them may take. When the
// columns are the smaller side (rows > columns), Cols and AllowedRows are set
// instead: the violating columns and every row any of them may take. All
// slices are ascending, and the allowed slice is always shorter than the
// violating one (it may be empty: a line whose every entry is forbidden).
type InfeasibleError struct {
	Rows    []int // the rows of the violating set, ascending (rows <= columns)
	Allowed []int // every column any of those rows may take, ascending (fewer than Rows)

	Cols        []int // the columns of the violating set, ascending (rows > columns)
	AllowedRows []int // every row any of those columns may take, ascending (fewer than Cols)
}

// Error implements the error interface.
func (e *InfeasibleError) Error() string {
	if e.Cols != nil {
		return fmt.Sprintf("%v: columns %v are allowed only %d row(s) %v between them",
			ErrInfeasible, e.Cols, len(e.AllowedRows), e.AllowedRows)
	}
	return fmt.Sprintf("%v: rows %v are allowed only %d column(s) %v between them",
		ErrInfeasible, e.Rows, len(e.Allowed), e.Allowed)
}

// Unwrap returns ErrInfeasible.
func (e *InfeasibleError) Unwrap() error { return ErrInfeasible }
