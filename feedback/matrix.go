package feedback

import (
	"errors"
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// readMatrix copies m into a row-major slice, checking that it is present,
// non-empty and finite (NaN allowed only where nanOK). Errors name the
// argument, row and column.
func readMatrix(m mat.Matrix, name string, nanOK bool) (data []float64, rows, cols int, err error) {
	if m == nil {
		return nil, 0, 0, fieldErr(ErrShape, nil, "must not be nil", name)
	}
	rows, cols = m.Dims()
	if rows <= 0 || cols <= 0 {
		return nil, 0, 0, fieldErr(ErrShape, fmt.Sprintf("%d×%d", rows, cols), "must not be empty", name)
	}
	data = make([]float64, rows*cols)
	var errs []error
	for i := range rows {
		for j := range cols {
			v := m.At(i, j)
			if math.IsInf(v, 0) || (math.IsNaN(v) && !nanOK) {
				if len(errs) < 10 {
					errs = append(errs, fieldErr(ErrNaN, v, "", fmt.Sprintf("%s[%d][%d]", name, i, j)))
				}
			}
			data[i*cols+j] = v
		}
	}
	return data, rows, cols, errors.Join(errs...)
}
