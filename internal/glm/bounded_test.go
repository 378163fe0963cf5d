package glm

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/mentorkit/mentorkit/internal/jsontest"
)

// TestLeastSquaresHand checks NNLS on problems solved by hand.
func TestLeastSquaresHand(t *testing.T) {
	approx := cmpopts.EquateApprox(0, 1e-12)
	cases := []struct {
		name      string
		y         []float64
		x         [][]float64
		cfg       Config
		coef      []float64
		rss, tss  float64
		atBound   []bool
		unbounded []float64
	}{
		{
			// Columns a = (1, 0, 1), b = (0, 1, 1), y = (2, −1, 1), no
			// intercept. X'X = [[2, 1], [1, 2]], X'y = (3, 0); the
			// unbounded solution is (1/3)[[2, −1], [−1, 2]]·(3, 0) =
			// (2, −1). b < 0, so NNLS fixes b = 0 and a = a'y/a'a = 3/2;
			// KKT: r = y − 1.5a = (0.5, −1, −0.5), a'r = 0, b'r = −1.5 ≤ 0.
			// RSS = 0.25 + 1 + 0.25 = 1.5; TSS without intercept = Σy² = 6.
			name: "two columns, one at its bound",
			y:    []float64{2, -1, 1}, x: [][]float64{{1, 0, 1}, {0, 1, 1}},
			cfg:  Config{OmitIntercept: true, NonNegative: []bool{true, true}},
			coef: []float64{1.5, 0}, rss: 1.5, tss: 6, atBound: []bool{false, true},
			unbounded: []float64{2, -1},
		},
		{
			// scipy.optimize.nnls's documented example: A = [[1, 0], [1,
			// 0], [0, 1]], b = (2, 1, 1) → x = (1.5, 1) (both interior:
			// the mean of 2 and 1, and 1); RSS = 0.25 + 0.25 = 0.5.
			name: "interior",
			y:    []float64{2, 1, 1}, x: [][]float64{{1, 1, 0}, {0, 0, 1}},
			cfg:  Config{OmitIntercept: true, NonNegative: []bool{true, true}},
			coef: []float64{1.5, 1}, rss: 0.5, tss: 6, atBound: []bool{false, false},
			unbounded: []float64{1.5, 1},
		},
		{
			// Free intercept, y = (4, 3, 2, 1) on x = (1, 2, 3, 4): the
			// unbounded line is 5 − x; with the slope ≥ 0 it is held at 0
			// and the intercept is the mean 2.5. RSS = TSS = 2.25 + 0.25 +
			// 0.25 + 2.25 = 5.
			name: "intercept free, slope bounded",
			y:    []float64{4, 3, 2, 1}, x: [][]float64{{1, 2, 3, 4}},
			cfg:  Config{NonNegative: []bool{true}},
			coef: []float64{2.5, 0}, rss: 5, tss: 5, atBound: []bool{false, true},
			unbounded: []float64{5, -1},
		},
		{
			// Everything negative: scipy's second example, b = (−1, −1,
			// −1) → x = (0, 0); RSS = 3.
			name: "all at the bound",
			y:    []float64{-1, -1, -1}, x: [][]float64{{1, 1, 0}, {0, 0, 1}},
			cfg:  Config{OmitIntercept: true, NonNegative: []bool{true, true}},
			coef: []float64{0, 0}, rss: 3, tss: 3, atBound: []bool{true, true},
			unbounded: []float64{-1, -1},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, err := LeastSquares(c.y, c.x, nil, c.cfg)
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(c.coef, f.Coef, approx); d != "" {
				t.Errorf("coef (-want +got):\n%s", d)
			}
			if d := cmp.Diff(c.atBound, f.AtBound[len(f.AtBound)-len(c.atBound):]); d != "" {
				t.Errorf("atBound (-want +got):\n%s", d)
			}
			if math.Abs(f.RSS-c.rss) > 1e-12 || math.Abs(f.TSS-c.tss) > 1e-12 {
				t.Errorf("rss, tss = %v, %v; want %v, %v", f.RSS, f.TSS, c.rss, c.tss)
			}
			free := c.cfg
			free.NonNegative = nil
			u, err := LeastSquares(c.y, c.x, nil, free)
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(c.unbounded, u.Coef, approx); d != "" {
				t.Errorf("unbounded coef (-want +got):\n%s", d)
			}
			jsontest.RoundTrip(t, f)
		})
	}
}

// bruteNNLS solves min ‖y − Xβ‖² s.t. β ≥ 0 (no intercept) by trying
// every set of positive coefficients: the unconstrained solution on the
// set, kept when it is positive there, the best of those.
func bruteNNLS(y []float64, x [][]float64) ([]float64, float64) {
	k := len(x)
	best, bestRSS := make([]float64, k), math.Inf(1)
	for mask := range 1 << k {
		var cols [][]float64
		var idx []int
		for j := range k {
			if mask&(1<<j) != 0 {
				cols = append(cols, x[j])
				idx = append(idx, j)
			}
		}
		beta := make([]float64, k)
		if len(cols) > 0 {
			f, err := LeastSquares(y, cols, nil, Config{OmitIntercept: true})
			if err != nil {
				continue
			}
			ok := true
			for p, j := range idx {
				ok = ok && f.Coef[p] > 0
				beta[j] = f.Coef[p]
			}
			if !ok {
				continue
			}
		}
		var rss float64
		for i := range y {
			r := y[i]
			for j := range k {
				r -= x[j][i] * beta[j]
			}
			rss += r * r
		}
		if rss < bestRSS {
			best, bestRSS = beta, rss
		}
	}
	return best, bestRSS
}

func TestLeastSquaresBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 1))
	for trial := range 300 {
		n, k := 3+rng.IntN(12), 1+rng.IntN(5)
		x := make([][]float64, k)
		for j := range x {
			x[j] = make([]float64, n)
			for i := range x[j] {
				x[j][i] = rng.Float64()
			}
		}
		y := make([]float64, n)
		for i := range y {
			y[i] = rng.NormFloat64()
			for j := range k {
				y[i] += (rng.Float64()*2 - 1) * x[j][i]
			}
		}
		nn := make([]bool, k)
		for j := range nn {
			nn[j] = true
		}
		f, err := LeastSquares(y, x, nil, Config{OmitIntercept: true, NonNegative: nn})
		if err != nil {
			t.Fatal(err)
		}
		if slicesHasNaN(f.Coef) {
			continue // aliased (n small against k): brute force differs in which column it keeps
		}
		want, rss := bruteNNLS(y, x)
		if math.Abs(f.RSS-rss) > 1e-9*math.Max(1, rss) {
			t.Fatalf("trial %d: RSS %v, brute force %v (coef %v vs %v)", trial, f.RSS, rss, f.Coef, want)
		}
		if d := cmp.Diff(want, f.Coef, cmpopts.EquateApprox(0, 1e-7)); d != "" {
			t.Fatalf("trial %d: coef (-brute +got):\n%s", trial, d)
		}
	}
}

func slicesHasNaN(v []float64) bool {
	for _, x := range v {
		if math.IsNaN(x) {
			return true
		}
	}
	return false
}

// TestLogisticUnboundedUnchanged: NonNegative all false gives the fit of
// the plain call, bit for bit, on the R reference cases.
func TestLogisticUnboundedUnchanged(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	y, x := logisticData(rng, 200, []float64{-0.5, 1, -1})
	plain, err := Logistic(y, x, nil, Config{})
	if err != nil {
		t.Fatal(err)
	}
	off, err := Logistic(y, x, nil, Config{NonNegative: []bool{false, false}})
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(plain, off, cmpopts.EquateNaNs()); d != "" {
		t.Fatalf("(-plain +nonNegative all false):\n%s", d)
	}
}

func logisticData(rng *rand.Rand, n int, beta []float64) ([]float64, [][]float64) {
	x := make([][]float64, len(beta)-1)
	for j := range x {
		x[j] = make([]float64, n)
	}
	y := make([]float64, n)
	for i := range n {
		eta := beta[0]
		for j := range x {
			x[j][i] = rng.Float64()
			eta += beta[j+1] * x[j][i]
		}
		if rng.Float64() < 1/(1+math.Exp(-eta)) {
			y[i] = 1
		}
	}
	return y, x
}

// TestLogisticBounded checks the bounded fit against its optimality
// conditions: where the unbounded MLE is non-negative the two agree; where
// the bound binds, the bounded fit equals the unbounded fit of the model
// without the bound columns (R-validated routine), and the score of each
// bound column there, Σ x_ij (y_i − μ_i), is ≤ 0 (freeing it cannot raise
// the likelihood).
func TestLogisticBounded(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for trial := range 40 {
		beta := []float64{rng.NormFloat64(), 2 * rng.NormFloat64(), 2 * rng.NormFloat64(), 2 * rng.NormFloat64()}
		y, x := logisticData(rng, 300, beta)
		nn := []bool{true, true, true}
		cfg := Config{NonNegative: nn, Epsilon: 1e-12, MaxIter: 100}
		f, err := Logistic(y, x, nil, cfg)
		if err != nil {
			t.Fatal(err)
		}
		if f.Separation != SeparationNone || !f.Converged {
			continue
		}
		var keep [][]float64
		var idx []int
		for j := range x {
			if !f.AtBound[j+1] {
				keep = append(keep, x[j])
				idx = append(idx, j+1)
			}
			if f.Coef[j+1] < 0 {
				t.Fatalf("trial %d: coef %v < 0", trial, f.Coef)
			}
		}
		red, err := Logistic(y, keep, nil, Config{Epsilon: 1e-12, MaxIter: 100})
		if err != nil {
			t.Fatal(err)
		}
		if math.Abs(red.Coef[0]-f.Coef[0]) > 1e-6 {
			t.Fatalf("trial %d: intercept %v, reduced fit %v", trial, f.Coef[0], red.Coef[0])
		}
		for p, j := range idx {
			if math.Abs(red.Coef[p+1]-f.Coef[j]) > 1e-6 {
				t.Fatalf("trial %d: coef %v, reduced fit %v", trial, f.Coef, red.Coef)
			}
		}
		if math.Abs(red.Deviance-f.Deviance) > 1e-8 {
			t.Fatalf("trial %d: deviance %v, reduced %v", trial, f.Deviance, red.Deviance)
		}
		for j := range x {
			if !f.AtBound[j+1] {
				continue
			}
			var score float64
			for i := range y {
				score += x[j][i] * (y[i] - f.Fitted[i])
			}
			if score > 1e-6 {
				t.Fatalf("trial %d: column %d at bound with score %v > 0", trial, j, score)
			}
			if !math.IsNaN(f.SE[j+1]) {
				t.Fatalf("trial %d: SE at bound %v, want NaN", trial, f.SE[j+1])
			}
		}
	}
}

func TestBoundsLength(t *testing.T) {
	_, err := Logistic([]float64{0, 1}, [][]float64{{1, 2}}, nil, Config{NonNegative: []bool{true, true}})
	if !errors.Is(err, ErrLength) {
		t.Fatalf("err = %v, want ErrLength", err)
	}
	_, err = LeastSquares([]float64{math.NaN()}, nil, nil, Config{})
	if !errors.Is(err, ErrOutOfRange) {
		t.Fatalf("err = %v, want ErrOutOfRange", err)
	}
}
