package synthetic

import (
	"cmp"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"

	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsonx"
)

// CostFamily is a classical family of random linear assignment instances,
// as used to benchmark assignment solvers (Dell'Amico and Toth, Discrete
// Applied Mathematics 100, 2000; Jonker and Volgenant, Computing 38,
// 1987). It marshals to JSON as its name ("spatial"), parsed ignoring
// case; the zero value is unset, marshals as "" and reads as CostUniform.
type CostFamily uint8

const (
	// CostUniform: c[i][j] uniform on [0, Range). An unset family means
	// this one.
	CostUniform CostFamily = iota + 1
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

var costFamilyTable = enum.New[CostFamily]("CostFamily", "", "uniform", "integer", "spatial", "logarithmic", "binary")

// CostFamilies returns every family, in declaration order.
func CostFamilies() []CostFamily {
	return []CostFamily{CostUniform, CostInteger, CostSpatial, CostLogarithmic, CostBinary}
}

// String returns the family's name ("spatial"), "unset" for the zero value
// or "CostFamily(n)" for an undeclared value.
func (f CostFamily) String() string { return costFamilyTable.String(f) }

// MarshalText implements encoding.TextMarshaler; an undeclared value is an
// error wrapping the module's unknown-enum sentinel.
func (f CostFamily) MarshalText() ([]byte, error) { return costFamilyTable.Marshal(f) }

// UnmarshalText implements encoding.TextUnmarshaler, ignoring case; an
// unknown name is an error and leaves f unchanged.
func (f *CostFamily) UnmarshalText(text []byte) error { return costFamilyTable.Unmarshal(text, f) }

// DefaultCostRange is the Range of CostConfig when it is 0.
const DefaultCostRange = 1000

// MaxCostRange is the largest Range of CostConfig, 2^53: every integer up
// to it is exact in a float64 (CostInteger draws them exactly), and no
// family's entries come near overflow (CostSpatial's reach Range·√2).
const MaxCostRange = 1 << 53

// CostConfig sets the shape of a generated cost matrix. Its zero value is
// an empty uniform matrix.
type CostConfig struct {
	// Family is the cost family; unset means CostUniform.
	Family CostFamily `json:"family,omitempty"`
	// Rows and Cols are the matrix's size, 0 to 10,000 each.
	Rows int `json:"rows"`
	Cols int `json:"cols"`
	// Range scales the values (see the families); 0 means
	// DefaultCostRange. It must be in [1, MaxCostRange].
	Range float64 `json:"range,omitempty"`
}

// MarshalJSON writes c by the module's JSON rule for numbers (a NaN Range
// as "NaN").
func (c CostConfig) MarshalJSON() ([]byte, error) { return jsonx.Marshal(c) }

// UnmarshalJSON reads what MarshalJSON writes.
func (c *CostConfig) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, c) }

// maxCostSize is the largest CostConfig.Rows and Cols.
const maxCostSize = 10_000

// Costs draws a Rows×Cols cost matrix of the given family (to be
// minimised; to use it as scores, take Range minus the cost). The same rng
// state and cfg give the same matrix; entries are drawn row by row.
//
// A matrix with no rows or no columns is returned as the empty
// &mat.Dense{} (0×0: gonum has no r×0 matrix).
//
// Errors: a [*FieldError] (ErrConfig) for a nil rng, an undeclared family,
// sizes outside 0 to 10,000 or a Range outside [1, MaxCostRange] (NaN
// and ±Inf included), joined.
func Costs(rng *rand.Rand, cfg CostConfig) (*mat.Dense, error) {
	var c fault.Collector
	if rng == nil {
		c.Add(msgNoRNG.At("rng", nil))
	}
	if !costFamilyTable.Declared(cfg.Family) {
		c.Add(msgFamily.At("family", int(cfg.Family), "CostFamily"))
	}
	if cfg.Rows < 0 || cfg.Rows > maxCostSize {
		c.Add(msgBetween.At("rows", cfg.Rows, 0, maxCostSize))
	}
	if cfg.Cols < 0 || cfg.Cols > maxCostSize {
		c.Add(msgBetween.At("cols", cfg.Cols, 0, maxCostSize))
	}
	r := cfg.Range
	if r == 0 {
		r = DefaultCostRange
	}
	if !(r >= 1 && r <= MaxCostRange) {
		c.Add(msgCostRange.At("range", cfg.Range))
	}
	if err := c.Err(); err != nil {
		return nil, err
	}
	family := cmp.Or(cfg.Family, CostUniform)
	if cfg.Rows == 0 || cfg.Cols == 0 {
		return &mat.Dense{}, nil
	}
	m := mat.NewDense(cfg.Rows, cfg.Cols, nil)
	switch family {
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
			switch family {
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
