package pairing

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/matching/stable"
	"github.com/mentorkit/mentorkit/mentoring"
	"github.com/mentorkit/mentorkit/mentoring/synthetic"
)

func TestAlternatives(t *testing.T) {
	rng := rand.New(rand.NewPCG(10, 8))
	people, err := synthetic.Organisation(rng, synthetic.Config{People: 80})
	require.NoError(t, err)
	prog, err := synthetic.Programme(rng, people, synthetic.ProgrammeConfig{Mentors: 8, Mentees: 14})
	require.NoError(t, err)
	for _, prio := range []Priority{PriorityScore, PriorityParticipation} {
		p, err := New(prog, Config{Priority: prio, Directory: pairDirectory(t, mentoring.DirectoryStrict, people...)})
		require.NoError(t, err)
		res, err := p.Solve()
		require.NoError(t, err)
		alts, err := p.Alternatives(AlternativeOptions{K: 6})
		require.NoError(t, err)
		require.Len(t, alts, 6)
		require.InDelta(t, res.TotalScore, alts[0].TotalScore, 1e-9)
		require.Equal(t, res.Matched, alts[0].Matched)
		for k := 1; k < len(alts); k++ {
			if prio == PriorityScore {
				require.GreaterOrEqual(t, alts[k-1].TotalScore+1e-12, alts[k].TotalScore)
			} else {
				require.GreaterOrEqual(t, alts[k-1].Matched, alts[k].Matched)
			}
			require.NotEqual(t, alts[k-1].Pairs, alts[k].Pairs)
		}
		// Keep the first pair of the second alternative, ban the first
		// pair of the optimum.
		keep, ban := alts[1].Pairs[0], alts[0].Pairs[0]
		if keep == ban {
			keep = alts[1].Pairs[1]
		}
		more, err := p.Alternatives(AlternativeOptions{K: 3, Locks: []PairRef{keep}, Bans: []PairRef{ban}})
		require.NoError(t, err)
		for _, a := range more {
			require.True(t, slices.Contains(a.Pairs, keep))
			require.False(t, slices.Contains(a.Pairs, ban))
		}
	}
	p, err := New(prog, Config{Directory: pairDirectory(t, mentoring.DirectoryStrict, people...)})
	require.NoError(t, err)
	_, err = p.Alternatives(AlternativeOptions{K: -1})
	require.ErrorIs(t, err, ErrConfig)
	_, err = p.Alternatives(AlternativeOptions{Bans: []PairRef{{MentorID: "nobody", MenteeID: "x"}}})
	require.ErrorIs(t, err, ErrUnknownID)
}

// TestScoreTablePreferencesKeepLocks: with locks, stable matchings on the
// table's preferences contain every lock, whichever side proposes.
func TestScoreTablePreferencesKeepLocks(t *testing.T) {
	rng := rand.New(rand.NewPCG(10, 9))
	people, err := synthetic.Organisation(rng, synthetic.Config{People: 90})
	require.NoError(t, err)
	prog, err := synthetic.Programme(rng, people, synthetic.ProgrammeConfig{Mentors: 8, Mentees: 16})
	require.NoError(t, err)
	p, err := New(prog, Config{Directory: pairDirectory(t, mentoring.DirectoryStrict, people...)})
	require.NoError(t, err)
	free, err := p.ScoreTable()
	require.NoError(t, err)
	// Lock each of the first mentees to its worst allowed mentor with room.
	var locks []PairRef
	used := map[int]int{}
	for e := 0; e < len(free.MenteeIDs) && len(locks) < 4; e++ {
		worst := -1
		for m := range free.MentorIDs {
			s := free.Scores.At(e, m)
			if s > -1 && used[m] < free.Capacity[m] && (worst < 0 || s < free.Scores.At(e, worst)) {
				worst = m
			}
		}
		if worst >= 0 {
			used[worst]++
			locks = append(locks, PairRef{MentorID: free.MentorIDs[worst], MenteeID: free.MenteeIDs[e]})
		}
	}
	require.NotEmpty(t, locks)
	p, err = New(prog, Config{Directory: pairDirectory(t, mentoring.DirectoryStrict, people...), Rules: Rules{Locks: locks}})
	require.NoError(t, err)
	tab, err := p.ScoreTable()
	require.NoError(t, err)
	require.Len(t, tab.Locks, len(locks))
	prefs, err := tab.Preferences()
	require.NoError(t, err)
	for _, side := range []stable.Side{stable.SideMentee, stable.SideMentor} {
		st, err := stable.Match(prefs, side)
		require.NoError(t, err)
		for _, l := range tab.Locks {
			require.Equal(t, l.Col, st.MenteeToMentor[l.Row], "lock %v, %v proposing", l, side)
		}
		bp, err := stable.BlockingPairs(prefs, st.MenteeToMentor)
		require.NoError(t, err)
		require.Empty(t, bp)
	}
}

// TestAlternativesOneSideEmpty: with no mentees, or no mentors, the only
// pairing is the empty one, and the table's preferences have one empty
// list per participant. Before, a programme of one mentor and no mentees
// failed with "capacity: must have one entry per column (0)": its score
// table is the 0×0 Dense (gonum has no 0×1 matrix) beside one capacity.
func TestAlternativesOneSideEmpty(t *testing.T) {
	lead := pairPerson("m0", 15, mentoring.LevelLead)
	junior := pairPerson("e0", 1, mentoring.LevelJunior)
	for name, parts := range map[string][]mentoring.Participant{
		"mentors only": {pairMentor(lead, 2, "Go")},
		"mentees only": {pairMentee(junior, "Go")},
	} {
		t.Run(name, func(t *testing.T) {
			p, err := New(mentoring.Programme{ID: "p", Name: "P", Format: mentoring.FormatOneToOne, Participants: parts}, Config{})
			require.NoError(t, err)
			alts, err := p.Alternatives(AlternativeOptions{})
			require.NoError(t, err)
			require.Equal(t, []Alternative{{Pairs: []PairRef{}}}, alts)
			tab, err := p.ScoreTable()
			require.NoError(t, err)
			prefs, err := tab.Preferences()
			require.NoError(t, err)
			require.Len(t, prefs.Mentees, len(tab.MenteeIDs))
			require.Len(t, prefs.Mentors, len(tab.MentorIDs))
			st, err := stable.Match(prefs, stable.SideMentee)
			require.NoError(t, err)
			require.Len(t, st.MenteeToMentor, len(tab.MenteeIDs))
		})
	}
}
