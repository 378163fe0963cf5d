package glm

import (
	"encoding/json"
	"math"
	"os"
	"testing"
)

// testdata/bounded.json was written by testdata/make_bounded.R (R 4.2.2):
// least squares with bounds solved by quadprog::solve.QP, logistic
// regression with bounds by optim's L-BFGS-B on the log-likelihood (see
// the script).
func TestBoundedAgainstR(t *testing.T) {
	b, err := os.ReadFile("testdata/bounded.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		LeastSquares []struct {
			Name      string
			Y, W      []float64
			X         [][]float64
			Intercept bool
			Bounded   []bool
			Coef      []float64
			RSS       float64
		} `json:"least_squares"`
		Logistic []struct {
			Name     string
			Y        []float64
			X        [][]float64
			Bounded  []bool
			Coef     []float64
			Deviance float64
		}
	}
	if err := json.Unmarshal(b, &ref); err != nil {
		t.Fatal(err)
	}
	for _, c := range ref.LeastSquares {
		t.Run(c.Name, func(t *testing.T) {
			f, err := LeastSquares(c.Y, c.X, c.W, Config{OmitIntercept: !c.Intercept, NonNegative: c.Bounded})
			if err != nil {
				t.Fatal(err)
			}
			for j := range c.Coef {
				if math.Abs(f.Coef[j]-c.Coef[j]) > 1e-10 {
					t.Errorf("coef %v, R %v", f.Coef, c.Coef)
					break
				}
			}
			if math.Abs(f.RSS-c.RSS) > 1e-10*c.RSS {
				t.Errorf("RSS %v, R %v", f.RSS, c.RSS)
			}
		})
	}
	for _, c := range ref.Logistic {
		t.Run(c.Name, func(t *testing.T) {
			f, err := Logistic(c.Y, c.X, nil, Config{NonNegative: c.Bounded, Epsilon: 1e-14, MaxIter: 100})
			if err != nil {
				t.Fatal(err)
			}
			for j := range c.Coef {
				if math.Abs(f.Coef[j]-c.Coef[j]) > 1e-5 {
					t.Errorf("coef %v, R %v", f.Coef, c.Coef)
					break
				}
			}
			// L-BFGS-B stops near, never below, the constrained minimum.
			if f.Deviance > c.Deviance+1e-9 || c.Deviance-f.Deviance > 1e-7 {
				t.Errorf("deviance %.12g, R %.12g", f.Deviance, c.Deviance)
			}
		})
	}
}
