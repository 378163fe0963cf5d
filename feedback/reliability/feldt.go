package reliability

import (
	"math"

	"github.com/mentorkit/mentorkit/internal/jsonx"
)

// AlphaInterval is Feldt's confidence interval for Cronbach's alpha.
type AlphaInterval struct {
	Alpha      float64 `json:"alpha"`
	N          int     `json:"n"`     // respondents
	Items      int     `json:"items"` // items of the scale
	Confidence float64 `json:"confidence"`
	Lower      float64 `json:"lower"` // NaN with one item
	Upper      float64 `json:"upper"`
	// RBar is the average inter-item correlation alpha implies,
	// alpha/(k − alpha·(k − 1)), as psych returns it.
	RBar float64 `json:"rBar"`
}

// MarshalJSON writes the interval by the module's number rule (NaN as "NaN").
func (a AlphaInterval) MarshalJSON() ([]byte, error) { return jsonx.Marshal(a) }

// UnmarshalJSON reads what MarshalJSON writes.
func (a *AlphaInterval) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, a) }

// FeldtInterval returns Feldt's (1965) two-sided interval for a Cronbach's
// alpha from n respondents and k items, as R psych::alpha.ci (2.2.9): with
// df1 = n − 1 and df2 = (n − 1)(k − 1), lower = 1 − (1 − alpha)·F(1 − p/2)
// and upper = 1 − (1 − alpha)·F(p/2), F the quantile of the F distribution
// and p = 1 − confidence. Confidence 0 means 0.95. With one item df2 is 0
// and the bounds are NaN, as in R. A non-finite alpha, n below 2, k below
// 1 or a confidence outside (0, 1) is an error ([ErrNaN], [ErrTooFew],
// [ErrOutOfRange]).
func FeldtInterval(alpha float64, n, k int, confidence float64) (AlphaInterval, error) {
	if confidence == 0 {
		confidence = 0.95
	}
	switch {
	case math.IsNaN(alpha) || math.IsInf(alpha, 0):
		return AlphaInterval{}, msgNotFinite.At("alpha", alpha)
	case n < 2:
		return AlphaInterval{}, msgTooFew.At("n", n, n, 2)
	case k < 1:
		return AlphaInterval{}, msgTooFew.At("items", k, k, 1)
	case !(confidence > 0 && confidence < 1):
		return AlphaInterval{}, msgProbability.At("confidence", confidence)
	}
	p := 1 - confidence
	df1, df2 := float64(n-1), float64((n-1)*(k-1))
	out := AlphaInterval{Alpha: alpha, N: n, Items: k, Confidence: confidence,
		Lower: 1 - (1-alpha)*fQuantile(1-p/2, df1, df2), Upper: 1 - (1-alpha)*fQuantile(p/2, df1, df2),
		RBar: alpha / (float64(k) - alpha*float64(k-1))}
	return out, nil
}
