package mentoring

import (
	"math"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// testSession returns a valid one-hour session of r1 started by e1.
func testSession(id string, start time.Time) Session {
	return Session{
		ID: id, RelationshipID: "r1", Start: start, Duration: time.Hour, InitiatedBy: "e1",
		Techniques: []Technique{TechniqueOpenQuestions, TechniqueReflection},
		GoalIDs:    []string{"g1"},
	}
}

func TestSessionValidate(t *testing.T) {
	tests := []struct {
		name   string
		modify func(s *Session)
		want   []problem
	}{
		{"valid", func(*Session) {}, nil},
		{"valid talk share edges", func(s *Session) { s.MentorTalkShare = TalkShare(1) }, nil},
		{"missing", func(s *Session) { *s = Session{} }, []problem{
			{"id", ErrMissing}, {"relationshipId", ErrMissing}, {"start", ErrMissing},
			{"duration", ErrOutOfRange}, {"initiatedBy", ErrMissing},
		}},
		{"duration too long", func(s *Session) { s.Duration = 25 * time.Hour }, []problem{{"duration", ErrOutOfRange}}},
		{"talk share", func(s *Session) { s.MentorTalkShare = TalkShare(math.NaN()) }, []problem{{"mentorTalkShare", ErrOutOfRange}}},
		{"talk share above 1", func(s *Session) { s.MentorTalkShare = TalkShare(1.01) }, []problem{{"mentorTalkShare", ErrOutOfRange}}},
		{"techniques", func(s *Session) {
			s.Techniques = []Technique{TechniqueGuidance, 0, TechniqueGuidance, 99}
		}, []problem{
			{"techniques[1]", ErrMissing}, {"techniques[2]", ErrDuplicate}, {"techniques[3]", ErrUnknownEnum},
		}},
		{"goal ids", func(s *Session) { s.GoalIDs = []string{"g1", "", "g1"} }, []problem{
			{"goalIds[1]", ErrMissing}, {"goalIds[2]", ErrDuplicate},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := testSession("s1", day)
			tt.modify(&s)
			if diff := cmp.Diff(tt.want, problemsOf(t, s.Validate()), cmp.Comparer(cmpErrs)); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTechniqueJSONNames(t *testing.T) {
	// The five techniques, named by hand.
	want := []string{"guidance", "reflection", "roleModel", "openQuestions", "reverseMentoring"}
	for i, n := range want {
		tq := Technique(i + 1)
		b, err := tq.MarshalText()
		if err != nil || string(b) != n {
			t.Errorf("Technique(%d).MarshalText() = %s, %v; want %s", i+1, b, err, n)
		}
		var back Technique
		if err := back.UnmarshalText([]byte(n)); err != nil || back != tq {
			t.Errorf("UnmarshalText(%s) = %v, %v", n, back, err)
		}
	}
	x := TechniqueGuidance
	if err := x.UnmarshalText([]byte("coaching")); err == nil || x != TechniqueGuidance {
		t.Errorf("UnmarshalText(coaching) = %v, %v; want an error and no change", x, err)
	}
}

func TestSessionClone(t *testing.T) {
	s := testSession("s1", day)
	s.MentorTalkShare = TalkShare(0.4)
	c := s.Clone()
	*c.MentorTalkShare = 0.9
	c.Techniques[0] = TechniqueGuidance
	c.GoalIDs[0] = "x"
	if *s.MentorTalkShare != 0.4 || s.Techniques[0] != TechniqueOpenQuestions || s.GoalIDs[0] != "g1" {
		t.Fatalf("Clone aliases the original: %+v", s)
	}
}
