package pairing

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/mentorkit/mentorkit/internal/fault"
	"github.com/mentorkit/mentorkit/internal/jsontest"
	"github.com/mentorkit/mentorkit/mentoring"
)

func TestPreferenceMessageTable(t *testing.T) {
	require.NoError(t, fault.CheckTable(slices.Concat(messages, scoreMessages, capacityMessages, preferenceMessages)))
	for _, r := range []Rule{RuleDismissed, RuleNotListed, RuleNoOverlap} {
		require.NotEqual(t, r.String(), r.Message(false))
		require.NotEqual(t, r.Message(false), r.Message(true))
		var back Rule
		require.NoError(t, back.UnmarshalText([]byte(r.String())))
		require.Equal(t, r, back)
	}
	require.Equal(t, "dismissed notListed noOverlap", RuleDismissed.String()+" "+RuleNotListed.String()+" "+RuleNoOverlap.String())
	require.Equal(t, "preference availability", CriterionPreference.String()+" "+CriterionAvailability.String())
}

// prefProgramme: mentees e1, e2; mentors m1, m2, m3.
// e1 ranks [m2, m1]: e1's side scores m2 1 − 0/2 = 1 and m1 1 − 1/2 = 0.5.
// m1 ranks [e1]: m1's side scores e1 1. e2 dismisses m3. Nobody else ranks.
func prefProgramme() mentoring.Programme {
	e1 := pairMentee(pairPerson("e1", 1, mentoring.LevelJunior))
	e1.Preferences.Ranked = []string{"m2", "m1"}
	e2 := pairMentee(pairPerson("e2", 1, mentoring.LevelJunior))
	e2.Preferences.Dismissed = []string{"m3"}
	m1 := pairMentor(pairPerson("m1", 9, mentoring.LevelLead), 2)
	m1.Preferences.Ranked = []string{"e1"}
	m2 := pairMentor(pairPerson("m2", 9, mentoring.LevelLead), 2)
	m3 := pairMentor(pairPerson("m3", 9, mentoring.LevelLead), 2)
	return pairProg(mentoring.FormatOneToOne, e1, e2, m1, m2, m3)
}

// TestPreferenceScoreByHand: the pair scores of prefProgramme, each the
// mean over the sides that rank anyone.
func TestPreferenceScoreByHand(t *testing.T) {
	w := Weights{Preference: 1, Experience: 1}
	p, err := New(prefProgramme(), Config{Weights: &w})
	require.NoError(t, err)
	for _, c := range []struct {
		mentor, mentee string
		score          float64
		missing        Missing
		rules          []Rule
	}{
		{"m1", "e1", (0.5 + 1) / 2, 0, nil}, // both rank: e1 has m1 second of two, m1 has e1 first of one
		{"m2", "e1", 1, 0, nil},             // only e1 ranks anyone: m2 first
		{"m3", "e1", 0, 0, nil},             // e1 ranks, m3 is not on the list: 0, not missing
		{"m1", "e2", 0, 0, nil},             // m1 ranks, e2 is not on its list
		{"m2", "e2", 0, MissingBoth, nil},   // neither ranks anyone: not scored
		{"m3", "e2", 0, MissingBoth, []Rule{RuleDismissed}},
	} {
		x, err := p.Explain(c.mentor, c.mentee)
		require.NoError(t, err)
		i := slices.IndexFunc(x.Breakdown, func(k Contribution) bool { return k.Criterion == "preference" })
		require.GreaterOrEqual(t, i, 0, "%s", x)
		require.Equal(t, c.score, x.Breakdown[i].Score, "%s→%s", c.mentor, c.mentee)
		require.Equal(t, c.missing, x.Breakdown[i].Missing, "%s→%s", c.mentor, c.mentee)
		require.Equal(t, c.rules, x.Rules, "%s→%s", c.mentor, c.mentee)
	}
	// Experience is 1 for every pair (8 years more than T = 5): m1→e1
	// scores (1·0.75 + 1·1)/2 = 0.875, m2→e2 only experience = 1.
	x, _ := p.Explain("m1", "e1")
	require.InDelta(t, 0.875, x.Score, 1e-15)

	res, err := p.Solve()
	require.NoError(t, err)
	for _, pr := range res.Pairs {
		require.False(t, pr.MentorID == "m3" && pr.MenteeID == "e2", "dismissed pair formed")
	}
}

