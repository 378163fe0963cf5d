package causal

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/mentorkit/mentorkit/internal/jsontest"
	"github.com/mentorkit/mentorkit/matching"
)

// Hand calculation: with one covariate the logit is a + b·x, so the logit
// gap of a pair is |b|·|x_t − x_c| and the optimal one-to-one matching is
// the one that minimises the total |x gap|: 1 ↔ 1.1 and 5 ↔ 5.2 (any other
// assignment of the two treated costs more).
func TestMatchHand(t *testing.T) {
	subjects := []Subject{
		{"t1", true, []float64{1}}, {"t2", true, []float64{5}},
		{"c1", false, []float64{1.1}}, {"c2", false, []float64{4}}, {"c3", false, []float64{5.2}}, {"c4", false, []float64{9}},
	}
	m, err := MatchPropensity(subjects, MatchConfig{Names: []string{"x"}, Caliper: math.Inf(1)})
	if err != nil {
		t.Fatal(err)
	}
	got := [][2]string{}
	for _, p := range m.Pairs {
		got = append(got, [2]string{p.Treated, p.Control})
	}
	if d := cmp.Diff([][2]string{{"t1", "c1"}, {"t2", "c3"}}, got); d != "" {
		t.Errorf("pairs (-want +got):\n%s", d)
	}
	b := math.Abs(m.Propensity.Model.Coef[1])
	if math.Abs(m.TotalDistance-b*(0.1+0.2)) > 1e-9 {
		t.Errorf("total %v, want |b|·0.3 = %v", m.TotalDistance, b*0.3)
	}
	// Balance after: treated mean 3, control mean 3.15.
	if a := m.Balance[0].After; math.Abs(a.MeanTreated-3) > 1e-12 || math.Abs(a.MeanControl-3.15) > 1e-12 {
		t.Errorf("balance after %+v", a)
	}
	jsontest.RoundTrip(t, m)
}

func randomSubjects(rng *rand.Rand, n int, shift float64) []Subject {
	s := make([]Subject, n)
	for i := range s {
		x1, x2 := rng.NormFloat64(), rng.NormFloat64()
		treated := rng.Float64() < 1/(1+math.Exp(-(shift+0.8*x1-0.5*x2)))
		s[i] = Subject{ID: fmt.Sprintf("s%05d", i), Treated: treated, Covariates: []float64{x1, x2}}
	}
	return s
}

// Brute force on small cases: the optimal total over all one-to-one
// assignments of the treated to distinct controls, with no caliper.
func TestMatchBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	compared := 0
	defer func() {
		if compared < 20 {
			t.Errorf("only %d cases compared", compared)
		}
	}()
	for trial := range 30 {
		subjects := randomSubjects(rng, 9, -0.3)
		for _, dist := range []Distance{DistanceLogit, DistanceMahalanobis} {
			m, err := MatchPropensity(subjects, MatchConfig{Caliper: math.Inf(1), Distance: dist})
			if err != nil {
				continue // separation or a single group in a tiny sample
			}
			var tr, co []int
			for i, s := range subjects {
				if s.Treated {
					tr = append(tr, i)
				} else {
					co = append(co, i)
				}
			}
			if len(tr) > len(co) {
				continue
			}
			d := func(a, b int) float64 { return math.Abs(m.Propensity.Logit[a] - m.Propensity.Logit[b]) }
			if dist == DistanceMahalanobis {
				mh, _ := newMahalanobis(subjects, tr, co)
				d = mh.dist
			}
			best := math.Inf(1)
			var rec func(i int, used []bool, total float64)
			rec = func(i int, used []bool, total float64) {
				if i == len(tr) {
					best = math.Min(best, total)
					return
				}
				for j := range co {
					if !used[j] {
						used[j] = true
						rec(i+1, used, total+d(tr[i], co[j]))
						used[j] = false
					}
				}
			}
			rec(0, make([]bool, len(co)), 0)
			compared++
			if len(m.Pairs) != len(tr) || math.Abs(m.TotalDistance-best) > 1e-9*math.Max(1, best) {
				t.Errorf("trial %d %v: %d pairs total %v, brute force %v", trial, dist, len(m.Pairs), m.TotalDistance, best)
			}
		}
	}
}

