package mentoring

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// rel returns a valid relationship in state s (proposed, active, completed
// or ended) of programme prog.
func rel(t *testing.T, id, prog, mentor string, topic string, s State, mentees ...string) Relationship {
	t.Helper()
	r, err := Propose(Relationship{ID: id, ProgrammeID: prog, MentorID: mentor, MenteeIDs: mentees, Topic: topic}, day)
	require.NoError(t, err)
	switch s {
	case StateActive:
		r, err = r.Activate(day)
	case StateCompleted:
		r, err = r.Activate(day)
		require.NoError(t, err)
		r, err = r.Complete(day)
	case StateEnded:
		r, err = r.End(day, ReasonDeclined)
	}
	require.NoError(t, err)
	return r
}

func reverseProgramme() Programme {
	p := testProgramme()
	p.ID, p.Format = "rev", FormatReverse
	junior := testParticipant("jr", RoleReverseMentor, LevelJunior, 2)
	junior.Offers = []string{"Sociale media", "AI tools"}
	p.Participants = []Participant{
		junior,
		testParticipant("exec", RoleMentee, LevelExecutive, 25),
		testParticipant("jr2", RoleMentee, LevelJunior, 1),   // less senior than jr
		testParticipant("jr3", RoleMentee, LevelJunior, 2),   // exactly as senior as jr
		testParticipant("med", RoleMentee, LevelMedior, 0.5), // higher level, fewer years
	}
	return p
}

func peerProgramme() Programme {
	p := testProgramme()
	p.ID, p.Format = "peer", FormatPeer
	p.Participants = []Participant{
		testParticipant("a", RolePeerMentor, LevelMedior, 5),
		testParticipant("b", RolePeerMentor, LevelSenior, 9),  // 4 years, one level from a
		testParticipant("c", RolePeerMentor, LevelMedior, 11), // 6 years from a
		testParticipant("d", RolePeerMentor, LevelLead, 7),    // two levels from a
	}
	return p
}

