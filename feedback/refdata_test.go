package feedback

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/internal/refdata"
)

// The reference files in testdata/ are copied unchanged from the shared
// refdata set (see its README): nps.json from make_refdata.py (published
// formulas). The reliability statistics' files moved with them to
// feedback/reliability.

// refCase is one case of a reference file (internal/refdata).
type refCase = refdata.Case[json.RawMessage, json.RawMessage]

// loadRef reads testdata/file.
func loadRef(t *testing.T, file string) []refCase {
	return refdata.Load[json.RawMessage, json.RawMessage](t, file)
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
			c.Within(t, "pct_promoters", want.PctPromoters, 100*got.PromoterShare)
			c.Within(t, "pct_detractors", want.PctDetractors, 100*got.DetractorShare)
			c.Within(t, "nps", want.NPS, got.Score)
		})
	}
}
