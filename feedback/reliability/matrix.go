package reliability

import (
	"math"
	"strconv"

	"github.com/mentorkit/mentorkit/internal/fault"

	"gonum.org/v1/gonum/mat"
)

// readMatrix copies m into a row-major slice, checking that it is present,
// non-empty and finite (NaN allowed only where nanOK). Errors name the
// argument, row and column.
func readMatrix(m mat.Matrix, name string, nanOK bool) (data []float64, rows, cols int, err error) {
	if m == nil {
		return nil, 0, 0, msgNilMatrix.At(name, nil)
	}
	rows, cols = m.Dims()
	if rows <= 0 || cols <= 0 {
		return nil, 0, 0, msgEmptyMatrix.At(name, dims(rows, cols))
	}
	data = make([]float64, rows*cols)
	var errs []error
	for i := range rows {
		for j := range cols {
			v := m.At(i, j)
			if math.IsInf(v, 0) || (math.IsNaN(v) && !nanOK) {
				if len(errs) < 10 {
					errs = append(errs, msgNotFinite.At(fault.Index(fault.Index(name, i), j), v))
				}
			}
			data[i*cols+j] = v
		}
	}
	return data, rows, cols, fault.Join(errs...)
}

// dims shows a matrix size as a FieldError's value: "3×2".
func dims(rows, cols int) string { return strconv.Itoa(rows) + "×" + strconv.Itoa(cols) }

// rescale divides data in place by a power of two that brings its largest
// magnitude into [0.5, 1) when that magnitude is beyond 2^±400, where
// squares and sums of squares would over- or underflow, and returns the
// exponent e (data was multiplied by 2^−e; 0 when left alone). Powers of
// two scale exactly, so ratios such as alpha and correlations are
// unchanged. NaNs are skipped.
func rescale(data []float64) int {
	var top float64
	for _, v := range data {
		if a := math.Abs(v); a > top {
			top = a
		}
	}
	if top == 0 || (top < 0x1p400 && top > 0x1p-400) {
		return 0
	}
	_, e := math.Frexp(top)
	for i, v := range data {
		data[i] = math.Ldexp(v, -e)
	}
	return e
}
