package pairing

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/mentoring"
)

// bruteMixKeep enumerates every assignment of the mentees (unmatched, or
// an allowed mentor by Explain) whose circles have an allowed size and
// meet the mix (by mixMeets), and returns the best value of (group
// minimum places filled, matched under PriorityParticipation, score +
// penalty per kept pair), kept meaning mentee e with mentor keep[e].
func bruteMixKeep(t *testing.T, p *Pairing, prog mentoring.Programme, cfg Config, keep map[int]int, penalty float64) (pairValue, bool) {
	nE, nM := len(p.mentees), len(p.mentors)
	ok := make([][]bool, nE)
	sc := make([][]float64, nE)
	for e := range nE {
		ok[e], sc[e] = make([]bool, nM), make([]float64, nM)
		for m := range nM {
			x, err := p.Explain(p.mentorID(m), p.menteeID(e))
			require.NoError(t, err)
			ok[e][m], sc[e][m] = len(x.Rules) == 0, x.Score
			if k, in := keep[e]; in && k == m {
				sc[e][m] += penalty
			}
		}
	}
	vals := func(attr string, ids []string) []string { return circleVals(prog, attr, ids) }
	a := make([]int, nE)
	var best pairValue
	found := false
	var rec func(e int)
	rec = func(e int) {
		if e == nE {
			circ := make([][]string, nM)
			v := pairValue{}
			for i, m := range a {
				if m >= 0 {
					circ[m] = append(circ[m], p.menteeID(i))
					v.matched++
					v.score += sc[i][m]
				}
			}
			for m, ids := range circ {
				if len(ids) == 0 {
					continue
				}
				if len(ids) < p.groupMin || len(ids) > p.capacity[m] {
					return
				}
				for _, c := range cfg.Rules.CircleMix {
					if !mixMeets(c, vals(c.Attribute, []string{p.mentorID(m)})[0], vals(c.Attribute, ids)) {
						return
					}
				}
				v.filled += min(len(ids), p.groupMin)
			}
			if !found || v.better(best, p.cfg.Priority) {
				best, found = v, true
			}
			return
		}
		a[e] = -1
		rec(e + 1)
		for m := range nM {
			if ok[e][m] {
				a[e] = m
				rec(e + 1)
			}
		}
	}
	rec(0)
	return best, found
}

// TestRematchCircleMixBruteForce: on 400 tiny group programmes with a
// circle mix and random active pairs (which seldom meet the mix),
// Rematch's circles have allowed sizes and meet the mix, CheckCircleMix
// finds nothing wrong and explains every circle dissolved for it; where
// the circles re-matched without the mix break it (so the exact search
// runs), Rematch reaches the brute-force optimum of (places filled,
// matched, score + penalty per kept pair) over every assignment that
// meets the mix. The mix comes before the penalty: a huge penalty never
// keeps a pair that breaks it.
func TestRematchCircleMixBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(29, 7))
	now := time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)
	var checked, exact int
	for it := range 400 {
		prog, cfg := mixInstance(rng, it)
		p0, err := New(prog, cfg)
		if err != nil {
			continue
		}
		st := State{ProgrammeID: prog.ID}
		keep := map[int]int{}
		for e := range p0.mentees {
			if rng.IntN(3) > 0 && len(p0.mentors) > 0 {
				m := rng.IntN(len(p0.mentors))
				st.Active = append(st.Active, Tenure{MentorID: p0.mentorID(m), MenteeID: p0.menteeID(e), Since: now.AddDate(0, -3, 0)})
				keep[e] = m
			}
		}
		penalty := []float64{0, 0.05, 0.3, 2, 1e3}[rng.IntN(5)]
		out, err := Rematch(prog, cfg, st, nil, penalty, now)
		if err != nil {
			require.True(t, errors.Is(err, ErrCircleMix) || errors.Is(err, ErrConfig), "instance %d: %v", it, err)
			continue
		}
		p, err := New(out.Programme, out.Config)
		require.NoError(t, err)
		checkMixResult(t, p, out.Programme, out.Config, out.Result, it)
		want, found := bruteMixKeep(t, p, out.Programme, cfg, keep, penalty)
		require.True(t, found, "instance %d: nobody matched always meets the mix", it)
		got := pairValue{matched: out.Result.Matched, score: out.Result.TotalScore}
		for _, c := range out.Result.Circles {
			got.filled += min(len(c.MenteeIDs), p.groupMin)
		}
		kept := keptPairs(p, out.Result, keep)
		got.score += penalty * float64(kept)
		msg := fmt.Sprintf("instance %d penalty %g: want %+v got %+v", it, penalty, want, got)
		require.False(t, got.better(want, cfg.Priority), "%s: above the optimum", msg)
		require.Equal(t, kept, out.Kept, msg)
		blind := cfg
		blind.Rules.CircleMix = nil
		ob, err := Rematch(prog, blind, st, nil, penalty, now)
		require.NoError(t, err, "instance %d", it)
		if !circlesMeet(prog, cfg, ob.Result) {
			exact++
			require.Equal(t, want.filled, got.filled, msg)
			if cfg.Priority == PriorityParticipation {
				require.Equal(t, want.matched, got.matched, msg)
			}
			require.InDelta(t, want.score, got.score, 1e-9*math.Max(1, penalty), msg)
		}
		// The repair heuristic (forced by an exact limit of 0) meets the
		// mix too.
		mixExactLimit = 0
		oh, err := Rematch(prog, cfg, st, nil, penalty, now)
		mixExactLimit = CircleMixExactLimit
		if err == nil {
			checkMixResult(t, p, out.Programme, out.Config, oh.Result, it)
		} else {
			require.True(t, errors.Is(err, ErrCircleMix), "instance %d heuristic: %v", it, err)
		}
		checked++
	}
	t.Logf("%d re-matches checked, %d where the mix changed the circles (exact search against brute force)", checked, exact)
	require.Greater(t, exact, 40)
}

