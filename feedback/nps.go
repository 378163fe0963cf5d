package feedback

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/stat/distuv"
)

// NPSConfig sets the interval of an NPS. The zero value is a 95 % interval.
type NPSConfig struct {
	// Confidence is the interval's coverage in (0, 1); 0 means 0.95.
	Confidence float64
}

// NPSResult is a Net Promoter Score with its interval.
type NPSResult struct {
	N, Promoters, Passives, Detractors int
	// PromoterShare and DetractorShare are in 0–1.
	PromoterShare, DetractorShare float64
	// Score is 100·(promoters − detractors)/n, in −100..100.
	Score float64
	// SE is the standard error of Score: 100·√((p + d − (p − d)²)/n), the
	// variance of a difference of two trinomial shares.
	SE float64
	// Lower and Upper bound the Wald interval Score ± z·SE, clipped to
	// −100..100. With every rating in one class SE is 0 and the interval
	// collapses to the point; prefer larger samples.
	Lower, Upper float64
	Confidence   float64
}

// NPS computes the Net Promoter Score of 0–10 ratings: promoters rate 9–10,
// passives 7–8, detractors 0–6 (Reichheld 2003). A rating outside 0..10 is
// an ErrOutOfRange error naming its index; no ratings is ErrTooFew.
func NPS(ratings []int, cfg NPSConfig) (NPSResult, error) {
	var dist [11]int
	for i, r := range ratings {
		if r < 0 || r > 10 {
			return NPSResult{}, fieldErr(ErrOutOfRange, r, "an NPS rating is 0..10", fmt.Sprintf("ratings[%d]", i))
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
		return NPSResult{}, fieldErr(ErrOutOfRange, cfg.Confidence, "want 0 < confidence < 1", "cfg.confidence")
	}
	if len(dist) != 11 {
		return NPSResult{}, fieldErr(ErrShape, len(dist), "one count per rating 0..10", "dist")
	}
	res := NPSResult{Confidence: conf}
	for k, c := range dist {
		if c < 0 {
			return NPSResult{}, fieldErr(ErrOutOfRange, c, "counts are non-negative", fmt.Sprintf("dist[%d]", k))
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
		return NPSResult{}, fieldErr(ErrTooFew, nil, "no ratings", "ratings")
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
