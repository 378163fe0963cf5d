package evaluation

import (
	"fmt"
	"math"
	"strconv"
)

// ZeroMethod says how the Wilcoxon signed-rank test treats zero
// differences. The zero value is scipy's default.
type ZeroMethod int

const (
	// ZeroWilcox drops zero differences before ranking (Wilcoxon, 1945;
	// scipy's default "wilcox", R's only choice).
	ZeroWilcox ZeroMethod = iota
	// ZeroPratt ranks the zeros with the other absolute differences, then
	// drops their ranks (Pratt, 1959; scipy's "pratt").
	ZeroPratt
	// ZeroSplit ranks the zeros and splits their rank sum equally between
	// the positive and the negative side (scipy's "zsplit").
	ZeroSplit
)

// String returns "wilcox", "pratt" or "zsplit".
func (z ZeroMethod) String() string {
	switch z {
	case ZeroWilcox:
		return "wilcox"
	case ZeroPratt:
		return "pratt"
	case ZeroSplit:
		return "zsplit"
	}
	return "ZeroMethod(" + strconv.Itoa(int(z)) + ")"
}

// WilcoxonConfig holds the settings of WilcoxonSignedRank. The zero value
// is scipy 1.10.1's default: zero_method="wilcox", correction=False,
// method="auto", two-sided.
type WilcoxonConfig struct {
	ZeroMethod ZeroMethod
	// Correction applies the continuity correction 0.5·sign(T - mean) to
	// the normal approximation (scipy's correction=True, R's default).
	Correction bool
	Method     Method
}

// Wilcoxon is the result of a two-sided Wilcoxon signed-rank test.
type Wilcoxon struct {
	// Statistic is T = min(R+, R-), scipy's two-sided statistic.
	Statistic float64
	// RPlus is the sum of the ranks of the positive differences (R's V),
	// plus half the zero ranks under ZeroSplit.
	RPlus float64
	// Z is the standardised statistic of the normal approximation, NaN for
	// the exact method.
	Z float64
	// PValue is the two-sided p-value.
	PValue float64
	// Method is MethodExact or MethodAsymptotic, whichever was used.
	Method Method
	// N is the number of differences ranked (after dropping zeros under
	// ZeroWilcox); NZero the number of zero differences.
	N, NZero int
	// Ties reports tied absolute differences among the ranked values (the
	// zeros count under ZeroSplit, not under ZeroPratt, as in scipy's tie
	// correction); with ties the normal approximation is used.
	Ties bool
}

// WilcoxonSignedRank runs the two-sided Wilcoxon signed-rank test on the
// differences d[i] = x[i] - y[i], or on x itself when y is nil (the
// one-sample test of a zero median). It follows scipy.stats.wilcoxon 1.10.1
// with one deliberate exception.
//
// Method: MethodAuto uses the exact null distribution when len(d) <= 50
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
// Exact: p = min(1, 2·min(P(R+ <= r), P(R+ >= r))), from the distribution
// of R+ under H0 (the coefficients of Π(1+q^i)/2), in O(n³) time.
//
// Approximation: z = (T - n(n+1)/4 - c)/σ with
// σ² = n(n+1)(2n+1)/24 - Σ(t³-t)/48 over the tie groups t of the ranked
// values, c = 0.5·sign(T - n(n+1)/4) under Correction, else 0;
// ZeroPratt subtracts the zeros' share n0(n0+1)/4 from the mean and
// n0(n0+1)(2n0+1)/24 from σ² (Cureton, 1967). p = 2·P(Z > |z|).
//
// Errors (*InputError, joined): empty x (ErrEmpty), y of another length
// (ErrLength), non-finite values (ErrOutOfRange), an unknown ZeroMethod or
// Method (ErrUnknownOption), and, under ZeroWilcox or ZeroPratt, all
// differences zero (ErrAllZero, where scipy raises). Inputs are not
// modified.
func WilcoxonSignedRank(x, y []float64, cfg WilcoxonConfig) (Wilcoxon, error) {
	var errs []error
	if err := checkSample("x", x, 1); err != nil {
		errs = append(errs, err)
	}
	if y != nil {
		if len(y) != len(x) {
			errs = append(errs, inputErr("y", nil, ErrLength, fmt.Sprintf("has %d values, x has %d", len(y), len(x))))
		} else if err := checkFinite("y", y); err != nil {
			errs = append(errs, err)
		}
	}
	if cfg.ZeroMethod < ZeroWilcox || cfg.ZeroMethod > ZeroSplit {
		errs = append(errs, inputErr("cfg.ZeroMethod", int(cfg.ZeroMethod), ErrUnknownOption, "not a declared ZeroMethod"))
	}
	if err := cfg.Method.check("cfg.Method"); err != nil {
		errs = append(errs, err)
	}
	if err := joinErrs(errs); err != nil {
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
		return Wilcoxon{}, inputErr("x", nil, ErrAllZero,
			"every difference is zero; the test needs ZeroSplit or a non-zero difference")
	}
	method := cfg.Method
	if method == MethodAuto {
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
	res := Wilcoxon{Statistic: min(rPlus, rMinus), RPlus: rPlus, Method: method, N: n, NZero: nZero, Ties: ties, Z: math.NaN()}
	if method == MethodExact {
		res.PValue = signedRankExactP(n, int(rPlus))
		return res, nil
	}
	nf := float64(n)
	mean := nf * (nf + 1) / 4
	v := nf * (nf + 1) * (2*nf + 1)
	if cfg.ZeroMethod == ZeroPratt {
		z0 := float64(nZero)
		mean -= z0 * (z0 + 1) / 4
		v -= z0 * (z0 + 1) * (2*z0 + 1)
	}
	v -= 0.5 * tieTerm
	se := math.Sqrt(v / 24)
	c := 0.0
	if cfg.Correction {
		c = 0.5 * sign(res.Statistic-mean)
	}
	res.Z = (res.Statistic - mean - c) / se
	res.PValue = 2 * normSF(math.Abs(res.Z))
	return res, nil
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

// signedRankExactP is the exact two-sided p-value of R+ = r for n ranks
// 1..n without ties: min(1, 2·min(P(R+ <= r), P(R+ >= r))).
func signedRankExactP(n, r int) float64 {
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
	return min(1, 2*min(lo, hi))
}
