package reliability

import (
	"math"
	"testing"

	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"

	"github.com/mentorkit/mentorkit/feedback"
)

func TestRWG(t *testing.T) {
	// By hand: 4, 4, 5, 5, 4 on 1..5: mean 4.4, s² = (3·0.16 + 2·0.36)/4 =
	// 0.3; σ²_EU = (25 − 1)/12 = 2; r_wg = 1 − 0.3/2 = 0.85.
	got, err := RWG([]float64{4, 4, 5, 5, 4}, feedback.LikertScale(5))
	require.NoError(t, err)
	require.InDelta(t, 0.85, got, 1e-12)
	// Two items: 4, 4, 5, 5, 4 (s² = 0.3 as above) and 2, 3, 3, 3, 4 (mean
	// 3, SS = 2, s² = 0.5). s̄² = 0.4, ratio 0.2, r_wg(J) = 2·0.8/(2·0.8 +
	// 0.2) = 8/9.
	m := mat.NewDense(5, 2, []float64{4, 2, 4, 3, 5, 3, 5, 3, 4, 4})
	got, err = RWGJ(m, feedback.LikertScale(5))
	require.NoError(t, err)
	require.InDelta(t, 8.0/9, got, 1e-12)
	_, err = RWG([]float64{4, 6}, feedback.LikertScale(5))
	require.ErrorIs(t, err, ErrOutOfRange)
	_, err = RWG([]float64{4}, feedback.LikertScale(5))
	require.ErrorIs(t, err, ErrTooFew)
	_, err = RWGJ(mat.NewDense(2, 1, []float64{1, math.NaN()}), feedback.LikertScale(5))
	require.ErrorIs(t, err, ErrNaN)
}
