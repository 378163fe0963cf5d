package mentoring

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParticipantValidate(t *testing.T) {
	tests := []struct {
		name   string
		base   Participant
		modify func(p *Participant)
		want   []problem
	}{
		{"valid mentor", testParticipant("m", RoleMentor, LevelSenior, 9), func(*Participant) {}, nil},
		{"valid mentee", testParticipant("e", RoleMentee, LevelJunior, 1), func(*Participant) {}, nil},
		{"role missing", testParticipant("e", RoleMentee, LevelJunior, 1), func(p *Participant) { p.Role = 0 }, []problem{
			{"role", ErrMissing},
		}},
		{"role undeclared", testParticipant("e", RoleMentee, LevelJunior, 1), func(p *Participant) { p.Role = 42 }, []problem{
			{"role", ErrUnknownEnum},
		}},
		{"mentor without capacity", testParticipant("m", RoleReverseMentor, LevelJunior, 1), func(p *Participant) { p.Capacity = 0 }, []problem{
			{"capacity", ErrOutOfRange},
		}},
		{"mentor over capacity", testParticipant("m", RolePeerMentor, LevelJunior, 1), func(p *Participant) { p.Capacity = 101 }, []problem{
			{"capacity", ErrOutOfRange},
		}},
		{"mentee with capacity", testParticipant("e", RoleMentee, LevelJunior, 1), func(p *Participant) { p.Capacity = 1 }, []problem{
			{"capacity", ErrOutOfRange},
		}},
		{"minimum within capacity", testParticipant("m", RoleMentor, LevelSenior, 9), func(p *Participant) { p.Capacity, p.MinCapacity = 3, 3 }, nil},
		{"minimum above capacity", testParticipant("m", RoleMentor, LevelSenior, 9), func(p *Participant) { p.Capacity, p.MinCapacity = 2, 3 }, []problem{
			{"minCapacity", ErrOutOfRange},
		}},
		{"negative minimum", testParticipant("m", RoleMentor, LevelSenior, 9), func(p *Participant) { p.MinCapacity = -1 }, []problem{
			{"minCapacity", ErrOutOfRange},
		}},
		{"mentee with minimum", testParticipant("e", RoleMentee, LevelJunior, 1), func(p *Participant) { p.MinCapacity = 1 }, []problem{
			{"minCapacity", ErrOutOfRange},
		}},
		{"hours and topics", testParticipant("m", RoleMentor, LevelSenior, 9), func(p *Participant) {
			p.HoursPerMonth = 745
			p.Offers = []string{"sales", "Sales"}
			p.WantsToDevelop = []string{" "}
		}, []problem{
			{"offers[1]", ErrDuplicate}, {"wantsToDevelop[0]", ErrMissing}, {"hoursPerMonth", ErrOutOfRange},
		}},
		{"person problems are prefixed", testParticipant("m", RoleMentor, LevelSenior, 9), func(p *Participant) {
			p.Person.Name = ""
			p.Person.Skills[0].Level = 0
		}, []problem{
			{"person.name", ErrMissing}, {"person.skills[0].level", ErrOutOfRange},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.base
			tt.modify(&p)
			got := problemsOf(t, p.Validate())
			if diff := cmp.Diff(tt.want, got, cmp.Comparer(cmpErrs)); diff != "" {
				t.Errorf("Validate problems (-want +got):\n%s", diff)
			}
		})
	}
}

func TestOffersTopic(t *testing.T) {
	p := testParticipant("r", RoleReverseMentor, LevelJunior, 2)
	p.Offers = []string{"Social media", "AI tools"}
	for topic, want := range map[string]bool{"social media": true, " AI TOOLS": true, "ai": false, "": false} {
		if got := p.OffersTopic(topic); got != want {
			t.Errorf("OffersTopic(%q) = %v, want %v", topic, got, want)
		}
	}
}
