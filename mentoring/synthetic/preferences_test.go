package synthetic

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/mentoring"
)

// TestProgrammeRankedAndAvailability: rankings name people on the other
// side only, fitting ones first; windows validate; the options leave the
// rest of the programme as drawn without them.
func TestProgrammeRankedAndAvailability(t *testing.T) {
	for _, format := range []mentoring.Format{mentoring.FormatOneToOne, mentoring.FormatPeer, mentoring.FormatReverse, mentoring.FormatGroup} {
		org, err := Organisation(rand.New(rand.NewPCG(1, 2)), Config{People: 120})
		require.NoError(t, err)
		cfg := ProgrammeConfig{Format: format, Mentors: 10, Mentees: 30}
		plain, err := Programme(rand.New(rand.NewPCG(3, 4)), org, cfg)
		require.NoError(t, err)
		cfg.Ranked, cfg.Availability = 4, true
		prog, err := Programme(rand.New(rand.NewPCG(3, 4)), org, cfg)
		require.NoError(t, err, format)
		require.NoError(t, prog.Validate(), format)
		role := map[string]mentoring.Role{}
		for _, q := range prog.Participants {
			role[q.Person.ID] = q.Role
		}
		for i, q := range prog.Participants {
			require.Len(t, q.Preferences.Ranked, 4)
			require.NotEmpty(t, q.Person.Availability)
			for _, id := range slices.Concat(q.Preferences.Ranked, q.Preferences.Dismissed) {
				require.True(t, otherSide(q.Role, role[id]), "%s %s ranks %s %s", q.Role, q.Person.ID, role[id], id)
			}
			// Without the options the participant is the same.
			q.Preferences, q.Person.Availability = mentoring.Preferences{}, nil
			require.Empty(t, cmp.Diff(plain.Participants[i], q), format)
		}
	}
	_, err := Programme(rand.New(rand.NewPCG(3, 4)), nil, ProgrammeConfig{Mentors: 1, Mentees: 1, Ranked: 101})
	require.ErrorIs(t, err, ErrConfig)
}
