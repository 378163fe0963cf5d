package glm

import (
	"math"
	"testing"
)

// FuzzLeastSquares compares the bounded least-squares fit with the
// brute-force search over positive sets (bruteNNLS) on problems built
// from bytes, and checks that bad values give errors, never panics.
func FuzzLeastSquares(f *testing.F) {
	f.Add([]byte{3, 2, 10, 200, 30, 40, 50, 60, 70, 80, 90})
	f.Add([]byte{6, 3, 255, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24})
	f.Fuzz(func(t *testing.T, b []byte) {
		next := func() float64 {
			if len(b) == 0 {
				return 0
			}
			v := b[0]
			b = b[1:]
			if v == 255 {
				return math.NaN()
			}
			return float64(v)/50 - 2
		}
		if len(b) < 2 {
			return
		}
		n, k := 1+int(b[0]%12), 1+int(b[1]%4)
		b = b[2:]
		x := make([][]float64, k)
		for j := range x {
			x[j] = make([]float64, n)
			for i := range x[j] {
				x[j][i] = next()
			}
		}
		y := make([]float64, n)
		for i := range y {
			y[i] = next()
		}
		nn := make([]bool, k)
		for j := range nn {
			nn[j] = true
		}
		fit, err := LeastSquares(y, x, nil, Config{OmitIntercept: true, NonNegative: nn})
		if err != nil {
			return
		}
		if slicesHasNaN(fit.Coef) {
			return // aliased: the brute force may keep another column
		}
		for _, c := range fit.Coef {
			if c < 0 {
				t.Fatalf("coef %v", fit.Coef)
			}
		}
		_, rss := bruteNNLS(y, x)
		if fit.RSS > rss+1e-8*math.Max(1, rss) {
			t.Fatalf("RSS %v above the brute force's %v (coef %v)", fit.RSS, rss, fit.Coef)
		}
	})
}
