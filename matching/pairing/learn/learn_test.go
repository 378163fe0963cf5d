package learn

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsontest"
	"github.com/mentorkit/mentorkit/matching/pairing"
)

func TestMessages(t *testing.T) {
	if err := fault.CheckTable(messages); err != nil {
		t.Fatal(err)
	}
}

// bd builds a breakdown from name/score pairs; a negative score marks the
// criterion missing for the mentor.
func bd(kv ...any) []pairing.Contribution {
	var out []pairing.Contribution
	for i := 0; i < len(kv); i += 2 {
		c := pairing.Contribution{Criterion: kv[i].(string)}
		if s := kv[i+1].(float64); s < 0 {
			c.Missing = pairing.MissingMentor
		} else {
			c.Score = s
		}
		out = append(out, c)
	}
	return out
}

// TestFitByHand checks Fit on problems solved by hand.
func TestFitByHand(t *testing.T) {
	// One criterion, skills = (0, 1, 0, 1), y = (1, 3, 2, 4). Least
	// squares on a 0/1 score: the slope is the difference of the group
	// means, (3 + 4)/2 − (1 + 2)/2 = 2, the intercept the mean at 0, 1.5.
	// RSS = 4·0.5² = 1, TSS = Σ(y − 2.5)² = 2.25 + 0.25 + 0.25 + 2.25 = 5,
	// so R² = 0.8; leaving skills out leaves RSS = TSS: contribution
	// (5 − 1)/5 = 0.8. Weight 2/2 = 1.
	up := []Pair{
		{Breakdown: bd("skills", 0.0), Outcome: 1}, {Breakdown: bd("skills", 1.0), Outcome: 3},
		{Breakdown: bd("skills", 0.0), Outcome: 2}, {Breakdown: bd("skills", 1.0), Outcome: 4},
	}
	// The same scores with y = (4, 1, 3, 2): the unbounded slope is
	// 1.5 − 3.5 = −2, so the bound holds it at 0, the intercept is the
	// mean 2.5, nothing is explained and no weight is positive: Weights
	// is nil (pairing's defaults).
	down := []Pair{
		{Breakdown: bd("skills", 0.0), Outcome: 4}, {Breakdown: bd("skills", 1.0), Outcome: 1},
		{Breakdown: bd("skills", 0.0), Outcome: 3}, {Breakdown: bd("skills", 1.0), Outcome: 2},
	}
	cases := []struct {
		name      string
		pairs     []Pair
		intercept float64
		coef      []float64
		weight    []float64
		explained float64
		contrib   []float64
		nilW      bool
	}{
		{"rising", up, 1.5, []float64{2}, []float64{1}, 0.8, []float64{0.8}, false},
		{"falling", down, 2.5, []float64{0}, []float64{0}, 0, []float64{0}, true},
	}
	approx := cmpopts.EquateApprox(0, 1e-12)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := Fit(c.pairs, Config{Bootstrap: 20}, rand.New(rand.NewPCG(1, 1)))
			if err != nil {
				t.Fatal(err)
			}
			var coef, weight, contrib []float64
			for _, cr := range res.Criteria {
				coef = append(coef, cr.Coef)
				weight = append(weight, cr.Weight)
				contrib = append(contrib, cr.Contribution)
			}
			if res.Outcome != Continuous {
				t.Errorf("outcome %v, want continuous", res.Outcome)
			}
			if d := cmp.Diff([]float64{c.intercept, c.explained}, []float64{res.Intercept, res.Explained}, approx); d != "" {
				t.Errorf("intercept, explained (-want +got):\n%s", d)
			}
			if d := cmp.Diff(c.coef, coef, approx); d != "" {
				t.Errorf("coef (-want +got):\n%s", d)
			}
			if d := cmp.Diff(c.weight, weight, approx); d != "" {
				t.Errorf("weight (-want +got):\n%s", d)
			}
			if d := cmp.Diff(c.contrib, contrib, approx); d != "" {
				t.Errorf("contribution (-want +got):\n%s", d)
			}
			if w := res.Weights(); (w == nil) != c.nilW {
				t.Errorf("Weights() = %v, want nil %v", w, c.nilW)
			} else if w != nil && w.Skills != 1 {
				t.Errorf("Weights().Skills = %v, want 1", w.Skills)
			}
			jsontest.RoundTrip(t, *res)
		})
	}
}

