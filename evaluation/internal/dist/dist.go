package dist

import (
	"math"

	"gonum.org/v1/gonum/stat/distuv"
)

// NormSF is the upper tail P(Z > z) of the standard normal (erfc, so the
// far tail keeps its relative accuracy).
func NormSF(z float64) float64 { return 0.5 * math.Erfc(z/math.Sqrt2) }

// NormCDF is P(Z <= z) of the standard normal.
func NormCDF(z float64) float64 { return 0.5 * math.Erfc(-z/math.Sqrt2) }

// NormQuantile is the p quantile of the standard normal; NaN outside
// [0, 1].
func NormQuantile(p float64) float64 {
	if !(p >= 0 && p <= 1) {
		return math.NaN()
	}
	return distuv.UnitNormal.Quantile(p)
}

// TQuantile is the p quantile of Student's t with df degrees of freedom;
// NaN for df <= 0, NaN arguments or p outside (0, 1).
func TQuantile(p, df float64) float64 {
	if math.IsNaN(df) || !(df > 0) || !(p > 0 && p < 1) {
		return math.NaN()
	}
	if math.IsInf(df, 1) {
		return NormQuantile(p)
	}
	return distuv.StudentsT{Mu: 0, Sigma: 1, Nu: df}.Quantile(p)
}