func TestValidateRelationships(t *testing.T) {
	group := testProgramme()
	group.ID, group.Format = "grp", FormatGroup
	group.Participants = []Participant{testParticipant("g", RoleMentor, LevelLead, 20)}
	group.Participants[0].Capacity = 12
	for i := range 7 {
		group.Participants = append(group.Participants, testParticipant(fmt.Sprint("n", i), RoleMentee, LevelJunior, 1))
	}
	cross := testProgramme()
	cross.ID, cross.Format = "x", FormatCrossOrganisation
	cross.Participants[0].Person.Organisation = "NLgroeit"
	cross.Participants[1].Person.Organisation = "Bakkerij Jansen"
	cross.Participants[2].Person.Organisation = "nlgroeit"
	pp := peerProgramme()
	pp.Participants[0].Capacity = 3

	tests := []struct {
		name string
		p    Programme
		rels func(t *testing.T) []Relationship
		want []problem
	}{
		{"one-to-one valid", testProgramme(), func(t *testing.T) []Relationship {
			return []Relationship{rel(t, "r1", "prog", "m1", "", StateActive, "e1"), rel(t, "r2", "prog", "m1", "", StateProposed, "e2")}
		}, nil},
		{"references and ids", testProgramme(), func(t *testing.T) []Relationship {
			return []Relationship{
				rel(t, "r1", "other", "ghost", "", StateActive, "e1"),
				rel(t, "r1", "prog", "m1", "", StateActive, "nobody"),
				rel(t, "r3", "prog", "e1", "", StateActive, "m1"),
			}
		}, []problem{
			{"relationships[0].programmeId", ErrUnknownReference}, {"relationships[0].mentorId", ErrUnknownReference},
			{"relationships[1].id", ErrDuplicate}, {"relationships[1].menteeIds[0]", ErrUnknownReference},
			{"relationships[2].mentorId", ErrRoleMismatch}, {"relationships[2].menteeIds[0]", ErrRoleMismatch},
		}},
		{"invalid relationship is reported with its index", testProgramme(), func(t *testing.T) []Relationship {
			r := rel(t, "r1", "prog", "m1", "", StateActive, "e1")
			r.State = StatePaused
			return []Relationship{r}
		}, []problem{{"relationships[0].state", ErrIllegalTransition}}},
		{"one-to-one takes one mentee", testProgramme(), func(t *testing.T) []Relationship {
			return []Relationship{rel(t, "r1", "prog", "m1", "", StateActive, "e1", "e2")}
		}, []problem{{"relationships[0].menteeIds", ErrGroupSize}}},
		{"capacity counts open relationships only", func() Programme {
			p := testProgramme()
			p.Participants[0].Capacity = 1
			return p
		}(), func(t *testing.T) []Relationship {
			return []Relationship{
				rel(t, "r0", "prog", "m1", "", StateCompleted, "e2"),
				rel(t, "r1", "prog", "m1", "", StateActive, "e1"),
				rel(t, "r2", "prog", "m1", "", StateProposed, "e2"),
				rel(t, "r3", "prog", "m1", "", StateEnded, "e2"),
			}
		}, []problem{{"relationships[2].mentorId", ErrCapacity}}},
		{"same pair and topic twice", testProgramme(), func(t *testing.T) []Relationship {
			return []Relationship{rel(t, "r1", "prog", "m1", "Sales", StateActive, "e1"), rel(t, "r2", "prog", "m1", "sales", StateProposed, "e1")}
		}, []problem{{"relationships[1].menteeIds[0]", ErrDuplicate}}},
		{"group within default 4 to 6", group, func(t *testing.T) []Relationship {
			return []Relationship{rel(t, "r1", "grp", "g", "", StateActive, "n0", "n1", "n2", "n3")}
		}, nil},
		{"group too small and too big", group, func(t *testing.T) []Relationship {
			return []Relationship{
				rel(t, "r1", "grp", "g", "", StateActive, "n0", "n1", "n2"),
				rel(t, "r2", "grp", "g", "second cohort", StateProposed, "n0", "n1", "n2", "n3", "n4", "n5", "n6"),
			}
		}, []problem{{"relationships[0].menteeIds", ErrGroupSize}, {"relationships[1].menteeIds", ErrGroupSize}}},
		{"reverse valid", reverseProgramme(), func(t *testing.T) []Relationship {
			return []Relationship{rel(t, "r1", "rev", "jr", "sociale-média", StateActive, "exec")}
		}, nil},
		{"reverse: higher level beats more years", reverseProgramme(), func(t *testing.T) []Relationship {
			return []Relationship{rel(t, "r1", "rev", "jr", "AI tools", StateActive, "med")}
		}, nil},
		{"reverse needs a topic", reverseProgramme(), func(t *testing.T) []Relationship {
			return []Relationship{rel(t, "r1", "rev", "jr", "", StateActive, "exec")}
		}, []problem{{"relationships[0].topic", ErrMissing}}},
		{"reverse topic not offered", reverseProgramme(), func(t *testing.T) []Relationship {
			return []Relationship{rel(t, "r1", "rev", "jr", "Finance", StateActive, "exec")}
		}, []problem{{"relationships[0].topic", ErrTopicNotOffered}}},
		{"reverse seniority not inverted", reverseProgramme(), func(t *testing.T) []Relationship {
			p := []Relationship{rel(t, "r1", "rev", "jr", "AI tools", StateActive, "jr2"), rel(t, "r2", "rev", "jr", "AI tools", StateProposed, "jr3")}
			return p
		}, []problem{{"relationships[0].menteeIds[0]", ErrNotInverted}, {"relationships[1].menteeIds[0]", ErrNotInverted}}},
		{"reverse mentor outside a reverse programme is still checked", func() Programme {
			p := reverseProgramme()
			p.Format = FormatOneToOne // roles no longer fit, but the relationship rules still apply
			return p
		}(), func(t *testing.T) []Relationship {
			return []Relationship{rel(t, "r1", "rev", "jr", "Finance", StateActive, "jr2")}
		}, []problem{{"relationships[0].topic", ErrTopicNotOffered}, {"relationships[0].menteeIds[0]", ErrNotInverted}}},
		{"peer within band", pp, func(t *testing.T) []Relationship {
			return []Relationship{rel(t, "r1", "peer", "a", "", StateActive, "b")}
		}, nil},
		{"peer outside band", pp, func(t *testing.T) []Relationship {
			return []Relationship{rel(t, "r1", "peer", "a", "x", StateActive, "c"), rel(t, "r2", "peer", "a", "y", StateActive, "d")}
		}, []problem{{"relationships[0].menteeIds[0]", ErrOutsidePeerBand}, {"relationships[1].menteeIds[0]", ErrOutsidePeerBand}}},
		{"peer band widened", func() Programme { p := pp.Clone(); p.PeerBandYears = 6; return p }(), func(t *testing.T) []Relationship {
			return []Relationship{rel(t, "r1", "peer", "a", "x", StateActive, "c")}
		}, nil},
		{"peers mentor each other on different topics", pp, func(t *testing.T) []Relationship {
			return []Relationship{rel(t, "r1", "peer", "a", "Excel", StateActive, "b"), rel(t, "r2", "peer", "b", "Presenting", StateActive, "a")}
		}, nil},
		{"peers mentor each other on the same topic", pp, func(t *testing.T) []Relationship {
			return []Relationship{rel(t, "r1", "peer", "a", "Presenteren", StateActive, "b"), rel(t, "r2", "peer", "b", "presenteren", StateProposed, "a")}
		}, []problem{{"relationships[1].menteeIds[0]", ErrMutualMentoring}}},
		{"mutual mentoring after the first ended is allowed", pp, func(t *testing.T) []Relationship {
			return []Relationship{rel(t, "r1", "peer", "a", "Excel", StateCompleted, "b"), rel(t, "r2", "peer", "b", "Excel", StateActive, "a")}
		}, nil},
		{"cross-organisation", cross, func(t *testing.T) []Relationship {
			return []Relationship{rel(t, "r1", "x", "m1", "", StateActive, "e1"), rel(t, "r2", "x", "m1", "", StateActive, "e2")}
		}, []problem{{"relationships[1].menteeIds[0]", ErrSameOrganisation}}},
		{"cross-organisation needs organisations", func() Programme {
			p := cross.Clone()
			p.Participants[1].Person.Organisation = ""
			return p
		}(), func(t *testing.T) []Relationship {
			return []Relationship{rel(t, "r1", "x", "m1", "", StateActive, "e1")}
		}, []problem{{"relationships[0].menteeIds[0]", ErrSameOrganisation}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rels := tt.rels(t)
			before := make([]Relationship, len(rels))
			for i, r := range rels {
				before[i] = r.Clone()
			}
			pBefore := tt.p.Clone()
			got := problemsOf(t, tt.p.ValidateRelationships(rels))
			if diff := cmp.Diff(tt.want, got, cmp.Comparer(cmpErrs)); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(before, rels); diff != "" {
				t.Errorf("relationships modified (-before +after):\n%s", diff)
			}
			if diff := cmp.Diff(pBefore, tt.p); diff != "" {
				t.Errorf("programme modified (-before +after):\n%s", diff)
			}
		})
	}
}

