package feedback

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"

	"gonum.org/v1/gonum/mat"
)

// Level is the level of measurement of Krippendorff's alpha. The zero value
// is invalid: the caller says what the numbers mean.
type Level int

// Levels of measurement.
const (
	Nominal  Level = iota + 1 // categories: δ² = 0 if equal, 1 otherwise
	Ordinal                   // ranks: δ² from the marginal counts between two values
	Interval                  // differences: δ² = (c − k)²
)

var levelNames = [...]string{"", "nominal", "ordinal", "interval"}

// String returns "nominal", "ordinal" or "interval", or "Level(n)".
func (l Level) String() string {
	if l > 0 && int(l) < len(levelNames) {
		return levelNames[l]
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

// MarshalJSON encodes the level as its name.
func (l Level) MarshalJSON() ([]byte, error) {
	if l <= 0 || int(l) >= len(levelNames) {
		return nil, fieldErr(ErrInvalid, int(l), "not a defined level", "level")
	}
	return json.Marshal(l.String())
}

// UnmarshalJSON decodes a level name; an unknown name is an error.
func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fieldErr(ErrInvalid, string(b), "a level is a string", "level")
	}
	i := slices.Index(levelNames[1:], s)
	if i < 0 {
		return fieldErr(ErrInvalid, s, "want nominal, ordinal or interval", "level")
	}
	*l = Level(i + 1)
	return nil
}

// KrippendorffResult is Krippendorff's alpha with its parts.
type KrippendorffResult struct {
	Alpha     float64 // 1 − DO/DE; NaN when DE = 0 (no variation at all)
	DO, DE    float64 // observed and expected disagreement
	NPairable int     // values in units with at least two values
}

// KrippendorffAlpha computes Krippendorff's alpha (Krippendorff 2011,
// "Computing Krippendorff's alpha-reliability") from data with rows =
// coders and columns = units; NaN marks a missing value. Units with fewer
// than two values are dropped. With the coincidence matrix o_ck (each
// unit's pairs weighted 1/(m_u − 1)), marginals n_c and n = Σ n_c:
//
//	DO = Σ o_ck δ²_ck / n,  DE = Σ n_c n_k δ²_ck / (n(n − 1)),  alpha = 1 − DO/DE
//
// Values are categories by exact equality; ordinal δ²_ck = (Σ_{g=c..k} n_g −
// (n_c + n_k)/2)² over the sorted distinct values. Fewer than two pairable
// values is ErrTooFew; ±Inf is ErrNaN; an undefined level is ErrInvalid.
func KrippendorffAlpha(data mat.Matrix, level Level) (KrippendorffResult, error) {
	if level <= 0 || int(level) >= len(levelNames) {
		return KrippendorffResult{}, fieldErr(ErrInvalid, int(level), "want Nominal, Ordinal or Interval", "level")
	}
	raw, coders, units, err := readMatrix(data, "data", true)
	if err != nil {
		return KrippendorffResult{}, err
	}
	var values []float64
	for _, v := range raw {
		if !math.IsNaN(v) {
			values = append(values, v)
		}
	}
	slices.Sort(values)
	values = slices.Compact(values)
	m := len(values)
	o := make([]float64, m*m)
	counts := make([]float64, m)
	var pairable int
	for u := range units {
		clear(counts)
		mu := 0
		for c := range coders {
			v := raw[c*units+u]
			if math.IsNaN(v) {
				continue
			}
			i, _ := slices.BinarySearch(values, v)
			counts[i]++
			mu++
		}
		if mu < 2 {
			continue
		}
		pairable += mu
		w := 1 / float64(mu-1)
		for c := range m {
			if counts[c] == 0 {
				continue
			}
			for k := range m {
				pairs := counts[c] * counts[k]
				if c == k {
					pairs -= counts[c]
				}
				o[c*m+k] += pairs * w
			}
		}
	}
	if pairable < 2 {
		return KrippendorffResult{}, fieldErr(ErrTooFew, pairable, "alpha needs at least two values in one unit", "data")
	}
	marg := make([]float64, m)
	var n float64
	for c := range m {
		for k := range m {
			marg[c] += o[c*m+k]
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
			lo, hi := min(c, k), max(c, k)
			var s float64
			for g := lo; g <= hi; g++ {
				s += marg[g]
			}
			s -= (marg[c] + marg[k]) / 2
			return s * s
		default:
			d := values[c] - values[k]
			return d * d
		}
	}
	var do, de float64
	for c := range m {
		for k := range m {
			d := delta(c, k)
			do += o[c*m+k] * d
			de += marg[c] * marg[k] * d
		}
	}
	res := KrippendorffResult{NPairable: pairable, DO: do / n, DE: de / (n * (n - 1))}
	res.Alpha = 1 - res.DO/res.DE
	if res.DE == 0 {
		res.Alpha = math.NaN()
	}
	return res, nil
}
