package mentoring

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// TestSeveralRoles: a person may be mentor and mentee in one programme
// (mentoring e1 and mentored by m1), never twice in one role or three
// times, and never their own mentee.
func TestSeveralRoles(t *testing.T) {
	p := testProgramme()
	lead := testParticipant("e2", RoleMentor, LevelJunior, 2) // e2 also mentors
	p.Participants = append(p.Participants, lead)
	require.NoError(t, p.Validate(), "mentor and mentee in one programme")

	rels := []Relationship{
		rel(t, "r1", "prog", "m1", "sales", StateActive, "e2"), // e2 as mentee
		rel(t, "r2", "prog", "e2", "sales", StateActive, "e1"), // e2 as mentor
	}
	require.NoError(t, p.ValidateRelationships(rels))
	self := rel(t, "r3", "prog", "e2", "sales", StateActive, "e1")
	self.MenteeIDs = []string{"e2"}

	tests := []struct {
		name  string
		edit  func(p *Programme)
		rels  []Relationship
		wants []problem
	}{
		{"same role twice", func(p *Programme) {
			p.Participants = append(p.Participants, testParticipant("e1", RoleMentee, LevelJunior, 1))
		}, nil,
			[]problem{{"participants[4].person.id", ErrDuplicate}}},
		{"three entries", func(p *Programme) {
			p.Participants = append(p.Participants, testParticipant("e2", RoleMentee, LevelJunior, 2))
		}, nil,
			[]problem{{"participants[4].person.id", ErrDuplicate}}},
		{"mentor and mentee of themselves", nil, []Relationship{self},
			[]problem{{"relationships[0].menteeIds[0]", ErrSelfMentoring}}},
		{"a mentee who does not mentor", nil, append(rels[:2:2], rel(t, "r3", "prog", "e1", "sales", StateActive, "e2")),
			[]problem{{"relationships[2].mentorId", ErrRoleMismatch}, {"relationships[2].menteeIds[0]", ErrMutualMentoring}}},
		{"mutual on one topic", func(p *Programme) {
			p.Participants = append(p.Participants, testParticipant("m1", RoleMentee, LevelSenior, 12))
		},
			[]Relationship{rels[0], rel(t, "r3", "prog", "e2", "sales", StateActive, "m1")},
			[]problem{{"relationships[1].menteeIds[0]", ErrMutualMentoring}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := p.Clone()
			if tc.edit != nil {
				tc.edit(&q)
			}
			err := q.Validate()
			if tc.rels != nil {
				err = q.ValidateRelationships(tc.rels)
			}
			if d := cmp.Diff(tc.wants, problemsOf(t, err), cmp.Comparer(cmpErrs)); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}
