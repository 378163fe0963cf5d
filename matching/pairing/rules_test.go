package pairing

import (
	"errors"
	"math"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsontest"
	"github.com/mentorkit/mentorkit/matching/stable"
	"github.com/mentorkit/mentorkit/mentoring"
)

// TestRules checks each rule on a two-person programme.
func TestRules(t *testing.T) {
	tests := []struct {
		name   string
		format mentoring.Format
		role   mentoring.Role
		rules  Rules
		extra  []mentoring.Person
		edit   func(m, e *mentoring.Participant)
		want   []Rule
	}{
		{"allowed", mentoring.FormatOneToOne, mentoring.RoleMentor, Rules{}, nil, func(m, e *mentoring.Participant) {}, nil},
		{"direct manager", mentoring.FormatOneToOne, mentoring.RoleMentor, Rules{}, nil, func(m, e *mentoring.Participant) { e.Person.ManagerID = "m" }, []Rule{RuleReportingLine}},
		{"mentee manages mentor", mentoring.FormatOneToOne, mentoring.RoleMentor, Rules{}, nil, func(m, e *mentoring.Participant) { m.Person.ManagerID = "e" }, []Rule{RuleReportingLine}},
		// e → x → m: two levels, outside the programme for x.
		{"manager's manager", mentoring.FormatOneToOne, mentoring.RoleMentor, Rules{}, []mentoring.Person{{ID: "x", Name: "X", ManagerID: "m"}}, func(m, e *mentoring.Participant) { e.Person.ManagerID = "x" }, []Rule{RuleReportingLine}},
		{"manager's manager, one level only", mentoring.FormatOneToOne, mentoring.RoleMentor, Rules{ReportingLevels: 1}, []mentoring.Person{{ID: "x", Name: "X", ManagerID: "m"}}, func(m, e *mentoring.Participant) { e.Person.ManagerID = "x" }, nil},
		{"reporting rule off", mentoring.FormatOneToOne, mentoring.RoleMentor, Rules{ReportingLevels: -1}, nil, func(m, e *mentoring.Participant) { e.Person.ManagerID = "m" }, nil},
		{"same department", mentoring.FormatOneToOne, mentoring.RoleMentor, Rules{DifferentDepartment: true}, nil, func(m, e *mentoring.Participant) {
			m.Person.Department, e.Person.Department = "Coördinatie", "coordinatie"
		}, []Rule{RuleSameDepartment}},
		{"same department allowed", mentoring.FormatOneToOne, mentoring.RoleMentor, Rules{}, nil, func(m, e *mentoring.Participant) {
			m.Person.Department, e.Person.Department = "Sales", "Sales"
		}, nil},
		{"no shared language", mentoring.FormatOneToOne, mentoring.RoleMentor, Rules{SharedLanguage: true}, nil, func(m, e *mentoring.Participant) {
			m.Person.Languages, e.Person.Languages = []string{"nl"}, []string{"en"}
		}, []Rule{RuleNoSharedLanguage}},
		{"shared language by primary subtag", mentoring.FormatOneToOne, mentoring.RoleMentor, Rules{SharedLanguage: true}, nil, func(m, e *mentoring.Participant) {
			m.Person.Languages, e.Person.Languages = []string{"nl-BE"}, []string{"NL"}
		}, nil},
		// 330 - (-300) = 630 minutes > 600.
		{"time-zone gap", mentoring.FormatOneToOne, mentoring.RoleMentor, Rules{MaxTimeZoneGap: 600}, nil, func(m, e *mentoring.Participant) {
			m.Person.UTCOffsetMinutes, e.Person.UTCOffsetMinutes = 330, -300
		}, []Rule{RuleTimeZoneGap}},
		{"reverse: mentor more senior", mentoring.FormatReverse, mentoring.RoleReverseMentor, Rules{}, nil, func(m, e *mentoring.Participant) {
			m.Offers, e.WantsToDevelop = []string{"AI"}, []string{"ai"}
		}, []Rule{RuleReverseSeniority}},
		{"reverse: topic not offered", mentoring.FormatReverse, mentoring.RoleReverseMentor, Rules{}, nil, func(m, e *mentoring.Participant) {
			m.Person.Seniority = mentoring.Seniority{Level: mentoring.LevelJunior, Years: 1}
			m.Offers, e.WantsToDevelop = []string{"retail"}, []string{"AI"}
		}, []Rule{RuleReverseTopic}},
		{"reverse: valid", mentoring.FormatReverse, mentoring.RoleReverseMentor, Rules{}, nil, func(m, e *mentoring.Participant) {
			m.Person.Seniority = mentoring.Seniority{Level: mentoring.LevelJunior, Years: 1}
			m.Offers, e.WantsToDevelop = []string{"social media"}, []string{"Social-Media"}
		}, nil},
		{"peer: too far apart", mentoring.FormatPeer, mentoring.RolePeerMentor, Rules{}, nil, func(m, e *mentoring.Participant) {
			m.Person.Seniority.Years = 20
		}, []Rule{RulePeerBand}},
		{"two rules at once", mentoring.FormatOneToOne, mentoring.RoleMentor, Rules{SharedLanguage: true, MaxTimeZoneGap: 60}, nil, func(m, e *mentoring.Participant) {
			e.Person.ManagerID = "m"
			m.Person.UTCOffsetMinutes = 600
		}, []Rule{RuleReportingLine, RuleNoSharedLanguage, RuleTimeZoneGap}},
		{"banned", mentoring.FormatOneToOne, mentoring.RoleMentor, Rules{Bans: []PairRef{{"m", "e"}}}, nil, func(m, e *mentoring.Participant) {}, []Rule{RuleBanned}},
		{"previously paired", mentoring.FormatOneToOne, mentoring.RoleMentor, Rules{Previous: []PairRef{{"m", "e"}}}, nil, func(m, e *mentoring.Participant) {}, []Rule{RulePreviouslyPaired}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := mentoring.Participant{Person: pairPerson("m", 10, mentoring.LevelSenior), Role: tc.role, Capacity: 1}
			e := mentoring.Participant{Person: pairPerson("e", 8, mentoring.LevelSenior), Role: mentoring.RoleMentee}
			if tc.role == mentoring.RolePeerMentor {
				e.Role, e.Capacity = mentoring.RolePeerMentor, 1
			}
			tc.edit(&m, &e)
			cfg := Config{Rules: tc.rules}
			if tc.extra != nil {
				cfg.Directory = pairDirectory(t, mentoring.DirectoryStrict, append([]mentoring.Person{m.Person, e.Person}, tc.extra...)...)
			}
			p, err := New(pairProg(tc.format, m, e), cfg)
			require.NoError(t, err)
			x, err := p.Explain("m", "e")
			require.NoError(t, err)
			if d := cmp.Diff(tc.want, x.Rules); d != "" {
				t.Errorf("rules (-want +got):\n%s", d)
			}
			res, err := p.Solve()
			require.NoError(t, err)
			require.Equal(t, len(tc.want) == 0, len(res.Pairs) == 1, "paired exactly when allowed")
			if len(tc.want) > 0 {
				// (In a peer programme e is also a mentor: e–e breaks RuleSelf.)
				u := res.Unmatched[0]
				require.Equal(t, "e", u.ID)
				require.Equal(t, ReasonNoAllowedMentor, u.Reason)
				// One rule the pair breaks counts it: the language or
				// time-zone rule when it is one of them (they partition
				// people and are counted first), else the first.
				want := tc.want[0]
				for _, r := range tc.want {
					if r == RuleNoSharedLanguage || r == RuleTimeZoneGap {
						want = r
						break
					}
				}
				require.Contains(t, u.Rules, RuleCount{want, 1})
			}
		})
	}
}

