package pairing

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/matching/stable"
	"github.com/mentorkit/mentorkit/mentoring"
)

// pairGroupProgramme makes a group programme of nM mentors with the given
// capacity and nE mentees with random profiles.
func pairGroupProgramme(rng *rand.Rand, nM, capacity, nE int) mentoring.Programme {
	prog, _ := pairRandomProgramme(rng, 0, nE)
	for i := range nM {
		m := pairMentor(pairPerson(fmt.Sprintf("g%d", i), 15, mentoring.LevelLead), capacity, "Go", "AI")
		m.Person.Skills = []mentoring.Skill{{Name: "Go", Level: 1 + rng.IntN(5)}, {Name: "AI", Level: 1 + rng.IntN(5)}}
		prog.Participants = append(prog.Participants, m)
	}
	for i := range prog.Participants {
		prog.Participants[i].Person.ManagerID = ""
	}
	prog.Format = mentoring.FormatGroup
	return prog
}

func TestCircles(t *testing.T) {
	tests := []struct {
		name                 string
		mentors, capa, menE  int
		wantCircles, wantOut int // circles formed, mentees left out
	}{
		// 10 mentees, 3 mentors of 6: 4+6 or 5+5 — two circles, one mentor
		// dissolved (a third circle would have at most 10-8 = 2).
		{"ten mentees", 3, 6, 10, 2, 0},
		// 3 mentees cannot fill any circle of 4.
		{"too few", 2, 6, 3, 0, 3},
		// 13 mentees, 2 mentors of 6: two full circles, one left out.
		{"too many", 2, 6, 13, 2, 1},
		// capacity 4 (below the default maximum 6): 12 mentees, 3 circles of 4.
		{"capacity caps the circle", 3, 4, 12, 3, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(1, uint64(tc.menE)))
			prog := pairGroupProgramme(rng, tc.mentors, tc.capa, tc.menE)
			res, err := Solve(prog, Config{})
			require.NoError(t, err)
			require.Len(t, res.Circles, tc.wantCircles)
			for _, c := range res.Circles {
				require.GreaterOrEqual(t, len(c.MenteeIDs), mentoring.DefaultGroupMin, "circle %v", c)
				require.LessOrEqual(t, len(c.MenteeIDs), min(tc.capa, mentoring.DefaultGroupMax), "circle %v", c)
				require.False(t, c.BelowMin)
			}
			require.Equal(t, tc.wantOut, countSide(res.Unmatched, stable.SideMentee))
			rels, err := res.Relationships(pairNow)
			require.NoError(t, err)
			require.Len(t, rels, len(res.Circles))
			require.NoError(t, prog.ValidateRelationships(rels))
			for _, u := range res.Unmatched {
				if u.Side == stable.SideMentor {
					require.Equal(t, ReasonGroupTooSmall, u.Reason, "%+v", u)
				}
			}
		})
	}
}

// TestCirclesBruteForce: on small group programmes no partition into
// circles of allowed sizes matches more mentees than Solve (the heuristic
// is exact whenever all pairs are allowed, since only sizes matter then).
func TestCirclesBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(2, 2))
	for it := range 200 {
		nM, nE := 1+rng.IntN(3), rng.IntN(14)
		capa := 4 + rng.IntN(3)
		prog := pairGroupProgramme(rng, nM, capa, nE)
		res, err := Solve(prog, Config{Priority: PriorityParticipation})
		require.NoError(t, err)
		// Best by counting: k circles of 4..capa take min(nE, k·capa)
		// mentees if nE >= 4k.
		best := 0
		for k := 0; k <= nM; k++ {
			if nE >= 4*k {
				best = max(best, min(nE, k*capa))
			}
		}
		require.Equal(t, best, res.Matched, "instance %d: %d mentors of %d, %d mentees", it, nM, capa, nE)
	}
}

// pairNow is the fixed "now" of the pairing tests.
var pairNow = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// TestCirclesWhyNot: in a group programme why-not gives the exact loss of
// forming the circles again with the pair locked, and no dual bound.
func TestCirclesWhyNot(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 10))
	prog := pairGroupProgramme(rng, 3, 6, 10)
	p, err := New(prog, Config{})
	require.NoError(t, err)
	res, err := p.Solve()
	require.NoError(t, err)
	require.Len(t, res.Circles, 2)
	var dropped string
	for _, u := range res.Unmatched {
		if u.Side == stable.SideMentor {
			dropped = u.ID
		}
	}
	require.NotEmpty(t, dropped)
	w, err := p.WhyNot(res, dropped, res.Pairs[0].MenteeID)
	require.NoError(t, err)
	require.False(t, w.HasBound)
	require.Empty(t, w.Explanation.Rules)
	// Forcing a pair with the dissolved mentor keeps that circle, so the
	// others shrink: still two circles of 4 to 6 (10 mentees), with one
	// mentor dissolved instead.
	require.Equal(t, 0, w.MatchedLoss)
	require.False(t, math.IsNaN(w.ObjectiveLoss))
}

// TestRelationshipsEmptyCircle: a Result built or decoded by the caller
// may hold a circle without mentees; Relationships reports mentoring's
// error for it instead of indexing the first mentee (it panicked with
// index out of range).
func TestRelationshipsEmptyCircle(t *testing.T) {
	r := Result{ProgrammeID: "p", Format: mentoring.FormatGroup, Circles: []Circle{{MentorID: "m"}}}
	rels, err := r.Relationships(pairNow)
	require.Error(t, err)
	require.ErrorContains(t, err, "mentee")
	require.Nil(t, rels)
}
