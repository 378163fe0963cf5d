package evaluation

import (
	"math"

	"github.com/mentorkit/mentorkit/internal/fault"
)

// ChiSquareConfig holds the settings of ChiSquare. The zero value is
// scipy's default (Yates's correction on).
type ChiSquareConfig struct {
	// NoCorrection turns Yates's continuity correction off. With it on
	// (the default, scipy's correction=True) the correction is applied only
	// when the table has one degree of freedom.
	NoCorrection bool `json:"noCorrection,omitempty"`
}

// ChiSquareResult is the result of Pearson's chi-square test of
// independence on an r×c table.
type ChiSquareResult struct {
	Statistic    float64     `json:"statistic"`    // Pearson's X² (after Yates's correction when applied)
	DF           int         `json:"df"`           // (r-1)(c-1)
	PValue       float64     `json:"pValue"`       // P(χ²_DF > Statistic); 1 when DF = 0
	Expected     [][]float64 `json:"expected"`     // expected counts row_i·col_j/total, r×c
	YatesApplied bool        `json:"yatesApplied"` // whether Yates's correction was applied
	N            float64     `json:"n"`            // table total
}

// ChiSquare runs Pearson's chi-square test of independence on table (rows
// of equal length holding non-negative counts, which need not be integers),
// as scipy.stats.chi2_contingency does:
//
//	E_ij = (Σ_j O_ij)(Σ_i O_ij)/N, X² = Σ (O_ij - E_ij)²/E_ij
//	DF = (r-1)(c-1), p = P(χ²_DF > X²)
//
// With the correction on and DF = 1, each |O - E| is first reduced by
// min(0.5, |O - E|) (Yates, 1934), as scipy does; R's chisq.test differs in
// reducing by 0.5 only. DF = 0 (a single row or column) gives statistic 0
// and p-value 1, as scipy.
//
// Errors: an empty table or row is ErrEmpty, ragged rows ErrLength, a
// negative or non-finite count ErrOutOfRange (each a *[FieldError] naming
// the cell, joined), and a zero expected count (a row or column summing to
// zero, where scipy raises) ErrZeroExpected naming the first such cell.
// The input is not modified.
func ChiSquare(table [][]float64, cfg ChiSquareConfig) (ChiSquareResult, error) {
	if len(table) == 0 || len(table[0]) == 0 {
		return ChiSquareResult{}, msgNoCells.At("table", nil)
	}
	r, c := len(table), len(table[0])
	var errs fault.Collector
	for i, row := range table {
		if len(row) != c {
			errs.Add(msgLength.At(fault.Index("table", i), nil, len(row), c, "table[0]"))
			continue
		}
		for j, v := range row {
			if err := checkNonNegative(cell(i, j), "", v); err != nil {
				errs.Add(err)
				if errs.Len() >= maxListed {
					return ChiSquareResult{}, errs.Err()
				}
			}
		}
	}
	if err := errs.Err(); err != nil {
		return ChiSquareResult{}, err
	}
	rows := make([]float64, r)
	cols := make([]float64, c)
	var total float64
	for i, row := range table {
		for j, v := range row {
			rows[i] += v
			cols[j] += v
			total += v
		}
	}
	if math.IsInf(total, 1) {
		return ChiSquareResult{}, msgTotalOverflow.At("table", nil)
	}
	res := ChiSquareResult{DF: (r - 1) * (c - 1), N: total, Expected: make([][]float64, r)}
	for i := range table {
		res.Expected[i] = make([]float64, c)
		for j := range c {
			e := rows[i] * cols[j] / total
			if !(e > 0) {
				return ChiSquareResult{}, msgZeroExpected.At(cell(i, j), nil)
			}
			res.Expected[i][j] = e
		}
	}
	if res.DF == 0 {
		res.PValue = 1
		return res, nil
	}
	res.YatesApplied = res.DF == 1 && !cfg.NoCorrection
	for i, row := range table {
		for j, o := range row {
			e := res.Expected[i][j]
			d := o - e
			if res.YatesApplied {
				d = math.Copysign(math.Abs(d)-min(0.5, math.Abs(d)), d)
			}
			res.Statistic += d * d / e
		}
	}
	res.PValue = chi2SF(res.Statistic, float64(res.DF))
	return res, nil
}

// cell is the field path "table[i][j]".
func cell(i, j int) string { return fault.Index(fault.Index("table", i), j) }
