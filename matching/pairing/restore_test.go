package pairing_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/matching/pairing"
	"github.com/mentorkit/mentorkit/mentoring"
)

// reload marshals a result to JSON and decodes it, as a result stored
// last week comes back.
func reload(t *testing.T, res pairing.Result) pairing.Result {
	t.Helper()
	b, err := json.Marshal(res)
	require.NoError(t, err)
	var back pairing.Result
	require.NoError(t, json.Unmarshal(b, &back))
	return back
}

// codes lists the codes and fields of the *FieldErrors in err.
func codes(t *testing.T, err error) []string {
	t.Helper()
	list, ok := fault.List(err)
	require.True(t, ok, "%v", err)
	var out []string
	for _, e := range list {
		out = append(out, e.Code+" "+e.Field)
	}
	return out
}

// TestResultReloaded: the example programme with skills only under
// PriorityParticipation pairs daan–chen 0.00, eva–bram 1.00, femke–anna
// 0.50 (total 1.50; see the package examples for the arithmetic). A
// result saved as JSON and decoded, given to a new Pairing of the same
// programme and settings (participants in another order), is explained
// as the original: forcing bram–daan (0.50) moves eva from bram to a
// 0.00 mentor, so the exact loss is 1.50 − 1.00 = 0.50 and the duals'
// bound 0.50, and Reasons agree.
func TestResultReloaded(t *testing.T) {
	w := pairing.Weights{Skills: 1}
	cfg := pairing.Config{Weights: &w, Priority: pairing.PriorityParticipation}
	p, err := pairing.New(exampleProgramme(), cfg)
	require.NoError(t, err)
	res, err := p.Solve()
	require.NoError(t, err)
	require.NotEmpty(t, res.Fingerprint.Participants)

	prog := exampleProgramme()
	prog.Participants[0], prog.Participants[5] = prog.Participants[5], prog.Participants[0]
	p2, err := pairing.New(prog, cfg)
	require.NoError(t, err)
	require.Equal(t, p.Fingerprint(), p2.Fingerprint())
	back := reload(t, res)

	want, err := p.WhyNot(res, "bram", "daan")
	require.NoError(t, err)
	got, err := p2.WhyNot(back, "bram", "daan")
	require.NoError(t, err)
	if d := cmp.Diff(want, got); d != "" {
		t.Fatalf("WhyNot after reload (-fresh +reloaded):\n%s", d)
	}
	require.True(t, got.HasBound)
	require.InDelta(t, 0.5, got.Bound, 1e-12)
	require.InDelta(t, 0.5, got.ScoreLoss, 1e-12)
	require.Equal(t, "chen", got.CurrentMentorID)

	r1, err := p.Reasons(res)
	require.NoError(t, err)
	r2, err := p2.Reasons(back)
	require.NoError(t, err)
	require.Equal(t, r1, r2)
}

// TestResultNotOptimal: a stored result whose pairs are allowed but not
// the optimum (daan–bram 0.50, eva–chen 0.00, femke–anna 0.50: total
// 1.00 against the optimum's 1.50) is accepted; WhyNot then has no dual
// bound and measures from the stored pairs: forcing bram–eva gives the
// optimum back, a loss of 1.00 − 1.50 = −0.50 (a gain), nobody unmatched.
func TestResultNotOptimal(t *testing.T) {
	w := pairing.Weights{Skills: 1}
	cfg := pairing.Config{Weights: &w, Priority: pairing.PriorityParticipation}
	p, err := pairing.New(exampleProgramme(), cfg)
	require.NoError(t, err)
	res, err := p.Solve()
	require.NoError(t, err)
	old := reload(t, res)
	old.Pairs = []pairing.Match{{MentorID: "anna", MenteeID: "femke"}, {MentorID: "bram", MenteeID: "daan"}, {MentorID: "chen", MenteeID: "eva"}}
	why, err := p.WhyNot(old, "bram", "eva")
	require.NoError(t, err)
	require.False(t, why.HasBound)
	require.Equal(t, "chen", why.CurrentMentorID)
	require.InDelta(t, -0.5, why.ScoreLoss, 1e-12)
	require.Equal(t, 0, why.MatchedLoss)
}

