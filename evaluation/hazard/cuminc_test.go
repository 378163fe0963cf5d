package hazard

import (
	"errors"
	"math"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestCumulativeIncidenceBadInput(t *testing.T) {
	tests := []struct {
		name   string
		time   []float64
		status []int
		group  []string
		want   error
	}{
		{"empty", nil, nil, nil, ErrEmpty},
		{"status length", []float64{1, 2}, []int{1}, nil, ErrLength},
		{"group length", []float64{1, 2}, []int{1, 0}, []string{"a"}, ErrLength},
		{"NaN", []float64{1, math.NaN()}, []int{1, 0}, nil, ErrOutOfRange},
		{"Inf", []float64{math.Inf(1), 2}, []int{1, 0}, nil, ErrOutOfRange},
		{"negative status", []float64{1, 2}, []int{-1, 0}, nil, ErrOutOfRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := CumulativeIncidence(tt.time, tt.status, tt.group); !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
	many := make([]string, 101)
	for i := range many {
		many[i] = string(rune('A' + i))
	}
	_, err := CumulativeIncidence(make([]float64, 101), make([]int, 101), many)
	if !errors.Is(err, ErrOutOfRange) {
		t.Errorf("101 groups: err = %v, want ErrOutOfRange", err)
	}
}

func TestCumulativeIncidenceDegenerate(t *testing.T) {
	// No exits at all: no causes, no curves, no tests.
	r, err := CumulativeIncidence([]float64{1, 2, 3}, []int{0, 0, 0}, []string{"a", "b", "a"})
	if err != nil || len(r.Curves) != 0 || len(r.Tests) != 0 {
		t.Errorf("no exits: %+v, %v", r, err)
	}
	// A single group: curves, no test.
	r, err = CumulativeIncidence([]float64{1, 2, 3}, []int{1, 2, 0}, []string{"a", "a", "a"})
	if err != nil || len(r.Curves) != 2 || r.Tests != nil {
		t.Errorf("one group: %+v, %v", r, err)
	}
	// Everyone leaves at the same time from cause 1: F jumps to 1/2 for
	// each of two causes, the variance of a binomial proportion with
	// Gray's tie correction: S(t−)²·(1 − (m−1)/(n−1))·m/n² with m = 2,
	// n = 4 gives (2/3)(2/16) = 1/12 for the cause term (t3 = 0).
	r, err = CumulativeIncidence([]float64{4, 4, 4, 4}, []int{1, 1, 2, 2}, nil)
	if err != nil {
		t.Fatal(err)
	}
	c, _ := r.Curve("", 1)
	est, v := c.At(4)
	if math.Abs(est-0.5) > 1e-15 || math.Abs(v-1.0/12) > 1e-15 {
		t.Errorf("all tied: F = %v, var = %v, want 1/2, 1/12", est, v)
	}
	if e, _ := c.At(3.9); e != 0 {
		t.Errorf("F before the first exit = %v, want 0", e)
	}
	if e, _ := c.At(4.1); !math.IsNaN(e) {
		t.Errorf("F after follow-up = %v, want NaN", e)
	}
	if _, ok := r.Curve("x", 1); ok {
		t.Error("Curve found an absent group")
	}
}

// TestCumulativeIncidenceOrderInvariant checks that the subjects in
// another order give the same curves and tests, and that the inputs are
// not modified.
func TestCumulativeIncidenceOrderInvariant(t *testing.T) {
	time, status, group := synthCompeting(400, 9)
	keep := slices.Clone(time)
	want, err := CumulativeIncidence(time, status, group)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(keep, time) {
		t.Fatal("CumulativeIncidence modified time")
	}
	n := len(time)
	pt, ps, pg := make([]float64, n), make([]int, n), make([]string, n)
	for k := range n {
		i := (k*7919 + 11) % n
		pt[k], ps[k], pg[k] = time[i], status[i], group[i]
	}
	got, err := CumulativeIncidence(pt, ps, pg)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got, cmpopts.EquateApprox(1e-12, 1e-15)); diff != "" {
		t.Errorf("permuted input (-want +got):\n%s", diff)
	}
}
