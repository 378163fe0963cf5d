package pairing

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/matching/stable"
)

// TestUnmatchedAgainstPairs checks the grouped counting of Result.Unmatched
// against a pair-by-pair count from Explain on random programmes (the
// language and time-zone rules on or off, minimum scores, bans, peer
// programmes): each forbidden partner counts under the language rule,
// else the time-zone rule, when it breaks one, else under its first rule;
// Allowed and Full count the allowed partners and, for a mentee, those
// whose places are all taken.
func TestUnmatchedAgainstPairs(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 5))
	checked := 0
	for trial := range 200 {
		prog, cfg := pairRandomProgramme(rng, 1+rng.IntN(6), 1+rng.IntN(10))
		cfg.Rules.SharedLanguage = rng.IntN(2) == 0
		cfg.Rules.MaxTimeZoneGap = []int{0, 120, 360}[rng.IntN(3)]
		if rng.IntN(4) == 0 {
			prog = pairPeer(rng, prog)
		}
		p, err := New(prog, cfg)
		if err != nil {
			continue
		}
		res, err := p.Solve()
		if err != nil {
			continue // an unreachable minimum, for instance
		}
		n := map[string]int{}
		for _, q := range res.Pairs {
			n[q.MentorID]++
		}
		var want []Unmatched
		count := func(e, m int, rules *[numRules]int, allowed, full *int) {
			x, err := p.explain(e, m)
			require.NoError(t, err)
			switch {
			case len(x.Rules) == 0:
				*allowed++
				if n[p.mentorID(m)] >= p.capacity[m] {
					*full++
				}
			case slices.Contains(x.Rules, RuleNoSharedLanguage):
				rules[RuleNoSharedLanguage]++
			case slices.Contains(x.Rules, RuleTimeZoneGap):
				rules[RuleTimeZoneGap]++
			default:
				rules[x.Rules[0]]++
			}
		}
		matched := map[string]bool{}
		for _, q := range res.Pairs {
			matched[q.MenteeID] = true
		}
		for e := range p.mentees {
			if matched[p.menteeID(e)] {
				continue
			}
			var c unmatchedCounter
			for m := range p.mentors {
				count(e, m, &c.counts, &c.allowed, &c.full)
			}
			u := Unmatched{ID: p.menteeID(e), Side: stable.SideMentee, Reason: ReasonCapacityExhausted, Allowed: c.allowed, Full: c.full, Rules: c.rules()}
			if c.allowed == 0 {
				u.Reason = ReasonNoAllowedMentor
			}
			want = append(want, u)
		}
		for m := range p.mentors {
			if n[p.mentorID(m)] > 0 {
				continue
			}
			var c unmatchedCounter
			var full int
			for e := range p.mentees {
				count(e, m, &c.counts, &c.allowed, &full)
			}
			u := Unmatched{ID: p.mentorID(m), Side: stable.SideMentor, Reason: ReasonNotNeeded, Allowed: c.allowed}
			if c.allowed == 0 {
				u.Reason, u.Rules = ReasonNoAllowedMentee, c.rules()
			}
			want = append(want, u)
		}
		if d := cmp.Diff(want, res.Unmatched); d != "" {
			t.Fatalf("trial %d: unmatched (-pair by pair +grouped):\n%s", trial, d)
		}
		checked++
	}
	require.Greater(t, checked, 100)
}
