package evaluation

import (
	"math"

	"github.com/mentorkit/mentorkit/internal/enum"
	"github.com/mentorkit/mentorkit/internal/fault"
)

// ZeroMethod says how the Wilcoxon signed-rank test treats zero
// differences. The zero value is unset and reads as ZeroWilcox, scipy's
// default. Its text form is "wilcox", "pratt" or "zsplit".
type ZeroMethod uint8

const (
	// ZeroWilcox drops zero differences before ranking (Wilcoxon, 1945;
	// scipy's default "wilcox", R's only choice).
	ZeroWilcox ZeroMethod = iota + 1
	// ZeroPratt ranks the zeros with the other absolute differences, then
	// drops their ranks (Pratt, 1959; scipy's "pratt").
	ZeroPratt
	// ZeroSplit ranks the zeros and splits their rank sum equally between
	// the positive and the negative side (scipy's "zsplit").
	ZeroSplit
)

var zeroMethodTable = enum.New[ZeroMethod]("zero method", "", "wilcox", "pratt", "zsplit")

// String returns "wilcox", "pratt" or "zsplit", "unset" for the zero value.
func (z ZeroMethod) String() string { return zeroMethodTable.String(z) }

// MarshalText returns the name ("" when unset).
func (z ZeroMethod) MarshalText() ([]byte, error) { return zeroMethodTable.Marshal(z) }

// UnmarshalText parses a name, ignoring case; unknown text wraps
// [ErrUnknownEnum].
func (z *ZeroMethod) UnmarshalText(b []byte) error { return zeroMethodTable.Unmarshal(b, z) }

// WilcoxonConfig holds the settings of WilcoxonSignedRank. The zero value
// is scipy 1.10.1's default: zero_method="wilcox", correction=False,
// method="auto", alternative="two-sided".
type WilcoxonConfig struct {
	// ZeroMethod treats zero differences; unset reads as ZeroWilcox.
	ZeroMethod ZeroMethod `json:"zeroMethod,omitempty"`
	// Correction switches on the continuity correction 0.5·sign(T - mean)
	// of the normal approximation (scipy's correction=True, R's default);
	// off, as in scipy, by default.
	Correction bool `json:"correction,omitempty"`
	// Method is MethodExact or MethodAsymptotic; unset chooses as scipy's
	// method="auto" (see WilcoxonSignedRank).
	Method Method `json:"method,omitempty"`
	// Alternative is the alternative hypothesis about the location of the
	// differences; the zero value is TwoSided. Greater tests a positive
	// shift of x - y, as R's wilcox.test and scipy.
	Alternative Alternative `json:"alternative,omitempty"`
}

// Wilcoxon is the result of a Wilcoxon signed-rank test.
type Wilcoxon struct {
	// Statistic is T = min(R+, R-), scipy's two-sided statistic, or R+
	// (R's V, scipy's one-sided statistic) under Less and Greater.
	Statistic float64 `json:"statistic"`
	// RPlus is the sum of the ranks of the positive differences (R's V),
	// plus half the zero ranks under ZeroSplit.
	RPlus float64 `json:"rPlus"`
	// Z is the standardised statistic of the normal approximation, NaN for
	// the exact method.
	Z float64 `json:"z"`
	// PValue is the p-value under Alternative.
	PValue float64 `json:"pValue"`
	// Method is MethodExact or MethodAsymptotic, whichever was used.
	Method Method `json:"method"`
	// Alternative is the alternative hypothesis tested.
	Alternative Alternative `json:"alternative"`
	// N is the number of differences ranked (after dropping zeros under
	// ZeroWilcox); NZero the number of zero differences.
	N     int `json:"n"`
	NZero int `json:"nZero"`
	// Ties reports tied absolute differences among the ranked values (the
	// zeros count under ZeroSplit, not under ZeroPratt, as in scipy's tie
	// correction); with ties the normal approximation is used.
	Ties bool `json:"ties"`
}