// TestMissingIndicator: location is scored for half the pairs; the
// outcome is y = 1 + 2·skills + 1·[location missing] exactly, so the fit
// is exact: b₀ = 1, β_skills = 2, β_location = 0, γ_location = 1.
func TestMissingIndicator(t *testing.T) {
	var pairs []Pair
	for i := range 12 {
		s, l := float64(i%3)/2, float64(i%2)
		y := 1 + 2*s
		if i%4 >= 2 {
			l = -1 // missing
			y++
		}
		pairs = append(pairs, Pair{Breakdown: bd("skills", s, "location", l), Outcome: y})
	}
	res, err := Fit(pairs, Config{Bootstrap: 10}, rand.New(rand.NewPCG(1, 2)))
	if err != nil {
		t.Fatal(err)
	}
	got := []float64{res.Intercept, res.Criteria[0].Coef, res.Criteria[1].Coef, res.Criteria[1].MissingEffect}
	if d := cmp.Diff([]float64{1, 2, 0, 1}, got, cmpopts.EquateApprox(0, 1e-9)); d != "" {
		t.Errorf("b0, β_skills, β_location, γ_location (-want +got):\n%s", d)
	}
	if res.Criteria[1].Missing != 6 || res.Criteria[0].Missing != 0 {
		t.Errorf("missing counts %d, %d; want 0, 6", res.Criteria[0].Missing, res.Criteria[1].Missing)
	}
}

func TestStatuses(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	var pairs []Pair
	for range 30 {
		s := rng.Float64()
		pairs = append(pairs, Pair{Breakdown: bd("skills", s, "location", -1.0, "languages", 1.0), Outcome: s + 0.1*rng.NormFloat64()})
	}
	res, err := Fit(pairs, Config{Bootstrap: 10}, rng)
	if err != nil {
		t.Fatal(err)
	}
	var got []Status
	for _, c := range res.Criteria {
		got = append(got, c.Status)
	}
	if d := cmp.Diff([]Status{Learned, NoData, NotIdentified}, got); d != "" {
		t.Errorf("statuses (-want +got):\n%s", d)
	}
	if w := res.Weights(); w == nil || w.Skills != 1 || w.Location != 0 || w.Languages != 0 {
		t.Errorf("Weights() = %+v", w)
	}
}

func TestDeterministicAndInputUnchanged(t *testing.T) {
	pairs := programme(rand.New(rand.NewPCG(9, 9)), 300, true, 0)
	before := jsontest.RoundTrip(t, pairs)
	a, err := Fit(pairs, Config{Bootstrap: 30}, rand.New(rand.NewPCG(4, 4)))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Fit(pairs, Config{Bootstrap: 30}, rand.New(rand.NewPCG(4, 4)))
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(a, b, cmpopts.EquateNaNs()); d != "" {
		t.Errorf("same rng, different results:\n%s", d)
	}
	if after := jsontest.RoundTrip(t, pairs); after != before {
		t.Error("Fit modified its input")
	}
	jsontest.RoundTrip(t, *a)
	jsontest.RoundTrip(t, Config{Outcome: Binary, Folds: 3, Confidence: 0.9, Baseline: &pairing.Weights{Skills: 1}})
}

