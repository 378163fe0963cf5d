package pairing

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/mentoring"
)

// TestWhyNotForeignResult: a Result of another Pairing is refused with
// ErrOtherProgramme (an ErrConfig) even when it has the same programme ID
// and as many mentees: its participants fingerprint differs.
// Here the first pairing has three mentors and pairs e2 with m2 (the only
// one offering "AI"); the second, of the same programme ID without m1 and
// m2, used to read mentor index 2 from that result and panicked with an
// index out of range.
func TestWhyNotForeignResult(t *testing.T) {
	lead := func(id string) mentoring.Person { return pairPerson(id, 15, mentoring.LevelLead) }
	junior := func(id string) mentoring.Person { return pairPerson(id, 1, mentoring.LevelJunior) }
	mentees := []mentoring.Participant{
		pairMentee(junior("e0"), "Go"), pairMentee(junior("e1"), "retail"), pairMentee(junior("e2"), "AI"),
	}
	all := append([]mentoring.Participant{
		pairMentor(lead("m0"), 1, "Go"), pairMentor(lead("m1"), 1, "retail"), pairMentor(lead("m2"), 1, "AI"),
	}, mentees...)
	few := append([]mentoring.Participant{pairMentor(lead("m0"), 1, "Go")}, mentees...)
	p1, err := New(mentoring.Programme{ID: "spring", Name: "Spring", Format: mentoring.FormatOneToOne, Participants: all}, Config{})
	require.NoError(t, err)
	p2, err := New(mentoring.Programme{ID: "spring", Name: "Spring", Format: mentoring.FormatOneToOne, Participants: few}, Config{})
	require.NoError(t, err)
	res1, err := p1.Solve()
	require.NoError(t, err)
	require.Contains(t, pairKeys(res1), "m2/e2")

	_, err = p2.WhyNot(res1, "m0", "e2")
	require.ErrorIs(t, err, ErrConfig)
	require.ErrorIs(t, err, ErrOtherProgramme)
	require.ErrorContains(t, err, "result.fingerprint.participants")
	w, err := p1.WhyNot(res1, "m0", "e2")
	require.NoError(t, err)
	require.Equal(t, "m2", w.CurrentMentorID)
}
