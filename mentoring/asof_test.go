package mentoring

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/internal/jsontest"
)

// TestTransitionBy: each lifecycle step records who took it when asked,
// and callers that do not ask are unchanged.
func TestTransitionBy(t *testing.T) {
	r, err := Propose(Relationship{ID: "r1", ProgrammeID: "prog", MentorID: "m1", MenteeIDs: []string{"e1"}}, day, By("hr-7"))
	require.NoError(t, err)
	r, err = r.Activate(days(1), By("e1"))
	require.NoError(t, err)
	r, err = r.Pause(days(2)) // no actor recorded
	require.NoError(t, err)
	r, err = r.Activate(days(3), By("m1"), nil)
	require.NoError(t, err)
	r, err = r.End(days(4), ReasonLeftOrganisation, By("hr-7"))
	require.NoError(t, err)
	var by []string
	for _, tr := range r.Transitions {
		by = append(by, tr.By)
	}
	if d := cmp.Diff([]string{"hr-7", "e1", "", "m1", "hr-7"}, by); d != "" {
		t.Errorf("By (-want +got):\n%s", d)
	}
	require.NoError(t, r.Validate())
	if s := jsontest.RoundTrip(t, r); !strings.Contains(s, `"by":"hr-7"`) || strings.Count(s, `"by"`) != 4 {
		t.Errorf("JSON: %s", s)
	}

	active := inState(t, StateActive)
	for _, bad := range []string{" hr-7", "  "} {
		_, err = active.Complete(days(5), By(bad))
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Field != "by" || fe.ID != "r1" || !errors.Is(err, ErrMissing) && !errors.Is(err, ErrOutOfRange) {
			t.Errorf("By(%q): %v", bad, err)
		}
	}
	stored := active.Clone()
	stored.Transitions[1].By = "hr-7 "
	want := []problem{{"transitions[1].by", ErrOutOfRange}}
	if d := cmp.Diff(want, problemsOf(t, stored.Validate()), cmp.Comparer(cmpErrs)); d != "" {
		t.Errorf("Validate (-want +got):\n%s", d)
	}
}

func TestRelationshipAsOf(t *testing.T) {
	r := inState(t, StateActive) // proposed at day, active at day + 1h
	r, err := r.Pause(days(10))
	require.NoError(t, err)
	before := r.Clone()
	for _, c := range []struct {
		now   time.Time
		state State
		n     int
		ok    bool
	}{
		{day.Add(-time.Second), StatePaused, 3, false},
		{day, StateProposed, 1, true},
		{day.Add(time.Hour), StateActive, 2, true},
		{days(9), StateActive, 2, true},
		{days(10), StatePaused, 3, true},
	} {
		got, ok := r.AsOf(c.now)
		if got.State != c.state || len(got.Transitions) != c.n || ok != c.ok {
			t.Errorf("AsOf(%v) = %v with %d transitions, %v; want %v, %d, %v", c.now, got.State, len(got.Transitions), ok, c.state, c.n, c.ok)
		}
		if ok {
			require.NoError(t, got.Validate())
		}
	}
	if d := cmp.Diff(before, r); d != "" {
		t.Errorf("r modified:\n%s", d)
	}
	got, _ := r.AsOf(days(5))
	if _, err = got.Complete(days(6)); err != nil || len(r.Transitions) != 3 {
		t.Errorf("the result shares its history with r: %v", err)
	}
}
