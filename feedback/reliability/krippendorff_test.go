package reliability

import (
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"
)

// TestKrippendorffAlphaManyValues: interval data with a distinct value per
// answer (scores averaged over items, say) must not need a coincidence
// matrix over all distinct values: 6,000 values made it 288 MB, and 40,000
// values 12.8 GB. For two coders and complete data the definitions give,
// by hand, with N units, n = 2N pairable values and grand mean v̄:
//
//	DO = (1/n)·Σ_u 2(a_u − b_u)²            (each unit's two ordered pairs, weight 1/(2−1))
//	DE = Σ_{i≠j}(v_i − v_j)²/(n(n−1)) = 2n·Σ(v − v̄)²/(n(n−1))
func TestKrippendorffAlphaManyValues(t *testing.T) {
	const units = 3000
	rng := rand.New(rand.NewPCG(8, 1))
	data := mat.NewDense(2, units, nil)
	var sq float64
	all := make([]float64, 0, 2*units)
	for u := range units {
		a := rng.Float64() * 100
		b := a + rng.NormFloat64()*10
		data.Set(0, u, a)
		data.Set(1, u, b)
		sq += 2 * (a - b) * (a - b)
		all = append(all, a, b)
	}
	n := float64(len(all))
	var mean, ss float64
	for _, v := range all {
		mean += v
	}
	mean /= n
	for _, v := range all {
		ss += (v - mean) * (v - mean)
	}
	wantDO, wantDE := sq/n, 2*n*ss/(n*(n-1))

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	got, err := KrippendorffAlpha(data, Interval)
	runtime.ReadMemStats(&after)
	require.NoError(t, err)
	require.InEpsilon(t, wantDO, got.DO, 1e-9)
	require.InEpsilon(t, wantDE, got.DE, 1e-9)
	require.InEpsilon(t, 1-wantDO/wantDE, got.Alpha, 1e-9)
	require.Equal(t, 2*units, got.NPairable)
	require.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(16<<20), "bytes allocated for %d distinct values", 2*units)

	// Nominal: every value differs (continuous draws), so every pair
	// disagrees: DO = (1/n)·Σ_u 2 = 2N/n = 1, DE = (n² − n)/(n(n−1)) = 1,
	// alpha = 0. Ordinal must simply finish without the big matrix.
	got, err = KrippendorffAlpha(data, Nominal)
	require.NoError(t, err)
	require.InDelta(t, 1, got.DO, 1e-12)
	require.InDelta(t, 1, got.DE, 1e-12)
	require.InDelta(t, 0, got.Alpha, 1e-12)
	runtime.ReadMemStats(&before)
	_, err = KrippendorffAlpha(data, Ordinal)
	runtime.ReadMemStats(&after)
	require.NoError(t, err)
	require.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(16<<20))
}

func TestKrippendorffAlphaNoVariation(t *testing.T) {
	// Three coders all say 0.1 on two units: DO = DE = 0 and alpha is
	// undefined (NaN), whatever the rounding of the mean of 0.1s.
	data := mat.NewDense(3, 2, []float64{0.1, 0.1, 0.1, 0.1, 0.1, 0.1})
	for _, l := range []Level{Nominal, Ordinal, Interval} {
		got, err := KrippendorffAlpha(data, l)
		require.NoError(t, err)
		require.Equal(t, 0.0, got.DE, "%v", l)
		require.True(t, math.IsNaN(got.Alpha), "%v: %v", l, got.Alpha)
	}
}

func TestKrippendorffAlphaMagnitudes(t *testing.T) {
	// Krippendorff (2011) example C (refdata krippendorff_alpha.json:
	// interval alpha .849) in units 1e±200: interval alpha does not
	// depend on the unit, but the squared differences over- or
	// underflowed and alpha came out NaN.
	nan := math.NaN()
	base := []float64{
		1, 2, 3, 3, 2, 1, 4, 1, 2, nan, nan, nan,
		1, 2, 3, 3, 2, 2, 4, 1, 2, 5, nan, 3,
		nan, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, nan,
		1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, nan,
	}
	want, err := KrippendorffAlpha(mat.NewDense(4, 12, base), Interval)
	require.NoError(t, err)
	require.InDelta(t, 0.849, want.Alpha, 0.0005)
	for _, c := range []float64{1e200, 1e-200} {
		data := make([]float64, len(base))
		for i, v := range base {
			data[i] = v * c
		}
		got, err := KrippendorffAlpha(mat.NewDense(4, 12, data), Interval)
		require.NoError(t, err)
		require.InDelta(t, want.Alpha, got.Alpha, 1e-12, "scale %g", c)
	}
}

