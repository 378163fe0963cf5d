package mentoring

import (
	"fmt"
	"testing"
	"time"
)

// benchSessions returns n valid sessions of r1, a week apart, alternating
// initiators.
func benchSessions(n int) []Session {
	s := make([]Session, n)
	for i := range s {
		s[i] = testSession(fmt.Sprint("s", i), day.Add(time.Duration(i)*7*24*time.Hour+2*time.Hour))
		if i%2 == 0 {
			s[i].InitiatedBy = "m1"
		}
		s[i].MentorTalkShare = TalkShare(float64(i%10) / 10)
	}
	return s
}

func BenchmarkAssessHealth(b *testing.B) {
	r, err := Propose(Relationship{ID: "r1", ProgrammeID: "prog", MentorID: "m1", MenteeIDs: []string{"e1"}}, day)
	if err == nil {
		r, err = r.Activate(day.Add(time.Hour))
	}
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{10, 100, 1000} {
		sessions := benchSessions(n)
		now := day.Add(time.Duration(n+1) * 7 * 24 * time.Hour)
		b.Run(fmt.Sprint("sessions=", n), func(b *testing.B) {
			b.ReportAllocs()
			var sink Health
			for b.Loop() {
				sink, err = AssessHealth(r, sessions, fortnight, now, HealthConfig{})
				if err != nil {
					b.Fatal(err)
				}
			}
			_ = sink
		})
	}
}

// benchProgramme returns a valid one-to-one programme with n mentors and n
// mentees and n proposed relationships pairing them.
func benchProgramme(b *testing.B, n int) (Programme, []Relationship) {
	p := testProgramme()
	p.Participants = nil
	var rels []Relationship
	for i := range n {
		m := testParticipant(fmt.Sprint("m", i), RoleMentor, LevelSenior, 10)
		m.Person.Interests = []string{"sales", "retail", "AI"}
		e := testParticipant(fmt.Sprint("e", i), RoleMentee, LevelJunior, 1)
		e.WantsToDevelop = []string{"negotiation"}
		p.Participants = append(p.Participants, m, e)
		r, err := Propose(Relationship{ID: fmt.Sprint("r", i), ProgrammeID: p.ID, MentorID: m.Person.ID, MenteeIDs: []string{e.Person.ID}, Topic: "negotiation"}, day)
		if err != nil {
			b.Fatal(err)
		}
		rels = append(rels, r)
	}
	return p, rels
}

func BenchmarkProgrammeValidate(b *testing.B) {
	for _, n := range []int{10, 100, 1000} {
		p, _ := benchProgramme(b, n)
		b.Run(fmt.Sprint("pairs=", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := p.Validate(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkValidateRelationships(b *testing.B) {
	for _, n := range []int{10, 100, 1000} {
		p, rels := benchProgramme(b, n)
		b.Run(fmt.Sprint("pairs=", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := p.ValidateRelationships(rels); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkReview(b *testing.B) {
	for _, n := range []int{10, 1000} {
		p, _ := benchProgramme(b, n)
		b.Run(fmt.Sprint("pairs=", n), func(b *testing.B) {
			b.ReportAllocs()
			var sink Readiness
			for b.Loop() {
				sink = p.Review()
			}
			_ = sink
		})
	}
}
