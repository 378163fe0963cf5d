package glm

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mentorkit/mentorkit/internal/jsontest"
)

func TestSeparationKinds(t *testing.T) {
	tests := []struct {
		name string
		y    []float64
		x    []float64
		want Separation
		sep  []int
	}{
		// x < 3 is always 0 and x > 3 always 1; the two at x = 3 overlap.
		{"quasi at a shared value", []float64{0, 0, 0, 1, 1, 1}, []float64{1, 2, 3, 3, 4, 5}, SeparationQuasiComplete, []int{0, 1, 4, 5}},
		// A 2×2 table with an empty cell: every mentored person has y = 1.
		{"quasi from an empty cell", []float64{1, 1, 1, 1, 0, 0}, []float64{1, 1, 1, 0, 0, 0}, SeparationQuasiComplete, []int{0, 1, 2}},
		{"complete", []float64{1, 1, 0, 0}, []float64{-2, -1, 1, 2}, SeparationComplete, []int{0, 1, 2, 3}},
		// Overlap in the middle and one far outlier fitted close to 1: no
		// separation, the MLE is finite.
		{"extreme but overlapping", []float64{0, 1, 0, 1, 0, 1, 1, 0, 1}, []float64{0, 1, 2, 3, 4, 5, 6, 7, 250}, SeparationNone, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fit, err := Logistic(tt.y, [][]float64{tt.x}, nil, Config{})
			if err != nil {
				t.Fatal(err)
			}
			if fit.Separation != tt.want || !slices.Equal(fit.Separated, tt.sep) {
				t.Errorf("separation %v %v, want %v %v (fitted %v)", fit.Separation, fit.Separated, tt.want, tt.sep, fit.Fitted)
			}
			if tt.want != SeparationNone && !math.IsNaN(fit.Coef[1]) {
				t.Errorf("coef = %v, want NaN under separation", fit.Coef)
			}
			if tt.want == SeparationNone && math.IsNaN(fit.Coef[1]) {
				t.Errorf("coef = %v, want finite", fit.Coef)
			}
		})
	}
}

// A column that is a multiple of another, or constant, is aliased (R's NA)
// and the rest of the fit equals the fit without it.
func TestAliased(t *testing.T) {
	y := []float64{0, 1, 1, 0, 1, 0, 1, 1, 0, 0}
	x1 := []float64{1.2, 2.5, 3.1, 0.7, 2.2, 1.9, 2.8, 1.1, 1.5, 2.0}
	x2 := make([]float64, len(x1))
	for i := range x1 {
		x2[i] = 2*x1[i] - 3
	}
	konst := slices.Repeat([]float64{4}, len(y))
	base, err := Logistic(y, [][]float64{x1}, nil, Config{})
	if err != nil {
		t.Fatal(err)
	}
	for name, cols := range map[string][][]float64{"collinear": {x1, x2}, "constant": {x1, konst}} {
		fit, err := Logistic(y, cols, nil, Config{})
		if err != nil {
			t.Fatal(err)
		}
		if !fit.Aliased[2] || fit.Aliased[0] || fit.Aliased[1] || !math.IsNaN(fit.Coef[2]) || !math.IsNaN(fit.SE[2]) {
			t.Errorf("%s: aliased %v coef %v", name, fit.Aliased, fit.Coef)
		}
		opt := cmp.Comparer(func(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) })
		if d := cmp.Diff(base.Coef, fit.Coef[:2], opt); d != "" {
			t.Errorf("%s: coefficients differ from the fit without the aliased column (-want +got):\n%s", name, d)
		}
		if fit.DFResidual != base.DFResidual || math.Abs(fit.AIC-base.AIC) > 1e-9 {
			t.Errorf("%s: df %d aic %v, want %d %v", name, fit.DFResidual, fit.AIC, base.DFResidual, base.AIC)
		}
	}
}

// Integer weights are frequency weights: weight 2 equals the row twice.
func TestWeightsReplicate(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	n := 40
	y, x, w := make([]float64, n), make([]float64, n), make([]float64, n)
	var yr, xr []float64
	for i := range n {
		x[i] = rng.NormFloat64()
		if rng.Float64() < 1/(1+math.Exp(-x[i])) {
			y[i] = 1
		}
		w[i] = float64(rng.IntN(3))
		for range int(w[i]) {
			yr, xr = append(yr, y[i]), append(xr, x[i])
		}
	}
	a, err := Logistic(y, [][]float64{x}, w, Config{Epsilon: 1e-14, MaxIter: 100})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Logistic(yr, [][]float64{xr}, nil, Config{Epsilon: 1e-14, MaxIter: 100})
	if err != nil {
		t.Fatal(err)
	}
	for j := range 2 {
		if math.Abs(a.Coef[j]-b.Coef[j]) > 1e-9 || math.Abs(a.SE[j]-b.SE[j]) > 1e-9 {
			t.Errorf("coef %v se %v, replicated %v %v", a.Coef, a.SE, b.Coef, b.SE)
		}
	}
	if math.Abs(a.Deviance-b.Deviance) > 1e-9 {
		t.Errorf("deviance %v, replicated %v", a.Deviance, b.Deviance)
	}
}