// TestRequireListed: only pairs one of whom ranks the other are allowed.
func TestRequireListed(t *testing.T) {
	w := Weights{Preference: 1}
	p, err := New(prefProgramme(), Config{Weights: &w, Rules: Rules{RequireListed: true}})
	require.NoError(t, err)
	allowed := map[[2]string]bool{{"m1", "e1"}: true, {"m2", "e1"}: true}
	for _, m := range []string{"m1", "m2", "m3"} {
		for _, e := range []string{"e1", "e2"} {
			x, err := p.Explain(m, e)
			require.NoError(t, err)
			require.Equal(t, allowed[[2]string{m, e}], len(x.Rules) == 0, "%s→%s %v", m, e, x.Rules)
			if !allowed[[2]string{m, e}] {
				require.Contains(t, x.Rules, RuleNotListed)
			}
		}
	}
	res, err := p.Solve()
	require.NoError(t, err)
	require.Len(t, res.Pairs, 1)
	require.Equal(t, "m2", res.Pairs[0].MentorID) // e1's first choice scores 1 > 0.75
}

// TestPreferenceErrors: IDs naming nobody, or someone on the same side,
// are *FieldErrors naming the participant; duplicates and a person both
// ranked and dismissed are mentoring's.
func TestPreferenceErrors(t *testing.T) {
	prog := prefProgramme()
	prog.Participants[0].Preferences.Ranked = []string{"m2", "nobody", "e2"}
	prog.Participants[2].Preferences.Dismissed = []string{"m1x", "e1"} // m1: e1 also ranked
	// The programme's own validation comes first: the duplicate alone.
	_, err := New(prog, Config{})
	list, _ := fault.List(err)
	require.Len(t, list, 1)
	require.Equal(t, "participants[2].preferences.dismissed[1] duplicate m1", list[0].Field+" "+list[0].Code+" "+list[0].ID)
	require.Equal(t, "komt al voor bij participants[2].preferences.ranked[0]", list[0].Text.NL)
	prog.Participants[2].Preferences.Dismissed = []string{"m1x"}
	_, err = New(prog, Config{})
	list, _ = fault.List(err)
	var got []string
	for _, fe := range list {
		got = append(got, fe.Field+" "+fe.Code+" "+fe.ID)
	}
	want := []string{
		"participants[0].preferences.ranked[1] preferenceUnknown e1",
		"participants[0].preferences.ranked[2] preferenceSameSide e1",
		"participants[2].preferences.dismissed[0] preferenceUnknown m1",
	}
	require.Equal(t, `names "e2", who is on the same side (a mentee names people on the other side)`, list[1].Text.EN)
	require.Equal(t, `noemt "e2", die aan dezelfde kant staat (een mentee noemt mensen aan de andere kant)`, list[1].Text.NL)
	require.Empty(t, cmp.Diff(want, got))
}

// TestAvailabilityAcrossDST: a New York mentee and an Amsterdam mentor,
// both free on Mondays, in a programme across March 2026. The United
// States start summer time on 8 March, the EU on 29 March:
//
//	                 Amsterdam  New York  mentor 15–18 local  mentee 09–12 local  overlap
//	1–8 March        UTC+1      UTC−5     14:00–17:00 UTC      14:00–17:00 UTC     180 min
//	8–29 March       UTC+1      UTC−4     14:00–17:00 UTC      13:00–16:00 UTC     120 min
//	from 29 March    UTC+2      UTC−4     13:00–16:00 UTC      13:00–16:00 UTC     180 min
//
// The worst week gives 120 minutes; with a target of 240 the criterion
// scores 120/240 = 0.5. A January-only programme sees 180 minutes:
// 180/240 = 0.75.
func TestAvailabilityAcrossDST(t *testing.T) {
	mentor := pairPerson("ams", 9, mentoring.LevelLead)
	mentor.TimeZone = "Europe/Amsterdam"
	mentor.Availability = []mentoring.WeeklyWindow{{Day: time.Monday, Start: "15:00", End: "18:00"}}
	mentee := pairPerson("nyc", 1, mentoring.LevelJunior)
	mentee.TimeZone = "America/New_York"
	mentee.Availability = []mentoring.WeeklyWindow{{Day: time.Monday, Start: "09:00", End: "12:00"}}
	w := Weights{Availability: 1}
	for _, c := range []struct {
		name       string
		start, end time.Time
		minOverlap int
		score      float64
		rules      []Rule
	}{
		{"March", time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 4, 30, 0, 0, 0, 0, time.UTC), 0, 0.5, nil},
		{"March, 150 min asked", time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 4, 30, 0, 0, 0, 0, time.UTC), 150, 0.5, []Rule{RuleNoOverlap}},
		{"March, 120 min asked", time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 4, 30, 0, 0, 0, 0, time.UTC), 120, 0.5, nil},
		{"January", time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC), time.Date(2026, 1, 30, 0, 0, 0, 0, time.UTC), 150, 0.75, nil},
	} {
		prog := pairProg(mentoring.FormatOneToOne, pairMentor(mentor, 1), pairMentee(mentee))
		prog.Start, prog.End = c.start, c.end
		p, err := New(prog, Config{Weights: &w, OverlapTargetMinutes: 240, Rules: Rules{MinOverlapMinutes: c.minOverlap}})
		require.NoError(t, err, c.name)
		x, err := p.Explain("ams", "nyc")
		require.NoError(t, err)
		require.Equal(t, c.score, x.Breakdown[0].Score, c.name)
		require.Equal(t, c.rules, x.Rules, c.name)
	}
}

