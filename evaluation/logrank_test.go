package evaluation_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/mentorkit/mentorkit/evaluation"
	"github.com/stretchr/testify/require"
)

func flatVar(v [][]float64) []float64 {
	var out []float64
	for _, row := range v {
		out = append(out, row...)
	}
	return out
}

// TestLogRankRefdata checks testdata/logrank.json: R 4.2.2, survival 3.5.3
// survdiff(Surv(time, event) ~ group, rho = 0). Group g of the file gets
// the label g, so our ascending label order is the file's order.
func TestLogRankRefdata(t *testing.T) {
	type group struct {
		Label string
		Time  []float64
		Event []int
	}
	type in struct{ Groups []group }
	type out struct {
		Chisq, Pvalue      num
		Df                 int
		N                  []int
		Observed, Expected []num
		Var                [][]num
	}
	for _, c := range loadRef[in, out](t, "logrank") {
		t.Run(c.Name, func(t *testing.T) {
			var d []float64
			var ev []int
			var g []int
			for i, grp := range c.Input.Groups {
				d = append(d, grp.Time...)
				ev = append(ev, grp.Event...)
				for range grp.Time {
					g = append(g, i)
				}
			}
			got, err := evaluation.LogRank(d, toEvents(ev), g)
			require.NoError(t, err)
			e := c.Expected
			require.Equal(t, e.Df, got.DF)
			require.Equal(t, e.N, got.N)
			var wantVar []float64
			for _, row := range e.Var {
				wantVar = append(wantVar, vals(row)...)
			}
			requireClose(t, c.Tolerance,
				[][]float64{{e.Chisq.V, e.Pvalue.V}, vals(e.Observed), vals(e.Expected), wantVar},
				[][]float64{{got.ChiSq, got.PValue}, got.Observed, got.Expected, flatVar(got.Var)})
		})
	}
}

// TestLogRankR checks two more survdiff results (testdata/r_extra.json):
// three groups with tied event and censoring times, and a group whose
// members are all censored before the first event (expected 0, left out of
// the statistic and of df).
func TestLogRankR(t *testing.T) {
	cases, tol := loadRExtra(t)
	for _, name := range []string{"logrank_group_with_zero_expected", "logrank_three_groups_ties"} {
		t.Run(name, func(t *testing.T) {
			c := cases[name]
			var in struct {
				Time  []float64
				Event []int
				Group []int
			}
			var e struct {
				Chisq, Pvalue           num
				Df                      int
				Observed, Expected, Var []num
			}
			require.NoError(t, json.Unmarshal(c.Input, &in))
			require.NoError(t, json.Unmarshal(c.Expected, &e))
			got, err := evaluation.LogRank(in.Time, toEvents(in.Event), in.Group)
			require.NoError(t, err)
			require.Equal(t, e.Df, got.DF)
			requireClose(t, tol,
				[][]float64{{e.Chisq.V, e.Pvalue.V}, vals(e.Observed), vals(e.Expected), vals(e.Var)},
				[][]float64{{got.ChiSq, got.PValue}, got.Observed, got.Expected, flatVar(got.Var)})
		})
	}
}

func TestLogRankErrorsAndEdges(t *testing.T) {
	_, err := evaluation.LogRank([]float64{1, 2}, []bool{true, true}, []int{1})
	require.ErrorIs(t, err, evaluation.ErrLength)
	_, err = evaluation.LogRank([]float64{1, 2}, []bool{true, true}, []int{4, 4})
	require.ErrorIs(t, err, evaluation.ErrEmpty) // R: "There is only 1 group"
	// Both subjects die at the same time: no information, R's solve fails.
	_, err = evaluation.LogRank([]float64{1, 1}, []bool{true, true}, []int{1, 2})
	require.ErrorIs(t, err, evaluation.ErrSingular)
	// No events at all: R 4.2.2 survdiff(Surv(c(1,2), c(0,0)) ~ c(1,2))
	// gives chisq 0 and $pvalue NaN (df -1).
	r, err := evaluation.LogRank([]float64{1, 2}, []bool{false, false}, []int{1, 2})
	require.NoError(t, err)
	require.True(t, math.IsNaN(r.PValue))
	// Only one group has expected > 0 (group 2 leaves before the first
	// event): R 4.2.2 survdiff(Surv(c(2,3,1), c(1,1,0)) ~ c(1,1,2)) gives
	// expected (2, 0), chisq 0 and $pvalue 1.
	r, err = evaluation.LogRank([]float64{2, 3, 1}, []bool{true, true, false}, []int{1, 1, 2})
	require.NoError(t, err)
	require.Equal(t, 0, r.DF)
	require.Equal(t, 1.0, r.PValue)
	// A group per subject (IDs passed as labels by mistake): the k×k
	// variance matrix of 100,000 groups would need 80 GB, so more than
	// 1,000 groups is an error, found before anything k×k is allocated.
	n := 1001
	durations, events, groups := make([]float64, n), make([]bool, n), make([]int, n)
	for i := range n {
		durations[i], events[i], groups[i] = float64(1+i%7), i%3 > 0, i
	}
	_, err = evaluation.LogRank(durations, events, groups)
	require.ErrorIs(t, err, evaluation.ErrOutOfRange)
	require.ErrorContains(t, err, "1001 groups")
	// 1,000 groups are fine.
	_, err = evaluation.LogRank(durations[:1000], events[:1000], groups[:1000])
	require.NotErrorIs(t, err, evaluation.ErrOutOfRange)
}

