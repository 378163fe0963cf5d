package reliability

import (
	"math"
	"slices"

	"gonum.org/v1/gonum/mat"

	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/jsonx"
)

// Level is the level of measurement of Krippendorff's alpha. The zero value
// is unset, which [KrippendorffAlpha] rejects: the caller says what the
// numbers mean. Its text and JSON form is the name ("ordinal"), parsed
// case-insensitively; unknown text is an error wrapping [ErrUnknownEnum].
type Level int

// Levels of measurement.
const (
	Nominal  Level = iota + 1 // categories: δ² = 0 if equal, 1 otherwise
	Ordinal                   // ranks: δ² from the marginal counts between two values
	Interval                  // differences: δ² = (c − k)²
)

var levelTable = enum.New[Level]("level", "", "nominal", "ordinal", "interval")

// String returns "nominal", "ordinal" or "interval", "unset" for the zero
// value, or "level(n)" for an undeclared value.
func (l Level) String() string { return levelTable.String(l) }

// MarshalText encodes the level as its name ("" when unset).
func (l Level) MarshalText() ([]byte, error) { return levelTable.Marshal(l) }

// UnmarshalText decodes a level name, case-insensitively ("" is unset).
func (l *Level) UnmarshalText(b []byte) error { return levelTable.Unmarshal(b, l) }

// KrippendorffResult is Krippendorff's alpha with its parts.
type KrippendorffResult struct {
	Alpha     float64 `json:"alpha"`     // 1 − DO/DE; NaN when DE = 0 (no variation at all)
	DO        float64 `json:"do"`        // observed disagreement
	DE        float64 `json:"de"`        // expected disagreement
	NPairable int     `json:"nPairable"` // values in units with at least two values
}

// MarshalJSON writes the result by the module's number rule (NaN as "NaN").
func (r KrippendorffResult) MarshalJSON() ([]byte, error) { return jsonx.Marshal(r) }

// UnmarshalJSON reads what MarshalJSON writes.
func (r *KrippendorffResult) UnmarshalJSON(b []byte) error { return jsonx.Unmarshal(b, r) }

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
// values is [ErrTooFew]; ±Inf is [ErrNaN]; an unset level is [ErrInvalid],
// an undeclared one [ErrUnknownEnum].
//
// The coincidence matrix is not stored: memory is O(coders·units), time
// O(coders·units·log(values) + Σ_u m_u²), plus O(m²) for the ordinal DE
// over the m distinct values, so continuous interval data (a distinct
// value per answer) is fine. Interval values beyond 2^±400 in magnitude
// are rescaled by a power of two first (alpha does not depend on the
// unit; DO and DE are in its square and may then be +Inf or 0). The input
// is not modified.
func KrippendorffAlpha(data mat.Matrix, level Level) (KrippendorffResult, error) {
	switch {
	case level == 0:
		return KrippendorffResult{}, msgRequired.At("level", nil)
	case !levelTable.Declared(level):
		return KrippendorffResult{}, msgUndeclaredLevel.At("level", int(level))
	}
	raw, coders, units, err := readMatrix(data, "data", true)
	if err != nil {
		return KrippendorffResult{}, err
	}
	k := newCoincidences(raw, coders, units, level)
	if k.pairable < 2 {
		return KrippendorffResult{}, msgNoPairable.At("data", nil, k.pairable)
	}
	n := float64(k.pairable)
	e := 0
	if level == Interval {
		// Interval alpha does not depend on the unit: values beyond 2^±400
		// are rescaled by a power of two so that squared differences stay
		// finite and normal; DO and DE are scaled back by 2^(2e) below.
		e = rescale(k.values)
	}
	res := KrippendorffResult{NPairable: k.pairable, DO: k.observed() / n, DE: k.expected() / (n * (n - 1))}
	res.Alpha = 1 - res.DO/res.DE
	if res.DE == 0 {
		res.Alpha = math.NaN()
	}
	res.DO, res.DE = math.Ldexp(res.DO, 2*e), math.Ldexp(res.DE, 2*e)
	return res, nil
}

// coincidences holds what Krippendorff's alpha needs of the coincidence
// matrix without building it: it has m² entries, and m is the number of
// distinct values (one per answer for continuous interval data). Its
// marginals n_c are the counts of value c in the pairable units, and the
// observed disagreement sums each unit's pairs directly.
type coincidences struct {
	level         Level
	coders, units int
	values        []float64 // the sorted distinct values
	idx           []int32   // index of each datum among values; −1 if missing
	marg          []float64 // n_c
	cum           []float64 // cum[g] = n_0 + … + n_{g−1}
	pairable      int       // n
}

