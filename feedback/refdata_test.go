package feedback

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// The reference files in testdata/ are copied unchanged from the shared
// refdata set (see its README): nps.json from make_refdata.py (published
// formulas). The reliability statistics' files moved with them to
// feedback/reliability.

type refCase struct {
	Name      string          `json:"name"`
	Input     json.RawMessage `json:"input"`
	Expected  json.RawMessage `json:"expected"`
	Tolerance struct{ Rel, Abs float64 }
}

func loadRef(t *testing.T, file string) []refCase {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", file))
	require.NoError(t, err)
	var f struct{ Cases []refCase }
	require.NoError(t, json.Unmarshal(b, &f))
	require.NotEmpty(t, f.Cases)
	return f.Cases
}

func within(t *testing.T, c refCase, what string, want, got float64) {
	t.Helper()
	tol := math.Max(c.Tolerance.Rel*math.Abs(want), c.Tolerance.Abs)
	if math.IsNaN(got) || math.Abs(got-want) > tol {
		t.Errorf("%s: %s = %.15g, want %.15g (tolerance %g)", c.Name, what, got, want, tol)
	}
}

func TestNPSRefdata(t *testing.T) {
	for _, c := range loadRef(t, "nps.json") {
		t.Run(c.Name, func(t *testing.T) {
			var in struct{ Ratings []int }
			var want struct {
				N, Promoters, Passives, Detractors int
				PctPromoters                       float64 `json:"pct_promoters"`
				PctDetractors                      float64 `json:"pct_detractors"`
				NPS                                float64 `json:"nps"`
			}
			require.NoError(t, json.Unmarshal(c.Input, &in))
			require.NoError(t, json.Unmarshal(c.Expected, &want))
			got, err := NPS(in.Ratings, NPSConfig{})
			require.NoError(t, err)
			require.Equal(t, [4]int{want.N, want.Promoters, want.Passives, want.Detractors},
				[4]int{got.N, got.Promoters, got.Passives, got.Detractors})
			within(t, c, "pct_promoters", want.PctPromoters, 100*got.PromoterShare)
			within(t, c, "pct_detractors", want.PctDetractors, 100*got.DetractorShare)
			within(t, c, "nps", want.NPS, got.Score)
		})
	}
}
