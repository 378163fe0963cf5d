package matching

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/mentoring/synthetic"
)

func TestAlternatives(t *testing.T) {
	rng := rand.New(rand.NewPCG(10, 8))
	people, err := synthetic.Organisation(rng, synthetic.Config{People: 80})
	require.NoError(t, err)
	prog, err := synthetic.Programme(rng, people, synthetic.ProgrammeConfig{Mentors: 8, Mentees: 14})
	require.NoError(t, err)
	for _, prio := range []Priority{PriorityScore, PriorityParticipation} {
		p, err := NewPairing(prog, Config{Priority: prio})
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
	p, err := NewPairing(prog, Config{})
	require.NoError(t, err)
	_, err = p.Alternatives(AlternativeOptions{K: -1})
	require.ErrorIs(t, err, ErrConfig)
	_, err = p.Alternatives(AlternativeOptions{Bans: []PairRef{{MentorID: "nobody", MenteeID: "x"}}})
	require.ErrorIs(t, err, ErrUnknownID)
}
