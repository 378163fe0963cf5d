package evaluation_test

import (
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/mentorkit/mentorkit/internal/jsontest"

	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/evaluation"
)

// must returns v, failing the test on err.
func must[T any](t *testing.T) func(T, error) T {
	return func(v T, err error) T {
		t.Helper()
		require.NoError(t, err)
		return v
	}
}

// TestJSONRoundTrip builds every exported result type from degenerate
// inputs (NaN statistics, infinite odds ratios, all-censored survival, no
// pairs, empty inputs), and every config with all fields set, and
// requires each to marshal and decode back equal.
func TestJSONRoundTrip(t *testing.T) {
	t.Run("ZTest", func(t *testing.T) {
		z := must[evaluation.ZTest](t)(evaluation.TwoProportionZTest(0, 5, 0, 5, evaluation.TwoProportionConfig{})) // pooled 0: Z, p NaN
		require.True(t, math.IsNaN(z.PValue))
		require.Contains(t, jsontest.RoundTrip(t, z), `"pValue":"NaN"`)
	})
	t.Run("ProportionDiff", func(t *testing.T) {
		jsontest.RoundTrip(t, must[evaluation.ProportionDiff](t)(evaluation.NewcombeInterval(0, 1, 1, 1, 0.95)))
	})
	t.Run("Fisher", func(t *testing.T) {
		f := must[evaluation.Fisher](t)(evaluation.FisherExact([2][2]int{{0, 0}, {0, 5}}, evaluation.FisherConfig{}))
		require.Contains(t, jsontest.RoundTrip(t, f), `"ciHigh":"Infinity"`)
		jsontest.RoundTrip(t, must[evaluation.Fisher](t)(evaluation.FisherExact([2][2]int{{3, 0}, {0, 3}}, evaluation.FisherConfig{})))
	})
	t.Run("ChiSquareResult", func(t *testing.T) {
		jsontest.RoundTrip(t, must[evaluation.ChiSquareResult](t)(evaluation.ChiSquare([][]float64{{1, 2}}, evaluation.ChiSquareConfig{})))
	})
	t.Run("TTest", func(t *testing.T) {
		one := must[evaluation.TTest](t)(evaluation.TTestOneSample([]float64{3}, 0, evaluation.TTestConfig{})) // n = 1
		require.True(t, math.IsNaN(one.PValue))
		jsontest.RoundTrip(t, one)
		jsontest.RoundTrip(t, must[evaluation.TTest](t)(evaluation.TTestWelch([]float64{2, 2}, []float64{1, 1}, evaluation.TTestConfig{}))) // constant
		jsontest.RoundTrip(t, must[evaluation.TTest](t)(evaluation.TTestPaired([]float64{1, 2}, []float64{1, 2}, evaluation.TTestConfig{})))
	})
	t.Run("EffectSize", func(t *testing.T) {
		jsontest.RoundTrip(t, must[evaluation.EffectSize](t)(evaluation.CohensD([]float64{1}, []float64{1}, evaluation.EffectSizeConfig{})))
		jsontest.RoundTrip(t, must[evaluation.EffectSize](t)(evaluation.CohensD([]float64{2, 2}, []float64{1, 1}, evaluation.EffectSizeConfig{})))
		jsontest.RoundTrip(t, must[evaluation.PairedEffectSize](t)(evaluation.CohensDZ([]float64{1}, []float64{1}, evaluation.EffectSizeConfig{})))
	})
	t.Run("Wilcoxon", func(t *testing.T) {
		jsontest.RoundTrip(t, must[evaluation.Wilcoxon](t)(evaluation.WilcoxonSignedRank([]float64{0, 0}, nil,
			evaluation.WilcoxonConfig{ZeroMethod: evaluation.ZeroSplit})))
	})
	t.Run("MannWhitney", func(t *testing.T) {
		jsontest.RoundTrip(t, must[evaluation.MannWhitney](t)(evaluation.MannWhitneyU([]float64{1}, []float64{1},
			evaluation.MannWhitneyConfig{NoCorrection: true}))) // all tied: p NaN
	})
	t.Run("Survival", func(t *testing.T) {
		durations, censored := []float64{1, 2, 3}, []bool{false, false, false}
		c := must[evaluation.Curve](t)(evaluation.KaplanMeier(durations, censored)) // all censored
		require.False(t, c.Median.Reached)
		jsontest.RoundTrip(t, c)
		jsontest.RoundTrip(t, c.Median)
		dead := must[evaluation.Curve](t)(evaluation.KaplanMeier([]float64{1}, []bool{true})) // S = 0: NaN bounds, +Inf error
		jsontest.RoundTrip(t, dead)
		jsontest.RoundTrip(t, must[evaluation.Point](t)(dead.At(1)))
		lr := must[evaluation.Test](t)(evaluation.LogRank(durations, censored, []int{1, 2, 1})) // no events: p NaN
		require.True(t, math.IsNaN(lr.PValue))
		jsontest.RoundTrip(t, lr)
		rm := must[evaluation.RMST](t)(c.RestrictedMean(3))
		jsontest.RoundTrip(t, rm)
		jsontest.RoundTrip(t, must[evaluation.RMSTDifference](t)(evaluation.DiffRMST(rm, rm))) // StdErr 0: p NaN
	})
	t.Run("Bootstrap", func(t *testing.T) {
		b := must[evaluation.Bootstrap](t)(evaluation.BootstrapFromReplicates([]float64{1, 1}, nil, []float64{1, 1, 1},
			evaluation.BootstrapConfig{})) // constant: BCa NaN
		require.True(t, math.IsNaN(b.Lower))
		jsontest.RoundTrip(t, b)
	})
	t.Run("Permutation", func(t *testing.T) {
		jsontest.RoundTrip(t, must[evaluation.Permutation](t)(evaluation.PermutationTest(nil, []float64{1, 1}, []float64{1, 1}, nil,
			evaluation.PermutationConfig{})))
	})
	t.Run("Matched", func(t *testing.T) {
		subjects := []evaluation.MatchSubject{
			{ID: "t", Treated: true, Stratum: "a", Covariates: []float64{1}, Outcome: 1},
			{ID: "c", Stratum: "b", Covariates: []float64{1}, Outcome: 0},
		}
		m := must[evaluation.Matched](t)(evaluation.MatchedComparison(subjects, evaluation.MatchConfig{})) // no pair
		require.Empty(t, m.Pairs)
		jsontest.RoundTrip(t, m)
		jsontest.RoundTrip(t, subjects)
		subjects[1].Stratum = "a"
		jsontest.RoundTrip(t, must[evaluation.Matched](t)(evaluation.MatchedComparison(subjects, evaluation.MatchConfig{})))
	})
	t.Run("Configs", func(t *testing.T) {
		jsontest.RoundTrip(t, evaluation.BootstrapConfig{Resamples: 99, Confidence: 0.9, Method: evaluation.MethodPercentile})
		jsontest.RoundTrip(t, evaluation.ChiSquareConfig{NoCorrection: true})
		jsontest.RoundTrip(t, evaluation.EffectSizeConfig{Confidence: 0.9, Method: evaluation.MethodNormal})
		jsontest.RoundTrip(t, evaluation.FisherConfig{Confidence: 0.9})
		jsontest.RoundTrip(t, evaluation.MannWhitneyConfig{NoCorrection: true, Method: evaluation.MethodExact})
		jsontest.RoundTrip(t, evaluation.MatchConfig{Covariates: []string{"a"}, Calipers: []float64{0.2}, MaxDistance: 1, Confidence: 0.9})
		jsontest.RoundTrip(t, evaluation.PermutationConfig{Resamples: 99})
		jsontest.RoundTrip(t, evaluation.SurvivalConfig{Confidence: 0.9, Transform: evaluation.TransformLogLog})
		jsontest.RoundTrip(t, evaluation.TTestConfig{Confidence: 0.9})
		jsontest.RoundTrip(t, evaluation.WilcoxonConfig{ZeroMethod: evaluation.ZeroPratt, Correction: true, Method: evaluation.MethodAsymptotic})
		require.Equal(t, "{}", jsontest.RoundTrip(t, evaluation.WilcoxonConfig{}), "an unset config is empty")
	})
}

// TestEnumText: the enums read their names case-insensitively and reject
// unknown text with ErrUnknownEnum.
func TestEnumText(t *testing.T) {
	var m evaluation.Method
	require.NoError(t, json.Unmarshal([]byte(`"BCa"`), &m))
	require.Equal(t, evaluation.MethodBCa, m)
	err := json.Unmarshal([]byte(`"bogus"`), &m)
	require.ErrorIs(t, err, evaluation.ErrUnknownEnum)
	var z evaluation.ZeroMethod
	require.NoError(t, json.Unmarshal([]byte(`"ZSPLIT"`), &z))
	require.Equal(t, evaluation.ZeroSplit, z)
	_, err = json.Marshal(evaluation.TTestConfig{Confidence: math.NaN()})
	require.NoError(t, err)
	require.True(t, strings.HasPrefix(evaluation.Method(0).String(), "unset"))
}
