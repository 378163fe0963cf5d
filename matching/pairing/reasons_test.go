package pairing

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsontest"
	"github.com/mentorkit/mentorkit/matching/stable"
	"github.com/mentorkit/mentorkit/mentoring"
)

func TestReasonMessageTable(t *testing.T) {
	require.NoError(t, fault.CheckTable(reasonMessages))
	// The reason codes must not clash with the error codes.
	for _, m := range reasonMessages {
		for _, e := range messages {
			if m.Code == e.Code {
				t.Errorf("code %q is both a reason text and an error", m.Code)
			}
		}
	}
}

// reasonsOf solves prog under cfg and returns the pairing, the result and
// the reasons.
func reasonsOf(t *testing.T, prog mentoring.Programme, cfg Config) (*Pairing, Result, []MenteeReasons) {
	t.Helper()
	p, err := New(prog, cfg)
	require.NoError(t, err)
	res, err := p.Solve()
	require.NoError(t, err)
	rs, err := p.Reasons(res)
	require.NoError(t, err)
	for _, r := range rs {
		jsontest.RoundTrip(t, r)
	}
	return p, res, rs
}

// reasonShape is what the hand-worked tests compare (scores and texts are
// checked apart).
type reasonShape struct {
	MenteeID  string
	Obstacles []obstacleShape
	Rules     []RuleCount
	Full      int
	Remedy    *remedyShape
	Tried     int
}

type obstacleShape struct {
	MentorID string
	Rules    []Rule
	Full     bool
	TakenBy  []string
}

type remedyShape struct {
	MentorID, MatchedWith string
	Rule                  Rule
}

func shapeOf(r MenteeReasons) reasonShape {
	s := reasonShape{MenteeID: r.MenteeID, Rules: r.Rules, Full: r.Full, Tried: r.Tried}
	for _, o := range r.Obstacles {
		s.Obstacles = append(s.Obstacles, obstacleShape{o.MentorID, o.Rules, o.Full, o.TakenBy})
	}
	if r.Remedy != nil {
		s.Remedy = &remedyShape{r.Remedy.MentorID, r.Remedy.MatchedWith, r.Remedy.Rule}
	}
	return s
}

// TestReasonsOnlySameLanguageMentorFull: Anna is the one mentor who
// speaks Dutch, with one place, locked to Eva. Bas speaks English only
// and lives 10 hours away (UTC+10 against UTC, gap limit 60 minutes), so
// his pair with Femke breaks two rules and is no candidate. Femke (Dutch)
// is left: Bas forbidden by the language and the time-zone rule, Anna
// full, taken by Eva. The one candidate change is one more place for
// Anna; solving again gives Femke that place (nobody else wants it), and
// the objective (PriorityScore: the total score) rises by exactly the
// score of Anna–Femke.
func TestReasonsOnlySameLanguageMentorFull(t *testing.T) {
	anna := pairMentor(pairPerson("anna", 12, mentoring.LevelLead), 1)
	anna.Person.Name, anna.Person.Languages = "Anna", []string{"nl"}
	bas := pairMentor(pairPerson("bas", 12, mentoring.LevelLead), 1)
	bas.Person.Name, bas.Person.Languages, bas.Person.UTCOffsetMinutes = "Bas", []string{"en"}, 600
	eva := pairMentee(pairPerson("eva", 2, mentoring.LevelJunior))
	eva.Person.Name, eva.Person.Languages = "Eva", []string{"nl"}
	femke := pairMentee(pairPerson("femke", 2, mentoring.LevelJunior))
	femke.Person.Name, femke.Person.Languages = "Femke", []string{"nl"}
	cfg := Config{Rules: Rules{SharedLanguage: true, MaxTimeZoneGap: 60, Locks: []PairRef{{"anna", "eva"}}}}
	p, res, rs := reasonsOf(t, pairProg(mentoring.FormatOneToOne, anna, bas, eva, femke), cfg)

	want := []reasonShape{{
		MenteeID: "femke",
		Obstacles: []obstacleShape{
			{MentorID: "anna", Full: true, TakenBy: []string{"eva"}},
			{MentorID: "bas", Rules: []Rule{RuleNoSharedLanguage, RuleTimeZoneGap}},
		},
		Rules:  []RuleCount{{RuleNoSharedLanguage, 1}, {RuleTimeZoneGap, 1}},
		Full:   1,
		Remedy: &remedyShape{MentorID: "anna", MatchedWith: "anna"},
		Tried:  1,
	}}
	got := make([]reasonShape, len(rs))
	for i, r := range rs {
		got[i] = shapeOf(r)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Fatalf("reasons (-want +got):\n%s", d)
	}
	x, err := p.Explain("anna", "femke")
	require.NoError(t, err)
	require.InDelta(t, x.Score, rs[0].Remedy.Gain, 1e-12)
	require.Equal(t, 1, res.Matched)

	nl := rs[0].Text.NL
	for _, s := range []string{
		"1 van de 2 mentoren: de twee spreken geen gemeenschappelijke taal",
		"Anna (de enige toegestane) is vol, bezet door Eva",
		"met één plaats meer bij Anna wordt deze mentee gekoppeld",
	} {
		require.Contains(t, nl, s)
	}
	require.Contains(t, rs[0].Text.EN, "Anna (the only one allowed) is full, taken by Eva")
	require.Equal(t, "Bas: the two have no language in common", rs[0].Obstacles[1].Text.EN)
}