// TestRematchCircleMixAfterLeaver: circles of at most three, at least one
// woman in each. g0 has e0 (the only woman there), e1 and e2; g1 has e3
// (a woman) and e4. e0 leaves: one woman is left for two circles, so one
// circle must go whatever the penalty. By hand: the circle kept holds e3,
// at most two of the active pairs can survive (e1 and e2 with g0, or e3
// and e4 with g1) and with a penalty above any score difference two do;
// the other mentor is dissolved for the mix.
func TestRematchCircleMixAfterLeaver(t *testing.T) {
	now := time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)
	prog := mixProgramme(11, 2, 3, "gender", make([]string, 5))
	prog.GroupSize = mentoring.GroupSize{Min: 2, Max: 3}
	cfg := Config{Rules: Rules{CircleMix: []CircleMix{{Attribute: "gender", Value: "f", Min: 1}}}}
	p0, err := New(prog, withoutMix(cfg))
	require.NoError(t, err)
	// Mentee i (by ID, as the Pairing sorts them) gets gender[i].
	gender := []string{"f", "m", "m", "f", "m"}
	for i := range prog.Participants {
		if q := &prog.Participants[i]; q.Role == mentoring.RoleMentee {
			q.Person.Attributes = map[string]string{"gender": gender[p0.menteeIdx[q.Person.ID]]}
		}
	}
	p0, err = New(prog, cfg)
	require.NoError(t, err)
	st := State{ProgrammeID: prog.ID}
	for e, m := range []int{0, 0, 0, 1, 1} {
		st.Active = append(st.Active, Tenure{MentorID: p0.mentorID(m), MenteeID: p0.menteeID(e), Since: now.AddDate(0, -3, 0)})
	}
	for _, penalty := range []float64{0, 1, 1e6} {
		out, err := Rematch(prog, cfg, st, []Event{{Kind: EventMenteeLeft, MenteeID: p0.menteeID(0)}}, penalty, now)
		require.NoError(t, err)
		p, err := New(out.Programme, out.Config)
		require.NoError(t, err)
		checkMixResult(t, p, out.Programme, out.Config, out.Result, 0)
		require.Len(t, out.Result.Circles, 1, "penalty %g", penalty)
		c := out.Result.Circles[0]
		require.Contains(t, c.MenteeIDs, p0.menteeID(3), "penalty %g", penalty)
		require.GreaterOrEqual(t, len(c.MenteeIDs), 2)
		require.LessOrEqual(t, out.Kept, 2, "penalty %g", penalty)
		if penalty == 1e6 {
			require.Equal(t, 2, out.Kept) // keeping outweighs any score
		}
		list, _ := fault.List(p.CheckCircleMix(out.Result)) // the dissolved mentor, explained
		require.Len(t, list, 1, "penalty %g", penalty)
		require.Contains(t, list[0].Field, "unmatched[", "penalty %g", penalty)
	}
}

// withoutMix is cfg without the circle mix (to index a programme whose
// attributes are not set yet).
func withoutMix(cfg Config) Config {
	cfg.Rules.CircleMix = nil
	return cfg
}
