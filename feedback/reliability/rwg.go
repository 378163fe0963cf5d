package reliability

import (
	"github.com/mentorkit/mentorkit/feedback"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/mentorkit/mentorkit/internal/fault"
)

// RWG returns the within-group agreement index r_wg of one item (James,
// Demaree & Wolf 1984):
//
//	r_wg = 1 − s² / σ²_EU,  σ²_EU = (A² − 1)/12
//
// where s² is the sample variance (n−1) of the group's ratings and A the
// number of points of the scale (the variance of uniform random answers).
// It is 1 for full agreement and can fall below 0 when the ratings are more
// spread than random answering; many authors then report 0 (LeBreton &
// Senter 2008). It needs 2 ratings (ErrTooFew), all on the scale
// (ErrOutOfRange, ErrNaN).
func RWG(ratings []float64, sc feedback.Scale) (float64, error) {
	if err := sc.Validate(); err != nil {
		return math.NaN(), err
	}
	if len(ratings) < 2 {
		return math.NaN(), msgTooFew.At("ratings", nil, len(ratings), 2)
	}
	for i, v := range ratings {
		if err := checkOnScale(v, sc, fault.Index("ratings", i)); err != nil {
			return math.NaN(), err
		}
	}
	return 1 - variance(ratings)/uniformVariance(sc), nil
}

// RWGJ returns the multi-item agreement index r_wg(J) of a group (James,
// Demaree & Wolf 1984), ratings with rows = raters and columns = the J items
// of one scale:
//
//	r_wg(J) = J·(1 − s̄²/σ²_EU) / (J·(1 − s̄²/σ²_EU) + s̄²/σ²_EU)
//
// where s̄² is the mean of the items' sample variances. Errors as for RWG.
func RWGJ(ratings mat.Matrix, sc feedback.Scale) (float64, error) {
	if err := sc.Validate(); err != nil {
		return math.NaN(), err
	}
	data, n, k, err := readMatrix(ratings, "ratings", false)
	if err != nil {
		return math.NaN(), err
	}
	if n < 2 {
		return math.NaN(), msgMatrixTooSmall.At("ratings", dims(n, k), n, k, 2, 1)
	}
	col := make([]float64, n)
	var mean float64
	for j := range k {
		for i := range n {
			col[i] = data[i*k+j]
			if err := checkOnScale(col[i], sc, fault.Index(fault.Index("ratings", i), j)); err != nil {
				return math.NaN(), err
			}
		}
		mean += variance(col)
	}
	ratio := mean / float64(k) / uniformVariance(sc)
	jf := float64(k)
	return jf * (1 - ratio) / (jf*(1-ratio) + ratio), nil
}

func uniformVariance(sc feedback.Scale) float64 {
	a := float64(sc.Points())
	return (a*a - 1) / 12
}

func checkOnScale(v float64, sc feedback.Scale, field string) error {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return msgNotFinite.At(field, v)
	}
	if v < float64(sc.Min) || v > float64(sc.Max) {
		return msgBetween.At(field, v, sc.Min, sc.Max)
	}
	return nil
}

// variance is the sample variance (n−1) of x, len(x) ≥ 2.
func variance(x []float64) float64 {
	var m float64
	for _, v := range x {
		m += v
	}
	m /= float64(len(x))
	var ss float64
	for _, v := range x {
		ss += (v - m) * (v - m)
	}
	return ss / float64(len(x)-1)
}
