package synthetic

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestSiteLanguagesAsMentoringReadsThem: site languages given as names
// and tags of one language ("Dutch" and "nl", "English" and the added
// "en") are used once, so every person passes Person.Validate, which
// refuses two entries of one tag; a language mentoring does not know is a
// ConfigError naming the entry.
func TestSiteLanguagesAsMentoringReadsThem(t *testing.T) {
	cfg := Config{People: 40, Sites: []Site{{Name: "A", Languages: []string{"English", "Dutch", "nl", "Nederlands"}}}}
	for seed := range uint64(20) {
		org, err := Organisation(rand.New(rand.NewPCG(seed, 1)), cfg)
		require.NoError(t, err)
		for i, p := range org {
			require.NoError(t, p.Validate(), "seed %d person %d", seed, i)
		}
	}
	_, err := Organisation(rand.New(rand.NewPCG(1, 1)), Config{Sites: []Site{{Name: "A", Languages: []string{"en", "klingon"}}}})
	require.ErrorIs(t, err, ErrConfig)
	require.ErrorContains(t, err, "sites[0].languages[1]")
}
