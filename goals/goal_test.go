package goals

import (
	"encoding/json"
	"errors"
	"math"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/stretchr/testify/require"
)

func TestGoalValidate(t *testing.T) {
	require.NoError(t, sessionsGoal().Validate())
	require.NoError(t, Goal{Title: "Beter worden in presenteren"}.Validate(), "a vague goal is well-formed")

	bad := Goal{
		ID:         "g-bad",
		Title:      " ",
		Direction:  Increase,
		Baseline:   Float(math.NaN()),
		Target:     Float(5),
		Band:       &Band{Min: 3, Max: 1},
		Weight:     -1,
		Start:      date(2026, 3, 1),
		Due:        date(2026, 2, 1),
		Commitment: Commitment(7),
		Milestones: []Milestone{{Title: "", Due: date(2026, 1, 1)}},
		Links:      []Link{{Kind: LinkObjective, ID: "a"}, {Kind: LinkObjective, ID: "a"}, {ID: ""}},
	}
	err := bad.Validate()
	want := []string{"title", "commitment", "baseline", "band", "band", "weight", "due",
		"milestones[0].title", "milestones[0].due", "links[1]", "links[2].kind", "links[2].id"}
	if diff := cmp.Diff(want, errorFields(t, err)); diff != "" {
		t.Errorf("Validate fields mismatch (-want +got):\n%s", diff)
	}
	for _, s := range []error{ErrMissing, ErrOutOfRange, ErrUnknownEnum, ErrTimeOrder, ErrInconsistent, ErrDuplicate} {
		if !errors.Is(err, s) {
			t.Errorf("Validate error does not wrap %v", s)
		}
	}
	var fe *FieldError
	require.True(t, errors.As(err, &fe))
	require.Equal(t, "required", fe.Code)
	require.Equal(t, "g-bad", fe.ID)
	require.ErrorIs(t, fe, ErrMissing)
	require.Equal(t, "is verplicht", fe.Message(true))
	require.Equal(t, `goals: title ("g-bad"): is required`, fe.Error())
	list, _ := fault.List(err)
	for _, fe := range list {
		require.Equal(t, "g-bad", fe.ID, "every error of Validate names the goal: %v", fe)
	}
}

func TestGoalJSONRoundTrip(t *testing.T) {
	g := sessionsGoal()
	g.Band = nil
	g.Weight = 2
	g.Commitment = Aspirational
	g.Milestones = []Milestone{{Title: "First", Due: date(2026, 2, 1), Owner: "ana", Done: true}}
	g.Start = time.Date(2026, 1, 1, 9, 30, 0, 0, time.FixedZone("CET", 3600))
	data, err := json.Marshal(g)
	require.NoError(t, err)
	var back Goal
	require.NoError(t, json.Unmarshal(data, &back))
	if diff := cmp.Diff(g, back); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
	// Stable lowerCamel names and string enums.
	var raw map[string]any
	require.NoError(t, json.Unmarshal(data, &raw))
	require.Equal(t, "increase", raw["direction"])
	require.Equal(t, "aspirational", raw["commitment"])
	require.Equal(t, "objective", raw["links"].([]any)[0].(map[string]any)["kind"])
	// The zero goal round-trips too.
	data, err = json.Marshal(Goal{})
	require.NoError(t, err)
	back = Goal{}
	require.NoError(t, json.Unmarshal(data, &back))
	require.Equal(t, Goal{}, back)
}

func TestGoalJSONUnknownEnum(t *testing.T) {
	for _, in := range []string{
		`{"title":"x","direction":"sideways"}`,
		`{"title":"x","commitment":"maybe"}`,
		`{"title":"x","links":[{"kind":"hobby","id":"a"}]}`,
	} {
		var g Goal
		err := json.Unmarshal([]byte(in), &g)
		if !errors.Is(err, ErrUnknownEnum) {
			t.Errorf("Unmarshal(%s) error = %v, want ErrUnknownEnum", in, err)
		}
	}
	_, err := json.Marshal(Goal{Title: "x", Direction: Direction(9)})
	require.ErrorIs(t, err, ErrUnknownEnum)
}

func TestGoalClone(t *testing.T) {
	g := sessionsGoal()
	g.Band = &Band{Min: 1, Max: 2}
	g.Milestones = []Milestone{{Title: "m"}}
	c := g.Clone()
	*c.Baseline, *c.Target, c.Band.Min, c.Milestones[0].Title, c.Links[0].ID = 9, 9, 9, "changed", "changed"
	if diff := cmp.Diff(sessionsGoal().Links, g.Links); diff != "" {
		t.Errorf("Clone shares links (-want +got):\n%s", diff)
	}
	require.Equal(t, 2.0, *g.Baseline)
	require.Equal(t, 10.0, *g.Target)
	require.Equal(t, 1.0, g.Band.Min)
	require.Equal(t, "m", g.Milestones[0].Title)
}

func TestCheckInJSONRoundTrip(t *testing.T) {
	cs := []CheckIn{{Time: date(2026, 1, 2), Value: 3.5, Confidence: Float(0.8)}, {Time: date(2026, 1, 9), Value: 4}}
	data, err := json.Marshal(cs)
	require.NoError(t, err)
	var back []CheckIn
	require.NoError(t, json.Unmarshal(data, &back))
	if diff := cmp.Diff(cs, back, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
}

func TestDetectLanguage(t *testing.T) {
	tests := []struct {
		text string
		want Language
	}{
		{"", English},
		{"Leiderschap", Dutch},              // ij, sch
		{"Stakeholder management", English}, // no marker words; ck outweighs nothing Dutch
		{"Ik wil beter presenteren", Dutch},
		{"I want to present better", English},
		{"Z.s.m. een mentor vinden", Dutch},
	}
	for _, tt := range tests {
		if got := DetectLanguage(tt.text); got != tt.want {
			t.Errorf("DetectLanguage(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
