package feedback

import (
	"math"
	"testing"

	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"
)

func TestStatErrors(t *testing.T) {
	_, err := ICC(mat.NewDense(1, 3, []float64{1, 2, 3}), ICCConfig{})
	require.ErrorIs(t, err, ErrTooFew)
	_, err = ICC(mat.NewDense(2, 2, []float64{1, 2, 3, math.NaN()}), ICCConfig{})
	require.ErrorIs(t, err, ErrNaN)
	_, err = ICC(mat.NewDense(2, 2, []float64{1, 2, 3, 4}), ICCConfig{Alpha: 2})
	require.ErrorIs(t, err, ErrOutOfRange)
	_, err = KrippendorffAlpha(mat.NewDense(2, 2, []float64{1, 2, 3, 4}), 0)
	require.ErrorIs(t, err, ErrInvalid)
	_, err = KrippendorffAlpha(mat.NewDense(2, 2, []float64{1, math.NaN(), math.NaN(), 4}), Interval)
	require.ErrorIs(t, err, ErrTooFew)
	got, err := KrippendorffAlpha(mat.NewDense(2, 2, []float64{3, 3, 3, 3}), Interval)
	require.NoError(t, err)
	require.True(t, math.IsNaN(got.Alpha), "no variation: alpha undefined")
}
