package pairing

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/matching/stable"
	"github.com/mentorkit/mentorkit/mentoring"
)

// pairBruteRange enumerates every pairing whose mentors each take between
// their minimum and their capacity (locks held, allowed pairs from
// Explain) and returns the best value under the config's priority, or
// false when no pairing reaches every minimum.
func pairBruteRange(t *testing.T, p *Pairing) (pairValue, bool) {
	type opt struct {
		m int
		s float64
	}
	nE, nM := len(p.mentees), len(p.mentors)
	opts := make([][]opt, nE)
	for e := range nE {
		for m := range nM {
			x, err := p.Explain(p.mentorID(m), p.menteeID(e))
			require.NoError(t, err)
			here := p.lockOf[e] == int32(m)
			if (p.lockOf[e] >= 0 && !here) || (len(x.Rules) > 0 && !here) {
				continue
			}
			opts[e] = append(opts[e], opt{m, x.Score})
		}
		if p.lockOf[e] < 0 {
			opts[e] = append(opts[e], opt{-1, 0})
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
			for m, n := range load {
				if n < p.minOf(m) {
					return
				}
				v.filled += min(n, fill)
			}
			if !found || v.better(best, p.cfg.Priority) {
				best, found = v, true
			}
			return
		}
		for _, o := range opts[e] {
			switch {
			case o.m < 0:
				rec(e+1, cur)
			case load[o.m] < p.capacity[o.m]:
				load[o.m]++
				rec(e+1, pairValue{cur.filled, cur.matched + 1, cur.score + o.s})
				load[o.m]--
			}
		}
	}
	rec(0, pairValue{})
	return best, found
}

// TestCapacityRangeAgainstBruteForce gives the mentors of thousands of
// small random programmes a random minimum (0 to their capacity) and
// compares Solve with exhaustive enumeration: the same optimum when some
// pairing reaches every minimum, ErrMinCapacity naming only mentors with a
// minimum when none does; on the dense and the sparse path.
func TestCapacityRangeAgainstBruteForce(t *testing.T) {
	n := 1500
	if testing.Short() {
		n = 300
	}
	for _, sparse := range []bool{false, true} {
		t.Run(fmt.Sprintf("sparse=%v", sparse), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(16, 2))
			feasible, infeasible := 0, 0
			for it := range n {
				prog, cfg := pairRandomProgramme(rng, 1+rng.IntN(3), rng.IntN(6))
				for i := range prog.Participants {
					if q := &prog.Participants[i]; q.Role == mentoring.RoleMentor && rng.IntN(2) == 0 {
						q.MinCapacity = rng.IntN(q.Capacity + 1)
					}
				}
				if sparse {
					cfg.DenseLimit, cfg.Candidates = -1, 1+rng.IntN(3)
				}
				p, err := New(prog, cfg)
				if errors.Is(err, ErrLock) {
					cfg.Rules.Locks = nil
					p, err = New(prog, cfg)
				}
				require.NoError(t, err, "instance %d", it)
				want, ok := pairBruteRange(t, p)
				res, err := p.Solve()
				if !ok {
					infeasible++
					require.ErrorIs(t, err, ErrMinCapacity, "instance %d", it)
					list, _ := fault.List(err)
					require.NotEmpty(t, list)
					for _, fe := range list {
						m, known := p.mentorIdx[fe.ID]
						require.True(t, known, "instance %d: %v", it, fe)
						require.Positive(t, p.minOf(m), "instance %d: %v", it, fe)
						require.NotEmpty(t, fe.Text.NL)
					}
					continue
				}
				feasible++
				require.NoError(t, err, "instance %d", it)
				fill := 0
				if cfg.AtLeastOne {
					fill = 1
				}
				got := pairValueOf(p, res, fill)
				require.Equal(t, want.filled, got.filled, "instance %d: at least one", it)
				if cfg.Priority == PriorityParticipation {
					require.Equal(t, want.matched, got.matched, "instance %d: matched", it)
				}
				require.InDelta(t, want.score, got.score, 1e-9, "instance %d: score", it)
				load := map[string]int{}
				for _, q := range res.Pairs {
					load[q.MentorID]++
				}
				for m := range p.mentors {
					k := load[p.mentorID(m)]
					require.True(t, k >= p.minOf(m) && k <= p.capacity[m], "instance %d: mentor %s has %d", it, p.mentorID(m), k)
				}
				// Matching is preferred to not matching: no unmatched
				// mentee has an allowed mentor with a free place.
				for _, u := range res.Unmatched {
					if u.Side != stable.SideMentee {
						continue
					}
					for m := range p.mentors {
						x, err := p.Explain(p.mentorID(m), u.ID)
						require.NoError(t, err)
						if load[p.mentorID(m)] < p.capacity[m] && p.lockOf[p.menteeIdx[u.ID]] < 0 {
							require.NotEmpty(t, x.Rules, "instance %d: %s could take %s", it, p.mentorID(m), u.ID)
						}
					}
				}
			}
			require.Greater(t, feasible, n/4)
			require.Greater(t, infeasible, n/20)
			t.Logf("feasible %d, infeasible %d", feasible, infeasible)
		})
	}
}