// TestReasonsTimeZoneGapOnly: one mentor (UTC+10), one mentee (UTC), a
// 60-minute gap limit: the pair breaks the time-zone rule and nothing
// else, and the mentor has a free place. Relaxing that rule for the pair
// is the one candidate; the optimum with the pair allowed holds it (its
// score is positive: they share a language), so the objective rises by
// the pair's score.
func TestReasonsTimeZoneGapOnly(t *testing.T) {
	m := pairMentor(pairPerson("m", 12, mentoring.LevelLead), 1)
	m.Person.Languages, m.Person.UTCOffsetMinutes = []string{"en"}, 600
	e := pairMentee(pairPerson("e", 2, mentoring.LevelJunior))
	e.Person.Languages = []string{"en"}
	p, res, rs := reasonsOf(t, pairProg(mentoring.FormatOneToOne, m, e), Config{Rules: Rules{MaxTimeZoneGap: 60}})
	require.Equal(t, 0, res.Matched)
	want := []reasonShape{{
		MenteeID:  "e",
		Obstacles: []obstacleShape{{MentorID: "m", Rules: []Rule{RuleTimeZoneGap}}},
		Rules:     []RuleCount{{RuleTimeZoneGap, 1}},
		Remedy:    &remedyShape{MentorID: "m", MatchedWith: "m", Rule: RuleTimeZoneGap},
		Tried:     1,
	}}
	got := []reasonShape{shapeOf(rs[0])}
	if d := cmp.Diff(want, got); d != "" {
		t.Fatalf("reasons (-want +got):\n%s", d)
	}
	x, err := p.Explain("m", "e")
	require.NoError(t, err)
	require.Greater(t, x.Score, 0.0)
	require.InDelta(t, x.Score, rs[0].Remedy.Gain, 1e-12)
	require.Contains(t, rs[0].Text.NL, "geen enkele mentor is toegestaan")
	require.Contains(t, rs[0].Text.NL, `het koppel met Name m toestaan ondanks de regel "hun tijdzones liggen te ver uit elkaar" koppelt deze mentee`)
}

