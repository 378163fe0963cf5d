package synthetic

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"

	"github.com/mentorkit/mentorkit/internal/fault"
)

func TestCostsFamilies(t *testing.T) {
	for _, f := range CostFamilies() {
		t.Run(f.String(), func(t *testing.T) {
			m1, err := Costs(rand.New(rand.NewPCG(1, 2)), CostConfig{Family: f, Rows: 40, Cols: 60, Range: 100})
			require.NoError(t, err)
			m2, err := Costs(rand.New(rand.NewPCG(1, 2)), CostConfig{Family: f, Rows: 40, Cols: 60, Range: 100})
			require.NoError(t, err)
			require.True(t, mat.Equal(m1, m2), "same seed, same matrix")
			r, c := m1.Dims()
			require.Equal(t, 40, r)
			require.Equal(t, 60, c)
			distinct := map[float64]bool{}
			for i := range r {
				for j := range c {
					x := m1.At(i, j)
					distinct[x] = true
					switch f {
					case CostUniform:
						require.True(t, x >= 0 && x < 100)
					case CostInteger:
						require.True(t, x >= 1 && x <= 100 && x == math.Trunc(x))
					case CostSpatial:
						require.True(t, x >= 0 && x <= 100*math.Sqrt2)
					case CostLogarithmic:
						require.True(t, x >= 1 && x < 100)
					case CostBinary:
						require.True(t, x == 0 || x == 1)
					}
				}
			}
			if f == CostBinary {
				require.Len(t, distinct, 2)
			} else {
				require.Greater(t, len(distinct), 50)
			}
		})
	}
}

// TestCostsLogarithmicSpread: log10 of the costs is uniform on [0, 2)
// for Range 100, so about half fall below 10.
func TestCostsLogarithmicSpread(t *testing.T) {
	m, err := Costs(rand.New(rand.NewPCG(3, 4)), CostConfig{Family: CostLogarithmic, Rows: 100, Cols: 100, Range: 100})
	require.NoError(t, err)
	below := 0
	for _, x := range m.RawMatrix().Data {
		if x < 10 {
			below++
		}
	}
	require.InDelta(t, 5000, below, 300) // binomial sd 50: 6 sd
}

func TestCostsBadConfig(t *testing.T) {
	_, err := Costs(nil, CostConfig{Family: CostFamily(9), Rows: -1, Cols: 20000, Range: math.Inf(1)})
	require.ErrorIs(t, err, ErrConfig)
	list, ok := fault.List(err)
	require.True(t, ok, "every error is a *FieldError")
	var fields []string
	for _, fe := range list {
		require.ErrorIs(t, fe, ErrConfig)
		require.NotEmpty(t, fe.Text.NL, fe.Code)
		fields = append(fields, fe.Field)
	}
	require.Equal(t, []string{"rng", "family", "rows", "cols", "range"}, fields)
	m, err := Costs(rand.New(rand.NewPCG(1, 1)), CostConfig{})
	require.NoError(t, err)
	r, c := m.Dims()
	require.Zero(t, r+c)
}

// TestCostsRangeBounds: a Range above 2^53 is a ConfigError for every
// family; before the bound, CostInteger with Range 1e300 converted
// floor(Range) to a negative int64 and rand.Int64N panicked, and
// CostSpatial with Range 1.7e308 gave +Inf distances. At 2^53 itself the
// integers stay in [1, 2^53] and the distances finite.
func TestCostsRangeBounds(t *testing.T) {
	for _, f := range CostFamilies() {
		t.Run(f.String(), func(t *testing.T) {
			for _, r := range []float64{1e300, math.MaxFloat64, MaxCostRange * 2, math.NaN()} {
				_, err := Costs(rand.New(rand.NewPCG(1, 1)), CostConfig{Family: f, Rows: 3, Cols: 3, Range: r})
				require.ErrorIs(t, err, ErrConfig, "Range %v", r)
			}
			m, err := Costs(rand.New(rand.NewPCG(1, 1)), CostConfig{Family: f, Rows: 3, Cols: 3, Range: MaxCostRange})
			require.NoError(t, err)
			for _, x := range m.RawMatrix().Data {
				require.True(t, x >= 0 && x <= MaxCostRange*math.Sqrt2, "entry %v", x)
				if f == CostInteger {
					require.True(t, x >= 1 && x == math.Trunc(x), "entry %v", x)
				}
			}
		})
	}
}