// TestBadInput checks that each bad input gives an error naming it.
func TestBadInput(t *testing.T) {
	good := func() mentoring.Programme {
		boss := pairMentor(pairPerson("boss", 20, mentoring.LevelLead), 1)
		e := pairMentee(pairPerson("e", 1, mentoring.LevelJunior))
		e.Person.ManagerID = "boss"
		return pairProg(mentoring.FormatOneToOne, boss, pairMentor(pairPerson("m", 10, mentoring.LevelSenior), 1), e, pairMentee(pairPerson("f", 1, mentoring.LevelJunior)))
	}
	neg := Weights{Skills: -1, Interests: 1}
	nan := Weights{Skills: math.NaN()}
	zero := Weights{}
	inf := Weights{Skills: 1, Location: math.Inf(1)}
	ninf := Weights{Skills: 1, Languages: math.Inf(-1)}
	tests := []struct {
		name  string
		prog  func(p *mentoring.Programme)
		cfg   Config
		want  error
		field string
		code  string
		id    string
	}{
		{"negative weight", nil, Config{Weights: &neg}, ErrWeight, "weights.skills", "badWeight", ""},
		{"NaN weight", nil, Config{Weights: &nan}, ErrWeight, "weights.skills", "badWeight", ""},
		{"+Inf weight", nil, Config{Weights: &inf}, ErrWeight, "weights.location", "badWeight", ""},
		{"-Inf weight", nil, Config{Weights: &ninf}, ErrWeight, "weights.languages", "badWeight", ""},
		{"+Inf custom weight", nil, Config{Custom: []CustomCriterion{{Scorer: constScorer{"x", 1}, Weight: math.Inf(1)}}}, ErrWeight, "custom[0].weight", "badWeight", ""},
		{"all weights zero", nil, Config{Weights: &zero}, ErrWeight, "weights", "weightsAllZero", ""},
		{"all zero with a zero custom", nil, Config{Weights: &zero, Custom: []CustomCriterion{{Scorer: constScorer{"x", 1}, Weight: 0}}}, ErrWeight, "weights", "weightsAllZero", ""},
		{"NaN custom weight", nil, Config{Custom: []CustomCriterion{{Scorer: constScorer{"x", 1}, Weight: math.NaN()}}}, ErrWeight, "custom[0].weight", "badWeight", ""},
		{"negative custom weight", nil, Config{Custom: []CustomCriterion{{Scorer: constScorer{"x", 1}, Weight: -2}}}, ErrWeight, "custom[0].weight", "badWeight", ""},
		{"custom without a scorer", nil, Config{Custom: []CustomCriterion{{Scorer: nil, Weight: 1}}}, ErrCriterion, "custom[0].scorer", "scorerMissing", ""},
		{"custom named like a built-in", nil, Config{Custom: []CustomCriterion{{Scorer: constScorer{"skills", 1}, Weight: 1}}}, ErrCriterion, "custom[0].name", "criterionNameBuiltIn", ""},
		{"duplicate custom", nil, Config{Custom: []CustomCriterion{{Scorer: constScorer{"x", 1}, Weight: 1}, {Scorer: constScorer{"x", 1}, Weight: 1}}}, ErrCriterion, "custom[1].name", "criterionNameRepeated", ""},
		{"min score above 1", nil, Config{MinScore: 2}, ErrConfig, "minScore", "outOfRange", ""},
		{"bad priority", nil, Config{Priority: 7}, ErrConfig, "priority", "unknownPriority", ""},
		{"working day too long", nil, Config{WorkingDayMinutes: 721}, ErrConfig, "workingDayMinutes", "outOfRange", ""},
		{"negative candidates", nil, Config{Candidates: -1}, ErrConfig, "candidates", "negative", ""},
		{"negative reverse gap", nil, Config{Rules: Rules{ReverseMinGapYears: -1}}, ErrConfig, "rules.reverseMinGapYears", "outOfRange", ""},
		{"NaN reverse gap", nil, Config{Rules: Rules{ReverseMinGapYears: math.NaN()}}, ErrConfig, "rules.reverseMinGapYears", "outOfRange", ""},
		{"reverse gap of 5 levels", nil, Config{Rules: Rules{ReverseMinGapLevels: 5}}, ErrConfig, "rules.reverseMinGapLevels", "outOfRange", ""},
		{"negative gap", nil, Config{Rules: Rules{MaxTimeZoneGap: -5}}, ErrConfig, "rules.maxTimeZoneGap", "negative", ""},
		{"unknown mentor in a ban", nil, Config{Rules: Rules{Bans: []PairRef{{"ghost", "e"}}}}, ErrUnknownID, "rules.bans[0].mentorId", "unknownMentor", "ghost"},
		{"mentee used as mentor", nil, Config{Rules: Rules{Previous: []PairRef{{"f", "e"}}}}, ErrUnknownID, "rules.previous[0].mentorId", "unknownMentor", "f"},
		{"unknown mentee in a lock", nil, Config{Rules: Rules{Locks: []PairRef{{"m", "ghost"}}}}, ErrUnknownID, "rules.locks[0].menteeId", "unknownMentee", "ghost"},
		{"lock breaks a rule", nil, Config{Rules: Rules{Locks: []PairRef{{"boss", "e"}}}}, ErrLock, "rules.locks[0]", "lockBreaksRule", "e"},
		{"lock against a ban", nil, Config{Rules: Rules{Locks: []PairRef{{"m", "e"}}, Bans: []PairRef{{"m", "e"}}}}, ErrLock, "rules.locks[0]", "lockBreaksRule", "e"},
		{"lock over capacity", nil, Config{Rules: Rules{Locks: []PairRef{{"m", "e"}, {"m", "f"}}}}, ErrLock, "rules.locks[1].mentorId", "lockOverCapacity", "m"},
		{"mentee locked twice", nil, Config{Rules: Rules{Locks: []PairRef{{"m", "f"}, {"boss", "f"}}}}, ErrLock, "rules.locks[1].menteeId", "menteeLockedTwice", "f"},
		{"duplicate lock", nil, Config{Rules: Rules{Locks: []PairRef{{"m", "f"}, {"m", "f"}}}}, ErrDuplicateID, "rules.locks[1]", "duplicate", "f"},
		{"participant not in a strict directory", nil, Config{Directory: pairDirectory(t, mentoring.DirectoryStrict, mentoring.Person{ID: "boss"}, mentoring.Person{ID: "m"}, mentoring.Person{ID: "e", ManagerID: "boss"})},
			ErrUnknownID, "participants[3].person.id", "notInDirectory", "f"},
		{"directory contradicts a participant", nil, Config{Directory: pairDirectory(t, mentoring.DirectoryLenient, mentoring.Person{ID: "boss"}, mentoring.Person{ID: "m"}, mentoring.Person{ID: "e", ManagerID: "m"})},
			ErrDuplicateID, "participants[2].person.managerId", "managerDiffers", "e"},
		{"manager outside the programme, no directory", func(p *mentoring.Programme) { p.Participants[3].Person.ManagerID = "ghost" }, Config{},
			mentoring.ErrUnknownReference, "participants[3].person.managerId", "unknownManager", "f"},
		{"two roles, two managers", func(p *mentoring.Programme) {
			f := p.Participants[3]
			f.Role, f.Capacity, f.Person.ManagerID = mentoring.RoleMentor, 1, "m"
			p.Participants = append(p.Participants, f)
		}, Config{}, ErrDuplicateID, "participants[3].person.managerId", "managerDiffers", "f"},
		{"load of a mentee", nil, Config{Load: map[string]int{"f": 1}}, ErrUnknownID, "load.f", "unknownMentor", "f"},
		{"negative load", nil, Config{Load: map[string]int{"m": -1}}, ErrConfig, "load.m", "negative", "m"},
		{"duplicate participant", func(p *mentoring.Programme) { p.Participants = append(p.Participants, p.Participants[0]) }, Config{}, mentoring.ErrDuplicate, "", "", ""},
		{"negative capacity", func(p *mentoring.Programme) { p.Participants[1].Capacity = -1 }, Config{}, mentoring.ErrOutOfRange, "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			prog := good()
			if tc.prog != nil {
				tc.prog(&prog)
			}
			_, err := New(prog, tc.cfg)
			require.Error(t, err)
			require.ErrorIs(t, err, tc.want)
			if tc.field == "" {
				return
			}
			var fe *FieldError
			require.ErrorAs(t, err, &fe)
			require.Equal(t, tc.field, fe.Field, err.Error())
			require.Equal(t, tc.code, fe.Code, err.Error())
			require.Equal(t, tc.id, fe.ID, err.Error())
			require.NotEmpty(t, fe.Text.NL)
		})
	}
	// Several problems at once are joined.
	_, err := New(good(), Config{Weights: &neg, MinScore: -1})
	var joined interface{ Unwrap() []error }
	require.True(t, errors.As(err, &joined))
	require.Len(t, joined.Unwrap(), 2)

	// Programme and settings problems come together.
	bad := good()
	bad.Participants[0].Capacity = 0
	_, err = New(bad, Config{MinScore: 3})
	require.ErrorIs(t, err, mentoring.ErrOutOfRange)
	require.ErrorIs(t, err, ErrConfig)

	// Queries with unknown IDs.
	p, err := New(good(), Config{})
	require.NoError(t, err)
	_, err = p.Explain("nobody", "e")
	require.ErrorIs(t, err, ErrUnknownID)
	res, err := p.Solve()
	require.NoError(t, err)
	_, err = p.WhyNot(res, "m", "nobody")
	require.ErrorIs(t, err, ErrUnknownID)
	_, err = p.WhyNot(Result{}, "m", "e")
	require.ErrorIs(t, err, ErrConfig)
}

