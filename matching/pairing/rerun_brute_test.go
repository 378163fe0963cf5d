package pairing

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/mentoring"
)

// rerunBrute enumerates every pairing of p (each mentee unmatched or with
// an allowed mentor with a free place, locks held) and returns the best
// value of (places of AtLeastOne filled, matched under
// PriorityParticipation, total score + penalty per kept pair), kept
// meaning mentee e with mentor keep[e]. Allowed pairs and scores come
// from Explain.
func rerunBrute(t *testing.T, p *Pairing, keep map[int]int, penalty float64) (best pairValue, hard int) {
	nE, nM := len(p.mentees), len(p.mentors)
	type opt struct {
		m int
		v float64
	}
	opts := make([][]opt, nE)
	for e := range nE {
		if l := p.lockOf[e]; l >= 0 {
			x, err := p.explain(e, int(l))
			require.NoError(t, err)
			v := x.Score
			if k, ok := keep[e]; ok && k == int(l) {
				v += penalty // kept by the lock: a constant of the objective
			}
			opts[e] = []opt{{int(l), v}}
			continue
		}
		opts[e] = []opt{{-1, 0}}
		for m := range nM {
			x, err := p.explain(e, m)
			require.NoError(t, err)
			if len(x.Rules) > 0 {
				continue
			}
			v := x.Score
			if k, ok := keep[e]; ok && k == m {
				v += penalty
			}
			opts[e] = append(opts[e], opt{m, v})
		}
	}
	fill := 0
	if p.cfg.AtLeastOne {
		fill = 1
	}
	load := make([]int, nM)
	found := false
	var rec func(e int, cur pairValue)
	rec = func(e int, cur pairValue) {
		if e == nE {
			v, h := cur, 0
			for m, n := range load {
				h += min(n, p.minOf(m))
				v.filled += max(0, min(n, fill)-p.minOf(m))
			}
			if !found || h > hard || (h == hard && v.better(best, p.cfg.Priority)) {
				best, hard, found = v, h, true
			}
			return
		}
		for _, o := range opts[e] {
			if o.m < 0 {
				rec(e+1, cur)
				continue
			}
			if load[o.m] == p.capacity[o.m] {
				continue
			}
			load[o.m]++
			rec(e+1, pairValue{cur.filled, cur.matched + 1, cur.score + o.v})
			load[o.m]--
		}
	}
	rec(0, pairValue{})
	return best, hard
}

// TestRematchAgainstBruteForce: on random small programmes with random
// active pairs and penalties, Rematch's pairing reaches the brute-force
// optimum of score + penalty per kept pair (lexicographically after the
// places filled and the mentees matched), and with penalty 0 the total
// score of a cold Solve.
func TestRematchAgainstBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 3))
	now := time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)
	checked := 0
	for trial := range 300 {
		prog, cfg := pairRandomProgramme(rng, 1+rng.IntN(3), 1+rng.IntN(5))
		if rng.IntN(5) == 0 {
			prog = pairPeer(rng, prog)
		}
		for i := range prog.Participants {
			if q := &prog.Participants[i]; q.Role == mentoring.RoleMentor && rng.IntN(4) == 0 {
				q.MinCapacity = 1 + rng.IntN(q.Capacity)
			}
		}
		p0, err := New(prog, cfg)
		if err != nil {
			continue
		}
		// Random active pairs, allowed or not, a mentee in at most one.
		st := State{ProgrammeID: prog.ID}
		for e := range p0.mentees {
			if rng.IntN(3) > 0 && len(p0.mentors) > 0 {
				m := rng.IntN(len(p0.mentors))
				st.Active = append(st.Active, Tenure{MentorID: p0.mentorID(m), MenteeID: p0.menteeID(e), Since: now.AddDate(0, -3, 0)})
			}
		}
		penalty := []float64{0, 0.05, 0.3, 2, 10}[rng.IntN(5)]
		out, err := Rematch(prog, cfg, st, nil, penalty, now)
		keep := map[int]int{}
		for _, a := range st.Active {
			keep[p0.menteeIdx[a.MenteeID]] = p0.mentorIdx[a.MentorID]
		}
		want, hard := rerunBrute(t, p0, keep, penalty)
		need := 0
		for m := range p0.mentors {
			need += p0.minOf(m)
		}
		if errors.Is(err, ErrMinCapacity) {
			require.Less(t, hard, need, "trial %d: a minimum reported unreachable that brute force reaches", trial)
			continue
		}
		require.NoError(t, err, "trial %d", trial)
		require.Equal(t, need, hard, "trial %d", trial)
		p, err := New(out.Programme, out.Config)
		require.NoError(t, err)
		got := pairValueOf(p, out.Result, map[bool]int{true: 1}[cfg.AtLeastOne])
		got.filled = 0
		n := map[string]int{}
		for _, q := range out.Result.Pairs {
			n[q.MentorID]++
		}
		for m := range p.mentors {
			got.filled += max(0, min(n[p.mentorID(m)], map[bool]int{true: 1}[cfg.AtLeastOne])-p.minOf(m))
		}
		kept := keptPairs(p, out.Result, keep)
		got.score += penalty * float64(kept)
		msg := fmt.Sprintf("trial %d penalty %g: want %+v got %+v", trial, penalty, want, got)
		require.Equal(t, want.filled, got.filled, msg)
		if cfg.Priority == PriorityParticipation {
			require.Equal(t, want.matched, got.matched, msg)
		}
		require.InDelta(t, want.score, got.score, 1e-9, msg)
		require.Equal(t, kept, out.Kept, msg)
		require.GreaterOrEqual(t, out.ScoreGivenUp, -1e-9, msg)
		if penalty == 0 {
			require.InDelta(t, 0, out.ScoreGivenUp, 1e-9, msg)
			cold, err := p.Solve()
			require.NoError(t, err)
			require.InDelta(t, cold.TotalScore, out.Result.TotalScore, 1e-9, msg)
			require.Equal(t, cold.Matched, out.Result.Matched, msg)
		}
		for _, x := range out.Broken {
			require.NotEmpty(t, x.Rules, msg)
		}
		if penalty > float64(len(p.mentees)) && cfg.Priority == PriorityScore && !cfg.AtLeastOne && need == 0 {
			// Every allowed active pair whose mentor has room for all of
			// them is kept.
			load := map[int]int{}
			for e, m := range keep {
				if x, _ := p.explain(e, m); len(x.Rules) == 0 && p.lockOf[e] < 0 {
					load[m]++
				}
			}
			for e, m := range keep {
				if x, _ := p.explain(e, m); len(x.Rules) == 0 && p.lockOf[e] < 0 && load[m]+p.lockN[m] <= p.capacity[m] {
					found := false
					for _, q := range out.Result.Pairs {
						found = found || (q.MenteeID == p.menteeID(e) && q.MentorID == p.mentorID(m))
					}
					require.True(t, found, "%s: %s–%s not kept", msg, p.mentorID(m), p.menteeID(e))
				}
			}
		}
		checked++
	}
	require.Greater(t, checked, 150)
}