// TestMinCapacityErrors checks each way a minimum fails, on hand-built
// programmes.
func TestMinCapacityErrors(t *testing.T) {
	nl := func(p mentoring.Person) mentoring.Person { p.Languages = []string{"nl"}; return p }
	en := func(p mentoring.Person) mentoring.Person { p.Languages = []string{"en"}; return p }
	ranged := func(q mentoring.Participant, lo int) mentoring.Participant { q.MinCapacity = lo; return q }
	lang := Config{Rules: Rules{SharedLanguage: true}}
	type want struct {
		Field, ID, Code string
		Err             error
	}
	for _, c := range []struct {
		name string
		prog mentoring.Programme
		cfg  Config
		new  bool // the error comes from New, not Solve
		want []want
	}{
		{
			// Anna (min 2) speaks Dutch; of the three mentees only e1 does:
			// 1 allowed, 2 without a shared language.
			name: "too few allowed",
			prog: pairProg(mentoring.FormatOneToOne,
				ranged(pairMentor(nl(pairPerson("anna", 10, mentoring.LevelSenior)), 3), 2),
				pairMentee(nl(pairPerson("e1", 1, mentoring.LevelJunior))),
				pairMentee(en(pairPerson("e2", 1, mentoring.LevelJunior))),
				pairMentee(en(pairPerson("e3", 1, mentoring.LevelJunior)))),
			cfg:  lang,
			want: []want{{"minCapacity", "anna", "minCapacityTooFewAllowed", ErrMinCapacity}},
		},
		{
			// Anna (min 1) and Bram (min 1) both speak only Dutch, and one
			// Dutch mentee exists: one of them cannot reach the minimum
			// although the mentee is allowed for both; ties go by ID, so
			// anna takes e1 and bram is named.
			name: "needed elsewhere",
			prog: pairProg(mentoring.FormatOneToOne,
				ranged(pairMentor(nl(pairPerson("anna", 10, mentoring.LevelSenior)), 2), 1),
				ranged(pairMentor(nl(pairPerson("bram", 10, mentoring.LevelSenior)), 2), 1),
				pairMentee(nl(pairPerson("e1", 1, mentoring.LevelJunior))),
				pairMentee(en(pairPerson("e2", 1, mentoring.LevelJunior)))),
			cfg:  lang,
			want: []want{{"minCapacity", "bram", "minCapacityNeededElsewhere", ErrMinCapacity}},
		},
		{
			name: "minimum above the places left by the load",
			prog: pairProg(mentoring.FormatOneToOne,
				ranged(pairMentor(pairPerson("anna", 10, mentoring.LevelSenior), 3), 2),
				pairMentee(pairPerson("e1", 1, mentoring.LevelJunior))),
			cfg:  Config{Load: map[string]int{"anna": 2}},
			new:  true,
			want: []want{{"participants[0].minCapacity", "anna", "minCapacityAboveFree", ErrConfig}},
		},
		{
			name: "minimum above the maximum",
			prog: pairProg(mentoring.FormatOneToOne,
				ranged(pairMentor(pairPerson("anna", 10, mentoring.LevelSenior), 1), 2),
				pairMentee(pairPerson("e1", 1, mentoring.LevelJunior))),
			new:  true,
			want: []want{{"participants[0].minCapacity", "anna", "minCapacityRange", mentoring.ErrOutOfRange}},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, err := New(c.prog, c.cfg)
			if !c.new {
				require.NoError(t, err)
				_, err = p.Solve()
			}
			require.Error(t, err)
			list, _ := fault.List(err)
			var got []want
			for _, fe := range list {
				require.NotEmpty(t, fe.Text.EN)
				require.NotEmpty(t, fe.Text.NL)
				require.NotEqual(t, fe.Text.EN, fe.Text.NL)
				w := want{fe.Field, fe.ID, fe.Code, nil}
				for _, s := range []error{ErrMinCapacity, ErrConfig, mentoring.ErrOutOfRange} {
					if errors.Is(fe, s) {
						w.Err = s
					}
				}
				got = append(got, w)
			}
			if d := cmp.Diff(c.want, got, cmp.Comparer(func(a, b error) bool { return a == b })); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
}

// TestMinCapacityRuleCounts: the too-few message counts the first rule
// that forbids each mentee, in both languages.
func TestMinCapacityRuleCounts(t *testing.T) {
	nl := pairPerson("anna", 10, mentoring.LevelSenior)
	nl.Languages = []string{"nl"}
	mentor := pairMentor(nl, 3)
	mentor.MinCapacity = 3
	parts := []mentoring.Participant{mentor}
	for i := range 3 {
		e := pairPerson(fmt.Sprintf("e%d", i), 1, mentoring.LevelJunior)
		e.Languages = []string{"en"}
		parts = append(parts, pairMentee(e))
	}
	p, err := New(pairProg(mentoring.FormatOneToOne, parts...), Config{Rules: Rules{SharedLanguage: true}})
	require.NoError(t, err)
	_, err = p.Solve()
	var fe *FieldError
	require.ErrorAs(t, err, &fe)
	require.Equal(t, "cannot be reached: the rules allow this mentor 0 of the 3 mentees (forbidden by: noSharedLanguage 3)", fe.Text.EN)
	require.Equal(t, "is niet haalbaar: de regels staan bij deze mentor 0 van de 3 mentees toe (verboden door: noSharedLanguage 3)", fe.Text.NL)
}

// TestMinCapacityBeforeAtLeastOne: a hard minimum is never given up for
// AtLeastOne. One mentee is allowed with both mentors; anna must have one
// (MinCapacity 1), so bram stays without although AtLeastOne asks for one
// each and bram scores higher.
func TestMinCapacityBeforeAtLeastOne(t *testing.T) {
	anna := pairMentor(pairPerson("anna", 10, mentoring.LevelSenior), 1)
	anna.MinCapacity = 1
	bram := pairMentor(pairPerson("bram", 10, mentoring.LevelSenior), 1, "Go")
	e := pairMentee(pairPerson("e1", 1, mentoring.LevelJunior), "Go")
	res, err := Solve(pairProg(mentoring.FormatOneToOne, anna, bram, e), Config{AtLeastOne: true})
	require.NoError(t, err)
	require.Equal(t, []string{"anna/e1"}, pairKeys(res))
	require.True(t, slices.ContainsFunc(res.Unmatched, func(u Unmatched) bool { return u.ID == "bram" }))
}

// TestMinCapacityNeededElsewhereText: the needed-elsewhere message names
// the mentor who has the contested mentee (see TestMinCapacityErrors).
func TestMinCapacityNeededElsewhereText(t *testing.T) {
	anna := pairMentor(pairPerson("anna", 10, mentoring.LevelSenior), 2)
	bram := pairMentor(pairPerson("bram", 10, mentoring.LevelSenior), 2)
	anna.MinCapacity, bram.MinCapacity = 1, 1
	res, err := Solve(pairProg(mentoring.FormatOneToOne, anna, bram, pairMentee(pairPerson("e1", 1, mentoring.LevelJunior))), Config{})
	require.Empty(t, res.Pairs)
	var fe *FieldError
	require.ErrorAs(t, err, &fe)
	require.Equal(t, "bram", fe.ID)
	require.Equal(t, "cannot be reached: every pairing gives this mentor at most 0 of its 1 allowed mentees; the others are needed for other mentors' minimums or locked to other mentors (now with: anna)", fe.Text.EN)
	require.Contains(t, fe.Text.NL, "(nu bij: anna)")
}

// TestIDList: distinct, sorted, at most five.
func TestIDList(t *testing.T) {
	require.Equal(t, "-", idList(nil))
	require.Equal(t, "a, b", idList([]string{"b", "a", "b"}))
	require.Equal(t, "a, b, c, d, e +2", idList([]string{"g", "f", "e", "d", "c", "b", "a"}))
}

// TestCapacityMessageTable checks this package's message tables together.
func TestCapacityMessageTable(t *testing.T) {
	all := slices.Concat(messages, scoreMessages, capacityMessages)
	require.NoError(t, fault.CheckTable(all))
}