// TestEmptyProgramme: no participants is a valid, empty pairing.
func TestEmptyProgramme(t *testing.T) {
	res, err := Solve(pairProg(mentoring.FormatOneToOne), Config{})
	require.NoError(t, err)
	require.Empty(t, res.Pairs)
	require.Empty(t, res.Unmatched)
	require.True(t, res.Exact)
	// Only mentors: all unmatched, no allowed mentee.
	res, err = Solve(pairProg(mentoring.FormatOneToOne, pairMentor(pairPerson("m", 3, mentoring.LevelSenior), 2)), Config{})
	require.NoError(t, err)
	require.Equal(t, []Unmatched{{ID: "m", Side: stable.SideMentor, Reason: ReasonNoAllowedMentee}}, res.Unmatched)
}

// TestLocks: a lock holds even when another pairing scores higher.
func TestLocks(t *testing.T) {
	a := pairMentor(pairPerson("A", 20, mentoring.LevelLead), 1)
	b := pairMentor(pairPerson("B", 20, mentoring.LevelLead), 1)
	e1 := pairMentee(pairPerson("e1", 1, mentoring.LevelJunior))
	e2 := pairMentee(pairPerson("e2", 1, mentoring.LevelJunior))
	zero := Weights{}
	table := tableScorer{"A/e1": 1, "A/e2": 0.3, "B/e1": 0.3, "B/e2": 0.2}
	cfg := Config{Weights: &zero, Custom: []CustomCriterion{{Scorer: table, Weight: 1}}, Rules: Rules{Locks: []PairRef{{"A", "e2"}}}}
	res, err := Solve(pairProg(mentoring.FormatOneToOne, a, b, e1, e2), cfg)
	require.NoError(t, err)
	require.Equal(t, []string{"A/e2", "B/e1"}, pairKeys(res))
	require.True(t, res.Pairs[0].Locked)
	require.False(t, res.Pairs[1].Locked)
}

