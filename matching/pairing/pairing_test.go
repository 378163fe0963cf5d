package pairing

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/matching/stable"
	"github.com/mentorkit/mentorkit/mentoring"
)

// pairRandomProgramme draws a small programme with random profiles, and a
// config with random rules.
func pairRandomProgramme(rng *rand.Rand, nM, nE int) (mentoring.Programme, Config) {
	skills := []string{"Go", "AI", "retail", "leiderschap", "coördinatie"}
	langs := []string{"nl", "en", "de"}
	some := func(pool []string) []string {
		var out []string
		for _, s := range pool {
			if rng.IntN(2) == 0 {
				out = append(out, s)
			}
		}
		return out
	}
	person := func(id string) mentoring.Person {
		p := pairPerson(id, float64(rng.IntN(20)), mentoring.Level(1+rng.IntN(5)))
		for _, s := range some(skills) {
			p.Skills = append(p.Skills, mentoring.Skill{Name: s, Level: 1 + rng.IntN(5)})
		}
		p.Interests = some([]string{"chess", "music", "AI"})
		p.CareerGoals = some([]string{"team lead", "AI specialist"})
		p.Languages = some(langs)
		p.UTCOffsetMinutes = 60 * (rng.IntN(25) - 12)
		p.Department = []string{"", "Sales", "Data"}[rng.IntN(3)]
		if rng.IntN(3) == 0 {
			p.Personality = &mentoring.Personality{Openness: rng.Float64(), Neuroticism: rng.Float64()}
		}
		return p
	}
	var parts []mentoring.Participant
	for i := range nM {
		q := pairMentor(person(fmt.Sprintf("m%d", i)), 1+rng.IntN(3), some(skills)...)
		parts = append(parts, q)
	}
	for i := range nE {
		parts = append(parts, pairMentee(person(fmt.Sprintf("e%d", i)), some(skills)...))
	}
	// Random reporting lines to earlier participants.
	for i := range parts {
		if i > 0 && rng.IntN(3) == 0 {
			parts[i].Person.ManagerID = parts[rng.IntN(i)].Person.ID
		}
	}
	rng.Shuffle(len(parts), func(i, j int) { parts[i], parts[j] = parts[j], parts[i] })
	cfg := Config{
		Priority:   Priority(1 + rng.IntN(2)),
		AtLeastOne: rng.IntN(3) == 0,
		Rules: Rules{
			ReportingLevels:     rng.IntN(3) - 1,
			SharedLanguage:      rng.IntN(3) == 0,
			DifferentDepartment: rng.IntN(3) == 0,
		},
	}
	if rng.IntN(3) == 0 {
		cfg.MinScore = 0.3 * rng.Float64()
	}
	if nM > 0 && nE > 0 && rng.IntN(2) == 0 {
		cfg.Rules.Bans = []PairRef{{MentorID: fmt.Sprintf("m%d", rng.IntN(nM)), MenteeID: fmt.Sprintf("e%d", rng.IntN(nE))}}
	}
	if nM > 0 && nE > 0 && rng.IntN(3) == 0 {
		cfg.Rules.Locks = []PairRef{{MentorID: fmt.Sprintf("m%d", rng.IntN(nM)), MenteeID: fmt.Sprintf("e%d", rng.IntN(nE))}}
	}
	return pairProg(mentoring.FormatOneToOne, parts...), cfg
}

// pairValue is the lexicographic objective (minimum places filled, mentees
// matched, total score) of a pairing.
type pairValue struct {
	filled, matched int
	score           float64
}

// better reports whether a beats b under the priority.
func (a pairValue) better(b pairValue, prio Priority) bool {
	if a.filled != b.filled {
		return a.filled > b.filled
	}
	if prio == PriorityParticipation && a.matched != b.matched {
		return a.matched > b.matched
	}
	return a.score > b.score+1e-12
}

