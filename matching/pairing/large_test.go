package pairing

import (
	"cmp"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/matching"
	"github.com/mentorkit/mentorkit/mentoring"
	"github.com/mentorkit/mentorkit/mentoring/synthetic"
)

// TestLargePath compares the sparse path with the dense one on a synthetic
// organisation: keeping every mentor or only two per mentee (the column
// generation adds the rest that matter), it is exact: the same total.
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
		require.True(t, res.Exact, "column generation prices every left-out pair")
		require.Equal(t, 2, res.Candidates)
		require.Equal(t, dense.Matched, res.Matched)
		require.InDelta(t, dense.TotalScore, res.TotalScore, 1e-9)
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

// TestColumnGenerationExact solves mid-size synthetic programmes on the
// sparse path with one to three candidates per mentee and compares with
// the dense optimum (every pair in the problem), over many seeds, rule
// sets and priorities; the duals the column generation ends with must be
// a certificate (matching.VerifySparse) over every allowed pair, not only
// the pairs kept.
func TestColumnGenerationExact(t *testing.T) {
	seeds := 40
	if testing.Short() {
		seeds = 10
	}
	priced, infeasible := 0, 0
	for seed := range seeds {
		rng := rand.New(rand.NewPCG(uint64(seed), 16))
		org, err := synthetic.Organisation(rng, synthetic.Config{People: 300 + rng.IntN(200)})
		require.NoError(t, err)
		prog, err := synthetic.Programme(rng, org, synthetic.ProgrammeConfig{Mentors: 20 + rng.IntN(40), Mentees: 60 + rng.IntN(180), MaxCapacity: 3})
		require.NoError(t, err)
		cfg := Config{
			Priority:   Priority(1 + rng.IntN(2)),
			AtLeastOne: rng.IntN(3) == 0,
			Directory:  pairDirectory(t, mentoring.DirectoryStrict, org...),
			Rules:      Rules{SharedLanguage: rng.IntN(2) == 0, MaxTimeZoneGap: []int{0, 360, 600}[rng.IntN(3)], DifferentDepartment: rng.IntN(3) == 0},
			MinScore:   0.1 * rng.Float64(),
		}
		if seed%3 == 0 { // minimums for a few mentors
			for i := range prog.Participants {
				if q := &prog.Participants[i]; q.Role == mentoring.RoleMentor && rng.IntN(4) == 0 {
					q.MinCapacity = 1 + rng.IntN(q.Capacity)
				}
			}
		}
		dense, err := Solve(prog, cfg)
		if errors.Is(err, ErrMinCapacity) {
			sparseCfg := cfg
			sparseCfg.DenseLimit, sparseCfg.Candidates = -1, 1
			_, err2 := Solve(prog, sparseCfg)
			require.Equal(t, err.Error(), fmt.Sprint(err2), "seed %d", seed)
			infeasible++
			continue
		}
		require.NoError(t, err, "seed %d", seed)
		sparseCfg := cfg
		sparseCfg.DenseLimit, sparseCfg.Candidates = -1, 1+rng.IntN(3)
		p, err := New(prog, sparseCfg)
		require.NoError(t, err)
		st, err := p.solveProgramme()
		require.NoError(t, err)
		require.False(t, st.truncated, "seed %d", seed)
		res, err := p.result(st)
		require.NoError(t, err)
		require.True(t, res.Exact)
		require.Equal(t, dense.Matched, res.Matched, "seed %d", seed)
		require.InDelta(t, dense.TotalScore, res.TotalScore, 1e-9, "seed %d", seed)
		pairCertifyAll(t, p, st)
		if st.priced > 0 {
			priced++
		}
	}
	require.Greater(t, priced, seeds/2, "the column generation added pairs back")
	t.Logf("%d of %d seeds priced pairs back in; %d had an unreachable minimum", priced, seeds, infeasible)
}

// pairCertifyAll checks the duals of a sparse solve against every allowed
// pair of its free mentees: the candidates are rebuilt with all of them
// (plus each mentee's private unmatched column, whose potential is −u
// when the mentee took it and 0 otherwise) and the solver's assignment
// with st's duals must pass matching.VerifySparse.
func pairCertifyAll(t *testing.T, p *Pairing, st *pairState) {
	t.Helper()
	nF, nS := len(st.uE), len(st.vS)
	require.Len(t, st.placeOf, nF)
	c := matching.Candidates{Rows: nF, Cols: nS + nF, RowStart: []int{0}}
	a := matching.Assignment{RowToCol: make([]int, nF), ColToRow: make([]int, nS+nF), U: slices.Clone(st.uE), V: make([]float64, nS+nF)}
	copy(a.V, st.vS)
	for j := range a.ColToRow {
		a.ColToRow[j] = -1
	}
	row := make([]float64, len(p.mentors))
	for e, i := range st.lineOfE {
		if i < 0 {
			continue
		}
		require.NoError(t, p.scoreRow(e, row))
		for m, s := range row {
			for j := st.slotStart[m]; j < st.slotStart[m+1] && s >= 0; j++ {
				c.Col = append(c.Col, int(j))
				c.Value = append(c.Value, s+st.bonus[j])
				if int32(j) == st.placeOf[i] {
					a.Total += s + st.bonus[j]
				}
			}
		}
		c.Col = append(c.Col, nS+int(i))
		c.Value = append(c.Value, 0)
		c.RowStart = append(c.RowStart, len(c.Col))
		j := int(st.placeOf[i])
		if j < 0 {
			j = nS + int(i)
			a.V[j] = -a.U[i]
		}
		a.RowToCol[i], a.ColToRow[j] = j, int(i)
	}
	require.NoError(t, matching.VerifySparse(c, matching.Maximize, a))
}
