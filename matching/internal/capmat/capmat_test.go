package capmat

import (
	"errors"
	"math"
	"slices"
	"testing"

	"github.com/mentorkit/mentorkit/internal/fault"
)

func TestMessages(t *testing.T) {
	sentinel := errors.New("test")
	table := make([]fault.Message, len(Messages))
	for i, m := range Messages {
		table[i] = m.With(sentinel)
	}
	if err := fault.CheckTable(table); err != nil {
		t.Fatal(err)
	}
}

// TestChecks: each problem is reported once, with its code and path, and
// unwraps to the caller's sentinel.
func TestChecks(t *testing.T) {
	sentinel := errors.New("test")
	codes := func(err error) []string {
		list, ok := fault.List(err)
		if !ok {
			t.Fatalf("not only field errors: %v", err)
		}
		var out []string
		for _, e := range list {
			if !errors.Is(e, sentinel) {
				t.Errorf("%v does not unwrap to the sentinel", e)
			}
			out = append(out, e.Field+":"+e.Code)
		}
		return out
	}
	var pr fault.Collector
	CheckCapacity(&pr, []int{1, -1, 0}, 3, sentinel)
	CheckCapacity(&pr, []int{1}, 2, sentinel)
	CheckCapacity(&pr, nil, 2, sentinel)
	got := codes(pr.Err())
	want := []string{"capacity[1]:negative", "capacity:capacityLength"}
	if !slices.Equal(got, want) {
		t.Errorf("capacity: got %v, want %v", got, want)
	}
	inf := math.Inf(-1)
	// Two mentees, two mentors of one place each; mentee 1 may not have
	// mentor 0.
	val := []float64{1, 1, inf, 1}
	got = codes(CheckMatching(val, 2, 2, []int{1, 1}, []int{0, 0}, sentinel))
	want = []string{"menteeToMentor[1]:forbiddenPair"}
	if !slices.Equal(got, want) {
		t.Errorf("forbidden: got %v, want %v", got, want)
	}
	got = codes(CheckMatching(val, 2, 2, []int{1, 1}, []int{1, 1}, sentinel))
	want = []string{"mentor[1]:overCapacity"}
	if !slices.Equal(got, want) {
		t.Errorf("capacity: got %v, want %v", got, want)
	}
	got = codes(CheckMatching(val, 2, 2, []int{1, 1}, []int{2, -2}, sentinel))
	want = []string{"menteeToMentor[0]:mentorOutOfRange", "menteeToMentor[1]:mentorOutOfRange"}
	if !slices.Equal(got, want) {
		t.Errorf("range: got %v, want %v", got, want)
	}
	got = codes(CheckMatching(val, 2, 2, []int{1, 1}, []int{-1}, sentinel))
	want = []string{"menteeToMentor:matchingLength"}
	if !slices.Equal(got, want) {
		t.Errorf("length: got %v, want %v", got, want)
	}
}
