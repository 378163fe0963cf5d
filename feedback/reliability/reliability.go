package reliability

import (
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
)

// CronbachAlpha returns raw Cronbach's alpha of complete data, rows =
// respondents, columns = items:
//
//	alpha = k/(k−1) · (1 − Σ var(item) / var(total))
//
// with n−1 denominators (Cronbach 1951; psych::alpha's raw_alpha). It needs
// at least 2 rows and 2 columns (ErrTooFew) and finite values (ErrNaN: use
// Reliability for data with missing answers). If the total has zero
// variance, alpha is NaN, as in psych. Answers beyond 2^±400 in
// magnitude are rescaled by a power of two first, so that their squares
// neither overflow nor underflow. The input is not modified.
func CronbachAlpha(items mat.Matrix) (float64, error) {
	data, n, k, err := readMatrix(items, "items", false)
	if err != nil {
		return math.NaN(), err
	}
	if n < 2 || k < 2 {
		return math.NaN(), msgMatrixTooSmall.At("items", dims(n, k), n, k, 2, 2)
	}
	rescale(data) // alpha does not depend on the unit
	cov := covariance(data, n, k)
	var diag float64
	for i := range k {
		diag += cov[i*k+i]
	}
	return rawAlpha(k, diag, totalVariance(data, n, k, -1)), nil
}

// totalVariance is the sample variance of the row sums, leaving out column
// skip (−1 for none). Summing the rows first keeps it exact where the
// totals are constant, instead of a cancellation residue of covariances.
func totalVariance(data []float64, n, k, skip int) float64 {
	tot := make([]float64, n)
	for r := range n {
		for j, v := range data[r*k : (r+1)*k] {
			if j != skip {
				tot[r] += v
			}
		}
	}
	return variance(tot)
}

func rawAlpha(k int, diag, total float64) float64 {
	if total == 0 {
		return math.NaN()
	}
	return float64(k) / float64(k-1) * (1 - diag/total)
}

// covariance returns the k×k sample covariance matrix (n−1) of row-major data.
func covariance(data []float64, n, k int) []float64 {
	mean := make([]float64, k)
	for r := range n {
		for j := range k {
			mean[j] += data[r*k+j]
		}
	}
	for j := range mean {
		mean[j] /= float64(n)
	}
	cov := make([]float64, k*k)
	for r := range n {
		row := data[r*k : (r+1)*k]
		for i := range k {
			di := row[i] - mean[i]
			for j := i; j < k; j++ {
				cov[i*k+j] += di * (row[j] - mean[j])
			}
		}
	}
	for i := range k {
		for j := i; j < k; j++ {
			cov[i*k+j] /= float64(n - 1)
			cov[j*k+i] = cov[i*k+j]
		}
	}
	return cov
}

// ReliabilityConfig sets which items are reverse keyed. The zero value
// keys every item as given, as psych::alpha does without its keys argument.
type ReliabilityConfig struct {
	// Reverse lists 0-based columns to reverse key before the analysis.
	// Reversing (max + min) − x only flips the sign of the item's
	// covariances, so the constant does not matter.
	Reverse []int `json:"reverse,omitempty"`
}

// ReliabilityReport is the internal-consistency report of a scale.
type ReliabilityReport struct {
	// RawAlpha is Cronbach's alpha from covariances; StdAlpha is
	// k·r̄/(1 + (k−1)·r̄) from the average inter-item correlation r̄
	// (AverageR).
	RawAlpha float64 `json:"rawAlpha"`
	StdAlpha float64 `json:"stdAlpha"`
	AverageR float64 `json:"averageR"`
	// NObs is the number of complete rows used; NDropped the rows dropped
	// because an answer was missing (NaN).
	NObs     int               `json:"nObs"`
	NDropped int               `json:"nDropped"`
	NItems   int               `json:"nItems"`
	Items    []ItemReliability `json:"items"`
}

// ItemReliability describes one item within the scale.
type ItemReliability struct {
	Column int     `json:"column"` // 0-based column of items
	Mean   float64 `json:"mean"`   // mean of the complete rows, as given (before reverse keying)
	SD     float64 `json:"sd"`     // n−1 denominator
	// ItemRestR is the corrected item–total correlation: the item against
	// the sum of the other items (psych's r.drop).
	ItemRestR float64 `json:"itemRestR"`
	// AlphaIfDeleted is the raw alpha of the other items; NaN with two items.
	AlphaIfDeleted float64 `json:"alphaIfDeleted"`
}