// TestAvailabilityWeekWraps: Monday 08:00–10:00 in Auckland (UTC+13 in
// January) is Sunday 19:00–21:00 UTC, which is when a London mentor
// (UTC+0 in January) is free: 120 minutes across the week's edge.
func TestAvailabilityWeekWraps(t *testing.T) {
	mentor := pairPerson("lon", 9, mentoring.LevelLead)
	mentor.TimeZone = "Europe/London"
	mentor.Availability = []mentoring.WeeklyWindow{{Day: time.Sunday, Start: "19:00", End: "21:00"}}
	mentee := pairPerson("akl", 1, mentoring.LevelJunior)
	mentee.TimeZone = "Pacific/Auckland"
	mentee.Availability = []mentoring.WeeklyWindow{{Day: time.Monday, Start: "08:00", End: "10:00"}}
	prog := pairProg(mentoring.FormatOneToOne, pairMentor(mentor, 1), pairMentee(mentee))
	prog.Start, prog.End = time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC), time.Date(2026, 1, 30, 0, 0, 0, 0, time.UTC)
	p, err := New(prog, Config{Weights: &Weights{Availability: 1}, OverlapTargetMinutes: 240})
	require.NoError(t, err)
	x, err := p.Explain("lon", "akl")
	require.NoError(t, err)
	require.Equal(t, 0.5, x.Breakdown[0].Score)
}

// TestAvailabilityMissing: a side without windows has no data: the
// criterion drops out, and the rule, when on, fails closed.
func TestAvailabilityMissing(t *testing.T) {
	mentor := pairPerson("m", 9, mentoring.LevelLead)
	mentor.Availability = []mentoring.WeeklyWindow{{Day: time.Monday, Start: "09:00", End: "17:00"}}
	prog := pairProg(mentoring.FormatOneToOne, pairMentor(mentor, 1), pairMentee(pairPerson("e", 1, mentoring.LevelJunior)))
	w := Weights{Availability: 1, Experience: 1}
	p, err := New(prog, Config{Weights: &w})
	require.NoError(t, err)
	x, _ := p.Explain("m", "e")
	require.Equal(t, MissingMentee, x.Breakdown[1].Missing)
	require.Equal(t, 1.0, x.Score) // experience alone
	require.Empty(t, x.Rules)
	p, err = New(prog, Config{Weights: &w, Rules: Rules{MinOverlapMinutes: 1}})
	require.NoError(t, err)
	x, _ = p.Explain("m", "e")
	require.Equal(t, []Rule{RuleNoOverlap}, x.Rules)
}

// TestNoDataScoresAsBefore: the new criteria in the default weights leave
// the scores of a programme without rankings or windows unchanged: equal
// to the weights without them, to the bit.
func TestNoDataScoresAsBefore(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 7))
	for range 30 {
		prog, cfg := pairRandomProgramme(rng, 4, 4)
		cfg.Rules.Locks = nil
		old := DefaultWeights()
		old.Preference, old.Availability = 0, 0
		cfg.Weights = nil
		a, err := New(prog, cfg)
		require.NoError(t, err)
		cfg.Weights = &old
		b, err := New(prog, cfg)
		require.NoError(t, err)
		for _, m := range a.mentors {
			for _, e := range a.mentees {
				xa, _ := a.Explain(m.Person.ID, e.Person.ID)
				xb, _ := b.Explain(m.Person.ID, e.Person.ID)
				require.Equal(t, xb.Score, xa.Score)
			}
		}
	}
}

