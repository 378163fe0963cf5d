package pairing

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/mentoring"
	"github.com/mentorkit/mentorkit/mentoring/synthetic"
)

// TestLargePath compares the sparse path with the dense one on a synthetic
// organisation: keeping every mentor it is exact (same total), keeping a
// few it says so and never beats the dense optimum.
func TestLargePath(t *testing.T) {
	rng := rand.New(rand.NewPCG(42, 1))
	org, err := synthetic.Organisation(rng, synthetic.Config{People: 400})
	require.NoError(t, err)
	prog, err := synthetic.Programme(rng, org, synthetic.ProgrammeConfig{Mentors: 40, Mentees: 150, MaxCapacity: 3})
	require.NoError(t, err)
	for _, prio := range []Priority{PriorityScore, PriorityParticipation} {
		base := Config{Priority: prio, Directory: pairDirectory(t, mentoring.DirectoryStrict, org...), Rules: Rules{SharedLanguage: true, MaxTimeZoneGap: 600}}
		dense, err := Solve(prog, base)
		require.NoError(t, err)
		require.True(t, dense.Exact)
		require.Zero(t, dense.Candidates)

		all := base
		all.DenseLimit, all.Candidates = -1, 40
		sparse, err := Solve(prog, all)
		require.NoError(t, err)
		require.True(t, sparse.Exact)
		require.Equal(t, 40, sparse.Candidates)
		require.Equal(t, dense.Matched, sparse.Matched)
		require.InDelta(t, dense.TotalScore, sparse.TotalScore, 1e-9)

		few := base
		few.DenseLimit, few.Candidates = -1, 2
		p, err := New(prog, few)
		require.NoError(t, err)
		res, err := p.Solve()
		require.NoError(t, err)
		require.False(t, res.Exact)
		require.Equal(t, 2, res.Candidates)
		if prio == PriorityParticipation {
			require.LessOrEqual(t, res.Matched, dense.Matched)
		} else {
			require.LessOrEqual(t, res.TotalScore, dense.TotalScore+1e-9)
		}
		// Why-not on the sparse path: pairs outside the candidates have no
		// bound but still an exact loss.
		u := res.Pairs[0]
		for _, q := range res.Pairs[1:] {
			if q.MentorID != u.MentorID {
				w, err := p.WhyNot(res, q.MentorID, u.MenteeID)
				require.NoError(t, err)
				if len(w.Explanation.Rules) == 0 && w.HasBound {
					require.LessOrEqual(t, w.Bound, w.ObjectiveLoss+1e-9)
				}
				break
			}
		}
	}
}

// TestTopK checks the candidate heap against sorting.
func TestTopK(t *testing.T) {
	rng := rand.New(rand.NewPCG(6, 6))
	var h pairCandHeap
	for range 500 {
		n, k := rng.IntN(30), 1+rng.IntN(8)
		row := make([]float64, n)
		for i := range row {
			row[i] = float64(rng.IntN(5)) / 4 // many ties
			if rng.IntN(5) == 0 {
				row[i] = -1
			}
		}
		full := func(m int) bool { return m%7 != 3 }
		got := pairTopK(row, full, k, &h)
		// Reference: stable sort by score descending (ties: lower index).
		idx := []int32{}
		for m, s := range row {
			if s >= 0 && full(m) {
				idx = append(idx, int32(m))
			}
		}
		slices.SortStableFunc(idx, func(a, b int32) int { return cmp.Compare(row[b], row[a]) })
		want := idx[:min(k, len(idx))]
		slices.Sort(want)
		require.Equal(t, want, got)
	}
}

// TestSyntheticProgrammesConvert: for every format, the pairs of a
// synthetic programme convert into relationships that mentoring accepts
// for that programme (reverse topics offered, seniority inverted, group
// sizes, peers never both ways).
func TestSyntheticProgrammesConvert(t *testing.T) {
	rng := rand.New(rand.NewPCG(12, 12))
	org, err := synthetic.Organisation(rng, synthetic.Config{People: 300})
	require.NoError(t, err)
	for _, f := range []mentoring.Format{mentoring.FormatOneToOne, mentoring.FormatGroup, mentoring.FormatReverse, mentoring.FormatPeer} {
		for seed := range 5 {
			prog, err := synthetic.Programme(rng, org, synthetic.ProgrammeConfig{ID: "p", Format: f, Mentors: 8, Mentees: 30})
			require.NoError(t, err)
			res, err := Solve(prog, Config{Priority: Priority(seed%2 + 1), Directory: pairDirectory(t, mentoring.DirectoryStrict, org...), Rules: Rules{SharedLanguage: true}})
			require.NoError(t, err)
			require.NotEmpty(t, res.Pairs, "%v seed %d", f, seed)
			rels, err := res.Relationships(pairNow)
			require.NoError(t, err)
			require.NoError(t, prog.ValidateRelationships(rels), "%v seed %d", f, seed)
		}
	}
}

// TestPairingConcurrent: one Pairing serves several goroutines (run with
// -race) and gives each the same result.
func TestPairingConcurrent(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 13))
	org, err := synthetic.Organisation(rng, synthetic.Config{People: 120})
	require.NoError(t, err)
	prog, err := synthetic.Programme(rng, org, synthetic.ProgrammeConfig{Mentors: 15, Mentees: 40})
	require.NoError(t, err)
	p, err := New(prog, Config{Directory: pairDirectory(t, mentoring.DirectoryStrict, org...)})
	require.NoError(t, err)
	want, err := p.Solve()
	require.NoError(t, err)
	results := make([]Result, 4)
	done := make(chan int)
	for g := range results {
		go func() {
			r, err := p.Solve()
			if err == nil {
				s, _ := p.Suggester(SuggestOptions{Balance: 0.5})
				_, err = s.Suggest(r.Pairs[0].MenteeID)
			}
			if err == nil {
				_, err = p.WhyNot(r, r.Pairs[0].MentorID, r.Pairs[len(r.Pairs)-1].MenteeID)
			}
			if err != nil {
				t.Error(err) // not FailNow: this is not the test's goroutine
			}
			results[g] = r
			done <- g
		}()
	}
	for range results {
		<-done
	}
	for _, r := range results {
		require.Equal(t, pairKeys(want), pairKeys(r))
		require.Equal(t, want.TotalScore, r.TotalScore)
	}
}
