package pairing

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/internal/jsontest"
	"github.com/mentorkit/mentorkit/mentoring"
)

// pairDirectory builds a directory of people or fails the test.
func pairDirectory(t testing.TB, mode mentoring.DirectoryMode, people ...mentoring.Person) *mentoring.Directory {
	t.Helper()
	d, err := mentoring.NewDirectory(people, mode)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestDirectoryRules: the reporting-line rule on a directory. The chart
// (ID: manager):
//
//	top; mid: top; low: mid; far: top;
//	typo: "mdi" (nobody: meant mid); under: typo
//
// Mentors are top and far; mentees low, typo, under, and "ghost" (not in
// the directory).
func TestDirectoryRules(t *testing.T) {
	chart := []mentoring.Person{
		{ID: "top"}, {ID: "mid", ManagerID: "top"}, {ID: "low", ManagerID: "mid"}, {ID: "far", ManagerID: "top"},
		{ID: "typo", ManagerID: "mdi"}, {ID: "under", ManagerID: "typo"},
	}
	lenient := pairDirectory(t, mentoring.DirectoryLenient, chart...)
	prog := pairProg(mentoring.FormatOneToOne,
		pairMentor(pairPerson("top", 20, mentoring.LevelExecutive), 4),
		pairMentor(pairPerson("far", 12, mentoring.LevelLead), 4),
		pairMentee(pairPerson("low", 1, mentoring.LevelJunior)),
		pairMentee(pairPerson("typo", 2, mentoring.LevelJunior)),
		pairMentee(pairPerson("under", 1, mentoring.LevelJunior)),
		pairMentee(pairPerson("ghost", 1, mentoring.LevelJunior)),
	)
	tests := []struct {
		levels         int
		mentor, mentee string
		want           []Rule
	}{
		{0, "top", "low", []Rule{RuleReportingLine}}, // low → mid → top: two levels
		{1, "top", "low", nil},                       // one level: mid only
		{0, "far", "low", nil},                       // a peer's branch
		// typo's manager is nobody: top might be it (fail closed).
		{0, "top", "typo", []Rule{RuleUnknownReportingLine}},
		{0, "far", "typo", []Rule{RuleUnknownReportingLine}},
		// under → typo is known, the level above is not.
		{1, "far", "under", nil},
		{0, "far", "under", []Rule{RuleUnknownReportingLine}},
		// ghost is not in the (lenient) directory.
		{0, "far", "ghost", []Rule{RuleUnknownReportingLine}},
		{-1, "far", "ghost", nil}, // the rule switched off
	}
	for _, tc := range tests {
		p, err := New(prog, Config{Directory: lenient, Rules: Rules{ReportingLevels: tc.levels}})
		if err != nil {
			t.Fatal(err)
		}
		x, err := p.Explain(tc.mentor, tc.mentee)
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(tc.want, x.Rules); d != "" {
			t.Errorf("levels %d, %s–%s (-want +got):\n%s", tc.levels, tc.mentor, tc.mentee, d)
		}
	}
	// The hot loop agrees: typo, under and ghost find nobody at two
	// levels, and a lock on a pair that cannot be checked is refused.
	res, err := Solve(prog, Config{Directory: lenient})
	require.NoError(t, err)
	require.Equal(t, 1, res.Matched)
	_, err = New(prog, Config{Directory: lenient, Rules: Rules{Locks: []PairRef{{"far", "typo"}}}})
	require.ErrorIs(t, err, ErrLock)
	// A strict directory refuses the export outright.
	_, err = mentoring.NewDirectory(chart, mentoring.DirectoryStrict)
	require.ErrorIs(t, err, mentoring.ErrUnknownReference)
}

// TestDeepChain: a 10,000-deep reporting line; the mentee at the bottom
// and mentors at the top and two levels up.
func TestDeepChain(t *testing.T) {
	chart := make([]mentoring.Person, 10000)
	for i := range chart {
		chart[i] = mentoring.Person{ID: fmt.Sprintf("p%05d", i)}
		if i > 0 {
			chart[i].ManagerID = chart[i-1].ID
		}
	}
	dir := pairDirectory(t, mentoring.DirectoryStrict, chart...)
	prog := pairProg(mentoring.FormatOneToOne,
		pairMentor(pairPerson("p00000", 30, mentoring.LevelExecutive), 1),
		pairMentor(pairPerson("p09997", 10, mentoring.LevelSenior), 1),
		pairMentee(pairPerson("p09999", 1, mentoring.LevelJunior)),
	)
	p, err := New(prog, Config{Directory: dir})
	require.NoError(t, err)
	for mentor, want := range map[string][]Rule{"p00000": nil, "p09997": {RuleReportingLine}} {
		x, err := p.Explain(mentor, "p09999")
		require.NoError(t, err)
		require.Equal(t, want, x.Rules, mentor)
	}
}

// TestSeveralRolesPairing: b mentors and is mentored in one programme.
// b never pairs with themselves, and of a–b and b–a only the better
// direction is allowed; a load elsewhere takes a place.
func TestSeveralRolesPairing(t *testing.T) {
	a := pairPerson("a", 10, mentoring.LevelSenior)
	b := pairPerson("b", 10, mentoring.LevelSenior)
	a.Skills = []mentoring.Skill{{Name: "sql", Level: 5}}
	prog := pairProg(mentoring.FormatOneToOne,
		pairMentor(a, 1, "sql"), pairMentee(a),
		pairMentor(b, 1), pairMentee(b, "sql"),
	)
	require.NoError(t, prog.Validate())
	p, err := New(prog, Config{})
	require.NoError(t, err)
	self, err := p.Explain("b", "b")
	require.NoError(t, err)
	require.Equal(t, []Rule{RuleSelf}, self.Rules)
	// a offers the SQL b wants, so a–b scores higher than b–a (b offers
	// nothing a wants): b–a is the backward direction.
	ab, err := p.Explain("a", "b")
	require.NoError(t, err)
	require.Empty(t, ab.Rules)
	ba, err := p.Explain("b", "a")
	require.NoError(t, err)
	require.Equal(t, []Rule{RulePeerDirection}, ba.Rules)
	res, err := p.Solve()
	require.NoError(t, err)
	require.Equal(t, []PairRef{{"a", "b"}}, pairRefs(res))

	// With one mentee elsewhere, a has no place left here, so b–a is no
	// longer the backward direction of a possible pair: b mentors a.
	p, err = New(prog, Config{Load: map[string]int{"a": 1}})
	require.NoError(t, err)
	ba, err = p.Explain("b", "a")
	require.NoError(t, err)
	require.Empty(t, ba.Rules)
	res, err = p.Solve()
	require.NoError(t, err)
	require.Equal(t, []PairRef{{"b", "a"}}, pairRefs(res))
}

func pairRefs(res Result) []PairRef {
	var out []PairRef
	for _, p := range res.Pairs {
		out = append(out, PairRef{p.MentorID, p.MenteeID})
	}
	return out
}

// TestRuleMessage: every rule has a text in both languages.
func TestRuleMessage(t *testing.T) {
	for r := RuleNone; r < numRules; r++ {
		if r.Message(false) == "" || r.Message(true) == "" || r.Message(false) == r.Message(true) {
			t.Errorf("rule %v: %q / %q", r, r.Message(false), r.Message(true))
		}
	}
	require.Contains(t, RuleUnknownReportingLine.Message(false), "could not be checked")
	require.Equal(t, "rule(99)", Rule(99).Message(true))
}

// TestConfigJSONDirectory: a Config's Load survives JSON; its Directory is
// not written, so a decoded Config has none.
func TestConfigJSONDirectory(t *testing.T) {
	dir := pairDirectory(t, mentoring.DirectoryStrict, mentoring.Person{ID: "m"})
	cfg := Config{Directory: dir, Load: map[string]int{"m": 2}}
	b, err := json.Marshal(cfg)
	require.NoError(t, err)
	require.NotContains(t, string(b), "directory")
	var got Config
	require.NoError(t, json.Unmarshal(b, &got))
	require.Nil(t, got.Directory)
	require.Equal(t, cfg.Load, got.Load)
	cfg.Directory = nil
	jsontest.RoundTrip(t, cfg)
}