// TestReasonsNoRemedy: the one mentor is the mentee's manager (the
// reporting-line rule is never relaxed), and a second mentor breaks two
// rules (language and time zone): no candidate change, so none is tried
// and none is named.
func TestReasonsNoRemedy(t *testing.T) {
	boss := pairMentor(pairPerson("boss", 12, mentoring.LevelLead), 1)
	boss.Person.Languages = []string{"en"}
	far := pairMentor(pairPerson("far", 12, mentoring.LevelLead), 1)
	far.Person.Languages, far.Person.UTCOffsetMinutes = []string{"de"}, 600
	e := pairMentee(pairPerson("e", 2, mentoring.LevelJunior))
	e.Person.Languages, e.Person.ManagerID = []string{"en"}, "boss"
	_, _, rs := reasonsOf(t, pairProg(mentoring.FormatOneToOne, boss, far, e), Config{Rules: Rules{SharedLanguage: true, MaxTimeZoneGap: 60}})
	want := []reasonShape{{
		MenteeID: "e",
		Obstacles: []obstacleShape{
			{MentorID: "boss", Rules: []Rule{RuleReportingLine}},
			{MentorID: "far", Rules: []Rule{RuleNoSharedLanguage, RuleTimeZoneGap}},
		},
		Rules: []RuleCount{{RuleReportingLine, 1}, {RuleNoSharedLanguage, 1}, {RuleTimeZoneGap, 1}},
	}}
	got := []reasonShape{shapeOf(rs[0])}
	if d := cmp.Diff(want, got); d != "" {
		t.Fatalf("reasons (-want +got):\n%s", d)
	}
	require.Contains(t, rs[0].Text.EN, "none of the 0 single changes tried matches this mentee")
}

// TestReasonsForeignResult: a result of another Pairing of the same
// programme and settings is accepted (checked by its fingerprint) and
// gives the same reasons; an empty Result is refused with
// ErrOtherProgramme, which is also an ErrConfig.
func TestReasonsForeignResult(t *testing.T) {
	m := pairMentor(pairPerson("m", 12, mentoring.LevelLead), 1)
	e := pairMentee(pairPerson("e", 2, mentoring.LevelJunior))
	prog := pairProg(mentoring.FormatOneToOne, m, e)
	p1, err := New(prog, Config{})
	require.NoError(t, err)
	p2, err := New(prog, Config{})
	require.NoError(t, err)
	res, err := p1.Solve()
	require.NoError(t, err)
	r1, err := p1.Reasons(res)
	require.NoError(t, err)
	r2, err := p2.Reasons(res)
	require.NoError(t, err)
	require.Equal(t, r1, r2)
	_, err = p2.Reasons(Result{})
	require.True(t, errors.Is(err, ErrOtherProgramme), "%v", err)
	require.True(t, errors.Is(err, ErrConfig), "%v", err)
}

