package reliability

import (
	"math"
	"testing"

	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"

	"github.com/mentorkit/mentorkit/internal/faulttest"
)

func TestStatErrors(t *testing.T) {
	_, err := ICC(mat.NewDense(1, 3, []float64{1, 2, 3}), ICCConfig{})
	require.ErrorIs(t, err, ErrTooFew)
	_, err = ICC(mat.NewDense(2, 2, []float64{1, 2, 3, math.NaN()}), ICCConfig{})
	require.ErrorIs(t, err, ErrNaN)
	_, err = ICC(mat.NewDense(2, 2, []float64{1, 2, 3, 4}), ICCConfig{Confidence: 2})
	require.ErrorIs(t, err, ErrOutOfRange)
	faulttest.Require(t, err, "cfg.confidence", "notProbability")
	_, err = KrippendorffAlpha(mat.NewDense(2, 2, []float64{1, 2, 3, 4}), 0)
	require.ErrorIs(t, err, ErrInvalid)
	faulttest.Require(t, err, "level", "required")
	_, err = KrippendorffAlpha(mat.NewDense(2, 2, []float64{1, 2, 3, 4}), 7)
	require.ErrorIs(t, err, ErrUnknownEnum)
	faulttest.Require(t, err, "level", "unknownLevel")
	_, err = KrippendorffAlpha(mat.NewDense(2, 2, []float64{1, math.NaN(), math.NaN(), 4}), Interval)
	require.ErrorIs(t, err, ErrTooFew)
	got, err := KrippendorffAlpha(mat.NewDense(2, 2, []float64{3, 3, 3, 3}), Interval)
	require.NoError(t, err)
	require.True(t, math.IsNaN(got.Alpha), "no variation: alpha undefined")
}

func TestICCMagnitudes(t *testing.T) {
	// Shrout & Fleiss (1979), Table 2 (refdata icc.json, psych 2.2.9:
	// ICC(2,1) .29, ICC(3,1) .71): the intraclass correlations and F do
	// not depend on the unit (the mean squares, in its square, are beyond
	// float64 here). At
	// 1e±170 the squares over- or underflowed and every ICC was NaN.
	data := []float64{9, 2, 5, 8, 6, 1, 3, 2, 8, 4, 6, 8, 7, 1, 2, 6, 10, 5, 6, 9, 6, 2, 4, 7}
	want, err := ICC(mat.NewDense(6, 4, data), ICCConfig{})
	require.NoError(t, err)
	for _, c := range []float64{1e170, 1e-170} {
		scaled := make([]float64, len(data))
		for i, v := range data {
			scaled[i] = v * c
		}
		got, err := ICC(mat.NewDense(6, 4, scaled), ICCConfig{})
		require.NoError(t, err)
		for _, p := range [][2]ICCEstimate{{want.ICC1, got.ICC1}, {want.ICC2, got.ICC2}, {want.ICC3, got.ICC3}, {want.ICC2k, got.ICC2k}} {
			require.InDelta(t, p[0].ICC, p[1].ICC, 1e-12, "scale %g", c)
			require.InEpsilon(t, p[0].F, p[1].F, 1e-12, "scale %g", c)
			require.InDelta(t, p[0].Lower, p[1].Lower, 1e-9, "scale %g", c)
			require.InDelta(t, p[0].Upper, p[1].Upper, 1e-9, "scale %g", c)
		}
	}
}
