package causal

import "math"

// cholesky factors the symmetric matrix a = L·L'; ok is false when a is not
// numerically positive definite.
func cholesky(a [][]float64) (l [][]float64, ok bool) {
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
		if !(d > 1e-13*a[j][j]) || !(d > 0) || math.IsInf(d, 0) {
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

// cholSolve solves L·L'·x = b.
func cholSolve(l [][]float64, b []float64) []float64 {
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

// cholInverse returns (L·L')⁻¹.
func cholInverse(l [][]float64) [][]float64 {
	n := len(l)
	inv := make([][]float64, n)
	for i := range inv {
		inv[i] = make([]float64, n)
	}
	for j := range n {
		e := make([]float64, n)
		e[j] = 1
		col := cholSolve(l, e)
		for i := range n {
			inv[i][j] = col[i]
		}
	}
	return inv
}