// TestRematchColumnGeneration: with one starting candidate per mentee
// (so nearly every pair is priced in by the duals), Rematch reaches the
// same objective as with every allowed pair from the start, on random
// programmes of up to 30 mentees; and the brute-force check holds with
// two starting candidates.
func TestRematchColumnGeneration(t *testing.T) {
	defer func(k int) { rematchCandidates = k }(rematchCandidates)
	rng := rand.New(rand.NewPCG(16, 9))
	now := time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)
	value := func(p *Pairing, out Rematching, keep map[string]string, penalty float64) float64 {
		v := out.Result.TotalScore
		for _, q := range out.Result.Pairs {
			if keep[q.MenteeID] == q.MentorID {
				v += penalty
			}
		}
		return v
	}
	checked := 0
	for trial := range 120 {
		prog, cfg := pairRandomProgramme(rng, 2+rng.IntN(7), 5+rng.IntN(26))
		p0, err := New(prog, cfg)
		if err != nil {
			continue
		}
		st := State{ProgrammeID: prog.ID}
		keep := map[string]string{}
		for e := range p0.mentees {
			if rng.IntN(2) == 0 {
				m := p0.mentorID(rng.IntN(len(p0.mentors)))
				st.Active = append(st.Active, Tenure{MentorID: m, MenteeID: p0.menteeID(e), Since: now})
				keep[p0.menteeID(e)] = m
			}
		}
		penalty := []float64{0, 0.1, 0.5, 3}[rng.IntN(4)]
		rematchCandidates = 1 << 30
		full, err := Rematch(prog, cfg, st, nil, penalty, now)
		if err != nil {
			continue
		}
		rematchCandidates = 1
		pruned, err := Rematch(prog, cfg, st, nil, penalty, now)
		require.NoError(t, err, "trial %d", trial)
		msg := fmt.Sprintf("trial %d penalty %g", trial, penalty)
		require.Equal(t, full.Result.Matched, pruned.Result.Matched, msg)
		require.InDelta(t, value(p0, full, keep, penalty), value(p0, pruned, keep, penalty), 1e-9, msg)
		checked++
	}
	require.Greater(t, checked, 60)
	rematchCandidates = 2
	TestRematchAgainstBruteForce(t)
}

// keptPairs counts the pairs of res that keep mentee e with mentor keep[e].
func keptPairs(p *Pairing, res Result, keep map[int]int) int {
	kept := 0
	for _, q := range res.Pairs {
		if m, ok := keep[p.menteeIdx[q.MenteeID]]; ok && m == p.mentorIdx[q.MentorID] {
			kept++
		}
	}
	return kept
}
