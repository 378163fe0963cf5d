package pairing

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsontest"
	"github.com/mentorkit/mentorkit/matching/stable"
	"github.com/mentorkit/mentorkit/mentoring"
)

func TestCircleMixMessages(t *testing.T) {
	require.NoError(t, fault.CheckTable(circleMixMessages))
}

// mixProgramme is a group programme of nM mentors (capacity capa) and
// nE mentees whose attribute key takes values[i] (i-th mentee; "" leaves
// it unstated).
func mixProgramme(seed uint64, nM, capa int, key string, values []string) mentoring.Programme {
	rng := rand.New(rand.NewPCG(seed, 7))
	prog := pairGroupProgramme(rng, nM, capa, len(values))
	i := 0
	for j := range prog.Participants {
		q := &prog.Participants[j]
		if q.Role != mentoring.RoleMentee {
			continue
		}
		if values[i] != "" {
			q.Person.Attributes = map[string]string{key: values[i]}
		}
		i++
	}
	return prog
}

// mixMeets is the test's own reading of a requirement on the mentees of
// one circle (attribute values as stated, compared trimmed and folded).
func mixMeets(c CircleMix, mentorVal string, vals []string) bool {
	norm := func(s string) string { return mixNorm(s) }
	if c.OtherThanMentor {
		k := 0
		for _, v := range vals {
			if norm(v) != "" && norm(v) != norm(mentorVal) {
				k++
			}
		}
		return k >= c.Min && (c.Max == 0 || k <= c.Max)
	}
	if c.Value != "" {
		k := 0
		for _, v := range vals {
			if norm(v) == norm(c.Value) {
				k++
			}
		}
		return k >= c.Min && (c.Max == 0 || k <= c.Max)
	}
	counts := map[string]int{}
	for _, v := range vals {
		if norm(v) != "" {
			counts[norm(v)]++
		}
	}
	if len(counts) < c.Min {
		return false
	}
	for _, k := range counts {
		if c.Max > 0 && k > c.Max {
			return false
		}
	}
	return true
}

// circleVals returns the attribute values of a circle's mentees.
func circleVals(prog mentoring.Programme, key string, ids []string) []string {
	by := map[string]string{}
	for _, q := range prog.Participants {
		by[q.Person.ID] = q.Person.Attributes[key]
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = by[id]
	}
	return out
}

// TestCircleMixHand: 8 mentees (2 women, 6 men), 2 mentors, circles of
// exactly 4. "At least one woman per circle": both circles form, one
// woman each (4 + 4 = 8 matched). "At least two": only one circle can
// have two women, so the other mentor is dissolved with ReasonCircleMix,
// and CheckCircleMix says its allowed mentees include the 2 women but the
// other circle needs them.
func TestCircleMixHand(t *testing.T) {
	vals := []string{"woman", "man", "man", "Woman ", "man", "man", "man", "man"}
	prog := mixProgramme(1, 2, 4, "gender", vals)
	prog.GroupSize = mentoring.GroupSize{Min: 4, Max: 4}

	cfg := Config{Rules: Rules{CircleMix: []CircleMix{{Attribute: "gender", Value: "woman", Min: 1}}}}
	p, err := New(prog, cfg)
	require.NoError(t, err)
	res, err := p.Solve()
	require.NoError(t, err)
	require.Len(t, res.Circles, 2)
	require.Equal(t, 8, res.Matched)
	for _, c := range res.Circles {
		w := 0
		for _, v := range circleVals(prog, "gender", c.MenteeIDs) {
			if mixNorm(v) == "woman" {
				w++
			}
		}
		require.Equal(t, 1, w, "circle %+v", c)
	}
	require.NoError(t, p.CheckCircleMix(res))

	cfg.Rules.CircleMix[0].Min = 2
	p, err = New(prog, cfg)
	require.NoError(t, err)
	res, err = p.Solve()
	require.NoError(t, err)
	require.Len(t, res.Circles, 1)
	require.Equal(t, 4, res.Matched)
	var mixed []Unmatched
	for _, u := range res.Unmatched {
		if u.Side == stable.SideMentor {
			mixed = append(mixed, u)
		}
	}
	require.Len(t, mixed, 1)
	require.Equal(t, ReasonCircleMix, mixed[0].Reason)
	list, ok := fault.List(p.CheckCircleMix(res))
	require.True(t, ok)
	require.Len(t, list, 1)
	require.Equal(t, "circleMixDissolvedTaken", list[0].Code)
	require.Equal(t, mixed[0].ID, list[0].ID)
	require.ErrorIs(t, list[0], ErrCircleMix)
	require.Contains(t, list[0].Text.EN, "gender = \"woman\"")
	require.Contains(t, list[0].Text.NL, "is opgeheven")

	// A hand-made result with a circle of four men breaks the rule; the
	// check says so with the counts.
	bad := res
	var men []string
	for _, q := range prog.Participants {
		if q.Role == mentoring.RoleMentee && q.Person.Attributes["gender"] == "man" && len(men) < 4 {
			men = append(men, q.Person.ID)
		}
	}
	slices.Sort(men)
	bad.Circles = []Circle{{MentorID: res.Circles[0].MentorID, MenteeIDs: men}}
	list, ok = fault.List(p.CheckCircleMix(bad))
	require.True(t, ok)
	require.Equal(t, "circleMixValueShort", list[0].Code)
	require.Contains(t, list[0].Text.EN, "has 0 mentees with gender = \"woman\"; at least 2 are required")
}

