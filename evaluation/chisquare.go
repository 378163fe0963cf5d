package evaluation

import (
	"fmt"
	"math"
	"strconv"
)

// ChiSquareConfig holds the settings of ChiSquare. The zero value is
// scipy's default (Yates's correction on).
type ChiSquareConfig struct {
	// NoCorrection turns Yates's continuity correction off. With it on
	// (the default, scipy's correction=True) the correction is applied only
	// when the table has one degree of freedom.
	NoCorrection bool
}

// ChiSquareResult is the result of Pearson's chi-square test of
// independence on an r×c table.
type ChiSquareResult struct {
	Statistic    float64     // Pearson's X² (after Yates's correction when applied)
	DF           int         // (r-1)(c-1)
	PValue       float64     // P(χ²_DF > Statistic); 1 when DF = 0
	Expected     [][]float64 // expected counts row_i·col_j/total, r×c
	YatesApplied bool        // whether Yates's correction was applied
	N            float64     // table total
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
// negative or non-finite count ErrOutOfRange (each an *InputError naming
// the cell, joined), and a zero expected count (a row or column summing to
// zero, where scipy raises) ErrZeroExpected naming the first such cell.
// The input is not modified.
func ChiSquare(table [][]float64, cfg ChiSquareConfig) (ChiSquareResult, error) {
	if len(table) == 0 || len(table[0]) == 0 {
		return ChiSquareResult{}, inputErr("table", nil, ErrEmpty, "has no cells")
	}
	r, c := len(table), len(table[0])
	var errs []error
	for i, row := range table {
		if len(row) != c {
			errs = append(errs, inputErr("table["+strconv.Itoa(i)+"]", nil, ErrLength,
				fmt.Sprintf("has %d columns, row 0 has %d", len(row), c)))
			continue
		}
		for j, v := range row {
			if !(v >= 0) || math.IsInf(v, 1) {
				errs = append(errs, inputErr(cell(i, j), v, ErrOutOfRange, "a count must be finite and not negative"))
				if len(errs) >= maxListed {
					return ChiSquareResult{}, joinErrs(errs)
				}
			}
		}
	}
	if err := joinErrs(errs); err != nil {
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
		return ChiSquareResult{}, inputErr("table", nil, ErrOutOfRange, "the table total overflows float64")
	}
	res := ChiSquareResult{DF: (r - 1) * (c - 1), N: total, Expected: make([][]float64, r)}
	for i := range table {
		res.Expected[i] = make([]float64, c)
		for j := range c {
			e := rows[i] * cols[j] / total
			if !(e > 0) {
				return ChiSquareResult{}, inputErr(cell(i, j), nil, ErrZeroExpected,
					"the expected frequency is zero (its row or column sums to zero)")
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

func cell(i, j int) string { return "table[" + strconv.Itoa(i) + "][" + strconv.Itoa(j) + "]" }
