package feedback

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

func TestReliabilityMatrix(t *testing.T) {
	in := fiveItems() // support = q1..q3; q5 reverse keyed on 1..5
	rs := []Response{
		{Respondent: "a", Subject: "s", Group: Mentee, Answers: []Answer{{"q1", 4}, {"q2", 5}, {"q5", 1}}},
		{Respondent: "b", Subject: "s", Group: Mentee, Answers: []Answer{{"q3", 2}, {"q5", 4}}},
	}
	m, ids, err := in.ReliabilityMatrix(rs, "")
	require.NoError(t, err)
	require.Equal(t, []string{"q1", "q2", "q3", "q4", "q5"}, ids)
	nan := math.NaN()
	// By hand: q5 re-scored as 6 − x (1 → 5, 4 → 2); skipped items NaN.
	want := [][]float64{{4, 5, nan, nan, 5}, {nan, nan, 2, nan, 2}}
	for i := range want {
		if diff := cmp.Diff(want[i], m.RawRowView(i), cmp.Comparer(func(x, y float64) bool { return x == y || (math.IsNaN(x) && math.IsNaN(y)) })); diff != "" {
			t.Errorf("row %d (-want +got):\n%s", i, diff)
		}
	}
	m, ids, err = in.ReliabilityMatrix(rs, "support")
	require.NoError(t, err)
	require.Equal(t, []string{"q1", "q2", "q3"}, ids)
	r, c := m.Dims()
	require.Equal(t, [2]int{2, 3}, [2]int{r, c})

	_, _, err = in.ReliabilityMatrix(rs, "nope")
	require.ErrorIs(t, err, ErrUnknownItem)
	_, _, err = in.ReliabilityMatrix(nil, "")
	require.ErrorIs(t, err, ErrTooFew)
}

func TestCellItemByID(t *testing.T) {
	c := Cell{Items: []ItemStats{{Item: "q1", N: 3}, {Item: "q2", N: 4}}, Subscales: []SubscaleStats{{Subscale: "s", N: 2}}}
	it, ok := c.Item("q2")
	require.True(t, ok)
	require.Equal(t, 4, it.N)
	_, ok = c.Item("q9")
	require.False(t, ok)
	s, ok := c.Subscale("s")
	require.True(t, ok)
	require.Equal(t, 2, s.N)
	_, ok = c.Subscale("x")
	require.False(t, ok)
}