// randomWindows returns up to four non-overlapping windows.
func randomWindows(rng *rand.Rand) []mentoring.WeeklyWindow {
	var out []mentoring.WeeklyWindow
	for d := range 7 {
		if rng.IntN(3) > 0 || len(out) == 4 {
			continue
		}
		s := rng.IntN(23 * 60)
		e := s + 1 + rng.IntN(24*60-s)
		out = append(out, mentoring.WeeklyWindow{Day: time.Weekday(d), Start: clock(s), End: clock(e)})
	}
	return out
}

func clock(min int) string {
	return string([]byte{byte('0' + min/600), byte('0' + min/60%10), ':', byte('0' + min%60/10), byte('0' + min%10)})
}

// bruteOverlap counts, at each sampled instant (the period's start and
// each transition of either zone), the UTC minutes of the week in which
// both are free on their own clocks, and returns the smallest count.
func bruteOverlap(t *testing.T, a, b mentoring.Person, start, end time.Time) int {
	free := func(p mentoring.Person, local int) bool {
		for _, w := range p.Availability {
			s, e, err := w.Span()
			require.NoError(t, err)
			if local >= s && local < e {
				return true
			}
		}
		return false
	}
	za, _ := a.Zone()
	zb, _ := b.Zone()
	instants := []time.Time{start}
	for _, z := range []mentoring.Zone{za, zb} {
		loc := z.Location()
		for tt := start; ; {
			_, next := tt.In(loc).ZoneBounds()
			if next.IsZero() || next.After(end) || !next.After(tt) {
				break
			}
			instants = append(instants, next)
			tt = next
		}
	}
	best := math.MaxInt
	for _, at := range instants {
		oa, ob := za.OffsetAt(at), zb.OffsetAt(at)
		n := 0
		for u := range weekMinutes {
			la := ((u+oa)%weekMinutes + weekMinutes) % weekMinutes
			lb := ((u+ob)%weekMinutes + weekMinutes) % weekMinutes
			if free(a, la) && free(b, lb) {
				n++
			}
		}
		best = min(best, n)
	}
	return best
}

// TestAvailabilityBruteForce: the bitmap overlap equals a minute-by-minute
// count for random windows and zones over a programme across both
// summer-time changes.
func TestAvailabilityBruteForce(t *testing.T) {
	zones := []string{"Europe/Amsterdam", "America/New_York", "Asia/Kolkata", "Pacific/Auckland", "UTC-03:30", "Australia/Lord_Howe", "Asia/Tokyo"}
	rng := rand.New(rand.NewPCG(5, 9))
	start, end := time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)
	for range 12 {
		var parts []mentoring.Participant
		for i := range 3 {
			m := pairPerson("m"+string(rune('a'+i)), 9, mentoring.LevelLead)
			m.TimeZone, m.Availability = zones[rng.IntN(len(zones))], randomWindows(rng)
			e := pairPerson("e"+string(rune('a'+i)), 1, mentoring.LevelJunior)
			e.TimeZone, e.Availability = zones[rng.IntN(len(zones))], randomWindows(rng)
			parts = append(parts, pairMentor(m, 1), pairMentee(e))
		}
		prog := pairProg(mentoring.FormatOneToOne, parts...)
		prog.Start, prog.End = start, end
		p, err := New(prog, Config{Weights: &Weights{Availability: 1}})
		require.NoError(t, err)
		for e := range p.mentees {
			x := p.view(e)
			for m := range p.mentors {
				v := x.pair(p.sc.f, m)
				want := -1
				if len(p.mentees[e].Person.Availability) > 0 && len(p.mentors[m].Person.Availability) > 0 {
					want = bruteOverlap(t, p.mentees[e].Person, p.mentors[m].Person, start, end)
				}
				require.Equal(t, want, int(v.overlap), "%s %s", p.menteeID(e), p.mentorID(m))
			}
		}
	}
}