func TestBadInput(t *testing.T) {
	tests := []struct {
		name string
		y    []float64
		x    [][]float64
		w    []float64
		cfg  Config
		want error
	}{
		{"empty", nil, nil, nil, Config{}, ErrEmpty},
		{"y NaN", []float64{0, math.NaN()}, nil, nil, Config{}, ErrOutOfRange},
		{"y 2", []float64{0, 2}, nil, nil, Config{}, ErrOutOfRange},
		{"x Inf", []float64{0, 1}, [][]float64{{1, math.Inf(1)}}, nil, Config{}, ErrOutOfRange},
		{"x short", []float64{0, 1}, [][]float64{{1}}, nil, Config{}, ErrLength},
		{"w negative", []float64{0, 1}, nil, []float64{1, -1}, Config{}, ErrOutOfRange},
		{"w all zero", []float64{0, 1}, nil, []float64{0, 0}, Config{}, ErrEmpty},
		{"epsilon NaN", []float64{0, 1}, nil, nil, Config{Epsilon: math.NaN()}, ErrOutOfRange},
		{"epsilon 1", []float64{0, 1}, nil, nil, Config{Epsilon: 1}, ErrOutOfRange},
		{"maxIter negative", []float64{0, 1}, nil, nil, Config{MaxIter: -1}, ErrOutOfRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Logistic(tt.y, tt.x, tt.w, tt.cfg)
			if !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

func FuzzLogistic(f *testing.F) {
	f.Add([]byte{0, 1, 1, 0, 1, 0}, []byte{3, 1, 4, 1, 5, 9}, false, false)
	f.Add([]byte{0, 0, 1, 1}, []byte{1, 2, 3, 4}, true, true)
	f.Fuzz(func(t *testing.T, yb, xb []byte, omit, weighted bool) {
		n := min(len(yb), len(xb), 64)
		y, x := make([]float64, n), make([]float64, n)
		var w []float64
		positive := !weighted
		for i := range n {
			y[i] = float64(yb[i]%3) / 2
			x[i] = float64(int8(xb[i]))
			if weighted {
				w = append(w, float64(yb[i]>>4)/4) // 0 to 3.75, zeros included
				positive = positive || w[i] > 0
			}
		}
		fit, err := Logistic(y, [][]float64{x, x}, w, Config{OmitIntercept: omit})
		if err != nil {
			if n > 0 && positive {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		for _, mu := range fit.Fitted {
			if !(mu >= 0 && mu <= 1) {
				t.Fatalf("fitted %v", fit.Fitted)
			}
		}
		if !fit.Aliased[len(fit.Aliased)-1] && !fit.Aliased[len(fit.Aliased)-2] {
			t.Fatalf("a repeated column is not aliased: %v", fit.Aliased)
		}
	})
}

// With one covariate and an intercept the outcomes are separated (completely
// or quasi-completely) exactly when the covariate ranges of the two classes
// overlap in at most one point (unless x is constant, when it is aliased);
// all outcomes equal counts as separated too
// (the intercept runs off to ±∞). Brute force over random small data with
// many ties.
func TestSeparationOneCovariateBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	for trial := range 2000 {
		n := 3 + rng.IntN(10)
		y, x := make([]float64, n), make([]float64, n)
		for i := range n {
			y[i] = float64(rng.IntN(2))
			x[i] = float64(rng.IntN(6))
		}
		lo := [2]float64{math.Inf(1), math.Inf(1)}
		hi := [2]float64{math.Inf(-1), math.Inf(-1)}
		for i := range n {
			c := int(y[i])
			lo[c], hi[c] = math.Min(lo[c], x[i]), math.Max(hi[c], x[i])
		}
		allEqual := lo[0] == hi[0] && lo[1] == hi[1] && hi[0] == lo[1] // x constant: aliased, no separation
		want := math.IsInf(lo[0], 0) || math.IsInf(lo[1], 0) || (!allEqual && (hi[0] <= lo[1] || hi[1] <= lo[0]))
		fit, err := Logistic(y, [][]float64{x}, nil, Config{})
		if err != nil {
			t.Fatal(err)
		}
		if got := fit.Separation != SeparationNone; got != want {
			t.Fatalf("trial %d: y %v x %v: separation %v, want separated = %v (fitted %v)", trial, y, x, fit.Separation, want, fit.Fitted)
		}
	}
}

// More columns than observations: the columns beyond the rank are
// aliased, nothing panics.
func TestMoreColumnsThanRows(t *testing.T) {
	fit, err := Logistic([]float64{0, 1, 1, 0}, [][]float64{{1, 2, 3, 5}, {2, 1, 4, 4}, {0, 1, 0, 3}, {5, 5, 1, 2}, {3, 3, 3, 1}}, nil, Config{})
	if err != nil {
		t.Fatal(err)
	}
	aliased := 0
	for _, a := range fit.Aliased {
		if a {
			aliased++
		}
	}
	if aliased < 2 || fit.DFResidual < 0 {
		t.Errorf("aliased %v, df %d", fit.Aliased, fit.DFResidual)
	}
}

func TestConfigJSON(t *testing.T) {
	jsontest.RoundTrip(t, Config{MaxIter: 50, Epsilon: 1e-12, OmitIntercept: true})
	jsontest.RoundTrip(t, Fit{Coef: []float64{math.NaN()}, Separation: SeparationQuasiComplete, Separated: []int{0}})
}
