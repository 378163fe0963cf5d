package matching

import (
	"fmt"
	"math"
	"strings"

	"gonum.org/v1/gonum/mat"
)

// Condition names the part of an optimality certificate that Verify found
// broken.
type Condition string

// The conditions Verify checks, in the order it checks them.
const (
	// CondShape: a slice of the Assignment has the wrong length.
	CondShape Condition = "shape"
	// CondMatching: RowToCol and ColToRow are out of range or disagree.
	CondMatching Condition = "matching"
	// CondCoverage: a line of the smaller side is unassigned.
	CondCoverage Condition = "coverage"
	// CondForbidden: an assigned pair is forbidden.
	CondForbidden Condition = "forbidden pair"
	// CondFinite: a potential in U or V is NaN or infinite.
	CondFinite Condition = "finite potentials"
	// CondFeasibility: U[i]+V[j] exceeds m[i][j] (Minimize) or falls short
	// of it (Maximize) on an allowed pair.
	CondFeasibility Condition = "dual feasibility"
	// CondSlackness: U[i]+V[j] differs from m[i][j] on an assigned pair.
	CondSlackness Condition = "complementary slackness"
	// CondSign: in a rectangular problem a potential of the larger side
	// has the wrong sign, or is not zero on an unassigned line.
	CondSign Condition = "sign"
	// CondTotal: Total differs from the sum of the assigned entries.
	CondTotal Condition = "total"
)

// CertificateError says which condition of the optimality certificate an
// Assignment fails, and where. It unwraps to ErrCertificate.
type CertificateError struct {
	Condition Condition
	Row, Col  int     // the entry or line concerned; -1 where not applicable
	Excess    float64 // how far the condition is violated, in the caller's units (0 for structural conditions)
	Tol       float64 // the tolerance Verify allowed
	Detail    string  // what exactly is wrong, for people
}

// Error implements the error interface.
func (e *CertificateError) Error() string {
	return fmt.Sprintf("%v: %s fails: %s", ErrCertificate, e.Condition, e.Detail)
}

// Unwrap returns ErrCertificate.
func (e *CertificateError) Unwrap() error { return ErrCertificate }

// Code is the stable machine-readable name of the problem: "certificate"
// followed by the condition in lowerCamel ("certificateDualFeasibility").
func (e *CertificateError) Code() string {
	code := "certificate"
	for _, w := range strings.Fields(string(e.Condition)) {
		code += strings.ToUpper(w[:1]) + w[1:]
	}
	return code
}

// certificateNL are the Dutch names of the conditions.
var certificateNL = map[Condition]string{
	CondShape: "vorm", CondMatching: "toewijzing", CondCoverage: "dekking",
	CondForbidden: "verboden paar", CondFinite: "eindige potentialen",
	CondFeasibility: "duale toelaatbaarheid", CondSlackness: "complementaire speling",
	CondSign: "teken", CondTotal: "totaal",
}

// Message says which condition fails for people, in Dutch when dutch is set
// and in English otherwise; Detail itself stays in English.
func (e *CertificateError) Message(dutch bool) string {
	if dutch {
		return fmt.Sprintf("de toewijzing is niet aantoonbaar optimaal: %s klopt niet (%s)", certificateNL[e.Condition], e.Detail)
	}
	return fmt.Sprintf("the assignment is not certified optimal: %s fails (%s)", e.Condition, e.Detail)
}