// TestKrippendorffAlphaReference compares KrippendorffAlpha with the
// coincidence-matrix computation written out as Krippendorff (2011) gives
// it, on random small data with missing values and few distinct values.
func TestKrippendorffAlphaReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 2))
	for trial := range 300 {
		coders, units := 2+rng.IntN(4), 1+rng.IntN(12)
		data := mat.NewDense(coders, units, nil)
		for i := range coders {
			for u := range units {
				v := float64(rng.IntN(5)) - 1
				if rng.IntN(4) == 0 {
					v = math.NaN()
				}
				data.Set(i, u, v)
			}
		}
		for _, l := range []Level{Nominal, Ordinal, Interval} {
			want := krippendorffReference(data, l)
			got, err := KrippendorffAlpha(data, l)
			if want.NPairable < 2 {
				require.ErrorIs(t, err, ErrTooFew, "trial %d", trial)
				continue
			}
			require.NoError(t, err, "trial %d", trial)
			require.Equal(t, want.NPairable, got.NPairable, "trial %d", trial)
			require.InDelta(t, want.DO, got.DO, 1e-12, "trial %d %v", trial, l)
			require.InDelta(t, want.DE, got.DE, 1e-12, "trial %d %v", trial, l)
			if math.IsNaN(want.Alpha) {
				require.True(t, math.IsNaN(got.Alpha), "trial %d %v", trial, l)
			} else {
				require.InDelta(t, want.Alpha, got.Alpha, 1e-9, "trial %d %v", trial, l)
			}
		}
	}
}

// krippendorffReference is the textbook computation: the coincidence
// matrix o_ck over the sorted distinct values, its marginals, and
// DO = Σ o_ck δ²_ck / n, DE = Σ n_c n_k δ²_ck / (n(n−1)).
func krippendorffReference(data mat.Matrix, level Level) KrippendorffResult {
	coders, units := data.Dims()
	var values []float64
	for i := range coders {
		for u := range units {
			if v := data.At(i, u); !math.IsNaN(v) {
				values = append(values, v)
			}
		}
	}
	slices.Sort(values)
	values = slices.Compact(values)
	m := len(values)
	o := make([][]float64, m)
	for c := range o {
		o[c] = make([]float64, m)
	}
	pairable := 0
	for u := range units {
		var vs []int
		for i := range coders {
			if v := data.At(i, u); !math.IsNaN(v) {
				c, _ := slices.BinarySearch(values, v)
				vs = append(vs, c)
			}
		}
		if len(vs) < 2 {
			continue
		}
		pairable += len(vs)
		for i := range vs {
			for j := range vs {
				if i != j {
					o[vs[i]][vs[j]] += 1 / float64(len(vs)-1)
				}
			}
		}
	}
	marg := make([]float64, m)
	var n float64
	for c := range m {
		for k := range m {
			marg[c] += o[c][k]
		}
		n += marg[c]
	}
	delta := func(c, k int) float64 {
		switch level {
		case Nominal:
			if c == k {
				return 0
			}
			return 1
		case Ordinal:
			var s float64
			for g := min(c, k); g <= max(c, k); g++ {
				s += marg[g]
			}
			s -= (marg[c] + marg[k]) / 2
			return s * s
		}
		return (values[c] - values[k]) * (values[c] - values[k])
	}
	var do, de float64
	for c := range m {
		for k := range m {
			do += o[c][k] * delta(c, k)
			de += marg[c] * marg[k] * delta(c, k)
		}
	}
	res := KrippendorffResult{NPairable: pairable, DO: do / n, DE: de / (n * (n - 1))}
	res.Alpha = 1 - res.DO/res.DE
	if res.DE == 0 {
		res.Alpha = math.NaN()
	}
	return res
}