// Properties on a larger sample: pairs within the caliper, distinct
// controls, every treated person paired or unmatched, the same result in
// any input order, and balance improved on the covariates.
func TestMatchProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	subjects := randomSubjects(rng, 600, -1.2)
	m, err := MatchPropensity(subjects, MatchConfig{Names: []string{"x1", "x2"}})
	if err != nil {
		t.Fatal(err)
	}
	nt := 0
	for _, s := range subjects {
		if s.Treated {
			nt++
		}
	}
	if len(m.Pairs)+len(m.Unmatched) != nt {
		t.Errorf("%d pairs + %d unmatched, want %d treated", len(m.Pairs), len(m.Unmatched), nt)
	}
	seen := map[string]bool{}
	for _, p := range m.Pairs {
		if seen[p.Control] {
			t.Errorf("control %s used twice", p.Control)
		}
		seen[p.Control] = true
		if math.Abs(p.LogitGap) > m.CaliperWidth {
			t.Errorf("pair %+v outside caliper %v", p, m.CaliperWidth)
		}
	}
	for _, b := range m.Balance {
		if !b.ImbalancedBefore || b.Imbalanced || math.Abs(b.After.SMD) >= math.Abs(b.Before.SMD) {
			t.Errorf("balance %+v", b)
		}
	}
	shuffled := slices.Clone(subjects)
	rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	m2, err := MatchPropensity(shuffled, MatchConfig{Names: []string{"x1", "x2"}})
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(m.Pairs, m2.Pairs); d != "" {
		t.Errorf("input order changes the pairs:\n%s", d)
	}
	// A tight caliper leaves treated unmatched rather than failing.
	tight, err := MatchPropensity(subjects, MatchConfig{Caliper: 1e-4, Candidates: 3})
	if err != nil || len(tight.Unmatched) == 0 {
		t.Errorf("tight caliper: %d unmatched, err %v", len(tight.Unmatched), err)
	}
}

func TestMatchBadInput(t *testing.T) {
	ok := []Subject{{"a", true, []float64{1}}, {"b", false, []float64{2}}, {"c", true, []float64{3}}, {"d", false, []float64{1.5}}}
	tests := []struct {
		name     string
		subjects []Subject
		cfg      MatchConfig
		want     error
	}{
		{"empty", nil, MatchConfig{}, ErrEmpty},
		{"single group", []Subject{{"a", true, nil}, {"b", true, nil}}, MatchConfig{}, ErrEmpty},
		{"no treated", []Subject{{"a", false, nil}}, MatchConfig{}, ErrEmpty},
		{"duplicate id", []Subject{{"a", true, nil}, {"a", false, nil}}, MatchConfig{}, ErrOutOfRange},
		{"NaN", []Subject{{"a", true, []float64{math.NaN()}}, {"b", false, []float64{1}}}, MatchConfig{}, ErrOutOfRange},
		{"ragged", []Subject{{"a", true, []float64{1}}, {"b", false, nil}}, MatchConfig{}, ErrLength},
		{"separation", []Subject{{"a", true, []float64{5}}, {"b", false, []float64{1}}, {"c", true, []float64{6}}, {"d", false, []float64{2}}}, MatchConfig{}, ErrSeparation},
		{"caliper", ok, MatchConfig{Caliper: -1}, ErrOutOfRange},
		{"caliper NaN", ok, MatchConfig{Caliper: math.NaN()}, ErrOutOfRange},
		{"distance", ok, MatchConfig{Distance: 9}, ErrUnknownEnum},
		{"constant covariate mahalanobis", []Subject{{"a", true, []float64{1, 7}}, {"b", false, []float64{2, 7}}, {"c", true, []float64{3, 7}}, {"d", false, []float64{1.5, 7}}}, MatchConfig{Distance: DistanceMahalanobis}, ErrOutOfRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := MatchPropensity(tt.subjects, tt.cfg); !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
	// A constant covariate is aliased in the propensity model, not an error,
	// and is balanced (SMD 0).
	m, err := MatchPropensity([]Subject{{"a", true, []float64{1, 7}}, {"b", false, []float64{2, 7}}, {"c", true, []float64{3, 7}}, {"d", false, []float64{1.5, 7}}}, MatchConfig{Caliper: math.Inf(1)})
	if err != nil || !m.Propensity.Model.Aliased[2] || m.Balance[1].After.SMD != 0 || m.Balance[1].Imbalanced {
		t.Errorf("constant covariate: %+v %v", m.Balance, err)
	}
	jsontest.RoundTrip(t, MatchConfig{Names: []string{"age"}, Distance: DistanceMahalanobis, Caliper: math.Inf(1), Candidates: 5})
}

func FuzzMatchPropensity(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8}, []byte{0, 1, 0, 1, 1, 0, 0, 1}, uint8(0), 0.2)
	f.Fuzz(func(t *testing.T, xb, tb []byte, dist uint8, caliper float64) {
		n := min(len(xb), len(tb), 60)
		s := make([]Subject, n)
		for i := range n {
			s[i] = Subject{ID: fmt.Sprint(i), Treated: tb[i]&1 == 1, Covariates: []float64{float64(int8(xb[i])), float64(xb[i] % 7)}}
		}
		m, err := MatchPropensity(s, MatchConfig{Distance: Distance(dist % 3), Caliper: caliper})
		if err != nil {
			return
		}
		if len(m.Balance) != 2 {
			t.Fatalf("balance %v", m.Balance)
		}
		if _, err := CheckBalance(s, nil, m.Pairs); err != nil {
			t.Fatalf("CheckBalance on the match's own pairs: %v", err)
		}
		// Pairs built from the raw bytes: errors, never a panic.
		var junk []Pair
		for i := 0; i+1 < n; i += 2 {
			junk = append(junk, Pair{Treated: fmt.Sprint(xb[i] % 70), Control: fmt.Sprint(tb[i+1] % 70)})
		}
		_, _ = CheckBalance(s, nil, junk) // only a panic would fail
	})
}