// pairBrute enumerates every pairing (each mentee unmatched or with an
// allowed mentor with a free place, locks held) and returns the best value.
// forced, when not nil, is one more lock. Allowed pairs and scores come from
// Explain, so this checks the optimisation, not the scoring.
func pairBrute(t *testing.T, p *Pairing, forced *PairRef) (pairValue, bool) {
	type pairOpt struct {
		m int
		s float64
	}
	nE, nM := len(p.mentees), len(p.mentors)
	opts := make([][]pairOpt, nE)
	for e := range nE {
		for m := range nM {
			x, err := p.Explain(p.mentorID(m), p.menteeID(e))
			require.NoError(t, err)
			lockedHere := p.lockOf[e] == int32(m) || (forced != nil && forced.MenteeID == p.menteeID(e) && forced.MentorID == p.mentorID(m))
			lockedAway := (p.lockOf[e] >= 0 || (forced != nil && forced.MenteeID == p.menteeID(e))) && !lockedHere
			if lockedAway || (len(x.Rules) > 0 && !lockedHere) {
				continue
			}
			opts[e] = append(opts[e], pairOpt{m, x.Score})
		}
		locked := p.lockOf[e] >= 0 || (forced != nil && forced.MenteeID == p.menteeID(e))
		if !locked {
			opts[e] = append(opts[e], pairOpt{-1, 0})
		}
	}
	fill := 0
	if p.cfg.AtLeastOne {
		fill = 1
	}
	load := make([]int, nM)
	var best pairValue
	found := false
	var rec func(e int, cur pairValue)
	rec = func(e int, cur pairValue) {
		if e == nE {
			v := cur
			for _, n := range load {
				v.filled += min(n, fill)
			}
			if !found || v.better(best, p.cfg.Priority) {
				best, found = v, true
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
			rec(e+1, pairValue{cur.filled, cur.matched + 1, cur.score + o.s})
			load[o.m]--
		}
	}
	rec(0, pairValue{})
	return best, found
}

// pairValueOf returns the value of a result.
func pairValueOf(p *Pairing, res Result, fill int) pairValue {
	v := pairValue{matched: res.Matched, score: res.TotalScore}
	n := map[string]int{}
	for _, q := range res.Pairs {
		n[q.MentorID]++
	}
	for m := range p.mentors {
		v.filled += min(n[p.mentorID(m)], fill)
	}
	return v
}

// TestSolveAgainstBruteForce solves thousands of seeded small programmes
// and compares with exhaustive enumeration; it also checks that no rule is
// broken, capacities hold, and the why-not bound never exceeds the exact
// loss, which must equal brute force with the pair forced.
func TestSolveAgainstBruteForce(t *testing.T) {
	for _, sparse := range []bool{false, true} {
		t.Run(fmt.Sprintf("sparse=%v", sparse), func(t *testing.T) { pairBruteForceRun(t, sparse, false) })
	}
	t.Run("peer", func(t *testing.T) { pairBruteForceRun(t, false, true) })
}

// pairPeer turns a random programme into a peer programme: everybody a
// peer mentor (so on both sides), within a wide peer band.
func pairPeer(rng *rand.Rand, prog mentoring.Programme) mentoring.Programme {
	prog.Format = mentoring.FormatPeer
	prog.PeerBandYears = 40
	for i := range prog.Participants {
		q := &prog.Participants[i]
		q.Role = mentoring.RolePeerMentor
		q.Capacity = 1 + rng.IntN(2)
		q.Person.Seniority.Level = mentoring.LevelSenior
	}
	return prog
}

// pairBruteForceRun is TestSolveAgainstBruteForce on the dense path, or on
// the sparse path keeping every allowed mentor (so it must be exact too), or
// on peer programmes.
func pairBruteForceRun(t *testing.T, sparse, peer bool) {
	rng := rand.New(rand.NewPCG(5, 1))
	n := 1500
	if testing.Short() {
		n = 300
	}
	checkedWhyNot := 0
	for it := range n {
		prog, cfg := pairRandomProgramme(rng, rng.IntN(4), rng.IntN(6))
		if peer {
			prog = pairPeer(rng, prog)
		}
		if sparse {
			cfg.DenseLimit, cfg.Candidates = -1, 1+rng.IntN(2)
		}
		p, err := New(prog, cfg)
		if errors.Is(err, ErrLock) {
			cfg.Rules.Locks = nil
			p, err = New(prog, cfg)
		}
		require.NoError(t, err, "instance %d", it)
		res, err := p.Solve()
		require.NoError(t, err, "instance %d", it)
		require.True(t, res.Exact, "instance %d: every allowed mentor was kept", it)
		fill := 0
		if cfg.AtLeastOne {
			fill = 1
		}
		want, ok := pairBrute(t, p, nil)
		require.True(t, ok)
		got := pairValueOf(p, res, fill)
		require.Equal(t, want.filled, got.filled, "instance %d: minimum places", it)
		if cfg.Priority == PriorityParticipation {
			require.Equal(t, want.matched, got.matched, "instance %d: matched", it)
		}
		require.InDelta(t, want.score, got.score, 1e-9, "instance %d: score", it)

		load := map[string]int{}
		for _, q := range res.Pairs {
			x, err := p.Explain(q.MentorID, q.MenteeID)
			require.NoError(t, err)
			locked := slices.Contains(cfg.Rules.Locks, PairRef{q.MentorID, q.MenteeID})
			require.True(t, locked || len(x.Rules) == 0, "instance %d: forbidden pair %v formed: %v", it, q, x.Rules)
			require.Equal(t, locked, q.Locked)
			load[q.MentorID]++
		}
		for id, k := range load {
			require.LessOrEqual(t, k, p.capacity[p.mentorIdx[id]], "instance %d: capacity of %s", it, id)
		}
		require.Equal(t, res.Mentees-res.Matched, countSide(res.Unmatched, stable.SideMentee))
		if peer { // never both ways
			for _, q := range res.Pairs {
				require.NotContains(t, pairKeys(res), q.MenteeID+"/"+q.MentorID, "instance %d", it)
			}
			rels, err := res.Relationships(pairNow)
			require.NoError(t, err)
			require.NoError(t, prog.ValidateRelationships(rels), "instance %d", it)
		}

		// Why not: every unpaired allowed pair.
		for _, e := range p.mentees {
			for _, m := range p.mentors {
				w, err := p.WhyNot(res, m.Person.ID, e.Person.ID)
				require.NoError(t, err)
				if w.Paired || len(w.Explanation.Rules) > 0 {
					continue
				}
				forced := PairRef{m.Person.ID, e.Person.ID}
				bf, ok := pairBrute(t, p, &forced)
				require.True(t, ok)
				require.Equal(t, want.matched-bf.matched, w.MatchedLoss, "instance %d: matched loss of %v", it, forced)
				if cfg.Priority == PriorityParticipation || want.matched == bf.matched {
					require.InDelta(t, want.score-bf.score, w.ScoreLoss, 1e-9, "instance %d: score loss of %v", it, forced)
				}
				if w.HasBound {
					require.LessOrEqual(t, w.Bound, w.ObjectiveLoss+1e-9, "instance %d: bound of %v", it, forced)
				}
				checkedWhyNot++
			}
		}
	}
	require.Greater(t, checkedWhyNot, 100)
	t.Logf("why-not pairs checked against brute force: %d", checkedWhyNot)
}

func countSide(us []Unmatched, s stable.Side) int {
	n := 0
	for _, u := range us {
		if u.Side == s {
			n++
		}
	}
	return n
}

// TestSolveOrderIndependent: the same participants in any order give the
// same result.
func TestSolveOrderIndependent(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	for it := range 200 {
		prog, cfg := pairRandomProgramme(rng, 1+rng.IntN(4), 1+rng.IntN(6))
		cfg.Rules.Locks = nil
		a, err := Solve(prog, cfg)
		require.NoError(t, err)
		shuffled := prog.Clone()
		rng.Shuffle(len(shuffled.Participants), func(i, j int) {
			shuffled.Participants[i], shuffled.Participants[j] = shuffled.Participants[j], shuffled.Participants[i]
		})
		b, err := Solve(shuffled, cfg)
		require.NoError(t, err)
		if d := cmp.Diff(a, b, cmp.AllowUnexported(Result{}), cmp.Comparer(func(x, y *pairState) bool { return true })); d != "" {
			t.Fatalf("instance %d: result depends on input order (-a +b):\n%s", it, d)
		}
	}
}

// TestSolveDoesNotModifyInput: the programme and config are untouched.
func TestSolveDoesNotModifyInput(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	prog, cfg := pairRandomProgramme(rng, 3, 5)
	before := prog.Clone()
	bans := slices.Clone(cfg.Rules.Bans)
	res, err := Solve(prog, cfg)
	require.NoError(t, err)
	require.Empty(t, cmp.Diff(before, prog))
	require.Equal(t, bans, cfg.Rules.Bans)
	if len(res.Pairs) > 0 {
		res.Pairs[0].Breakdown[0].Score = 99 // results own their slices
		res2, err := Solve(prog, cfg)
		require.NoError(t, err)
		require.NotEqual(t, 99.0, res2.Pairs[0].Breakdown[0].Score)
	}
}

// TestPriorities: participation matches more mentees at a lower total.
func TestPriorities(t *testing.T) {
	// Mentor A (capacity 1) suits both mentees; mentor B only e2, weakly.
	// Score priority: A–e1 alone if it beats A–e2 + B–e1... B is forbidden
	// for e1 by a ban, so the choice is {A–e1} or {A–e2 is impossible
	// with B–e2}: {A–e1, B–e2} vs {A–e2}. Build scores with skills.
	a := pairMentor(pairPerson("A", 20, mentoring.LevelLead), 1, "Go", "AI")
	a.Person.Skills = []mentoring.Skill{{Name: "Go", Level: 5}, {Name: "AI", Level: 5}}
	b := pairMentor(pairPerson("B", 20, mentoring.LevelLead), 1)
	e1 := pairMentee(pairPerson("e1", 1, mentoring.LevelJunior), "Go")
	e2 := pairMentee(pairPerson("e2", 1, mentoring.LevelJunior), "AI")
	zero := Weights{Skills: 1}
	prog := pairProg(mentoring.FormatOneToOne, a, b, e1, e2)
	// Only skills count: A scores 1 with each mentee, B scores 0. Ban
	// B–e1 so that only e2 can go to B.
	cfg := Config{Weights: &zero, Rules: Rules{Bans: []PairRef{{"B", "e1"}}}}
	res, err := Solve(prog, cfg)
	require.NoError(t, err)
	require.InDelta(t, 1.0, res.TotalScore, 1e-12)
	// Under PriorityScore a zero-score pair is still formed where a place
	// is free (it costs nothing), so both are matched here too.
	require.Equal(t, 2, res.Matched)
	// With a minimum score, B–e2 is forbidden and e2 or e1 stays out.
	cfg.MinScore = 0.5
	res, err = Solve(prog, cfg)
	require.NoError(t, err)
	require.Equal(t, 1, res.Matched)
	require.Len(t, res.Unmatched, 2) // one mentee, mentor B
	for _, u := range res.Unmatched {
		if u.Side == stable.SideMentee {
			require.Equal(t, ReasonCapacityExhausted, u.Reason)
		} else {
			require.Equal(t, "B", u.ID)
			require.Equal(t, ReasonNoAllowedMentee, u.Reason)
			require.Equal(t, []RuleCount{{RuleBanned, 1}, {RuleBelowMinScore, 1}}, u.Rules)
		}
	}
}

// tableScorer scores pairs from a table keyed "mentor/mentee".
type tableScorer map[string]float64

func (tableScorer) Name() string { return "table" }
func (t tableScorer) Score(m, e *mentoring.Participant) float64 {
	return t[m.Person.ID+"/"+e.Person.ID]
}

// TestParticipationBeatsScore: a case where the two priorities differ.
func TestParticipationBeatsScore(t *testing.T) {
	a := pairMentor(pairPerson("A", 20, mentoring.LevelLead), 1)
	b := pairMentor(pairPerson("B", 20, mentoring.LevelLead), 1)
	e1 := pairMentee(pairPerson("e1", 1, mentoring.LevelJunior))
	e2 := pairMentee(pairPerson("e2", 1, mentoring.LevelJunior))
	prog := pairProg(mentoring.FormatOneToOne, a, b, e1, e2)
	zero := Weights{}
	table := tableScorer{"A/e1": 1, "A/e2": 0.3, "B/e1": 0.3, "B/e2": 0}
	cfg := Config{Weights: &zero, Custom: []CustomCriterion{{Scorer: table, Weight: 1}}, MinScore: 0.1}
	// By hand: B–e2 is below the minimum. Score: {A–e1} = 1 beats
	// {A–e2, B–e1} = 0.6. Participation: {A–e2, B–e1} matches both.
	res, err := Solve(prog, cfg)
	require.NoError(t, err)
	require.Equal(t, []string{"A/e1"}, pairKeys(res))
	require.InDelta(t, 1.0, res.TotalScore, 1e-12)
	// e2: B is forbidden (0 below the minimum 0.1), A allowed and full.
	require.Equal(t, []Unmatched{
		{ID: "e2", Side: stable.SideMentee, Reason: ReasonCapacityExhausted, Allowed: 1, Rules: []RuleCount{{RuleBelowMinScore, 1}}, Full: 1},
		{ID: "B", Side: stable.SideMentor, Reason: ReasonNotNeeded, Allowed: 1},
	}, res.Unmatched)

	cfg.Priority = PriorityParticipation
	res, err = Solve(prog, cfg)
	require.NoError(t, err)
	require.Equal(t, []string{"A/e2", "B/e1"}, pairKeys(res))
	require.InDelta(t, 0.6, res.TotalScore, 1e-12)
	require.Empty(t, res.Unmatched)

	// Why not A–e1 under participation: forcing it loses one match and
	// gains 0.4 score.
	p, err := New(prog, cfg)
	require.NoError(t, err)
	res, err = p.Solve()
	require.NoError(t, err)
	w, err := p.WhyNot(res, "A", "e1")
	require.NoError(t, err)
	require.Equal(t, 1, w.MatchedLoss)
	require.InDelta(t, -0.4, w.ScoreLoss, 1e-12)
	require.True(t, w.HasBound)
	require.LessOrEqual(t, w.Bound, w.ObjectiveLoss+1e-9)
	// Why not B–e2: a rule.
	w, err = p.WhyNot(res, "B", "e2")
	require.NoError(t, err)
	require.Equal(t, []Rule{RuleBelowMinScore}, w.Explanation.Rules)
}

func pairKeys(res Result) []string {
	var out []string
	for _, q := range res.Pairs {
		out = append(out, q.MentorID+"/"+q.MenteeID)
	}
	return out
}

func TestRelationships(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	prog, cfg := pairRandomProgramme(rng, 3, 4)
	cfg.Rules = Rules{ReportingLevels: -1}
	res, err := Solve(prog, cfg)
	require.NoError(t, err)
	require.NotEmpty(t, res.Pairs)
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	rels, err := res.Relationships(now)
	require.NoError(t, err)
	require.Len(t, rels, len(res.Pairs))
	for i, r := range rels {
		require.Equal(t, mentoring.StateProposed, r.State)
		require.Equal(t, res.Pairs[i].MentorID, r.MentorID)
		require.Equal(t, []string{res.Pairs[i].MenteeID}, r.MenteeIDs)
		require.Equal(t, "prog/"+r.MentorID+"/"+r.MenteeIDs[0], r.ID)
		require.Equal(t, now, r.Since())
	}
	require.NoError(t, prog.ValidateRelationships(rels))
}

func TestScoreBounds(t *testing.T) {
	// Every pair's score is in [0, 1] and equals the sum of its points,
	// and the hot loop (scoreRow) gives exactly the same score and the
	// same verdict as Explain.
	rng := rand.New(rand.NewPCG(11, 1))
	for range 300 {
		prog, cfg := pairRandomProgramme(rng, 3, 3)
		cfg.Rules.Locks = nil
		p, err := New(prog, cfg)
		require.NoError(t, err)
		requireRowsMatchExplain(t, p)
	}
}

// requireRowsMatchExplain checks every pair of p: the hot loop (scoreRow)
// gives exactly Explain's score for an allowed pair and -1 for a
// forbidden one; each criterion's score is in [0, 1]; the shares sum to 1
// and the points to the score, which is not NaN.
func requireRowsMatchExplain(t *testing.T, p *Pairing) {
	t.Helper()
	row := make([]float64, len(p.mentors))
	for ei, e := range p.mentees {
		require.NoError(t, p.scoreRow(ei, row))
		for mi, m := range p.mentors {
			x, err := p.Explain(m.Person.ID, e.Person.ID)
			require.NoError(t, err)
			if len(x.Rules) == 0 {
				require.Equal(t, x.Score, row[mi], "%s", x)
			} else {
				require.Equal(t, -1.0, row[mi], "%s %v", x, x.Rules)
			}
			var sum, share float64
			for _, c := range x.Breakdown {
				require.True(t, c.Score >= 0 && c.Score <= 1, "%v", c)
				sum += c.Points
				share += c.Share
			}
			require.InDelta(t, 1, share, 1e-12)
			require.InDelta(t, sum, x.Score, 1e-12)
			require.False(t, math.IsNaN(x.Score))
		}
	}
}