// TestReasonsRemedyHolds checks every named remedy on random programmes
// independently: the change is applied to the programme itself (one more
// Capacity for the mentor, or for a ban the ban lifted) and the programme
// is paired again from scratch; the mentee must then be matched. Pairs
// allowed by the rules and matched mentees get no reasons.
func TestReasonsRemedyHolds(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 1))
	named, pruned := 0, 0
	for trial := range 60 {
		prog, cfg := pairRandomProgramme(rng, 1+rng.IntN(4), 2+rng.IntN(7))
		cfg.Rules.SharedLanguage = len(cfg.Rules.Locks) == 0 && rng.IntN(2) == 0
		p, err := New(prog, cfg)
		if err != nil { // random locks may break a rule
			continue
		}
		res, err := p.Solve()
		require.NoError(t, err)
		rs, err := p.Reasons(res)
		require.NoError(t, err)
		var unmatched []string
		for _, u := range res.Unmatched {
			if u.Side == stable.SideMentee {
				unmatched = append(unmatched, u.ID)
			}
		}
		// The dual shortcut never rules out a relaxed rule that a solve
		// would accept.
		base, _, _, err := p.objective(res.st)
		require.NoError(t, err)
		for e, m := range res.st.assign {
			if m >= 0 {
				continue
			}
			for mm := range p.mentors {
				x, err := p.explain(e, mm)
				require.NoError(t, err)
				if len(x.Rules) != 1 || !relaxable(x.Rules[0]) || p.lockN[mm] >= p.capacity[mm] || !p.forcingLoses(res.st, e, mm, x.Score) {
					continue
				}
				_, ok, err := p.tryRemedy(res.st, e, reasonCandidate{m: mm, rule: x.Rules[0], score: x.Score}, base)
				require.NoError(t, err)
				require.False(t, ok, "trial %d: the duals rule out %s–%s, the solve accepts it", trial, p.mentorID(mm), p.menteeID(e))
				pruned++
			}
		}
		var ids []string
		for _, r := range rs {
			ids = append(ids, r.MenteeID)
			require.Len(t, r.Obstacles, len(p.mentors))
			require.LessOrEqual(t, r.Tried, ReasonChangesTried)
			if r.Remedy == nil || r.Remedy.Rule != RuleNone {
				continue
			}
			named++
			changed := prog
			changed.Participants = slices.Clone(prog.Participants)
			for i := range changed.Participants {
				q := &changed.Participants[i]
				if q.Person.ID == r.Remedy.MentorID && q.Role == mentoring.RoleMentor {
					q.Capacity++
				}
			}
			again, err := Solve(changed, cfg)
			require.NoError(t, err)
			matched := slices.ContainsFunc(again.Pairs, func(m Match) bool { return m.MenteeID == r.MenteeID })
			require.True(t, matched, "trial %d: one more place for %s does not match %s", trial, r.Remedy.MentorID, r.MenteeID)
			require.False(t, math.IsNaN(r.Remedy.Gain))
		}
		require.True(t, slices.IsSorted(ids))
		for _, id := range ids {
			require.False(t, slices.ContainsFunc(res.Pairs, func(m Match) bool { return m.MenteeID == id }))
		}
		if d := cmp.Diff(unmatched, ids); d != "" {
			t.Fatalf("trial %d: reasons for (-unmatched +reasons):\n%s", trial, d)
		}
	}
	require.Positive(t, named, "no remedy was named in any trial")
	require.Positive(t, pruned, "the dual shortcut was never checked")
}

// TestReasonsTriedLimit: the search stops after ReasonChangesTried
// candidates. Ten identical mentors m0..m9 (one place each) and eleven
// identical mentees: f_i may only take m_i (banned with the others), and e
// is banned with every mentor. The optimum pairs every f_i with m_i; e is
// left, each mentor forbidden by one relaxable rule (the ban) and none
// full by the rules' count. Forcing e onto m_i unseats f_i, who has no
// other mentor: the total score stays the same (all pairs score alike),
// which is not an improvement, so no candidate works and exactly
// ReasonChangesTried are tried.
func TestReasonsTriedLimit(t *testing.T) {
	var parts []mentoring.Participant
	var bans []PairRef
	for i := range 10 {
		parts = append(parts, pairMentor(pairPerson(fmt.Sprintf("m%d", i), 12, mentoring.LevelLead), 1))
		parts = append(parts, pairMentee(pairPerson(fmt.Sprintf("f%d", i), 2, mentoring.LevelJunior)))
		bans = append(bans, PairRef{fmt.Sprintf("m%d", i), "e"})
		for j := range 10 {
			if j != i {
				bans = append(bans, PairRef{fmt.Sprintf("m%d", j), fmt.Sprintf("f%d", i)})
			}
		}
	}
	parts = append(parts, pairMentee(pairPerson("e", 2, mentoring.LevelJunior)))
	_, res, rs := reasonsOf(t, pairProg(mentoring.FormatOneToOne, parts...), Config{Rules: Rules{Bans: bans}})
	require.Equal(t, 10, res.Matched)
	require.Len(t, rs, 1)
	require.Equal(t, "e", rs[0].MenteeID)
	require.Equal(t, ReasonChangesTried, rs[0].Tried)
	require.Equal(t, []RuleCount{{RuleBanned, 10}}, rs[0].Rules)
	require.Nil(t, rs[0].Remedy)
	require.Contains(t, rs[0].Text.EN, fmt.Sprintf("none of the %d single changes tried", ReasonChangesTried))
}

