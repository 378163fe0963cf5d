package quality

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/mentorkit/mentorkit/matching/internal/testkit"
	"gonum.org/v1/gonum/mat"
)

// FuzzMeasure: arbitrary scores, capacities and matchings never panic;
// valid ones give consistent counts.
func FuzzMeasure(f *testing.F) {
	f.Add([]byte{3, 2, 9, 5, 6, 8, 4, 252, 1, 0, 255, 2})
	f.Fuzz(func(t *testing.T, data []byte) {
		fb := &testkit.Bytes{B: data}
		r, c := fb.Next()%5, fb.Next()%5
		m := fb.Matrix(r, c, math.Inf(-1))
		var d mat.Matrix = &mat.Dense{}
		if r > 0 && c > 0 {
			d = testkit.ToDense(m, c)
		}
		var capa []int
		if fb.Next()%2 == 1 {
			for range c {
				capa = append(capa, fb.Next()%4-1)
			}
		}
		mm := make([]int, r+fb.Next()%2)
		for i := range mm {
			mm[i] = fb.Next()%(c+2) - 1
		}
		q, err := Measure(d, capa, mm, Options{TopK: fb.Next() % 3})
		if err != nil {
			return
		}
		if q.Matched+q.UnmatchedMentees != q.Mentees || q.BlockingPairs < 0 || q.Envious > q.Mentees {
			t.Fatalf("inconsistent %+v", q)
		}
		if q.Matched > 0 && !(q.Gini >= -1e-12 && q.Gini <= 1) && !math.IsNaN(q.Gini) {
			t.Fatalf("Gini %v", q.Gini)
		}
	})
}

// FuzzAuditGroups: arbitrary groups, flags and scores never panic; valid
// input gives ratios in [0, 1].
func FuzzAuditGroups(f *testing.F) {
	f.Add([]byte{4, 0, 1, 1, 9, 0, 0, 5, 2, 1, 3})
	f.Fuzz(func(t *testing.T, data []byte) {
		fb := &testkit.Bytes{B: data}
		n := fb.Next() % 8
		g, ok, s := make([]string, n), make([]bool, n), make([]float64, n+fb.Next()%2)
		for i := range n {
			g[i] = string(rune('a' + fb.Next()%3))
			ok[i] = fb.Next()%2 == 1
			s[i] = fb.Value(math.Inf(-1))
		}
		a, err := AuditGroups(g, ok, s)
		if err != nil {
			return
		}
		for _, x := range a.Groups {
			if x.RateRatio < 0 || x.RateRatio > 1 || x.MatchRate < 0 || x.MatchRate > 1 {
				t.Fatalf("bad stats %+v", x)
			}
		}
	})
}

// FuzzRunExperiment: arbitrary scores, views, capacities, groups and waits
// never panic; a table that comes back has one row per strategy, the
// optimum's total is never beaten on the scores, the preference-weighted
// optimum is never beaten on the views' mean, and the stable matchings have
// no blocking pair under the views.
func FuzzRunExperiment(f *testing.F) {
	f.Add([]byte{3, 2, 9, 5, 6, 8, 4, 252, 1, 0, 255, 2, 7, 7, 1, 3, 2, 0, 1})
	f.Fuzz(func(t *testing.T, data []byte) {
		fb := &testkit.Bytes{B: data}
		r, c := fb.Next()%5, fb.Next()%5
		mk := func() mat.Matrix {
			m := fb.Matrix(r, c, math.Inf(-1))
			if r == 0 || c == 0 {
				return nil
			}
			return testkit.ToDense(m, c)
		}
		in := Instance{Name: "fuzz", Scores: mk()}
		if fb.Next()%2 == 1 {
			in.MenteeView = mk()
		}
		if fb.Next()%2 == 1 {
			in.MentorView = mk()
		}
		if fb.Next()%2 == 1 {
			for range c {
				in.Capacity = append(in.Capacity, fb.Next()%4-1)
			}
		}
		if fb.Next()%2 == 1 {
			for range r + fb.Next()%2 {
				in.Groups = append(in.Groups, string(rune('a'+fb.Next()%3)))
			}
		}
		if fb.Next()%2 == 1 {
			for range r {
				in.Waits = append(in.Waits, fb.Next()%5-1)
			}
		}
		rows, err := RunExperiment([]Instance{in}, nil, rand.New(rand.NewPCG(1, 2)), Options{})
		if err != nil {
			return
		}
		if len(rows) != len(Strategies()) {
			t.Fatalf("%d rows", len(rows))
		}
		opt := rows[0].Quality.Total
		var pref float64
		for _, row := range rows {
			if row.Quality.Total > opt+1e-9 {
				t.Fatalf("%s beats the optimum: %v > %v", row.Strategy, row.Quality.Total, opt)
			}
			if row.Strategy == StrategyPreference {
				pref = (row.TwoSided.MenteeMean + row.TwoSided.MentorMean) / 2 * float64(row.Quality.Matched)
			}
			if (row.Strategy == StrategyStable || row.Strategy == StrategyStableMentor) && row.TwoSided.BlockingPairs != 0 {
				t.Fatalf("%s has %d blocking pairs", row.Strategy, row.TwoSided.BlockingPairs)
			}
		}
		for _, row := range rows {
			if row.Quality.Matched == 0 {
				continue
			}
			v := (row.TwoSided.MenteeMean + row.TwoSided.MentorMean) / 2 * float64(row.Quality.Matched)
			if v > pref+1e-6*(1+math.Abs(pref)) {
				t.Fatalf("%s beats the preference optimum on the views: %v > %v", row.Strategy, v, pref)
			}
		}
	})
}

// FuzzInstanceJSON: arbitrary JSON never panics when decoded as an
// Instance and run; a decoded instance marshals again.
func FuzzInstanceJSON(f *testing.F) {
	f.Add([]byte(`{"name":"a","scores":[[1,"-Infinity"],[0.5,0.2]],"capacity":[1,1],"menteeView":[[0.3,"-Infinity"],[1,0]],"mentorView":[[1,"-Infinity"],[0,1]],"groups":["x","y"],"waits":[2,0]}`))
	f.Add([]byte(`{"scores":[[1],[2,3]]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var in Instance
		if err := in.UnmarshalJSON(data); err != nil {
			return
		}
		if _, err := in.MarshalJSON(); err != nil {
			t.Fatalf("decoded instance does not marshal: %v", err)
		}
		_, _ = RunExperiment([]Instance{in}, nil, rand.New(rand.NewPCG(1, 1)), Options{})
	})
}
