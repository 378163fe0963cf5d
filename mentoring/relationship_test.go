package mentoring

import (
	"errors"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// proposed returns a valid proposed relationship m1 → e1 on "negotiation".
func proposed(t *testing.T) Relationship {
	t.Helper()
	r, err := Propose(Relationship{ID: "r1", ProgrammeID: "prog", MentorID: "m1", MenteeIDs: []string{"e1"}, Topic: "negotiation"}, day)
	require.NoError(t, err)
	return r
}

// inState returns a valid relationship in state s, reached by a legal path
// with one hour between steps; s == 0 gives a relationship with no state.
func inState(t *testing.T, s State) Relationship {
	t.Helper()
	r := proposed(t)
	at := day
	step := func(to State, reason EndReason) {
		at = at.Add(time.Hour)
		var err error
		r, err = r.Transition(to, at, reason)
		require.NoError(t, err)
	}
	switch s {
	case 0:
		return Relationship{ID: "r0"}
	case StateProposed:
	case StateActive:
		step(StateActive, 0)
	case StatePaused:
		step(StateActive, 0)
		step(StatePaused, 0)
	case StateCompleted:
		step(StateActive, 0)
		step(StateCompleted, 0)
	case StateEnded:
		step(StateEnded, ReasonDeclined)
	}
	require.Equal(t, s, r.State)
	return r
}

// TestTransitionTable checks every pair of states, legal or not, against the
// lifecycle written out by hand from issue 2:
//
//	proposed → active or ended (declined)
//	active → paused, completed or ended
//	paused → active, completed or ended
//	completed and ended are final.
func TestTransitionTable(t *testing.T) {
	states := []State{0, StateProposed, StateActive, StatePaused, StateCompleted, StateEnded, State(9)}
	legal := map[[2]State]bool{
		{StateProposed, StateActive}:  true,
		{StateProposed, StateEnded}:   true,
		{StateActive, StatePaused}:    true,
		{StateActive, StateCompleted}: true,
		{StateActive, StateEnded}:     true,
		{StatePaused, StateActive}:    true,
		{StatePaused, StateCompleted}: true,
		{StatePaused, StateEnded}:     true,
	}
	for _, from := range states[:6] {
		for _, to := range states {
			t.Run(from.String()+"→"+to.String(), func(t *testing.T) {
				want := legal[[2]State{from, to}]
				if got := CanTransition(from, to); got != want {
					t.Fatalf("CanTransition = %v, want %v", got, want)
				}
				r := inState(t, from)
				before := r.Clone()
				var reason EndReason
				if to == StateEnded {
					reason = ReasonOther
				}
				at := r.Since().Add(24 * time.Hour)
				got, err := r.Transition(to, at, reason)
				if diff := cmp.Diff(before, r); diff != "" {
					t.Fatalf("Transition modified its receiver (-before +after):\n%s", diff)
				}
				if !want {
					var te *TransitionError
					require.ErrorAs(t, err, &te)
					require.ErrorIs(t, err, ErrIllegalTransition)
					if te.From != from || te.To != to || te.RelationshipID != r.ID {
						t.Fatalf("TransitionError = %+v, want from %v to %v", te, from, to)
					}
					return
				}
				require.NoError(t, err)
				wantHist := append(before.Clone().Transitions, Transition{From: from, To: to, At: at, Reason: reason})
				if diff := cmp.Diff(wantHist, got.Transitions); diff != "" {
					t.Fatalf("history (-want +got):\n%s", diff)
				}
				if got.State != to {
					t.Fatalf("State = %v, want %v", got.State, to)
				}
				require.NoError(t, got.Validate())
			})
		}
	}
}

func TestTransitionErrorMessage(t *testing.T) {
	_, err := inState(t, StateCompleted).Activate(day.AddDate(0, 1, 0))
	const want = `mentoring: relationship "r1": illegal transition from completed to active`
	if err == nil || err.Error() != want {
		t.Fatalf("err = %v, want %s", err, want)
	}
}

func TestTransitionReasonAndTime(t *testing.T) {
	later := day.Add(48 * time.Hour)
	tests := []struct {
		name   string
		from   State
		to     State
		at     time.Time
		reason EndReason
		want   []problem
	}{
		{"ending needs a reason", StateActive, StateEnded, later, 0, []problem{{"reason", ErrMissing}}},
		{"only ending takes a reason", StateActive, StatePaused, later, ReasonOther, []problem{{"reason", ErrOutOfRange}}},
		{"declining a started relationship", StateActive, StateEnded, later, ReasonDeclined, []problem{{"reason", ErrOutOfRange}}},
		{"undeclared reason", StateActive, StateEnded, later, EndReason(50), []problem{{"reason", ErrUnknownEnum}}},
		{"zero time", StateProposed, StateActive, time.Time{}, 0, []problem{{"at", ErrMissing}}},
		{"back in time", StateActive, StatePaused, day, 0, []problem{{"at", ErrTimeOrder}}},
		{"both", StatePaused, StateCompleted, day, ReasonNotAGoodFit, []problem{{"reason", ErrOutOfRange}, {"at", ErrTimeOrder}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := inState(t, tt.from).Transition(tt.to, tt.at, tt.reason)
			if diff := cmp.Diff(tt.want, problemsOf(t, err), cmp.Comparer(cmpErrs)); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
			if !cmp.Equal(Relationship{}, got) {
				t.Errorf("result on error = %+v, want zero", got)
			}
		})
	}
	// Same instant as the previous transition is allowed.
	r := inState(t, StateActive)
	if _, err := r.Pause(r.Since()); err != nil {
		t.Errorf("Pause at the same instant: %v", err)
	}
}

// TestTransitionNeedsConsistentHistory: a relationship built by hand with
// a state but no history (not through Propose), or whose state disagrees
// with its last transition, cannot be moved on: the result would fail
// Validate.
func TestTransitionNeedsConsistentHistory(t *testing.T) {
	noHistory := Relationship{ID: "r1", ProgrammeID: "prog", MentorID: "m1", MenteeIDs: []string{"e1"}, State: StateProposed}
	_, err := noHistory.Activate(day)
	if diff := cmp.Diff([]problem{{"transitions", ErrMissing}}, problemsOf(t, err), cmp.Comparer(cmpErrs)); diff != "" {
		t.Errorf("no history: problems (-want +got):\n%s", diff)
	}
	stale := inState(t, StateProposed)
	stale.State = StateActive // the history still ends in proposed
	_, err = stale.Pause(day.Add(48 * time.Hour))
	if diff := cmp.Diff([]problem{{"state", ErrIllegalTransition}}, problemsOf(t, err), cmp.Comparer(cmpErrs)); diff != "" {
		t.Errorf("stale state: problems (-want +got):\n%s", diff)
	}
}

func TestPropose(t *testing.T) {
	r := proposed(t)
	want := Relationship{
		ID: "r1", ProgrammeID: "prog", MentorID: "m1", MenteeIDs: []string{"e1"}, Topic: "negotiation",
		State: StateProposed, Transitions: []Transition{{To: StateProposed, At: day}},
	}
	if diff := cmp.Diff(want, r); diff != "" {
		t.Fatalf("Propose (-want +got):\n%s", diff)
	}
	in := Relationship{ID: "r", ProgrammeID: "p", MentorID: "a", MenteeIDs: []string{"a", "b", "b"}}
	_, err := Propose(in, day)
	if diff := cmp.Diff([]problem{{"menteeIds[0]", ErrSelfMentoring}, {"menteeIds[2]", ErrDuplicate}}, problemsOf(t, err), cmp.Comparer(cmpErrs)); diff != "" {
		t.Errorf("Propose problems (-want +got):\n%s", diff)
	}
	_, err = Propose(r, day)
	if diff := cmp.Diff([]problem{{"state", ErrOutOfRange}, {"transitions", ErrOutOfRange}}, problemsOf(t, err), cmp.Comparer(cmpErrs)); diff != "" {
		t.Errorf("Propose(already proposed) problems (-want +got):\n%s", diff)
	}
	_, err = Propose(Relationship{ID: "r", ProgrammeID: "p", MentorID: "a", MenteeIDs: []string{"b"}}, time.Time{})
	if !errors.Is(err, ErrMissing) {
		t.Errorf("Propose at zero time = %v, want ErrMissing", err)
	}
}

func TestRelationshipValidate(t *testing.T) {
	at := func(h int) time.Time { return day.Add(time.Duration(h) * time.Hour) }
	tests := []struct {
		name   string
		modify func(r *Relationship)
		want   []problem
	}{
		{"valid", func(*Relationship) {}, nil},
		{"ids", func(r *Relationship) { r.ID, r.ProgrammeID, r.MentorID, r.MenteeIDs = "", "", "", nil }, []problem{
			{"id", ErrMissing}, {"programmeId", ErrMissing}, {"mentorId", ErrMissing}, {"menteeIds", ErrMissing},
		}},
		{"blank topic", func(r *Relationship) { r.Topic = "  " }, []problem{{"topic", ErrMissing}}},
		{"no history", func(r *Relationship) { r.Transitions = nil }, []problem{{"transitions", ErrMissing}}},
		{"history does not start with proposal", func(r *Relationship) {
			r.Transitions[0] = Transition{From: StateProposed, To: StateActive, At: day}
		}, []problem{{"transitions[0]", ErrIllegalTransition}, {"transitions[1].from", ErrIllegalTransition}}},
		{"illegal step", func(r *Relationship) {
			r.Transitions = append(r.Transitions, Transition{From: StatePaused, To: StateProposed, At: at(5)})
			r.State = StateProposed
		}, []problem{{"transitions[3]", ErrIllegalTransition}}},
		{"broken chain", func(r *Relationship) { r.Transitions[2].From = StateProposed }, []problem{
			{"transitions[2].from", ErrIllegalTransition},
		}},
		{"time goes back", func(r *Relationship) { r.Transitions[2].At = at(-1) }, []problem{{"transitions[2].at", ErrTimeOrder}}},
		{"zero time", func(r *Relationship) { r.Transitions[1].At = time.Time{} }, []problem{{"transitions[1].at", ErrMissing}}},
		{"reason on pause", func(r *Relationship) { r.Transitions[2].Reason = ReasonOther }, []problem{{"transitions[2].reason", ErrOutOfRange}}},
		{"state disagrees", func(r *Relationship) { r.State = StateActive }, []problem{{"state", ErrIllegalTransition}}},
		{"state unset", func(r *Relationship) { r.State = 0 }, []problem{{"state", ErrMissing}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := inState(t, StatePaused)
			tt.modify(&r)
			if diff := cmp.Diff(tt.want, problemsOf(t, r.Validate()), cmp.Comparer(cmpErrs)); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRelationshipHelpers(t *testing.T) {
	r := inState(t, StatePaused)
	if got, ok := r.Activated(); !ok || !got.Equal(day.Add(time.Hour)) {
		t.Errorf("Activated = %v, %v", got, ok)
	}
	if _, ok := proposed(t).Activated(); ok {
		t.Errorf("a proposed relationship reports an activation")
	}
	if !r.Since().Equal(day.Add(2 * time.Hour)) {
		t.Errorf("Since = %v", r.Since())
	}
	if !r.HasMember("m1") || !r.HasMember("e1") || r.HasMember("x") {
		t.Errorf("HasMember wrong")
	}
	c := r.Clone()
	c.MenteeIDs[0] = "x"
	c.Transitions[0].At = time.Time{}
	if r.MenteeIDs[0] != "e1" || r.Transitions[0].At.IsZero() {
		t.Errorf("Clone aliases")
	}
}

// TestLifecycleRandomWalks takes 2000 relationships (fixed seed) on random
// walks: every legal step keeps the relationship valid and records itself,
// every illegal one is refused with a TransitionError and changes nothing,
// and a final state stops the walk.
func TestLifecycleRandomWalks(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	all := []State{0, StateProposed, StateActive, StatePaused, StateCompleted, StateEnded}
	for walk := range 2000 {
		r := proposed(t)
		at := day
		for step := 0; step < 12 && !r.State.Final(); step++ {
			to := all[rng.IntN(len(all))]
			var reason EndReason
			if to == StateEnded {
				reason = EndReason(1 + rng.IntN(len(endReasonTable.Names())))
				if reason == ReasonDeclined && r.State != StateProposed {
					reason = ReasonOther
				}
			}
			at = at.Add(time.Duration(rng.IntN(72)) * time.Hour)
			next, err := r.Transition(to, at, reason)
			if !CanTransition(r.State, to) {
				var te *TransitionError
				if !errors.As(err, &te) || te.From != r.State || te.To != to {
					t.Fatalf("walk %d: %v → %v gave %v, want a TransitionError", walk, r.State, to, err)
				}
				continue
			}
			if err != nil {
				t.Fatalf("walk %d: legal %v → %v failed: %v", walk, r.State, to, err)
			}
			if err := next.Validate(); err != nil {
				t.Fatalf("walk %d: after %v → %v: %v", walk, r.State, to, err)
			}
			if len(next.Transitions) != len(r.Transitions)+1 || !next.Since().Equal(at) {
				t.Fatalf("walk %d: history not extended by one at %v: %+v", walk, at, next.Transitions)
			}
			r = next
		}
	}
}
