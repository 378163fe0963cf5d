package evaluation

import (
	"fmt"
	"math"
)

// EffectSize is the standardised mean difference of two independent
// samples.
type EffectSize struct {
	MeanX, MeanY float64
	// PooledSD is s_p = √((SS_x + SS_y)/(n1 + n2 - 2)), SS the sums of
	// squared deviations (n-1 weights); NaN when n1 + n2 = 2.
	PooledSD float64
	// D is Cohen's d = (MeanX - MeanY)/PooledSD: ±Inf when PooledSD is 0
	// and the means differ, NaN when both are 0.
	D float64
	// JApprox is Hedges and Olkin's approximate correction
	// 1 - 3/(4(n1+n2) - 9), as statsmodels uses; GApprox = JApprox·D.
	JApprox, GApprox float64
	// JExact is the exact correction Γ(m/2)/(√(m/2)·Γ((m-1)/2)) with
	// m = n1 + n2 - 2 (0 at m = 1, NaN at m = 0); GExact = JExact·D.
	JExact, GExact float64
	// N1 and N2 are the sample sizes.
	N1, N2 int
}

// CohensD returns Cohen's d and Hedges' g, with both small-sample
// corrections, for two independent samples x and y (the sign is that of
// mean(x) - mean(y)). Sources: Cohen (1988), Statistical Power Analysis
// for the Behavioral Sciences; Hedges & Olkin (1985), Statistical Methods
// for Meta-Analysis, chapter 5 (the exact J and its approximation).
// psych::cohen.d uses another pooled SD and differs.
//
// Each sample needs at least one value; errors (*InputError, joined):
// ErrEmpty, ErrOutOfRange for a non-finite value. Data beyond 2^±400 in
// magnitude are rescaled as in the t-tests. Inputs are not modified.
func CohensD(x, y []float64) (EffectSize, error) {
	if err := joinErrs(sampleErrs("x", x, 1, "y", y, 1)); err != nil {
		return EffectSize{}, err
	}
	e := scaleExp(nil, x, y)
	x, y = scaled(x, e), scaled(y, e)
	n1, n2 := float64(len(x)), float64(len(y))
	mx, my := sum(x)/n1, sum(y)/n2
	m := n1 + n2 - 2
	sp := math.Sqrt((sumSqDev(x, mx) + sumSqDev(y, my)) / m)
	d := (mx - my) / sp
	ja := 1 - 3/(4*(n1+n2)-9)
	je := math.NaN()
	if m >= 1 {
		a, _ := math.Lgamma(m / 2)
		b, _ := math.Lgamma((m - 1) / 2)
		je = math.Exp(a-b) / math.Sqrt(m/2)
		if m == 1 {
			je = 0 // Γ(0) is infinite
		}
	} else {
		ja = math.NaN()
	}
	return EffectSize{
		MeanX: math.Ldexp(mx, e), MeanY: math.Ldexp(my, e), PooledSD: math.Ldexp(sp, e), D: d,
		JApprox: ja, GApprox: ja * d, JExact: je, GExact: je * d,
		N1: len(x), N2: len(y),
	}, nil
}

// PairedEffectSize is the standardised mean difference of paired samples.
type PairedEffectSize struct {
	MeanDiff float64 // mean of d[i] = x[i] - y[i]
	SDDiff   float64 // sample SD of d (n-1 denominator); NaN for n = 1
	DZ       float64 // MeanDiff/SDDiff: ±Inf when SDDiff is 0 and MeanDiff not, NaN when both are 0
	N        int     // number of pairs
}

// CohensDZ returns d_z = mean(d)/sd(d) for the differences d[i] = x[i] -
// y[i] of paired samples (Cohen, 1988; Lakens, 2013, Front. Psychol.
// 4:863). x and y need the same length, at least 1; errors as CohensD,
// plus ErrLength.
func CohensDZ(x, y []float64) (PairedEffectSize, error) {
	errs := sampleErrs("x", x, 1, "y", y, 1)
	if len(errs) == 0 && len(x) != len(y) {
		errs = append(errs, inputErr("y", nil, ErrLength, fmt.Sprintf("has %d values, x has %d", len(y), len(x))))
	}
	if err := joinErrs(errs); err != nil {
		return PairedEffectSize{}, err
	}
	e := scaleExp(nil, x, y)
	d := make([]float64, len(x))
	for i := range x {
		d[i] = math.Ldexp(x[i], -e) - math.Ldexp(y[i], -e)
	}
	mean, v := meanVar(d)
	sd := math.Sqrt(v)
	return PairedEffectSize{MeanDiff: math.Ldexp(mean, e), SDDiff: math.Ldexp(sd, e), DZ: mean / sd, N: len(d)}, nil
}

// sampleErrs checks two samples and returns their problems.
func sampleErrs(nameX string, x []float64, minX int, nameY string, y []float64, minY int) []error {
	var errs []error
	if err := checkSample(nameX, x, minX); err != nil {
		errs = append(errs, err)
	}
	if err := checkSample(nameY, y, minY); err != nil {
		errs = append(errs, err)
	}
	return errs
}
