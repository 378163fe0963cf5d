package matching

import "math"

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
	r, nc := c.Rows, c.Cols
	if err := certMatching(r, nc, a); err != nil {
		return err
	}
	fail := certFail
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
	scale, err := certFinite(a, 0)
	if err != nil {
		return err
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
	if err := certSign(r, nc, obj, a, sgn, tol); err != nil {
		return err
	}
	return certTotal(r, nc, a, sum+comp, mag, "values")
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
