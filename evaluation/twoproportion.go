package evaluation

import (
	"math"

	"github.com/mentorkit/mentorkit/internal/fault"
)

// ZTest is the result of a two-proportion z-test.
type ZTest struct {
	Z       float64 `json:"z"`       // (p1 - p2)/SE; NaN when the pooled proportion is 0 or 1
	PValue  float64 `json:"pValue"`  // two-sided, 2·P(Z > |z|); NaN with Z
	Diff    float64 `json:"diff"`    // p1 - p2, the difference of the sample proportions
	PPooled float64 `json:"pPooled"` // (count1 + count2)/(n1 + n2)
	N1      int     `json:"n1"`
	N2      int     `json:"n2"` // the two sample sizes
}

// TwoProportionZTest tests whether two binomial proportions, count1 of n1
// and count2 of n2, are equal, with the pooled-variance z statistic and no
// continuity correction, as statsmodels
// proportions_ztest([count1, count2], [n1, n2]) does:
//
//	p = (count1+count2)/(n1+n2), SE = √(p(1-p)(1/n1 + 1/n2))
//	z = (count1/n1 - count2/n2)/SE
//
// The sign of z is that of p1 - p2. When the pooled proportion is 0 or 1
// the standard error is 0 and, as statsmodels does, Z and PValue are NaN.
// It is R's prop.test(correct=FALSE) with z² as the chi-square statistic.
//
// n1 and n2 must be at least 1 and each count in [0, n]; otherwise the
// error joins a *[FieldError] per problem ([ErrEmpty], [ErrOutOfRange]).
func TwoProportionZTest(count1, n1, count2, n2 int) (ZTest, error) {
	if err := fault.Join(checkCount("count1", count1, "n1", n1), checkCount("count2", count2, "n2", n2)); err != nil {
		return ZTest{}, err
	}
	p1 := float64(count1) / float64(n1)
	p2 := float64(count2) / float64(n2)
	pooled := (float64(count1) + float64(count2)) / (float64(n1) + float64(n2)) // int sums could overflow
	se := math.Sqrt(pooled * (1 - pooled) * (1/float64(n1) + 1/float64(n2)))
	diff := p1 - p2
	z := math.NaN()
	if se > 0 {
		z = diff / se
	}
	return ZTest{Z: z, PValue: 2 * normSF(math.Abs(z)), Diff: diff, PPooled: pooled, N1: n1, N2: n2}, nil
}
