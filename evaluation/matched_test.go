package evaluation_test

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"

	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/mentorkit/mentorkit/internal/fault"
)

// TestMatchedByHand: one covariate (years of tenure). Treated t1 (1 year)
// and t2 (5); controls c1 (2), c2 (6), c3 (10). Before matching the
// treated mean is 3, the control mean 6; s_t² = 8, s_c² = 16, so
// s = √12 and SMD = -3/√12 = -0.8660. The optimal pairs are t1-c1 and
// t2-c2 (distances 1/√12 each, total 2/√12, against 9/√12 for t1-c2,
// t2-c1); after matching the control mean is 4 and SMD = -1/√12.
// Outcomes: t1 1, t2 1, c1 0, c2 1; the paired differences are 1 and 0.
func TestMatchedByHand(t *testing.T) {
	subjects := []evaluation.MatchSubject{
		{ID: "c3", Covariates: []float64{10}, Outcome: 0},
		{ID: "t2", Treated: true, Covariates: []float64{5}, Outcome: 1},
		{ID: "c1", Covariates: []float64{2}, Outcome: 0},
		{ID: "t1", Treated: true, Covariates: []float64{1}, Outcome: 1},
		{ID: "c2", Covariates: []float64{6}, Outcome: 1},
	}
	r, err := evaluation.MatchedComparison(subjects, evaluation.MatchConfig{Covariates: []string{"tenure"}})
	require.NoError(t, err)
	s := math.Sqrt(12)
	want := []evaluation.Pair{{Treated: "t1", Control: "c1", Distance: 1 / s}, {Treated: "t2", Control: "c2", Distance: 1 / s}}
	if d := cmp.Diff(want, r.Pairs, cmpopts.EquateApprox(0, 1e-15)); d != "" {
		t.Fatalf("pairs (-want +got):\n%s", d)
	}
	require.Empty(t, r.Unmatched)
	require.InDelta(t, -3/s, r.Before[0].SMD, 1e-15)
	require.InDelta(t, 0.5, r.Before[0].VarianceRatio, 1e-15)
	require.InDelta(t, -1/s, r.After[0].SMD, 1e-15)
	require.Equal(t, "tenure", r.After[0].Covariate)
	require.Equal(t, 2, r.Effect.N1)
	require.InDelta(t, 0.5, r.Effect.Estimate, 1e-15)
	require.Equal(t, 2, r.NTreated)
	require.Equal(t, 3, r.NControl)
	// Naive: treated mean 1, controls 1/3.
	require.InDelta(t, 2.0/3, r.Naive.Estimate, 1e-15)
}

// TestMatchedOptimal compares the pairs with brute force on 300 random
// small problems: the most treated possible are matched and, among those
// matchings, the total distance is the smallest. Distances are recomputed
// here from the formula (pooled SD of the unmatched sample).
func TestMatchedOptimal(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for it := range 300 {
		nt, nc := 1+rng.IntN(4), 1+rng.IntN(5)
		var subjects []evaluation.MatchSubject
		for i := range nt + nc {
			subjects = append(subjects, evaluation.MatchSubject{
				ID: fmt.Sprintf("s%02d", i), Treated: i < nt, Stratum: strconv.Itoa(rng.IntN(2)),
				Covariates: []float64{float64(rng.IntN(6)), rng.NormFloat64()},
			})
		}
		cfg := evaluation.MatchConfig{Calipers: []float64{0, 1.5}}
		r, err := evaluation.MatchedComparison(subjects, cfg)
		require.NoError(t, err)
		sd := []float64{pooledSD(subjects, 0), pooledSD(subjects, 1)}
		dist := func(a, b evaluation.MatchSubject) float64 {
			if a.Stratum != b.Stratum {
				return math.Inf(1)
			}
			var s float64
			for j := range 2 {
				if !(sd[j] > 0) {
					continue
				}
				z := (a.Covariates[j] - b.Covariates[j]) / sd[j]
				if j == 1 && math.Abs(z) > 1.5 {
					return math.Inf(1)
				}
				s += z * z
			}
			return math.Sqrt(s)
		}
		bestN, bestD := bruteMatch(subjects[:nt], subjects[nt:], dist)
		var got float64
		for _, p := range r.Pairs {
			got += p.Distance
		}
		require.Equal(t, bestN, len(r.Pairs), "iteration %d", it)
		require.InDelta(t, bestD, got, 1e-9, "iteration %d", it)
		require.Equal(t, nt, len(r.Pairs)+len(r.Unmatched))
	}
}