func TestBadInput(t *testing.T) {
	good := func() []Pair {
		return programme(rand.New(rand.NewPCG(1, 1)), 20, true, 0)
	}
	with := func(f func([]Pair)) []Pair { p := good(); f(p); return p }
	cases := []struct {
		name  string
		pairs []Pair
		cfg   Config
		noRNG bool
		code  string
		field string
		err   error
	}{
		{"no pairs", nil, Config{}, false, "tooFew", "pairs", ErrEmpty},
		{"no rng", good(), Config{}, true, "rngRequired", "rng", ErrOutOfRange},
		{"NaN outcome", with(func(p []Pair) { p[3].Outcome = math.NaN() }), Config{}, false, "notFinite", "pairs[3].outcome", ErrOutOfRange},
		{"infinite outcome", with(func(p []Pair) { p[0].Outcome = math.Inf(1) }), Config{}, false, "notFinite", "pairs[0].outcome", ErrOutOfRange},
		{"single class", with(func(p []Pair) {
			for i := range p {
				p[i].Outcome = 1
			}
		}), Config{}, false, "singleClass", "pairs", ErrEmpty},
		{"not binary", with(func(p []Pair) { p[2].Outcome = 0.5 }), Config{Outcome: Binary}, false, "notBinary", "pairs[2].outcome", ErrOutOfRange},
		{"score NaN", with(func(p []Pair) { p[1].Breakdown[0].Score = math.NaN() }), Config{}, false, "notFinite", "pairs[1].breakdown[0].score", ErrOutOfRange},
		{"score above 1", with(func(p []Pair) { p[1].Breakdown[2].Score = 1.5 }), Config{}, false, "outOfRange", "pairs[1].breakdown[2].score", ErrOutOfRange},
		{"bad missing", with(func(p []Pair) { p[1].Breakdown[2].Missing = 9 }), Config{}, false, "undeclaredMissing", "pairs[1].breakdown[2].missing", ErrOutOfRange},
		{"empty breakdown", with(func(p []Pair) { p[0].Breakdown = nil }), Config{}, false, "required", "pairs[0].breakdown", ErrBreakdown},
		{"fewer criteria", with(func(p []Pair) { p[4].Breakdown = p[4].Breakdown[:3] }), Config{}, false, "inconsistentBreakdown", "pairs[4].breakdown", ErrBreakdown},
		{"other criterion", with(func(p []Pair) { p[4].Breakdown[1].Criterion = "mood" }), Config{}, false, "inconsistentBreakdown", "pairs[4].breakdown", ErrBreakdown},
		{"repeated criterion", with(func(p []Pair) { p[5].Breakdown[1].Criterion = "skills" }), Config{}, false, "duplicate", "pairs[5].breakdown[1].criterion", ErrBreakdown},
		{"empty name", with(func(p []Pair) { p[5].Breakdown[1].Criterion = "" }), Config{}, false, "required", "pairs[5].breakdown[1].criterion", ErrBreakdown},
		{"fewer pairs than criteria", good()[:9], Config{}, false, "tooFew", "pairs", ErrEmpty},
		{"no criterion with data", with(func(p []Pair) {
			for i := range p {
				for j := range p[i].Breakdown {
					p[i].Breakdown[j].Missing = pairing.MissingBoth
				}
			}
		}), Config{}, false, "noCriterionData", "pairs", ErrEmpty},
		{"folds 1", good(), Config{Folds: 1}, false, "badFolds", "cfg.folds", ErrOutOfRange},
		{"folds above n", good(), Config{Folds: 21}, false, "badFolds", "cfg.folds", ErrOutOfRange},
		{"negative bootstrap", good(), Config{Bootstrap: -1}, false, "negative", "cfg.bootstrap", ErrOutOfRange},
		{"confidence 1", good(), Config{Confidence: 1}, false, "notProbability", "cfg.confidence", ErrOutOfRange},
		{"undeclared outcome", good(), Config{Outcome: 7}, false, "undeclaredEnum", "cfg.outcome", ErrUnknownEnum},
		{"negative baseline", good(), Config{Baseline: &pairing.Weights{Skills: -1}}, false, "outOfRange", "cfg.baseline", ErrOutOfRange},
		{"separated", func() []Pair {
			var p []Pair
			for i := range 10 {
				s := float64(i) / 9
				p = append(p, Pair{ID: itoa(i), Breakdown: bd("skills", s), Outcome: b2f(s > 0.5)})
			}
			return p
		}(), Config{}, false, "separated", "pairs", ErrSeparated},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var rng *rand.Rand
			if !c.noRNG {
				rng = rand.New(rand.NewPCG(1, 2))
			}
			before := clonePairs(c.pairs)
			res, err := Fit(c.pairs, c.cfg, rng)
			if err == nil {
				t.Fatalf("no error; result %+v", res)
			}
			if !errors.Is(err, c.err) {
				t.Errorf("err %v does not unwrap to %v", err, c.err)
			}
			list, ok := fault.List(err)
			if !ok || len(list) == 0 {
				t.Fatalf("err %v is not a list of *FieldError", err)
			}
			i := slices.IndexFunc(list, func(e *FieldError) bool { return e.Code == c.code && e.Field == c.field })
			if i < 0 {
				t.Fatalf("no %s error at %s in %v", c.code, c.field, err)
			}
			if list[i].Text.EN == "" || list[i].Text.NL == "" {
				t.Errorf("error without English or Dutch text: %+v", list[i])
			}
			if d := cmp.Diff(before, c.pairs, cmpopts.EquateNaNs()); d != "" {
				t.Errorf("Fit modified its input (-before +after):\n%s", d)
			}
		})
	}
}

