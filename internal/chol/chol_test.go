package chol

import (
	"math"
	"testing"
)

// TestFactorSolveInverse works a 2×2 system by hand: a = [[4, 2], [2, 3]]
// has L = [[2, 0], [1, √2]]; a·x = (2, 1) gives x = (0.5, 0) (4·0.5 = 2,
// 2·0.5 = 1); a⁻¹ = [[3, −2], [−2, 4]]/8.
func TestFactorSolveInverse(t *testing.T) {
	a := [][]float64{{4, 2}, {2, 3}}
	l, ok := Factor(a, 1e-14)
	if !ok || l[0][0] != 2 || l[1][0] != 1 || math.Abs(l[1][1]-math.Sqrt2) > 1e-15 {
		t.Fatalf("Factor = %v, %v", l, ok)
	}
	if x := Solve(l, []float64{2, 1}); math.Abs(x[0]-0.5) > 1e-15 || math.Abs(x[1]) > 1e-15 {
		t.Errorf("Solve = %v", x)
	}
	want := [][]float64{{3.0 / 8, -2.0 / 8}, {-2.0 / 8, 4.0 / 8}}
	inv := Inverse(l)
	for i := range want {
		for j := range want[i] {
			if math.Abs(inv[i][j]-want[i][j]) > 1e-15 {
				t.Errorf("Inverse[%d][%d] = %v, want %v", i, j, inv[i][j], want[i][j])
			}
		}
	}
	if a[0][1] != 2 || a[1][0] != 2 {
		t.Error("a was modified")
	}
}

// TestFactorRefusesSingular: collinear columns give a singular matrix, a
// NaN or infinite entry is not positive definite.
func TestFactorRefusesSingular(t *testing.T) {
	for _, a := range [][][]float64{
		{{1, 2}, {2, 4}},
		{{1, 0}, {0, -1}},
		{{math.NaN(), 0}, {0, 1}},
		{{math.Inf(1), 0}, {0, 1}},
	} {
		if _, ok := Factor(a, 1e-14); ok {
			t.Errorf("Factor(%v) accepted", a)
		}
	}
}
