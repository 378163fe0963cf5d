package causal

import (
	"encoding/json"
	"errors"
	"math"
	"testing"

	"github.com/mentorkit/mentorkit/internal/jsontest"
)

// Types not already round-tripped beside their tests, including the
// non-finite values they can hold, and the enums' names.
func TestJSONRoundTrip(t *testing.T) {
	jsontest.RoundTrip(t, Subject{ID: "p1", Treated: true, Covariates: []float64{1.5, math.Inf(-1)}})
	jsontest.RoundTrip(t, []Applicant{{ID: "a", Stratum: "hr"}, {ID: "b"}})
	jsontest.RoundTrip(t, Bound{Gamma: 2, PUpper: 0.01, PUpperExact: math.NaN()})
	jsontest.RoundTrip(t, Sensitivity{GammaCritical: math.Inf(1), GammaCriticalExact: math.NaN(), Bounds: []Bound{}})
	jsontest.RoundTrip(t, Term{Name: "treat:post", Estimate: math.NaN(), Classical: nanInference(), Cluster: nanInference()})
	jsontest.RoundTrip(t, Pair{Treated: "t", Control: "c", Distance: 0.1, LogitGap: -0.1})
	jsontest.RoundTrip(t, BalanceRow{Covariate: "age", Imbalanced: true})
	jsontest.RoundTrip(t, Effect{Estimate: math.NaN(), SE: math.NaN(), Lower: math.NaN(), Upper: math.NaN(), P: math.NaN()})
	for _, d := range []Distance{DistanceLogit, DistanceMahalanobis} {
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		var back Distance
		if err := json.Unmarshal(b, &back); err != nil || back != d {
			t.Errorf("%s: got %v, %v", b, back, err)
		}
	}
	var s Scheme
	if err := json.Unmarshal([]byte(`"Blocked"`), &s); err != nil || s != SchemeBlocked {
		t.Errorf("Blocked: %v %v", s, err)
	}
	if err := json.Unmarshal([]byte(`"coin"`), &s); !errors.Is(err, ErrUnknownEnum) {
		t.Errorf("coin: %v", err)
	}
}
