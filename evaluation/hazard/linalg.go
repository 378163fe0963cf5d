package hazard

import "math"

// The small symmetric systems of a Cox fit (p×p information matrices) are
// solved with a Cholesky (LDLᵀ) factorisation that, like R's survival
// (cholesky2, chsolve2, chinv2), treats a pivot below tol times the largest
// diagonal element as zero: the column is then aliased (constant or a
// linear combination of earlier columns), its row and column of the
// inverse are zero, and a solve gives it zero.

// ldl is a factorised symmetric matrix: a is n×n row-major, holding L below
// the diagonal and D on it; sing[i] marks a zeroed pivot.
type ldl struct {
	n    int
	a    []float64
	sing []bool
}

// factor factorises the symmetric n×n matrix m (only its upper triangle,
// row-major, is read) into f, with pivot tolerance tol. It returns the
// rank.
func (f *ldl) factor(m []float64, n int, tol float64) int {
	f.n = n
	f.a = append(f.a[:0], m...)
	f.sing = append(f.sing[:0], make([]bool, n)...)
	a := f.a
	eps := 0.0
	for i := range n {
		if a[i*n+i] > eps {
			eps = a[i*n+i]
		}
		for j := i + 1; j < n; j++ {
			a[j*n+i] = a[i*n+j]
		}
	}
	if eps == 0 {
		eps = tol
	} else {
		eps *= tol
	}
	rank := 0
	for i := range n {
		pivot := a[i*n+i]
		if math.IsNaN(pivot) || math.IsInf(pivot, 0) || pivot < eps {
			a[i*n+i] = 0
			f.sing[i] = true
			for j := i + 1; j < n; j++ {
				a[j*n+i] = 0
			}
			continue
		}
		rank++
		for j := i + 1; j < n; j++ {
			t := a[j*n+i] / pivot
			a[j*n+i] = t
			a[j*n+j] -= t * t * pivot
			for k := j + 1; k < n; k++ {
				a[k*n+j] -= t * a[k*n+i]
			}
		}
	}
	return rank
}

// solve overwrites b with the solution of the factorised system, zero in
// the aliased coordinates.
func (f *ldl) solve(b []float64) {
	n, a := f.n, f.a
	for i := range n {
		t := b[i]
		for j := range i {
			t -= b[j] * a[i*n+j]
		}
		b[i] = t
	}
	for i := n - 1; i >= 0; i-- {
		if f.sing[i] {
			b[i] = 0
			continue
		}
		t := b[i] / a[i*n+i]
		for j := i + 1; j < n; j++ {
			t -= b[j] * a[j*n+i]
		}
		b[i] = t
	}
}

// inverse returns the (generalised) inverse as a new n×n row-major slice:
// rows and columns of aliased coordinates are zero.
func (f *ldl) inverse() []float64 {
	n := f.n
	inv := make([]float64, n*n)
	col := make([]float64, n)
	for j := range n {
		clear(col)
		col[j] = 1
		f.solve(col)
		for i := range n {
			inv[i*n+j] = col[i]
		}
	}
	for i := range n {
		if f.sing[i] {
			for j := range n {
				inv[i*n+j], inv[j*n+i] = 0, 0
			}
		}
	}
	// Symmetrise the rounding.
	for i := range n {
		for j := i + 1; j < n; j++ {
			m := (inv[i*n+j] + inv[j*n+i]) / 2
			inv[i*n+j], inv[j*n+i] = m, m
		}
	}
	return inv
}

// quadInv returns bᵀM⁻¹b for the symmetric n×n matrix m with pivot
// tolerance tol (aliased coordinates left out), and the rank.
func quadInv(m []float64, n int, b []float64, tol float64) (float64, int) {
	var f ldl
	rank := f.factor(m, n, tol)
	x := append([]float64(nil), b...)
	f.solve(x)
	s := 0.0
	for i := range n {
		s += x[i] * b[i]
	}
	return s, rank
}