// WilcoxonSignedRank runs the Wilcoxon signed-rank test on the
// differences d[i] = x[i] - y[i], or on x itself when y is nil (the
// one-sample test of a zero median). It follows scipy.stats.wilcoxon 1.10.1
// with one deliberate exception.
//
// Method: unset (scipy's "auto") uses the exact null distribution when len(d) <= 50
// (counted before dropping zeros) and there are neither zero nor tied
// absolute differences, and the normal approximation otherwise. With
// zeros, scipy also switches to the approximation. With ties and no zeros,
// scipy 1.10.1 keeps the exact method, truncates R+ to an integer and uses
// the distribution without ties, which is wrong; this function uses the
// normal approximation there, as R's wilcox.test does. MethodExact
// likewise falls back to the approximation with zeros or ties, and beyond
// maxExactSignedRank (1000) differences, where the approximation is
// accurate and the exact distribution would cost O(n³).
//
// Exact: p = min(1, 2·min(P(R+ <= r), P(R+ >= r))), P(R+ <= r) under Less
// and P(R+ >= r) under Greater, from the distribution of R+ under H0 (the
// coefficients of Π(1+q^i)/2), in O(n³) time.
//
// Approximation: z = (T - n(n+1)/4 - c)/σ with
// σ² = n(n+1)(2n+1)/24 - Σ(t³-t)/48 over the tie groups t of the ranked
// values, c = 0.5·sign(T - n(n+1)/4) under Correction, else 0;
// ZeroPratt subtracts the zeros' share n0(n0+1)/4 from the mean and
// n0(n0+1)(2n0+1)/24 from σ² (Cureton, 1967). p = 2·P(Z > |z|). Under
// Less and Greater T is R+ and c is -0.5 and +0.5 under Correction, as in
// R and scipy; p = P(Z < z) or P(Z > z).
//
// Errors (*[FieldError], joined): empty x (ErrEmpty), y of another length
// (ErrLength), non-finite values (ErrOutOfRange), an unknown ZeroMethod or
// Method or Alternative (ErrUnknownEnum), and, under ZeroWilcox or ZeroPratt, all
// differences zero (ErrAllZero, where scipy raises). Inputs are not
// modified.
func WilcoxonSignedRank(x, y []float64, cfg WilcoxonConfig) (Wilcoxon, error) {
	var errs fault.Collector
	errs.Add(checkSample("x", x, 1))
	if y != nil {
		if len(y) != len(x) {
			errs.Add(msgLength.At("y", nil, len(y), len(x), "x"))
		} else {
			errs.Add(checkFinite("y", y))
		}
	}
	if !zeroMethodTable.Declared(cfg.ZeroMethod) {
		errs.Add(msgUndeclared.At("cfg.zeroMethod", int(cfg.ZeroMethod), "ZeroMethod"))
	}
	cfg.ZeroMethod = max(cfg.ZeroMethod, ZeroWilcox)
	method, err := cfg.Method.resolve("cfg.method", "WilcoxonSignedRank", 0, MethodExact, MethodAsymptotic)
	errs.Add(err)
	errs.Add(checkAlternative("cfg.alternative", cfg.Alternative))
	if err := errs.Err(); err != nil {
		return Wilcoxon{}, err
	}
	d := make([]float64, len(x))
	nZero := 0
	for i := range x {
		d[i] = x[i]
		if y != nil {
			d[i] -= y[i]
		}
		if d[i] == 0 {
			nZero++
		}
	}
	if nZero == len(d) && cfg.ZeroMethod != ZeroSplit {
		return Wilcoxon{}, msgAllZero.At("x", nil)
	}
	if method == 0 { // scipy's "auto"
		method = MethodAsymptotic
		if len(d) <= 50 {
			method = MethodExact
		}
	}
	if nZero > 0 || len(d) > maxExactSignedRank {
		method = MethodAsymptotic
	}
	if cfg.ZeroMethod == ZeroWilcox && nZero > 0 {
		nz := d[:0:0]
		for _, v := range d {
			if v != 0 {
				nz = append(nz, v)
			}
		}
		d = nz
	}
	abs := make([]float64, len(d))
	for i, v := range d {
		abs[i] = math.Abs(v)
	}
	ranks, _ := midranks(abs)
	var rPlus, rMinus, rZero float64
	for i, v := range d {
		switch {
		case v > 0:
			rPlus += ranks[i]
		case v < 0:
			rMinus += ranks[i]
		default:
			rZero += ranks[i]
		}
	}
	if cfg.ZeroMethod == ZeroSplit {
		rPlus += rZero / 2
		rMinus += rZero / 2
	}
	// The tie term counts the ranked values; under ZeroPratt the zeros'
	// ranks are left out (scipy: r = r[d != 0]).
	var tieTerm float64
	ties := false
	if cfg.ZeroMethod == ZeroPratt {
		nonzero := make([]float64, 0, len(d))
		for i, v := range d {
			if v != 0 {
				nonzero = append(nonzero, ranks[i])
			}
		}
		tieTerm = tieTermOf(nonzero)
	} else {
		tieTerm = tieTermOf(ranks)
	}
	ties = tieTerm > 0
	if ties {
		method = MethodAsymptotic
	}
	n := len(d)
	alt := cfg.Alternative
	res := Wilcoxon{Statistic: min(rPlus, rMinus), RPlus: rPlus, Method: method, Alternative: alt,
		N: n, NZero: nZero, Ties: ties, Z: math.NaN()}
	if alt != TwoSided {
		res.Statistic = rPlus
	}
	if method == MethodExact {
		res.PValue = signedRankExactP(n, int(rPlus), alt)
		return res, nil
	}
	res.normal(cfg, tieTerm)
	return res, nil
}

