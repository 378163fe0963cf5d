package causal

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/mentorkit/mentorkit/internal/jsontest"
)

// The propensity model is R's glm(treated ~ covariates, binomial):
// testdata/logistic.json (R 4.2.2, converged to epsilon 1e-14). Every case
// with a 0/1 outcome and at least one covariate is refitted through
// EstimatePropensity; the complete-separation case must give ErrSeparation.
func TestPropensityReference(t *testing.T) {
	for _, c := range readRef(t, "logistic.json") {
		t.Run(c.Name, func(t *testing.T) {
			var in struct {
				Y     []float64            `json:"y"`
				Names []string             `json:"covariate_names"`
				Cov   map[string][]float64 `json:"covariates"`
			}
			if err := json.Unmarshal(c.Input, &in); err != nil {
				t.Fatal(err)
			}
			if _, isErr := c.Expected["error"]; isErr {
				return // y = 2 cannot be said with Treated bool
			}
			subjects := make([]Subject, len(in.Y))
			for i := range subjects {
				subjects[i] = Subject{ID: fmt.Sprintf("s%03d", i), Treated: in.Y[i] == 1, Covariates: []float64{}}
				for _, n := range in.Names {
					subjects[i].Covariates = append(subjects[i].Covariates, in.Cov[n][i])
				}
			}
			p, err := EstimatePropensity(subjects, in.Names)
			if c.Name == "complete_separation" {
				if !errors.Is(err, ErrSeparation) {
					t.Fatalf("err = %v, want ErrSeparation", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := map[string][]float64{"coef": p.Model.Coef, "se": p.Model.SE, "z": p.Model.Z, "pvalue": p.Model.P,
				"deviance": {p.Model.Deviance}, "null_deviance": {p.Model.NullDeviance}, "aic": {p.Model.AIC}, "fitted": p.Score}
			compare(t, c, got, "terms", "n", "df_residual", "df_null", "loglik", "converged")
			jsontest.RoundTrip(t, p)
		})
	}
}
