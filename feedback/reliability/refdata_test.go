package reliability

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"

	"github.com/mentorkit/mentorkit/internal/refdata"
)

// The reference files in testdata/ are copied unchanged from the shared
// refdata set (see its README): cronbach_alpha.json and icc.json come from
// R 4.2.2 with psych 2.2.9 (psych::alpha on na.omit data, psych::ICC with
// lmer = FALSE); alpha_ci.json from R 4.2.2 with psych 2.2.9
// (psych::alpha.ci, Feldt's interval); krippendorff_alpha.json from
// make_refdata.py (published formulas, reproducing Krippendorff 2011's
// example C).

// refCase is one case of a reference file (internal/refdata).
type refCase = refdata.Case[json.RawMessage, json.RawMessage]

// loadRef reads testdata/file.
func loadRef(t *testing.T, file string) []refCase {
	return refdata.Load[json.RawMessage, json.RawMessage](t, file)
}

// nullable turns JSON rows with nulls into a matrix with NaN.
func nullable(rows [][]*float64) *mat.Dense {
	m := mat.NewDense(len(rows), len(rows[0]), nil)
	for i, r := range rows {
		for j, v := range r {
			if v == nil {
				m.Set(i, j, math.NaN())
			} else {
				m.Set(i, j, *v)
			}
		}
	}
	return m
}

func TestCronbachAlphaRefdata(t *testing.T) {
	cases := loadRef(t, "cronbach_alpha.json")
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			var in struct {
				Items        [][]*float64 `json:"items"`
				ReverseKeyed []int        `json:"reverse_keyed"`
			}
			var want struct {
				RawAlpha float64 `json:"raw_alpha"`
				StdAlpha float64 `json:"std_alpha"`
				AverageR float64 `json:"average_r"`
				NObsUsed int     `json:"n_obs_used"`
				NItems   int     `json:"n_items"`
			}
			require.NoError(t, json.Unmarshal(c.Input, &in))
			require.NoError(t, json.Unmarshal(c.Expected, &want))
			m := nullable(in.Items)
			before := mat.DenseCopyOf(m)
			rep, err := Reliability(m, ReliabilityConfig{Reverse: in.ReverseKeyed})
			require.NoError(t, err)
			require.True(t, mat.Equal(before, m) || hasNaN(m), "input modified")
			c.Within(t, "raw_alpha", want.RawAlpha, rep.RawAlpha)
			c.Within(t, "std_alpha", want.StdAlpha, rep.StdAlpha)
			c.Within(t, "average_r", want.AverageR, rep.AverageR)
			require.Equal(t, want.NObsUsed, rep.NObs)
			require.Equal(t, want.NItems, rep.NItems)
			require.Equal(t, len(in.Items)-want.NObsUsed, rep.NDropped)
			if len(in.ReverseKeyed) == 0 && !hasNaN(m) {
				a, err := CronbachAlpha(m)
				require.NoError(t, err)
				c.Within(t, "CronbachAlpha", want.RawAlpha, a)
			}
		})
	}
}

func hasNaN(m mat.Matrix) bool {
	r, c := m.Dims()
	for i := range r {
		for j := range c {
			if math.IsNaN(m.At(i, j)) {
				return true
			}
		}
	}
	return false
}

func TestICCRefdata(t *testing.T) {
	for _, c := range loadRef(t, "icc.json") {
		t.Run(c.Name, func(t *testing.T) {
			var in struct {
				Ratings [][]float64 `json:"ratings"`
				Alpha   float64     `json:"alpha"`
			}
			type est struct {
				ICC, F, P, Lower, Upper float64
				DF1                     float64 `json:"df1"`
				DF2                     float64 `json:"df2"`
			}
			var want struct {
				ICC1, ICC2, ICC3, ICC1k, ICC2k, ICC3k est
				MeanSquares                           struct{ MSB, MSJ, MSE, MSW float64 } `json:"mean_squares"`
			}
			require.NoError(t, json.Unmarshal(c.Input, &in))
			require.NoError(t, json.Unmarshal(c.Expected, &want))
			m := nullable(toPtr(in.Ratings))
			// The reference's alpha is psych::ICC's: 1 − the coverage.
			got, err := ICC(m, ICCConfig{Confidence: 1 - in.Alpha})
			require.NoError(t, err)
			for _, p := range []struct {
				name string
				w    est
				g    ICCEstimate
			}{{"ICC1", want.ICC1, got.ICC1}, {"ICC2", want.ICC2, got.ICC2}, {"ICC3", want.ICC3, got.ICC3},
				{"ICC1k", want.ICC1k, got.ICC1k}, {"ICC2k", want.ICC2k, got.ICC2k}, {"ICC3k", want.ICC3k, got.ICC3k}} {
				c.Within(t, p.name+".icc", p.w.ICC, p.g.ICC)
				c.Within(t, p.name+".F", p.w.F, p.g.F)
				c.Within(t, p.name+".df1", p.w.DF1, p.g.DF1)
				c.Within(t, p.name+".df2", p.w.DF2, p.g.DF2)
				c.Within(t, p.name+".p", p.w.P, p.g.P)
				c.Within(t, p.name+".lower", p.w.Lower, p.g.Lower)
				c.Within(t, p.name+".upper", p.w.Upper, p.g.Upper)
			}
			c.Within(t, "MSB", want.MeanSquares.MSB, got.MSB)
			c.Within(t, "MSJ", want.MeanSquares.MSJ, got.MSJ)
			c.Within(t, "MSE", want.MeanSquares.MSE, got.MSE)
			c.Within(t, "MSW", want.MeanSquares.MSW, got.MSW)
		})
	}
}

func toPtr(rows [][]float64) [][]*float64 {
	out := make([][]*float64, len(rows))
	for i, r := range rows {
		for j := range r {
			out[i] = append(out[i], &rows[i][j])
		}
	}
	return out
}

func TestKrippendorffAlphaRefdata(t *testing.T) {
	levels := map[string]Level{"nominal": Nominal, "ordinal": Ordinal, "interval": Interval}
	for _, c := range loadRef(t, "krippendorff_alpha.json") {
		t.Run(c.Name, func(t *testing.T) {
			var in struct {
				Data  [][]*float64 `json:"data"`
				Level string       `json:"level"`
			}
			var want struct {
				Alpha     float64 `json:"alpha"`
				DO        float64 `json:"D_o"`
				DE        float64 `json:"D_e"`
				NPairable int     `json:"n_pairable_values"`
			}
			require.NoError(t, json.Unmarshal(c.Input, &in))
			require.NoError(t, json.Unmarshal(c.Expected, &want))
			got, err := KrippendorffAlpha(nullable(in.Data), levels[in.Level])
			require.NoError(t, err)
			c.Within(t, "alpha", want.Alpha, got.Alpha)
			c.Within(t, "D_o", want.DO, got.DO)
			c.Within(t, "D_e", want.DE, got.DE)
			require.Equal(t, want.NPairable, got.NPairable)
		})
	}
}