// TestCircleMixErrors: requirements that are not valid or that no circle
// can meet are refused by Solve with a *FieldError saying which.
func TestCircleMixErrors(t *testing.T) {
	vals := []string{"a", "a", "b", "", "a", "b"}
	tests := []struct {
		name  string
		mix   CircleMix
		field string
		code  string
		err   error
	}{
		{"no attribute", CircleMix{Value: "a", Min: 1}, "rules.circleMix[0].attribute", "required", ErrConfig},
		{"negative", CircleMix{Attribute: "site", Min: -1}, "rules.circleMix[0].min", "negative", ErrConfig},
		{"max below min", CircleMix{Attribute: "site", Value: "a", Min: 3, Max: 2}, "rules.circleMix[0].max", "circleMixBounds", ErrConfig},
		{"above group", CircleMix{Attribute: "site", Value: "a", Min: 7}, "rules.circleMix[0].min", "circleMixAboveGroup", ErrConfig},
		{"nobody states it", CircleMix{Attribute: "gender", Min: 1}, "rules.circleMix[0].attribute", "circleMixNoAttribute", ErrConfig},
		// 2 mentees have site b: no circle can have 3.
		{"too few with the value", CircleMix{Attribute: "site", Value: "B", Min: 3}, "rules.circleMix[0].min", "circleMixTooFewMentees", ErrCircleMix},
		// 2 sites are stated: no circle can mix 3.
		{"too few values", CircleMix{Attribute: "site", Min: 3}, "rules.circleMix[0].min", "circleMixTooFewValues", ErrCircleMix},
		{"other than mentor with a value", CircleMix{Attribute: "site", Value: "a", OtherThanMentor: true, Min: 1}, "rules.circleMix[0].value", "circleMixRelativeValue", ErrConfig},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			prog := mixProgramme(3, 2, 6, "site", vals)
			_, err := Solve(prog, Config{Rules: Rules{CircleMix: []CircleMix{tc.mix}}})
			require.ErrorIs(t, err, tc.err)
			var fe *FieldError
			require.True(t, errors.As(err, &fe))
			require.Equal(t, tc.field, fe.Field)
			require.Equal(t, tc.code, fe.Code)
			require.NotEmpty(t, fe.Text.NL)
		})
	}
	// A one-to-one programme ignores the requirement.
	prog := mixProgramme(3, 2, 6, "site", vals)
	prog.Format = mentoring.FormatOneToOne
	_, err := Solve(prog, Config{Rules: Rules{CircleMix: []CircleMix{{Attribute: "gender", Min: 1}}}})
	require.NoError(t, err)
}

// mixInstance draws a tiny group programme with an attribute, a random
// requirement and some banned pairs.
func mixInstance(rng *rand.Rand, it int) (mentoring.Programme, Config) {
	nM, nE := 1+rng.IntN(3), 2+rng.IntN(6)
	pool := []string{"", "a", "b", "c"}
	vals := make([]string, nE)
	for i := range vals {
		vals[i] = pool[rng.IntN(len(pool))]
	}
	prog := mixProgramme(uint64(it), nM, 2+rng.IntN(3), "site", vals)
	prog.GroupSize = mentoring.GroupSize{Min: 1 + rng.IntN(2), Max: 2 + rng.IntN(2)}
	mixes := []CircleMix{
		{Attribute: "site", Value: "a", Min: 1},
		{Attribute: "site", Value: "a", Max: 1},
		{Attribute: "site", Min: 2},
		{Attribute: "site", Max: 1},
		{Attribute: "site", Value: "b", Min: 1, Max: 1},
		{Attribute: "site", OtherThanMentor: true, Min: 1},
		{Attribute: "site", OtherThanMentor: true, Max: 1},
	}
	for i := range prog.Participants {
		if q := &prog.Participants[i]; q.Role == mentoring.RoleMentor && rng.IntN(4) > 0 {
			q.Person.Attributes = map[string]string{"site": pool[1+rng.IntN(3)]}
		}
	}
	cfg := Config{Priority: []Priority{PriorityScore, PriorityParticipation}[rng.IntN(2)]}
	cfg.Rules.CircleMix = []CircleMix{mixes[rng.IntN(len(mixes))]}
	if rng.IntN(2) == 0 {
		cfg.Rules.CircleMix = append(cfg.Rules.CircleMix, mixes[rng.IntN(len(mixes))])
	}
	for range rng.IntN(3) {
		cfg.Rules.Bans = append(cfg.Rules.Bans, PairRef{MentorID: fmt.Sprintf("g%d", rng.IntN(nM)), MenteeID: fmt.Sprintf("e%d", rng.IntN(nE))})
	}
	return prog, cfg
}