func pooledSD(subjects []evaluation.MatchSubject, j int) float64 {
	var t, c []float64
	for _, s := range subjects {
		if s.Treated {
			t = append(t, s.Covariates[j])
		} else {
			c = append(c, s.Covariates[j])
		}
	}
	v := func(x []float64) float64 {
		if len(x) < 2 {
			return math.NaN()
		}
		var m, ss float64
		for _, a := range x {
			m += a
		}
		m /= float64(len(x))
		for _, a := range x {
			ss += (a - m) * (a - m)
		}
		return ss / float64(len(x)-1)
	}
	vt, vc := v(t), v(c)
	switch {
	case !math.IsNaN(vt) && !math.IsNaN(vc):
		return math.Sqrt((vt + vc) / 2)
	case !math.IsNaN(vt):
		return math.Sqrt(vt)
	case !math.IsNaN(vc):
		return math.Sqrt(vc)
	}
	return math.NaN()
}

// bruteMatch returns the largest number of pairs and, for it, the smallest
// total distance over all one-to-one matchings.
func bruteMatch(t, c []evaluation.MatchSubject, dist func(a, b evaluation.MatchSubject) float64) (int, float64) {
	bestN, bestD := 0, 0.0
	used := make([]bool, len(c))
	var rec func(i, n int, d float64)
	rec = func(i, n int, d float64) {
		if i == len(t) {
			if n > bestN || n == bestN && d < bestD {
				bestN, bestD = n, d
			}
			return
		}
		rec(i+1, n, d)
		for j := range c {
			if used[j] {
				continue
			}
			if dd := dist(t[i], c[j]); !math.IsInf(dd, 1) {
				used[j] = true
				rec(i+1, n+1, d+dd)
				used[j] = false
			}
		}
	}
	rec(0, 0, 0)
	return bestN, bestD
}

// TestMatchedOrderFree: the subjects in any order give the same result.
func TestMatchedOrderFree(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var subjects []evaluation.MatchSubject
	for i := range 60 {
		subjects = append(subjects, evaluation.MatchSubject{
			ID: fmt.Sprintf("p%02d", i), Treated: i%4 == 0, Stratum: []string{"ops", "it"}[i%2],
			// Integer covariates make ties likely.
			Covariates: []float64{float64(rng.IntN(3)), float64(rng.IntN(2))},
			Outcome:    float64(rng.IntN(2)),
		})
	}
	before := slices.Clone(subjects)
	a, err := evaluation.MatchedComparison(subjects, evaluation.MatchConfig{})
	require.NoError(t, err)
	require.Equal(t, before, subjects)
	for range 5 {
		shuffled := slices.Clone(subjects)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		b, err := evaluation.MatchedComparison(shuffled, evaluation.MatchConfig{})
		require.NoError(t, err)
		if d := cmp.Diff(a, b, cmpopts.EquateNaNs(), cmpopts.EquateApprox(0, 1e-12)); d != "" {
			t.Fatalf("order changed the result (-a +b):\n%s", d)
		}
	}
	for _, p := range a.Pairs {
		require.Equal(t, p.Stratum, subjects[idx(subjects, p.Control)].Stratum, "pair crosses strata")
	}
}

func idx(s []evaluation.MatchSubject, id string) int {
	return slices.IndexFunc(s, func(m evaluation.MatchSubject) bool { return m.ID == id })
}

// TestMatchedCalipers: a treated subject whose only controls are beyond
// the caliper, or in another stratum, stays unmatched; no pairs at all
// leaves NaN effects.
func TestMatchedCalipers(t *testing.T) {
	subjects := []evaluation.MatchSubject{
		{ID: "t1", Treated: true, Stratum: "a", Covariates: []float64{0}},
		{ID: "t2", Treated: true, Stratum: "b", Covariates: []float64{0}},
		{ID: "c1", Stratum: "a", Covariates: []float64{10}},
		{ID: "c2", Stratum: "a", Covariates: []float64{0.1}},
	}
	r, err := evaluation.MatchedComparison(subjects, evaluation.MatchConfig{MaxDistance: 0.5})
	require.NoError(t, err)
	require.Equal(t, []string{"t2"}, r.Unmatched)
	require.Len(t, r.Pairs, 1)
	require.Equal(t, "c2", r.Pairs[0].Control)
	r, err = evaluation.MatchedComparison(subjects[1:3], evaluation.MatchConfig{})
	require.NoError(t, err)
	require.Empty(t, r.Pairs)
	require.True(t, math.IsNaN(r.Effect.Estimate) && r.Effect.N1 == 0)
}