func newCoincidences(raw []float64, coders, units int, level Level) *coincidences {
	k := &coincidences{level: level, coders: coders, units: units}
	for _, v := range raw {
		if !math.IsNaN(v) {
			k.values = append(k.values, v)
		}
	}
	slices.Sort(k.values)
	k.values = slices.Compact(k.values)
	m := len(k.values)
	k.idx = make([]int32, len(raw))
	k.marg = make([]float64, m)
	for u := range units {
		mu := 0
		for c := range coders {
			if math.IsNaN(raw[c*units+u]) {
				k.idx[c*units+u] = -1
				continue
			}
			i, _ := slices.BinarySearch(k.values, raw[c*units+u])
			k.idx[c*units+u] = int32(i)
			mu++
		}
		if mu < 2 {
			continue
		}
		k.pairable += mu
		for c := range coders {
			if i := k.idx[c*units+u]; i >= 0 {
				k.marg[i]++
			}
		}
	}
	k.cum = make([]float64, m+1)
	for g := range m {
		k.cum[g+1] = k.cum[g] + k.marg[g]
	}
	return k
}

// delta is δ²_ck between the c-th and k-th distinct values.
func (k *coincidences) delta(c, d int) float64 {
	switch k.level {
	case Nominal:
		if c == d {
			return 0
		}
		return 1
	case Ordinal:
		lo, hi := min(c, d), max(c, d)
		s := k.cum[hi+1] - k.cum[lo] - (k.marg[c]+k.marg[d])/2
		return s * s
	default:
		x := k.values[c] - k.values[d]
		return x * x
	}
}

// observed returns DO·n = Σ_u 1/(m_u − 1) · Σ over ordered pairs of
// distinct values c ≠ k in unit u of n_uc·n_uk·δ²_ck.
func (k *coincidences) observed() float64 {
	var do float64
	var unit []int32
	var runs []int32   // distinct value indices of the unit
	var counts []int32 // and their counts
	for u := range k.units {
		unit = unit[:0]
		for c := range k.coders {
			if i := k.idx[c*k.units+u]; i >= 0 {
				unit = append(unit, i)
			}
		}
		if len(unit) < 2 {
			continue
		}
		slices.Sort(unit)
		runs, counts = runs[:0], counts[:0]
		for _, i := range unit {
			if l := len(runs); l > 0 && runs[l-1] == i {
				counts[l-1]++
			} else {
				runs = append(runs, i)
				counts = append(counts, 1)
			}
		}
		var s float64
		for a := range runs {
			for b := a + 1; b < len(runs); b++ {
				s += 2 * float64(counts[a]) * float64(counts[b]) * k.delta(int(runs[a]), int(runs[b]))
			}
		}
		do += s / float64(len(unit)-1)
	}
	return do
}

// expected returns DE·n(n − 1) = Σ_c Σ_k n_c·n_k·δ²_ck: in closed form for
// nominal (n² − Σ n_c²) and interval (2n·Σ n_c(v_c − v̄)²), by the double
// sum (O(m²) time, O(m) memory) for ordinal. With a single distinct value
// it is exactly 0 (a rounded mean would leave a residue).
func (k *coincidences) expected() float64 {
	n := float64(k.pairable)
	distinct := 0
	for _, nc := range k.marg {
		if nc > 0 {
			distinct++
		}
	}
	var de float64
	switch {
	case distinct < 2:
	case k.level == Nominal:
		de = n * n
		for _, c := range k.marg {
			de -= c * c
		}
	case k.level == Interval:
		var mean float64
		for c, nc := range k.marg {
			mean += nc * k.values[c]
		}
		mean /= n
		for c, nc := range k.marg {
			d := k.values[c] - mean
			de += nc * d * d
		}
		de *= 2 * n
	default:
		for c := range k.marg {
			if k.marg[c] == 0 {
				continue
			}
			for d := c + 1; d < len(k.marg); d++ {
				if k.marg[d] != 0 {
					de += 2 * k.marg[c] * k.marg[d] * k.delta(c, d)
				}
			}
		}
	}
	return de
}