// TestPreferenceHotLoopAgrees: with random rankings, dismissals and
// windows, the hot loop gives Explain's score or its verdict, to the bit,
// and the breakdowns hold as in TestScoreBounds.
func TestPreferenceHotLoopAgrees(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 2))
	zones := []string{"Europe/Amsterdam", "America/New_York", "Asia/Kolkata"}
	for it := range 150 {
		prog, cfg := pairRandomProgramme(rng, 4, 5)
		cfg.Rules.Locks = nil
		var ms, es []string
		for _, q := range prog.Participants {
			if q.Role == mentoring.RoleMentee {
				es = append(es, q.Person.ID)
			} else {
				ms = append(ms, q.Person.ID)
			}
		}
		for i := range prog.Participants {
			q := &prog.Participants[i]
			other := ms
			if q.Role != mentoring.RoleMentee {
				other = es
			}
			other = slices.DeleteFunc(slices.Clone(other), func(id string) bool { return id == q.Person.ID })
			rng.Shuffle(len(other), func(a, b int) { other[a], other[b] = other[b], other[a] })
			k := rng.IntN(len(other) + 1)
			q.Preferences.Ranked = other[:k]
			if k < len(other) && rng.IntN(3) == 0 {
				q.Preferences.Dismissed = other[k : k+1]
			}
			if rng.IntN(3) > 0 {
				q.Person.TimeZone, q.Person.Availability = zones[rng.IntN(len(zones))], randomWindows(rng)
			}
		}
		if cfg.Weights != nil {
			cfg.Weights.Preference, cfg.Weights.Availability = rng.Float64()*2, rng.Float64()*2
		}
		cfg.Rules.RequireListed = it%3 == 0
		if it%4 == 0 {
			cfg.Rules.MinOverlapMinutes = 30
		}
		p, err := New(prog, cfg)
		require.NoError(t, err)
		requireRowsMatchExplain(t, p)
	}
}

func TestPreferenceConfigRoundTrip(t *testing.T) {
	w := DefaultWeights()
	jsontest.RoundTrip(t, Config{Weights: &w, OverlapTargetMinutes: 90, Rules: Rules{RequireListed: true, MinOverlapMinutes: 60}})
	_, err := New(prefProgramme(), Config{OverlapTargetMinutes: -1, Rules: Rules{MinOverlapMinutes: 20000}})
	list, _ := fault.List(err)
	require.Len(t, list, 2)
	require.Equal(t, "overlapTargetMinutes", list[0].Field)
	require.Equal(t, "rules.minOverlapMinutes", list[1].Field)
}

// TestPreferencesPeerFingerprintReasons: a peer ranks peers on both
// sides; the fingerprint follows a ranking and a window; Reasons explains
// a mentee whose only allowed mentor is dismissed without failing.
func TestPreferencesPeerFingerprintReasons(t *testing.T) {
	peer := func(id string) mentoring.Participant {
		return mentoring.Participant{Person: pairPerson(id, 5, mentoring.LevelMedior), Role: mentoring.RolePeerMentor, Capacity: 1}
	}
	p1, p2, p3 := peer("p1"), peer("p2"), peer("p3")
	p1.Preferences.Ranked = []string{"p2"}
	prog := pairProg(mentoring.FormatPeer, p1, p2, p3)
	p, err := New(prog, Config{Weights: &Weights{Preference: 1}})
	require.NoError(t, err)
	for _, pair := range [][2]string{{"p2", "p1"}, {"p1", "p2"}} { // p1 as mentee, then as mentor
		x, err := p.Explain(pair[0], pair[1])
		require.NoError(t, err)
		require.Equal(t, 1.0, x.Breakdown[0].Score, "%v", pair)
	}
	fp := p.Fingerprint()
	prog.Participants[0].Preferences.Ranked = []string{"p3"}
	q, err := New(prog, Config{Weights: &Weights{Preference: 1}})
	require.NoError(t, err)
	require.NotEqual(t, fp.Participants, q.Fingerprint().Participants)
	prog.Participants[0].Person.Availability = []mentoring.WeeklyWindow{{Day: time.Monday, Start: "09:00", End: "10:00"}}
	r, err := New(prog, Config{Weights: &Weights{Preference: 1}})
	require.NoError(t, err)
	require.NotEqual(t, q.Fingerprint().Participants, r.Fingerprint().Participants)

	// e2's only mentor m1 is full with e1, the other dismissed: Reasons
	// lists the dismissal.
	e1 := pairMentee(pairPerson("e1", 1, mentoring.LevelJunior))
	e2 := pairMentee(pairPerson("e2", 1, mentoring.LevelJunior))
	e2.Preferences.Dismissed = []string{"m2"}
	e1.Preferences.Dismissed = []string{"m2"}
	prog = pairProg(mentoring.FormatOneToOne, e1, e2, pairMentor(pairPerson("m1", 9, mentoring.LevelLead), 1), pairMentor(pairPerson("m2", 9, mentoring.LevelLead), 1))
	p, err = New(prog, Config{})
	require.NoError(t, err)
	res, err := p.Solve()
	require.NoError(t, err)
	require.Len(t, res.Pairs, 1)
	rs, err := p.Reasons(res)
	require.NoError(t, err)
	require.Len(t, rs, 1)
	require.Equal(t, []RuleCount{{Rule: RuleDismissed, Count: 1}}, rs[0].Rules)
	require.Contains(t, rs[0].Text.NL, "een van de twee wil niet met de ander gekoppeld worden")
}