func TestScoreMessageTable(t *testing.T) {
	require.NoError(t, fault.CheckTable(append(slices.Clone(messages), scoreMessages...)))
}

// TestReverseMinGap: a programme states a minimum seniority gap for
// reverse mentoring. The mentee is senior with 8 years; reverse mentor
// r1 is junior with 1 year (gap 7 years, 2 levels), r2 medior with 4
// (gap 4 years, 1 level).
func TestReverseMinGap(t *testing.T) {
	prog := func(years ...float64) mentoring.Programme {
		r1 := pairPerson("r1", years[0], mentoring.LevelJunior)
		r2 := pairPerson("r2", years[1], mentoring.LevelMedior)
		e := pairPerson("e", 8, mentoring.LevelSenior)
		rev := func(p mentoring.Person) mentoring.Participant {
			return mentoring.Participant{Person: p, Role: mentoring.RoleReverseMentor, Capacity: 1, Offers: []string{"AI"}}
		}
		return pairProg(mentoring.FormatReverse, rev(r1), rev(r2), pairMentee(e, "AI"))
	}
	tests := []struct {
		name   string
		rules  Rules
		r1, r2 []Rule
	}{
		{"no minimum: less senior is enough", Rules{}, nil, nil},
		{"at least five years less", Rules{ReverseMinGapYears: 5}, nil, []Rule{RuleReverseSeniority}},
		{"exactly seven years less is enough", Rules{ReverseMinGapYears: 7}, nil, []Rule{RuleReverseSeniority}},
		{"at least two levels lower", Rules{ReverseMinGapLevels: 2}, nil, []Rule{RuleReverseSeniority}},
		{"one level lower", Rules{ReverseMinGapLevels: 1}, nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := New(prog(1, 4), Config{Rules: tc.rules})
			require.NoError(t, err)
			for _, c := range []struct {
				id   string
				want []Rule
				gap  ReverseGap
			}{{"r1", tc.r1, ReverseGap{Years: 7, Levels: 2}}, {"r2", tc.r2, ReverseGap{Years: 4, Levels: 1}}} {
				x, err := p.Explain(c.id, "e")
				require.NoError(t, err)
				require.Equal(t, c.want, x.Rules, "%s", x)
				c.gap.MinYears, c.gap.MinLevels = tc.rules.ReverseMinGapYears, tc.rules.ReverseMinGapLevels
				require.Equal(t, &c.gap, x.ReverseGap)
				row := make([]float64, 2)
				require.NoError(t, p.scoreRow(0, row))
				require.Equal(t, len(c.want) > 0, row[p.mentorIdx[c.id]] < 0)
			}
		})
	}
	// A gap no pair reaches: the largest is 8 - 1 = 7 years, 3 - 1 = 2 levels.
	for _, tc := range []struct {
		rules Rules
		field string
	}{{Rules{ReverseMinGapYears: 7.5}, "rules.reverseMinGapYears"}, {Rules{ReverseMinGapLevels: 3}, "rules.reverseMinGapLevels"}} {
		_, err := New(prog(1, 4), Config{Rules: tc.rules})
		require.ErrorIs(t, err, ErrConfig)
		var fe *FieldError
		require.True(t, errors.As(err, &fe))
		require.Equal(t, tc.field, fe.Field)
		require.Equal(t, "reverseGapUnreachable", fe.Code)
	}
	// Each gap reached, but by different pairs: r1 (6 years, junior) is
	// 2 years and 2 levels below e, r2 (1 year, medior) 7 years and 1
	// level; no pair is 5 years and 2 levels below.
	_, err := New(prog(6, 1), Config{Rules: Rules{ReverseMinGapYears: 5, ReverseMinGapLevels: 2}})
	require.ErrorIs(t, err, ErrConfig)
	var fe *FieldError
	require.True(t, errors.As(err, &fe))
	require.Equal(t, "reverseGapsApart", fe.Code)
	require.Equal(t, "rules.reverseMinGapYears", fe.Field)
	require.Equal(t, "is, together with the gap of 2 levels, reached by no mentee–reverse-mentor pair: the pairs at least 2 levels apart differ by at most 2 years", fe.Text.EN)
	// Both together by one pair: r1 with 1 year is 7 years and 2 levels below.
	_, err = New(prog(1, 1), Config{Rules: Rules{ReverseMinGapYears: 5, ReverseMinGapLevels: 2}})
	require.NoError(t, err)
}

// TestGapAndMissingJSON: an explanation with a criterion not scored and a
// reverse gap survives JSON.
func TestGapAndMissingJSON(t *testing.T) {
	jsontest.RoundTrip(t, Explanation{MentorID: "r", MenteeID: "e", Score: 0.5,
		Breakdown:  []Contribution{{Criterion: "skills", Score: 0.5, Share: 1, Points: 0.5}, {Criterion: "personality", Missing: MissingMentor}},
		Rules:      []Rule{RuleReverseSeniority},
		ReverseGap: &ReverseGap{Years: 4, Levels: 1, MinYears: 5, MinLevels: 2}})
}
