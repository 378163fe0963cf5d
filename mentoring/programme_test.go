package mentoring

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestProgrammeValidate(t *testing.T) {
	tests := []struct {
		name   string
		modify func(p *Programme)
		want   []problem
	}{
		{"valid", func(*Programme) {}, nil},
		{"valid while being set up", func(p *Programme) {
			*p = Programme{ID: "p", Name: "Draft", Format: FormatGroup}
		}, nil},
		{"identity", func(p *Programme) { p.ID, p.Name, p.Format = "", "", 0 }, []problem{
			{"id", ErrMissing}, {"name", ErrMissing}, {"format", ErrMissing},
		}},
		{"format undeclared", func(p *Programme) { p.Format = 99 }, []problem{{"format", ErrUnknownEnum}}},
		{"objective without statement", func(p *Programme) { p.Objectives[0].Statement = "" }, []problem{
			{"objectives[0].statement", ErrMissing},
		}},
		{"end before start", func(p *Programme) { p.End = p.Start.Add(-time.Hour) }, []problem{
			{"end", ErrTimeOrder},
			{"feedbackMoments[0]", ErrTimeOrder}, {"feedbackMoments[1]", ErrTimeOrder},
		}},
		{"end equals start", func(p *Programme) { p.End = p.Start; p.FeedbackMoments = nil }, []problem{{"end", ErrTimeOrder}}},
		{"cadence and hours", func(p *Programme) { p.Cadence = -1; p.HoursPerMonth = -2 }, []problem{
			{"cadence", ErrOutOfRange}, {"hoursPerMonth", ErrOutOfRange},
		}},
		{"cadence too long", func(p *Programme) { p.Cadence = MaxCadence + 1 }, []problem{{"cadence", ErrOutOfRange}}},
		{"guidelines", func(p *Programme) {
			p.Guidelines = append(p.Guidelines, Guideline{Role: RoleMentor, Responsibilities: []string{"x"}}, Guideline{})
		}, []problem{
			{"guidelines[2].role", ErrDuplicate},
			{"guidelines[3].role", ErrMissing}, {"guidelines[3].responsibilities", ErrMissing},
		}},
		{"feedback moment before start and zero", func(p *Programme) {
			p.FeedbackMoments = []time.Time{p.Start.Add(-time.Second), {}}
		}, []problem{
			{"feedbackMoments[0]", ErrTimeOrder}, {"feedbackMoments[1]", ErrMissing},
		}},
		{"group size outside group format", func(p *Programme) { p.GroupSize = GroupSize{Min: 2} }, []problem{
			{"groupSize", ErrOutOfRange},
		}},
		{"group size below defaults", func(p *Programme) {
			p.Format = FormatGroup
			p.GroupSize = GroupSize{Max: 3} // min defaults to 4
		}, []problem{{"groupSize", ErrOutOfRange}}},
		{"group size negative", func(p *Programme) {
			p.Format = FormatGroup
			p.GroupSize = GroupSize{Min: -1, Max: 3}
		}, []problem{{"groupSize.min", ErrOutOfRange}}},
		{"group size explicit", func(p *Programme) {
			p.Format = FormatGroup
			p.GroupSize = GroupSize{Min: 2, Max: 3}
		}, nil},
		{"peer band", func(p *Programme) { p.PeerBandYears = -1 }, []problem{{"peerBandYears", ErrOutOfRange}}},
		{"duplicate participant and bad participant", func(p *Programme) {
			p.Participants = append(p.Participants, testParticipant("e1", RoleMentee, LevelJunior, 3))
			p.Participants[0].Capacity = 0
		}, []problem{
			{"participants[0].capacity", ErrOutOfRange}, {"participants[3].person.id", ErrDuplicate},
		}},
		{"roles must fit the format", func(p *Programme) {
			p.Participants = append(p.Participants,
				testParticipant("r1", RoleReverseMentor, LevelJunior, 1),
				testParticipant("pm", RolePeerMentor, LevelJunior, 1))
		}, []problem{
			{"participants[3].role", ErrRoleMismatch}, {"participants[4].role", ErrRoleMismatch},
		}},
		{"peer programme takes only peer mentors", func(p *Programme) { p.Format = FormatPeer }, []problem{
			{"participants[0].role", ErrRoleMismatch}, {"participants[1].role", ErrRoleMismatch},
			{"participants[2].role", ErrRoleMismatch},
		}},
		{"reverse programme takes reverse mentors and mentees", func(p *Programme) {
			p.Format = FormatReverse
			p.Participants[0].Role = RoleReverseMentor
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := testProgramme()
			tt.modify(&p)
			got := problemsOf(t, p.Validate())
			if diff := cmp.Diff(tt.want, got, cmp.Comparer(cmpErrs)); diff != "" {
				t.Errorf("Validate problems (-want +got):\n%s", diff)
			}
		})
	}
}

func TestProgrammeCloneAndParticipant(t *testing.T) {
	p := testProgramme()
	q := p.Clone()
	if diff := cmp.Diff(p, q); diff != "" {
		t.Fatalf("Clone differs (-orig +clone):\n%s", diff)
	}
	q.Objectives[0].Statement = "x"
	q.Guidelines[0].Responsibilities[0] = "x"
	q.FeedbackMoments[0] = time.Time{}
	q.Participants[0].Person.Skills[0].Level = 1
	if diff := cmp.Diff(testProgramme(), p); diff != "" {
		t.Fatalf("editing the clone changed the original (-want +got):\n%s", diff)
	}
	m, ok := p.Participant("m1")
	if !ok || m.Role != RoleMentor {
		t.Fatalf("Participant(m1) = %+v, %v", m, ok)
	}
	m.Person.Skills[0].Level = 1
	if p.Participants[0].Person.Skills[0].Level != 3 {
		t.Fatalf("Participant result aliases the programme")
	}
	if _, ok := p.Participant("nobody"); ok {
		t.Fatalf("Participant(nobody) found someone")
	}
}
