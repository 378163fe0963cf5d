package reliability

import (
	"math"
	"testing"

	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"

	"github.com/mentorkit/mentorkit/feedback"
)

// matrixFrom decodes bytes into a rows×cols matrix with values 0..9 and
// NaN (byte 255) or Inf (byte 254).
func matrixFrom(b []byte) *mat.Dense {
	if len(b) < 3 {
		return nil
	}
	r, c := int(b[0]%12)+1, int(b[1]%6)+1
	m := mat.NewDense(r, c, nil)
	for i := range r * c {
		v := float64(int(b[(2+i)%len(b)]) % 10)
		switch b[(2+i)%len(b)] {
		case 255:
			v = math.NaN()
		case 254:
			v = math.Inf(1)
		}
		m.Set(i/c, i%c, v)
	}
	return m
}

func FuzzStatistics(f *testing.F) {
	f.Add([]byte{5, 3, 1, 2, 3, 4, 5, 2, 3, 4, 255, 3, 3, 1})
	f.Add([]byte{1, 1, 7, 7})
	f.Add([]byte{7, 2, 254, 1, 2, 3})
	f.Fuzz(func(t *testing.T, b []byte) {
		m := matrixFrom(b)
		if m == nil {
			return
		}
		before := mat.DenseCopyOf(m)
		if a, err := CronbachAlpha(m); err == nil {
			// Σ var ≥ var(total)/k by Cauchy–Schwarz, so alpha ≤ 1.
			require.True(t, math.IsNaN(a) || a <= 1+1e-9, "alpha %v", a)
		}
		if rep, err := Reliability(m, ReliabilityConfig{Reverse: []int{0}}); err == nil {
			require.GreaterOrEqual(t, rep.NObs, 2)
		}
		if res, err := ICC(m, ICCConfig{}); err == nil {
			require.Equal(t, res.N*res.K, len(m.RawMatrix().Data))
		}
		for _, l := range []Level{Nominal, Ordinal, Interval} {
			if res, err := KrippendorffAlpha(m, l); err == nil {
				require.True(t, math.IsNaN(res.Alpha) || res.Alpha <= 1+1e-9, "alpha %v", res.Alpha)
			}
		}
		if _, err := RWGJ(m, feedback.Scale{Min: 0, Max: 9}); err != nil {
			require.NotEmpty(t, err.Error())
		}
		col := mat.Col(nil, 0, m)
		if v, err := RWG(col, feedback.Scale{Min: 0, Max: 9}); err == nil {
			require.LessOrEqual(t, v, 1.0+1e-12)
		}
		// Bit for bit, so that a matrix holding NaN is checked too.
		for i, v := range m.RawMatrix().Data {
			require.Equal(t, math.Float64bits(before.RawMatrix().Data[i]), math.Float64bits(v), "input modified at %d", i)
		}
	})
}