func TestMatchedErrors(t *testing.T) {
	subjects := []evaluation.MatchSubject{
		{ID: "a", Treated: true, Covariates: []float64{1, math.NaN()}},
		{ID: "a", Covariates: []float64{1}, Outcome: math.Inf(1)},
		{ID: "", Covariates: []float64{1, 2}},
	}
	_, err := evaluation.MatchedComparison(subjects, evaluation.MatchConfig{Calipers: []float64{-1}, Confidence: 3, MaxDistance: math.NaN()})
	require.Equal(t, map[string]string{
		"subjects[0].covariates[1]": "notFinite", "subjects[1].id": "duplicate", "subjects[1].covariates": "lengthMismatch",
		"subjects[1].outcome": "notFinite", "subjects[2].id": "required", "cfg.calipers[0]": "negative",
		"cfg.calipers": "lengthMismatch", "cfg.confidence": "notProbability", "cfg.maxDistance": "notFinite",
	}, fieldCodes(t, err))
	list, _ := fault.List(err)
	for _, fe := range list {
		if fe.Field == "subjects[1].outcome" {
			require.Equal(t, "a", fe.ID)
			require.Equal(t, "is geen eindig getal", fe.Text.NL)
		}
	}
	require.ErrorIs(t, err, evaluation.ErrLength)
	require.ErrorIs(t, err, evaluation.ErrOutOfRange)
	_, err = evaluation.MatchedComparison(subjects[1:2], evaluation.MatchConfig{})
	require.ErrorIs(t, err, evaluation.ErrEmpty)
	_, err = evaluation.MatchedComparison(nil, evaluation.MatchConfig{})
	require.ErrorIs(t, err, evaluation.ErrEmpty)
}

func FuzzMatchedComparison(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9}, 0.5)
	f.Fuzz(func(t *testing.T, data []byte, caliper float64) {
		var subjects []evaluation.MatchSubject
		for i := 0; i+2 < len(data) && i < 90; i += 3 {
			subjects = append(subjects, evaluation.MatchSubject{
				ID: strconv.Itoa(i), Treated: data[i]&1 == 1, Stratum: strconv.Itoa(int(data[i] >> 6)),
				Covariates: []float64{float64(data[i+1]), float64(data[i+2] % 7)}, Outcome: float64(data[i] >> 7),
			})
		}
		r, err := evaluation.MatchedComparison(subjects, evaluation.MatchConfig{Calipers: []float64{caliper, 0}})
		if err != nil {
			var ie *evaluation.FieldError
			if !errors.As(err, &ie) {
				t.Fatal(err)
			}
			return
		}
		seen := map[string]bool{}
		for _, p := range r.Pairs {
			if seen[p.Control] || seen[p.Treated] {
				t.Fatalf("subject used twice: %+v", r.Pairs)
			}
			seen[p.Control], seen[p.Treated] = true, true
		}
		if len(r.Pairs)+len(r.Unmatched) != r.NTreated {
			t.Fatalf("%d pairs + %d unmatched != %d treated", len(r.Pairs), len(r.Unmatched), r.NTreated)
		}
	})
}

func ExampleMatchedComparison() {
	// Mentored people are newer than the rest; match on tenure (years)
	// and a self-evaluation score within departments, and compare
	// retention (1 stayed, 0 left).
	subjects := []evaluation.MatchSubject{
		{ID: "m1", Treated: true, Stratum: "IT", Covariates: []float64{1, 0.7}, Outcome: 1},
		{ID: "m2", Treated: true, Stratum: "IT", Covariates: []float64{2, 0.6}, Outcome: 1},
		{ID: "m3", Treated: true, Stratum: "Sales", Covariates: []float64{1, 0.8}, Outcome: 0},
		{ID: "o1", Stratum: "IT", Covariates: []float64{8, 0.5}, Outcome: 1},
		{ID: "o2", Stratum: "IT", Covariates: []float64{1, 0.6}, Outcome: 0},
		{ID: "o3", Stratum: "IT", Covariates: []float64{3, 0.6}, Outcome: 1},
		{ID: "o4", Stratum: "Sales", Covariates: []float64{2, 0.7}, Outcome: 0},
		{ID: "o5", Stratum: "Sales", Covariates: []float64{12, 0.4}, Outcome: 1},
	}
	// By hand: tenure has means 4/3 and 5.2, variances 1/3 and 21.7, so
	// s = √11.0167 = 3.319 and SMD = -1.165; after matching the controls'
	// mean is 2 and SMD = -0.201. Self-evaluation: means 0.7 and 0.56,
	// variances 0.01 and 0.013, s = 0.1072, SMD 1.306, after 0.622. In IT
	// m1-o2 + m2-o3 (0.932 + 0.301) beats m1-o3 + m2-o2 (1.110 + 0.301).
	r, err := evaluation.MatchedComparison(subjects, evaluation.MatchConfig{Covariates: []string{"tenure", "self-evaluation"}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range r.Pairs {
		fmt.Printf("%s %s-%s\n", p.Stratum, p.Treated, p.Control)
	}
	for i, b := range r.Before {
		fmt.Printf("%s: SMD %.2f before, %.2f after\n", b.Covariate, b.SMD, r.After[i].SMD)
	}
	fmt.Printf("retention difference: naive %.2f, matched %.2f\n", r.Naive.Estimate, r.Effect.Estimate)
	// Output:
	// IT m1-o2
	// IT m2-o3
	// Sales m3-o4
	// tenure: SMD -1.16 before, -0.20 after
	// self-evaluation: SMD 1.31 before, 0.62 after
	// retention difference: naive 0.07, matched 0.33
}