// bruteCircles enumerates every assignment of the mentees to a mentor or
// none and returns the best objective among those whose circles have an
// allowed size and meet the mix (by mixMeets), and whether any circle is
// formed in it. Allowed pairs are read from Explain.
func bruteCircles(t *testing.T, p *Pairing, prog mentoring.Programme, cfg Config) float64 {
	nE, nM := len(p.mentees), len(p.mentors)
	ok := make([][]bool, nE)
	for e := range ok {
		ok[e] = make([]bool, nM)
		for m := range nM {
			x, err := p.Explain(p.mentorID(m), p.menteeID(e))
			require.NoError(t, err)
			ok[e][m] = len(x.Rules) == 0
		}
	}
	a := make([]int32, nE)
	best := math.Inf(-1)
	var rec func(e int)
	rec = func(e int) {
		if e == nE {
			circ := make([][]string, nM)
			for i, m := range a {
				if m >= 0 {
					circ[m] = append(circ[m], p.menteeID(i))
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
					if !mixMeets(c, circleVals(prog, c.Attribute, []string{p.mentorID(m)})[0], circleVals(prog, c.Attribute, ids)) {
						return
					}
				}
			}
			v, _, _, err := p.objective(&pairState{assign: a, fillMin: p.groupMin})
			require.NoError(t, err)
			best = max(best, v)
			return
		}
		a[e] = -1
		rec(e + 1)
		for m := range nM {
			if ok[e][m] {
				a[e] = int32(m)
				rec(e + 1)
			}
		}
	}
	rec(0)
	return best
}

// TestCircleMixBruteForce: on 400 tiny group programmes, every circle of
// Solve meets the mix and has an allowed size; where the circles formed
// without the mix break it (the exact search runs), Solve's objective
// equals the optimum over all assignments. The repair heuristic (forced
// by an exact limit of 0) is checked for feasibility and its gap counted.
func TestCircleMixBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	var changed, heurRuns, heurOpt, heurFewer int
	var heurGap float64
	for it := range 400 {
		prog, cfg := mixInstance(rng, it)
		p, err := New(prog, cfg)
		require.NoError(t, err)
		res, err := p.Solve()
		if err != nil {
			require.True(t, errors.Is(err, ErrCircleMix) || errors.Is(err, ErrConfig), "instance %d: %v", it, err)
			continue
		}
		checkMixResult(t, p, prog, cfg, res, it)
		best := bruteCircles(t, p, prog, cfg)
		got, _, _, err := p.objective(res.st)
		require.NoError(t, err)
		require.LessOrEqual(t, got, best+1e-9, "instance %d", it)
		blind := cfg
		blind.Rules.CircleMix = nil
		pb, err := New(prog, blind)
		require.NoError(t, err)
		rb, err := pb.Solve()
		require.NoError(t, err)
		if !circlesMeet(prog, cfg, rb) {
			changed++
			require.InDelta(t, best, got, 1e-9, "instance %d: exact search below the optimum", it)
		}

		mixExactLimit = 0
		rh, err := p.Solve()
		mixExactLimit = CircleMixExactLimit
		require.NoError(t, err)
		checkMixResult(t, p, prog, cfg, rh, it)
		if !circlesMeet(prog, cfg, rb) {
			heurRuns++
			h, _, _, err := p.objective(rh.st)
			require.NoError(t, err)
			if h >= best-1e-9 {
				heurOpt++
			}
			if rh.Matched < res.Matched {
				heurFewer++
			}
			heurGap = max(heurGap, (best-h)/math.Max(1, math.Abs(best)))
		}
	}
	t.Logf("mix changed the circles in %d instances; heuristic optimal in %d of %d, fewer matched in %d, worst relative gap %.3g", changed, heurOpt, heurRuns, heurFewer, heurGap)
	require.Greater(t, changed, 40)
	// A floor on the heuristic so a regression shows (measured: 142 of 165).
	require.GreaterOrEqual(t, 10*heurOpt, 7*heurRuns)
}

