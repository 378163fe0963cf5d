package evaluation

import (
	"math"

	"github.com/mentorkit/mentorkit/internal/fault"
)

// ProportionDiff is the difference of two independent binomial
// proportions with Newcombe's interval.
type ProportionDiff struct {
	P1   float64 `json:"p1"`
	P2   float64 `json:"p2"`   // count1/n1 and count2/n2
	Diff float64 `json:"diff"` // P1 - P2
	// Lower and Upper bound the interval for the population difference,
	// within [-1, 1].
	Lower      float64 `json:"lower"`
	Upper      float64 `json:"upper"`
	Confidence float64 `json:"confidence"`
	N1         int     `json:"n1"`
	N2         int     `json:"n2"`
}

// NewcombeInterval returns the difference count1/n1 - count2/n2 of two
// independent proportions with Newcombe's hybrid score interval (method 10
// of Newcombe, 1998, "Interval estimation for the difference between
// independent proportions", Statistics in Medicine 17, 873-890), built from
// the two Wilson intervals [l1, u1] and [l2, u2] of WilsonInterval:
//
//	Lower = (p1 - p2) - √((p1 - l1)² + (u2 - p2)²)
//	Upper = (p1 - p2) + √((u1 - p1)² + (p2 - l2)²)
//
// It is statsmodels confint_proportions_2indep(count1, n1, count2, n2,
// method="newcomb", compare="diff") (no continuity correction). Unlike the
// Wald interval it stays inside [-1, 1] and behaves at counts of 0 and n.
//
// n1 and n2 must be at least 1, each count in [0, n] and confidence
// strictly between 0 and 1; each problem is a *[FieldError] ([ErrEmpty],
// [ErrOutOfRange]), joined.
func NewcombeInterval(count1, n1, count2, n2 int, confidence float64) (ProportionDiff, error) {
	var confErr error
	if !(confidence > 0 && confidence < 1) {
		confErr = msgProbability.At("confidence", confidence)
	}
	if err := fault.Join(checkCount("count1", count1, "n1", n1), checkCount("count2", count2, "n2", n2), confErr); err != nil {
		return ProportionDiff{}, err
	}
	l1, u1, _ := WilsonInterval(count1, n1, confidence)
	l2, u2, _ := WilsonInterval(count2, n2, confidence)
	p1 := float64(count1) / float64(n1)
	p2 := float64(count2) / float64(n2)
	d := p1 - p2
	return ProportionDiff{
		P1: p1, P2: p2, Diff: d,
		Lower:      d - math.Hypot(p1-l1, u2-p2),
		Upper:      d + math.Hypot(u1-p1, p2-l2),
		Confidence: confidence, N1: n1, N2: n2,
	}, nil
}
