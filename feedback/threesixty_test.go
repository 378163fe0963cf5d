package feedback

import (
	"fmt"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

func TestBuild360(t *testing.T) {
	in := fiveItems()
	var rs []Response
	add := func(id, subject string, g RaterGroup, q1 int) {
		rs = append(rs, Response{Respondent: id, Subject: subject, Group: g,
			Answers: []Answer{{"q1", q1}, {"q2", q1}, {"q3", q1}}})
	}
	add("ann", "ann", Self, 5)
	add("boss", "ann", Manager, 2)
	for i, v := range []int{3, 4, 4, 3, 5} {
		add(fmt.Sprint("peer", i), "ann", Peer, v)
	}
	add("x", "bob", Peer, 1) // about someone else: ignored
	got, err := Build360(in, rs, "ann", Policy{ExemptGroups: []RaterGroup{Self}})
	require.NoError(t, err)
	// By hand: others = manager 2 + peers 3, 4, 4, 3, 5 → 21/6 = 3.5; self
	// 5; gap +1.5. The manager (1, not exempt) is suppressed; others − peers
	// would reveal the manager, so the smaller of the two, peers (5), goes.
	want := Score360{Name: "q1", Self: 5, Others: 3.5, Gap: 1.5, Groups: []GroupScore{
		{Group: Peer, Suppressed: true, Mean: math.NaN()},
		{Group: Manager, Suppressed: true, Mean: math.NaN()},
		{Group: Self, N: 1, Mean: 5},
	}}
	if diff := cmp.Diff(want, got.Items[0], approx()); diff != "" {
		t.Errorf("q1 (-want +got):\n%s", diff)
	}
	require.Equal(t, "q1: self 5.00, others 3.50, gap +1.50", got.Items[0].String())
	require.Equal(t, "support", got.Subscales[0].Name)
	require.InDelta(t, 1.5, got.Subscales[0].Gap, 1e-12)

	// Without the exemption the self-rating is one person: suppressed.
	got, err = Build360(in, rs, "ann", Policy{})
	require.NoError(t, err)
	require.True(t, math.IsNaN(got.Items[0].Self))
	require.True(t, math.IsNaN(got.Items[0].Gap))

	_, err = Build360(in, rs, "nobody", Policy{})
	require.ErrorIs(t, err, ErrTooFew)
}
