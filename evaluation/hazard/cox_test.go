package hazard

import (
	"errors"
	"math"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/mentorkit/mentorkit/internal/fault"
)

func TestMessages(t *testing.T) {
	if err := fault.CheckTable(messages); err != nil {
		t.Fatal(err)
	}
}

// The monotone case of coxph_extra.json: x = 1 for the four earliest
// events, so the partial likelihood rises for ever as β_x grows.
var (
	monoTime  = []float64{1, 2, 3, 4, 5, 6, 7, 8}
	monoEvent = []bool{true, true, true, true, true, true, false, true}
	monoX     = []float64{1, 1, 1, 1, 0, 0, 0, 0}
	monoZ     = []float64{0.5, -1, 2, 0.3, 1, -0.2, 0.7, 0}
)

func TestCoxMonotoneLikelihood(t *testing.T) {
	fit, err := Cox(monoTime, monoEvent, [][]float64{monoX, monoZ}, CoxConfig{TestProportionality: true})
	if err != nil {
		t.Fatal(err)
	}
	c := fit.Coefs[0]
	if c.Status != CoefInfinite || !math.IsInf(c.Estimate, 1) || !math.IsInf(c.HR, 1) || !math.IsNaN(c.SE) || !math.IsNaN(c.PValue) {
		t.Errorf("coef x = %+v, want infinite", c)
	}
	if fit.Coefs[1].Status != CoefEstimated {
		t.Errorf("coef z status %v, want estimated", fit.Coefs[1].Status)
	}
	if !math.IsNaN(fit.Wald.Statistic) || !math.IsNaN(fit.PH.Global.Statistic) {
		t.Errorf("Wald %v, PH %v: want NaN with an infinite coefficient", fit.Wald, fit.PH.Global)
	}
	// Converged far enough, the information of x vanishes; it is still
	// infinite, not aliased (R at eps 1e-11 reports NA).
	fit, err = Cox(monoTime, monoEvent, [][]float64{monoX, monoZ}, CoxConfig{Tolerance: 1e-14, MaxIter: 100})
	if err != nil {
		t.Fatal(err)
	}
	if c := fit.Coefs[0]; c.Status != CoefInfinite || !math.IsInf(c.Estimate, 1) {
		t.Errorf("tolerance 1e-14: coef x = %+v, want infinite", c)
	}
	// With x reversed the coefficient runs to −∞.
	rev := make([]float64, len(monoX))
	for i, v := range monoX {
		rev[i] = 1 - v
	}
	fit, err = Cox(monoTime, monoEvent, [][]float64{rev}, CoxConfig{})
	if err != nil {
		t.Fatal(err)
	}
	if c := fit.Coefs[0]; c.Status != CoefInfinite || !math.IsInf(c.Estimate, -1) || c.HR != 0 {
		t.Errorf("reversed coef = %+v, want −Inf", c)
	}
}

func TestCoxAliased(t *testing.T) {
	time, event, cov := synthCox(100, 2, 3)
	sum := make([]float64, 100)
	for i := range sum {
		sum[i] = cov[0][i] - 3*cov[1][i]
	}
	constant := slices.Repeat([]float64{2.5}, 100)
	fit, err := Cox(time, event, [][]float64{cov[0], constant, cov[1], sum}, CoxConfig{})
	if err != nil {
		t.Fatal(err)
	}
	want := []CoefStatus{CoefEstimated, CoefAliased, CoefEstimated, CoefAliased}
	for j, c := range fit.Coefs {
		if c.Status != want[j] {
			t.Errorf("coef %d status %v, want %v", j, c.Status, want[j])
		}
		if c.Status == CoefAliased && (!math.IsNaN(c.Estimate) || c.SE != 0) {
			t.Errorf("aliased coef %d = %+v, want NaN with SE 0", j, c)
		}
	}
	if fit.LR.DF != 2 || fit.Wald.DF != 2 || fit.Score.DF != 2 {
		t.Errorf("df = %d, %d, %d, want 2", fit.LR.DF, fit.Wald.DF, fit.Score.DF)
	}
	// The two estimated coefficients are those of the model without the
	// aliased columns.
	ref, err := Cox(time, event, [][]float64{cov[0], cov[1]}, CoxConfig{})
	if err != nil {
		t.Fatal(err)
	}
	opt := cmpopts.EquateApprox(1e-9, 1e-12)
	if diff := cmp.Diff([]Coef{ref.Coefs[0], ref.Coefs[1]}, []Coef{fit.Coefs[0], fit.Coefs[2]}, opt); diff != "" {
		t.Errorf("estimated coefficients differ from the reduced model (-want +got):\n%s", diff)
	}
}

func TestCoxNotConverged(t *testing.T) {
	time, event, cov := synthCox(300, 3, 4)
	fit, err := Cox(time, event, cov, CoxConfig{MaxIter: 1})
	if err != nil {
		t.Fatal(err)
	}
	if fit.Converged || fit.Iterations != 1 {
		t.Errorf("converged %v after %d, want false after 1", fit.Converged, fit.Iterations)
	}
	full, err := Cox(time, event, cov, CoxConfig{})
	if err != nil {
		t.Fatal(err)
	}
	if !full.Converged || full.Iterations < 2 || full.Iterations > 20 {
		t.Errorf("default fit converged %v in %d iterations", full.Converged, full.Iterations)
	}
}