// normal sets Z and PValue of the normal approximation: the mean and
// variance of R+ under H0 (less the zeros' share under ZeroPratt and the
// tie term), the continuity correction of the alternative.
func (w *Wilcoxon) normal(cfg WilcoxonConfig, tieTerm float64) {
	nf := float64(w.N)
	mean := nf * (nf + 1) / 4
	v := nf * (nf + 1) * (2*nf + 1)
	if cfg.ZeroMethod == ZeroPratt {
		z0 := float64(w.NZero)
		mean -= z0 * (z0 + 1) / 4
		v -= z0 * (z0 + 1) * (2*z0 + 1)
	}
	v -= 0.5 * tieTerm
	se := math.Sqrt(v / 24)
	c := 0.0
	if cfg.Correction {
		switch w.Alternative {
		case Less:
			c = -0.5
		case Greater:
			c = 0.5
		default:
			c = 0.5 * sign(w.Statistic-mean)
		}
	}
	w.Z = (w.Statistic - mean - c) / se
	w.PValue = w.Alternative.normP(w.Z)
}

func sign(v float64) float64 {
	switch {
	case v > 0:
		return 1
	case v < 0:
		return -1
	}
	return 0
}

// tieTermOf returns Σ(t³ - t) over the groups of t equal values of v.
func tieTermOf(v []float64) float64 {
	_, t := midranks(v)
	return t
}

// maxExactSignedRank bounds the n of the exact signed-rank distribution
// (O(n³) time, O(n²) memory).
const maxExactSignedRank = 1000

// signedRankExactP is the exact p-value of R+ = r for n ranks 1..n
// without ties: min(1, 2·min(P(R+ <= r), P(R+ >= r))) for TwoSided,
// P(R+ <= r) for Less, P(R+ >= r) for Greater.
func signedRankExactP(n, r int, alt Alternative) float64 {
	top := n * (n + 1) / 2
	pmf := make([]float64, top+1)
	pmf[0] = 1
	reach := 0
	for i := 1; i <= n; i++ {
		reach += i
		for s := reach; s >= 0; s-- {
			v := pmf[s]
			if s >= i {
				v += pmf[s-i]
			}
			pmf[s] = 0.5 * v
		}
	}
	var lo, hi float64
	for s := 0; s <= top; s++ {
		if s <= r {
			lo += pmf[s]
		}
		if s >= r {
			hi += pmf[s]
		}
	}
	switch alt {
	case Less:
		return min(1, lo)
	case Greater:
		return min(1, hi)
	}
	return min(1, 2*min(lo, hi))
}