// TestLogRankProperties: relabelling the groups in the same order or
// permuting the records changes nothing; swapping two groups' labels
// permutes the result; O - E sums to zero.
func TestLogRankProperties(t *testing.T) {
	d := []float64{3, 5, 5, 8, 2, 9, 4, 4, 7, 1, 6, 6}
	ev := []bool{true, true, false, true, true, false, true, true, true, false, true, true}
	g := []int{1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3}
	a, err := evaluation.LogRank(d, ev, g)
	require.NoError(t, err)
	g2 := []int{10, 10, 10, 10, 20, 20, 20, 20, 30, 30, 30, 30}
	b, err := evaluation.LogRank(d, ev, g2)
	require.NoError(t, err)
	require.Equal(t, a.ChiSq, b.ChiSq)
	perm := []int{11, 3, 7, 0, 5, 9, 1, 10, 2, 8, 4, 6}
	pd, pe, pg := make([]float64, 12), make([]bool, 12), make([]int, 12)
	for i, p := range perm {
		pd[i], pe[i], pg[i] = d[p], ev[p], g[p]
	}
	c, err := evaluation.LogRank(pd, pe, pg)
	require.NoError(t, err)
	requireClose(t, tolerance{Rel: 1e-12}, a.Expected, c.Expected)
	require.InDelta(t, a.ChiSq, c.ChiSq, 1e-12)
	var s float64
	for i := range a.Observed {
		s += a.Observed[i] - a.Expected[i]
	}
	require.InDelta(t, 0, s, 1e-12)
}

func FuzzLogRank(f *testing.F) {
	f.Add([]byte{3, 1, 4, 1, 5, 9, 2, 6}, uint16(0x5a5a), uint8(2))
	f.Fuzz(func(t *testing.T, data []byte, mask uint16, k uint8) {
		d := make([]float64, len(data))
		ev := make([]bool, len(data))
		g := make([]int, len(data))
		for i, b := range data {
			d[i] = float64(b % 16)
			ev[i] = mask&(1<<(i%16)) != 0
			g[i] = int(b) % (int(k%4) + 1)
		}
		r, err := evaluation.LogRank(d, ev, g)
		if err != nil {
			if !errors.Is(err, evaluation.ErrEmpty) && !errors.Is(err, evaluation.ErrSingular) {
				t.Fatal(err)
			}
			return
		}
		if r.ChiSq < -1e-9 || !(math.IsNaN(r.PValue) || r.PValue >= 0 && r.PValue <= 1) {
			t.Fatalf("%+v", r)
		}
	})
}

func ExampleLogRank() {
	// Months until leaving for mentored (1) and other (2) employees:
	// survival::aml (testdata/logrank.json): R gives chisq 3.4 on 1 df,
	// p = 0.0653.
	months := []float64{9, 13, 13, 18, 23, 28, 31, 34, 45, 48, 161,
		5, 5, 8, 8, 12, 16, 23, 27, 30, 33, 43, 45}
	left := []bool{true, true, false, true, true, false, true, true, false, true, false,
		true, true, true, true, true, false, true, true, true, true, true, true}
	group := []int{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2}
	r, err := evaluation.LogRank(months, left, group)
	if err != nil {
		panic(err)
	}
	for g, label := range r.Groups {
		fmt.Printf("group %d: observed %v, expected %.2f\n", label, r.Observed[g], r.Expected[g])
	}
	fmt.Printf("chi-square %.2f on %d df, p = %.4f\n", r.ChiSq, r.DF, r.PValue)
	// Output:
	// group 1: observed 7, expected 10.69
	// group 2: observed 11, expected 7.31
	// chi-square 3.40 on 1 df, p = 0.0653
}
