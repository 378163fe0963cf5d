package matching

import (
	"errors"
	"math"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"
)

func TestVerifyConditions(t *testing.T) {
	inf := math.Inf(1)
	// The scipy documentation example (see TestAssignPublishedExample):
	// optimum 5 with rows -> columns 1, 0, 2. Certificate by hand:
	// U = (1, 0, 1), V = (2, 0, 1) gives U[i]+V[j]
	//   row 0: 3, 1, 2 <= 4, 1, 3
	//   row 1: 2, 0, 1 <= 2, 0, 5
	//   row 2: 3, 1, 2 <= 3, 2, 2
	// tight on (0,1), (1,0) and (2,2), and sum(U)+sum(V) = 2+3 = 5.
	cost := mat.NewDense(3, 3, []float64{4, 1, 3, 2, 0, 5, 3, 2, 2})
	good := Assignment{
		RowToCol: []int{1, 0, 2}, ColToRow: []int{1, 0, 2}, Total: 5,
		U: []float64{1, 0, 1}, V: []float64{2, 0, 1},
	}
	require.NoError(t, Verify(cost, Minimize, good))

	// A 1×3 minimisation whose optimum is column 0 (cost 0). Row 0 on
	// column 1 (cost 1) with U = (1), V = (-1, 0, 1) is dual feasible
	// (0 <= 0, 1 <= 1, 2 <= 2) and tight on the assigned pair, so only the
	// sign condition exposes it: V[2] = 1 > 0 and the unassigned column 0
	// has V = -1, not 0.
	wide := mat.NewDense(1, 3, []float64{0, 1, 2})
	wideBad := Assignment{RowToCol: []int{1}, ColToRow: []int{-1, 0, -1}, Total: 1, U: []float64{1}, V: []float64{-1, 0, 1}}
	// The optimum with its certificate: U = (0), V = (0, 0, 0).
	wideGood := Assignment{RowToCol: []int{0}, ColToRow: []int{0, -1, -1}, Total: 0, U: []float64{0}, V: []float64{0, 0, 0}}
	require.NoError(t, Verify(wide, Minimize, wideGood))
	// Transposed and maximised (negated): the sign condition moves to U.
	tall := mat.NewDense(3, 1, []float64{0, -1, -2})
	tallBad := Assignment{RowToCol: []int{-1, 0, -1}, ColToRow: []int{1}, Total: -1, U: []float64{1, 0, -1}, V: []float64{-1}}

	edit := func(a Assignment, f func(*Assignment)) Assignment {
		b := Assignment{
			RowToCol: slices.Clone(a.RowToCol), ColToRow: slices.Clone(a.ColToRow),
			Total: a.Total, U: slices.Clone(a.U), V: slices.Clone(a.V),
		}
		f(&b)
		return b
	}
	tests := []struct {
		name     string
		m        mat.Matrix
		obj      Objective
		a        Assignment
		cond     Condition
		row, col int
	}{
		{"short U", cost, Minimize, edit(good, func(a *Assignment) { a.U = a.U[:2] }), CondShape, -1, -1},
		{"out of range", cost, Minimize, edit(good, func(a *Assignment) { a.RowToCol[2] = 3 }), CondMatching, 2, -1},
		{"disagree", cost, Minimize, edit(good, func(a *Assignment) { a.ColToRow[2] = 0 }), CondMatching, 2, 2},
		{"uncovered", cost, Minimize, edit(good, func(a *Assignment) { a.RowToCol[2], a.ColToRow[2] = -1, -1 }), CondCoverage, 2, -1},
		{"forbidden", mat.NewDense(3, 3, []float64{4, 1, 3, 2, 0, 5, 3, 2, inf}), Minimize, good, CondForbidden, 2, 2},
		{"nan potential", cost, Minimize, edit(good, func(a *Assignment) { a.V[1] = math.NaN() }), CondFinite, -1, 1},
		{"infeasible duals", cost, Minimize, edit(good, func(a *Assignment) { a.U[2] = 1.5 }), CondFeasibility, 2, 0},
		{"slack on assigned", cost, Minimize, edit(good, func(a *Assignment) { a.U[0] = 0.5 }), CondSlackness, 0, 1},
		{"swapped rows", cost, Minimize, edit(good, func(a *Assignment) {
			a.RowToCol[0], a.RowToCol[1], a.ColToRow[0], a.ColToRow[1] = 0, 1, 0, 1
		}), CondSlackness, 0, 0},
		{"sign, wide", wide, Minimize, wideBad, CondSign, -1, 0},
		{"sign, tall, maximise", tall, Maximize, tallBad, CondSign, 0, -1},
		{"total", cost, Minimize, edit(good, func(a *Assignment) { a.Total = 5.5 }), CondTotal, -1, -1},
		{"total NaN", cost, Minimize, edit(good, func(a *Assignment) { a.Total = math.NaN() }), CondTotal, -1, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Verify(tt.m, tt.obj, tt.a)
			require.ErrorIs(t, err, ErrCertificate)
			var ce *CertificateError
			require.ErrorAs(t, err, &ce)
			require.Equal(t, tt.cond, ce.Condition, "%v", err)
			require.Equal(t, [2]int{tt.row, tt.col}, [2]int{ce.Row, ce.Col}, "%v", err)
		})
	}
}

func TestVerifyInputErrors(t *testing.T) {
	a := Assignment{RowToCol: []int{0}, ColToRow: []int{0}, U: []float64{1}, V: []float64{0}, Total: 1}
	require.NoError(t, Verify(mat.NewDense(1, 1, []float64{1}), Maximize, a))
	require.ErrorIs(t, Verify(nil, Minimize, a), ErrShape)
	require.ErrorIs(t, Verify(mat.NewDense(1, 1, []float64{1}), Objective(-1), a), ErrObjective)
	err := Verify(mat.NewDense(1, 1, []float64{math.NaN()}), Minimize, a)
	var ee *EntryError
	require.ErrorAs(t, err, &ee)
	require.True(t, errors.Is(err, ErrNaN) && ee.Row == 0 && ee.Col == 0)
	require.ErrorIs(t, Verify(mat.NewDense(1, 1, []float64{math.Inf(1)}), Maximize, a), ErrForbiddenSign)
}