// Verify checks that a is an optimal assignment of m for obj, with a
// complete certificate. It checks, in this order:
//
//   - the lengths: RowToCol and U have one entry per row, ColToRow and V one
//     per column;
//   - that RowToCol and ColToRow are in range (-1 or an index) and describe
//     the same matching, and that every line of the smaller side is
//     assigned and no assigned pair is forbidden;
//   - that U and V are finite, and dual feasible: U[i]+V[j] <= m[i][j]
//     (Minimize) or >= m[i][j] (Maximize) for every allowed pair;
//   - complementary slackness: U[i]+V[j] = m[i][j] on every assigned pair;
//   - for a rectangular problem, the sign condition on the larger side
//     (columns when r < c, rows when r > c): every potential there is <= 0
//     (Minimize) or >= 0 (Maximize), and exactly 0 on unassigned lines;
//   - that Total is the sum of the assigned entries.
//
// Together these prove optimality by linear-programming duality: any
// complete assignment's total is at least (Minimize) sum(U)+sum(V), which
// the checked assignment attains. Without the sign condition a rectangular
// assignment that is not optimal could pass.
//
// Numeric comparisons allow tol = 4·ε·s·(2 + log2(1+r+c)), where ε is the
// float64 machine epsilon (2^-52) and s the largest magnitude among the
// finite entries of m and the potentials: a few units in the last place of
// the largest number in the problem, which is what the solver's rounding
// reaches in practice (at most 3·ε·s measured at n = 1000). When every
// finite entry and every potential is an integer and s <= 2^51, all the
// sums are exact and tol is 0: integer problems are checked exactly, as
// the solver solves them. Total is compared with 4·ε·(n+1)·Σ|assigned
// entries|, n = min(r, c). A perturbation that worsens the total by more
// than 2·tol always fails complementary slackness or dual feasibility.
// Because s includes the potentials, a certificate whose potentials are
// far larger than the entries proves optimality only up to its (larger)
// tolerance; CertificateError.Tol reports the tolerance used.
//
// Verify returns nil when every condition holds; a *CertificateError
// (ErrCertificate) naming the first condition that fails; or the input
// errors Assign would return for m and obj (ErrObjective, ErrShape, ErrNaN,
// ErrForbiddenSign). It never modifies m or a.
func Verify(m mat.Matrix, obj Objective, a Assignment) error {
	if !obj.valid() {
		return fmt.Errorf("%w: %v", ErrObjective, obj)
	}
	if m == nil {
		return fmt.Errorf("%w: matrix is nil", ErrShape)
	}
	r, c := m.Dims()
	if r < 0 || c < 0 {
		return fmt.Errorf("%w: matrix reports dimensions %d×%d", ErrShape, r, c)
	}
	// One pass over the entries: check them, and find the largest finite
	// magnitude and whether all finite entries are integers.
	buf := make([]float64, c)
	scale := 0.0 // largest magnitude among the finite entries and potentials
	integral := true
	for i := range r {
		for j, x := range denseRowOf(m, i, buf) {
			if denseCheckEntry(x, i, j, obj) != nil {
				return denseEntryErrors(m, obj)
			}
			if !math.IsInf(x, 0) {
				scale = max(scale, math.Abs(x))
				integral = integral && x == math.Trunc(x)
			}
		}
	}
	if err := certMatching(r, c, a); err != nil {
		return err
	}
	fail := certFail
	sgn := 1.0 // dual feasibility reads sgn*(m - U - V) >= 0
	if obj == Maximize {
		sgn = -1
	}
	for i, j := range a.RowToCol {
		if j >= 0 && math.IsInf(m.At(i, j), 0) {
			return fail(CondForbidden, i, j, 0, 0, "row %d is assigned to column %d, a forbidden pair (%v)", i, j, m.At(i, j))
		}
	}
	scale, err := certFinite(a, scale)
	if err != nil {
		return err
	}
	tol := 4 * denseEps * scale * (2 + math.Log2(float64(1+r+c)))
	if integral && scale <= 0x1p51 && denseIntegral(a.U) && denseIntegral(a.V) {
		tol = 0 // every sum below is exact
	}
	for i := range r {
		for j, x := range denseRowOf(m, i, buf) {
			if math.IsInf(x, 0) {
				continue
			}
			if slack := sgn * (x - a.U[i] - a.V[j]); slack < -tol {
				return fail(CondFeasibility, i, j, -slack, tol,
					"U[%d]+V[%d] = %v against m[%d][%d] = %v for %v (violation %.3g > tolerance %.3g)",
					i, j, a.U[i]+a.V[j], i, j, x, obj, -slack, tol)
			}
		}
	}
	sum, comp, mag := 0.0, 0.0, 0.0
	for i, j := range a.RowToCol {
		if j < 0 {
			continue
		}
		x := m.At(i, j)
		if gap := math.Abs(x - a.U[i] - a.V[j]); gap > tol {
			return fail(CondSlackness, i, j, gap, tol,
				"assigned pair (%d, %d): U[%d]+V[%d] = %v but m[%d][%d] = %v (gap %.3g > tolerance %.3g)",
				i, j, i, j, a.U[i]+a.V[j], i, j, x, gap, tol)
		}
		sum, comp = denseNeumaier(sum, comp, x)
		mag += math.Abs(x)
	}
	if err := certSign(r, c, obj, a, sgn, tol); err != nil {
		return err
	}
	return certTotal(r, c, a, sum+comp, mag, "entries")
}

