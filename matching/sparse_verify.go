package matching

import (
	"fmt"
	"math"
)

// VerifySparse checks that a is an optimal assignment of the sparse problem
// c for obj, with a complete certificate, exactly as Verify does for a
// dense matrix in which every pair that is not a candidate (or is an
// explicitly forbidden candidate) is forbidden. It checks, in this order:
//
//   - that c is valid (the errors of Candidates.Validate are returned as
//     they are);
//   - the lengths: RowToCol and U have one entry per row, ColToRow and V one
//     per column;
//   - that RowToCol and ColToRow are in range and describe the same
//     matching, that every line of the smaller side is assigned, and that
//     every assigned pair is an allowed candidate;
//   - that U and V are finite, and dual feasible on every allowed candidate:
//     U[i]+V[j] <= value (Minimize) or >= value (Maximize);
//   - complementary slackness: U[i]+V[j] = value on every assigned pair;
//   - for a rectangular problem, the sign condition on the larger side: its
//     potentials are <= 0 (Minimize) or >= 0 (Maximize), and exactly 0 on
//     unassigned lines;
//   - that Total is the sum of the assigned values.
//
// Absent pairs carry no dual constraint, so the duals only need to be
// feasible over the candidates; by linear-programming duality the checks
// prove optimality. Tolerances are those of Verify: tol = 4·ε·s·(2 +
// log2(1+Rows+Cols)), with ε the float64 machine epsilon and s the largest
// magnitude among the allowed values and the potentials, and 0 when every
// allowed value and potential is an integer and s <= 2^51 (integer problems
// are checked exactly); Total is compared with 4·ε·(min(Rows, Cols)+1)·
// Σ|assigned value|.
//
// VerifySparse returns nil when every condition holds, a *CertificateError
// (ErrCertificate) naming the first condition that fails, or the errors of
// c.Validate(obj). It runs in O(Rows + Cols + len(Col)) time and never
// modifies c or a.
func VerifySparse(c Candidates, obj Objective, a Assignment) error {
	if err := c.Validate(obj); err != nil {
		return err
	}
	fail := func(cond Condition, i, j int, excess, tol float64, format string, args ...any) error {
		return &CertificateError{Condition: cond, Row: i, Col: j, Excess: excess, Tol: tol, Detail: fmt.Sprintf(format, args...)}
	}
	r, nc := c.Rows, c.Cols
	switch {
	case len(a.RowToCol) != r:
		return fail(CondShape, -1, -1, 0, 0, "RowToCol has length %d, want %d rows", len(a.RowToCol), r)
	case len(a.ColToRow) != nc:
		return fail(CondShape, -1, -1, 0, 0, "ColToRow has length %d, want %d columns", len(a.ColToRow), nc)
	case len(a.U) != r:
		return fail(CondShape, -1, -1, 0, 0, "U has length %d, want %d rows", len(a.U), r)
	case len(a.V) != nc:
		return fail(CondShape, -1, -1, 0, 0, "V has length %d, want %d columns", len(a.V), nc)
	}
	assigned := 0
	for i, j := range a.RowToCol {
		if j < -1 || j >= nc {
			return fail(CondMatching, i, -1, 0, 0, "RowToCol[%d] = %d is not -1 or a column index below %d", i, j, nc)
		}
		if j >= 0 {
			assigned++
			if a.ColToRow[j] != i {
				return fail(CondMatching, i, j, 0, 0, "RowToCol[%d] = %d but ColToRow[%d] = %d", i, j, j, a.ColToRow[j])
			}
		}
	}
	for j, i := range a.ColToRow {
		if i < -1 || i >= r {
			return fail(CondMatching, -1, j, 0, 0, "ColToRow[%d] = %d is not -1 or a row index below %d", j, i, r)
		}
		if i >= 0 && a.RowToCol[i] != j {
			return fail(CondMatching, i, j, 0, 0, "ColToRow[%d] = %d but RowToCol[%d] = %d", j, i, i, a.RowToCol[i])
		}
	}
	if assigned != min(r, nc) {
		if r <= nc {
			for i, j := range a.RowToCol {
				if j < 0 {
					return fail(CondCoverage, i, -1, 0, 0, "row %d is unassigned although the rows are the smaller side", i)
				}
			}
		}
		for j, i := range a.ColToRow {
			if i < 0 {
				return fail(CondCoverage, -1, j, 0, 0, "column %d is unassigned although the columns are the smaller side", j)
			}
		}
	}
	allowed := func(x float64) bool { return !math.IsInf(x, 0) }
	for i, want := range a.RowToCol {
		if want < 0 {
			continue
		}
		found := false
		for q := c.RowStart[i]; q < c.RowStart[i+1]; q++ {
			if c.Col[q] == want && allowed(c.Value[q]) {
				found = true
				break
			}
		}
		if !found {
			return fail(CondForbidden, i, want, 0, 0, "row %d is assigned to column %d, which is not an allowed candidate", i, want)
		}
	}
	scale := 0.0
	for i, u := range a.U {
		if math.IsNaN(u) || math.IsInf(u, 0) {
			return fail(CondFinite, i, -1, 0, 0, "U[%d] = %v", i, u)
		}
		scale = max(scale, math.Abs(u))
	}
	for j, v := range a.V {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fail(CondFinite, -1, j, 0, 0, "V[%d] = %v", j, v)
		}
		scale = max(scale, math.Abs(v))
	}
	for _, x := range c.Value {
		if allowed(x) {
			scale = max(scale, math.Abs(x))
		}
	}
	tol := sparseTolerance(c, a, scale)
	sgn := 1.0 // dual feasibility reads sgn*(value - U - V) >= 0
	if obj == Maximize {
		sgn = -1
	}
	for i := range r {
		for q := c.RowStart[i]; q < c.RowStart[i+1]; q++ {
			j, x := c.Col[q], c.Value[q]
			if !allowed(x) {
				continue
			}
			if slack := sgn * (x - a.U[i] - a.V[j]); slack < -tol {
				return fail(CondFeasibility, i, j, -slack, tol,
					"U[%d]+V[%d] = %v against candidate (%d, %d) = %v for %v (violation %.3g > tolerance %.3g)",
					i, j, a.U[i]+a.V[j], i, j, x, obj, -slack, tol)
			}
		}
	}
	sum, comp, mag := 0.0, 0.0, 0.0
	for i, want := range a.RowToCol {
		if want < 0 {
			continue
		}
		x := 0.0
		for q := c.RowStart[i]; q < c.RowStart[i+1]; q++ {
			if c.Col[q] == want {
				x = c.Value[q]
				break
			}
		}
		if gap := math.Abs(x - a.U[i] - a.V[want]); gap > tol {
			return fail(CondSlackness, i, want, gap, tol,
				"assigned pair (%d, %d): U[%d]+V[%d] = %v but its value is %v (gap %.3g > tolerance %.3g)",
				i, want, i, want, a.U[i]+a.V[want], x, gap, tol)
		}
		sum, comp = denseNeumaier(sum, comp, x)
		mag += math.Abs(x)
	}
	if r != nc {
		pot, owner, rows := a.V, a.ColToRow, false
		if r > nc {
			pot, owner, rows = a.U, a.RowToCol, true
		}
		name := "column"
		if rows {
			name = "row"
		}
		for l, p := range pot {
			ri, cj := -1, l
			if rows {
				ri, cj = l, -1
			}
			if sgn*p > tol {
				return fail(CondSign, ri, cj, sgn*p, tol,
					"potential %v of %s %d has the wrong sign for %v (tolerance %.3g)", p, name, l, obj, tol)
			}
			if owner[l] < 0 && math.Abs(p) > tol {
				return fail(CondSign, ri, cj, math.Abs(p), tol,
					"unassigned %s %d has potential %v, want 0 (tolerance %.3g)", name, l, p, tol)
			}
		}
	}
	total := sum + comp
	if tolTotal := 4 * denseEps * float64(min(r, nc)+1) * mag; !(math.Abs(a.Total-total) <= tolTotal) {
		return fail(CondTotal, -1, -1, math.Abs(a.Total-total), tolTotal,
			"Total = %v but the assigned values sum to %v (tolerance %.3g)", a.Total, total, tolTotal)
	}
	return nil
}

// sparseTolerance is VerifySparse's tolerance, Verify's formula over the
// allowed candidates (see VerifySparse).
func sparseTolerance(c Candidates, a Assignment, scale float64) float64 {
	if scale <= 0x1p51 && denseIntegral(a.U) && denseIntegral(a.V) {
		integral := true
		for _, x := range c.Value {
			if x != math.Trunc(x) && !math.IsInf(x, 0) {
				integral = false
				break
			}
		}
		if integral {
			return 0
		}
	}
	return 4 * denseEps * scale * (2 + math.Log2(float64(1+c.Rows+c.Cols)))
}