// TestReasonsLockedPlaces: a mentor whose one place is locked to another
// mentee and who is banned for the unmatched mentee cannot be forced (no
// place to force into): no relaxed ban is tried for it.
func TestReasonsLockedPlaces(t *testing.T) {
	m := pairMentor(pairPerson("m", 12, mentoring.LevelLead), 1)
	a := pairMentee(pairPerson("a", 2, mentoring.LevelJunior))
	e := pairMentee(pairPerson("e", 2, mentoring.LevelJunior))
	cfg := Config{Rules: Rules{Bans: []PairRef{{"m", "e"}}, Locks: []PairRef{{"m", "a"}}}}
	_, _, rs := reasonsOf(t, pairProg(mentoring.FormatOneToOne, m, a, e), cfg)
	require.Len(t, rs, 1)
	require.Equal(t, 0, rs[0].Tried)
	require.Nil(t, rs[0].Remedy)
}

// FuzzReasons: Reasons on random programmes (one-to-one, group, peer,
// reverse) never fails
// or panics, gives one entry per unmatched mentee and per mentor, tries
// at most ReasonChangesTried changes, and a place it names matches the
// mentee when the programme itself is given that place.
func FuzzReasons(f *testing.F) {
	f.Add(uint64(1), uint8(3), uint8(5), uint8(0), false)
	f.Add(uint64(7), uint8(1), uint8(6), uint8(1), true)
	f.Add(uint64(9), uint8(4), uint8(2), uint8(3), true)
	f.Fuzz(func(t *testing.T, seed uint64, nM, nE, format uint8, lang bool) {
		rng := rand.New(rand.NewPCG(seed, 16))
		prog, cfg := pairRandomProgramme(rng, int(nM%6), int(nE%9))
		prog.Format = []mentoring.Format{mentoring.FormatOneToOne, mentoring.FormatGroup, mentoring.FormatPeer, mentoring.FormatReverse}[format%4]
		for i := range prog.Participants {
			q := &prog.Participants[i]
			switch {
			case prog.Format == mentoring.FormatPeer:
				q.Role, q.Capacity = mentoring.RolePeerMentor, 1+int(seed%2)
			case prog.Format == mentoring.FormatReverse && q.Role == mentoring.RoleMentor:
				q.Role = mentoring.RoleReverseMentor
			}
		}
		cfg.Rules.SharedLanguage = lang
		cfg.Rules.MaxTimeZoneGap = 60 * int(format%10)
		p, err := New(prog, cfg)
		if err != nil {
			return
		}
		res, err := p.Solve()
		require.NoError(t, err)
		rs, err := p.Reasons(res)
		require.NoError(t, err)
		for _, r := range rs {
			require.Len(t, r.Obstacles, len(p.mentors))
			require.LessOrEqual(t, r.Tried, ReasonChangesTried)
			require.NotEmpty(t, r.Text.EN)
			require.NotEmpty(t, r.Text.NL)
			if r.Remedy == nil || r.Remedy.Rule != RuleNone {
				continue
			}
			// One more place, applied to the programme itself and solved
			// from scratch, matches the mentee.
			changed := prog
			changed.Participants = slices.Clone(prog.Participants)
			for i := range changed.Participants {
				q := &changed.Participants[i]
				if q.Person.ID == r.Remedy.MentorID && q.Role != mentoring.RoleMentee {
					q.Capacity++
				}
			}
			again, err := Solve(changed, cfg)
			require.NoError(t, err)
			require.True(t, slices.ContainsFunc(again.Pairs, func(m Match) bool { return m.MenteeID == r.MenteeID }),
				"one more place for %s does not match %s", r.Remedy.MentorID, r.MenteeID)
		}
	})
}