// denseRowOf returns row i of m: in place for a *mat.Dense, else read
// through At into buf (len = columns). The caller must not modify it.
func denseRowOf(m mat.Matrix, i int, buf []float64) []float64 {
	if d, ok := m.(*mat.Dense); ok {
		raw := d.RawMatrix()
		return raw.Data[i*raw.Stride : i*raw.Stride+raw.Cols]
	}
	for j := range buf {
		buf[j] = m.At(i, j)
	}
	return buf
}

// denseIntegral reports whether every element of s is an integer.
func denseIntegral(s []float64) bool {
	for _, x := range s {
		if x != math.Trunc(x) {
			return false
		}
	}
	return true
}

// denseEps is the float64 machine epsilon, 2^-52.
const denseEps = 0x1p-52

// certFail builds the *CertificateError of Verify and VerifySparse.
func certFail(cond Condition, i, j int, excess, tol float64, format string, args ...any) error {
	return &CertificateError{Condition: cond, Row: i, Col: j, Excess: excess, Tol: tol, Detail: fmt.Sprintf(format, args...)}
}

// certMatching checks the structure of a certificate for an r×c problem,
// for Verify and VerifySparse alike: the lengths of RowToCol, ColToRow, U
// and V, that RowToCol and ColToRow are in range and describe the same
// matching, and that every line of the smaller side is assigned.
func certMatching(r, c int, a Assignment) error {
	fail := certFail
	switch {
	case len(a.RowToCol) != r:
		return fail(CondShape, -1, -1, 0, 0, "RowToCol has length %d, want %d rows", len(a.RowToCol), r)
	case len(a.ColToRow) != c:
		return fail(CondShape, -1, -1, 0, 0, "ColToRow has length %d, want %d columns", len(a.ColToRow), c)
	case len(a.U) != r:
		return fail(CondShape, -1, -1, 0, 0, "U has length %d, want %d rows", len(a.U), r)
	case len(a.V) != c:
		return fail(CondShape, -1, -1, 0, 0, "V has length %d, want %d columns", len(a.V), c)
	}
	assigned := 0
	for i, j := range a.RowToCol {
		if j < -1 || j >= c {
			return fail(CondMatching, i, -1, 0, 0, "RowToCol[%d] = %d is not -1 or a column index below %d", i, j, c)
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
	if assigned != min(r, c) {
		if r <= c {
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
	return nil
}

// certFinite checks that the potentials are finite and returns scale
// raised to their largest magnitude.
func certFinite(a Assignment, scale float64) (float64, error) {
	for i, u := range a.U {
		if math.IsNaN(u) || math.IsInf(u, 0) {
			return 0, certFail(CondFinite, i, -1, 0, 0, "U[%d] = %v", i, u)
		}
		scale = max(scale, math.Abs(u))
	}
	for j, v := range a.V {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return 0, certFail(CondFinite, -1, j, 0, 0, "V[%d] = %v", j, v)
		}
		scale = max(scale, math.Abs(v))
	}
	return scale, nil
}

// certSign checks the sign condition of a rectangular r×c problem on its
// larger side (columns when r < c, rows when r > c): sgn·potential <= tol
// everywhere and |potential| <= tol on unassigned lines.
func certSign(r, c int, obj Objective, a Assignment, sgn, tol float64) error {
	if r == c {
		return nil
	}
	pot, owner, name := a.V, a.ColToRow, "column"
	if r > c {
		pot, owner, name = a.U, a.RowToCol, "row"
	}
	for l, p := range pot {
		ri, cj := -1, l
		if r > c {
			ri, cj = l, -1
		}
		if sgn*p > tol {
			return certFail(CondSign, ri, cj, sgn*p, tol,
				"potential %v of %s %d has the wrong sign for %v (tolerance %.3g)", p, name, l, obj, tol)
		}
		if owner[l] < 0 && math.Abs(p) > tol {
			return certFail(CondSign, ri, cj, math.Abs(p), tol,
				"unassigned %s %d has potential %v, want 0 (tolerance %.3g)", name, l, p, tol)
		}
	}
	return nil
}

// certTotal checks a.Total against total, the compensated sum of the
// assigned entries (mag the sum of their magnitudes), with tolerance
// 4·ε·(min(r, c)+1)·mag; what names them in the message.
func certTotal(r, c int, a Assignment, total, mag float64, what string) error {
	if tolTotal := 4 * denseEps * float64(min(r, c)+1) * mag; !(math.Abs(a.Total-total) <= tolTotal) {
		return certFail(CondTotal, -1, -1, math.Abs(a.Total-total), tolTotal,
			"Total = %v but the assigned %s sum to %v (tolerance %.3g)", a.Total, what, total, tolTotal)
	}
	return nil
}
