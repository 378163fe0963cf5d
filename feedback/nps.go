package feedback

import (
	"math"

	"gonum.org/v1/gonum/stat/distuv"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
)

// NPSConfig sets the interval of an NPS. The zero value is a 95 % interval.
type NPSConfig struct {
	// Confidence is the interval's coverage in (0, 1); 0 means 0.95, the
	// usual default of survey tools.
	Confidence float64 `json:"confidence,omitempty"`
}

// NPSResult is a Net Promoter Score with its interval.
type NPSResult struct {
	N          int `json:"n"`
	Promoters  int `json:"promoters"`
	Passives   int `json:"passives"`
	Detractors int `json:"detractors"`
	// PromoterShare and DetractorShare are in 0–1.
	PromoterShare  float64 `json:"promoterShare"`
	DetractorShare float64 `json:"detractorShare"`
	// Score is 100·(promoters − detractors)/n, in −100..100.
	Score float64 `json:"score"`
	// SE is the standard error of Score: 100·√((p + d − (p − d)²)/n), the
	// variance of a difference of two trinomial shares.
	SE float64 `json:"se"`
	// Lower and Upper bound the Wald interval Score ± z·SE, clipped to
	// −100..100. With every rating in one class SE is 0 and the interval
	// collapses to the point; prefer larger samples.
	Lower float64 `json:"lower"`
	Upper float64 `json:"upper"`
	// Confidence is the interval's coverage used (0.95 for a zero config).
	Confidence float64 `json:"confidence"`
}

// MarshalJSON writes the config by the module's number rule.
func (c NPSConfig) MarshalJSON() ([]byte, error) { return jsonx.Marshal(c) }

// UnmarshalJSON reads what MarshalJSON writes.
func (c *NPSConfig) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, c) }

// MarshalJSON writes the result by the module's number rule.
func (r NPSResult) MarshalJSON() ([]byte, error) { return jsonx.Marshal(r) }

// UnmarshalJSON reads what MarshalJSON writes.
func (r *NPSResult) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, r) }

// NPS computes the Net Promoter Score of 0–10 ratings: promoters rate 9–10,
// passives 7–8, detractors 0–6 (Reichheld 2003). A rating outside 0..10 is
// an [ErrOutOfRange] error naming its index; no ratings is [ErrTooFew].
func NPS(ratings []int, cfg NPSConfig) (NPSResult, error) {
	if len(ratings) == 0 {
		return NPSResult{}, msgNoRatings.At("ratings", nil)
	}
	var dist [11]int
	for i, r := range ratings {
		if r < 0 || r > 10 {
			return NPSResult{}, msgBetween.At(fault.Index("ratings", i), r, 0, 10)
		}
		dist[r]++
	}
	return NPSFromDistribution(dist[:], cfg)
}

// NPSFromDistribution computes the score from counts: dist[k] is the number
// of ratings k, k = 0..10, as in the Distribution of a released report cell
// for an item on NPSScale. dist must have 11 non-negative entries.
func NPSFromDistribution(dist []int, cfg NPSConfig) (NPSResult, error) {
	conf := cfg.Confidence
	if conf == 0 {
		conf = 0.95
	}
	if !(conf > 0 && conf < 1) {
		return NPSResult{}, msgProbability.At("cfg.confidence", cfg.Confidence)
	}
	if len(dist) != 11 {
		return NPSResult{}, msgNPSCounts.At("dist", len(dist), len(dist))
	}
	res := NPSResult{Confidence: conf}
	for k, c := range dist {
		if c < 0 {
			return NPSResult{}, msgNegative.At(fault.Index("dist", k), c)
		}
		switch {
		case k >= 9:
			res.Promoters += c
		case k >= 7:
			res.Passives += c
		default:
			res.Detractors += c
		}
		res.N += c
	}
	if res.N == 0 {
		return NPSResult{}, msgNoRatings.At("dist", nil)
	}
	n := float64(res.N)
	p, d := float64(res.Promoters)/n, float64(res.Detractors)/n
	res.PromoterShare, res.DetractorShare = p, d
	res.Score = 100 * float64(res.Promoters-res.Detractors) / n
	res.SE = 100 * math.Sqrt(math.Max(0, p+d-(p-d)*(p-d))/n)
	z := distuv.UnitNormal.Quantile(1 - (1-conf)/2)
	res.Lower = math.Max(-100, res.Score-z*res.SE)
	res.Upper = math.Min(100, res.Score+z*res.SE)
	return res, nil
}
