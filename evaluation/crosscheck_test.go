package evaluation_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/stretchr/testify/require"
)

// TestCrossCheckScipy compares seeded random cases with scipy 1.10.1
// (testdata/scipy_random.json, printed by testdata/scipy_random.py):
// fisher_exact and contingency.odds_ratio on random 2×2 tables,
// mannwhitneyu (method "auto", continuity on or off) and wilcoxon (all
// three zero methods) on rounded normal data. Wilcoxon data with tied |d|,
// no zeros and n <= 50, where scipy's exact method is wrong, were left out
// by the script.
func TestCrossCheckScipy(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "scipy_random.json"))
	require.NoError(t, err)
	var f struct {
		Tolerance tolerance
		Cases     []struct {
			Kind          string
			Table         [2][2]int
			X, Y          []float64
			UseContinuity bool   `json:"use_continuity"`
			ZeroMethod    string `json:"zero_method"`
			Correction    bool
			Expected      []num
		}
	}
	require.NoError(t, json.Unmarshal(b, &f))
	require.NotEmpty(t, f.Cases)
	for i, c := range f.Cases {
		t.Run(c.Kind+"/"+strconv.Itoa(i), func(t *testing.T) {
			var got []float64
			switch c.Kind {
			case "fisher":
				r, err := evaluation.FisherExact(c.Table, evaluation.FisherConfig{})
				require.NoError(t, err)
				got = []float64{r.OddsRatio, r.PValue, r.ConditionalOR, r.CILow, r.CIHigh}
			case "mannwhitneyu":
				r, err := evaluation.MannWhitneyU(c.X, c.Y, evaluation.MannWhitneyConfig{NoCorrection: !c.UseContinuity})
				require.NoError(t, err)
				got = []float64{r.U1, r.PValue}
			case "wilcoxon":
				r, err := evaluation.WilcoxonSignedRank(c.X, nil, evaluation.WilcoxonConfig{
					ZeroMethod: zeroMethods[c.ZeroMethod], Correction: c.Correction})
				require.NoError(t, err)
				got = []float64{r.Statistic, r.PValue}
			default:
				t.Fatalf("unknown kind %q", c.Kind)
			}
			requireClose(t, f.Tolerance, vals(c.Expected), got)
		})
	}
}

// TestCrossCheckR compares seeded random survival data (integer months,
// many ties, 2 to 4 groups, log and log-log intervals at 90/95/99%) with
// R 4.2.2 and survival 3.5.3 (testdata/r_random.json, printed by
// testdata/r_random.R): survfit's curve and intervals, the median with its
// interval from summary(fit)$table, and survdiff.
func TestCrossCheckR(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "r_random.json"))
	require.NoError(t, err)
	var f struct {
		Tolerance tolerance
		Cases     []struct {
			Time      []float64
			Event     []int
			Group     []int
			ConfType  string    `json:"conf_type"`
			ConfLevel []float64 `json:"conf_level"`
			Surv      []num
			StdErr    []num `json:"std_err"`
			Lower     []num
			Upper     []num
			Median    []num
			Logrank   *struct {
				Chisq, Pvalue, Expected []num
			}
		}
	}
	require.NoError(t, json.Unmarshal(b, &f))
	require.NotEmpty(t, f.Cases)
	for i, c := range f.Cases {
		t.Run(strconv.Itoa(i), func(t *testing.T) {
			ev := toEvents(c.Event)
			curve, err := evaluation.KaplanMeierWith(c.Time, ev,
				evaluation.SurvivalConfig{Confidence: c.ConfLevel[0], Transform: transforms[c.ConfType]})
			require.NoError(t, err)
			m := curve.Median
			requireClose(t, f.Tolerance,
				[][]float64{vals(c.Surv), vals(c.StdErr), vals(c.Lower), vals(c.Upper), vals(c.Median)},
				[][]float64{curve.Surv, curve.StdErr, curve.Lower, curve.Upper, {m.Time, m.Lower, m.Upper}})
			if c.Logrank == nil {
				return
			}
			lr, err := evaluation.LogRank(c.Time, ev, c.Group)
			require.NoError(t, err)
			requireClose(t, f.Tolerance,
				[][]float64{vals(c.Logrank.Chisq), vals(c.Logrank.Pvalue), vals(c.Logrank.Expected)},
				[][]float64{{lr.ChiSq}, {lr.PValue}, lr.Expected})
		})
	}
}