func TestValidateSessions(t *testing.T) {
	flash := testProgramme()
	flash.Format, flash.Cadence = FormatFlash, 0
	tests := []struct {
		name     string
		p        Programme
		sessions func() []Session
		want     []problem
	}{
		{"valid", testProgramme(), func() []Session {
			return []Session{testSession("s1", days(1)), testSession("s2", days(15))}
		}, nil},
		{"references, duplicates and time", testProgramme(), func() []Session {
			a := testSession("s1", days(1))
			b := testSession("s1", days(2))
			b.RelationshipID = "r9"
			c := testSession("s3", days(3))
			c.InitiatedBy = "e2"
			d := testSession("s4", days(-1))
			e := testSession("", days(4))
			return []Session{a, b, c, d, e}
		}, []problem{
			{"sessions[1].id", ErrDuplicate}, {"sessions[1].relationshipId", ErrUnknownReference},
			{"sessions[2].initiatedBy", ErrUnknownReference}, {"sessions[3].start", ErrTimeOrder},
			{"sessions[4].id", ErrMissing},
		}},
		{"flash has a single session", flash, func() []Session {
			return []Session{testSession("s1", days(1)), testSession("s2", days(2)), testSession("s3", days(3))}
		}, []problem{{"sessions[1].relationshipId", ErrTooManySessions}, {"sessions[2].relationshipId", ErrTooManySessions}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rels := []Relationship{rel(t, "r1", tt.p.ID, "m1", "", StateActive, "e1")}
			sessions := tt.sessions()
			got := problemsOf(t, tt.p.ValidateSessions(rels, sessions))
			if diff := cmp.Diff(tt.want, got, cmp.Comparer(cmpErrs)); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.sessions(), sessions); diff != "" {
				t.Errorf("sessions modified (-before +after):\n%s", diff)
			}
		})
	}
}
