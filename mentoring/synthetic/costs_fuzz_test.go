package synthetic

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"
)

// FuzzCosts: any configuration gives either a ConfigError or a matrix of
// the requested shape with finite entries.
func FuzzCosts(f *testing.F) {
	f.Add(0, 3, 4, 10.0, uint64(1))
	f.Add(9, -1, 20000, math.Inf(1), uint64(2))
	f.Add(1, 3, 3, 1e300, uint64(3))           // CostInteger beyond 2^53: rand.Int64N panicked
	f.Add(2, 3, 3, math.MaxFloat64, uint64(4)) // CostSpatial: distances overflowed to +Inf
	f.Fuzz(func(t *testing.T, family, rows, cols int, rng float64, seed uint64) {
		rows, cols = rows%200, cols%200 // keep the matrices small
		m, err := Costs(rand.New(rand.NewPCG(seed, 1)), CostConfig{Family: CostFamily(family), Rows: rows, Cols: cols, Range: rng})
		if err != nil {
			if !errors.Is(err, ErrConfig) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		r, c := m.Dims()
		if rows > 0 && cols > 0 && (r != rows || c != cols) {
			t.Fatalf("dims %d×%d, want %d×%d", r, c, rows, cols)
		}
		for _, x := range m.RawMatrix().Data {
			if math.IsNaN(x) || math.IsInf(x, 0) || x < 0 {
				t.Fatalf("entry %v", x)
			}
		}
	})
}