// TestResultOtherProgramme: each part that differs is named, and pairs
// this pairing cannot form are refused, all as ErrOtherProgramme (which
// is also ErrConfig).
func TestResultOtherProgramme(t *testing.T) {
	cfg := pairing.Config{}
	p, err := pairing.New(exampleProgramme(), cfg)
	require.NoError(t, err)
	res, err := p.Solve()
	require.NoError(t, err)
	back := reload(t, res)

	custom := func(version string) pairing.Config {
		return pairing.Config{Custom: []pairing.CustomCriterion{{Scorer: constScorer{}, Weight: 1, Version: version}}}
	}
	withCustom, err := pairing.Solve(exampleProgramme(), custom("v1"))
	require.NoError(t, err)

	moved := exampleProgramme()
	moved.Participants[4].Person.Skills[0].Level = 3 // eva's AI level
	renamed := exampleProgramme()
	renamed.Participants[4].Person.Name = "Eva de Vries" // read by no criterion
	q, err := pairing.New(renamed, cfg)
	require.NoError(t, err)
	_, err = q.WhyNot(back, "bram", "daan")
	require.NoError(t, err, "a new name alone keeps the result")
	newBoss := exampleProgramme()
	newBoss.Participants[5].Person.ManagerID = "chen" // femke now reports to chen

	cases := []struct {
		name string
		prog mentoring.Programme
		cfg  pairing.Config
		res  pairing.Result
		want []string
	}{
		{"other programme", func() mentoring.Programme { q := exampleProgramme(); q.ID = "autumn"; return q }(), cfg, back, []string{"resultFromOtherProgramme result.programmeId"}},
		{"participant changed", moved, cfg, back, []string{"otherParticipants result.fingerprint.participants"}},
		{"settings changed", exampleProgramme(), pairing.Config{MinScore: 0.1}, back, []string{"otherConfig result.fingerprint.config"}},
		{"criterion version", exampleProgramme(), custom("v2"), reload(t, withCustom), []string{"otherCriteria result.fingerprint.criteria"}},
		{"reporting line", newBoss, cfg, back, []string{"otherParticipants result.fingerprint.participants", "otherDirectory result.fingerprint.directory"}},
		{"no fingerprint (hand-built)", exampleProgramme(), cfg, pairing.Result{ProgrammeID: "spring"}, []string{"noFingerprint result.fingerprint"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q, err := pairing.New(c.prog, c.cfg)
			require.NoError(t, err)
			_, err = q.WhyNot(c.res, "bram", "daan")
			require.ErrorIs(t, err, pairing.ErrOtherProgramme)
			require.ErrorIs(t, err, pairing.ErrConfig)
			require.Equal(t, c.want, codes(t, err))
			_, err = q.Reasons(c.res)
			require.ErrorIs(t, err, pairing.ErrOtherProgramme)
		})
	}

	// Pairs this pairing cannot form: anna manages daan (reporting
	// line), eva twice, an unknown mentor, chen over capacity.
	tampered := back
	tampered.Pairs = []pairing.Match{{MentorID: "anna", MenteeID: "daan"}, {MentorID: "bram", MenteeID: "eva"},
		{MentorID: "chen", MenteeID: "eva"}, {MentorID: "zoe", MenteeID: "femke"}}
	_, err = p.WhyNot(tampered, "bram", "daan")
	require.Equal(t, []string{
		"resultPairNotAllowed result.pairs[0]", "resultMenteeTwice result.pairs[2]", "unknownMentor result.pairs[3].mentorId",
	}, codes(t, err))
	var fe *pairing.FieldError
	require.True(t, errors.As(err, &fe))
	require.Equal(t, "spring/anna/daan", fe.ID)
	require.Contains(t, fe.Text.NL, "reportingLine")

	over := back
	over.Pairs = []pairing.Match{{MentorID: "bram", MenteeID: "daan"}, {MentorID: "bram", MenteeID: "eva"}}
	_, err = p.WhyNot(over, "bram", "daan")
	require.Equal(t, []string{"resultOverCapacity result.pairs"}, codes(t, err))
}

// constScorer scores every pair 0.5.
type constScorer struct{}

func (constScorer) Name() string                              { return "half" }
func (constScorer) Score(_, _ *mentoring.Participant) float64 { return 0.5 }

// faultList returns the *FieldErrors in err.
func faultList(err error) ([]*pairing.FieldError, bool) { return fault.List(err) }

// TestResultOtherOptimum: with every pair scoring 0.5 (a constant custom
// criterion, no built-in weight) every pairing that matches all three
// mentees is an optimum of 1.50. A stored result holding another of them
// than Solve's is certified by the optimum's duals, so WhyNot keeps its
// bound, and forcing any allowed pair loses nothing (0 ≤ bound ≤ 0).
func TestResultOtherOptimum(t *testing.T) {
	zero := pairing.Weights{}
	cfg := pairing.Config{Weights: &zero, Custom: []pairing.CustomCriterion{{Scorer: constScorer{}, Weight: 1, Version: "1"}}, Rules: pairing.Rules{ReportingLevels: -1}}
	p, err := pairing.New(exampleProgramme(), cfg)
	require.NoError(t, err)
	res, err := p.Solve()
	require.NoError(t, err)
	require.InDelta(t, 1.5, res.TotalScore, 1e-12)
	other := reload(t, res)
	// A cyclic shift of the mentors keeps every mentee matched.
	for i := range other.Pairs {
		other.Pairs[i].MentorID = res.Pairs[(i+1)%len(res.Pairs)].MentorID
	}
	require.NotEqual(t, res.Pairs[0].MentorID, other.Pairs[0].MentorID)
	for _, q := range res.Pairs {
		why, err := p.WhyNot(other, q.MentorID, q.MenteeID)
		require.NoError(t, err)
		require.False(t, why.Paired)
		require.True(t, why.HasBound)
		require.InDelta(t, 0, why.Bound, 1e-9)
		require.InDelta(t, 0, why.ObjectiveLoss, 1e-9)
	}
}