// circlesMeet says whether every circle of res meets the mix.
func circlesMeet(prog mentoring.Programme, cfg Config, res Result) bool {
	for _, c := range res.Circles {
		for _, mx := range cfg.Rules.CircleMix {
			if !mixMeets(mx, circleVals(prog, mx.Attribute, []string{c.MentorID})[0], circleVals(prog, mx.Attribute, c.MenteeIDs)) {
				return false
			}
		}
	}
	return true
}

// checkMixResult: sizes and the mix hold, CheckCircleMix finds nothing
// wrong with the circles and explains every mentor dissolved for the mix.
func checkMixResult(t *testing.T, p *Pairing, prog mentoring.Programme, cfg Config, res Result, it int) {
	t.Helper()
	require.True(t, circlesMeet(prog, cfg, res), "instance %d: %+v", it, res.Circles)
	for _, c := range res.Circles {
		require.GreaterOrEqual(t, len(c.MenteeIDs), p.groupMin, "instance %d", it)
		require.LessOrEqual(t, len(c.MenteeIDs), p.capacity[p.mentorIdx[c.MentorID]], "instance %d", it)
	}
	want := 0
	for _, u := range res.Unmatched {
		if u.Reason == ReasonCircleMix {
			want++
		}
	}
	list, _ := fault.List(p.CheckCircleMix(res))
	require.Len(t, list, want, "instance %d", it)
	for _, fe := range list {
		require.ErrorIs(t, fe, ErrCircleMix)
		require.Contains(t, []string{"circleMixDissolvedShort", "circleMixDissolvedTaken"}, fe.Code)
	}
}

// TestCircleMixJSON: the requirement and a result with ReasonCircleMix
// round-trip.
func TestCircleMixJSON(t *testing.T) {
	cfg := Config{Rules: Rules{CircleMix: []CircleMix{{Attribute: "gender", Value: "woman", Min: 1}, {Attribute: "site", Max: 2}}}}
	jsontest.RoundTrip(t, cfg)
	vals := []string{"woman", "man", "man", "woman", "man", "man", "man", "man"}
	prog := mixProgramme(1, 2, 4, "gender", vals)
	prog.GroupSize = mentoring.GroupSize{Min: 4, Max: 4}
	res, err := Solve(prog, Config{Rules: Rules{CircleMix: []CircleMix{{Attribute: "gender", Value: "woman", Min: 2}}}})
	require.NoError(t, err)
	res.st = nil
	out := jsontest.RoundTrip(t, res)
	require.Contains(t, out, `"reason":"circleMix"`)
}

// TestCircleMixOtherThanMentor: mentors in departments A and B, six
// mentees of A and two of B, circles of exactly four. "At least one
// mentee from another department than the mentor's": A's mentor needs
// at least one of the two B mentees and B's mentor has A mentees anyway,
// so both circles form and all eight are matched. "At least three": A's
// circle would need three of
// the two B mentees, so A's mentor is dissolved, and CheckCircleMix says
// only 2 of its allowed mentees count.
func TestCircleMixOtherThanMentor(t *testing.T) {
	vals := []string{"A", "A", "A", "B", "A", "A", "B", "A"}
	prog := mixProgramme(4, 2, 4, "dept", vals)
	prog.GroupSize = mentoring.GroupSize{Min: 4, Max: 4}
	for i, d := 0, []string{"A", "B"}; i < len(prog.Participants); i++ {
		if q := &prog.Participants[i]; q.Role == mentoring.RoleMentor {
			q.Person.Attributes = map[string]string{"dept": d[0]}
			d = d[1:]
		}
	}
	cfg := Config{Rules: Rules{CircleMix: []CircleMix{{Attribute: "dept", OtherThanMentor: true, Min: 1}}}}
	p, err := New(prog, cfg)
	require.NoError(t, err)
	res, err := p.Solve()
	require.NoError(t, err)
	require.Len(t, res.Circles, 2)
	require.Equal(t, 8, res.Matched)
	require.True(t, circlesMeet(prog, cfg, res))
	require.NoError(t, p.CheckCircleMix(res))

	cfg.Rules.CircleMix[0].Min = 3
	p, err = New(prog, cfg)
	require.NoError(t, err)
	res, err = p.Solve()
	require.NoError(t, err)
	require.Len(t, res.Circles, 1)
	require.Equal(t, "g1", res.Circles[0].MentorID) // the B mentor keeps a circle of four A mentees
	list, ok := fault.List(p.CheckCircleMix(res))
	require.True(t, ok)
	require.Len(t, list, 1)
	require.Equal(t, "circleMixDissolvedShort", list[0].Code)
	require.Equal(t, "g0", list[0].ID)
	require.Contains(t, list[0].Text.EN, "of its 8 allowed mentees 2 count towards dept ≠ mentor, and a circle needs at least 3")
}