// TestWhyNotText: the four answers of WhyNot in words. Anna (Dutch, one
// place, locked to Eva) and Bas (English, UTC+10) with Eva and Femke, as
// in TestReasonsOnlySameLanguageMentorFull: Anna–Eva is a pair; Bas may
// not mentor Femke for two rules; Anna–Femke is blocked by the lock.
// Then Carla (one place, free) with Dirk and Eva, both allowed: forcing
// the one Carla did not take swaps the two, so the total score changes by
// the difference of their scores and the number matched stays.
func TestWhyNotText(t *testing.T) {
	anna := pairMentor(pairPerson("anna", 12, mentoring.LevelLead), 1)
	anna.Person.Name, anna.Person.Languages = "Anna", []string{"nl"}
	bas := pairMentor(pairPerson("bas", 12, mentoring.LevelLead), 1)
	bas.Person.Name, bas.Person.Languages, bas.Person.UTCOffsetMinutes = "Bas", []string{"en"}, 600
	eva := pairMentee(pairPerson("eva", 2, mentoring.LevelJunior))
	eva.Person.Name, eva.Person.Languages = "Eva", []string{"nl"}
	femke := pairMentee(pairPerson("femke", 2, mentoring.LevelJunior))
	femke.Person.Name, femke.Person.Languages = "Femke", []string{"nl"}
	cfg := Config{Rules: Rules{SharedLanguage: true, MaxTimeZoneGap: 60, Locks: []PairRef{{"anna", "eva"}}}}
	p, err := New(pairProg(mentoring.FormatOneToOne, anna, bas, eva, femke), cfg)
	require.NoError(t, err)
	res, err := p.Solve()
	require.NoError(t, err)
	for _, c := range []struct {
		mentor, mentee string
		want           fault.Text
	}{
		{"anna", "eva", fault.Text{EN: "Anna and Eva are a pair", NL: "Anna en Eva vormen een koppel"}},
		{"bas", "femke", fault.Text{
			EN: "Bas may not mentor Femke: the two have no language in common; their time zones are too far apart",
			NL: "Bas mag Femke niet begeleiden: de twee spreken geen gemeenschappelijke taal; hun tijdzones liggen te ver uit elkaar"}},
		{"anna", "femke", fault.Text{
			EN: "Anna may not mentor Femke: " + RuleLockedElsewhere.Message(false),
			NL: "Anna mag Femke niet begeleiden: " + RuleLockedElsewhere.Message(true)}},
	} {
		w, err := p.WhyNot(res, c.mentor, c.mentee)
		require.NoError(t, err)
		if d := cmp.Diff(c.want, w.Text); d != "" {
			t.Errorf("%s–%s (-want +got):\n%s", c.mentor, c.mentee, d)
		}
		jsontest.RoundTrip(t, w)
	}

	carla := pairMentor(pairPerson("carla", 12, mentoring.LevelLead), 1, "AI")
	carla.Person.Name = "Carla"
	dirk := pairMentee(pairPerson("dirk", 2, mentoring.LevelJunior), "AI")
	dirk.Person.Name = "Dirk"
	eva2 := pairMentee(pairPerson("eva", 2, mentoring.LevelJunior))
	eva2.Person.Name = "Eva"
	p, err = New(pairProg(mentoring.FormatOneToOne, carla, dirk, eva2), Config{})
	require.NoError(t, err)
	res, err = p.Solve()
	require.NoError(t, err)
	require.Len(t, res.Pairs, 1)
	taken := res.Pairs[0].MenteeID
	other, otherName := "eva", "Eva"
	if taken == "eva" {
		other, otherName = "dirk", "Dirk"
	}
	xT, err := p.Explain("carla", taken)
	require.NoError(t, err)
	xO, err := p.Explain("carla", other)
	require.NoError(t, err)
	w, err := p.WhyNot(res, "carla", other)
	require.NoError(t, err)
	d := fmt.Sprintf("%+.2f", xO.Score-xT.Score)
	require.Equal(t, "pairing Carla with "+otherName+" would change the total score by "+d, w.Text.EN)
	require.Equal(t, "Carla aan "+otherName+" koppelen zou de totale score met "+d+" veranderen", w.Text.NL)
}

