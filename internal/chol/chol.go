package chol

import "math"

// Factor factors the symmetric matrix a = L·L' (only the lower triangle
// of a is read). ok is false when a pivot d is not above tol·a[j][j] (or
// is not positive and finite): a is then not numerically positive
// definite, for example a singular cross-product of collinear columns.
// a is not modified.
func Factor(a [][]float64, tol float64) (l [][]float64, ok bool) {
	n := len(a)
	l = make([][]float64, n)
	for i := range l {
		l[i] = make([]float64, n)
	}
	for j := range n {
		d := a[j][j]
		for k := range j {
			d -= l[j][k] * l[j][k]
		}
		if !(d > tol*a[j][j]) || !(d > 0) || math.IsInf(d, 0) {
			return nil, false
		}
		l[j][j] = math.Sqrt(d)
		for i := j + 1; i < n; i++ {
			v := a[i][j]
			for k := range j {
				v -= l[i][k] * l[j][k]
			}
			l[i][j] = v / l[j][j]
		}
	}
	return l, true
}

// Solve solves L·L'·x = b by forward and back substitution.
func Solve(l [][]float64, b []float64) []float64 {
	n := len(b)
	z := make([]float64, n)
	for i := range n {
		v := b[i]
		for k := range i {
			v -= l[i][k] * z[k]
		}
		z[i] = v / l[i][i]
	}
	for i := n - 1; i >= 0; i-- {
		v := z[i]
		for k := i + 1; k < n; k++ {
			v -= l[k][i] * z[k]
		}
		z[i] = v / l[i][i]
	}
	return z
}

// Inverse returns (L·L')⁻¹, one solve per column.
func Inverse(l [][]float64) [][]float64 {
	n := len(l)
	inv := make([][]float64, n)
	for i := range inv {
		inv[i] = make([]float64, n)
	}
	e := make([]float64, n)
	for j := range n {
		clear(e)
		e[j] = 1
		col := Solve(l, e)
		for i := range n {
			inv[i][j] = col[i]
		}
	}
	return inv
}