// MarshalJSON writes the report by the module's number rule (NaN as "NaN").
func (r ReliabilityReport) MarshalJSON() ([]byte, error) { return jsonx.Marshal(r) }

// UnmarshalJSON reads what MarshalJSON writes.
func (r *ReliabilityReport) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, r) }

// MarshalJSON writes the item by the module's number rule (NaN as "NaN").
func (r ItemReliability) MarshalJSON() ([]byte, error) { return jsonx.Marshal(r) }

// UnmarshalJSON reads what MarshalJSON writes.
func (r *ItemReliability) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, r) }

// Reliability computes the reliability report of items (rows =
// respondents, columns = items). Missing answers are NaN; rows with any NaN
// are dropped listwise and counted. It needs 2 items and 2 complete rows
// (ErrTooFew); ±Inf is ErrNaN; a Reverse column out of range is
// ErrOutOfRange. Zero-variance items make correlations, and so StdAlpha,
// AverageR and ItemRestR, NaN. Answers beyond 2^±400 in magnitude are
// rescaled as in CronbachAlpha (Mean and SD are given in the original
// unit). Checked against psych::alpha 2.2.9 on listwise-complete data.
func Reliability(items mat.Matrix, cfg ReliabilityConfig) (ReliabilityReport, error) {
	data, n, k, err := readMatrix(items, "items", true)
	if err != nil {
		return ReliabilityReport{}, err
	}
	sign := make([]float64, k)
	for j := range sign {
		sign[j] = 1
	}
	for i, c := range cfg.Reverse {
		if c < 0 || c >= k {
			return ReliabilityReport{}, msgBetween.At(fault.Index("cfg.reverse", i), c, 0, k-1)
		}
		sign[c] = -1
	}
	complete := make([]float64, 0, len(data))
	for r := range n {
		row := data[r*k : (r+1)*k]
		ok := true
		for _, v := range row {
			if math.IsNaN(v) {
				ok = false
				break
			}
		}
		if ok {
			for j, v := range row {
				complete = append(complete, sign[j]*v)
			}
		}
	}
	used := len(complete) / k
	rep := ReliabilityReport{NObs: used, NDropped: n - used, NItems: k}
	if k < 2 || used < 2 {
		return rep, msgTooFewComplete.At("items", dims(used, k), used, k)
	}
	e := rescale(complete) // means and SDs are scaled back by 2^e below
	cov := covariance(complete, used, k)
	var diag float64
	for i := range k {
		diag += cov[i*k+i]
	}
	rep.RawAlpha = rawAlpha(k, diag, totalVariance(complete, used, k, -1))
	var rsum float64
	for i := range k {
		for j := i + 1; j < k; j++ {
			rsum += cov[i*k+j] / math.Sqrt(cov[i*k+i]*cov[j*k+j])
		}
	}
	rep.AverageR = rsum / float64(k*(k-1)/2)
	rep.StdAlpha = float64(k) * rep.AverageR / (1 + float64(k-1)*rep.AverageR)
	for c := range k {
		var mean float64
		for r := range used {
			mean += complete[r*k+c]
		}
		mean /= float64(used)
		// Covariance of the item with the rest, and the variance of the rest.
		var withRest, restDiag float64
		for i := range k {
			if i != c {
				withRest += cov[c*k+i]
				restDiag += cov[i*k+i]
			}
		}
		restVar := totalVariance(complete, used, k, c)
		ir := ItemReliability{Column: c, Mean: math.Ldexp(sign[c]*mean, e), SD: math.Ldexp(math.Sqrt(cov[c*k+c]), e)}
		ir.ItemRestR = withRest / math.Sqrt(cov[c*k+c]*restVar)
		ir.AlphaIfDeleted = math.NaN()
		if k > 2 {
			ir.AlphaIfDeleted = rawAlpha(k-1, restDiag, restVar)
		}
		rep.Items = append(rep.Items, ir)
	}
	return rep, nil
}