// BenchmarkReasons measures Reasons against the Solve it explains on a
// synthetic programme where capacity leaves mentees unmatched (mentors ×
// capacity 2 < mentees), reporting the unmatched count and solves run.
func BenchmarkReasons(b *testing.B) {
	for _, size := range [][2]int{{50, 150}, {200, 600}} {
		nM, nE := size[0], size[1]
		b.Run(fmt.Sprintf("mentees=%d/mentors=%d", nE, nM), func(b *testing.B) {
			prog, cfg := pairBenchProgramme(b, nM, nE, 2)
			p, err := New(prog, cfg)
			if err != nil {
				b.Fatal(err)
			}
			res, err := p.Solve()
			if err != nil {
				b.Fatal(err)
			}
			var tried int
			for b.Loop() {
				rs, err := p.Reasons(res)
				if err != nil {
					b.Fatal(err)
				}
				tried = 0
				for _, r := range rs {
					tried += r.Solved
				}
			}
			b.ReportMetric(float64(res.Mentees-res.Matched), "unmatched")
			b.ReportMetric(float64(tried), "solves")
		})
	}
}

// TestReasonsReverseTopicNotRelaxed: in a reverse programme the one
// reverse mentor (junior, so less senior) offers "retail" and the mentee
// wants "AI": the pair breaks RuleReverseTopic only, which defines the
// format (a reverse relationship needs a topic), so it is no candidate.
func TestReasonsReverseTopicNotRelaxed(t *testing.T) {
	m := pairMentor(pairPerson("m", 1, mentoring.LevelJunior), 1, "retail")
	m.Role = mentoring.RoleReverseMentor
	e := pairMentee(pairPerson("e", 12, mentoring.LevelLead), "AI")
	_, _, rs := reasonsOf(t, pairProg(mentoring.FormatReverse, m, e), Config{})
	require.Len(t, rs, 1)
	require.Equal(t, []RuleCount{{RuleReverseTopic, 1}}, rs[0].Rules)
	require.Equal(t, 0, rs[0].Tried)
	require.Nil(t, rs[0].Remedy)
}

// TestReasonsJSONNonFinite: the reason types keep non-finite numbers
// through JSON (the module's number rule).
func TestReasonsJSONNonFinite(t *testing.T) {
	jsontest.RoundTrip(t, MenteeReasons{
		MenteeID:  "e",
		Obstacles: []Obstacle{{MentorID: "m", Score: math.NaN(), Rules: []Rule{RuleBanned}, Text: fault.Text{EN: "a", NL: "b"}}},
		Rules:     []RuleCount{{RuleBanned, 1}},
		Remedy:    &Remedy{MentorID: "m", Rule: RuleBanned, MatchedWith: "m", Gain: math.Inf(1)},
	})
	jsontest.RoundTrip(t, Remedy{Gain: math.Inf(-1)})
	jsontest.RoundTrip(t, Obstacle{Full: true, TakenBy: []string{"a", "b"}, Score: 0.25})
}

// TestRelaxableRules pins which rules a remedy may relax for one pair:
// never one that protects people, defines the format or is a
// participant's own dismissal.
func TestRelaxableRules(t *testing.T) {
	never := []Rule{RuleSelf, RuleReportingLine, RuleUnknownReportingLine, RulePeerDirection, RuleLockedElsewhere,
		RuleReverseSeniority, RuleReverseTopic, RuleSameOrganisation, RuleDismissed}
	for r := RuleSelf; r < numRules; r++ {
		if got, want := relaxable(r), !slices.Contains(never, r); got != want {
			t.Errorf("relaxable(%v) = %v, want %v", r, got, want)
		}
	}
	for _, name := range []string{"dismissed", "notListed", "noOverlap"} {
		var r Rule
		if err := r.UnmarshalText([]byte(name)); err != nil || r.String() != name {
			t.Errorf("rule %q: %v, %v", name, r, err)
		}
	}
	for _, name := range []string{"preference", "availability"} {
		var c Criterion
		if err := c.UnmarshalText([]byte(name)); err != nil || c.String() != name {
			t.Errorf("criterion %q: %v, %v", name, c, err)
		}
	}
}
