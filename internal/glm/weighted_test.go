package glm

import (
	"encoding/json"
	"math"
	"os"
	"testing"
)

// testdata/weighted.json was written by testdata/make_weighted.R (R 4.2.2
// glm, binomial, with prior weights; see the script for the settings).
func TestLogisticWeightedR(t *testing.T) {
	b, err := os.ReadFile("testdata/weighted.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Name     string
		Y        []float64
		X        [][]float64
		W        []float64
		Expected struct {
			Coef, SE, Fitted []float64
			Deviance         float64
			NullDeviance     float64 `json:"null_deviance"`
			AIC, LogLik      float64
			Iter             int
		}
	}
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	near := func(got, want, rel, abs float64) bool {
		return math.Abs(got-want) <= math.Max(rel*math.Abs(want), abs)
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			e := c.Expected
			quasi := c.Name == "quasi_separation_default_control"
			cfg := Config{Epsilon: 1e-14, MaxIter: 100}
			if quasi {
				cfg = Config{}
			}
			fit, err := Logistic(c.Y, c.X, c.W, cfg)
			if err != nil {
				t.Fatal(err)
			}
			if !near(fit.NullDeviance, e.NullDeviance, 1e-9, 1e-9) {
				t.Errorf("null deviance %v, want %v", fit.NullDeviance, e.NullDeviance)
			}
			if quasi {
				// R stops after 21 iterations with the separated points
				// fitted to about 1e-16; the deviance is that of the
				// overlapping points alone.
				if fit.Separation != SeparationQuasiComplete || fit.Iterations != e.Iter || !near(fit.Deviance, e.Deviance, 1e-6, 1e-6) {
					t.Errorf("separation %v after %d iterations, deviance %v; want quasi-complete after %d, %v",
						fit.Separation, fit.Iterations, fit.Deviance, e.Iter, e.Deviance)
				}
				return
			}
			if !near(fit.Deviance, e.Deviance, 1e-9, 1e-9) || !near(fit.AIC, e.AIC, 1e-9, 1e-9) || !near(fit.LogLik, e.LogLik, 1e-9, 1e-9) {
				t.Errorf("deviance %v aic %v loglik %v, want %v %v %v", fit.Deviance, fit.AIC, fit.LogLik, e.Deviance, e.AIC, e.LogLik)
			}
			for j := range e.Coef {
				if !near(fit.Coef[j], e.Coef[j], 1e-7, 1e-9) || !near(fit.SE[j], e.SE[j], 1e-7, 1e-9) {
					t.Errorf("coef[%d] %v se %v, want %v %v", j, fit.Coef[j], fit.SE[j], e.Coef[j], e.SE[j])
				}
			}
			for i := range e.Fitted {
				if !near(fit.Fitted[i], e.Fitted[i], 1e-7, 1e-12) {
					t.Errorf("fitted[%d] %v, want %v", i, fit.Fitted[i], e.Fitted[i])
				}
			}
		})
	}
}