// The dense and the sparse solver give the same optimal total on the same
// problem (the dense one is taken for small dense problems).
func TestSolveDenseSparse(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for range 50 {
		rows, cols := 1+rng.IntN(6), 1+rng.IntN(8)
		c := matching.Candidates{Rows: rows, Cols: cols + rows, RowStart: []int{0}}
		for r := range rows {
			for j := range cols {
				if rng.Float64() < 0.6 {
					c.Col = append(c.Col, j)
					c.Value = append(c.Value, rng.Float64())
				}
			}
			c.Col = append(c.Col, cols+r)
			c.Value = append(c.Value, 100)
			c.RowStart = append(c.RowStart, len(c.Col))
		}
		d, err := solve(c)
		if err != nil {
			t.Fatal(err)
		}
		s, err := matching.AssignSparse(c, matching.Minimize)
		if err != nil {
			t.Fatal(err)
		}
		if math.Abs(d.Total-s.Total) > 1e-9 {
			t.Errorf("dense %v, sparse %v", d.Total, s.Total)
		}
	}
}

// Brute force with a caliper: among all one-to-one matchings within the
// caliper (treated may stay unmatched), the result matches the most
// treated, and among those has the smallest total distance.
func TestMatchCaliperBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 16))
	compared := 0
	for range 200 {
		subjects := randomSubjects(rng, 10, -0.2)
		m, err := MatchPropensity(subjects, MatchConfig{Caliper: 0.1 + rng.Float64()})
		if err != nil {
			continue
		}
		var tr, co []int
		for i, s := range subjects {
			if s.Treated {
				tr = append(tr, i)
			} else {
				co = append(co, i)
			}
		}
		l := m.Propensity.Logit
		bestN, bestTotal := -1, math.Inf(1)
		var rec func(i, n int, used []bool, total float64)
		rec = func(i, n int, used []bool, total float64) {
			if i == len(tr) {
				if n > bestN || (n == bestN && total < bestTotal) {
					bestN, bestTotal = n, total
				}
				return
			}
			rec(i+1, n, used, total) // unmatched
			for j, c := range co {
				if d := math.Abs(l[tr[i]] - l[c]); !used[j] && d <= m.CaliperWidth {
					used[j] = true
					rec(i+1, n+1, used, total+d)
					used[j] = false
				}
			}
		}
		rec(0, 0, make([]bool, len(co)), 0)
		compared++
		if len(m.Pairs) != bestN || math.Abs(m.TotalDistance-bestTotal) > 1e-9 {
			t.Errorf("%d pairs total %v, brute force %d pairs total %v", len(m.Pairs), m.TotalDistance, bestN, bestTotal)
		}
	}
	if compared < 100 {
		t.Errorf("only %d cases compared", compared)
	}
}

// CheckBalance on MatchPropensity's own pairs gives MatchPropensity's
// balance; bad pairs are errors.
func TestCheckBalance(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 18))
	subjects := randomSubjects(rng, 300, -1)
	m, err := MatchPropensity(subjects, MatchConfig{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := CheckBalance(subjects, nil, m.Pairs)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(m.Balance, got, cmpopts.EquateNaNs()); d != "" {
		t.Errorf("balance differs (-match +check):\n%s", d)
	}
	p := m.Pairs[0]
	for name, pairs := range map[string][]Pair{
		"unknown":            {{Treated: "nobody", Control: p.Control}},
		"control as treated": {{Treated: p.Control, Control: p.Control}},
		"treated as control": {{Treated: p.Treated, Control: p.Treated}},
		"twice":              {p, p},
	} {
		if _, err := CheckBalance(subjects, nil, pairs); !errors.Is(err, ErrOutOfRange) {
			t.Errorf("%s: err = %v", name, err)
		}
	}
}
