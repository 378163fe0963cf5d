package matching

import (
	"errors"
	"fmt"

	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/jsonx"
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

// objectiveTable is the text form of Objective. Unlike the module's other
// enums, the zero value is a real choice (Minimize, as in every reference
// solver), so names[0] is "minimize".
var objectiveTable = enum.New[Objective]("objective", "minimize", "maximize")

// String returns "minimize" or "maximize" ("objective(n)" for another value).
func (o Objective) String() string { return objectiveTable.String(o) }

// MarshalText writes "minimize" or "maximize"; another value is an error
// wrapping ErrUnknownEnum.
func (o Objective) MarshalText() ([]byte, error) { return objectiveTable.Marshal(o) }

// UnmarshalText reads "minimize" or "maximize", ignoring case; other text
// is an error wrapping ErrUnknownEnum and leaves o unchanged.
func (o *Objective) UnmarshalText(b []byte) error { return objectiveTable.Unmarshal(b, o) }

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
//
// In JSON the keys are rowToCol, colToRow, total, u and v; non-finite
// numbers are written as "NaN", "Infinity" or "-Infinity".
type Assignment struct {
	RowToCol []int     `json:"rowToCol"` // column of each row, -1 where a row stays unassigned
	ColToRow []int     `json:"colToRow"` // row of each column, -1 where a column stays unassigned
	Total    float64   `json:"total"`    // sum of the assigned entries, in the caller's units
	U        []float64 `json:"u"`        // dual potentials of the rows
	V        []float64 `json:"v"`        // dual potentials of the columns
}

// MarshalJSON writes the assignment with the module's number rule.
func (a Assignment) MarshalJSON() ([]byte, error) { return jsonx.Marshal(a) }

// UnmarshalJSON reads what MarshalJSON writes.
func (a *Assignment) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, a) }

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

// Code is a stable machine-readable name of the problem: "notANumber",
// "forbiddenSign" or "tooLarge" ("badEntry" for another sentinel).
func (e *EntryError) Code() string {
	switch e.Err {
	case ErrNaN:
		return "notANumber"
	case ErrForbiddenSign:
		return "forbiddenSign"
	case ErrRange:
		return "tooLarge"
	}
	return "badEntry"
}

// Message says what is wrong for people, in Dutch when dutch is set and in
// English otherwise.
func (e *EntryError) Message(dutch bool) string {
	en, nl := "entry is not allowed", "waarde is niet toegestaan"
	switch e.Err {
	case ErrNaN:
		en, nl = "entry is not a number (NaN)", "waarde is geen getal (NaN)"
	case ErrForbiddenSign:
		en, nl = "infinity of the wrong sign for the objective", "oneindig met het verkeerde teken voor het doel"
	case ErrRange:
		en, nl = "entry is too large in magnitude", "waarde is te groot"
	}
	if dutch {
		return fmt.Sprintf("rij %d, kolom %d: %s (%v)", e.Row, e.Col, nl, e.Value)
	}
	return fmt.Sprintf("row %d, column %d: %s (%v)", e.Row, e.Col, en, e.Value)
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

// Code is the stable machine-readable name of the problem: "infeasible".
func (e *InfeasibleError) Code() string { return "infeasible" }

// Message says what is wrong for people, in Dutch when dutch is set and in
// English otherwise.
func (e *InfeasibleError) Message(dutch bool) string {
	switch {
	case e.Cols != nil && dutch:
		return fmt.Sprintf("kolommen %v kunnen samen maar %d rij(en) %v krijgen", e.Cols, len(e.AllowedRows), e.AllowedRows)
	case e.Cols != nil:
		return fmt.Sprintf("columns %v may take only %d row(s) %v between them", e.Cols, len(e.AllowedRows), e.AllowedRows)
	case dutch:
		return fmt.Sprintf("rijen %v kunnen samen maar %d kolom(men) %v krijgen", e.Rows, len(e.Allowed), e.Allowed)
	}
	return fmt.Sprintf("rows %v may take only %d column(s) %v between them", e.Rows, len(e.Allowed), e.Allowed)
}