func clonePairs(p []Pair) []Pair {
	out := slices.Clone(p)
	for i := range out {
		out[i].Breakdown = slices.Clone(out[i].Breakdown)
	}
	return out
}

func TestWeightsFeedPairing(t *testing.T) {
	res := &Result{Criteria: []Criterion{
		{Name: "skills", Status: Learned, Weight: 0.5}, {Name: "location", Status: Learned, Weight: 0.25},
		{Name: "mood", Status: Learned, Weight: 0.25}, {Name: "languages", Status: NoData},
	}}
	want := &pairing.Weights{Skills: 0.5, Location: 0.25}
	if d := cmp.Diff(want, res.Weights()); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
}

// TestBinaryByHand: one 0/1 criterion; with skills 0, 1 of 4 pairs
// completed, with skills 1, 3 of 4. The logistic fit reproduces the
// table: intercept logit(1/4) = −ln 3 = −1.0986123, slope ln 3 − (−ln 3)
// = 2 ln 3 = 2.1972246. Deviance −2·2·(ln ¼ + 3 ln ¾) = 8.9973624, null
// deviance −2·8·ln ½ = 11.0903549, so Explained = Contribution =
// 1 − 8.9973624/11.0903549 = 0.1887219. Reversed (skills 1 completes
// less often) the slope is held at 0 and the intercept is logit(½) = 0.
func TestBinaryByHand(t *testing.T) {
	mk := func(ys ...float64) []Pair {
		var p []Pair
		for i, y := range ys {
			p = append(p, Pair{Breakdown: bd("skills", float64(i/4)), Outcome: y})
		}
		return p
	}
	cases := []struct {
		name                     string
		pairs                    []Pair
		intercept, coef, explain float64
	}{
		{"rising", mk(1, 0, 0, 0, 1, 1, 1, 0), -math.Log(3), 2 * math.Log(3), 1 - 8.9973624/11.0903549},
		{"falling", mk(1, 1, 1, 0, 1, 0, 0, 0), 0, 0, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := Fit(c.pairs, Config{Bootstrap: 20, Folds: 2}, rand.New(rand.NewPCG(5, 5)))
			if err != nil {
				t.Fatal(err)
			}
			if res.Outcome != Binary {
				t.Errorf("outcome %v, want binary", res.Outcome)
			}
			got := []float64{res.Intercept, res.Criteria[0].Coef, res.Explained, res.Criteria[0].Contribution}
			want := []float64{c.intercept, c.coef, c.explain, c.explain}
			if d := cmp.Diff(want, got, cmpopts.EquateApprox(0, 1e-6)); d != "" {
				t.Errorf("intercept, coef, explained, contribution (-want +got):\n%s", d)
			}
		})
	}
}

// TestOrdinalIsContinuous: ratings 1–5 are fitted as continuous.
func TestOrdinalIsContinuous(t *testing.T) {
	var p []Pair
	for i := range 10 {
		p = append(p, Pair{Breakdown: bd("skills", float64(i%5)/4), Outcome: float64(1 + i%5)})
	}
	res, err := Fit(p, Config{Bootstrap: 5}, rand.New(rand.NewPCG(1, 1)))
	if err != nil {
		t.Fatal(err)
	}
	// rating = 1 + 4·skills exactly.
	if res.Outcome != Continuous || math.Abs(res.Criteria[0].Coef-4) > 1e-12 || math.Abs(res.Intercept-1) > 1e-12 {
		t.Errorf("outcome %v, intercept %v, coef %v; want continuous, 1, 4", res.Outcome, res.Intercept, res.Criteria[0].Coef)
	}
}