// TestCoxOrderInvariant checks that the subjects in another order give
// the same fit, and that the inputs are not modified.
func TestCoxOrderInvariant(t *testing.T) {
	time, event, cov := synthCox(500, 3, 5)
	strata := make([]int, 500)
	for i := range strata {
		strata[i] = i % 3
	}
	cfg := CoxConfig{TestProportionality: true, Strata: strata}
	keep := slices.Clone(time)
	fit, err := Cox(time, event, cov, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(keep, time) {
		t.Fatal("Cox modified time")
	}
	perm := make([]int, 500)
	for i := range perm {
		perm[i] = (i*7919 + 13) % 500
	}
	pt, pe, ps := make([]float64, 500), make([]bool, 500), make([]int, 500)
	pc := [][]float64{make([]float64, 500), make([]float64, 500), make([]float64, 500)}
	for k, i := range perm {
		pt[k], pe[k], ps[k] = time[i], event[i], strata[i]
		for j := range pc {
			pc[j][k] = cov[j][i]
		}
	}
	got, err := Cox(pt, pe, pc, CoxConfig{TestProportionality: true, Strata: ps})
	if err != nil {
		t.Fatal(err)
	}
	opt := cmpopts.EquateApprox(1e-9, 1e-12)
	if diff := cmp.Diff(fit, got, opt, cmpopts.IgnoreFields(CoxFit{}, "Iterations")); diff != "" {
		t.Errorf("permuted input gives another fit (-want +got):\n%s", diff)
	}
}

func TestCoxBadInput(t *testing.T) {
	ok := []float64{1, 2, 3}
	ev := []bool{true, false, true}
	tests := []struct {
		name  string
		time  []float64
		event []bool
		cov   [][]float64
		cfg   CoxConfig
		want  error
		field string
	}{
		{"empty", nil, nil, [][]float64{{}}, CoxConfig{}, ErrEmpty, "time"},
		{"no covariates", ok, ev, nil, CoxConfig{}, ErrEmpty, "covariates"},
		{"event length", ok, ev[:2], [][]float64{ok}, CoxConfig{}, ErrLength, "event"},
		{"ragged", ok, ev, [][]float64{ok, {1, 2}}, CoxConfig{}, ErrLength, "covariates[1]"},
		{"NaN time", []float64{1, math.NaN(), 3}, ev, [][]float64{ok}, CoxConfig{}, ErrOutOfRange, "time[1]"},
		{"Inf covariate", ok, ev, [][]float64{{1, 2, math.Inf(-1)}}, CoxConfig{}, ErrOutOfRange, "covariates[0][2]"},
		{"strata length", ok, ev, [][]float64{ok}, CoxConfig{Strata: []int{1}}, ErrLength, "cfg.strata"},
		{"confidence", ok, ev, [][]float64{ok}, CoxConfig{Confidence: 1}, ErrOutOfRange, "cfg.confidence"},
		{"NaN confidence", ok, ev, [][]float64{ok}, CoxConfig{Confidence: math.NaN()}, ErrOutOfRange, "cfg.confidence"},
		{"ties", ok, ev, [][]float64{ok}, CoxConfig{Ties: 7}, ErrUnknownEnum, "cfg.ties"},
		{"max iter", ok, ev, [][]float64{ok}, CoxConfig{MaxIter: -1}, ErrOutOfRange, "cfg.maxIter"},
		{"tolerance", ok, ev, [][]float64{ok}, CoxConfig{Tolerance: -1}, ErrOutOfRange, "cfg.tolerance"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Cox(tt.time, tt.event, tt.cov, tt.cfg)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			list, _ := fault.List(err)
			var fields []string
			for _, e := range list {
				fields = append(fields, e.Field)
			}
			if !slices.Contains(fields, tt.field) {
				t.Errorf("fields %v, want %q among them", fields, tt.field)
			}
		})
	}
}

// TestCoxDegenerate runs the shapes that have no ordinary answer: they
// return documented values, not errors.
func TestCoxDegenerate(t *testing.T) {
	// Tied times everywhere: every event in one risk set.
	time := slices.Repeat([]float64{5}, 6)
	event := []bool{true, true, true, false, true, true}
	x := []float64{0, 1, 0, 1, 1, 0}
	fit, err := Cox(time, event, [][]float64{x}, CoxConfig{})
	if err != nil {
		t.Fatal(err)
	}
	// Efron with all events tied at one time: the concordance has no
	// comparable pair but the censored one.
	if fit.Concordance.TiedY+fit.Concordance.TiedXY != 10 {
		t.Errorf("tied event pairs = %+v, want 10", fit.Concordance)
	}
	// One subject.
	fit, err = Cox([]float64{3}, []bool{true}, [][]float64{{1}}, CoxConfig{})
	if err != nil {
		t.Fatal(err)
	}
	if fit.Coefs[0].Status != CoefAliased || !math.IsNaN(fit.Concordance.Concordance) || fit.LR.PValue != 1 {
		t.Errorf("one subject: %+v", fit)
	}
}

// TestCoxScaleInvariant checks that covariates near the float64 limit
// give the same fit as ordinary ones, rescaled: β·10^300 and the same
// tests, rather than overflowing.
func TestCoxScaleInvariant(t *testing.T) {
	time, event, cov := synthCox(300, 2, 6)
	big := make([]float64, 300)
	for i, v := range cov[1] {
		big[i] = v * 1e300
	}
	ref, err := Cox(time, event, cov, CoxConfig{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := Cox(time, event, [][]float64{cov[0], big}, CoxConfig{})
	if err != nil {
		t.Fatal(err)
	}
	if g, w := got.Coefs[1].Estimate*1e300, ref.Coefs[1].Estimate; math.Abs(g-w) > 1e-9*math.Abs(w) {
		t.Errorf("β·1e300 = %v, want %v", g, w)
	}
	if math.Abs(got.LR.Statistic-ref.LR.Statistic) > 1e-9*ref.LR.Statistic || got.Concordance != ref.Concordance {
		t.Errorf("LR %v, concordance %+v; want %v, %+v", got.LR, got.Concordance, ref.LR, ref.Concordance)
	}
}
