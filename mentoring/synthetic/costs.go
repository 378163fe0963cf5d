package synthetic

import (
	"errors"
	"math"
	"math/rand/v2"
	"strconv"

	"gonum.org/v1/gonum/mat"
)

// CostFamily is a classical family of random linear assignment instances,
// as used to benchmark assignment solvers (Dell'Amico and Toth, Discrete
// Applied Mathematics 100, 2000; Jonker and Volgenant, Computing 38,
// 1987).
type CostFamily int

const (
	// CostUniform: c[i][j] uniform on [0, Range).
	CostUniform CostFamily = iota
	// CostInteger: c[i][j] a uniform integer in [1, Range] (Range rounded
	// down, at least 1).
	CostInteger
	// CostSpatial: rows and columns are points uniform in the square
	// [0, Range)², c[i][j] their Euclidean distance (the "geometric"
	// family).
	CostSpatial
	// CostLogarithmic: log-uniform costs, c[i][j] = Range^U with U uniform
	// on [0, 1): values spread evenly over the orders of magnitude of
	// [1, Range).
	CostLogarithmic
	// CostBinary: c[i][j] is 0 or 1 with probability 1/2 each (Range is
	// ignored): massively tied instances.
	CostBinary
)

var costFamilyNames = []string{"uniform", "integer", "spatial", "logarithmic", "binary"}

// CostFamilies returns every family, in declaration order.
func CostFamilies() []CostFamily {
	return []CostFamily{CostUniform, CostInteger, CostSpatial, CostLogarithmic, CostBinary}
}

// String returns the family's name ("spatial").
func (f CostFamily) String() string {
	if f >= 0 && int(f) < len(costFamilyNames) {
		return costFamilyNames[f]
	}
	return "CostFamily(" + strconv.Itoa(int(f)) + ")"
}

// DefaultCostRange is the Range of CostConfig when it is 0.
const DefaultCostRange = 1000

// MaxCostRange is the largest Range of CostConfig, 2^53: every integer up
// to it is exact in a float64 (CostInteger draws them exactly), and no
// family's entries come near overflow (CostSpatial's reach Range·√2).
const MaxCostRange = 1 << 53

// CostConfig sets the shape of a generated cost matrix.
type CostConfig struct {
	Family     CostFamily
	Rows, Cols int // 0 to 10,000 each
	// Range scales the values (see the families); 0 means
	// DefaultCostRange. It must be in [1, MaxCostRange].
	Range float64
}

// Costs draws a Rows×Cols cost matrix of the given family (to be
// minimised; to use it as scores, take Range minus the cost). The same rng
// state and cfg give the same matrix; entries are drawn row by row.
//
// A matrix with no rows or no columns is returned as the empty
// &mat.Dense{} (0×0: gonum has no r×0 matrix).
//
// Errors: a *ConfigError (ErrConfig) for a nil rng, an unknown family,
// sizes outside 0 to 10,000 or a Range outside [1, MaxCostRange] (NaN
// and ±Inf included), joined.
func Costs(rng *rand.Rand, cfg CostConfig) (*mat.Dense, error) {
	var errs []error
	bad := func(field string, v any, problem string) {
		errs = append(errs, &ConfigError{Field: field, Value: v, Problem: problem})
	}
	if rng == nil {
		bad("rng", nil, "is nil")
	}
	if cfg.Family < 0 || int(cfg.Family) >= len(costFamilyNames) {
		bad("Family", int(cfg.Family), "is not a CostFamily")
	}
	if cfg.Rows < 0 || cfg.Rows > 10_000 {
		bad("Rows", cfg.Rows, "must be 0 to 10,000")
	}
	if cfg.Cols < 0 || cfg.Cols > 10_000 {
		bad("Cols", cfg.Cols, "must be 0 to 10,000")
	}
	r := cfg.Range
	if r == 0 {
		r = DefaultCostRange
	}
	if !(r >= 1 && r <= MaxCostRange) {
		bad("Range", cfg.Range, "must be in [1, 2^53] (0 means the default)")
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if cfg.Rows == 0 || cfg.Cols == 0 {
		return &mat.Dense{}, nil
	}
	m := mat.NewDense(cfg.Rows, cfg.Cols, nil)
	switch cfg.Family {
	case CostSpatial:
		px := make([][2]float64, cfg.Rows+cfg.Cols)
		for k := range px {
			px[k] = [2]float64{rng.Float64() * r, rng.Float64() * r}
		}
		for i := range cfg.Rows {
			for j := range cfg.Cols {
				a, b := px[i], px[cfg.Rows+j]
				m.Set(i, j, math.Hypot(a[0]-b[0], a[1]-b[1]))
			}
		}
		return m, nil
	}
	hi := int64(max(1, math.Floor(r)))
	for i := range cfg.Rows {
		for j := range cfg.Cols {
			var x float64
			switch cfg.Family {
			case CostUniform:
				x = rng.Float64() * r
			case CostInteger:
				x = float64(1 + rng.Int64N(hi))
			case CostLogarithmic:
				x = math.Pow(r, rng.Float64())
			case CostBinary:
				x = float64(rng.IntN(2))
			}
			m.Set(i, j, x)
		}
	}
	return m, nil
}
